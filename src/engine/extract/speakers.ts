// Quoted speakers: each direct quote is attributed by the words around it —
// `"…," Kerry said`, `said Kerry`, `he said, "…"`, `what he described as "…"`,
// `according to …` — and a quote paragraph with no attribution continues the
// previous speaker. Names resolve to the person first introduced in full.
import { findPeople, NAME, resolveName, type Person } from './people.ts';
import { findQuotes, type Quote } from './quotes.ts';
import { resolvePronoun, sentenceStart, type Position, type PronounContext } from './pronouns.ts';

export interface Speaker { name: string; role: string | null; quotes: string[] }

/** Verbs of saying, in the present and past news copy uses ("explains SciSpacE Team Leader …", "Doctor asks"). */
const SPEECH_VERBS = ['says said', 'tells told', 'adds added', 'warns warned', 'describes described', 'explains explained', 'states stated',
  'notes noted', 'insists insisted', 'argues argued', 'asks asked', 'replies replied', 'writes wrote written', 'declares declared',
  'announces announced', 'claims claimed', 'continues continued', 'urges urged', 'stresses stressed', 'acknowledges acknowledged',
  'admits admitted', 'recalls recalled', 'predicts predicted', 'cautions cautioned', 'concedes conceded', 'suggests suggested',
  'calls called', 'tweets tweeted', 'posts posted', 'comments commented', 'shouts shouted', 'orders ordered', 'assures assured',
  'responds responded', 'remarks remarked'].join(' ').split(' ');
const VERB = `(?:${SPEECH_VERBS.join('|')})`;
const PRONOUN = String.raw`(?:he|she|He|She)`;
/** "The president said…": an office named by the article's people (scrapinghub deccanherald page). */
const OFFICE = String.raw`(?:[Tt]he\s+(?:president|prime minister|chancellor|governor|mayor|senator|secretary|ambassador|coach|minister))`;
/** Capitalised words that begin sentences but name nobody; excluded inside the pattern, so "But he said" finds "he". */
const NOT_A_SUBJECT = String.raw`(?!(?:But|And|The|This|That|It|They|We|I|You|There|So|Now|What|If)\b)`;
/** "said Rep. Brian Babin": a title's abbreviation is not the speaker (scrapinghub spacenews page). */
const NOT_AN_ABBREVIATION = String.raw`(?!(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Lt|Col|Sgt|Capt|St)\.)`;
const SUBJECT = String.raw`(?:${OFFICE}|${NOT_A_SUBJECT}${NOT_AN_ABBREVIATION}(?:${NAME}|[A-Z][\p{L}'’-]+|${PRONOUN}))`;
/** ", the company's chief executive," between a name and its verb (scrapinghub aljazeera, nbcnews pages). */
const APPOSITIVE = String.raw`(?:(?:,\s+[^"“”,]{1,200}){1,5},)?`;
/** `has written`, `had said`. */
const AUX = String.raw`(?:(?:has|had|have)\s+)?`;
/** Words between a verb and the name it introduces: `said CEO Craig Menear`, `said planetary geologist Rosaly Lopes`,
 * `lead researcher and NASA planetary scientist Lucas Paganini said` (scrapinghub sciencealert page). */
