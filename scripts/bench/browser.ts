// `npm run bench:browser`: the built extension in real Chromium on a large
// page. Reports the longest main-thread task while declutter turns on (target:
// chunk the work if over 50 ms) and the cost of each MutationObserver batch
// while 1,000 teasers are inserted one by one (target: median < 1 ms).
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, marksIn, openPopup, serve, tabIdOf } from '../../tests/e2e/harness.ts';
import { quantile } from './stats.ts';
import type { PageReport } from '../../src/shared/report.ts';

const ELEMENTS = 50_000;
const INSERTS = 1_000;
const PARAGRAPH = 'The council said on Tuesday that the work would begin in the spring and take about eighteen months, with the riverside path closed in stages while the new wall is built.';

function largePage(elements: number): string {
  const paragraphs = Array.from({ length: 20 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
  const teasers: string[] = [];
  for (let made = 30; made < elements; made += 3) teasers.push(`<li><a href="/s/${made}">Teaser headline number ${made} about something else</a><span>2 hours ago</span></li>`);
  return `<!doctype html><title>Large page</title><script>
    window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  </script><body><main><article><h1>Council approves the flood wall</h1>${paragraphs}</article></main><aside><h3>More stories</h3><ul id="rail">${teasers.join('')}</ul></aside></body>`;
}

type Probe = Window & { __long: number[] };

/** Turns declutter on from the popup's switch while the page stays the front tab (long tasks are only timed there). */
async function toggleOn(popup: Page): Promise<void> {
  await popup.evaluate(() => { document.getElementById('toggle')?.click(); });
  await popup.waitForFunction(() => document.getElementById('app')?.dataset.on === 'true', { timeout: 120_000, polling: 50 });
}

/** A saved text of 300,000 lines (issue #27: its view was built in one 767 ms task). */
const LONG_TEXT_LINES = 300_000;
const longText = (): string => [`Council approves the flood wall\n\n${Array.from({ length: 20 }, () => PARAGRAPH).join('\n\n')}`,
  ...Array.from({ length: LONG_TEXT_LINES }, (_, i) => `Log line ${i}`)].join('\n');

/** Turns declutter on in a saved text of LONG_TEXT_LINES lines; the content script's own slice times. */
async function savedTextSlices(): Promise<{ lines: number; slices: number; longestSliceMs: number; fullPassMs: number[] }> {
  const page = await session.browser.newPage();
  await page.goto(`${site.origin}/long.txt`);
  const tabId = await tabIdOf(session, `${site.origin}/long.txt`);
  const popup = await openPopup(session, tabId);
  await popup.waitForFunction(() => document.getElementById('status')?.textContent !== 'Loading…', { timeout: 120_000 });
  await page.bringToFront();
  await toggleOn(popup);
  const reply = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-state', tabId: id }), tabId) as { ok: boolean; value: PageReport };
  const { slice, fullPass } = reply.value.timings;
  if (process.argv.includes('--slices')) console.log('saved text slices:', slice.map((d) => d.toFixed(0)).join(' '));
  await popup.close(); await page.close();
  return { lines: LONG_TEXT_LINES, slices: slice.length, longestSliceMs: Math.max(0, ...slice), fullPassMs: fullPass };
}

const site = await serve({ '/large.html': { body: largePage(ELEMENTS) }, '/long.txt': { body: longText(), type: 'text/plain; charset=utf-8' } });
const session = await launch('chrome');
try {
  const page = await session.browser.newPage();
  await page.goto(`${site.origin}/large.html`);
  const elementCount = await page.evaluate(() => document.getElementsByTagName('*').length);
  const tabId = await tabIdOf(session, `${site.origin}/large.html`);
  const popup = await openPopup(session, tabId);
  await popup.waitForFunction(() => document.getElementById('status')?.textContent !== 'Loading…', { timeout: 120_000 });
  const loadTasks = await page.evaluate(() => (window as unknown as Probe).__long.length);
  await page.evaluate(() => { (window as unknown as Probe).__long = []; });
  await page.bringToFront();
  await toggleOn(popup);
  await new Promise((r) => setTimeout(r, 500));
  const longTasks = await page.evaluate(() => (window as unknown as Probe).__long);
  await page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) {
      await new Promise((r) => setTimeout(r, 0)); // one task, so one MutationObserver batch, per teaser
      const teaser = document.createElement('div');
      teaser.className = 'late-teaser';
      // eslint-disable-next-line no-restricted-syntax -- the benchmark page inserting its own teaser
      teaser.innerHTML = `<a href="/late/${i}">Late teaser number ${i} about something else</a><span>just now</span>`;
      document.body.append(teaser); // outside anything hidden already, so each one is read and classified
    }
  }, INSERTS);
  await new Promise((r) => setTimeout(r, 500));
  // The content script keeps its timings to itself (none in the page's timeline); the popup's report carries them.
  const reply = await popup.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'get-state', tabId }), tabId) as { ok: boolean; value: PageReport };
  const { fullPass, lateBatch: batches, slice: slices } = reply.value.timings;
  if (process.argv.includes('--slices')) console.log(slices.map((d) => d.toFixed(0)).join(' '));
  const hiddenAttr = (await marksIn(page))?.hidden ?? 'data-declutter-hidden';
  const lateHidden = await page.evaluate((a) => document.querySelectorAll(`.late-teaser[${a}]`).length, hiddenAttr);
  const result = {
    elements: elementCount, loadLongTasks: loadTasks, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length, fullPassMs: fullPass, slices: slices.length, longestSliceMs: Math.max(0, ...slices),
    batches: batches.length, batchMedianMs: quantile(batches, 0.5), batchP90Ms: quantile(batches, 0.9), lateTeasersHidden: lateHidden,
  };
  console.log(`Chromium, ${result.elements} elements: full pass ${fullPass.map((d) => d.toFixed(0)).join(', ')} ms in ${slices.length} slices (longest ${result.longestSliceMs.toFixed(0)} ms); longest task while turning on ${result.longestTaskMs.toFixed(0)} ms (${result.longTasks} tasks over 50 ms; ${loadTasks} during page load)`);
  console.log(`${INSERTS} teasers inserted one by one: ${result.batches} observer batches, median ${result.batchMedianMs.toFixed(3)} ms, p90 ${result.batchP90Ms.toFixed(3)} ms, max ${Math.max(0, ...batches).toFixed(1)} ms; ${lateHidden} late teasers hidden`);
  const savedText = await savedTextSlices();
  console.log(`Saved text of ${savedText.lines} lines: full pass ${savedText.fullPassMs.map((d) => d.toFixed(0)).join(', ')} ms in ${savedText.slices} slices (longest ${savedText.longestSliceMs.toFixed(0)} ms)`);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench-browser.json', JSON.stringify({ ...result, savedText }, null, 2));
} finally {
  await session.close();
  await site.close();
}
