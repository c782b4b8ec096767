// Month and weekday names: one date grammar for the extractors (dates.ts,
// metadata.ts's bylines, people.ts, attribution.ts, sentences.ts).
// Source: the Unicode CLDR English calendar (gregorian, format, wide and
// abbreviated), with "Sept", the AP stylebook's abbreviation.
import { anyOf, lines } from './lines.ts';

export const MONTHS = lines(`
  January
  February
  March
  April
  May
  June
  July
  August
  September
  October
  November
  December
`);

export const WEEKDAYS = lines(`
  Monday
  Tuesday
  Wednesday
  Thursday
  Friday
  Saturday
  Sunday
`);

/** The three-letter abbreviation of each month, in order: "jan" is month 1. */
const ABBREVIATED_CHARS = 3;
export const MONTH_ABBREVIATIONS = MONTHS.map((month) => month.slice(0, ABBREVIATED_CHARS));

/** Abbreviations written with a period ("Jan.", "Sept."): May is never shortened. */
export const DOTTED_MONTHS = [...MONTH_ABBREVIATIONS.filter((m, i) => m !== MONTHS[i]), 'Sept'];

/** A month in words, full or abbreviated, with its period: "Jan.", "January", "Sept."; for patterns with the `i` flag. */
export const MONTH_WORD = `(?:${anyOf([...MONTH_ABBREVIATIONS, 'Sept'].map((m) => m.toLowerCase()))})[a-z]*\\.?`;
/** The same, capitalised, for patterns without the `i` flag. */
export const CAPITALISED_MONTH_WORD = `(?:${anyOf(MONTH_ABBREVIATIONS)})[a-z]*\\.?`;
