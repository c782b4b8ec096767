// The title and office words the speaker extractors share: people.ts finds people by them, attribution.ts keeps
// them out of speakers' names, pronouns.ts and sentences.ts do not end a sentence at their abbreviations.

/** Honorifics that stand before a name and are dropped from it ("Mr. Trump said" is Trump). */
export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof'] as const;

/** Abbreviated titles written with a period: "Sen. Jeff Merkley", "Lt. Col. …". Never a name by themselves. */
export const TITLE_ABBREVIATIONS = ['Rep', 'Sen', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'St', ...HONORIFICS] as const;

/** Abbreviations after which a period does not end a sentence: the titles, and name suffixes. */
export const NON_FINAL_ABBREVIATIONS = [...TITLE_ABBREVIATIONS, 'Jr', 'Sr'] as const;

/** Offices a story calls a person by ("the president said"): resolved through the roles people were introduced with. */
export const OFFICES = ['president', 'prime minister', 'chancellor', 'governor', 'mayor', 'senator', 'secretary', 'ambassador', 'coach', 'minister'] as const;

/** Words a story calls its subject by ("the singer is heard saying"): resolved like offices, and to the person the
 * story opens with when nobody was introduced with them (naeb dev 05260e06; case in speakers.test.ts). */
export const DESCRIPTIONS = ['singer', 'star', 'actor', 'actress', 'rapper', 'musician', 'comedian', 'athlete', 'player', 'host'] as const;

/** Alternation of words for a regular expression. */
export const anyOf = (words: readonly string[]): string => words.join('|');
