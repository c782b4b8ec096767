// The corpus runner every diagnostic shares: the pages of a source (full
// corpus when present, else the in-repository sample), each system's article
// text on a page, and the block verdicts of either mode.
import { analyse, type Analysis, type Mode } from '../../src/adapters/analyse.ts';
import { chooseCorpus, loadCorpus, type CorpusPage } from '../eval/corpus.ts';
import { countSnippets, f1Of, scorePage, summariseSnippets, type PageScore } from '../eval/score.ts';
import { runSystems, type Peer } from '../eval/systems.ts';

export type System = 'html' | 'text' | Peer;
const SYSTEM_RUN: Record<System, string> = { html: 'declutter-html', text: 'declutter-text', readability: 'readability', defuddle: 'defuddle' };
const PEER_OF: Partial<Record<System, Peer>> = { readability: 'readability', defuddle: 'defuddle' };

/** The corpus every tool reads: the full one when present, else the in-repository sample (--sample forces it). */
export const corpus = chooseCorpus(process.argv);
export const pagesOf = (source: string): CorpusPage[] => loadCorpus([source], Infinity, corpus);

export function pageOf(source: string, id: string): CorpusPage {
  const page = pagesOf(source).find((p) => p.id === id || p.id.startsWith(id));
  if (page === undefined) throw new Error(`no page ${id} in ${source}`);
  return page;
}

/** Each asked system's article text on one page. */
export function texts(page: CorpusPage, systems: readonly System[]): Map<System, string> {
  const peers = systems.map((s) => PEER_OF[s]).filter((p): p is Peer => p !== undefined);
  const runs = runSystems(page, peers).runs;
  return new Map(systems.map((s) => [s, runs.find((r) => r.system === SYSTEM_RUN[s])?.text ?? '']));
}

/** Precision and recall of a text on a page, under the page's own metric. */
export function score(page: CorpusPage, text: string): PageScore {
  if (page.expected.with === undefined) return scorePage(text, page.expected.text);
  const s = summariseSnippets([countSnippets(text, page.expected)]);
  return { precision: s.precision, recall: s.recall };
}

export const f1 = (s: PageScore): number => f1Of(s);
export const fmt = (s: PageScore): string => `P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${f1(s).toFixed(2)}`;

/** The engine's verdicts on a page in one mode. */
export const analysePage = (page: CorpusPage, mode: Mode): Analysis => analyse(mode === 'html' ? page.html : page.text ?? '', mode);

/** Text folded for "is this in the truth": word characters only, lower case. */
export const fold = (s: string): string => s.replace(/\W+/g, ' ').trim().toLowerCase();
