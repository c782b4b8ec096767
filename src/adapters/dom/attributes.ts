// The attributes the walker reads, in one pass over the attribute names: on a
// large page, seven getAttribute calls per element cost more than the rules.

export interface ElementAttributes {
  className: string;
  id: string;
  style: string | null;
  hidden: boolean;
  ariaHidden: string | null;
  role: string | null;
  rel: string | null;
  itemprop: string | null;
}

const NONE: ElementAttributes = { className: '', id: '', style: null, hidden: false, ariaHidden: null, role: null, rel: null, itemprop: null };

export function readAttributes(element: Element): ElementAttributes {
  // getAttributeNames is a plain array (element.attributes is a slow live proxy in jsdom).
  if (!element.hasAttributes()) return NONE;
  const out = { ...NONE };
  for (const name of element.getAttributeNames()) {
    switch (name) {
      case 'class': out.className = element.getAttribute(name) ?? ''; break;
      case 'id': out.id = element.getAttribute(name) ?? ''; break;
      case 'style': out.style = element.getAttribute(name); break;
      case 'hidden': out.hidden = true; break;
      case 'aria-hidden': out.ariaHidden = element.getAttribute(name); break;
      case 'role': out.role = element.getAttribute(name); break;
      case 'rel': out.rel = element.getAttribute(name); break;
      case 'itemprop': out.itemprop = element.getAttribute(name); break;
      default: break;
    }
  }
  return out;
}
