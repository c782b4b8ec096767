// The scrapinghub benchmark's metric: \w+ tokens, overlapping 4-token
// shingles counted as multisets; precision and recall per page, averaged over
// pages; F1 is the harmonic mean of the two averages.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const count = Math.max(tokens.length === 0 ? 0 : 1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore { precision: number; recall: number }

export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let pTotal = 0;
  let tTotal = 0;
  for (const [key, n] of p) { pTotal += n; tp += Math.min(n, t.get(key) ?? 0); }
  for (const n of t.values()) tTotal += n;
  if (pTotal === 0 && tTotal === 0) return { precision: 1, recall: 1 };
  return { precision: pTotal === 0 ? 0 : tp / pTotal, recall: tTotal === 0 ? 0 : tp / tTotal };
}

export interface Summary { precision: number; recall: number; f1: number; pages: number }

/** The harmonic mean of a precision and a recall (0 when both are 0). */
export const f1Of = ({ precision, recall }: PageScore): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

export function summarise(scores: readonly PageScore[]): Summary {
  const n = scores.length;
  const precision = n === 0 ? 0 : scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = n === 0 ? 0 : scores.reduce((s, x) => s + x.recall, 0) / n;
  return { precision, recall, f1: f1Of({ precision, recall }), pages: n };
}

// trafilatura's metric (its tests/eval_common.py): whitespace collapsed, a
// `with` passage found in the text is a true positive, a `without` passage
// found a false positive; counts are summed over all pages.
export interface SnippetCounts { tp: number; fp: number; fn: number; tn: number }

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function countSnippets(predicted: string, truth: { with?: readonly string[]; without?: readonly string[] }): SnippetCounts {
  const text = collapse(predicted);
  const withs = truth.with ?? [];
  const withouts = truth.without ?? [];
  const tp = withs.filter((w) => text.includes(collapse(w))).length;
  const fp = withouts.filter((w) => text.includes(collapse(w))).length;
  return { tp, fp, fn: withs.length - tp, tn: withouts.length - fp };
}

export function summariseSnippets(counts: readonly SnippetCounts[]): Summary {
  const t = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const precision = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  const denominator = 2 * t.tp + t.fp + t.fn;
  return { precision, recall, f1: denominator === 0 ? 0 : (2 * t.tp) / denominator, pages: counts.length };
}
