// People named in the article, with the role they were introduced by:
// "US Secretary of State John Kerry" → John Kerry, role "US Secretary of State";
// "Mahmoud Abbas, the Palestinian president," → role from the apposition.
// Later "Kerry" resolves to the full name first introduced.

import { genderOfFirstName, givenName, isKnownFirstName, type Gender } from '../text/first-names.ts';
import english from '../lexicon/stoplists/en.ts';
import { lines } from '../lexicon/lines.ts';
import { GROUP_WORDS, NOT_FIRST_NAMES, PLACE_WORDS, WORDS } from '../lexicon/index.ts';
import { PEOPLE, QUOTES } from './thresholds.ts';

export interface Person { name: string; role: string | null; surname: string; first: number; gender: Gender }

const CAP = String.raw`(?:[A-Z][\p{L}'’.-]*|[A-Z]{2,})`;
/** Up to six words before the title ("US Secretary of State"), two "of"/"for" phrases after it ("Secretary of State
 * for Urbanism Ans Persoons": test "reads 'the secretary of state added'…" in speakers.test.ts; seen on naeb/3199044f): unbounded, a page of capitalised words costs quadratic time. */
const ROLE = String.raw`(?:(?:${CAP}(?:'s)?|of|for|the|and)\s+){0,6}?${WORDS.title}(?:\s+(?:of|for)(?:\s+the)?\s+${CAP}(?:\s+${CAP})?){0,2}`;
// Middle initials and "Jr." count ("Patrick W. Carlineo Jr."); particles stand alone or join with a hyphen
// ("al-Maliki", "van der"), never the start of a word ("also").
const NAME_TOKEN = String.raw`(?:(?:Jr|Sr)\.|[A-Z][\p{L}'’-]+|[A-Z]\.|(?:al|el|bin|ibn|de|van|von|da|del|la|le|di)(?:-[\p{L}'’-]+|(?=\s))|[IVX]{1,4})`;
/** Office words are never part of a name: "said White House Press Secretary Stephanie Grisham" names Grisham,
 * "explains SciSpacE Team Leader Jennifer Ngo-Anh" names Ngo-Anh; "State Rep. Steve Allan" is no "State Rep"
 * (tests "takes the name after a run of office words…" in extract.test.ts, "reads a party tag…" in attribution-pieces.test.ts). */
const NOT_NAME = String.raw`(?!${WORDS.officeWord}\b|${WORDS.titleAbbreviation}\.)`;
export const NAME = String.raw`${NOT_NAME}[A-Z][\p{L}'’-]+(?:\s+${NOT_NAME}${NAME_TOKEN}){1,3}`;

/** English function words, whatever their case: "Had Palacios" is no given name. */
const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(lines(english));
/** "My", "The", "Had": a capitalised word that is an English function word names no one. */
export const isFunctionWord = (word: string): boolean => ENGLISH_STOPWORDS.has(word.toLowerCase());
/** A full name whose first word is a common given name: a person even without a title ("Patrick W. Carlineo Jr., 55,"). */
const PLAIN_NAME = new RegExp(String.raw`\b${NAME}`, 'gu');
const MALE_ROLE = new RegExp(String.raw`\b${WORDS.maleTitle}\b`);
const FEMALE_ROLE = new RegExp(String.raw`\b${WORDS.femaleTitle}\b`);

/** The gender a title or honorific shows ("Queen", "spokesman", "Mrs."), null when it shows none. */
function roleGender(role: string | null): Gender {
  if (role !== null && MALE_ROLE.test(role)) return 'male';
  if (role !== null && FEMALE_ROLE.test(role)) return 'female';
  return null;
}

function genderOf(name: string, role: string | null): Gender {
  return roleGender(role) ?? genderOfFirstName(name.split(/\s+/)[0] ?? '');
}

