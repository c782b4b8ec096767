// Headline, byline and publication date: a cascade over what the page
// declares (JSON-LD, Open Graph/twitter/Dublin Core/parsely meta), then what
// the engine found in the text (headline and byline blocks), then <title>.
import { publishedDay, urlDay, writtenDay } from './dates.ts';
import { isDateOnly } from '../text/dates.ts';
import { AGENCY } from '../rules/agency-credit.ts';
import type { BylineCandidate, PageMeta } from '../types.ts';
import type { ArticleSpan } from './input.ts';
import { METADATA } from './thresholds.ts';
import { WORDS } from '../lexicon/index.ts';
import { articleObjects, authorName, mergedArticle, str } from './json-ld.ts';

export interface Metadata { headline: string | null; byline: string | null; published: string | null; description: string | null }

/** " - World - The Independent", " | Reuters", " — Site": a site name after the last separator. */
const TITLE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{2,60}$/;



/** A person's name as bylines print it: two to four capitalised words ("Rafael Antonio Pineda", "Daisy-Mae Schmitt"). */
const BYLINE_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";
/** The shapes of a byline among the short lines after the headline that no author element marks (test "finds a byline among the short lines…" in extract.test.ts; seen on naeb):
 * "By Simone M. Scully" (weather.com); a name closing a credit or dateline, "Photos and Story By David Colman"
 * (theautochannel), "posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda" (animenewsnetwork); a name glued
 * to its date, "Tyrese GriffinOct 17, 2023" (washingtonindependent). */
const DATELINE_BYLINES: readonly RegExp[] = [
  /^[Bb][Yy]\s+\p{Lu}.*/u,
  new RegExp(`(?<=\\b(?:[Ss]tory|[Pp]hotos?|[Ww]ords|[Tt]ext|[Ww]ritten|[Rr]eported|[Pp]osted|[Pp]ublished)\\b.*\\b[Bb]y\\s+)${BYLINE_NAME}$`, 'u'),
  new RegExp(`^${BYLINE_NAME}(?=${WORDS.capitalisedMonthWord}\\s+\\d)`, 'u'),
];

/** Bylines among the short lines after the headline: one of the shapes above, or a line that is only a name with
 * the story's date on the next line ("Kaitlin Serio" then "Dec 21, 2023": the same test; seen on naeb's purseblog and topgear pages). */
const NAME_LINE = new RegExp(`^${BYLINE_NAME}$`, 'u');

function datelineBylines(dateline: readonly string[]): string[] {
  return dateline.flatMap((line, i) => {
    const shaped = DATELINE_BYLINES.map((p) => p.exec(line)?.[0]).find((v) => v !== undefined);
    if (shaped !== undefined) return [shaped];
    const next = dateline[i + 1];
    return NAME_LINE.test(line) && next !== undefined && writtenDay(next) !== null ? [line] : [];
  });
}

const MONTH = WORDS.monthWord;
/** A date or time trailing the name: "Steven Musil January 18", "Joshua Sokol May 20", "Aleš Vávra před 2 hodinami",
 * glued month first ("Ann HartNovember 15"),
 * or glued to it where the page's spans had no space between them ("Lucas Nolan22 Dec 2016651", readability breitbart page; case in extract.test.ts). */
const TRAILING_DATE = new RegExp(`(?:(?<=\\p{L})(?=\\d{1,2}\\s+${MONTH}\\s+\\d)|(?<=\\p{Ll})(?=${WORDS.capitalisedMonthWord}\\s+\\d)|\\s+)(?:${MONTH}\\s+\\d{1,2}\\b.*|\\d{1,2}\\s+${MONTH}.*|(?:před|vor|il y a|hace)\\s+\\d.*|\\d+\\s+(?:hours?|minutes?|days?)\\s+ago.*)$`, 'iu');
/** Nothing but a date or update note ("Sept. 25", "Last Updated: January 7", "Published November 20th"). */
const ONLY_DATE = new RegExp(`^(?:(?:last\\s+)?(?:updated|published|posted)(?:\\s+on)?:?\\s*)?(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|$)`, 'iu');

