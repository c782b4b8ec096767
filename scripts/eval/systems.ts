// The systems compared on each page, timed on the same parsed Documents. The
// page is parsed once (jsdom parsing costs far more than either system), and
// the metadata both systems extract from it is handed back for meta.ts.
import { Readability } from '@mozilla/readability';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { extractAll, type Extracted } from '../../src/engine/extract/index.ts';
import type { EngineResult } from '../../src/engine/types.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
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

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export function runSystems(page: CorpusPage): PageRuns {
  const doc = parseHtml(page.html, page.expected.url);
  const html = timed(() => { const { input } = documentToBlocks(doc); return { input, result: runEngine(input) }; });
  const text = timed(() => runEngine(textToBlocks(page.text)).article);
  // Readability mutates the Document, so it runs last on it.
  const readability = timed(() => new Readability(doc).parse());
  return {
    runs: [
      { system: 'declutter-html', text: html.value.result.article, ms: html.ms },
      { system: 'declutter-text', text: text.value, ms: text.ms },
      { system: 'readability', text: readability.value?.textContent ?? '', ms: readability.ms },
    ],
    metadata: page.expected.title === undefined ? null
      : { ours: extractAll(html.value.result, html.value.input), theirs: readability.value, result: html.value.result },
  };
}
