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
