// "he said" / "she said": the person a pronoun before or after a quote means.
// The subject of the sentences just before the quote in its paragraph comes
// first, then the running speaker, then whoever was named last.
import type { Person } from './people.ts';
import { WORDS } from '../lexicon/index.ts';
import { PEOPLE, QUOTES } from './thresholds.ts';

export interface Position { paragraph: number; offset: number }
export interface PronounContext { paragraphs: readonly string[]; people: readonly Person[]; last: Person | null }

/** The marks that end a sentence, and the closing quotes and brackets that may follow them. */
const STOPS = '.!?';
const CLOSERS = '"”’)';
/** A sentence ends at . ! or ? (perhaps inside a closing quote) and a space, but not after a title ("Mr. Smith"). */
const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${WORDS.nonFinalAbbreviation}|[A-Z]))[${STOPS}][${CLOSERS}]*\s+`, 'g');

/** Characters a sentence-end lookbehind reads before its full stop ("Capt." is the longest title it knows). */
const LOOKBEHIND_CHARS = 8;
/** Most sentences are shorter: the end of a text is searched this far first, then further. */
const SENTENCE_SEARCH_CHARS = 256;

/** Where the sentence that holds the end of this text starts (its length when the text ends a sentence). The end of
 * the text is searched first: each quote asks, and scanning a 20,000-character paragraph from its start for each of
 * 500 quotes took seconds (`npm run bench`, hostile text). */
export function sentenceStart(text: string): number {
  let start: number | undefined;
  for (const chars of [SENTENCE_SEARCH_CHARS, QUOTES.attributionWindowChars, text.length]) {
    start = lastSentenceEnd(text, Math.max(0, text.length - chars));
    if (start !== undefined || chars >= text.length) break;
  }
  return start ?? 0;
}

/** Where the text after the last sentence end at or after `from` starts; undefined when there is none, or when the
 * first one found sits too close to `from` for its lookbehind to have read the title before it. */
function lastSentenceEnd(text: string, from: number): number | undefined {
  let start: number | undefined;
  for (const m of text.slice(from).matchAll(SENTENCE_END)) {
    if (from > 0 && start === undefined && m.index < LOOKBEHIND_CHARS) return undefined;
    start = from + m.index + m[0].length;
  }
  return start;
}

/** Index of the . ! or ? that ends the text, perhaps inside closing quotes and brackets; -1 when it ends none.
 * Read from the end: a `…$` pattern is tried at every position of the text. */
function finalStop(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i] ?? '')) i -= 1;
  return i >= 0 && STOPS.includes(text[i] ?? '') ? i : -1;
}

/** The end of a text, at most `max` characters, cut at a space so no word is read from its middle. */
export function lastChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.length - max;
  const space = text.slice(cut).search(/\s/);
  return space < 0 ? '' : text.slice(cut + space);
}

const QUOTED = /["“][^"“”]*["”]/g;
/** A text with its quotes left out: what a quote says names no speaker. */
export const withoutQuotes = (text: string): string => text.replace(QUOTED, ' ');
const PRONOUN_WORD = /\b(?:he|she|He|She)\b/;

/** The last whole sentence of a text that ends one, its quotes left out ("Taylor has admitted" inside one is no
 * attribution: scrapinghub foxnews page; case in speakers.test.ts), and where it starts; null when the text stops mid-sentence. */
export function lastSentence(text: string): { start: number; words: string } | null {
  const trimmed = text.trimEnd();
  const stop = finalStop(trimmed);
  if (stop < 0) return null;
  const start = sentenceStart(trimmed.slice(0, stop));
  return { start, words: withoutQuotes(trimmed.slice(start)) };
}

/** The words a story names a person by: the surname, and the given name when no one else in the story bears it
 * ("American singer Gary and composer Michael Andrews …", then "He said, “…”": test "counts a unique given name as a mention…" in speakers.test.ts; seen on naeb/76fbec2a). */
function mentionWords(person: Person, people: readonly Person[]): string[] {
  const given = person.name.split(/\s+/)[0] ?? '';
  const unique = given !== person.surname && given.length >= PEOPLE.givenNameMinChars && people.filter((p) => p.name.startsWith(`${given} `)).length === 1;
  return unique ? [person.surname, given] : [person.surname];
}

/** Where a person is first named in text from an offset, -1 when not. */
function firstMention(text: string, person: Person, people: readonly Person[], from = 0): number {
  const found = mentionWords(person, people).map((w) => text.indexOf(w, from)).filter((at) => at >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** How often a text names a person: a full name once, not once for each of its words. */
function mentionCount(text: string, person: Person, people: readonly Person[]): number {
  const times = (w: string): number => text.split(w).length - 1;
  const [surname, given] = mentionWords(person, people);
  return times(surname ?? person.surname) + (given === undefined ? 0 : times(given) - times(`${given} ${person.surname}`));
}

/** Of the people that fit, the one named first in text[from, until). */
function firstNamed(text: string, people: readonly Person[], fits: (p: Person) => boolean, from: number, until: number): Person | null {
  let best: { person: Person; at: number } | null = null;
  for (const person of people) {
    const at = firstMention(text, person, people, from);
    if (fits(person) && at >= 0 && at < until && (best === null || at < best.at)) best = { person, at };
  }
  return best?.person ?? null;
}

/** Walking back through the sentences before the quote in its paragraph, quotes left out: the person a sentence
 * names before any he/she ("Simmons teed up McDonald's cameo. “…,” he said. “…”" is Simmons); a sentence whose
 * subject is itself he/she passes the question to the sentence before it. */
function subjectBefore(ctx: PronounContext, position: Position, fits: (p: Person) => boolean): Person | null {
  let lead = (ctx.paragraphs[position.paragraph] ?? '').slice(0, position.offset);
  // Back through sentences that only say "he", as far as an attribution is read: 500 of them in one paragraph, each
  // walked back from every quote, took seconds.
  const reach = Math.max(0, lead.length - QUOTES.attributionWindowChars);
  for (let last = lastSentence(lead); last !== null; last = lead.length > reach ? lastSentence(lead) : null) {
    const sentence = last.words;
    const pronounAt = sentence.search(PRONOUN_WORD);
    // The running speaker counts too, though known only from "X said" ("…," Volker said. He added that …).
    const candidates = ctx.last === null ? ctx.people : [...ctx.people, ctx.last];
    const named = firstNamed(sentence, candidates, fits, 0, pronounAt < 0 ? sentence.length : pronounAt);
    if (named !== null) return named;
    if (pronounAt < 0 || last.start === 0) return null;
    lead = lead.slice(0, last.start);
  }
  return null;
}

/** For a pronoun with no speaker before it: the last sentence before the position that names someone, and in it
 * the person named first, its subject ("Jack Scarola, who represents Epstein’s accusers, said …" then "“…,” he said"
 * is Scarola, not Epstein: scrapinghub c58aa507 page; case in speaker-subjects.test.ts). */
function lastMentioned(ctx: PronounContext, position: Position, fits: (p: Person) => boolean): Person | null {
  for (let p = position.paragraph; p >= 0; p--) {
    const text = (ctx.paragraphs[p] ?? '').slice(0, p === position.paragraph ? position.offset : undefined);
    let latest = -1;
    const subjects = (person: Person): boolean => fits(person) && !onlyAfterPronoun(text, person, ctx.people, fits);
    for (const person of ctx.people) {
      if (subjects(person)) for (const w of mentionWords(person, ctx.people)) latest = Math.max(latest, lastAsSubject(text, w));
    }
    if (latest < 0) continue;
    return firstNamed(text, ctx.people, subjects, sentenceStart(text.slice(0, latest)), text.length);
  }
  return null;
}

const QUOTE_MARK = /["“”]/;

/** The agent of a passive, titles and all: "appointed archbishop by Pope Benedict XVI". */
const BY_AGENT = /\bby\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u;

/** Where a word last names someone who may be a sentence's subject: not as a passive's agent ("Before being appointed
 * archbishop by Pope Benedict XVI in 2011, he was a Jesuit missionary" is about the story's he, not Benedict: fresh mixed
 * 1161a20a; case in speakers.test.ts); -1 when nowhere. */
function lastAsSubject(text: string, word: string): number {
  for (let at = text.lastIndexOf(word); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(word, at - 1)) {
    if (!BY_AGENT.test(text.slice(Math.max(0, at - PEOPLE.agentWindowChars), at))) return at;
  }
  return -1;
}

/** "the 25-year-old told the Guardian": a description that names no office is the person the story last named,
 * of either gender (fresh mixed 1752c559; case in speakers.test.ts). */
export const lastNamed = (ctx: PronounContext, position: Position): Person | null => lastMentioned(ctx, position, () => true);

/** The person a paragraph of narration just before the quote's is about: the one it names most often, first named
 * on a tie. A new subject there outranks the running speaker ("Autumn Beverly, another artist, says tools like
 * Nightshade …" then "“I’m just really grateful …,” she says": naeb dev 479f7d33; case in attribution-pieces.test.ts); most often, not first: "At the
 * same time that Howitt was working, Locksley … Locksley had …" is about Locksley (scrapinghub quantamagazine page; case in attribution-pieces.test.ts). */
function narratedBefore(ctx: PronounContext, position: Position, fits: (p: Person) => boolean): Person | null {
  const previous = ctx.paragraphs[position.paragraph - 1];
  if (previous === undefined || QUOTE_MARK.test(previous)) return null;
  let best: { person: Person; count: number; at: number } | null = null;
  for (const person of ctx.people) {
    const at = firstMention(previous, person, ctx.people);
    if (!fits(person) || at < 0 || onlyAfterPronoun(previous, person, ctx.people, fits)) continue;
    const count = mentionCount(previous, person, ctx.people);
    if (best === null || count > best.count || (count === best.count && at < best.at)) best = { person, count, at };
  }
  return best?.person ?? null;
}

/** Whether every mention of a person in a text comes after a fitting he/she in its own sentence: "In one pic, she
 * hugs BFF Lesley" names Lesley as the one hugged, so the next "she quipped" is still the story's she (naeb dev
 * f251f10a; case in speakers.test.ts). */
function onlyAfterPronoun(text: string, person: Person, people: readonly Person[], fits: (p: Person) => boolean): boolean {
  let mentions = 0;
  for (const word of mentionWords(person, people)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      mentions += 1;
      const sentence = text.slice(sentenceStart(text.slice(0, at)), at);
      const pronoun = PRONOUN_WORD.exec(sentence);
      // Only within the pronoun's own clause: in "While he doesn't buy halibut much — he's got a freezer full of it —
      // Bassi, 43 years a fisherman, keeps an eye on …" Bassi is the subject (readability seattletimes-1; same test).
      if (pronoun === null || !fitsPronounWord(pronoun[0], fits) || CLAUSE_BREAK.test(sentence.slice(pronoun.index))) return false;
    }
  }
  return mentions > 0;
}

const CLAUSE_BREAK = /[,;:—–()]/;

/** Whether a he/she found in text is the pronoun the caller resolves (its `fits` holds for that gender's people). */
const fitsPronounWord = (pronoun: string, fits: (p: Person) => boolean): boolean =>
  fits({ name: '', role: null, surname: '', first: 0, gender: /^he$/i.test(pronoun) ? 'male' : 'female' });

/** "he" or "she", as a whole subject. */
export const isPronoun = (word: string): boolean => /^(?:he|she)$/i.test(word);

/** Whether a person may be the one "he" or "she" means: of that gender, or of none the text shows. */
export function fitsPronoun(pronoun: string): (p: Person) => boolean {
  const gender = /^he$/i.test(pronoun) ? 'male' : 'female';
  return (p) => p.gender === null || p.gender === gender;
}

export function resolvePronoun(pronoun: string, ctx: PronounContext, position: Position): Person | null {
  const fits = fitsPronoun(pronoun);
  const last = ctx.last !== null && fits(ctx.last) ? ctx.last : null;
  // A running speaker known only by the word before "said" may be a group ("Human Rights Watch said"): a person
  // named earlier comes first then (scrapinghub aljazeera page: "…," he told settler leaders, after Netanyahu; case in speakers.test.ts).
  const known = last !== null && ctx.people.includes(last);
  // Only for a pronoun that opens its paragraph's attribution: a quote later in a paragraph has its subject in the paragraph.
  const opening = position.offset <= (ctx.paragraphs[position.paragraph] ?? '').search(QUOTE_MARK);
  return subjectBefore(ctx, position, fits) ?? (opening ? narratedBefore(ctx, position, fits) : null) ?? (known ? last : null)
    ?? lastMentioned(ctx, position, fits) ?? last;
}
