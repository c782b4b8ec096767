// Holds the page's declutter state and answers protocol messages.
import type { Message } from '../shared/protocol';
import type { PageReport } from '../shared/report';

export interface Controller {
  handle(message: Message): Promise<PageReport>;
}

export function createController(doc: Document): Controller {
  let on = false;
  const report = (): PageReport => ({
    url: doc.location.href,
    title: doc.title,
    mode: 'html',
    on,
    isArticle: false,
    headline: null,
    summary: [],
    speakers: [],
    hidden: [],
    warnings: [],
  });
  return {
    handle(message) {
      if (message.type === 'set-enabled') {
        on = message.on;
        if (on) doc.documentElement.setAttribute('data-declutter', 'on');
        else doc.documentElement.removeAttribute('data-declutter');
      }
      return Promise.resolve(report());
    },
  };
}