const WITH_ROLE = new RegExp(String.raw`(?<role>${ROLE})\s+(?<name>${NAME})`, 'gu');
/** Lower-case roles in appositions: "Marco Villa, the company's chief operating officer," (scrapinghub spacenews page; case in speakers.test.ts). */
export const ROLE_NOUN = WORDS.roleNoun;
/** Role text: no clause breaks, but the periods inside "U.K." are fine (scrapinghub newsweek page: "Ian Hamilton, an expert … at the U.K.'s University of York …,"; case in speakers.test.ts). */
const ROLE_TEXT = String.raw`(?:[^,;.]|\.(?=\S))`;
const APPOSITION = new RegExp(String.raw`(?<name>${NAME}),\s+(?:the\s+|a\s+|an\s+)?(?<role>${ROLE_TEXT}{0,60}?${WORDS.occupation}\b${ROLE_TEXT}{0,160}),`, 'gu');
/** A lower-case occupation right before a full name: "filmmaker Charlie McDowell", "former astronaut Tom Stafford",
 * "retired aerospace executive Tom Young" (scrapinghub indiewire, spacenews pages; case in speakers.test.ts). Words that only look like one
 * ("after", "other", "never") are left out. */
const OCCUPATION = WORDS.occupation;
const WITH_OCCUPATION = new RegExp(String.raw`\b(?<role>(?:[\p{Ll}-]+\s+){0,2}${OCCUPATION})\s+(?<name>${NAME})`, 'gu');
/** Royals go by one name: "Prince Andrew" is Andrew (test "reads six title words before the name…" in speakers.test.ts). */
const ROYAL = new RegExp(String.raw`\b(?<role>${WORDS.royalTitle})\s+(?<name>[A-Z][\p{L}'’-]+)\b(?![\s-]+[A-Z])`, 'gu');

/** `Reed, who will be the merged company's chairman, told …`: a relative clause between a name and its verb
 * (scrapinghub 8634d121 page; case in speaker-subjects.test.ts). Roles ("X, a London-based think tank, concluded") are not taken: they let groups speak. */
export const WHO_CLAUSE = String.raw`(?:,\s+who\s+[^"“”,]{1,120},)?`;
/** "Mitch McConnell of Kentucky called": a place after a name (readability nytimes-4 page; case in speaker-subjects.test.ts). */
export const OF_PLACE = String.raw`\s+of\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?`;

/** A full name that speaks is a person, whatever its given name: "Montell Figgins, who represents Thomas, said",
 * "said Jason Foy" (scrapinghub c58aa507 page; case in speaker-subjects.test.ts). */
const SPEAKING = new RegExp(String.raw`\b(?<name>${NAME})(?:${WHO_CLAUSE}|,\s+[^"“”,]{1,80},)\s+${WORDS.speechVerb}\b|\b${WORDS.speechVerb}\s+(?<after>${NAME})(?![\p{L}]|\s+[A-Z])`, 'gu');
/** A role before the name, set off by commas: "his defense attorney, Alfredo Izaguirre, stressed" (naeb dev 8b4d7915; case in speakers.test.ts). */
const ROLE_COMMA_NAME = new RegExp(String.raw`\b(?<role>(?:[\p{Ll}-]+\s+){0,2}${OCCUPATION}),\s+(?<name>${NAME}),`, 'gu');

/** A full name with its organisation: "For Dorothea Kessler of iFixit Europe, …" (naeb dev dd1764f0; case in extract.test.ts), "Elke Salzmann of
 * the Federation of Consumer Organizations"; an opening preposition is not part of the name; groups ("Federal Reserve
 * Bank of New York") fail looksPersonal, and "the Green Deal of December 2019" is a date. */
const NAME_OF_ORG = new RegExp(String.raw`\b(?:(?:For|To|With|From|Like)\s+)?(?<name>${NAME})\s+of\s+(?:the\s+)?(?!${WORDS.monthName}\b)[a-z]?[A-Z]`, 'gu');

const GROUP_WORD = new Set(GROUP_WORDS);
const PLACE_WORD = new Set(PLACE_WORDS);
/** "Whole Foods", "Charles University": a group's or a place's last word ends no person's name. */
const endsNoName = (word: string): boolean => GROUP_WORD.has(word) || PLACE_WORD.has(word);

