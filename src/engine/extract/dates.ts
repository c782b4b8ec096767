// The day a story was published as its page shows it. Meta tags often give a
// UTC timestamp ("2023-12-23T03:22:07Z") of a story its readers see dated
// "Dec 22, 2023, 10:22 PM EST"; the visible dateline by the byline wins when
// the two are a time zone apart. Dates after "Updated" are never taken.
import { DATES } from './thresholds.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Capitalised, as datelines write it, and with no word boundary before: bylines run into dates ("By Gram
 * SlatteryDecember 23, 2023"). Which month it is, is checked after the match. */
const MONTH = '([JFMASOND][a-zA-Z]{2})[a-z]*\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** From 1990: an earlier year by a byline is a broken placeholder ("Dec 31, 1969": time zero, shown). */
const YEAR = '((?:199|20\\d)\\d)';
/** The usual English forms: "Dec. 22, 2023", "December 22 2023", "22 December 2023", "2023-12-22", "12/22/2023". */
const FORMS: { pattern: RegExp; order: 'mdy' | 'dmy' | 'ymd' | 'numeric' }[] = [
  { pattern: new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'g'), order: 'mdy' },
  { pattern: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'g'), order: 'dmy' },
  { pattern: /\b((?:199|20\d)\d)-(\d{2})-(\d{2})(?!\d)/g, order: 'ymd' },
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/((?:199|20\d)\d)\b/g, order: 'numeric' },
];
/** Words that make the date after them a revision, not the publication. */
const REVISION = /(updated|modified|edited|revised)\b[^\d]{0,30}$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function fromMatch(match: RegExpExecArray, order: (typeof FORMS)[number]['order']): string | null {
  const [, a = '', b = '', c = ''] = match;
  const month = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1; // 0 when no month: isoDay refuses it
  if (order === 'mdy') return isoDay(Number(c), month(a), Number(b));
  if (order === 'dmy') return isoDay(Number(c), month(b), Number(a));
  if (order === 'ymd') return isoDay(Number(a), Number(b), Number(c));
  // Numeric: month first, as US pages write it, unless the first number cannot be a month.
  return Number(a) > 12 ? isoDay(Number(c), Number(b), Number(a)) : isoDay(Number(c), Number(a), Number(b));
}

/** The first publication date written in `text` as a calendar day (YYYY-MM-DD), skipping revision dates. */
export function writtenDay(text: string): string | null {
  const found: { at: number; day: string }[] = [];
  for (const { pattern, order } of FORMS) {
    for (const match of text.slice(0, DATES.maxTextChars).matchAll(pattern)) { // matchAll works on a copy: no lastIndex state
      const day = fromMatch(match, order);
      if (day !== null && !REVISION.test(text.slice(0, match.index))) found.push({ at: match.index, day });
    }
  }
  return found.sort((x, y) => x.at - y.at)[0]?.day ?? null;
}

const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** The published value to report: the declared one, unless the page shows a day a time zone away from it
 * (then that day), or declares none (then the visible one). A declared value in another format is read as a day. */
export function publishedDay(declared: string | null, visible: readonly (string | null)[]): string | null {
  const shown = visible.map((t) => (t === null ? null : writtenDay(t))).find((d) => d !== null) ?? null;
  const declaredDay = declared === null ? null : writtenDay(declared);
  if (declared === null || declaredDay === null) return shown ?? declared;
  if (shown === null || shown === declaredDay || daysApart(shown, declaredDay) > DATES.timeZoneDays) {
    return /^\d{4}-\d{2}-\d{2}/.test(declared.trim()) ? declared : declaredDay;
  }
  return shown;
}
