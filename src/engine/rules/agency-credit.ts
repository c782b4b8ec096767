// News-agency credits are part of the story and stay (seed: the closing "AP").
import { patternRule } from './patterns.ts';
import { CAPTIONS } from '../thresholds.ts';

/** Wire agencies by name: a credit line, and a byline when no person is named (extract/metadata.ts). */
export const AGENCY = /^(AP|AFP|Reuters|PA|dpa|Associated Press|Agence France-Presse|Press Association|Bloomberg|ANSA|EFE|Xinhua|CNN Wire|UPI)$/i;

/** What the rule names, in one line: for readers of the code and tests, kept out of the rule object the page script ships. */
export const summary = 'News-agency credit lines (kept as part of the story)';

export default patternRule({
  id: 'agency-credit',
  kind: 'credit',
  verdict: 'article',
  lines: [new RegExp(`^[-–—(\\s]*(${AGENCY.source.slice(1, -1)})( (staff|wire|reporters?))?[)\\s]*$`, 'i'),
    /^(additional )?reporting by\b/i],
  maxWords: CAPTIONS.agencyCreditMaxWords,
});
