// Every number the extractors decide with, grouped by concept and named
// (engine/thresholds.ts holds the engine's). Tuned with `npm run eval`.

/** Quotes and speakers (quotes.ts, speakers.ts); the maxima bound the work on hostile text. */
export const QUOTES = {
  /** Shorter quotes are scare quotes ("pornified"), not speech. */
  minWords: 3,
  /** Titles are named, not said: "Takin' It to the Streets", "The One I Love", "War & Peace" (scrapinghub rollingstone, indiewire pages; case in speakers.test.ts). Short, no full stop, every word capitalised but the small ones. */
  titleMaxWords: 8,
  /** More quotes than this, or paragraphs longer than this, are no news story: the rest is left unread, so a hostile page cannot keep the popup busy (5,000 quotes in one paragraph took 8 s). */
  maxQuotes: 500,
  maxParagraphChars: 20_000,
  /** A person's gender is read from the pronouns this many characters after each mention of their surname (people.ts). */
  genderPronounWindowChars: 160,
  /** An interview says whom it is with in this many opening paragraphs (speakers.ts). */
  interviewParagraphs: 4,
  /** An attribution before a quote is read in at most this many characters before it: the longest a subject with five
   * 200-character appositions and its verb can be. Each quote scanned its whole sentence before, so 500 quotes in
   * one sentence took 0.8 s (`npm run bench`, hostile text). */
  attributionWindowChars: 1_500,
  /** A quote that opens its paragraph and ends within this many characters of its end stands alone (no attribution
   * after it in the same paragraph). */
  standaloneTailChars: 40,
  /** A title-like quote has at least this many capitalised words ("War & Peace"). */
  titleMinCapitalWords: 2,
} as const;

/** The popup's summary (summary.ts). */
export const SUMMARY = {
  /** A description is used when it has at least this many words. */
  descriptionMinWords: 8,
  maxSentences: 3,
  /** Sentences are looked for in this many more paragraphs than maxSentences (a lead paragraph may hold none). */
  extraParagraphs: 2,
  /** Stop adding sentences past this many words. */
  maxWords: 70,
  /** A later sentence is added only if at most this share of its words were already said. */
  maxOverlap: 0.5,
  /** A dateline ("WASHINGTON (AP) —") is looked for in this much of the lead: its pattern then works on a bounded string. */
  datelineMaxChars: 200,
} as const;

/** Headline, byline and date from meta tags and JSON-LD (metadata.ts). */
/** A page's JSON-LD (json-ld.ts), read in the content script as well as the popup. */
export const JSON_LD = {
  /** Real JSON-LD nests arrays and @graph a few levels deep; a hostile page nests thousands, which a recursive walk could not survive (stack overflow). Deeper nodes are not read. */
  maxDepth: 16,
  /** And at most this many nodes are looked at. */
  maxNodes: 10_000,
} as const;

export const METADATA = {
  /** A byline longer than this is page text caught by an author element, not a name. */
  bylineMaxWords: 12,
  /** A byline is read in this much of the text an author element holds: the patterns that clean it (metadata.ts)
   * then work on a bounded string, whatever a page puts there (tests/unit/node/regex-guard.test.ts). */
  bylineMaxChars: 400,
  /** At least this share of a JSON-LD headline's words must recur in the page's title, og:title or heading. */
  ldHeadlineAgreement: 0.5,
  /** An author element this many blocks above the article still heads it (a byline over the headline). */
  bylineLookbehind: 3,
  /** The page's own headline block wins over declared titles when this share of its words is in them. */
  displayedAgreement: 0.5,
  /** …and it has at least this many words (shorter blocks are labels). */
  displayedMinWords: 3,
  /** A declared title cut short ("…") agrees with a block that starts with this many of its characters. */
  truncatedPrefixChars: 20,
  /** A byline left with fewer words once the site's name is cut from it was the site's name. */
  bylineMinWordsWithoutSite: 2,
  /** A site's name or host label shorter than this ("co", "uk") names no credit. */
  siteCreditMinChars: 4,
  /** The published day is looked for near the byline block and this many of the page's author texts. */
  dateAuthorTexts: 2,
  /** JSON-LD authors nest lists this deep at most ("author": [[{…}]]); deeper is no byline. */
  authorMaxNesting: 2,
} as const;

/** People named in the article (people.ts, pronouns.ts). */
export const PEOPLE = {
  /** A given name shorter than this ("Al", "Jo") does not tell two people with one surname apart. */
  givenNameMinChars: 3,
  /** A paragraph with at least this share of capitalised words is a headline or a list of titles, where any run of
   * capitals reads like a name ("Florence Pugh Hit In …": naeb dev 0b3c6d6a; case in speakers.test.ts). */
  titleCaseShare: 0.6,
  /** … when it has at least this many words. */
  titleCaseMinWords: 4,
  /** A passive's "by" is looked for this many characters before a mention ("by Pope Benedict XVI": pronouns.ts). */
  agentWindowChars: 40,
} as const;

/** Published dates (dates.ts). */
export const DATES = {
  /** Dates are looked for in this much of a byline or dateline. */
  maxTextChars: 400,
  /** A dateline sits this many blocks after the headline at most (test "reads a short line after the headline…" in extract.test.ts; seen on naeb's cnn page: headline, byline, "10 minute read", then
   * "Published … December 19, 2023"); with no headline found the count starts at the first article block, which
   * may be a dismissed banner's buttons (seen on naeb's animenewsnetwork page: the date is the 7th block after it). */
  datelineBlocks: 8,
  /** A dateline is a short line; a date inside a longer one is what the story or a caption tells about (seen on naeb's miamiherald page: "after the July 7, 2021 assassination"; test "reads a short line after the headline…"). */
  datelineMaxWords: 16,
} as const;
