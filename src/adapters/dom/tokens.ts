// Class and id → lower-case words: "article-body sidebarRight" → article-body,
// article, body, sidebarright, sidebar, right. Whole names are kept so
// multi-word tokens ("more-stories") can match too.

const MAX_TOKENS = 24;

export function tokensOf(element: Element): string[] {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (raw.trim() === '') return [];
  const out = new Set<string>();
  for (const name of raw.split(/\s+/)) {
    if (name === '' || out.size >= MAX_TOKENS) continue;
    out.add(name.toLowerCase());
    for (const part of name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/)) {
      if (part !== '') out.add(part.toLowerCase());
    }
  }
  return [...out].slice(0, MAX_TOKENS);
}