/** A speaking name with no role or known given name: no possessive ("NASA’s Steve Clarke"), no acronym or "I", no group or place word. */
export function looksPersonal(name: string): boolean {
  const tokens = name.split(/\s+/);
  // "So I said": the pronoun I reads as a name token (a regnal number) in NAME.
  return !/['’]s\b/u.test(name) && !tokens.some((t) => /^[A-Z]{2,}$/.test(t) || t === 'I') && !endsNoName(tokens[tokens.length - 1] ?? '');
}

const NOT_FIRST = new Set(NOT_FIRST_NAMES);
/** A given name and a surname: a descriptor before them makes a longer run ("Student Daniel Broz"). */
const NAME_WORDS = 2;
/** A capitalised title before a name and at least one name word after it. */
const LEADING_TITLE = new RegExp(String.raw`^${WORDS.title}\s+(?=\p{Lu}\p{L})`, 'u');

function trimRole(role: string): string {
  return role.replace(/^(?:the|and|of|for)\s+/i, '').replace(/^[\p{L}]+'s\s+/u, '').trim();
}

/** "Mr Sunak saw off a rebellion", "Pugh, 27, stood near the edge of the stage": a surname after an honorific or
 * before an age makes the article's full name with it a person, whatever the given name ("Rishi Sunak is under
 * fire", naeb dev 760a6897; "Florence Pugh", 0b3c6d6a; case in speakers.test.ts). */
const PERSONAL_SURNAME = new RegExp(String.raw`\b(?:${WORDS.honorific}\.?\s+(?<honoured>[A-Z][\p{L}'’-]+)|(?<aged>[A-Z][\p{L}'’-]+),\s+\d{1,3},)`, 'gu');
function personalSurnames(paragraphs: readonly string[]): Set<string> {
  return new Set(paragraphs.flatMap((p) => [...p.matchAll(PERSONAL_SURNAME)].map((m) => m.groups?.honoured ?? m.groups?.aged ?? '')));
}

/** "I spoke with Neil Cohen, Head of …", "in an interview with Vijay Rajendran": whom an interview is with, a person
 * whatever the given name (test "gives an interview's unattributed quote paragraphs…" in speakers.test.ts; seen on naeb/b828c510). */
export const INTERVIEW_WITH = new RegExp(String.raw`\b(?:(?:spoke|talked|sat down|chatted)\s+with|interview(?:ed)?(?:\s+with)?)\s+(?<name>${NAME})`, 'u');

/** The story opens with its subject, and a pronoun in that sentence says it is a person, whatever the name's length:
 * "Beyoncé made her fans in Brazil very happy" (naeb dev 05260e06; case in speakers.test.ts). Companies take "its". */
const OPENING_SUBJECT = new RegExp(String.raw`^(?<name>[A-Z][\p{L}'’-]+(?:\s+${NAME_TOKEN}){0,3})\s+\p{Ll}[^.!?"“”]*?\b(?<pronoun>his|her|he|she)\b`, 'u');

function openingSubject(paragraphs: readonly string[]): { name: string; gender: Gender } | null {
  const m = OPENING_SUBJECT.exec(paragraphs[0] ?? '');
  const name = m?.groups?.name ?? '';
  if (m === null || !looksPersonal(name) || NOT_FIRST.has(name.split(/\s+/)[0] ?? '')) return null;
  return { name, gender: /^(?:his|he)$/.test(m.groups?.pronoun ?? '') ? 'male' : 'female' };
}


const POSSESSIVE = /['’]s/gu;
const SPACE = /\s/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
/** The name before its first possessive that ends it ("Trump's" or "Trump's July 25 call": Trump), read in one scan. */
function withoutPossessive(name: string): string {
  for (const match of name.matchAll(POSSESSIVE)) {
    const after = match.index + match[0].length;
    if (after === name.length || (SPACE.test(name.charAt(after)) && !LINE_BREAK.test(name.slice(after + 1)))) return name.slice(0, match.index);
  }
  return name;
}

const ACRONYM = /^\p{Lu}{2,}$/u;
const CAPITALISED = /^\p{Lu}/u;

/** A headline or a line of titles: most of its words capitalised (PEOPLE.titleCaseShare). */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= PEOPLE.titleCaseMinWords && words.filter((w) => CAPITALISED.test(w)).length >= words.length * PEOPLE.titleCaseShare;
}

export function findPeople(paragraphs: readonly string[]): Person[] {
  const people = new Map<string, Person>();
  const add = (name: string, role: string | null, at: number): void => {
    // A possessive ends the name: "President Trump's July 25 call" names Trump.
    const possessed = withoutPossessive(name).trim();
    // "Pope Francis" is Francis, the Pope: a title is no given name, so "Pope Benedict" is no mention of him (fresh mixed 1161a20a; case in speakers.test.ts).
    const title = LEADING_TITLE.exec(possessed)?.[0];
    const clean = title === undefined ? possessed : possessed.slice(title.length);
    role ??= title?.trim() ?? null;
    const first = clean.split(/\s+/)[0] ?? '';
    if (NOT_FIRST.has(first)) return;
    const existing = people.get(clean);
    if (existing) { existing.role ??= role; return; }
    const tokens = clean.split(/\s+/);
    // "Patrick W. Carlineo Jr.", "Henry VIII": the surname stands before a suffix or a regnal number.
    const last = tokens.pop() ?? clean;
    const surname = /^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(last) ? tokens.pop() ?? clean : last;
    people.set(clean, { name: clean, role, surname: surname.replace(/^(al|el)-/, ''), first: at, gender: genderOf(clean, role) });
  };
  const opening = openingSubject(paragraphs);
  if (opening !== null) add(opening.name, null, 0);
  const personal = personalSurnames(paragraphs);
  let offset = 0;
  for (const text of paragraphs) {
    for (const m of text.matchAll(WITH_ROLE)) add(m.groups?.name ?? '', trimRole(m.groups?.role ?? ''), offset + (m.index));
    for (const m of text.matchAll(WITH_OCCUPATION)) add(m.groups?.name ?? '', trimRole(m.groups?.role ?? ''), offset + (m.index));
    for (const m of text.matchAll(APPOSITION)) if (looksPersonal(m.groups?.name ?? '')) add(m.groups?.name ?? '', trimRole(m.groups?.role ?? ''), offset + (m.index));
    for (const m of text.matchAll(ROLE_COMMA_NAME)) add(m.groups?.name ?? '', trimRole(m.groups?.role ?? ''), offset + m.index);
    for (const m of text.matchAll(ROYAL)) add(m.groups?.name ?? '', m.groups?.role ?? null, offset + m.index);
    if (!isTitleCase(text)) {
      for (const m of text.matchAll(PLAIN_NAME)) {
        const tokens = m[0].split(/\s+/);
        // "Forbes AI": an acronym ends no person's name (naeb dev f929a143; case in speakers.test.ts).
        const last = tokens[tokens.length - 1] ?? '';
        if (ACRONYM.test(last) || endsNoName(last)) continue;
        // "Student Daniel Broz", "Newlyweds Tom Leese": a capitalised descriptor before a given name and surname is no part of the name.
        if (tokens.length > NAME_WORDS && !isKnownFirstName(tokens[0] ?? '') && isKnownFirstName(tokens[1] ?? '')) { add(tokens.slice(1).join(' '), null, offset + m.index); continue; }
        if (isKnownFirstName(tokens[0] ?? '') || (personal.has(tokens[tokens.length - 1] ?? '') && !ENGLISH_STOPWORDS.has((tokens[0] ?? '').toLowerCase()))) add(m[0], null, offset + m.index);
      }
    }
    const interview = INTERVIEW_WITH.exec(text);
    if (interview?.groups?.name !== undefined && looksPersonal(interview.groups.name)) add(interview.groups.name, null, offset + interview.index);
    for (const m of text.matchAll(NAME_OF_ORG)) if (looksPersonal(m.groups?.name ?? '')) add(m.groups?.name ?? '', null, offset + m.index);
    for (const m of text.matchAll(SPEAKING)) {
      const name = m.groups?.name ?? m.groups?.after ?? '';
      if (looksPersonal(name)) add(name, null, offset + m.index);
    }
    offset += text.length + 1;
  }
  const first = opening === null ? undefined : people.get(opening.name);
  if (first !== undefined) first.gender ??= opening?.gender ?? null;
  for (const person of people.values()) person.gender ??= genderByPronouns(paragraphs, person);
  return [...people.values()].sort((a, b) => a.first - b.first);
}

/** "Ina Garten" for "Garten": the first place the story gives the surname a given name of the wider lexicon. */
export function fullNameIn(paragraphs: readonly string[], surname: string): { name: string; gender: Gender } | null {
  for (const text of paragraphs) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      if (LETTER.test(text.charAt(at + surname.length))) continue;
      const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - GIVEN_MAX_CHARS), at))?.[1];
      const known = given === undefined ? null : givenName(given);
      if (given !== undefined && known !== null) return { name: `${given} ${surname}`, gender: known.gender };
    }
  }
  return null;
}

