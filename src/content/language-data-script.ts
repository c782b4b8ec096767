// Injected by the background just before the content script (background/tabs.ts
// inject): every language's function words and widget labels, data kept out of
// the content script's size budget. It leaves them where the content script, in
// the same isolated world, reads them (content/language-data.ts).
import { LABELS, STOPLISTS } from '../engine/index.ts';
import { LANGUAGE_DATA_GLOBAL } from '../shared/marks.ts';

(globalThis as Record<string, unknown>)[LANGUAGE_DATA_GLOBAL] = { stoplists: STOPLISTS, labels: LABELS };
