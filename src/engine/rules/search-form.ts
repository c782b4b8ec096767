// Search, sign-up and login forms. A form's fine print opens the rest of it
// ("By clicking 'Search' you / are agreeing to our / Terms of Use." in the
// seed's saved text), and the short lines just before that text are the form's
// heading and connectors between its controls (seed: "Independent Dating",
// "and"): prose never has a line of three words right before a consent clause.
import { LENGTH, WIDGETS } from '../thresholds.ts';
import type { Block } from '../types.ts';
import type { Match, RuleContext } from './rule.ts';
import { patternRule } from './patterns.ts';

/** The consent clause of a form: "By clicking 'Sign up' you agree…", "By registering, you accept…". */
const CONSENT = /^by (clicking|tapping|pressing|signing up|submitting|registering|subscribing|continuing|creating an account)\b.{0,60}\byou\b/i;

export default patternRule({
  id: 'search-form',
  kind: 'form',
  labels: [CONSENT],
  barLabels: [/^(search|log ?in|sign ?in|register)( (now|here))?$/i],
  lines: [/\b(remember me|forgot (your )?password)\b/i],
  maxWords: LENGTH.teaserMaxWords,
  landmark: 'form',
  shape,
});

/** A short line just before the form's consent clause: its heading or a connector between its buttons. */
function beforeConsent(block: Block, ctx: RuleContext): boolean {
  if (block.features.words > WIDGETS.formFragmentMaxWords || block.features.endsSentence) return false;
  return ctx.blocks.slice(block.id + 1, block.id + 1 + WIDGETS.formFragmentReach).some((b) => b.features.words <= LENGTH.teaserMaxWords && CONSENT.test(b.text));
}

/** The lines around a form's consent clause, and parts of a form with inputs or buttons. */
function shape(block: Block, ctx: RuleContext): Match | null {
  if (beforeConsent(block, ctx)) return { evidence: 'short line just before a form\'s consent text' };
  return block.interactive && block.features.words <= LENGTH.teaserMaxWords
    ? { evidence: 'part of a form (inputs or buttons)' }
    : null;
}
