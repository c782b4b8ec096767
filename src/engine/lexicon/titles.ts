// Titles, offices and roles: people.ts finds people by them, attribution.ts
// keeps them out of speakers' names, pronouns.ts and sentences.ts do not end a
// sentence at their abbreviations. Source: collected from attributions in the
// development sets' news copy (scrapinghub, naeb dev, readability); the case
// behind each use is named where the extractor uses it (tests/unit/engine/).
import { lines } from './lines.ts';

/** Honorifics that stand before a name and are dropped from it ("Mr. Trump said" is Trump). */
export const HONORIFICS = lines(`
  Mr
  Mrs
  Ms
  Dr
  Prof
`);

/** Abbreviated titles written with a period: "Sen. Jeff Merkley", "Lt. Col. …". Never a name by themselves. */
export const TITLE_ABBREVIATIONS = [...lines(`
  Rep
  Sen
  Gov
  Gen
  Lt
  Col
  Sgt
  Capt
  St
`), ...HONORIFICS];

/** Name suffixes: "Patrick W. Carlineo Jr.". */
export const NAME_SUFFIXES = lines(`
  Jr
  Sr
`);

/** Abbreviations after which a period does not end a sentence: the titles, and name suffixes. */
export const NON_FINAL_ABBREVIATIONS = [...TITLE_ABBREVIATIONS, ...NAME_SUFFIXES];

/** Offices a story calls a person by ("the president said"): resolved through the roles people were introduced with. */
export const OFFICES = lines(`
  president
  prime minister
  chancellor
  governor
  mayor
  senator
  secretary
  ambassador
  coach
  minister
  pope
  cardinal
  archbishop
  bishop
  rabbi
  imam
  pastor
`);

/** Words a story calls its subject by ("the singer is heard saying"): resolved like offices, and to the person the
 * story opens with when nobody was introduced with them (naeb dev 05260e06; case in speakers.test.ts). */
export const DESCRIPTIONS = lines(`
  singer
  star
  actor
  actress
  rapper
  musician
  comedian
  athlete
  player
  host
`);

/** Capitalised titles before a name: "US Secretary of State John Kerry", "Sen. Jeff Merkley". A longer item comes
 * before the shorter one it starts with. */
export const TITLES = lines(`
  Secretary-General
  Secretary
  Minister
  President
  Vice-President
  Vice President
  Premier
  Chancellor
  Senator
  Sen.
  Rep.
  Representative
  Congressman
  Congresswoman
  Governor
  Gov.
  Mayor
  King
  Queen
  Prince
  Princess
  Sheikh
  Emir
  Pope
  Cardinal
  Archbishop
  Bishop
  Rabbi
  Imam
  Reverend
  Rev.
  Director
  Chairman
  Chairwoman
  Chair
  Chief
  CEO
  Spokesman
  Spokeswoman
  Spokesperson
  spokesman
  spokeswoman
  spokesperson
  General
  Gen.
  Colonel
  Col.
  Ambassador
  Leader
  Judge
  Justice
  Commissioner
  Professor
  Prof.
  Dr.
  Officer
  Coach
  Manager
  Speaker
  Attorney General
  Envoy
  Founder
  Mr.
  Mrs.
  Ms.
`);

/** Lower-case role nouns in appositions and before names: "Marco Villa, the company's chief operating officer,". */
export const ROLE_NOUNS = lines(`
  president
  officer
  official
  director
  executive
  professor
  scientist
  analyst
  spokesman
  spokeswoman
  spokesperson
  founder
  chairman
  chairwoman
  chair
  minister
  secretary
  strategist
  manager
  researcher
  economist
  editor
  author
  coach
  lawyer
  attorney
  counsel
  expert
  fellow
  trader
  commander
  ambassador
  envoy
  diplomat
  adviser
  advisor
  negotiator
  consultant
  activist
  lawmaker
  physician
  doctor
  engineer
  owner
  partner
  head
  leader
`);

/** Endings of lower-case occupations before a name: "filmmaker Charlie McDowell", "astronaut Tom Stafford". */
export const OCCUPATION_ENDINGS = lines(`
  maker
  naut
  ist
  ian
  er
  or
`);

/** Words with those endings that are no occupation ("after", "other", "never", "mother"). */
export const NOT_OCCUPATIONS = lines(`
  after
  over
  under
  other
  either
  neither
  never
  ever
  whether
  rather
  together
  later
  however
  her
  per
  for
  or
  major
  minor
  prior
  another
  sister
  brother
  mother
  father
  daughter
  manner
  number
  member
  order
`);

/** Office words that are never part of a name: "said White House Press Secretary Stephanie Grisham" names Grisham. */
export const OFFICE_WORDS = lines(`
  Secretary
  President
  Speaker
  Minister
  Spokesman
  Spokeswoman
  Spokesperson
  Director
  Chairman
  Governor
  Senator
  Ambassador
  Commissioner
  Officer
  Chief
  Press
  Team
  Leader
  Head
  Manager
  Editor
  Analyst
  Economist
`);

/** Titles that say a person is a man or a woman ("Queen", "spokesman", "Mrs."). */
export const MALE_TITLES = lines(`
  King
  Prince
  Mr
  Sir
  Lord
  Emir
  Sheikh
  Pope
  Cardinal
  spokesman
  chairman
  Congressman
`);
export const FEMALE_TITLES = lines(`
  Queen
  Princess
  Mrs
  Ms
  Dame
  Lady
  spokeswoman
  chairwoman
  Congresswoman
`);

/** Royals go by one name: "Prince Andrew" is Andrew. */
export const ROYAL_TITLES = lines(`
  King
  Queen
  Prince
  Princess
  Pope
`);

/** Newsroom roles printed after a byline's names ("…, AP Sports Writer", "…Business Columnist", "…, IGN Staff"):
 * a credit, not a name. Source: bylines on naeb pages of 2023 and the readability suite, and the style of the
 * AP and Reuters bylines; extract.test.ts "drops a newsroom role or the site's name after the names". */
export const BYLINE_ROLES = lines(`
  writer
  columnist
  correspondent
  contributor
  reporter
  editor
  editor-at-large
  staff
  producer
  critic
`);
