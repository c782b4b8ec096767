// Common English given names (the usual top-100 lists, and their common short forms) by the pronoun news copy
// uses for their bearers, so that
// "he said" skips a woman named just before (scrapinghub nbcnews page: "…called (case in extract.test.ts)
// Omar a 'terrorist' and said…", he being Patrick Carlineo). A name missing
// here is simply unknown and matches either pronoun.

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

export type Gender = 'female' | 'male' | null;

/** The pronoun a given name usually takes in news copy, or null when the list does not say (or says both). */
export function genderOfFirstName(first: string): Gender {
  const name = first.toLowerCase();
  const female = FEMALE_NAMES.has(name);
  const male = MALE_NAMES.has(name);
  if (female === male) return null;
  return female ? 'female' : 'male';
}

export const isKnownFirstName = (first: string): boolean => genderOfFirstName(first) !== null;
