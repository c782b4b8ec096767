// Late widgets (lazy rails, infinite-scroll teasers, late ad slots): watch for
// added nodes while declutter is on and re-run classification once per quiet
// spell, never per mutation. Our own attribute changes are not watched.
import { VIEW_ATTR } from './text-view.ts';

/** Wait for this long after the last added node before classifying again. */
const QUIET_MS = 200;

export function watchAdditions(doc: Document, onBatch: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && !(n as Element).hasAttribute(VIEW_ATTR)));
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(onBatch, QUIET_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => { clearTimeout(timer); observer.disconnect(); };
}