/** A newsroom role after the names, after a comma, a space or glued, two words of name before it: "Greg Beacham, Ap Sports
 * Writer", "Michael HiltzikBusiness Columnist" (extract.test.ts "drops a newsroom role or the site's name after the names"). */
const NEWSROOM_ROLE = new RegExp(`(?<=\\p{L}\\S*\\s+\\S*\\p{L})(?:,|(?<=\\p{Ll})(?=\\p{Lu})|\\s)\\s*(?:[\\p{L}.&-]+\\s+){0,3}${WORDS.bylineRole}$`, 'u');

/** A weekday after the names, spaced after "on" or glued: "Minh Do on Monday", "Jeff FoustMonday" (extract.test.ts
 * "drops a weekday, a publication time, a site after a full stop, and a glued agency"). */
const WEEKDAY_AFTER = new RegExp(`(?<=\\p{L}\\S*\\s+\\S*\\p{L})(?:\\s+on\\s+|(?<=\\p{Ll})|\\s+)${WORDS.weekdayName}\\b.*$`, 'u');
/** "… Published 2:16 AM EST Nov 20, 2019": a time or date label after the names, with no separator (same test). */
const PUBLISHED_AFTER = /\s+(?:published|updated|posted)\s+(?=\d|\p{Lu}\p{Ll}{2})[\s\S]*$/iu;

/** What sits around the names in a byline, removed in this order (seen on naeb pages of 2023 unless said; cases in
 * extract.test.ts, “drops By, trailing dates and relative times…” and those after it). */
const BYLINE_NOISE: readonly RegExp[] = [
  /^[\s—–-]+/, // a dash before an agency's byline: "— Najib Jobain, Associated Press"
  /^(?:review|words|story|text|reporting|analysis|posted|written|published)\s+(?=by\s)/i, // "Review by Rick Lane", "Posted by …"
  /^\s*(?:by|von|par|por)\s+/i,
  /\s*(?:\|\s*)?[\w.+-]+@[\w-]+\.[\w.]+/g, // an e-mail: "Anneice Coady | acoady@mlive.com"
  /\s*\|\s*sponsored\b[\s\S]*$/i,
  /\s*\b(?:last\s+)?(?:published|updated|posted):?\s*$/i, // a label left after the name: "… Last Updated:"
  /(?<=\p{Ll})(?:published|updated|posted):?\s*$/iu,
  NEWSROOM_ROLE,
  WEEKDAY_AFTER,
  PUBLISHED_AFTER,
  /(?<=\p{L})\s*@[\w.]+$/u, // a handle after the name: "Chris Pike@SiteName"
  /\s+[A-Z]{2,5}(?:,\s*[A-Z]{2,5})+$/, // credentials: "Lauren Manaker MS, RDN, LD"
];

/** The outlet after the names: after a comma a domain, "The …" or capitalised words ending in a newsroom word
 * ("Jonathan Wasserman, Bleacher Report", "Javier Espinoza and Patricia Nilsson, Financial Times -"); after a
 * space only a domain or "The …" ("John O'connor The Associated Press", "Evan Orris NBA.com"). */
