// A page in, the engine's analysis out, for callers in Node (the CLI, the
// evaluation, tests): HTML through jsdom and the DOM adapter, saved text
// through the text adapter, both into the engine's one front door.
import { documentToBlocks } from './dom/index.ts';
import { textToBlocks } from './text/index.ts';
import { parseHtml } from './html/parse-html.ts';
import { analyseBlocks, type Analysis as EngineAnalysis } from '../engine/index.ts';

export type Mode = 'html' | 'text';

export interface Analysis extends EngineAnalysis { mode: Mode }

export function analyseDocument(doc: Document): Analysis {
  return { mode: 'html', ...analyseBlocks(documentToBlocks(doc).input) };
}

export function analyse(content: string, mode: Mode): Analysis {
  if (mode === 'html') return analyseDocument(parseHtml(content));
  return { mode: 'text', ...analyseBlocks(textToBlocks(content)) };
}
