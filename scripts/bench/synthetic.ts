// Synthetic pages for scaling runs: an article among many teaser widgets, and
// saved texts of the same shape.
import { JSDOM } from 'jsdom';

const PARAGRAPH = 'The council said on Tuesday that the work would begin in the spring and take about eighteen months, with the riverside path closed in stages while the new wall is built.';

/** A Document with about `elements` elements: a 20-paragraph article and teaser lists. */
export function syntheticDocument(elements: number): Document {
  const dom = new JSDOM('<!doctype html><title>Synthetic</title><body><main><article></article></main><aside class="rail"></aside></body>');
  const doc = dom.window.document;
  const article = doc.querySelector('article');
  const rail = doc.querySelector('aside');
  for (let i = 0; i < 20; i++) { const p = doc.createElement('p'); p.textContent = PARAGRAPH; article?.append(p); }
  for (let made = 40; made < elements; made += 3) {
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.href = `/story/${made}`;
    a.textContent = `Teaser headline number ${made} about something else`;
    const span = doc.createElement('span');
    span.textContent = '2 hours ago';
    li.append(a, span);
    rail?.append(li);
  }
  return doc;
}

/** Saved text of about `bytes` bytes: a headline, 20 paragraphs and teaser lines. */
export function syntheticText(bytes: number): string {
  const parts = ['Synthetic headline for the scaling run', ''];
  for (let i = 0; i < 20; i++) parts.push(PARAGRAPH, '');
  let size = parts.join('\n').length;
  for (let i = 0; size < bytes; i++) {
    const line = `Teaser headline number ${i} about something else`;
    parts.push(line);
    size += line.length + 1;
  }
  return parts.join('\n');
}
