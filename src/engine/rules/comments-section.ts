// Comment sections and prompts. Like boilerpipe's terminating blocks, a
// "Comments" heading ends the article: everything after it is the thread.
import { LENGTH, WIDGETS } from '../thresholds.ts';
import type { Block } from '../types.ts';
import type { Match } from './rule.ts';
import { patternRule } from './patterns.ts';

/** Comment metadata (tests/unit/engine/cited-shapes.test.ts; seen on scrapinghub's macrumors: "Rating: 9 Votes", "2 days ago at 07:54 am"; profootballtalk
 * "joetoronto says:"). One such line may be a dateline, so a thread needs more of them after it. */
const META = [/^[\p{L}\p{N}_.-]{2,30} (says|said|wrote|replied):$/u, /^rating: -?\d+ votes?$/i,
  /^\d+ (minutes?|hours?|days?|weeks?|months?) ago at \d{1,2}:\d{2} ?[ap]m$/i, /^\d+ (responses|comments|replies) to\b/i,
  /^\p{L}+ \d{1,2}, (19|20)\d{2} at \d{1,2}:\d{2} ?[ap]m$/iu];

export default patternRule({
  id: 'comments-section',
  kind: 'comments',
  terminates: true,
  // "0 Comments" is a counter under the headline, not the head of a thread (cited-shapes.test.ts; seen on scrapinghub's timesofindia).
  // Plural only: "Comment" and "Response" head diagrams and API docs (cited-shapes.test.ts; seen on readability/dropbox-blog, 002).
  labels: [/^([1-9]\d*\s+)?(comments|reader comments|\d+ responses|\d+ replies)(\s*\([1-9]\d*\))?:?$/i, /^(show|view|read|load|see) (all )?(\d+ )?comments\b/i,
    /^(leave|post|add|write|submit) a (comment|reply|response)\b/i, /^join the (conversation|discussion|debate)\b/i,
    /^have your say\b/i, /^there (are|is) [1-9]\d* (comments?|responses?|replies)$/i, /^(discuss|discussion)( this (article|story))?$/i, /^comments are (closed|now closed)\b/i],
  lines: [/^(be the first to comment|no comments yet)\b/i, /^you must be logged in to (post|leave) a comment\b/i],
  labelRole: 'comments',
  maxWords: LENGTH.labelMaxWords,
  landmark: 'comments',
  shape,
});

/** A thread's metadata line ("12 comments", "Reply"), confirmed by more of its kind after it. */
function shape(block: Block): Match | null {
  const meta = block.features.words <= LENGTH.teaserMaxWords ? META.find((re) => re.test(block.text)) : undefined;
  return meta ? { evidence: `comment metadata "${block.text}"`, opensRun: true, confirmBy: WIDGETS.threadConfirmations } : null;
}
