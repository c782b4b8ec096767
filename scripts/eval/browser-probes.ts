// What a reader sees, read from inside a corpus page in the browser: functions
// passed to page.evaluate, so each is self-contained (no imports, no closures).

export interface ScreenBox { tag: string; name: string; position: string; share: number; text: string }
export interface ScreenState {
  /** document.body.innerText: what the reader can see and select. */
  text: string;
  /** Fixed or sticky boxes that cover part of the first viewport and do not hold the story. */
  boxes: ScreenBox[];
  /** Share of the viewport those boxes cover (summed, capped at 1). */
  boxShare: number;
  /** Taller than the window but html or body cannot scroll (an overlay's scroll lock). */
  unscrollable: boolean;
}

/** Boxes under this share of the viewport (a 1280×900 window: about 5,800 px², a small icon button) are not counted. */
export const MIN_BOX_SHARE = 0.005;

export function readScreen(minShare: number): ScreenState {
  const body = document.body as HTMLElement | null;
  const text = body?.innerText ?? '';
  const viewport = innerWidth * innerHeight;
  const found: { el: Element; box: ScreenBox }[] = [];
  for (const el of body === null ? [] : Array.from(body.querySelectorAll('*'))) {
    const style = getComputedStyle(el);
    if (style.position !== 'fixed' && style.position !== 'sticky') continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    const share = (w * h) / viewport;
    if (share < minShare) continue;
    const own = (el as HTMLElement).innerText;
    if (own.length > text.length / 2) continue; // a sticky column that holds the story is the story
    const name = `${el.id ? '#' + el.id : ''}${typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : ''}`;
    found.push({ el, box: { tag: el.localName, name, position: style.position, share, text: own.replace(/\s+/g, ' ').trim().slice(0, 80) } });
  }
  const outer = found.filter(({ el }) => !found.some((o) => o.el !== el && o.el.contains(el)));
  const boxes = outer.map((f) => f.box);
  const locks = [document.documentElement, body].filter((e): e is HTMLElement => e !== null).some((e) => {
    const s = getComputedStyle(e);
    return s.overflowY === 'hidden' || s.overflowY === 'clip' || (e === body && s.position === 'fixed');
  });
  const tall = (document.scrollingElement?.scrollHeight ?? 0) > innerHeight + 100;
  return { text, boxes, boxShare: Math.min(1, boxes.reduce((s, b) => s + b.share, 0)), unscrollable: tall && locks };
}

/** Notes the wall-clock time at which the content script switches the page on: an attribute named like the root
 * mark (`rootMark`, the source of src/shared/marks.ts ROOT_MARK) becomes "on" on <html>. */
export function watchToggle(rootMark: string): void {
  const w = window as unknown as { __declutterOnAt?: number };
  delete w.__declutterOnAt;
  const root = document.documentElement;
  const named = new RegExp(rootMark);
  new MutationObserver((records, observer) => {
    const on = records.some((r) => r.attributeName !== null && named.test(r.attributeName) && root.getAttribute(r.attributeName) === 'on');
    if (on) { w.__declutterOnAt = Date.now(); observer.disconnect(); }
  }).observe(root, { attributes: true });
}

/** In the page, while declutter is on: the name of the root mark on <html> (named like `rootMark`, as above). */
export function rootMarkName(rootMark: string): string | null {
  // Through the prototype: a page may have an element named "documentElement" (tests/e2e/hostile.e2e.ts).
  const html = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get?.call(document) as Element;
  const named = new RegExp(rootMark);
  return [...html.attributes].find((a) => named.test(a.name) && a.value === 'on')?.name ?? null;
}

export function toggledAt(): number | null {
  return (window as unknown as { __declutterOnAt?: number }).__declutterOnAt ?? null;
}
