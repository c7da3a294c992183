// The live page detaches and attaches again without doubling anything: what
// the Studio does after every change of its preview. The wasm's `reattach`
// export removes every listener, observer and subscription and attaches the
// page again; after two of them each control acts exactly once (a doubled
// toggle would undo itself, a doubled zoom step would zoom 2.25x).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, Lagebild } from './fixture.mjs';

const env = useApp();

test('attaching the live page again doubles no handler', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  // The loader hands the started wasm to this event (scripts/post-build.mjs).
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.lagebildWasm = e.detail.wasm; });
  });
  const app = new Lagebild(page, env.server.url);
  await page.goto(env.server.url);
  await app.ready();
  const readyMarks = () => page.evaluate(() => performance.getEntriesByName('lagebild:ready').length);
  assert.equal(await readyMarks(), 1);
  // Every event listener on the window and on any node of the document, as
  // DevTools lists them.
  const cdp = await context.newCDPSession(page);
  const listeners = async () => {
    let total = 0;
    for (const [expression, depth] of [['window', 0], ['document', -1]]) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const found = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth, pierce: true });
      total += found.listeners.length;
    }
    return total;
  };
  // Playwright's own page script adds listeners to the window the first
  // time it waits for something: let it, before counting.
  await page.waitForFunction(() => true);
  const before = await listeners();

  // Each attach runs in tasks of its own and marks `lagebild:ready` when done.
  const removed = [];
  for (const n of [2, 3]) {
    removed.push(await page.evaluate(() => window.lagebildWasm.reattach()));
    await page.waitForFunction((k) => performance.getEntriesByName('lagebild:ready').length === k, n);
  }
  // (What each detach removed can differ by one or two: a listener the
  // offline worker's registration adds when its promise settles belongs to
  // whichever attach is current then.)
  assert.ok(removed.every((n) => n > 10), `each attach held listeners and observers: ${removed}`);
  assert.equal(await listeners(), before, 'as many event listeners as after the first start');

  // A quote badge toggles its quote once: selected, not selected and back.
  const badge = app.quoteBadges.first();
  await badge.scrollIntoViewIfNeeded();
  await badge.click();
  await page.waitForFunction(() => document.querySelector('#zitat-1')?.classList.contains('selected'));
  assert.match(await app.hash(), /zitat-1/);

  // A filter counts once.
  await app.selectOption('filter-speaker', 'Kris Osborn');
  assert.equal(await app.visibleQuoteCards().count(), 1);
  assert.match(await app.text(page.locator('.result-count')), /1 Zitat/);

  // One press of "+" is one zoom step.
  const zoomIn = page.locator('#karte .zoom-in');
  await zoomIn.scrollIntoViewIfNeeded();
  await zoomIn.click();
  await page.waitForFunction(
    () => / scale\(1\.5\)$/.test(document.querySelector('#karte-svg .map-zoom').getAttribute('transform') ?? ''));

  // Each chart is drawn once: attaching again replaced its canvas.
  await page.locator('#zahlen').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('#zahlen canvas.chart-canvas').length > 0);
  await page.waitForTimeout(500);
  const perStage = await page.evaluate(() => [...document.querySelectorAll('#zahlen canvas.chart-canvas')]
    .map((c) => c.parentElement.querySelectorAll(':scope > canvas.chart-canvas').length));
  assert.ok(perStage.every((n) => n === 1), JSON.stringify(perStage));

  // One click on the language toggle switches once.
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lang') === 'en');

  app.assertNoErrors();
  await app.close();
});
