// The systems compared on each page, timed on the same parsed Documents. The
// page is parsed once (jsdom parsing costs far more than any system), and
// the metadata both Declutter and Readability extract from it is handed back
// for meta.ts. Peers run only when asked (`peers`): Defuddle takes about a
// second a page in jsdom, so the gates run without it.
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { inAnyLanguage } from '../../src/adapters/analyse.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { extractAll, type Extracted } from '../../src/engine/extract/index.ts';
import type { EngineResult } from '../../src/engine/types.ts';
import { parseHtml } from '../../src/adapters/html/parse-html.ts';
import type { CorpusPage } from './corpus.ts';

export interface Run { system: string; text: string; ms: number }

/** What both systems said about one page besides its text. */
export interface PageMetadata {
  ours: Extracted;
  theirs: { title?: string | null; byline?: string | null; publishedTime?: string | null } | null;
  result: EngineResult;
}

/** `metadata` only for pages whose ground truth has metadata (a title): scrapinghub's has none. */
export interface PageRuns { runs: Run[]; metadata: PageMetadata | null }

export type Peer = 'readability' | 'defuddle';
export const PEERS: readonly Peer[] = ['readability', 'defuddle'];

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Runs fn with the console silenced: Defuddle logs every JSON-LD or address it cannot parse, with a stack. */
function quietly<T>(fn: () => T): T {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = (): void => undefined;
  try { return fn(); } finally { Object.assign(console, { log, warn, error }); }
}

/** Defuddle's article as text: its HTML output read by the same parser, blocks apart. */
function defuddleText(page: CorpusPage): Run {
  const doc = parseHtml(page.html, page.expected.url);
  const run = timed(() => quietly(() => new DefuddleClass(doc, page.expected.url === undefined ? {} : { url: page.expected.url }).parse().content));
  // jsdom keeps a window's Document alive until it is closed: the whole corpus outgrew a 12 GB heap.
  doc.defaultView?.close();
  const out = parseHtml(`<!doctype html><body>${run.value}</body>`);
  for (const block of out.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, figcaption, dt, dd')) block.append('\n');
  const text = out.body.textContent;
  out.defaultView?.close();
  return { system: 'defuddle', text, ms: run.ms };
}

export function runSystems(page: CorpusPage, peers: readonly Peer[] = PEERS): PageRuns {
  // Defuddle reads the page before Readability, which mutates it, on a Document of its own.
  const defuddle = peers.includes('defuddle') ? defuddleText(page) : null;
  const doc = parseHtml(page.html, page.expected.url);
  const html = timed(() => { const input = inAnyLanguage(documentToBlocks(doc).input); return { input, result: runEngine(input) }; });
  // trafilatura's pages come without saved text.
  const saved = page.text;
  const text = saved === null ? null : timed(() => runEngine(inAnyLanguage(textToBlocks(saved))).article);
  // Readability mutates the Document, so it runs last on it.
  const readability = peers.includes('readability') ? timed(() => new Readability(doc).parse()) : null;
  const runs: Run[] = [{ system: 'declutter-html', text: html.value.result.article, ms: html.ms }];
  if (text !== null) runs.push({ system: 'declutter-text', text: text.value, ms: text.ms });
  if (readability !== null) runs.push({ system: 'readability', text: readability.value?.textContent ?? '', ms: readability.ms });
  if (defuddle !== null) runs.push(defuddle);
  const metadata = page.expected.title === undefined ? null
    : { ours: extractAll(html.value.result, html.value.input), theirs: readability?.value ?? null, result: html.value.result };
  doc.defaultView?.close();
  return { runs, metadata };
}
