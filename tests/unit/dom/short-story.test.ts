// A short story is still an article (src/content/analyse-page.ts, ARTICLE_MIN_WORDS): a 60-word brief is
// decluttered like any story, while a homepage's few link titles are not. Our own words, modelled on a BBC
// brief (seen on naeb/bf705599).
import { describe, expect, it } from 'vitest';
import { analysePageSteps } from '../../../src/content/analyse-page.ts';
import { drain } from '../../../src/engine/steps.ts';

const analyse = (body: string) => {
  // eslint-disable-next-line no-restricted-syntax -- the test page's own markup
  document.body.innerHTML = body;
  return drain(analysePageSteps(document));
};

describe('what counts as an article', () => {
  it('takes a brief of about 60 words in four sentences for a story', () => {
    const brief = ['The old bridge will close to cars next spring, the council said on Tuesday.', 'Engineers found two of its supports cracked during an inspection in the autumn.',
      'A shuttle bus will run every ten minutes until a new crossing opens.', 'The council said the work would cost about four million pounds in all.'];
    expect(analyse(`<main><h1>Bridge to close</h1>${brief.map((s) => `<p>${s}</p>`).join('')}</main>`).isArticle).toBe(true);
  });

  it('does not take a page of a few link titles for one', () => {
    expect(analyse('<nav><a href="/a">News</a> <a href="/b">Sport</a></nav><ul><li><a href="/c">Bridge to close</a></li><li><a href="/d">Storm warning</a></li></ul>').isArticle).toBe(false);
  });
});
