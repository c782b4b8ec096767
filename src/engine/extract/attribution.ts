// Attribution patterns: the words around a quote that name who said it.
// Verbs of saying, subjects (names, pronouns, offices), and the shapes
// `"…," X said`, `said X`, `X, a role, told Y: "…"`, `X said … "…"`.
import { NAME, OF_PLACE, ROLE_NOUN, WHO_CLAUSE } from './people.ts';
import { WORDS } from '../lexicon/index.ts';

const VERB = WORDS.speechVerb;
const PARTICIPLE = WORDS.speechParticiple;
const HEARD_SAYING = WORDS.heardSaying;

const PRONOUN = String.raw`(?:he|she|He|She)`;
/** "The president said…", "the secretary of state added", "the former president said", "the 25-year-old told": an
 * office named by the article's people, or an age (speakers.ts reads it as the person last named) (test "reads 'the secretary of state added'…" in speakers.test.ts; seen on scrapinghub's deccanherald page, naeb/3199044f). */
const OFFICE = String.raw`(?:[Tt]he\s+(?:former\s+|late\s+)?(?:${WORDS.office}|\d{1,3}-year-old)\b(?:\s+of\s+\p{Ll}+)?)`;
/** Capitalised words that begin sentences but name nobody; excluded inside the pattern, so "But he said" finds "he". */
const NOT_A_SUBJECT = String.raw`(?!${WORDS.notASubject}\b)`;
/** "Mr. Trump said": an honorific before the name (resolveName drops it). */
const HONORIFIC = String.raw`(?:${WORDS.honorific}\.?\s+)?`;
/** "said Rep. Brian Babin": a title's abbreviation is not the speaker (scrapinghub spacenews page; case in speakers.test.ts). */
const NOT_AN_ABBREVIATION = String.raw`(?!${WORDS.titleAbbreviation}\.)`;
/** A name may carry its place ("Senator Mitch McConnell of Kentucky called"); speakers.ts drops it, so the place is not the speaker. */
/** "R-Barnstable", "D-Ore.": a party and state tag after a name is not a name (test "reads a party tag…" in attribution-pieces.test.ts; seen on naeb/6d821299). */
const NOT_A_PARTY_TAG = String.raw`(?![DRI]-[A-Z])`;
const SUBJECT = String.raw`(?:${OFFICE}|${NOT_A_SUBJECT}${HONORIFIC}${NOT_AN_ABBREVIATION}${NOT_A_PARTY_TAG}(?:${NAME}(?:${OF_PLACE})?|[A-Z][\p{L}'’-]+|${PRONOUN}))`;
/** ", the company's chief executive," between a name and its verb (scrapinghub aljazeera, nbcnews pages; case in speakers.test.ts); a role
 * the copy leaves unclosed ("Wendy Liebmann, founder of WSL Strategic Retail told WWD": naeb dev f9bea22a; case in attribution-pieces.test.ts); a party
 * tag ("Sen. Jeff Merkley (D-Ore.) said": naeb dev ed428802; case in attribution-pieces.test.ts). */
const OPEN_ROLE_TEXT = String.raw`,\s+(?!(?:has|had|have|was|is|who)\b)\p{Ll}[\p{L}'’-]*\s+[^"“”,.;:]{1,80}?`;
const APPOSITIVE = String.raw`(?:(?:,\s+[^"“”,]{1,200}){1,5},|${OPEN_ROLE_TEXT}|\s*\([^()"“”]{1,40}\))?`;
/** The same role closed by a comma, for subjects inside a sentence: "David Jones, deputy chairman of the research
 * group, told the agency it was a “…”" (naeb dev 760a6897; case in speakers.test.ts). Not after an article: "the Centre for Economic Policy
 * Research, a London-based think tank, concluded" is a group (scrapinghub b6906ca0 page; case in speakers.test.ts). */
const CLOSED_ROLE_TEXT = String.raw`,\s+(?!(?:has|had|have|was|is|who|a|an|the)\b)\p{Ll}[\p{L}'’-]*\s+[^"“”,.;:]{1,80}?,`;
/** The lower-case role alone, closed or not, for subjects inside a sentence; or only the comma that closes a name set
 * off as an appositive ("his defense attorney, Alfredo Izaguirre, stressed": naeb dev 8b4d7915; case in speakers.test.ts). */
const OPEN_ROLE = `(?:${CLOSED_ROLE_TEXT}|${OPEN_ROLE_TEXT}|(?<=,\\s+${NAME}),)?`;
/** `has written`, `had said`. */
const AUX = String.raw`(?:(?:has|had|have)\s+)?`;
/** A conjunction opens another clause with its own speaker: `"…" while Jonathan Gullis, a former minister, wrote`
 * (naeb dev 760a6897; case in speakers.test.ts) names the next quote's speaker, not this one's. */
