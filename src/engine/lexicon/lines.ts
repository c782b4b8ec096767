// How the lexicon is written and read: each list is one item per line in a
// template string, its source in a comment above it; blank lines are skipped.

/** The items of a list written one per line. */
export const lines = (text: string): readonly string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Alternation of literal items for a regular expression, in the list's order (the first that fits wins, so a list
 * puts "Secretary-General" before "Secretary"); the characters regular expressions reserve are escaped. */
export const anyOf = (items: readonly string[]): string => items.map((item) => item.replace(SPECIAL, '\\$&')).join('|');
