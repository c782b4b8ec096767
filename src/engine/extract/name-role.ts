// A speaker's name with office words in front ("Manhattan Assemblyman Tony
// Simone", "Deputy Administrator Pam Melroy") is the person, with those words
// as the role: the popup shows "Tony Simone", and "Manhattan Assemblyman"
// beside it (tests/unit/engine/name-role.test.ts).
import { isKnownFirstName } from '../text/first-names.ts';
import { WORDS } from '../lexicon/index.ts';

/** A word an office ends with, whether or not the lexicon lists it: the title itself, or an office's shape
 * (assemblyman, councilwoman, administrator, commissioner, strategist, president). */
const OFFICE_WORD = new RegExp(String.raw`^(?:${WORDS.title}|${WORDS.officeWord}|\p{Lu}\p{Ll}+(?:man|woman|person|member|or|er|ist|ent))$`, 'u');
const LISTED = new RegExp(String.raw`^(?:${WORDS.title}|${WORDS.officeWord})$`, 'u');
/** A person's name keeps at least this many words (given name and surname). */
const MIN_NAME_WORDS = 2;

export interface NameRole { name: string; role: string | null }

/** The name split after its last office word, when a person's name of MIN_NAME_WORDS or more words is left and it
 * opens with a known given name, or the office word is one the lexicon lists. */
export function splitNameRole(name: string): NameRole {
  const words = name.split(' ');
  for (let i = words.length - MIN_NAME_WORDS - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (!OFFICE_WORD.test(word)) continue;
    const rest = words.slice(i + 1);
    if (!LISTED.test(word) && !isKnownFirstName(rest[0] ?? '')) continue;
    return { name: rest.join(' '), role: words.slice(0, i + 1).join(' ') };
  }
  return { name, role: null };
}
