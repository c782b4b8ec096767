// News-agency credits are part of the story and stay (seed: the closing "AP").
import { patternRule } from './patterns.ts';
import { CAPTIONS } from '../thresholds.ts';

/** Wire agencies by name: a credit line, and a byline when no person is named (extract/metadata.ts). */
export const AGENCY = /^(AP|AFP|Reuters|PA|dpa|Associated Press|Agence France-Presse|Press Association|Bloomberg|ANSA|EFE|Xinhua|CNN Wire|UPI)$/i;

export default patternRule({
  id: 'agency-credit',
  kind: 'credit',
  verdict: 'article',
  lines: [new RegExp(`^[-–—(\\s]*(${AGENCY.source.slice(1, -1)})( (staff|wire|reporters?))?[)\\s]*$`, 'i'),
    /^(additional )?reporting by\b/i],
  maxWords: CAPTIONS.agencyCreditMaxWords,
});
