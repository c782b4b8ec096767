// Late widgets (lazy rails, infinite-scroll teasers, late ad slots): while
// declutter is on, every MutationObserver batch hands its added elements on at
// once (they are classified alone, cheaply); a full pass, when one is asked
// for, waits for a quiet spell. Our own attribute changes are not watched.
import { outermost } from './targets.ts';
import { MARKS } from './hide.ts';
import { call, get } from '../adapters/dom/safe.ts';

/** Wait for this long after the last request before a full pass. */
const QUIET_MS = 200;

export interface Watcher { stop(): void; fullPassSoon(): void }

/** The outermost added elements of a batch (an element inside another added one is read with it). */
function addedRoots(records: readonly MutationRecord[]): Element[] {
  const added = new Set<Element>();
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (get(node, 'nodeType') === 1 && !call(node, 'hasAttribute', MARKS.view)) added.add(node as Element);
    }
  }
  return outermost(added);
}

export function watchAdditions(doc: Document, onAdded: (roots: Element[]) => void, onFullPass: () => void): Watcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;
  const observer = new MutationObserver((records) => {
    const roots = addedRoots(records);
    if (roots.length === 0) return;
    try {
      onAdded(roots);
    } catch (error) {
      if (!failed) console.warn('[Declutter] could not classify a late widget; it stays as it is.', error);
      failed = true;
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return {
    stop() { clearTimeout(timer); observer.disconnect(); },
    fullPassSoon() { clearTimeout(timer); timer = setTimeout(onFullPass, QUIET_MS); },
  };
}