const TITLE_WORDS = String.raw`(?:(?:[\p{Ll}][\p{Ll}-]*|[A-Z][\p{L}'’&.-]*)\s+){0,6}?`;
/** A name ends where no capitalised word follows ("White House Press Secretary Stephanie Grisham" is not "White House"). */
const NAME_END = String.raw`(?![\p{L}]|\s+[A-Z])`;
/** "Paganini and his team wrote": the named person speaks for the group (scrapinghub sciencealert page). */
const AND_TEAM = String.raw`(?:\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|coauthors))?`;
/** A few words between the quote and its attribution: `” impeachment, Trump said`, `" announced in October, said Derek Scissors`. */
const BRIDGE = String.raw`(?:(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+)?`;
const AFTER = new RegExp(String.raw`^[\s,.:;—–-]*${BRIDGE}(?:(?<s1>${SUBJECT})${AND_TEAM}${APPOSITIVE}\s+${AUX}${VERB}\b|${TITLE_WORDS}(?<s5>${NAME})${APPOSITIVE}\s+${AUX}${VERB}\b|${VERB}\s+${TITLE_WORDS}(?<s4>${NAME})${NAME_END}|${VERB}\s+(?<s2>${SUBJECT})${NAME_END}|according to\s+(?<s3>${SUBJECT}))`, 'u');
const PREVIOUS_SENTENCE = new RegExp(String.raw`(?<s>${SUBJECT})\s+${VERB}[.:]\s*$`, 'u');
/** `Ian Hamilton, an expert …, told Newsweek: "…"`, `Ms Persson said: "…"`. */
const BEFORE = new RegExp(String.raw`(?<s>${SUBJECT})${APPOSITIVE}\s+${VERB}(?:\s+[\p{L}'’.]+){0,4}\s*[,:]?\s*$`, 'u');
const IN_SENTENCE = new RegExp(String.raw`(?<s>${SUBJECT})\s+(?:[\p{Ll}]+\s+)?${VERB}\b`, 'gu');

type Context = PronounContext;

function personFor(subject: string | undefined, ctx: Context, position: Position): Person | null {
  if (subject === undefined) return null;
  const office = /^the\s+(.+)$/i.exec(subject)?.[1]?.toLowerCase();
  if (office !== undefined) return ctx.people.find((p) => p.role?.toLowerCase().includes(office) === true) ?? null;
  if (/^(he|she)$/i.test(subject)) return resolvePronoun(subject, ctx, position);
  return resolveName(subject, ctx.people) ?? { name: subject, role: null, surname: subject, first: Infinity, gender: null };
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
  const sentenceLead = lead.slice(sentenceStart(lead));
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

/** Quote words, lower-case, for comparing a partial quote with the full one it repeats. */
const quoteWords = (text: string): string => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/** A quote with no attribution that repeats part of an attributed one is the same person's: `Grisham … has given
 * "plenty of on-the-record statements …"` after `… Grisham told CNN. "I've given plenty of on-the-record statements …"`
 * (scrapinghub CNN page). */
function repeated(quotes: readonly Quote[], found: readonly (Person | null)[], i: number): Person | null {
  const own = quoteWords(quotes[i]?.text ?? '');
  const j = quotes.findIndex((q, k) => k !== i && found[k] !== null && quoteWords(q.text).includes(own));
  return j < 0 ? null : found[j] ?? null;
}

export function extractSpeakers(paragraphs: readonly string[]): Speaker[] {
  const ctx: Context = { paragraphs, people: findPeople(paragraphs), last: null };
  const quotes = findQuotes(paragraphs);
  // Each quote's own attribution first, from its text alone: no running speaker.
  const own = quotes.map((q) => attribute(q, { ...ctx, last: null }));
  const found: (Person | null)[] = [];
  for (const [i, quote] of quotes.entries()) {
    // Last, a quote follows one its paragraph gave away earlier in this pass: `“Oh, actually? Yes,” he assures himself. “…”`.
    const person = own[i] ?? sameParagraph(quotes, own, i) ?? attribute(quote, ctx) ?? sameParagraph(quotes, found, i);
    if (person !== null) ctx.last = person;
    found.push(person);
  }
  const speakers = new Map<string, Speaker>();
  for (const [i, quote] of quotes.entries()) {
    const person = found[i] ?? repeated(quotes, found, i);
    if (person === null) continue;
    const speaker = speakers.get(person.name) ?? { name: person.name, role: person.role, quotes: [] };
    // The same words twice (a pull quote, a standfirst repeating the body) are listed once.
    if (speaker.quotes.some((q) => quoteWords(q) === quoteWords(quote.text))) continue;
    speaker.quotes.push(quote.text);
    speakers.set(person.name, speaker);
  }
  return [...speakers.values()];
}