const LETTER = /\p{L}/u;
/** The capitalised word right before a surname; a given name is shorter than this. */
const GIVEN_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+$/u;
const GIVEN_MAX_CHARS = 24;

const SHE = /\b(?:she|her|hers|herself)\b/gi;
const HE = /\b(?:he|him|his|himself)\b/gi;

/** Gender where the text shows it and no given-name list or title does: the pronouns just after each mention of
 * the surname, when they all agree ("Locksley and his postdoc …": scrapinghub quantamagazine page; case in attribution-pieces.test.ts). */
function genderByPronouns(paragraphs: readonly string[], person: Person): Gender {
  let she = 0;
  let he = 0;
  for (const p of paragraphs) {
    for (let at = p.indexOf(person.surname); at >= 0; at = p.indexOf(person.surname, at + 1)) {
      const window = p.slice(at, at + QUOTES.genderPronounWindowChars);
      she += window.match(SHE)?.length ?? 0;
      he += window.match(HE)?.length ?? 0;
    }
  }
  return she > 0 && he === 0 ? 'female' : he > 0 && she === 0 ? 'male' : null;
}

/** Where in the story a name is read: a paragraph and an offset in it. */
export interface TextPosition { paragraphs: readonly string[]; paragraph: number; offset: number }

/** Of people who share a surname, the one whose full name the story printed last before the position: "Damon Minor …
 * Ryan Minor …, Minor said" is Ryan (speakers.test.ts "two people with one surname"). */
