// Verbs of saying, shared by the attribution patterns and by people finding.

/** Verbs of saying, in the present and past news copy uses ("explains SciSpacE Team Leader …", "Doctor asks"). */
const SPEECH_VERBS = ['says said', 'tells told', 'adds added', 'warns warned', 'describes described', 'explains explained', 'states stated',
  'notes noted', 'insists insisted', 'argues argued', 'asks asked', 'replies replied', 'writes wrote written', 'declares declared',
  'announces announced', 'claims claimed', 'continues continued', 'urges urged', 'stresses stressed', 'acknowledges acknowledged',
  'admits admitted', 'recalls recalled', 'predicts predicted', 'cautions cautioned', 'concedes conceded', 'suggests suggested',
  'calls called', 'tweets tweeted', 'posts posted', 'comments commented', 'shouts shouted', 'orders ordered', 'assures assured',
  'responds responded', 'remarks remarked', 'recounts recounted', 'concludes concluded',
  'remembers remembered', 'begs begged', 'pleads pleaded', 'introduces introduced', 'alleges alleged', 'recommends recommended',
  'quips quipped', 'jokes joked', 'captions captioned', 'emphasizes emphasized', 'reports reported'].join(' ').split(' ');
/** Verbs of two words: "Klosterman points out that …" (tests/unit/engine/cited-shapes.test.ts; seen on naeb/e6996539). */
const PHRASAL = ['weighs in', 'weighed in', 'points out', 'pointed out', 'speaks out', 'spoke out'];
export const VERB = `(?:${PHRASAL.join('|')}|${SPEECH_VERBS.join('|')})`;
/** Participles that hand a sentence over to its quote: "…, calling the incident “…”", "… Carmichael branding it “…”"
 * (naeb dev 6d821299, 760a6897; case in speakers.test.ts). */
export const PARTICIPLE = '(?:saying|adding|writing|calling|branding|describing|noting|telling|replying|explaining)';
/** Speech on video: "the singer can be heard telling the crowd", "she is seen saying" (naeb dev 05260e06; case in speakers.test.ts). */
export const HEARD_SAYING = String.raw`(?:(?:can|could)\s+be|is|was|were)\s+(?:heard|seen)\s+${PARTICIPLE}`;
