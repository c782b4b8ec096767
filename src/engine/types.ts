// The block model shared by both adapters, and what the engine says of each
// block. Plain data only: adapters fill RawBlock, the engine adds features.
import type { RawLabels } from './lexicon/labels.ts';

export type Source = 'dom' | 'text';

/** What an adapter knows about one block of text. DOM-only fields are null/empty in text mode. */
export interface RawBlock {
  text: string;
  /** Lower-case tag of the element that owns the text ('p', 'h1', 'li'…); null for saved text. */
  tag: string | null;
  /** Share of the block's characters that sit inside links; null when unknown (saved text). */
  linkDensity: number | null;
  /** The element (or an ancestor) is hidden from readers already (hidden, aria-hidden, display:none). */
  hidden: boolean;
  /** Inside a form, or next to inputs/buttons. */
  interactive: boolean;
  /** Ids of the containers holding the block, outermost first, its own element last (see EngineInput.containers). Empty in text mode. */
  path: readonly number[];
  /** Blank lines (text) or a block boundary with no text between (DOM) before this block. */
  gapBefore: number;
}

/** An element that holds blocks, as the DOM adapter saw it. */
export interface ContainerInfo {
  tag: string;
  /** Lower-case words of its class and id ("article-body sidebarRight" → article, body, sidebar, right). */
  tokens: readonly string[];
  role: string | null;
}

/** What the page declares about itself (DOM only), read by the metadata extractor. */
export interface BylineCandidate { text: string; block: number }

export interface PageMeta {
  /** <meta> by lower-case name or property → content (first wins). */
  meta: Readonly<Record<string, string>>;
  /** Parsed JSON-LD scripts; unparseable ones are left out. */
  jsonLd: readonly unknown[];
  /** Texts of the first rel=author / itemprop=author / .byline elements, each with the index of the block
   * that follows it, so the extractor can prefer the one inside the article over a sidebar's. */
  bylines: readonly BylineCandidate[];
  /** datetime of the first <time datetime> element. */
  timeDatetime: string | null;
  /** The text readers see in that element ("Dec. 22, 2023, 10:22 PM EST"); absent in older saved analyses. */
  timeText?: string | null;
  /** The page's canonical address (<link rel=canonical>), whose path often holds the day of publication. */
  canonical?: string | null;
}

/** What an adapter hands the engine. */
export interface EngineInput {
  source: Source;
  blocks: readonly RawBlock[];
  /** Indexed by the ids in RawBlock.path; empty for saved text. */
  containers: readonly ContainerInfo[];
  /** The page's <title>, when known. */
  title?: string;
  meta?: PageMeta;
  /** The language the page declares (<html lang>), when it does. */
  lang?: string;
  /** Every language's function words (lexicon/stoplists); English alone when absent. */
  stoplists?: Readonly<Record<string, string>>;
  /** Widget labels in languages other than English (lexicon/labels), by role; the rules' English patterns alone when absent. */
  labels?: RawLabels;
}

export interface TextFeatures {
  words: number;
  chars: number;
  /** chars with each character of an unspaced script (CJK, Thai) counted as the Latin letters it carries. */
  proseChars: number;
  /** Share of words that are function words (jusText's main signal). */
  stopwordDensity: number;
  /** Ends like a sentence: . ! ? … or a closing quote after one. */
  endsSentence: boolean;
  /** Share of words that start with a capital letter. */
  titleCaseRatio: number;
  /** Share of letters that are upper case. */
  upperCaseRatio: number;
  hasPrice: boolean;
  hasPercentOff: boolean;
  /** Number of "field: value" separators (job and listing widgets). */
  colonFields: number;
}

export interface Block extends RawBlock {
  id: number;
  source: Source;
  features: TextFeatures;
}

export type Verdict = 'article' | 'furniture';

export const FURNITURE_KINDS = [
  'promo', 'job-widget', 'navigation', 'related', 'ad', 'newsletter', 'social', 'comments', 'form', 'footer', 'boilerplate', 'overlay', 'user-rule',
] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];
export type ArticleKind = 'body' | 'headline' | 'standfirst' | 'byline' | 'credit' | 'caption' | 'subheading';
export type Kind = FurnitureKind | ArticleKind;

export interface Classification {
  block: Block;
  verdict: Verdict;
  kind: Kind;
  ruleId: string;
  evidence: string;
}

/** A container that holds no text but is furniture by its name alone (an ad slot); DOM only. */
export interface EmptySlot { container: number; ruleId: string; kind: Kind; evidence: string }

export interface EngineResult {
  source: Source;
  blocks: Classification[];
  /** Furniture containers with no text (ad slots), by id as in RawBlock.path; empty for saved text. */
  emptySlots: EmptySlot[];
  /** Kept body text: paragraphs separated by blank lines (headline excluded). */
  article: string;
  /** Blocks that may be the headline, best first; the extractors decide. */
  headlineCandidates: Block[];
  /** True when rules left too little text and the best region was kept instead. */
  guarded: boolean;
  warnings: string[];
}
