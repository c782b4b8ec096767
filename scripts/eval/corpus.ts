// Reads a corpus laid out as ../shared/corpus is (see its README): one folder
// per page with page.html, saved.txt and expected.json. The in-repository
// sample (tests/corpus) has the same layout with page.html and saved.txt
// gzipped; either form is read. Pages are decoded from their bytes as a browser
// would (BOM, then <meta charset>), since trafilatura's pages keep their own
// encoding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../src/cli/encoding.ts';

export interface Expected {
  text?: string;
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  publishedTime?: string | null;
  url?: string;
  /** trafilatura's truth: passages that must, and must not, be in the article. */
  with?: string[];
  without?: string[];
}

export interface CorpusPage {
  source: string;
  id: string;
  html: string;
  /** The page's saved text; null where the source has none (trafilatura). An empty file is '' (readability seattletimes-1). */
  text: string | null;
  expected: Expected & { text: string };
}

/** The corpus that travels with the code: a sample of every source, with its own floors. */
export const SAMPLE_DIR = join(process.cwd(), 'tests/corpus');
/** The whole corpus: DECLUTTER_CORPUS, or shared/ beside the checkout. */
export const FULL_DIR = process.env.DECLUTTER_CORPUS ?? join(process.cwd(), '../shared/corpus');
export const ALL_SOURCES = ['scrapinghub', 'readability', 'naeb', 'trafilatura'] as const;

export interface Corpus {
  dir: string;
  /** 'full' is the measure; 'sample' is the in-repository regression set. */
  kind: 'full' | 'sample';
  /** Where the floors for this corpus live. */
  floors: string;
}

export const SAMPLE: Corpus = { dir: SAMPLE_DIR, kind: 'sample', floors: join(SAMPLE_DIR, 'floors.json') };
const FULL: Corpus = { dir: FULL_DIR, kind: 'full', floors: 'quality-floors.json' };

/**
 * The corpus a run reads: `--sample` the in-repository one, `--full` the whole
 * (an error when absent), otherwise the whole when present and the sample with
 * a one-line notice when not.
 */
export function chooseCorpus(args: readonly string[]): Corpus {
  if (args.includes('--sample')) return SAMPLE;
  if (existsSync(FULL_DIR)) return FULL;
  if (args.includes('--full')) throw new Error(`full corpus not found at ${FULL_DIR} (set DECLUTTER_CORPUS)`);
  console.log(`full corpus not found at ${FULL_DIR} (set DECLUTTER_CORPUS): scoring the in-repository sample ${SAMPLE_DIR} against its own floors`);
  return SAMPLE;
}

/** A file of a page folder, plain or gzipped; null when neither is there. */
export function readPageFile(base: string, name: string): Buffer | null {
  if (existsSync(join(base, name))) return readFileSync(join(base, name));
  if (existsSync(join(base, `${name}.gz`))) return gunzipSync(readFileSync(join(base, `${name}.gz`)));
  return null;
}

export function readPage(dir: string, source: string, id: string): CorpusPage | null {
  const base = join(dir, source, id);
  const expected = readPageFile(base, 'expected.json');
  const html = readPageFile(base, 'page.html');
  if (expected === null || html === null) return null;
  const truth = JSON.parse(expected.toString('utf8')) as Expected;
  return {
    source, id,
    html: decodeHtml(html),
    text: readPageFile(base, 'saved.txt')?.toString('utf8') ?? null,
    expected: { ...truth, text: truth.text ?? '' },
  };
}

/** Page ids of a source, sorted; none when the source is not in this corpus. */
export function pageIds(dir: string, source: string): string[] {
  const at = join(dir, source);
  return existsSync(at) ? readdirSync(at, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
}

export function loadCorpus(sources: readonly string[] = ['scrapinghub', 'readability'], limit = Infinity, corpus: Corpus = existsSync(FULL_DIR) ? FULL : SAMPLE): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const source of sources) {
    for (const id of pageIds(corpus.dir, source).slice(0, limit)) {
      const page = readPage(corpus.dir, source, id);
      if (page !== null) pages.push(page);
    }
  }
  return pages;
}
