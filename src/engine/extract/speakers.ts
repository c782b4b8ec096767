// Quoted speakers: each direct quote is attributed by the words around it —
// `"…," Kerry said`, `said Kerry`, `he said, "…"`, `what he described as "…"`,
// `according to …` — and a quote paragraph with no attribution continues the
// previous speaker. Names resolve to the person first introduced in full.
import { splitNameRole } from './name-role.ts';
import { findPeople, fullNameIn, INTERVIEW_WITH, isFunctionWord, looksPersonal, OF_PLACE, resolveName, type Person } from './people.ts';
import { ACCORDING_TO, AFTER, AFTER_FULL_STOP, AFTER_PIECE_NAMES, BEFORE, COLON_LEAD, DASH_AFTER, POSSESSIVE_LEAD, FULL_NAME, IN_SENTENCE, NAME_PARTICIPLE, NOT_A_PERSON_AFTER, PANEL_LEAD, PREVIOUS_SENTENCE, SAYING_LEAD } from './attribution.ts';
import { findQuotes, type Quote } from './quotes.ts';
import { fitsPronoun, isPronoun, lastChars, lastNamed, lastSentence, resolvePronoun, sentenceStart, withoutQuotes, type Position, type PronounContext } from './pronouns.ts';
import { QUOTES } from './thresholds.ts';

export interface Speaker { name: string; role: string | null; quotes: string[] }

/** The person as the popup lists them: office words in front of the name go to the role. */
function asSpeaker(person: Person): Speaker {
  const { name, role } = splitNameRole(person.name);
  return { name, role: role === null ? person.role : person.role === null ? role : `${role}, ${person.role}`, quotes: [] };
}


