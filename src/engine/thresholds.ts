// Every number the engine decides with, grouped by concept and named. Rules
// import the group they need; none writes a bare number. Values follow jusText
// (length/stopword classes), Readability (link density) and boilerpipe (word
// counts), then tuned on ../shared/corpus with `npm run eval`.

/** Block length classes, in characters (jusText: length_low 70, length_high 200). */
export const LENGTH = {
  /** Below this a block is "short": decided by its neighbours. */
  shortChars: 70,
  /** At or above this a prose block can be "good" on its own. */
  longChars: 200,
  /** A label or menu item is at most this many words. */
  labelMaxWords: 6,
  /** A teaser or promo line is at most this many words. */
  teaserMaxWords: 25,
  /** Prose this long always has some punctuation. */
  unpunctuatedMaxWords: 30,
  /** A block ending like a sentence with at least this many words is prose even with few function words. */
  sentenceMinWords: 12,
} as const;

/** Share of function words (jusText: stopwords_low 0.30, stopwords_high 0.32). */
export const STOPWORDS = {
  low: 0.3,
  high: 0.32,
  /** Floor for sentence-like blocks dense with names and figures. */
  sentenceLow: 0.12,
  /** Used when no stoplist fits the page's language: density is unknown, not low. */
  unknownLanguage: 0.32,
  /** A page fits its declared language's stoplist when at least this share of its sampled words are on it. */
  minLanguageShare: 0.1,
  /** A page with no declared language (or a wrong one) fits the stoplist that covers most of its sampled words when
   * that is at least this share: lorem ipsum covers 0.11 of Norwegian's (readability remove-aria-hidden), the prose of
   * 95 % of trafilatura's pages covers 0.16 or more of its own language's. */
  minDetectedShare: 0.15,
  /** The declared language's list is used when it covers at least this share of what the best-covered list covers. */
  declaredMinOfBest: 0.75,
  /** Sentence-length blocks sample the page's language when they hold at least this many words. */
  minSampleWords: 50,
} as const;

/** Share of a block's characters inside links (jusText max 0.2; Readability penalises above 0.25). */
export const LINKS = {
  /** Prose at most this linked. Above jusText's 0.2: 2023 pages link every name and place in a paragraph (fixture linked-names-in-prose.html; naeb
   * eonline page: 0.27 and 0.36, read as boilerplate at 0.2; fixture linked-names-in-prose.html). 0.3 and 0.35
   * score the same on naeb and scrapinghub; 0.45 loses naeb pages to link-heavy teaser blurbs. */
  maxForProse: 0.35,
  /** A block that is nearly all link text is a link, not prose (menus, teaser lists). */
  linkList: 0.5,
} as const;

/** Weights for choosing the main article region (a maximum-sum run of blocks). */
export const REGION_SCORE = {
  /** Weight per word of a good block. */
  goodPerWord: 1,
  /** Near-good blocks count half. */
  nearGoodPerWord: 0.5,
  /** Every non-article block costs at least this much… */
  minPenalty: 3,
  /** …and at most this much, so one huge widget cannot cut an article in two. */
  maxPenalty: 60,
  /** Penalty per word of furniture (rule-matched) blocks. */
  furniturePerWord: 1,
  /** Penalty per word of bad, unmatched blocks. */
  badPerWord: 0.5,
} as const;

/** The guard against an empty result. */
export const GUARD = {
  /** Fewer article words than this and the rules are deemed to have over-reached. */
  minArticleWords: 40,
  /** In the fallback, a block this long with few links counts though its words are no known function words
   * (readability title-and-h1-discrepancy page: lorem ipsum, which the saved-text view otherwise empties; case in engine.test.ts)… */
  longBlockWords: 25,
  /** …at this share of its words, below prose. */
  longBlockShare: 0.5,
} as const;

/** Whether a page holds a story at all (the content script declutters only then; the CLI reads any page whole). */
export const ARTICLE_PAGE = {
  /** Fewer article words than this and the page is not an article (a homepage, search results: a few link titles at
   * most). Short stories are articles: a 60-word brief (tests/unit/dom/short-story.test.ts; seen on naeb/bf705599 and
   * a 70-word paywalled teaser on scrapinghub/042bb7b5) was left untouched at 120. */
  minWords: 40,
  /** When the rules left too little text and the engine kept its best region instead, that region is a story only
   * if it holds this many paragraphs that end like sentences (the BBC brief has four; a homepage's teaser list none). */
  guardedMinSentences: 2,
} as const;

