// Quoted speakers: each direct quote is attributed by the words around it —
// `"…," Kerry said`, `said Kerry`, `he said, "…"`, `what he described as "…"`,
// `according to …` — and a quote paragraph with no attribution continues the
// previous speaker. Names resolve to the person first introduced in full.
import { findPeople, NAME, resolveName, type Person } from './people.ts';
import { findQuotes, type Quote } from './quotes.ts';

export interface Speaker { name: string; role: string | null; quotes: string[] }

const VERB = String.raw`(?:said|says|told|tells|added|adds|warned|warns|described|describes|explained|stated|noted|insisted|argued|asked|replied|wrote|written|declared|announced|claimed|continued|urged|stressed|acknowledged|admitted|recalled|predicted|cautioned|conceded|suggested|called|tweeted|posted|commented|comments|shouted|shouts|ordered)`;
const PRONOUN = String.raw`(?:he|she|He|She)`;
/** "The president said…": an office named by the article's people (scrapinghub deccanherald page). */
const OFFICE = String.raw`(?:[Tt]he\s+(?:president|prime minister|chancellor|governor|mayor|senator|secretary|ambassador|coach|minister))`;
const SUBJECT = String.raw`(?:${OFFICE}|${NAME}|[A-Z][\p{L}'’-]+|${PRONOUN})`;
/** ", the company's chief executive," between a name and its verb (scrapinghub aljazeera, nbcnews pages). */
const APPOSITIVE = String.raw`(?:(?:,\s+[^"“”,]{1,200}){1,5},)?`;
/** `has written`, `had said`. */
const AUX = String.raw`(?:(?:has|had|have)\s+)?`;
/** Words between a verb and the name it introduces: `said CEO Craig Menear`, `said planetary geologist Rosaly Lopes`. */
const TITLE_WORDS = String.raw`(?:(?:[\p{Ll}][\p{Ll}-]*|[A-Z][\p{L}'’&.-]*)\s+){0,5}?`;
/** A name ends where no capitalised word follows ("White House Press Secretary Stephanie Grisham" is not "White House"). */
const NAME_END = String.raw`(?![\p{L}]|\s+[A-Z])`;
/** "Paganini and his team wrote": the named person speaks for the group (scrapinghub sciencealert page). */
const AND_TEAM = String.raw`(?:\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|coauthors))?`;
const AFTER = new RegExp(String.raw`^[\s,.:;—–-]*(?:(?<s1>${SUBJECT})${AND_TEAM}${APPOSITIVE}\s+${AUX}${VERB}\b|${TITLE_WORDS}(?<s5>${NAME})${APPOSITIVE}\s+${AUX}${VERB}\b|${VERB}\s+(?<s2>${SUBJECT})${NAME_END}|${VERB}\s+${TITLE_WORDS}(?<s4>${NAME})${NAME_END}|according to\s+(?<s3>${SUBJECT}))`, 'u');
const PREVIOUS_SENTENCE = new RegExp(String.raw`(?<s>${SUBJECT})\s+${VERB}[.:]\s*$`, 'u');
/** `Ian Hamilton, an expert …, told Newsweek: "…"`, `Ms Persson said: "…"`. */
const BEFORE = new RegExp(String.raw`(?<s>${SUBJECT})${APPOSITIVE}\s+${VERB}(?:\s+[\p{L}'’.]+){0,4}\s*[,:]?\s*$`, 'u');
const IN_SENTENCE = new RegExp(String.raw`(?<s>${SUBJECT})\s+(?:[\p{Ll}]+\s+)?${VERB}\b`, 'gu');
/** Capitalised words that begin sentences but name nobody. */
const NOT_A_SUBJECT = new Set(['But', 'And', 'The', 'This', 'That', 'It', 'They', 'We', 'I', 'You', 'There', 'So', 'Now', 'What', 'If']);

interface Context { paragraphs: readonly string[]; people: Person[]; last: Person | null }

