// Holds the page's declutter state and answers protocol messages: toggling on
// marks furniture hidden (and keeps marking late widgets), toggling off
// removes every mark, and the report tells the popup what happened.
import type { Message, TabMessageType } from '../shared/protocol';
import type { PageReport } from '../shared/report';
import type { Classification, EmptySlot } from '../engine/index.ts';
import { analysePageSteps, type PageAnalysis } from './analyse-page.ts';
import { declutterSteps, restore } from './declutter.ts';
import { Cancelled, runSliced } from './slicing.ts';
import { addException, exceptionKey, loadExceptions } from './exceptions.ts';
import { addMarks, useMarks } from './hide.ts';
import { declutterAdded } from './late.ts';
import { watchAdditions, type Watcher } from './observer.ts';
import { buildReport, noScreenMarks } from './report.ts';
import { record } from './timings.ts';
import { loadUserRules, type UserHit } from './load-user-rules.ts';
import type { ActiveRule } from '../settings/rule-syntax.ts';

export interface Controller {
  handle(message: Message<TabMessageType>): Promise<PageReport>;
}

let warned = false;
function logOnce(error: unknown): void {
  if (!warned) console.warn('[Declutter] a pass failed; the page is left as it was.', error);
  warned = true;
}

export function createController(doc: Document): Controller {
  let on = false;
  let analysis: PageAnalysis | null = null;
  let articleRoot: Element | null = null;
  let marked = new Set<Element>();
  let hidden: Classification[] = [];
  let late: Classification[] = [];
  let watcher: Watcher | null = null;
  let exceptions = new Set<string>();
  let rules: ActiveRule[] = [];
  let userHits: UserHit[] = [];
  let slots: EmptySlot[] = [];
  let screen = noScreenMarks();
  const host = doc.location.hostname || doc.location.protocol;
  const kept = (c: Classification): boolean => exceptions.has(exceptionKey(c));

  let generation = 0; // a newer pass, or turning off, makes a running pass give up
  let requests = 0; // the newest on/off request wins: an 'on' still reading storage gives way to a later 'off'
  let passing = false;

  async function apply(): Promise<void> {
    const mine = ++generation;
    const start = performance.now();
    passing = true;
    try {
      const state = await runSliced(declutterSteps(doc, marked, kept, rules), () => on && mine === generation);
      ({ analysis, hidden, marked, articleRoot, userHits, slots } = state);
      screen = { regions: [...state.regions], boxes: [...state.boxes], locks: [...state.locks] };
      late = [];
      record('fullPass', start);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
    } finally {
      if (mine === generation) passing = false;
    }
  }

  function onAdded(roots: Element[]): void {
    if (!on) return;
    if (passing) { watcher?.fullPassSoon(); return; } // the running pass may have read past them: read again after
    if (analysis === null || !analysis.isArticle || analysis.pre !== null) return;
    const start = performance.now();
    const found = declutterAdded(doc, roots, articleRoot, analysis.result.blocks.length + late.length, kept);
    addMarks(found.marks, marked);
    late.push(...found.hidden);
    hidden.push(...found.hidden);
    slots.push(...found.slots);
    screen.regions.push(...found.regions);
    screen.boxes.push(...found.boxes);
    if (found.needsFullPass) watcher?.fullPassSoon();
    record('lateBatch', start);
  }

  async function enable(marks: unknown): Promise<void> {
    const request = ++requests;
    if (!on) useMarks(marks); // no mark of ours is on the page while off
    const [storedExceptions, storedRules] = [await loadExceptions(host), await loadUserRules(doc)];
    if (request !== requests) return; // turned off (or on again) while storage answered
    exceptions = storedExceptions;
    rules = storedRules;
    on = true;
    watcher ??= watchAdditions(doc, onAdded, () => { if (on) void apply().catch(logOnce); });
    await apply();
  }

  function disable(): void {
    requests += 1;
    on = false;
    generation += 1;
    passing = false;
    watcher?.stop();
    watcher = null;
    restore(doc, analysis, marked);
    marked = new Set();
    hidden = [];
    late = [];
    userHits = [];
    slots = [];
    screen = noScreenMarks();
  }

  async function unhide(blockId: number): Promise<void> {
    const c = analysis?.result.blocks[blockId] ?? late.find((l) => l.block.id === blockId);
    if (c === undefined) throw new Error('That block is no longer on the page.');
    exceptions = await addException(host, c);
    if (on) await apply();
  }

  return {
    async handle(message) {
      if (message.type === 'set-enabled') {
        if (message.on) await enable(message.marks);
        else disable();
      } else if (message.type === 'unhide-block') {
        await unhide(message.blockId);
      }
      // Off, the page may have changed since the last look; on, the last pass is current.
      if (!on || analysis === null) analysis = await runSliced(analysePageSteps(doc));
      return buildReport(doc, analysis, on, hidden, on ? userHits : [], on ? slots : [], screen);
    },
  };
}
