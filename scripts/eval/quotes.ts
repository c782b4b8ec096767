// Quote and speaker quality against eval/quotes.json: 40 corpus articles whose
// direct quotes were labelled by hand (see its "about"). Two runs: the speaker
// extractor on the ground-truth paragraphs (the extractor alone), and on the
// article Declutter extracts from the page's HTML (end to end).
import { readFileSync } from 'node:fs';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { inAnyLanguage } from '../../src/adapters/analyse.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { extractSpeakers, type Speaker } from '../../src/engine/extract/speakers.ts';
import { parseHtml } from '../../src/adapters/html/parse-html.ts';
import { readPage, SAMPLE, type Corpus } from './corpus.ts';

interface Label { start: string; speaker: string | null; type: 'person' | 'unnamed' | 'organisation' | 'not-speech' }
export interface Gold extends Label { text: string }
/** An article's corpus source defaults to scrapinghub, whose ground truth is a human-annotated body. */
interface Labels { articles: { id: string; source?: string; quotes: Label[] }[] }

/** Spans as the labelling found them: quote-mark runs of at least this many words, per paragraph. */
const MIN_SPAN_WORDS = 4;
/** A predicted quote matches a gold span when they share their first words, this many at most. */
const MATCH_WORDS = 6;

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function goldSpans(text: string): string[] {
  const out: string[] = [];
  for (const p of text.split(/\n+/).map((x) => x.trim()).filter(Boolean)) {
    let open: number | null = null;
    for (let j = 0; j < p.length; j++) {
      const ch = p.charAt(j);
      if (open === null && (ch === '“' || ch === '"')) open = j;
      else if (open !== null && (ch === '”' || ch === '"')) { out.push(p.slice(open + 1, j)); open = null; }
    }
    if (open !== null) out.push(p.slice(open + 1));
  }
  return out.filter((s) => s.split(/\s+/).filter(Boolean).length >= MIN_SPAN_WORDS);
}

const contains = (hay: readonly string[], needle: readonly string[]): boolean =>
  needle.length > 0 && hay.join(' ').includes(needle.join(' '));

function matches(predicted: string, gold: string): boolean {
  const p = words(predicted);
  const g = words(gold);
  return contains(p, g.slice(0, MATCH_WORDS)) || contains(g, p.slice(0, MATCH_WORDS));
}

const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** The predicted name names the labelled person: its last word is one of theirs ("Kennedy" for "James P. Kennedy Jr.", "Liu" for "Liu Xiaming"). */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const last = words(predicted).filter((w) => !SUFFIX.has(w)).at(-1);
  return last !== undefined && words(gold).includes(last);
}

export interface Tally { speech: number; person: number; predicted: number; correct: number; foundSpeech: number; foundPerson: number; rightSpeaker: number }

/** Which labelled span each predicted quote found, and by whom; predicted quotes that found none, or a not-speech span. */
export interface Matching { found: Map<Gold, string>; predicted: number; wrong: number }

export function matchQuotes(speakers: readonly Speaker[], gold: readonly Gold[]): Matching {
  const used = new Set<Gold>();
  const out: Matching = { found: new Map(), predicted: 0, wrong: 0 };
  for (const s of speakers) {
    // Shorter quotes are outside the labelled set (spans of MIN_SPAN_WORDS or more): neither right nor wrong.
    for (const quote of s.quotes.filter((q) => q.split(/\s+/).filter(Boolean).length >= MIN_SPAN_WORDS)) {
      out.predicted += 1;
      const first = gold.find((g) => !used.has(g) && matches(quote, g.text));
      if (first !== undefined) used.add(first);
      if (first === undefined || first.type === 'not-speech') { out.wrong += 1; continue; }
      out.found.set(first, s.name);
      // A quote that runs over paragraphs is one quote; the labels hold one span per paragraph, so it finds each later span it holds whole.
      const runsOn = (g: Gold): boolean => !used.has(g) && g.type !== 'not-speech' && !contains(words(first.text), words(g.text)) && contains(words(quote), words(g.text));
      for (const g of gold.filter(runsOn)) { used.add(g); out.found.set(g, s.name); }
      // The same words labelled twice (a standfirst repeating the body: naeb dev 910e244e) are listed once by design.
      const repeats = (g: Gold): boolean => !used.has(g) && g.type === first.type && words(g.text).join(' ') === words(first.text).join(' ');
      for (const g of gold.filter(repeats)) { used.add(g); out.found.set(g, s.name); }
    }
  }
  return out;
}

