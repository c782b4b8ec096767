// Holds the page's declutter state and answers protocol messages: toggling on
// marks furniture hidden (and keeps marking late widgets), toggling off
// removes every mark, and the report tells the popup what happened.
import type { Message } from '../shared/protocol';
import type { PageReport } from '../shared/report';
import type { Classification } from '../engine/types.ts';
import { analysePage, type PageAnalysis } from './analyse-page.ts';
import { addException, exceptionKey, loadExceptions } from './exceptions.ts';
import { markAll, unmarkAll } from './hide.ts';
import { watchAdditions } from './observer.ts';
import { buildReport } from './report.ts';
import { hideTargets } from './targets.ts';
import { removeTextView, showTextView } from './text-view.ts';

export interface Controller {
  handle(message: Message): Promise<PageReport>;
}

export function createController(doc: Document): Controller {
  let on = false;
  let analysis: PageAnalysis | null = null;
  let marked = new Set<Element>();
  let hidden: Classification[] = [];
  let stopWatching: (() => void) | null = null;
  let exceptions = new Set<string>();
  const host = doc.location.hostname || doc.location.protocol;
  const kept = (c: Classification): boolean => exceptions.has(exceptionKey(c));

  function apply(): void {
    analysis = analysePage(doc);
    const { result, pre, text, containerElements } = analysis;
    if (!analysis.isArticle) { hidden = []; marked = markAll(doc, [], marked); return; }
    hidden = result.blocks.filter((c) => c.verdict === 'furniture' && c.ruleId !== 'hidden-by-page' && !kept(c));
    if (pre !== null) { showTextView(doc, pre, text, result.blocks, kept); marked = markAll(doc, [], marked); return; }
    const targets = hideTargets(result.blocks, containerElements, kept);
    marked = markAll(doc, targets.map((t) => ({ element: t.element, ruleId: t.classification.ruleId })), marked);
  }

  async function enable(): Promise<void> {
    exceptions = await loadExceptions(host);
    on = true;
    apply();
    stopWatching ??= watchAdditions(doc, () => { if (on) apply(); });
  }

  function disable(): void {
    on = false;
    stopWatching?.();
    stopWatching = null;
    if (analysis?.pre) removeTextView(doc, analysis.pre);
    unmarkAll(doc, marked);
    marked = new Set();
    hidden = [];
  }

  async function unhide(blockId: number): Promise<void> {
    const c = analysis?.result.blocks[blockId];
    if (c === undefined) throw new Error('That block is no longer on the page.');
    exceptions = await addException(host, c);
    if (on) apply();
  }

  return {
    async handle(message) {
      if (message.type === 'set-enabled') {
        if (message.on) await enable();
        else disable();
      } else if (message.type === 'unhide-block') {
        await unhide(message.blockId);
      }
      analysis ??= analysePage(doc);
      if (!on) analysis = analysePage(doc); // the page may have changed since
      return buildReport(doc, analysis, on, hidden);
    },
  };
}
