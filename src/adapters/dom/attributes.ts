// The attributes the walker reads, in one pass over the attribute names: on a
// large page, seven getAttribute calls per element cost more than the rules.
import { call } from './safe.ts';

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
  if (!call(element, 'hasAttributes')) return NONE;
  const out = { ...NONE };
  for (const name of call(element, 'getAttributeNames')) {
    switch (name) {
      case 'class': out.className = call(element, 'getAttribute', name) ?? ''; break;
      case 'id': out.id = call(element, 'getAttribute', name) ?? ''; break;
      case 'style': out.style = call(element, 'getAttribute', name); break;
      case 'hidden': out.hidden = true; break;
      case 'aria-hidden': out.ariaHidden = call(element, 'getAttribute', name); break;
      case 'role': out.role = call(element, 'getAttribute', name); break;
      case 'rel': out.rel = call(element, 'getAttribute', name); break;
      case 'itemprop': out.itemprop = call(element, 'getAttribute', name); break;
      default: break;
    }
  }
  return out;
}