const OUTLET = /(?:,\s*(?:[\w-]+\.(?:com|org|net|co\.uk)|the\s+[\p{Lu}][\p{L}&.' -]*|(?:[\p{Lu}][\p{L}.'&-]*\s+)*(?:press|times|news|report|journal|telegraph|gazette|tribune|reporter|daily|staff))|\s+(?:[\w-]+\.(?:com|org|net|co\.uk)|the\s+[\p{Lu}][\p{L}&.' -]*))(?:\s+staff(?:\s+reporter|\s+writer)?)?\s*[-–—]?\s*$/iu;

/** "Courtney CarrCourtney Carr", "Najib Jobain Najib Jobain": a name the page printed twice. */
function once(text: string): string {
  const half = text.length / 2;
  const a = text.slice(0, Math.floor(half)).trim();
  const b = text.slice(Math.ceil(half)).trim();
  return Number.isInteger(half) || text[Math.floor(half)] === ' ' ? (a === b && a !== '' ? a : text) : text;
}

function stripNoise(text: string): string {
  let clean = text;
  for (const noise of BYLINE_NOISE) clean = clean.replace(noise, '');
  return clean.trim();
}

const LEADING = /[\s,]/;
const TRAILING = /[\s,|\-–—]/;
/** Words without the commas and spaces before them and the separators and spaces after, in one scan. */
function trimSeparators(text: string): string {
  let start = 0;
  while (start < text.length && LEADING.test(text.charAt(start))) start += 1;
  return withoutTrailingSeparators(text.slice(start));
}

/** The text without the separators and spaces after it, in one scan. */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** The names before an outlet; an agency alone ("— Associated Press Associated Press") is the byline: no person is named. */
function withoutOutlet(text: string): string {
  const outlet = OUTLET.exec(text);
  if (outlet === null) return text;
  const agency = once(trimSeparators(outlet[0]).replace(/^the\s+/i, ''));
  return text.slice(0, outlet.index).trim() || (AGENCY.test(agency) ? agency : '');
}

/** A run of capitals after the names: a network's credit ("Craig Meyer USA TODAY NETWORK": test "drops the site's own name or a network credit…" in extract.test.ts; seen on naeb/dbbf9717). */
const CAPS_CREDIT = /(?<=\S\s+\S+)\s+(?:[\p{Lu}&]{2,}\s+)+[\p{Lu}&]{2,}$/u;

/** The site glued after the names, with or without its "The": by its name ("Bob Condotta Seattle Times" on The Seattle
 * Times, "Kaitlyn McCormick Cherry Hill Courier-Post": the same test; seen on naeb's Gannett pages), or, two words at
 * least since one may be a surname, by its host ("Ann Hart Harbor Today" on harbortoday.com); two words of name stay. */
function withoutOwnSite(text: string, siteName: string | undefined, site: readonly string[]): string {
  const name = squeezed(siteName?.replace(/^the\s+/i, '') ?? '');
  const words = text.split(' ');
  for (let from = METADATA.bylineMinWordsWithoutSite; from < words.length; from++) {
    const tail = squeezed(words.slice(from).join(' ').replace(/^the\s+/i, ''));
    if ((name !== '' && tail === name) || (words.length - from >= METADATA.bylineMinWordsWithoutSite && site.includes(tail))) {
      return withoutTrailingSeparators(words.slice(0, from).join(' ')).replace(/(?<=\p{Ll}{2})\.$/u, '');
    }
  }
  return text;
}

/** The words of a name joined and lower-cased, to compare "Business Insider" with businessinsider.com. */
const squeezed = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');

/** Trailing comma parts that name no author: one word that is no abbreviation ("Ann Lee, Futurism"; "Ph.D." stays), or the site itself, by its name or host
 * ("Ann Lee, Business Insider" on businessinsider.com); at least two words of name stay (extract.test.ts). */
function withoutSiteCredit(text: string, site: readonly string[]): string {
  const parts = text.split(PART_BREAK).map((part) => part.trim());
  const names = (n: number): number => parts.slice(0, n).join(' ').split(/\s+/).length;
  const credit = (part: string): boolean => {
    const words = squeezed(part);
    return /^[^\s.]+$/.test(part) || (words !== '' && site.some((s) => s !== '' && s.startsWith(words))) || startsWithSite(part.split(/\s+/), site);
  };
  while (parts.length > 1 && credit(parts[parts.length - 1] ?? '') && names(parts.length - 1) >= METADATA.bylineMinWordsWithoutSite) parts.pop();
  return parts.join(', ');
}

/** Where a byline's parts break: a comma, or a full stop after a word ("Ann Lee. Harbor Daily"), not after an initial. */
const PART_BREAK = /,|(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u;
/** Capitals glued to a capitalised word: "JILL LAWLESSAssociated Press". */
const CAPS_GLUE = /(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu;
/** The most words an agency's name takes ("Agence France-Presse", "Associated Press"). */
const AGENCY_MAX_WORDS = 3;

/** An agency named after the names, spaced or glued: "Danica Kirka and Jill LawlessAssociated Press" (extract.test.ts). */
function withoutAgency(text: string): string {
  const words = text.replace(CAPS_GLUE, ' ').split(/\s+/);
  for (let n = AGENCY_MAX_WORDS; n >= 1; n--) {
    if (words.length - n >= METADATA.bylineMinWordsWithoutSite && AGENCY.test(words.slice(-n).join(' '))) return words.slice(0, -n).join(' ');
  }
  return text;
}

/** Whether the first words of a part, joined, are the site ("Sputnik International" on Sputnik). */
const startsWithSite = (words: readonly string[], site: readonly string[]): boolean =>
  words.some((_, i) => site.includes(squeezed(words.slice(0, i + 1).join(' '))));

/** The site's name and the labels of its host, squeezed: what a credit naming the site reads as. */
export function siteWords(siteName: string | undefined, url: string | null | undefined): string[] {
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url ?? '')?.[1] ?? '';
  return [squeezed(siteName ?? ''), ...host.split('.').slice(0, -1)].filter((s) => s.length >= METADATA.siteCreditMinChars);
}

export function cleanByline(text: string | null, siteName?: string, site: readonly string[] = siteWords(siteName, null)): string | null {
  if (text === null) return null;
  const dated = text.slice(0, METADATA.bylineMaxChars).replace(/\s+/g, ' ').replace(/\s*[|,•·]\s*(updated|published|posted)?\s*[\p{L}]*\s*\d{1,2}.*$/iu, '');
  const named = withoutOwnSite(stripNoise(stripNoise(dated).replace(TRAILING_DATE, '')), siteName, site).replace(CAPS_CREDIT, '');
  const clean = withoutAgency(withoutSiteCredit(withoutOutlet(once(named)), site));
  if (clean === '' || /^\d/.test(clean) || ONLY_DATE.test(clean) || clean.split(/\s+/).length > METADATA.bylineMaxWords || /[<>{}]/.test(clean)) return null;
  return clean;
}

const first = (...values: (string | null | undefined)[]): string | null => values.find((v) => v !== null && v !== undefined && v !== '') ?? null;


const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** At least `share` of `own` words occur in the `others` titles. */
function sharesWords(own: readonly string[], others: readonly string[], share: number): boolean {
  const words = new Set(others.flatMap(wordsOf));
  return own.filter((w) => words.has(w)).length >= own.length * share;
}

/** A JSON-LD "headline" the page's other titles do not echo is a description, not the headline
 * (readability wikipedia pages: "Wikimedia list article" on "List of films featuring time loops"; case in extract.test.ts). */
function agreeing(headline: string | null | undefined, others: readonly (string | null | undefined)[]): string | null {
  if (headline === undefined || headline === null || headline === '') return null;
  const known = others.filter((o): o is string => typeof o === 'string' && o !== '');
  if (known.length === 0) return headline;
  return sharesWords(wordsOf(headline), known, METADATA.ldHeadlineAgreement) ? headline : null;
}

const TRUNCATED = /(?:\.\.\.|…)\s*$/;

/** The headline the page shows (its header block) before the declared ones, when it is the same story's
 * title worded for readers: most of its words are in a declared title ("Beyoncé sparkles as she makes surprise
 * appearance…" beside "Beyoncé Makes Surprise Appearance…"), or a declared one is cut short with an ellipsis.
 * A block that shares little with them (a date, a section label, another story) is left to the fallbacks. */
function displayed(block: string | null, declared: readonly (string | null | undefined)[]): string | null {
  const known = declared.filter((d): d is string => typeof d === 'string' && d.trim() !== '');
  if (block === null || known.length === 0) return null;
  const own = wordsOf(block);
  if (own.length < METADATA.displayedMinWords) return null;
  const truncated = known.some((k) => TRUNCATED.test(k) && block.startsWith(k.replace(TRUNCATED, '').trim().slice(0, METADATA.truncatedPrefixChars)));
  return truncated || sharesWords(own, known, METADATA.displayedAgreement) ? block : null;
}

/** og:title or twitter:title without the site name, when the <title> ends with the same one ("Mozilla - Wikipedia"; naeb novuslight pages: " - Novus Light Today"; case in extract.test.ts). */
function withoutSiteName(og: string | undefined, title: string | undefined): string | undefined {
  const suffix = og === undefined ? undefined : TITLE_SUFFIX.exec(og)?.[0];
  return og !== undefined && suffix !== undefined && title?.endsWith(suffix) === true ? og.slice(0, -suffix.length).trim() : og;
}


/** Author elements inside the article first, then the rest in page order: a sidebar of followable
 * authors before the story is not its byline (readability yahoo-2 page; case in extract.test.ts). */
function bylineTexts(candidates: readonly BylineCandidate[], span: ArticleSpan | null): string[] {
  const inside = (c: BylineCandidate): boolean => span !== null && c.block >= span.from - METADATA.bylineLookbehind && c.block <= span.to;
  return [...candidates.filter(inside), ...candidates.filter((c) => !inside(c))].map((c) => c.text);
}

/** What metadata is read from: the page's declared fields, and what the engine found in its blocks. */
export interface MetadataInput {
  meta?: PageMeta | undefined;
  /** The text of the block the engine took for the headline, and for the byline. */
  headlineBlock?: string | null;
  bylineBlock?: string | null;
  /** The page's <title>, and its first <h1>. */
  title?: string | undefined;
  pageH1?: string | null;
  /** The article's first and last block: bylines inside it are the story's. */
  span?: ArticleSpan | null;
  /** Lines from the article's head that may carry a byline or a date. */
  dateline?: readonly string[];
}

type Declared = Record<string, string | undefined>;

/** The headline: the one the page shows, when a declared title agrees with it; else the declared ones, in order. */
function headlineOf(x: MetadataInput, m: Declared, ld: Record<string, unknown>): string | null {
  const { title } = x;
  // A block that is only a date ("August 13, 2018" over a blog post) heads the page but is no headline (extract.test.ts).
  const headlineBlock = x.headlineBlock === undefined || x.headlineBlock === null || isDateOnly(x.headlineBlock) ? null : x.headlineBlock;
  const titleHeadline = title === undefined || title === '' ? null : title.replace(TITLE_SUFFIX, '').replace(TITLE_SUFFIX, '').trim();
  return first(displayed(headlineBlock ?? x.pageH1 ?? null, [str(ld.headline), m['og:title'], title, m['twitter:title']]),
    agreeing(str(ld.headline), [m['og:title'], title, headlineBlock]), m['dc.title'], withoutSiteName(m['og:title'], title),
    withoutSiteName(m['twitter:title'], title), m['parsely-title'], headlineBlock, titleHeadline);
}

/** The first candidate that is still a name once dates and "By" are gone; an organisation as author comes last. */
function bylineOf(x: MetadataInput, m: Declared, ld: Record<string, unknown>, authorTexts: readonly string[]): string | null {
  const site = siteWords(m['og:site_name'], x.meta?.canonical ?? m['og:url']);
  return [authorName(ld.author), m['dc.creator'], m.author, m.byl, authorName(m['article:author'] ?? null), m['parsely-author'],
    ...authorTexts, ...datelineBylines(x.dateline ?? []), x.bylineBlock ?? null, authorName(ld.author, true)]
    .map((v) => cleanByline(v ?? null, m['og:site_name'], site)).find((v) => v !== null) ?? null;
}

/** The day published: declared, read as the page shows it near the byline; else the day in the URL. */
function publishedOf(x: MetadataInput, m: Declared, ld: Record<string, unknown>, authorTexts: readonly string[]): string | null {
  const declared = first(str(ld.datePublished), m['article:published_time'], m['og:published_time'], m['parsely-pub-date'], m['dc.date'],
    m['dc.date.issued'], m.date, x.meta?.timeDatetime ?? null);
  const near = [x.bylineBlock ?? null, ...authorTexts.slice(0, METADATA.dateAuthorTexts), ...(x.dateline ?? [])];
  return publishedDay(declared, near, x.meta?.timeText ?? null) ?? urlDay(x.meta?.canonical ?? m['og:url']);
}

export function extractMetadata(x: MetadataInput): Metadata {
  const m: Declared = x.meta?.meta ?? {};
  const ld = mergedArticle(articleObjects(x.meta?.jsonLd ?? []));
  const authorTexts = bylineTexts(x.meta?.bylines ?? [], x.span ?? null);
  return {
    headline: headlineOf(x, m, ld),
    byline: bylineOf(x, m, ld, authorTexts),
    published: publishedOf(x, m, ld, authorTexts),
    description: first(str(ld.description), m['og:description'], m.description, m['twitter:description']),
  };
}