const NOT_A_CLAUSE = String.raw`(?!(?:while|whereas|and|but|as|although|though)\s)`;
/** Words between a verb and the name it introduces, a possessive among them (`the family’s attorney David Barnes told`):
 * `said CEO Craig Menear`, `said planetary geologist Rosaly Lopes`,
 * `lead researcher and NASA planetary scientist Lucas Paganini said` (scrapinghub sciencealert page; case in speakers.test.ts). */
const TITLE_WORDS = String.raw`(?:(?:[\p{Ll}][\p{Ll}-]*(?:['’]s)?|[A-Z][\p{L}'’&.-]*)\s+){0,6}?`;
/** After the verb the speaker is the last name of the title before a preposition: "said Inter Miami managing owner
 * Jorge Mas" (naeb dev 6956f917; case in attribution-pieces.test.ts) is Mas, "said chief inspector Jennifer Mattinson from the West Mercia police" is
 * Mattinson. */
const TITLE_WORDS_GREEDY = String.raw`(?:(?:(?!(?:of|from|at|in|for|with|on|to|and)\b)[\p{Ll}][\p{Ll}-]*|[A-Z][\p{L}'’&.-]*)\s+){0,6}`;
/** A name ends where no capitalised word follows ("White House Press Secretary Stephanie Grisham" is not "White House"). */
const NAME_END = String.raw`(?![\p{L}]|\s+[A-Z])`;
/** "Paganini and his team wrote": the named person speaks for the group (scrapinghub sciencealert page; case in extract.test.ts). */
const AND_TEAM = String.raw`(?:\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|coauthors))?`;
/** A few words between the quote and its attribution: `” impeachment, Trump said`, `" announced in October, said Derek Scissors`. */
const BRIDGE = String.raw`(?:(?!${NAME},)(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+)?`;
/** The shapes that can follow a closing quote and name its speaker, tried in this order; each piece's group is
 * named after it, and speakers.ts reads whichever matched. */
const AFTER_PIECES = {
  /** `”, her mother, Fiona, said`, `”, his twin brother, Damon Minor, posted`, `”, the uncle, Ma Chengming, said`: a
   * relative (readability buzzfeed-1 page, naeb 24201b9f; case in speaker-subjects.test.ts). */
  relativeThenVerb: String.raw`(?:his|her|their|the)\s+(?:\p{Ll}+\s+)?${WORDS.relative},\s+(?<relativeThenVerb>${NAME}|[A-Z][\p{L}'’-]+),\s+${VERB}\b`,
  /** `”, Kerry said`, `” he said`, `”, Wendy Liebmann, founder of WSL Strategic Retail told WWD`. */
  subjectThenVerb: String.raw`(?<subjectThenVerb>${SUBJECT})${AND_TEAM}${APPOSITIVE}\s+(?:${AUX}${VERB}|${HEARD_SAYING})\b`,
  /** `”, lead researcher and NASA planetary scientist Lucas Paganini said`: a title before the name. */
  titledNameThenVerb: String.raw`${NOT_A_CLAUSE}${TITLE_WORDS}(?<titledNameThenVerb>${NAME})${APPOSITIVE}\s+${AUX}${VERB}\b`,
  /** `”, said Inter Miami managing owner Jorge Mas`: the verb, then a title, then the name. */
  verbThenTitledName: String.raw`${VERB}\s+${TITLE_WORDS_GREEDY}(?<verbThenTitledName>${NAME})${NAME_END}`,
  /** `”, said Kerry`, `”, said he`. */
  verbThenSubject: String.raw`${VERB}\s+(?<verbThenSubject>${SUBJECT})${NAME_END}`,
  /** `”, according to Kerry`. */
  accordingTo: String.raw`according to\s+(?<accordingTo>${SUBJECT})`,
} as const;
export type AfterPiece = keyof typeof AFTER_PIECES;
export const AFTER_PIECE_NAMES = Object.keys(AFTER_PIECES) as AfterPiece[];
export const AFTER = new RegExp(String.raw`^[\s,.:;—–-]*${BRIDGE}(?:${Object.values(AFTER_PIECES).join('|')})`, 'u');
/** After a quote that ends its sentence with a full stop, only a lower-case attribution (`…." she said`) is its own:
 * in `… "as much information as he could." Additionally, retired inspector Paul Mauro said …` the next sentence opens
 * with its own speaker (naeb dev 6d13a78f; case in speakers.test.ts). */
export const AFTER_FULL_STOP = new RegExp(String.raw`^\s*(?=\p{Ll})(?:${Object.values(AFTER_PIECES).join('|')})`, 'u');
/** `"…," the statement continued`, `"…," the doctors stated`: a group or document speaks, so no person, and the
 * running speaker does not carry on (scrapinghub foxnews, vice pages; case in speakers.test.ts). */
export const NOT_A_PERSON_AFTER = new RegExp(String.raw`^[\s,.:;—–-]*(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}${VERB}\b`, 'u');
/** `”–– Amber Elise, owner of Bubbles and Buckets`, `” —Gail, a New York City-based housecleaner`: a name set after
 * a dash, the way round-ups and listicles sign a quote (case in speakers.test.ts). */
