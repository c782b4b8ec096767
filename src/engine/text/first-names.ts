// Common English given names (the usual top-100 lists, and their common short forms) by the pronoun news copy
// uses for their bearers, so that
// "he said" skips a woman named just before (scrapinghub nbcnews page: "…called (case in extract.test.ts)
// Omar a 'terrorist' and said…", he being Patrick Carlineo). A name missing
// here is simply unknown and matches either pronoun.
import { lines } from '../lexicon/lines.ts';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/given-names.ts';

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla alexis lori taylor ursula jacinda marine giorgia
sanna kristalina greta malala oprah beyonce rihanna adele serena venus simone eva ellen hilary anne
kate katie liz beth sue jen jenny meg maggie kathy cathy debbie pam sandy peggy jill abby annie ellie becky`;

const MALE = `james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy
harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
bobby philip johnny
tom tim jim mike bob bill dan dave ken kurt phil matt chris steve nick rob ron sam ben ed greg jeff andy tony rick doug jon josh
ted jake luke marc`;

const list = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));
const FEMALE_NAMES = list(FEMALE);
const MALE_NAMES = list(MALE);
/** The wider lexicon (lexicon/given-names.ts), lower case: Kantrowitz's names corpus, for names no top-100 list holds. */
const listLower = (text: string): Set<string> => new Set(lines(text).map((n) => n.toLowerCase()));
const FEMALE_GIVEN = listLower(FEMALE_GIVEN_NAMES);
const MALE_GIVEN = listLower(MALE_GIVEN_NAMES);

export type Gender = 'female' | 'male' | null;

const genderIn = (name: string, female: ReadonlySet<string>, male: ReadonlySet<string>): Gender | undefined => {
  const f = female.has(name);
  const m = male.has(name);
  if (!f && !m) return undefined;
  return f === m ? null : f ? 'female' : 'male';
};

/** The pronoun a given name of the top-100 lists usually takes in news copy, or null when they do not say (or say both). */
export function genderOfFirstName(first: string): Gender {
  return genderIn(first.toLowerCase(), FEMALE_NAMES, MALE_NAMES) ?? null;
}

export const isKnownFirstName = (first: string): boolean => genderOfFirstName(first) !== null;

/** A given name of the wider lexicon ("Ina", "Gerry", "Jakob"), and the pronoun it takes when it says one. It only
 * completes the name of someone the story already quotes or introduces (people.ts fullNames): as a way to find new
 * people it found ten more quotes on the fresh mixed set and gave every one to the wrong person (speaker correct
 * 89.7 % → 86.0 %). */
export function givenName(first: string): { gender: Gender } | null {
  const gender = genderIn(first.toLowerCase(), FEMALE_GIVEN, MALE_GIVEN);
  return gender === undefined ? null : { gender };
}
