// Copyright lines and legal links at the foot of pages (scrapinghub pages).
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

/** What the rule names, in one line: for readers of the code and tests, kept out of the rule object the page script ships. */
export const summary = 'Copyright lines, legal and site-info links';

export default patternRule({
  id: 'legal-footer',
  kind: 'footer',
  lines: [/(©|\(c\)\s*\d{4}|\bcopyright\b)/i, /\ball rights reserved\b/i,
    /^(terms( of (use|service))?|terms (&|and) conditions|privacy( policy| notice| settings)?|cookie(s| policy| settings| preferences)|accessibility|contact( us)?|about( us)?|advertise( with us)?|careers|site ?map|help|faq|imprint|impressum)$/i],
  maxWords: LENGTH.teaserMaxWords,
  landmark: 'footer',
});