export const DASH_AFTER = new RegExp(String.raw`^\s*(?:[—–]{1,2}|-{1,2})\s*${HONORIFIC}(?<s>${NAME}|[A-Z][\p{L}'’-]+)(?:\s*$|,\s|\s*\()`, 'u');
export const PREVIOUS_SENTENCE = new RegExp(String.raw`(?<![\p{L}'’-])(?<s>${SUBJECT})\s+${VERB}[.:]\s*$`, 'u');
/** The word between a subject and its verb may be an adverb ("Smith also said"), not a role: in "the Republican
 * lawmaker told" the capitalised word is an adjective and the lawmaker is nobody named (issue #15's junk names). */
const NOT_A_ROLE = String.raw`(?!${ROLE_NOUN}\b)`;
/** A name right after a preposition is its object, not a subject: "the executive director of Honest Reporting, a
 * pro-Israel media watchdog, says" is the director speaking (test "takes the person, not the group…" in speakers.test.ts; seen on naeb/a48ffd68). */
const NOT_AN_OBJECT = String.raw`(?<!\b(?:of|at|for|from|with|by)\s+)`;
/** `Ian Hamilton, an expert …, told Newsweek: "…"`, `Ms Persson said: "…"`; global, so the subject nearest the quote
 * can be taken: "Brass said Heuermann told her prostitutes “…”" is Heuermann's (naeb dev 6d13a78f; case in speakers.test.ts). Here and in the two patterns around it
 * each subject starts a word: "the statement said" holds no "he". */
export const BEFORE = new RegExp(String.raw`(?<![\p{L}'’-])${NOT_AN_OBJECT}(?<s>${SUBJECT})(?=(?<apposition>${APPOSITIVE})\s+(?:${VERB}|${HEARD_SAYING})(?:\s+[\p{L}'’.]+){0,4}\s*[,:]?\s*$)`, 'gu');
export const IN_SENTENCE = new RegExp(String.raw`(?<![\p{L}'’-])${NOT_AN_OBJECT}(?<s>${SUBJECT})${WHO_CLAUSE}${OPEN_ROLE}\s+(?:${NOT_A_ROLE}[\p{Ll}]+\s+)?${VERB}\b`, 'gu');
/** `According to a 2018 survey by Penelope Muse Abernathy …, the firm's practice has been to “…”`. */
export const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to\s+(?:(?:a|an|the)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}by\s+)?(?<s>${SUBJECT})`, 'u');
/** `In Dr. Shadlen's words, "…"`, `Hollerich’s hope is that the synod “…”`: the speaker's own words, view or hope,
 * owned by name, lead to the quote (case in speakers.test.ts). */
export const POSSESSIVE_LEAD = new RegExp(String.raw`(?:\b[Ii]n\s+${HONORIFIC}(?<s>${NAME}|[A-Z][\p{L}'’-]+)['’]s?\s+(?:own\s+)?words,?\s*$|(?<![\p{L}'’-])${HONORIFIC}(?<t>${NAME}|[A-Z][\p{L}'’-]+)['’]s?\s+(?:${WORDS.viewNoun})\s+(?:is|was)\s+(?:that\s+)?[^"“”.!?]{0,120}$)`, 'u');

/** `Jane Doe, Fox News: "…"`, `Sen. John Roe (R-Ohio): "…"`: a panel or round-up line, a name with its outlet or
 * party tag and a colon, and no verb of saying (issue #15). */
export const PANEL_LEAD = new RegExp(String.raw`^\s*${HONORIFIC}(?:${WORDS.titleAbbreviation}\.\s+)?(?<s>${NAME})(?:,\s+[^"“”,:]{1,60}|\s*\([^()"“”]{1,40}\))?:\s*$`, 'u');
/** `Alverson summed up the journey …: “…”`: a sentence whose subject is a person and that ends in a colon. */
export const COLON_LEAD = new RegExp(String.raw`^\s*(?<s>${SUBJECT})${WHO_CLAUSE}\s[^"“”.!?]*:\s*$`, 'u');
/** `X issued a statement about the charges, saying, “…”`: a sentence that hands over to the quote with a participle;
 * its speaker is the first full name in the sentence (scrapinghub c58aa507, readability wapo-1 pages; case in speaker-subjects.test.ts). */
export const SAYING_LEAD = new RegExp(String.raw`,\s+${PARTICIPLE}(?:\s+[\p{L}'’]+){0,6}\s*[,:]?\s*$`, 'u');
/** `…, with the party's spokesman Alistair Carmichael branding it “…”`: a "with" clause whose name hands over to the
 * quote with a participle speaks it, whoever the sentence began with (naeb dev 760a6897; case in speakers.test.ts). */
export const NAME_PARTICIPLE = new RegExp(String.raw`\bwith\s+(?:[\p{L}'’-]+\s+){0,5}?(?<s>${NAME})\s+${PARTICIPLE}(?:\s+[\p{L}'’]+){0,3}\s*[,:]?\s*$`, 'u');
export const FULL_NAME = new RegExp(NAME, 'gu');
