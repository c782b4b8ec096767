// The live page → engine result, through the DOM adapter (or the text adapter
// for a saved .txt shown as plain text).
import { documentToBlocksSteps } from '../adapters/dom/index.ts';
import { textBlocksSteps } from '../adapters/text/index.ts';
import { extractionInput, runEngineSteps, wordCount, type EngineResult, type ExtractInput, type Steps } from '../engine/index.ts';
import { MARKS } from './hide.ts';
import { plainTextPre } from './text-view.ts';
import { call, get } from '../adapters/dom/safe.ts';

/** Fewer article words than this and the page is not an article (a homepage, search results: a few link titles
 * at most). Short stories are articles: a 60-word brief (tests/unit/dom/short-story.test.ts; seen on naeb/bf705599 and
 * a 70-word paywalled teaser on scrapinghub/042bb7b5) was left untouched at 120, where the CLI reads it whole. */
const ARTICLE_MIN_WORDS = 40;

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
    const { input, lineOfBlock } = yield* textBlocksSteps(text, doc.title);
    const result = yield* runEngineSteps(input);
    return { mode: 'text', result, containerElements: [], pre, text, lineOfBlock, isArticle: isArticle(result), article: extractionInput(result, input) };
  }
  const { input, containerElements } = yield* documentToBlocksSteps(doc, { isHidden: hiddenByStyle, skip: (el) => call(el, 'hasAttribute', MARKS.view) });
  const result = yield* runEngineSteps(input);
  yield;
  return { mode: 'html', result, containerElements, pre: null, text: '', lineOfBlock: [], isArticle: isArticle(result), article: extractionInput(result, input) };
}

/** When the rules left too little text and the engine kept its best region instead, that region is a story only if
 * it holds this many paragraphs that end like sentences (the BBC brief has four; a homepage's teaser list none). */
const GUARDED_MIN_SENTENCES = 2;

function isArticle(result: EngineResult): boolean {
  if (wordCount(result.article) < ARTICLE_MIN_WORDS) return false;
  if (!result.guarded) return true;
  const prose = result.blocks.filter((c) => c.verdict === 'article' && c.kind === 'body' && c.block.features.endsSentence && c.block.linkDensity !== 1);
  return prose.length >= GUARDED_MIN_SENTENCES;
}