function lastNamedBefore(sharing: readonly Person[], at: TextPosition): Person | undefined {
  const before = [...at.paragraphs.slice(0, at.paragraph), (at.paragraphs[at.paragraph] ?? '').slice(0, at.offset)].join('\n');
  let best: Person | undefined;
  let bestAt = -1;
  for (const person of sharing) {
    const last = before.lastIndexOf(person.name);
    if (last > bestAt) { best = person; bestAt = last; }
  }
  return best;
}

const HONORIFIC_PREFIX = new RegExp(String.raw`^${WORDS.honorific}\.?\s+`);

/** The person a name refers to: the full name, or the first introduced person with that surname; among people who
 * share it, an honorific's gender picks ("Mrs. Clinton" after Bill and Hillary Clinton). */
export function resolveName(name: string, people: readonly Person[], at?: TextPosition): Person | undefined {
  const clean = name.replace(HONORIFIC_PREFIX, '').trim();
  const gender = roleGender(HONORIFIC_PREFIX.exec(name)?.[0] ?? null);
  const bySurname = (p: Person): boolean => p.surname === clean || p.name.endsWith(` ${clean}`);
  const sharing = people.filter(bySurname);
  const named = people.find((p) => p.name === clean)
    ?? (gender === null ? undefined : sharing.find((p) => p.gender === gender) ?? sharing.find((p) => p.gender === null))
    ?? (at === undefined || sharing.length <= 1 ? undefined : lastNamedBefore(sharing, at)) ?? sharing[0];
  if (named !== undefined || clean.includes(' ')) return named;
  // "her mother, Fiona, said" then "Fiona Parry issued a plea": a lone given name is the one person who bears it.
  const byGiven = people.filter((p) => p.name.startsWith(`${clean} `));
  return byGiven.length === 1 ? byGiven[0] : undefined;
}
