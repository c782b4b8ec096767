// Verbs of saying, shared by the attribution patterns and by people finding.
// Source: collected from attributions in the development sets' news copy
// (scrapinghub, naeb dev, readability); cases in tests/unit/engine/.
import { lines } from './lines.ts';

/** Verbs of saying, one per line with the forms news copy uses, present and past ("explains SciSpacE Team Leader …",
 * "Doctor asks"). */
export const SPEECH_VERBS = lines(`
  says said
  tells told
  adds added
  warns warned
  describes described
  explains explained
  states stated
  notes noted
  insists insisted
  argues argued
  asks asked
  replies replied
  writes wrote written
  declares declared
  announces announced
  claims claimed
  continues continued
  urges urged
  stresses stressed
  acknowledges acknowledged
  admits admitted
  recalls recalled
  predicts predicted
  cautions cautioned
  concedes conceded
  suggests suggested
  calls called
  tweets tweeted
  posts posted
  comments commented
  shouts shouted
  orders ordered
  assures assured
  responds responded
  remarks remarked
  recounts recounted
  concludes concluded
  remembers remembered
  begs begged
  pleads pleaded
  introduces introduced
  alleges alleged
  recommends recommended
  quips quipped
  jokes joked
  captions captioned
  emphasizes emphasized
  reports reported
  asserts asserted
  confesses confessed
  guesses guessed
  muses mused
  boasts boasted
  observes observed
  laments lamented
  vows vowed
  counters countered
  retorts retorted
  reiterates reiterated
  maintains maintained
`).flatMap((verb) => verb.split(' '));

/** Verbs of two words: "Klosterman points out that …" (tests/unit/engine/cited-shapes.test.ts; seen on naeb/e6996539). */
export const PHRASAL_SPEECH_VERBS = lines(`
  weighs in
  weighed in
  points out
  pointed out
  speaks out
  spoke out
  goes on
  went on
  shoots back
  shot back
  fires back
  fired back
`);

/** Participles that hand a sentence over to its quote: "…, calling the incident “…”", "… Carmichael branding it “…”"
 * (naeb dev 6d821299, 760a6897; case in speakers.test.ts). */
export const SPEECH_PARTICIPLES = lines(`
  saying
  adding
  writing
  calling
  branding
  describing
  noting
  telling
  replying
  explaining
`);

/** What a speaker's own words are called when a sentence owns them by name: "Hollerich’s hope is that the synod “…”"
 * (case in speakers.test.ts). */
export const VIEW_NOUNS = lines(`
  hope
  view
  argument
  message
  advice
  answer
  response
  reply
  verdict
  warning
  plea
  belief
`);