type Context = PronounContext;
/** "Mitch McConnell of Kentucky": the attribution patterns take the place along with the name. */
const OF_PLACE_END = new RegExp(`${OF_PLACE}$`, 'u');
/** "RedMonk’s Stephens": the possessive names where the person works (scrapinghub gitlab-blog page; case in speaker-subjects.test.ts). */
const LEADING_POSSESSIVE = /^[\p{L}-]+['’]s\s+(?=\p{Lu}\p{Ll})/u;

/** A sentence opener taken into the name: "As Ryan acknowledges" names Ryan, "In Texas, …" no "In" (issue #15's
 * junk names). Only words that are never given names: a stopword list would cut "Will Smith". */
const OPENER = /^(?:As|In|On|At|For|With|From|When|While|After|Before|If|Since|Although|Though|Because|Unlike|Unless|Until|Once|Then|Also|Still|Yet)\s+(?=\p{Lu})/u;

/** The name an attribution pattern found, without its place, its employer or a sentence opener. */
const cleanSubject = (found: string): string => found.replace(OF_PLACE_END, '').replace(LEADING_POSSESSIVE, '').replace(OPENER, '');

const THE_OFFICE = /^the\s+(?:former\s+|late\s+)?/i;
/** An age standing for a person: "the 25-year-old". */
const AGE = /^\d{1,3}-year-old$/;
/** "the (former) prime minister": the office a subject names, lower case; null for any other subject. */
function officeOf(subject: string): string | null {
  const the = THE_OFFICE.exec(subject);
  const office = the === null ? '' : subject.slice(the[0].length);
  return office === '' || /[\n\r\u2028\u2029]/u.test(office) ? null : office.toLowerCase();
}

function personFor(found: string | undefined, ctx: Context, position: Position): Person | null {
  // "Swift's rep told Fox News": a possessive names whose spokesperson speaks, not the speaker.
  if (found === undefined || /['’]s$/u.test(found)) return null;
  const subject = cleanSubject(found);
  const office = officeOf(subject);
  if (office !== null) return ctx.people.find((p) => p.role?.toLowerCase().includes(office) === true) ?? (AGE.test(office) ? lastNamed(ctx, position) : storySubject(ctx));
  if (isPronoun(subject)) return spokeEarlier(subject, ctx, position) ?? resolvePronoun(subject, ctx, position);
  return resolveName(subject, ctx.people, { paragraphs: ctx.paragraphs, ...position }) ?? unlisted(subject, ctx);
}

/** A speaker the people model does not hold ("Garten said", the cook named "Ina Garten" only in a caption-like line):
 * by full name where the story gives one with a known given name (naeb unseen 9f8c082c; case in speakers.test.ts). */
function unlisted(subject: string, ctx: Context): Person {
  const full = /^\p{Lu}[\p{L}'’-]+$/u.test(subject) ? fullNameIn(ctx.paragraphs, subject) : null;
  return { name: full?.name ?? subject, role: null, surname: subject, first: Infinity, gender: full?.gender ?? null };
}

/** "he added" after an earlier sentence of the paragraph in which a named person spoke: that speaker, before anyone
 * the pronoun's own sentence mentions ("… Alfredo Izaguirre, stressed to reporters that … Had Palacios not been
 * informed …, he added, “…”", naeb dev 8b4d7915; case in speakers.test.ts). */
function spokeEarlier(pronoun: string, ctx: Context, position: Position): Person | null {
  const paragraph = ctx.paragraphs[position.paragraph] ?? '';
  const before = paragraph.slice(0, sentenceStart(paragraph.slice(0, position.offset)));
  const subject = speakerIn(withoutQuotes(lastChars(before, QUOTES.attributionWindowChars)), ctx)?.groups?.s;
  // Someone the people model does not hold still spoke there: "PlutoPete told me … “…,” he lamented" (readability keep-ima; case in speakers.test.ts).
  const person = subject === undefined || isPronoun(subject) ? undefined
    : resolveName(cleanSubject(subject), ctx.people) ?? (looksPersonal(subject) ? unlisted(cleanSubject(subject), ctx) : undefined);
  return person !== undefined && fitsPronoun(pronoun)(person) ? person : null;
}

/** An interview's opening ("I spoke with Neil Cohen, Head of …, about …": test "gives an interview's unattributed quote paragraphs…" in speakers.test.ts) names who the
 * unattributed quote paragraphs under its section heads are from. */
function interviewee(ctx: Context): Person | null {
  for (const p of ctx.paragraphs.slice(0, QUOTES.interviewParagraphs)) {
    const name = INTERVIEW_WITH.exec(p)?.groups?.name;
    if (name !== undefined) return resolveName(name, ctx.people) ?? null;
  }
  return null;
}

/** The person the story opens with ("Rishi Sunak is under fire …"): an office nobody was introduced with ("the
 * prime minister said") is theirs, as a reader takes it (naeb dev 760a6897; case in speakers.test.ts). */
const storySubject = (ctx: Context): Person | null => ctx.people.find((p) => p.first === 0 && p.role === null) ?? null;

/** A subject that names someone the article introduced; a capitalised word alone is no speaker here. */
function knownSubject(subject: string | undefined, ctx: Context, position: Position): Person | null {
  // No he/she here: "She apologizes to her family …: “I pushed you away …”" is a song's line (scrapinghub 3d8f3404 page; case in speaker-subjects.test.ts).
  if (subject === undefined || resolveName(cleanSubject(subject), ctx.people) === undefined) return null;
  return personFor(subject, ctx, position);
}

/** The first full name in a text that names a person. */
function firstFullName(text: string, ctx: Context, position: Position): Person | null {
  for (const m of text.matchAll(FULL_NAME)) if (looksPersonal(m[0])) return personFor(m[0], ctx, position);
  return null;
}

/** Of a global pattern's matches, the last whose subject is a known person or a pronoun, else the last: the
 * attribution nearest the quote ("Brass said Heuermann told her “…”": test "takes the attribution nearest the quote…" in speakers.test.ts), a person before a group
 * their role names ("Gil Hoffman, the executive director of Honest Reporting, a … watchdog, says": test "takes the person, not the group…"). */
function nearest(pattern: RegExp, text: string, ctx: Context): RegExpMatchArray | undefined {
  // A subject inside an earlier one's apposition ("…, the executive director of Honest Reporting, …") is no subject.
  let covered = -1;
  const all = [...text.matchAll(pattern)].filter((m) => {
    const inside = m.index < covered;
    covered = Math.max(covered, m.index + (m.groups?.s?.length ?? 0) + (m.groups?.apposition?.length ?? 0));
    return !inside;
  });
  const isKnown = (m: RegExpMatchArray): boolean => {
    const s = m.groups?.s ?? '';
    return isPronoun(s) || resolveName(s, ctx.people) !== undefined;
  };
  return all.filter(isKnown).pop() ?? all.pop();
}

/** The last "X said" in a text, a known person or a pronoun first: "Pompeo said that … Washington had concluded
 * the settlements were "…"" is Pompeo's (scrapinghub aljazeera page; case in speakers.test.ts). */
const speakerIn = (text: string, ctx: Context): RegExpMatchArray | undefined => nearest(IN_SENTENCE, text, ctx);

/** The whole sentence before the quote's own: "The tuft cell, Herbert said, is constantly sensing … “Once some of
 * those …”", "… Howitt says. Just because …, “that doesn't mean …”" (scrapinghub quantamagazine page; case in attribution-pieces.test.ts). */
const previousSentence = (lead: string): string => lastSentence(lead)?.words ?? '';

function attribute(quote: Quote, ctx: Context): Person | null {
  const opening = ctx.paragraphs[quote.paragraph] ?? '';
  const closing = ctx.paragraphs[quote.endParagraph] ?? '';
  const position = { paragraph: quote.paragraph, offset: quote.open };
  const signed = personFor(DASH_AFTER.exec(closing.slice(quote.close))?.groups?.s, ctx, position);
  if (signed) return signed;
  const after = (/\.\s*$/.test(quote.text) ? AFTER_FULL_STOP : AFTER).exec(closing.slice(quote.close));
  if (after?.groups) {
    const groups = after.groups;
    // One piece of the alternation matched, so one group is set.
    const found = personFor(AFTER_PIECE_NAMES.map((piece) => groups[piece]).find((g) => g !== undefined), ctx, position);
    if (found) return found;
  }
  if (NOT_A_PERSON_AFTER.test(closing.slice(quote.close))) return null;
  const lead = opening.slice(0, quote.open);
  const sentenceLead = lead.slice(sentenceStart(lead));
  // Patterns read only the end of the lead: an attribution sits right before its quote.
  const near = lastChars(sentenceLead, QUOTES.attributionWindowChars);
  // The sentence before the quote may be the attribution: `“Amazing,” Davis said. “To be able…”`.
  const before = PANEL_LEAD.exec(near) ?? nearest(BEFORE, near, ctx) ?? NAME_PARTICIPLE.exec(near) ?? speakerIn(near, ctx) ?? ACCORDING_TO.exec(near)
    ?? PREVIOUS_SENTENCE.exec(lastChars(lead, QUOTES.attributionWindowChars))
    ?? speakerIn(previousSentence(lead.slice(0, lead.length - sentenceLead.length)), ctx);
  const owned = POSSESSIVE_LEAD.exec(near)?.groups;
  const byLead = personFor(before?.groups?.s, ctx, position) ?? personFor(owned?.s ?? owned?.t, ctx, position) ?? knownSubject(COLON_LEAD.exec(near)?.groups?.s, ctx, position)
    ?? (SAYING_LEAD.test(near) ? firstFullName(near, ctx, position) : null);
  if (byLead) return byLead;
  if (!quote.standalone) return null;
  return handedOver(quote, ctx) ?? ctx.last;
}

/** A quote paragraph after narration that hands over to it with a colon: "Taylor Swift stopped a show … She said:"
 * then "“It really freaks me out …”" (naeb dev 0b3c6d6a; case in attribution-pieces.test.ts). The colon says the next paragraph is the speech. Without
 * the colon, a last sentence that is itself an act of speech hands over too: "Before what happened, she told him what
 * she thought about working on the movie." then the quote paragraph (same page). */
function handedOver(quote: Quote, ctx: Context): Person | null {
  const previous = (ctx.paragraphs[quote.paragraph - 1] ?? '').trimEnd();
  if (/["“”]/.test(previous)) return null;
  const position = { paragraph: quote.paragraph - 1, offset: previous.length };
  const last = lastChars(previous.slice(sentenceStart(previous.slice(0, -1))), QUOTES.attributionWindowChars);
  if (!previous.endsWith(':')) return personFor(speakerIn(last, ctx)?.groups?.s, ctx, position);
  const found = PREVIOUS_SENTENCE.exec(last) ?? nearest(BEFORE, last, ctx) ?? speakerIn(last, ctx);
  return personFor(found?.groups?.s, ctx, position) ?? knownSubject(COLON_LEAD.exec(last)?.groups?.s, ctx, position);
}

/** A quote with no attribution of its own in a paragraph where another quote has one: `"A," X said. "B."` */
function sameParagraph(quotes: readonly Quote[], found: readonly (Person | null)[], i: number): Person | null {
  const at = quotes[i]?.paragraph;
  // Quotes come in page order, so the paragraph's others are the neighbours either side.
  for (let d = 1; quotes[i - d]?.paragraph === at || quotes[i + d]?.paragraph === at; d++) {
    for (const j of [i - d, i + d]) {
      if (quotes[j]?.paragraph === at && found[j]) return found[j];
    }
  }
  return null;
}

/** A known person opening a sentence as its subject: "Hollerich spoke of how …", "Emery retweeted the story, saying, “…”". */
const SENTENCE_SUBJECT = /^\s*(?<s>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?=\p{Ll})/u;

/** He or she opening a sentence as its subject: "She remembers pulling up her application …". */
const PRONOUN_SUBJECT = /^\s*(?<s>[Hh]e|[Ss]he)\s+(?=\p{Ll})/u;

/** A lead that hands over to its quote: it ends with a comma or a colon. */
const HANDS_OVER = /[,:]\s*$/;

/** A quote nothing attributes, set in a sentence whose subject is a person the story introduced, or right after one in
 * its paragraph: the narrated person speaks ("Hollerich spoke of how communion and mission are interrelated. “Communion
 * is not closed …”"; test "gives a quote in narration to the person it narrates" in speakers.test.ts). */
function narratedBy(quote: Quote, ctx: Context): Person | null {
  const lead = (ctx.paragraphs[quote.paragraph] ?? '').slice(0, quote.open);
  const own = lead.slice(sentenceStart(lead));
  // Inside its sentence, the quote must be handed over ("…, saying,", "… the synod:"), not be a title or an object
  // ("hit singles like “What a Fool Believes.”"), and no "that" clause may bring in another subject ("Schiff believes
  // that … the public will scream, “…”": scrapinghub heldout f5c90a6d).
  const opensSentence = own.trim() === '';
  if (!opensSentence && (!HANDS_OVER.test(own) || /\bthat\b/.test(own))) return null;
  const sentence = opensSentence ? previousSentence(lead) : own;
  const subject = SENTENCE_SUBJECT.exec(sentence)?.groups?.s;
  const position = { paragraph: quote.paragraph, offset: quote.open };
  // A he/she only from the sentence before: "She apologizes to her family …: “I pushed you away …”" is a song's line
  // (scrapinghub 3d8f3404; case in speaker-subjects.test.ts).
  const pronoun = opensSentence ? PRONOUN_SUBJECT.exec(sentence)?.groups?.s : undefined;
  if (pronoun !== undefined) return resolvePronoun(pronoun, ctx, position);
  // "My mother once spotted me … and said, “…”": a function word opens no name (naeb dev 00da2dd6).
  return subject === undefined || isFunctionWord(subject.split(/\s/)[0] ?? '') ? null : resolveName(cleanSubject(subject), ctx.people, { paragraphs: ctx.paragraphs, ...position }) ?? null;
}

/** Quote words, lower-case, for comparing a partial quote with the full one it repeats. */
const quoteWords = (text: string): string => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/** A quote with no attribution that repeats part of an attributed one is the same person's: `Grisham … has given
 * "plenty of on-the-record statements …"` after `… Grisham told CNN. "I've given plenty of on-the-record statements …"`
 * (test "give a partial quote that repeats an attributed one to the same person…" in speakers.test.ts). */
function repeated(words: readonly string[], found: readonly (Person | null)[], i: number): Person | null {
  const own = words[i] ?? '';
  const j = words.findIndex((w, k) => k !== i && found[k] !== null && w.includes(own));
  return j < 0 ? null : found[j] ?? null;
}


export function extractSpeakers(article: readonly string[]): Speaker[] {
  const paragraphs = article.map((p) => p.slice(0, QUOTES.maxParagraphChars));
  const ctx: Context = { paragraphs, people: findPeople(paragraphs), last: null };
  const quotes = findQuotes(paragraphs).slice(0, QUOTES.maxQuotes);
  const words = quotes.map((q) => quoteWords(q.text));
  // Each quote's own attribution first, from its text alone: no running speaker.
  const own = quotes.map((q) => attribute(q, { ...ctx, last: null }));
  const found: (Person | null)[] = [];
  for (const [i, quote] of quotes.entries()) {
    // Last, a quote follows one its paragraph gave away earlier in this pass: `“Oh, actually? Yes,” he assures himself. “…”`.
    const person = own[i] ?? sameParagraph(quotes, own, i) ?? attribute(quote, ctx) ?? sameParagraph(quotes, found, i)
      ?? narratedBy(quote, ctx) ?? (quote.standalone ? interviewee(ctx) : null);
    if (person !== null) ctx.last = person;
    found.push(person);
  }
  const speakers = new Map<string, Speaker>();
  // The same words twice (a pull quote, a standfirst repeating the body) are listed once per speaker.
  const listed = new Set<string>();
  for (const [i, quote] of quotes.entries()) {
    const person = found[i] ?? repeated(words, found, i);
    const key = `${person?.name ?? ''}\n${words[i] ?? ''}`;
    if (person === null || listed.has(key)) continue;
    listed.add(key);
    const speaker = speakers.get(person.name) ?? asSpeaker(person);
    speaker.quotes.push(quote.text);
    speakers.set(person.name, speaker);
  }
  return [...speakers.values()];
}
