// Copyright lines and legal links at the foot of pages (scrapinghub pages).
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'legal-footer',
  summary: 'Copyright lines, legal and site-info links',
  kind: 'footer',
  lines: [/(©|\(c\)\s*\d{4}|\bcopyright\b)/i, /\ball rights reserved\b/i,
    /^(terms( of (use|service))?|terms (&|and) conditions|privacy( policy| notice| settings)?|cookie(s| policy| settings| preferences)|accessibility|contact( us)?|about( us)?|advertise( with us)?|careers|site ?map|help|faq|imprint|impressum)$/i],
  maxWords: LENGTH.teaserMaxWords,
  landmark: 'footer',
});
