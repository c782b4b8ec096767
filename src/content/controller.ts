// Holds the page's declutter state and answers protocol messages: toggling on
// marks furniture hidden (and keeps marking late widgets), toggling off
// removes every mark, and the report tells the popup what happened.
import type { Message } from '../shared/protocol';
import type { PageReport } from '../shared/report';
import type { Classification } from '../engine/types.ts';
import { analysePage, type PageAnalysis } from './analyse-page.ts';
import { declutter, restore } from './declutter.ts';
import { addException, exceptionKey, loadExceptions } from './exceptions.ts';
import { watchAdditions } from './observer.ts';
import { buildReport } from './report.ts';

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
    ({ analysis, hidden, marked } = declutter(doc, marked, kept));
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
    restore(doc, analysis, marked);
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
