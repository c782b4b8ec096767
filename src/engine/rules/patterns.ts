// Builds rules from data: text patterns for labels and lines, and the
// landmark kind (from class/id/role/tag) that also counts as a match.
import type { Block, Kind, Verdict } from '../types.ts';
import type { Match, Rule, RuleContext } from './rule.ts';
import { WIDGETS, WORK_BOUNDS } from '../thresholds.ts';
import type { LabelRole } from '../text/labels.ts';

export interface PatternRuleSpec {
  id: string;
  kind: Kind;
  verdict?: Verdict;
  terminates?: boolean;
  /** Whole-block labels that open a run over the widget they head. */
  labels?: readonly RegExp[];
  /** Labels of a bar of short controls: their run holds no prose (see Match.controlsOnly). */
  barLabels?: readonly RegExp[];
  /** Lines that are furniture by themselves (no run). */
  lines?: readonly RegExp[];
  /** The role of this rule's labels in other languages (lexicon/labels.ts), read as `labels` are, or as
   * `barLabels` or `lines` when the rule has those alone. */
  labelRole?: LabelRole;
  /** Only blocks up to this many words match the labels and lines above. */
  maxWords: number;
  /** Fine print, furniture by itself up to WIDGETS.finePrintMaxWords: longer than a line, a few sentences
   * (an affiliate disclosure, a copyright notice under the story). */
  finePrint?: readonly RegExp[];
  /** Blocks inside a landmark of this kind match too (DOM only). */
  landmark?: Kind;
  /** The rule's own shape, tried when neither the text patterns nor the landmark match (a job listing's pay and fields). */
  shape?: (block: Block, ctx: RuleContext) => Match | null;
}

/** A block's text quoted as evidence, cut at WORK_BOUNDS.evidenceQuoteChars. */
export function quoteEvidence(text: string): string {
  return text.length > WORK_BOUNDS.evidenceQuoteChars ? `"${text.slice(0, WORK_BOUNDS.evidenceQuoteChars - 1)}…"` : `"${text}"`;
}

/** A heading's closing colon or ellipsis ("Read more:", "People are also reading…") says a list follows; the
 * label is the words before it. */
const LABEL_COLON = /(?<!\s)\s*(:|…|\.\.\.)$/; // tried from the first of a run of spaces only: linear

function matchShort(spec: PatternRuleSpec, block: Block, ctx: RuleContext): Match | null {
  const heading = block.text.replace(LABEL_COLON, '');
  const label = spec.labels?.find((re) => re.test(heading));
  if (label) return { evidence: `label ${quoteEvidence(block.text)} matches ${String(label)}`, opensRun: true };
  const bar = spec.barLabels?.find((re) => re.test(heading));
  if (bar) return { evidence: `label ${quoteEvidence(block.text)} matches ${String(bar)}`, opensRun: true, controlsOnly: true };
  const line = spec.lines?.find((re) => re.test(block.text));
  if (line) return { evidence: `text ${quoteEvidence(block.text)} matches ${String(line)}` };
  return spec.labelRole !== undefined && ctx.isLabel(spec.labelRole, heading) ? labelMatch(spec, block) : null;
}

/** A label from the lexicon, read the way the rule reads its own. */
function labelMatch(spec: PatternRuleSpec, block: Block): Match {
  const evidence = `label ${quoteEvidence(block.text)} is a ${spec.labelRole ?? ''} label`;
  if (spec.labels !== undefined) return { evidence, opensRun: true };
  if (spec.barLabels !== undefined) return { evidence, opensRun: true, controlsOnly: true };
  return { evidence };
}

function matchText(spec: PatternRuleSpec, block: Block, ctx: RuleContext): Match | null {
  const words = block.features.words;
  const short = words <= spec.maxWords ? matchShort(spec, block, ctx) : null;
  if (short !== null || words > WIDGETS.finePrintMaxWords) return short;
  const print = spec.finePrint?.find((re) => re.test(block.text));
  return print ? { evidence: `fine print ${quoteEvidence(block.text)} matches ${String(print)}` } : null;
}

export function patternRule(spec: PatternRuleSpec): Rule {
  return {
    id: spec.id,
    kind: spec.kind,
    verdict: spec.verdict ?? 'furniture',
    terminates: spec.terminates ?? false,
    match(block: Block, ctx: RuleContext): Match | null {
      const byText = matchText(spec, block, ctx);
      if (byText) return byText;
      const landmark = spec.landmark === undefined ? null : ctx.landmarkOf(block);
      if (landmark !== null && landmark.kind === spec.landmark) return { evidence: `inside ${landmark.describe}` };
      return spec.shape?.(block, ctx) ?? null;
    },
  };
}
