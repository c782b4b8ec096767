// The engine's one front door. Everything outside src/engine imports from here
// (eslint.config.js enforces it): the pipeline, what it reads and returns,
// the extractors that read its article blocks, the rule tables, and the step
// helpers callers use to slice long work. Files inside the engine import each
// other directly.
import { runEngine } from './engine.ts';
import { extractAll, type Extracted } from './extract/index.ts';
import type { EngineInput, EngineResult } from './types.ts';

export { runEngine, runEngineSteps } from './engine.ts';
export { classifyFragment } from './fragment.ts';
export { adSlotsIn } from './pipeline/empty-slots.ts';
export type {
  BylineCandidate, Classification, ContainerInfo, EmptySlot, EngineInput, EngineResult, PageMeta, RawBlock,
} from './types.ts';

export { drain, mapSteps, SLICE_ITEMS, type Steps } from './steps.ts';
export { ARTICLE_PAGE } from './thresholds.ts';
export { normalizeSpace, wordCount } from './text/words.ts';
export { STOPLISTS } from './lexicon/stoplists/index.ts';
export { LABELS, type RawLabels } from './lexicon/labels.ts';
export type { RawStoplists } from './text/stopwords.ts';
export { ancestorIndex, ancestorOf } from './path.ts';

export { extractAll, extractFrom, type Extracted } from './extract/index.ts';
export { extractionInput, type ExtractInput } from './extract/input.ts';
export type { Speaker } from './extract/speakers.ts';

export { RULES } from './rules/index.ts';
export { HIDDEN_BY_PAGE } from './rules/hidden-by-page.ts';
export { FIXED_BOX, READER_RULE, SCROLL_LOCK } from './rules/page-rules.ts';
export { RULE_TABLE, ruleRow, type FixtureHome, type Layer, type RuleRow } from './rules/table.ts';
export { OUTSIDE_ARTICLE, type StageRule } from './rules/stage-rules.ts';

/** What the engine makes of one page's blocks: its verdicts, and the fields read from the article. */
export interface Analysis extends Extracted { result: EngineResult }

/** Runs the pipeline on blocks from either adapter and reads the article. */
export function analyseBlocks(input: EngineInput): Analysis {
  const result = runEngine(input);
  return { result, ...extractAll(result, input) };
}