/** Headline candidates: short, title-like lines before the body. */
export const HEADLINE = {
  minWords: 3,
  maxWords: 30,
  /** How many blocks before the body to look at. */
  lookBehind: 40,
  /** A byline- or date-shaped line scores this much less: more than closeness to the body can give. */
  bylineShapePenalty: 2,
  /** A line with a byline or date line at most this many blocks below it … */
  bylineReach: 3,
  /** … scores this much more: less than an <h1> or a <title> match gives. */
  overBylineBonus: 1,
  /** Points for being an <h1>, for an <h2>/<h3>, and for matching the page's <title>. */
  h1Weight: 3,
  subheadWeight: 1,
  titleWeight: 3,
  /** A title-like line has less than this share of its text in links. */
  maxLinkShare: 0.5,
} as const;

/** Readability's container scoring, used to find the article container in DOM mode. */
export const CONTAINER_SCORE = {
  /** Blocks shorter than this do not score their ancestors (Readability: 25). */
  minBlockChars: 25,
  /** A block gives its parent all its score, its grandparent half, and an ancestor `level` up 1/(level × this)
   * (Readability's scoreDivider). */
  farLevelDivisor: 3,
  /** …the grandparent's share is divided by this. */
  grandparentDivisor: 2,
  /** One point per this many characters… */
  charsPerBonus: 100,
  /** …up to this many points. */
  maxLengthBonus: 3,
  /** How many ancestor levels a block scores (Readability: 5). */
  ancestorLevels: 5,
  /** Class/id words for or against a container (Readability: 25). */
  classWeight: 25,
  /** A sibling joins the article when it scores this share of the top candidate (Readability: 0.2)… */
  siblingShare: 0.2,
  /** …and at least this much (Readability: 10). */
  minSiblingScore: 10,
  /** Candidates compared when choosing the top one (Readability: 5). */
  topCandidates: 5,
  /** A candidate this close to the top one is an alternative (Readability: 0.75)… */
  alternativeShare: 0.75,
  /** …and when this many alternatives share an ancestor, the ancestor is the article (Readability: 3). */
  minAlternatives: 3,
  /** Growing the region over neighbouring prose crosses at most this many non-prose blocks. */
  growMaxGap: 3,
  /** Climbing to a parent stops when its score falls below the top score divided by this (Readability: 3). */
  parentFloorDivisor: 3,
} as const;

/** The lines that head an article: headline, standfirst, byline, subheadings (pipeline/page-header.ts, assemble.ts). */
export const PAGE_HEADER = {
  /** A standfirst is at most this many words. */
  standfirstMaxWords: 60,
  /** How far below the headline bylines and the standfirst are looked for. */
  scanBlocks: 6,
  /** Saved text: a title-like line this many lines above the best candidate or fewer is the headline, the candidate its standfirst. */
  textHeadlineLookback: 2,
  /** A byline or dateline is at most this many words. */
  bylineMaxWords: 14,
  /** A subheading is at most this many words. */
  subheadingMaxWords: 20,
} as const;

/** Labelled runs: a label followed by teasers ends or interrupts the article (pipeline/runs.ts). */
export const RUNS = {
  /** A terminating label (comments) only counts after this many words of good prose: a "12 comments" link under the headline must not end the article. */
  terminateMinWordsBefore: 80,
  /** Nor a comment counter ("11 Comments") that this many prose blocks follow back to back, within the next TERMINATE_LOOKAHEAD blocks: a thread interleaves names, dates and "Reply" between its comments, an article does not (readability yahoo-2 saved text: "11 Comments" under the byline, then the whole story; fixture comment-counter-under-byline.txt). A comment form's consent text reads as prose too, so "Leave a Reply" always ends the article (scrapinghub b0cf2bbf saved text). */
  articleRunAfter: 4,
  terminateLookahead: 10,
} as const;

