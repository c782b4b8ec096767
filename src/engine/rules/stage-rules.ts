// Verdicts that come from a pipeline stage rather than one block's own text:
// they still have an id and kind so every block can say why (summaries: rules/table.ts).
import type { Kind, Verdict } from '../types.ts';

export interface StageRule {
  id: string;
  kind: Kind;
  verdict: Verdict;
}

export const ARTICLE_TEXT: StageRule = { id: 'article-text', kind: 'body', verdict: 'article' };
export const SUBHEADING: StageRule = { id: 'subheading', kind: 'subheading', verdict: 'article' };
export const HEADLINE_LINE: StageRule = { id: 'headline-line', kind: 'headline', verdict: 'article' };
export const STANDFIRST_LINE: StageRule = { id: 'standfirst-line', kind: 'standfirst', verdict: 'article' };
export const BYLINE_LINE: StageRule = { id: 'byline-line', kind: 'byline', verdict: 'article' };
/** Also names the page regions hidden around the article on a live page (src/content/region.ts). */
export const OUTSIDE_ARTICLE: StageRule = { id: 'outside-article', kind: 'boilerplate', verdict: 'furniture' };
export const LOW_TEXT_QUALITY: StageRule = { id: 'low-text-quality', kind: 'boilerplate', verdict: 'furniture' };

export const STAGE_RULES: readonly StageRule[] = [
  ARTICLE_TEXT, SUBHEADING, HEADLINE_LINE, STANDFIRST_LINE, BYLINE_LINE, OUTSIDE_ARTICLE, LOW_TEXT_QUALITY,
];
