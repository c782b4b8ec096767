// Page nodes read through the DOM's own getters and methods, never through
// the node's properties: a page's markup can shadow those. A form's controls
// are named properties of the form (<input name="hasAttribute"> makes
// form.hasAttribute that input, in Chrome's content-script world too), so a
// walk that reads form.lastChild or calls form.removeAttribute can be sent in
// circles or broken (tests/unit/dom/clobbering.test.ts; e2e hostile.e2e.ts).
// As DOMPurify does, each member is looked up once on Element.prototype or
// Node.prototype and called on the node.

type Member = (this: Node, ...args: never[]) => unknown;

/** Element.prototype and Node.prototype: the globals where there are DOM globals, else those of the first document read (jsdom in Node). */
let prototypes: readonly object[] | null = typeof Element === 'function' && typeof Node === 'function' ? [Element.prototype, Node.prototype] : null;
const members = new Map<string, Member>();

/** The prototypes of the document's own realm, found from the document itself (its prototype chain, then a fresh element's). */
export function readRealmOf(doc: Document): void {
  if (prototypes !== null) return;
  const chain = (start: object): object[] => { const out: object[] = []; for (let p = Object.getPrototypeOf(start) as object | null; p !== null; p = Object.getPrototypeOf(p) as object | null) out.push(p); return out; };
  const create = chain(doc).map((p) => Object.getOwnPropertyDescriptor(p, 'createElement')?.value as ((this: Document, tag: string) => Element) | undefined).find((f) => f !== undefined);
  if (create === undefined) return;
  const elementChain = chain(create.call(doc, 'div'));
  const element = elementChain.find((p) => Object.prototype.hasOwnProperty.call(p, 'getAttribute'));
  const node = elementChain.find((p) => Object.prototype.hasOwnProperty.call(p, 'parentNode'));
  if (element !== undefined && node !== undefined) prototypes = [element, node];
}

function member(key: string): Member {
  let found = members.get(key);
  if (found === undefined) {
    for (const proto of prototypes ?? []) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      // eslint-disable-next-line @typescript-eslint/unbound-method -- taken to be called on page nodes with their own `this`
      if (d !== undefined) { found = (d.get ?? d.value) as Member; break; }
    }
    if (found === undefined) throw new TypeError(key);
    members.set(key, found);
  }
  return found;
}

type Getters = 'lastElementChild' | 'parentNode' | 'parentElement' | 'firstChild' | 'lastChild' | 'nextSibling' | 'previousSibling' | 'nodeType' | 'nodeValue'
  | 'textContent' | 'localName' | 'isConnected' | 'previousElementSibling' | 'nextElementSibling' | 'ownerDocument';

/** A member's value as the DOM gives it, whatever the node's own properties say. */
export const get = <K extends Getters>(node: Node, key: K): Element[K] => member(key).call(node) as Element[K];

type Methods = 'getAttribute' | 'hasAttribute' | 'setAttribute' | 'removeAttribute' | 'getAttributeNames' | 'hasAttributes' | 'contains'
  | 'matches' | 'closest' | 'querySelector' | 'querySelectorAll' | 'scrollIntoView';

/** A DOM method called on the node, whatever the node's own properties say. */
export const call = <K extends Methods>(node: Node, key: K, ...args: Parameters<Element[K]>): ReturnType<Element[K]> =>
  (member(key) as (...a: Parameters<Element[K]>) => ReturnType<Element[K]>).apply(node, args);

/** The node after `node` inside `root` in document order (its first child, unless `skipChildren`), or null at the end:
 * one step of an iterative walk, so no depth of nesting can overflow the stack. */
export function nextInside(node: Node, root: Node, skipChildren = false): Node | null {
  const child = skipChildren ? null : get(node, 'firstChild');
  if (child !== null) return child;
  let at: Node | null = node;
  while (at !== null && at !== root && get(at, 'nextSibling') === null) at = get(at, 'parentNode');
  return at === null || at === root ? null : get(at, 'nextSibling');
}
