// Job boards embedded in articles. A board is known by its label ("Job
// widget", "Latest jobs") or by its listings' shape: pay, employer and place
// as "field: value" parts (seed: "£350 - £450 Per Day: Clearwater People
// Solutions Ltd: …"); the board's own name and job titles between listings
// ride the label's run ("iJobs General", "Senior C++ Developer").
import { LENGTH, WIDGETS } from '../thresholds.ts';
import type { Block } from '../types.ts';
import type { Match } from './rule.ts';
import { patternRule } from './patterns.ts';

const PAY = /(£|\$|€|\bper (day|hour|annum|year)\b|\bsalary\b|\bnegotiable\b|\bcompetitive\b|\bk\b)/i;

export default patternRule({
  id: 'job-widget',
  kind: 'job-widget',
  // The board's name is the whole label ("iJobs Job Widget", "Job Search"); a subheading that only mentions one is
  // the story's ("How to Avoid Job Search Scams", "Job Board Red Flags": fixture job-scam-guide.html; seen on naeb's pcmag page).
  labels: [/^([\p{L}\p{N}'’-]+ ){0,2}jobs? (widget|board|search|finder)s?$/iu, /^(latest|featured|top) jobs$/i, /^careers?$/i],
  maxWords: LENGTH.labelMaxWords,
  shape,
});

/** A listing: pay and at least two "field: value" parts in a short line. */
function shape(block: Block): Match | null {
  const f = block.features;
  if (f.colonFields >= WIDGETS.listingMinFields && f.words <= LENGTH.teaserMaxWords && PAY.test(block.text)) {
    return { evidence: `job listing (${f.colonFields} "field: value" parts and a pay term)` };
  }
  return null;
}
