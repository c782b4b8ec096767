// The lexicon's word lists built into pattern pieces, in one table named by
// role (as Readability.js keeps its REGEXPS): the extractors compose these
// with their grammar and never spell a word list inline. Each list lives one
// item per line, with its source, in the file named beside it.
import { CAPITALISED_MONTH_WORD, DOTTED_MONTHS, MONTH_ABBREVIATIONS, MONTH_WORD, MONTHS, WEEKDAYS } from './calendar.ts';
import { anyOf } from './lines.ts';
import { GROUP_WORDS, NOT_FIRST_NAMES, OTHER_ABBREVIATIONS, PLACE_WORDS, RELATIVES, SENTENCE_OPENERS } from './names.ts';
import {
  BYLINE_ROLES, DESCRIPTIONS, FEMALE_TITLES, HONORIFICS, MALE_TITLES, NON_FINAL_ABBREVIATIONS, NOT_OCCUPATIONS, OCCUPATION_ENDINGS, OFFICE_WORDS, OFFICES,
  ROLE_NOUNS, ROYAL_TITLES, TITLE_ABBREVIATIONS, TITLES,
} from './titles.ts';
import { PHRASAL_SPEECH_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS, VIEW_NOUNS } from './verbs.ts';

const group = (items: readonly string[]): string => `(?:${anyOf(items)})`;

const title = group(TITLES);
const roleNoun = String.raw`(?:${title}|${anyOf(ROLE_NOUNS)}|[\p{Ll}]+ologist)`;
const speechParticiple = group(SPEECH_PARTICIPLES);

/** Regular-expression sources, each a non-capturing group, by role. */
export const WORDS = {
  /** titles.ts TITLES: "Secretary of State John Kerry". */
  title,
  /** A lower-case role in an apposition: a title, a role noun, or any "-ologist". */
  roleNoun,
  /** A lower-case occupation before a name: a role noun, or a word with an occupation's ending that is no other word. */
  occupation: String.raw`(?:${roleNoun}|(?!${group(NOT_OCCUPATIONS)}\b)[\p{Ll}]+${group(OCCUPATION_ENDINGS)})`,
  honorific: group(HONORIFICS),
  titleAbbreviation: group(TITLE_ABBREVIATIONS),
  nonFinalAbbreviation: group(NON_FINAL_ABBREVIATIONS),
  /** Every abbreviation after which a period does not end a sentence: titles, suffixes, places, companies, months. */
  abbreviation: group([...NON_FINAL_ABBREVIATIONS, ...OTHER_ABBREVIATIONS, ...DOTTED_MONTHS]),
  /** Office words that never start a name part. */
  officeWord: group(OFFICE_WORDS),
  /** What a story calls a person by: "the president", "the singer". */
  office: group([...OFFICES, ...DESCRIPTIONS]),
  maleTitle: group(MALE_TITLES),
  femaleTitle: group(FEMALE_TITLES),
  royalTitle: group(ROYAL_TITLES),
  speechVerb: `(?:${anyOf(PHRASAL_SPEECH_VERBS)}|${anyOf(SPEECH_VERBS)})`,
  speechParticiple,
  viewNoun: group(VIEW_NOUNS),
  /** A newsroom role closing a byline, lower case or capitalised ("Staff Writer", "columnist"). */
  bylineRole: group(BYLINE_ROLES.flatMap((role) => [role, role.charAt(0).toUpperCase() + role.slice(1)])),
  /** Speech on video: "the singer can be heard telling the crowd", "she is seen saying" (naeb dev 05260e06; case in speakers.test.ts). */
  heardSaying: String.raw`(?:(?:can|could)\s+be|is|was|were)\s+(?:heard|seen)\s+${speechParticiple}`,
  relative: group(RELATIVES),
  /** Capitalised words that open sentences but name nobody, months and weekdays among them. */
  notASubject: group([...SENTENCE_OPENERS, ...MONTHS, ...WEEKDAYS]),
  monthName: group(MONTHS),
  weekdayName: group(WEEKDAYS),
  /** A month in words, full or abbreviated ("Jan.", "Sept."): lower case, for patterns with the `i` flag. */
  monthWord: MONTH_WORD,
  capitalisedMonthWord: CAPITALISED_MONTH_WORD,
} as const;

export { GROUP_WORDS, MONTH_ABBREVIATIONS, NOT_FIRST_NAMES, PLACE_WORDS };
