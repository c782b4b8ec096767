// Holds the page's declutter state and answers protocol messages: toggling on
// marks furniture hidden (and keeps marking late widgets), toggling off
// removes every mark, and the report tells the popup what happened.
import type { Message, ReportMessageType } from '../shared/protocol';
import type { PageReport } from '../shared/report';
import type { Classification, EmptySlot } from '../engine/index.ts';
import { analysePageSteps, type PageAnalysis } from './analyse-page.ts';
import { declutterSteps, restore } from './declutter.ts';
import { Cancelled, runSliced } from './slicing.ts';
import { addException, exceptionKey, loadExceptions } from './exceptions.ts';
import { addMarks, MARKS, useMarks } from './hide.ts';
import { declutterAdded } from './late.ts';
import { watchAdditions, type Watcher } from './observer.ts';
import { buildReport, noScreenMarks } from './report.ts';
import { record } from './timings.ts';
import { loadUserRules, type UserHit } from './load-user-rules.ts';
import type { ActiveRule } from '../settings/rule-syntax.ts';

export interface Controller {
  handle(message: Message<ReportMessageType>): Promise<PageReport>;
  /** Whether declutter is on, answered without reading the page. */
  switchState(): { on: boolean };
}

let warned = false;
function logOnce(error: unknown): void {
  if (!warned) console.warn('[Declutter] a pass failed; the page is left as it was.', error);
  warned = true;
}

/** What the page shows while declutter is on: written by each full pass, grown by late widgets, dropped whole when
 * declutter turns off. `analysis` outlives it (the popup reads the page while off too). */
interface Marks {
  articleRoot: Element | null;
  /** The elements carrying our mark now. */
  marked: Set<Element>;
  /** Blocks hidden, the late ones included; `late` holds the late ones alone (their ids follow the pass's). */
  hidden: Classification[];
  late: Classification[];
  userHits: UserHit[];
  slots: EmptySlot[];
  screen: ReturnType<typeof noScreenMarks>;
}

const noMarks = (): Marks => ({ articleRoot: null, marked: new Set(), hidden: [], late: [], userHits: [], slots: [], screen: noScreenMarks() });

/** The switch and what it waits on. */
interface Session {
  on: boolean;
  /** A newer pass, or turning off, makes a running pass give up. */
  generation: number;
  /** The newest on/off request wins: an 'on' still reading storage gives way to a later 'off'. */
  requests: number;
  passing: boolean;
  watcher: Watcher | null;
  exceptions: Set<string>;
  rules: ActiveRule[];
}

/** From now on: a check that the page has not changed (no node, text or attribute), asked once. */
function watchUnchanged(doc: Document): () => boolean {
  let changed = false;
  const observer = new MutationObserver(() => { changed = true; observer.disconnect(); });
  try {
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  } catch {
    return () => false; // a document the page rewrote as it left (scrapinghub 686bb170): never reused
  }
  return () => {
    const unchanged = !changed && observer.takeRecords().length === 0;
    observer.disconnect();
    return unchanged;
  };
}

export function createController(doc: Document): Controller {
  const session: Session = { on: false, generation: 0, requests: 0, passing: false, watcher: null, exceptions: new Set(), rules: [] };
  let marks = noMarks();
  let analysis: PageAnalysis | null = null;
  /** Says whether the page is unchanged since `analysis` was taken while off (then turning on need not read it again). */
  let unchangedSince: (() => boolean) | null = null;
  const host = doc.location.hostname || doc.location.protocol;
  const kept = (c: Classification): boolean => session.exceptions.has(exceptionKey(c));

  async function apply(): Promise<void> {
    const mine = ++session.generation;
    const start = performance.now();
    session.passing = true;
    try {
      const reuse = unchangedSince?.() === true ? analysis : null;
      unchangedSince = null;
      const state = await runSliced(declutterSteps(doc, marks.marked, kept, session.rules, reuse), () => session.on && mine === session.generation);
      analysis = state.analysis;
      const { articleRoot, hidden, marked, userHits, slots } = state;
      marks = { articleRoot, hidden, marked, userHits, slots, late: [], screen: { regions: [...state.regions], boxes: [...state.boxes], locks: [...state.locks] } };
      record('fullPass', start);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
    } finally {
      if (mine === session.generation) session.passing = false;
    }
  }

  function onAdded(roots: Element[]): void {
    if (!session.on) return;
    if (session.passing) { session.watcher?.fullPassSoon(); return; } // the running pass may have read past them: read again after
    if (analysis === null || !analysis.isArticle || analysis.pre !== null) return;
    const start = performance.now();
    const found = declutterAdded(doc, roots, marks.articleRoot, analysis.result.blocks.length + marks.late.length, kept);
    addMarks(found.marks, marks.marked);
    marks.late.push(...found.hidden);
    marks.hidden.push(...found.hidden);
    marks.slots.push(...found.slots);
    marks.screen.regions.push(...found.regions);
    marks.screen.boxes.push(...found.boxes);
    if (found.needsFullPass) session.watcher?.fullPassSoon();
    record('lateBatch', start);
  }

  async function enable(token: unknown): Promise<void> {
    const request = ++session.requests;
    if (!session.on) useMarks(token); // no mark of ours is on the page while off
    const [exceptions, rules] = await Promise.all([loadExceptions(host), loadUserRules(doc)]);
    if (request !== session.requests) return; // turned off (or on again) while storage answered
    Object.assign(session, { exceptions, rules, on: true });
    session.watcher ??= watchAdditions(doc, onAdded, () => { if (session.on) void apply().catch(logOnce); });
    await apply();
  }

  /** One reset: the session stops, every mark goes, and nothing of the last pass is kept but the analysis. */
  function disable(): void {
    // A quote the popup highlighted (content/quote.ts) goes too.
    (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(MARKS.quote);
    session.watcher?.stop();
    Object.assign(session, { on: false, passing: false, watcher: null, requests: session.requests + 1, generation: session.generation + 1 });
    restore(doc, analysis, marks.marked);
    marks = noMarks();
  }

  async function unhide(blockId: number): Promise<void> {
    const c = analysis?.result.blocks[blockId] ?? marks.late.find((l) => l.block.id === blockId);
    if (c === undefined) throw new Error('That block is no longer on the page.');
    session.exceptions = await addException(host, c);
    if (session.on) await apply();
  }

  return {
    switchState: () => ({ on: session.on }),
    async handle(message) {
      if (message.type === 'set-enabled') {
        if (message.on) await enable(message.marks);
        else disable();
      } else if (message.type === 'unhide-block') {
        await unhide(message.blockId);
      }
      // Off, the page may have changed since the last look; on, the last pass is current.
      if (!session.on || analysis === null) {
        analysis = await runSliced(analysePageSteps(doc));
        unchangedSince?.(); // stops the last watch
        unchangedSince = session.on ? null : watchUnchanged(doc);
      }
      const { on } = session;
      return buildReport(doc, analysis, on, marks.hidden, on ? marks.userHits : [], on ? marks.slots : [], marks.screen);
    },
  };
}
