// Verdicts that come from a pipeline stage rather than one block's own text:
// they still have an id, summary and kind so every block can say why.
import type { Kind, Verdict } from '../types.ts';

export interface StageRule {
  id: string;
  summary: string;
  kind: Kind;
  verdict: Verdict;
}

export const ARTICLE_TEXT: StageRule = { id: 'article-text', summary: 'Prose of the main article region', kind: 'body', verdict: 'article' };
export const SUBHEADING: StageRule = { id: 'subheading', summary: 'A heading followed by article prose', kind: 'subheading', verdict: 'article' };
export const HEADLINE_LINE: StageRule = { id: 'headline-line', summary: 'The title-like line that heads the article', kind: 'headline', verdict: 'article' };
export const STANDFIRST_LINE: StageRule = { id: 'standfirst-line', summary: 'The summary line between headline and body', kind: 'standfirst', verdict: 'article' };
export const BYLINE_LINE: StageRule = { id: 'byline-line', summary: 'Author and date line near the headline', kind: 'byline', verdict: 'article' };
/** Also names the page regions hidden around the article on a live page (src/content/region.ts). */
export const OUTSIDE_ARTICLE: StageRule = {
  id: 'outside-article', summary: 'Text outside the main article region', kind: 'boilerplate', verdict: 'furniture',
};
export const LOW_TEXT_QUALITY: StageRule = {
  id: 'low-text-quality', summary: 'Short or link-heavy text that its neighbours mark as boilerplate', kind: 'boilerplate', verdict: 'furniture',
};

export const STAGE_RULES: readonly StageRule[] = [
  ARTICLE_TEXT, SUBHEADING, HEADLINE_LINE, STANDFIRST_LINE, BYLINE_LINE, OUTSIDE_ARTICLE, LOW_TEXT_QUALITY,
];