function personFor(subject: string | undefined, ctx: Context, position: { paragraph: number; offset: number }): Person | null {
  if (subject === undefined || NOT_A_SUBJECT.has(subject)) return null;
  const office = /^the\s+(.+)$/i.exec(subject)?.[1]?.toLowerCase();
  if (office !== undefined) return ctx.people.find((p) => p.role?.toLowerCase().includes(office) === true) ?? null;
  if (/^(he|she)$/i.test(subject)) {
    const gender = /^he$/i.test(subject) ? 'male' : 'female';
    const fits = (p: Person): boolean => p.gender === null || p.gender === gender;
    return ctx.last !== null && fits(ctx.last) ? ctx.last : lastMentioned(ctx, position, fits);
  }
  return resolveName(subject, ctx.people) ?? { name: subject, role: null, surname: subject, first: Infinity, gender: null };
}

/** The person named most recently before a position, for a pronoun with no speaker before it. */
function lastMentioned(ctx: Context, position: { paragraph: number; offset: number }, fits: (p: Person) => boolean): Person | null {
  for (let p = position.paragraph; p >= 0; p--) {
    const text = (ctx.paragraphs[p] ?? '').slice(0, p === position.paragraph ? position.offset : undefined);
    let best: { person: Person; at: number } | null = null;
    for (const person of ctx.people) {
      if (!fits(person)) continue;
      const at = text.lastIndexOf(person.surname);
      if (at >= 0 && (best === null || at > best.at)) best = { person, at };
    }
    if (best) return best.person;
  }
  return null;
}

function attribute(quote: Quote, ctx: Context): Person | null {
  const opening = ctx.paragraphs[quote.paragraph] ?? '';
  const closing = ctx.paragraphs[quote.endParagraph] ?? '';
  const position = { paragraph: quote.paragraph, offset: quote.open };
  const after = AFTER.exec(closing.slice(quote.close));
  if (after?.groups) {
    const found = personFor(after.groups.s1 ?? after.groups.s5 ?? after.groups.s2 ?? after.groups.s4 ?? after.groups.s3, ctx, position);
    if (found) return found;
  }
  const lead = opening.slice(0, quote.open);
  const sentenceLead = lead.slice(Math.max(0, lead.search(/[^.!?]*$/)));
  // The sentence before the quote may be the attribution: `“Amazing,” Davis said. “To be able…”`.
  const before = BEFORE.exec(sentenceLead) ?? [...sentenceLead.matchAll(IN_SENTENCE)].pop() ?? PREVIOUS_SENTENCE.exec(lead) ?? undefined;
  const byLead = personFor(before?.groups?.s, ctx, position);
  if (byLead) return byLead;
  return quote.standalone ? ctx.last : null;
}

/** A quote with no attribution of its own in a paragraph where another quote has one: `"A," X said. "B."` */
function sameParagraph(quotes: readonly Quote[], found: readonly (Person | null)[], i: number): Person | null {
  const at = quotes[i]?.paragraph;
  for (let d = 1; d < quotes.length; d++) {
    for (const j of [i - d, i + d]) {
      if (quotes[j]?.paragraph === at && found[j]) return found[j];
    }
  }
  return null;
}

export function extractSpeakers(paragraphs: readonly string[]): Speaker[] {
  const ctx: Context = { paragraphs, people: findPeople(paragraphs), last: null };
  const speakers = new Map<string, Speaker>();
  const quotes = findQuotes(paragraphs);
  const own = quotes.map((q) => attribute(q, { ...ctx, last: null }));
  for (const [i, quote] of quotes.entries()) {
    const person = own[i] ?? sameParagraph(quotes, own, i) ?? attribute(quote, ctx);
    if (person === null) continue;
    ctx.last = person;
    const speaker = speakers.get(person.name) ?? { name: person.name, role: person.role, quotes: [] };
    speaker.quotes.push(quote.text);
    speakers.set(person.name, speaker);
  }
  return [...speakers.values()];
}
