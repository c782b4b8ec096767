// The line under the popup's headline: "By Kent German · 22 Dec 2023", the
// date in the reader's locale. Nothing is shown for what is unknown.
import { t } from '../shared/i18n.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day a published value names, as the page wrote it: "2023-12-22T22:10:00-05:00" is the 22nd
 * where it was published, whatever the reader's zone; a value that is no ISO date gives null. */
function dayOf(published: string): Date | null {
  const match = DAY.exec(published.trim());
  if (match === null) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) || day.getUTCDate() !== Number(match[3]) ? null : day;
}

export function formatDay(published: string | null, locale?: string): string | null {
  const day = published === null ? null : dayOf(published);
  return day === null ? null : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day);
}

export function bylineLine(byline: string | null, published: string | null, locale?: string): string {
  const parts = [byline === null || byline.trim() === '' ? null : t('bylineLabel', byline.trim()), formatDay(published, locale)];
  return parts.filter((p): p is string => p !== null).join(' · ');
}
