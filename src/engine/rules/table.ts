// Every rule Declutter applies, one row each, in one table: the block rules the
// engine tries in order (rules/index.ts), the verdicts of its pipeline stages,
// the rules only a live page can apply, and the reader's own rules. The popup,
// the command line (`declutter --rules`), the fixture tests and the rules
// meta-test read this table. The content script does not import it: it ships
// the rule objects only, not the summaries written for people.
import type { Kind, Verdict } from '../types.ts';
import type { StageRule } from './stage-rules.ts';
import { RULES } from './index.ts';
import { ARTICLE_TEXT, BYLINE_LINE, HEADLINE_LINE, LOW_TEXT_QUALITY, OUTSIDE_ARTICLE, STANDFIRST_LINE, SUBHEADING } from './stage-rules.ts';
import { FIXED_BOX, READER_RULE, SCROLL_LOCK } from './page-rules.ts';

/** Where a rule acts: on one block's text, on a pipeline stage's finding, on a live page's styles, or as the reader wrote it. */
export type Layer = 'block' | 'stage' | 'page' | 'reader';

/** Where a rule's fixtures live, checked by tests/unit/node/rules-meta.test.ts: a fixture page there lists the
 * rule under "fires" (pages), is named after it (screen), or the browser test applies it (the reader's rules). */
export type FixtureHome = 'tests/fixtures/pages' | 'tests/fixtures/screen' | 'tests/e2e/settings.e2e.ts';

export interface RuleRow {
  id: string;
  layer: Layer;
  kind: Kind;
  verdict: Verdict;
  /** What the rule names, in one line, for the popup's "Why hidden?" and for readers of the code. */
  summary: string;
  fixtures: FixtureHome;
}

/** One-line summaries of the block rules, by id; RULE_TABLE checks that every rule in RULES has one. */
const BLOCK_SUMMARIES: Readonly<Record<string, string>> = {
  'hidden-by-page': 'Text the page already hides from readers',
  'agency-credit': 'News-agency credit lines (kept as part of the story)',
  'photo-caption': 'Photo captions and image credits (kept visible, left out of the body text)',
  'dateline': 'Publication and update date lines (kept visible, left out of the body text)',
  'comments-section': 'Comment threads and comment prompts; the heading ends the article',
  'promoted-label': 'Promoted and sponsored content rails, opened by their label',
  'job-widget': 'Job boards and their listings',
  'shop-offer': 'Shop widgets, price offers ("Travel Shop", "Up to 70% off") and affiliate disclosures',
  'app-promo': "House ads for the publisher's apps, editions and subscriptions",
  'newsletter-box': 'Newsletter and e-mail sign-up boxes',
  'ui-control': 'Button and control labels (close, next, load more, back to top)',
  'search-form': 'Search, sign-up and login forms',
  'related-label': 'Related, recommended and most-read teaser rails, opened by their heading',
  'media-label': 'Titles of embedded videos, galleries and podcasts',
  'ad-slot': 'Advertisement slots and their labels, and empty ad containers',
  'social-share': 'Share bars and follow-us prompts',
  'legal-footer': 'Copyright lines and notices, legal and site-info links',
  'navigation-menu': 'Site menus, section lists, breadcrumbs and the tag lines under a story',
  'link-list': 'Blocks that are mostly links (teasers, tag lists, read-more links)',
  'dated-teasers': 'Lists of teaser cards, each with its own date line',
};

const row = (rule: StageRule, layer: Layer, summary: string, fixtures: FixtureHome = 'tests/fixtures/pages'): RuleRow =>
  ({ id: rule.id, layer, kind: rule.kind, verdict: rule.verdict, summary, fixtures });

function blockRow(rule: StageRule): RuleRow {
  const summary = BLOCK_SUMMARIES[rule.id];
  if (summary === undefined) throw new Error(`rules/table.ts: block rule ${rule.id} has no summary`);
  return row(rule, 'block', summary);
}

export const RULE_TABLE: readonly RuleRow[] = [
  ...RULES.map(blockRow),
  row(ARTICLE_TEXT, 'stage', 'Prose of the main article region'),
  row(SUBHEADING, 'stage', 'A heading followed by article prose'),
  row(HEADLINE_LINE, 'stage', 'The title-like line that heads the article'),
  row(STANDFIRST_LINE, 'stage', 'The summary line between headline and body'),
  row(BYLINE_LINE, 'stage', 'Author and date line near the headline'),
  row(OUTSIDE_ARTICLE, 'stage', 'Text and page regions outside the main article region'),
  row(LOW_TEXT_QUALITY, 'stage', 'Short or link-heavy text that its neighbours mark as boilerplate'),
  row(FIXED_BOX, 'page', 'A fixed or sticky box with no article text: top bar, floating player, corner box, overlay', 'tests/fixtures/screen'),
  row(SCROLL_LOCK, 'page', 'Scrolling locked on <html> or <body> by an overlay, undone while decluttered', 'tests/fixtures/screen'),
  row(READER_RULE, 'reader', "One of the reader's own rules (Options → Your rules)", 'tests/e2e/settings.e2e.ts'),
];

const BY_ID = new Map(RULE_TABLE.map((r) => [r.id, r]));

/** The row of a rule id, or null for an id no rule has (an old report, a hostile message). */
export const ruleRow = (id: string): RuleRow | null => BY_ID.get(id) ?? null;
