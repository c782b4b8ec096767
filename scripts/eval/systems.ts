// The systems compared on each page, timed on the same parsed Documents.
import { Readability } from '@mozilla/readability';
import { documentToBlocks } from '../../src/adapters/dom/index.ts';
import { textToBlocks } from '../../src/adapters/text/index.ts';
import { runEngine } from '../../src/engine/engine.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import type { CorpusPage } from './corpus.ts';

export interface Run { system: string; text: string; ms: number }

function timed(system: string, fn: () => string): Run {
  const start = performance.now();
  const text = fn();
  return { system, text, ms: performance.now() - start };
}

export function runSystems(page: CorpusPage): Run[] {
  const doc = parseHtml(page.html, page.expected.url);
  const html = timed('declutter-html', () => runEngine(documentToBlocks(doc).input).article);
  const text = timed('declutter-text', () => runEngine(textToBlocks(page.text)).article);
  // Readability mutates the Document, so it runs last on it.
  const readability = timed('readability', () => new Readability(doc).parse()?.textContent ?? '');
  return [html, text, readability];
}
