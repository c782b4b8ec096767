// The day a story was published as its page shows it. Meta tags often give a
// UTC timestamp ("2023-12-23T03:22:07Z") of a story its readers see dated
// "Dec 22, 2023, 10:22 PM EST"; the visible dateline by the byline wins when
// the two differ, as does the day an evergreen guide is re-dated under.
// Dates after "Updated" are never taken.
import { DATES } from './thresholds.ts';
import { MONTH_ABBREVIATIONS } from '../lexicon/index.ts';

const MONTHS = MONTH_ABBREVIATIONS.map((m) => m.toLowerCase());
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

/** ISO 8601 writes month and day with two digits. */
const ISO_DIGITS = 2;
const pad = (n: number): string => String(n).padStart(ISO_DIGITS, '0');

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
  return Number(a) > MONTHS.length ? isoDay(Number(c), Number(b), Number(a)) : isoDay(Number(c), Number(a), Number(b));
}

interface WrittenDay { at: number; day: string; revision: boolean }

/** Every calendar day (YYYY-MM-DD) written in `text`, in order, each marked when a revision word comes before it. */
function writtenDays(text: string): WrittenDay[] {
  const found: WrittenDay[] = [];
  for (const { pattern, order } of FORMS) {
    for (const match of text.slice(0, DATES.maxTextChars).matchAll(pattern)) { // matchAll works on a copy: no lastIndex state
      const day = fromMatch(match, order);
      if (day !== null) found.push({ at: match.index, day, revision: REVISION.test(text.slice(0, match.index)) });
    }
  }
  return found.sort((x, y) => x.at - y.at);
}

/** The first publication date written in `text` as a calendar day (YYYY-MM-DD), skipping revision dates. */
export function writtenDay(text: string): string | null {
  return writtenDays(text).find((d) => !d.revision)?.day ?? null;
}

/** News addresses often file a story under its day: "/news/2023/07/21/1300924-…" (naeb theautochannel pages; case in dates.test.ts). */
const URL_DAY = /\/((?:199|20\d)\d)\/(\d{1,2})\/(\d{1,2})\//;

/** The day an address files its page under, or null. */
export function urlDay(url: string | null | undefined): string | null {
  const m = url === null || url === undefined ? null : URL_DAY.exec(url);
  if (m === null) return null;
  const [, year, month, day] = m;
  return isoDay(Number(year), Number(month), Number(day));
}

/** The published value to report: the day the page shows its readers by the headline and byline when it
 * shows one, else the declared one. A declared value in another format is read as a day. Evergreen guides
 * re-dated for their readers show the new day and keep the first one in their meta (naeb pcworld page: (case in dates.test.ts)
 * "Nov 14, 2023" shown, 2022 declared). A <time> element's own text has no "Updated" before it, so its day
 * counts only when no line by the byline calls that day an update (readability videos-1 page: the byline's (case in dates.test.ts)
 * "Updated Jul 24, 2018" around a <time> reading "Jul 24, 2018"). */
export function publishedDay(declared: string | null, visible: readonly (string | null)[], timeText: string | null = null): string | null {
  const days = visible.flatMap((t) => (t === null ? [] : writtenDays(t)));
  const revised = new Set(days.filter((d) => d.revision).map((d) => d.day));
  const timeDay = timeText === null ? null : writtenDay(timeText);
  const shown = days.find((d) => !d.revision)?.day ?? (timeDay !== null && !revised.has(timeDay) ? timeDay : null);
  const declaredDay = declared === null ? null : writtenDay(declared);
  if (declared === null || declaredDay === null) return shown ?? declared;
  if (shown === null || shown === declaredDay) return /^\d{4}-\d{2}-\d{2}/.test(declared.trim()) ? declared : declaredDay;
  return shown;
}
