// Small DOM helpers shared by the extension's pages and the content script.

/** An element the page's own markup must have; its absence is a build mistake, so it throws. */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`${location.pathname} lacks #${id}`);
  return element;
}

/** Whether the browser accepts `selector` (checked on an empty fragment of `doc`, so nothing is searched). */
export function isValidSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
