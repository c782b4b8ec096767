// News-agency credits are part of the story and stay (seed: the closing "AP").
import { patternRule } from './patterns.ts';
import { CAPTIONS } from '../thresholds.ts';


export default patternRule({
  id: 'agency-credit',
  summary: 'News-agency credit lines (kept as part of the story)',
  kind: 'credit',
  verdict: 'article',
  lines: [/^[-–—(\s]*(AP|AFP|Reuters|PA|dpa|Associated Press|Agence France-Presse|Press Association|Bloomberg|ANSA|EFE|Xinhua|CNN Wire|UPI)( (staff|wire|reporters?))?[)\s]*$/i,
    /^(additional )?reporting by\b/i],
  maxWords: CAPTIONS.agencyCreditMaxWords,
});
