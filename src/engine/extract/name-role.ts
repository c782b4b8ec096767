// A speaker's name with office words in front ("Manhattan Assemblyman Tony
// Simone", "Deputy Administrator Pam Melroy") is the person, with those words
// as the role: the popup shows "Tony Simone", and "Manhattan Assemblyman"
// beside it (tests/unit/engine/name-role.test.ts).
import { isKnownFirstName } from '../text/first-names.ts';
import { WORDS } from '../lexicon/index.ts';

/** A title or office word the lexicon lists. */
const LISTED = new RegExp(String.raw`^(?:${WORDS.title}|${WORDS.officeWord})$`, 'u');
/** An office's shape, listed or not: assemblyman, councilwoman, administrator, commissioner, strategist, president. */
const OFFICE_SHAPE = /^\p{Lu}\p{Ll}+(?:man|woman|person|member|or|er|ist|ent)$/u;
/** A person's name keeps at least this many words (given name and surname). */
const MIN_NAME_WORDS = 2;

export interface NameRole { name: string; role: string | null }

/** The name split after its last office word, when a person's name of MIN_NAME_WORDS or more words is left and it
 * opens with a known given name, or the office word is one the lexicon lists. */
export function splitNameRole(name: string): NameRole {
  const words = name.split(' ');
  for (let i = words.length - MIN_NAME_WORDS - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    const rest = words.slice(i + 1);
    // A listed title splits the name; an office's shape only before a known given name ("Carter Baker" stays whole).
    if (!LISTED.test(word) && !(OFFICE_SHAPE.test(word) && isKnownFirstName(rest[0] ?? ''))) continue;
    return { name: rest.join(' '), role: words.slice(0, i + 1).join(' ') };
  }
  return { name, role: null };
}
