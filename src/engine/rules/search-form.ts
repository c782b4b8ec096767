// Search, dating and login forms (seed: "Independent Dating" and "By clicking
// 'Search' you are agreeing to our Terms of Use").
import { LENGTH } from '../thresholds.ts';
import type { Rule } from './rule.ts';
import { patternRule } from './patterns.ts';

const byPattern = patternRule({
  id: 'search-form',
  summary: 'Search, dating and login forms',
  kind: 'form',
  labels: [/^([\p{L}'’]+ )?dating$/iu, /^(search|log ?in|sign ?in|register)( (now|here))?$/i],
  lines: [/^by clicking '?\w+'? you\b/i, /^are agreeing to our$/i, /^(and|or)$/i,
    /\b(remember me|forgot (your )?password)\b/i],
  maxWords: LENGTH.teaserMaxWords,
  landmark: 'form',
});

const rule: Rule = {
  ...byPattern,
  match(block, ctx) {
    const found = byPattern.match(block, ctx);
    if (found) return found;
    return block.interactive && block.features.words <= LENGTH.teaserMaxWords
      ? { evidence: 'part of a form (inputs or buttons)', opensRun: false }
      : null;
  },
};
export default rule;
