// What the static page's first layout costs, part by part, against laying
// the same page out again. At 4× CPU the page-load tasks that stay over 50 ms
// are the browser's own rendering updates (style + layout of what the parser
// has added); this bench shows whether that cost is the amount of markup or
// work done only the first time (text shaping, font look-ups).
//
// Each run is a fresh browser context (a fresh renderer, cold font caches).
// The page is served with one extra style that hides every part listed in
// PARTS (and turns `content-visibility` off, so nothing is skipped); once it
// has loaded, the parts are shown one by one in order, each time timing the
// forced style and layout. A part nested in an earlier one is timed on its
// own (it is still hidden when its parent is shown). Then the whole page is
// hidden and shown again: the same style and layout work, with warm caches. Unthrottled, so the figures are small;
// the ratios are what counts. Figures, not a test.
// Usage: node tests/bench/first-layout.mjs   Env: RUNS (7), OURS_PAGE.
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';
import { DIST, LAUNCH } from '../e2e/fixture.mjs';
import { deadline, median } from './targets.mjs';

const PARTS = [
  '.masthead',
  '#karte',
  '#karte-svg',
  '.map-inset',
  '#zahlen',
  '#zahlen svg',
  '#zitate',
  '.quote-filters',
  '#artikel',
  'footer.credits',
];
const RUNS = Number(process.env.RUNS || 7);
const UNSKIP = 'main > .panel, .map-inset { content-visibility: visible !important; }';

deadline(240, 'first-layout.mjs');
const server = await startServer({ root: DIST, precompress: true });
const url = `${server.url}${process.env.OURS_PAGE ?? ''}`;
const browser = await chromium.launch(LAUNCH);
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    // bypassCSP: the extra <style> has no hash in the page's policy.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, bypassCSP: true });
    const page = await context.newPage();
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const hide = `<style id="first-layout">${PARTS.map((p) => `${p}:not([data-shown])`).join(',')}, [data-off] { display: none !important; } ${UNSKIP}</style>`;
      const body = (await response.text()).replace('<head>', `<head>${hide}`);
      await route.fulfill({ response, body });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    runs.push(await page.evaluate((parts) => {
      const timeLayout = () => {
        const t = performance.now();
        void document.body.offsetHeight;
        return performance.now() - t;
      };
      // Attributes, not a changed style sheet: only the shown part's style is
      // recomputed, so the figure is that part's style and layout.
      const out = { parts: {} };
      for (const part of parts) {
        const el = document.querySelector(part);
        el?.setAttribute('data-shown', '');
        out.parts[part] = el ? timeLayout() : null;
      }
      const top = [...document.body.children];
      top.forEach((el) => el.setAttribute('data-off', ''));
      void document.body.offsetHeight;
      top.forEach((el) => el.removeAttribute('data-off'));
      out.again = timeLayout();
      return out;
    }, PARTS));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (v) => (v === null ? 'n/a' : `${v.toFixed(1)} ms`);
console.log(`first layout per part, ${RUNS} fresh contexts, unthrottled (median, min)`);
let total = 0;
for (const part of PARTS) {
  const xs = runs.map((r) => r.parts[part]).filter((v) => v !== null);
  if (!xs.length) {
    console.log(`  ${part.padEnd(16)} not on this page`);
    continue;
  }
  total += median(xs);
  console.log(`  ${part.padEnd(16)} ${f(median(xs)).padStart(9)} ${f(Math.min(...xs)).padStart(9)}`);
}
const again = median(runs.map((r) => r.again));
console.log(`  ${'sum of parts'.padEnd(16)} ${f(total).padStart(9)}`);
console.log(`the whole page laid out again (warm): ${f(again)}; first layout / again: ${(total / again).toFixed(0)}×`);
process.exit(0);
