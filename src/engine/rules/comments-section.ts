// Comment sections and prompts. Like boilerpipe's terminating blocks, a
// "Comments" heading ends the article: everything after it is the thread.
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

export default patternRule({
  id: 'comments-section',
  summary: 'Comment threads and comment prompts; the heading ends the article',
  kind: 'comments',
  terminates: true,
  // "0 Comments" is a counter under the headline, not the head of a thread (scrapinghub: timesofindia).
  // Plural only: "Comment" and "Response" head diagrams and API docs (readability: dropbox-blog, 002).
  labels: [/^([1-9]\d*\s+)?(comments|reader comments|\d+ responses|\d+ replies)(\s*\([1-9]\d*\))?:?$/i, /^(show|view|read|load|see) (all )?(\d+ )?comments\b/i,
    /^(leave|post|add|write|submit) a (comment|reply|response)\b/i, /^join the (conversation|discussion|debate)\b/i,
    /^have your say\b/i, /^(discuss|discussion)( this (article|story))?$/i, /^comments are (closed|now closed)\b/i],
  lines: [/^(be the first to comment|no comments yet)\b/i, /^you must be logged in to (post|leave) a comment\b/i],
  maxWords: LENGTH.labelMaxWords,
  landmark: 'comments',
});
