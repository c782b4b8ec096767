// A page in, the engine's analysis out, for callers in Node (the CLI, the
// evaluation, tests): HTML through jsdom and the DOM adapter, saved text
// through the text adapter, both into the engine's one front door.
import { documentToBlocks } from './dom/index.ts';
import { textToBlocks } from './text/index.ts';
import { parseHtml } from './html/parse-html.ts';
import { analyseBlocks, LABELS, STOPLISTS, type Analysis as EngineAnalysis, type EngineInput } from '../engine/index.ts';

export type Mode = 'html' | 'text';

export interface Analysis extends EngineAnalysis { mode: Mode }

/** The input with every language's function words and widget labels: Node callers carry them all (the content
 * script gets them from the language data file the background injects before it). */
export const inAnyLanguage = (input: EngineInput): EngineInput => ({ ...input, stoplists: STOPLISTS, labels: LABELS });

export function analyseDocument(doc: Document): Analysis {
  return { mode: 'html', ...analyseBlocks(inAnyLanguage(documentToBlocks(doc).input)) };
}

export function analyse(content: string, mode: Mode): Analysis {
  if (mode === 'html') return analyseDocument(parseHtml(content));
  return { mode: 'text', ...analyseBlocks(inAnyLanguage(textToBlocks(content))) };
}