function score(tally: Tally, speakers: readonly Speaker[], gold: readonly Gold[]): void {
  const m = matchQuotes(speakers, gold);
  tally.predicted += m.predicted;
  tally.correct += m.predicted - m.wrong;
  for (const [g, name] of m.found) {
    tally.foundSpeech += 1;
    if (g.type === 'person') { tally.foundPerson += 1; if (sameSpeaker(name, g.speaker ?? '')) tally.rightSpeaker += 1; }
  }
  tally.speech += gold.filter((g) => g.type !== 'not-speech').length;
  tally.person += gold.filter((g) => g.type === 'person').length;
}

const blank = (): Tally => ({ speech: 0, person: 0, predicted: 0, correct: 0, foundSpeech: 0, foundPerson: 0, rightSpeaker: 0 });

/** One labelled article: its ground-truth paragraphs and its spans with their labels. */
export interface LabelledArticle { id: string; html: string; url: string | undefined; paragraphs: string[]; gold: Gold[] }

/** The labelled articles of `file` that `corpus` holds (the in-repository sample holds some of them). */
export function loadLabelled(file = 'eval/quotes.json', corpus: Corpus = SAMPLE): LabelledArticle[] {
  const labels = JSON.parse(readFileSync(file, 'utf8')) as Labels;
  return labels.articles.flatMap((article) => {
    const page = readPage(corpus.dir, article.source ?? 'scrapinghub', article.id);
    if (page === null) return [];
    const spans = goldSpans(page.expected.text);
    const gold = article.quotes.map((q, i): Gold => {
      const text = spans[i] ?? '';
      if (!text.trim().split(/\s+/).join(' ').startsWith(q.start)) throw new Error(`${file} is out of step with ${article.id} at quote ${i}`);
      return { ...q, text };
    });
    return [{ id: article.id, html: page.html, url: page.expected.url, paragraphs: page.expected.text.split(/\n+/).map((p) => p.trim()).filter(Boolean), gold }];
  });
}

export function evaluateQuotes(corpus: Corpus, file = 'eval/quotes.json', name = 'hand-labelled'): { groundTruth: Tally; html: Tally } | null {
  const articles = loadLabelled(file, corpus);
  if (articles.length === 0) return null;
  const runs = { groundTruth: blank(), html: blank() };
  for (const { html, url, paragraphs, gold } of articles) {
    score(runs.groundTruth, extractSpeakers(paragraphs), gold);
    const result = runEngine(inAnyLanguage(documentToBlocks(parseHtml(html, url)).input));
    score(runs.html, extractSpeakers(result.blocks.filter((c) => c.verdict === 'article' && (c.kind === 'body' || c.kind === 'standfirst')).map((c) => c.block.text)), gold);
  }
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`\nquotes (${articles.length} ${name} articles)   person-quote recall  speech recall  precision  speaker correct`);
  for (const [name, t] of Object.entries(runs)) {
    console.log(`  ${(name === 'html' ? 'HTML page, end to end' : 'ground-truth paragraphs').padEnd(38)} ${pct(t.foundPerson, t.person).padStart(8)} of ${t.person}  ${pct(t.foundSpeech, t.speech).padStart(6)} of ${t.speech}  ${pct(t.correct, t.predicted).padStart(7)} of ${t.predicted}  ${pct(t.rightSpeaker, t.foundPerson).padStart(7)}`);
  }
  return runs;
}