/** Sizes of widgets the rules recognise: menus, job listings, comment threads, datelines. */
export const WIDGETS = {
  /** Fine print (an affiliate disclosure, a copyright notice) is at most this many words: two or three sentences. */
  finePrintMaxWords: 70,
  /** A menu item is at most this many words and does not end a sentence. */
  menuItemMaxWords: 3,
  /** This many menu-like lines in a row make a menu. */
  menuMinRun: 5,
  taxonomyMaxWords: 25,
  /** A listing line has at least this many "field: value" separators (salary: company: description). */
  listingMinFields: 2,
  /** Further comment lines needed after a metadata line before it is taken to open a thread. */
  threadConfirmations: 2,
  /** A dateline is at most this many words. */
  datelineMaxWords: 20,
  /** A teaser rail's heading is followed, within this many blocks, by … */
  railWindow: 8,
  /** … at least this many teaser titles printed twice (card title and its picture's title: the seed's "Day In a Page"). */
  railMinEchoes: 2,
  /** The second print of a title is at most this many blocks after the first. */
  railEchoReach: 2,
  /** A card title has at least this many words ("hello, world!" printed twice is program output). */
  railTitleMinWords: 3,
  /** A form's heading or connector ("Independent Dating", "and") is at most this many words and this many blocks before the form's consent text. */
  formFragmentMaxWords: 3,
  formFragmentReach: 2,
  /** A teaser list carries at least this many date lines … */
  datedTeaserMinDates: 3,
  /** … each at most this many blocks after the last (title, date, section, blurb: four). */
  datedTeaserMaxGap: 4,
  /** A teaser's blurb is at most this many words; a longer block ends the list. */
  datedTeaserBlurbMaxWords: 40,
} as const;

/** Photo captions and agency credits (rules/photo-caption.ts, rules/agency-credit.ts). */
export const CAPTIONS = {
  /** A caption is at most this many words. */
  captionMaxWords: 60,
  /** A bare credit ("Photo: Reuters") is at most this many words. */
  creditMaxWords: 6,
  /** How many containers up a caption class counts. */
  captionLevels: 3,
  /** "AP", "Reuters", "(AFP)", "— Associated Press": a credit line is this short. */
  agencyCreditMaxWords: 4,
} as const;

/** Lists inside an article: prose items versus link lists (lists.ts). */
export const LISTS = {
  /** How far along a list to look for a prose item: bounds the work per item on very long lists. */
  scanItems: 12,
  /** A list item is prose with at least this many words and little link text. */
  proseItemWords: 8,
} as const;

/** Scripts written without spaces (Chinese, Japanese, Thai) measured in Latin-letter equivalents (text/words.ts). */
export const UNSPACED_SCRIPTS = {
  charsPerWord: 2,
  /** One unspaced character carries about as much as three Latin letters (a word: 2 characters vs about 6 with its space). */
  latinCharsPerChar: 3,
} as const;

/** Twin sections (pipeline/twin-sections.ts): a container beside the article's that holds prose of its own. */
export const TWINS = {
  /** The shared ancestor is at most this many levels above the top container. */
  maxLevels: 5,
  /** A twin holds at least this many prose blocks of its own: good ones, … */
  minProseBlocks: 2,
  /** … or near-good ones of a paragraph's length: a recipe's steps have few function words (fixture recipe-steps-section.html; seen on naeb/e43d15be),
   * a teaser's blurb or a sign-up form's consent line is shorter. */
  nearGoodMinWords: 30,
} as const;

/** Bounds on work and output, so a hostile page costs no more than a large one. */
export const WORK_BOUNDS = {
  /** Evidence quotes a block up to this many characters. */
  evidenceQuoteChars: 60,
  /** Evidence names at most this many of a container's class and id words. */
  evidenceTokens: 6,
  /** Real pages have fewer (corpus: 119 on the busiest, readability/lazy-image-2; tests/unit/dom/empty-slots.test.ts); a hostile page of thousands of nested slots gets this many, so the content script's outermost-only check stays cheap (full pass and late widgets alike). */
  maxEmptySlots: 300,
  /** Enough words to tell the language; more only costs time. */
  languageSampleWords: 5000,
} as const;
