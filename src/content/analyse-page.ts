// The live page → engine result, through the DOM adapter (or the text adapter
// for a saved .txt shown as plain text).
import { documentToBlocksSteps } from '../adapters/dom/index.ts';
import { textBlocksSteps } from '../adapters/text/index.ts';
import { ARTICLE_PAGE, extractionInput, runEngineSteps, wordCount, type EngineResult, type ExtractInput, type Steps } from '../engine/index.ts';
import { MARKS } from './hide.ts';
import { plainTextPre } from './text-view.ts';
import { call, get } from '../adapters/dom/safe.ts';
import { withLanguageData } from './language-data.ts';

export interface PageAnalysis {
  mode: 'html' | 'text';
  result: EngineResult;
  containerElements: Element[];
  pre: HTMLPreElement | null;
  text: string;
  /** Saved text: the line each block came from. */
  lineOfBlock: number[];
  isArticle: boolean;
  /** What the popup's extractors read (headline, summary, speakers). */
  article: ExtractInput;
}

/** Hidden by the page's own styles; our hidden elements do not count (their children stay visible to the engine). */
function hiddenByStyle(element: Element): boolean {
  if (call(element, 'hasAttribute', MARKS.hidden)) return false;
  const view = get(element, 'ownerDocument').defaultView;
  if (view === null) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** The analysis as steps, so a large page can be read across several short tasks (see slicing.ts). */
export function* analysePageSteps(doc: Document): Steps<PageAnalysis> {
  const pre = plainTextPre(doc);
  if (pre !== null) {
    const text = pre.textContent;
    const read = yield* textBlocksSteps(text, doc.title);
    const input = withLanguageData(read.input);
    const { lineOfBlock } = read;
    const result = yield* runEngineSteps(input);
    return { mode: 'text', result, containerElements: [], pre, text, lineOfBlock, isArticle: isArticle(result), article: extractionInput(result, input) };
  }
  const read = yield* documentToBlocksSteps(doc, { isHidden: hiddenByStyle, skip: (el) => call(el, 'hasAttribute', MARKS.view) });
  const { containerElements } = read;
  const input = withLanguageData(read.input);
  const result = yield* runEngineSteps(input);
  yield;
  return { mode: 'html', result, containerElements, pre: null, text: '', lineOfBlock: [], isArticle: isArticle(result), article: extractionInput(result, input) };
}


function isArticle(result: EngineResult): boolean {
  if (wordCount(result.article) < ARTICLE_PAGE.minWords) return false;
  if (!result.guarded) return true;
  const prose = result.blocks.filter((c) => c.verdict === 'article' && c.kind === 'body' && c.block.features.endsSentence && c.block.linkDensity !== 1);
  return prose.length >= ARTICLE_PAGE.guardedMinSentences;
}
