// Newsletter sign-up boxes (fixtures furniture-zoo, readability-quanta-1.html; DOM: newsletter/subscribe containers).
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'newsletter-box',
  kind: 'newsletter',
  labels: [/^(sign up|subscribe)( (now|today|here))?$/i, /^(our |the )?newsletters?$/i],
  lines: [/\b(sign up|subscribe)\b.{0,60}\b(newsletter|e-?mails?|inbox|updates|alerts)\b/i,
    /\b(newsletter|briefing)\b.{0,40}\b(inbox|sign up|subscribe)\b/i, /^enter your e-?mail( address)?\b/i,
    /\bdelivered (straight )?to your inbox\b/i, /\bby (signing up|subscribing),? you agree\b/i],
  labelRole: 'newsletter',
  maxWords: LENGTH.teaserMaxWords,
  landmark: 'newsletter',
});
