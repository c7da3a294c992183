// Prints how long the charts take to redraw when their container is resized:
// median over 10 resizes of the three charts together and of one chart,
// from the app's performance.measure('lagebild:chart-draw') entries.
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';
import { LAUNCH, DIST } from '../e2e/fixture.mjs';

const server = await startServer({ root: DIST });
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(server.url);
// The app starts on the reader's first interaction (boot/early.js): Shift does nothing else.
await page.keyboard.press('Shift');
await page.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 30000 });
// Charts swap to canvas when they come near the screen: pass by each.
for (const chart of ['zusammensetzung', 'zeitverlauf', 'vergleich']) {
  await page.locator(`.chart-stage[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
}
await page.waitForFunction(() => performance.getEntriesByName('lagebild:chart-draw').length >= 3);
const totals = [];
const draws = [];
for (let i = 0; i < 10; i++) {
  await page.evaluate(() => performance.clearMeasures('lagebild:chart-draw'));
  await page.setViewportSize({ width: i % 2 ? 1100 : 760 + i * 10, height: 900 });
  await page.waitForFunction(() => performance.getEntriesByName('lagebild:chart-draw').length >= 3, null, { timeout: 5000 });
  await page.waitForTimeout(50);
  const ms = await page.evaluate(() => performance.getEntriesByName('lagebild:chart-draw').map((e) => e.duration));
  totals.push(ms.reduce((a, b) => a + b, 0));
  draws.push(...ms);
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`chart redraw on resize: median ${median(totals).toFixed(1)} ms for all three charts, `
  + `median ${median(draws).toFixed(1)} ms per chart (${draws.length} draws)`);
await browser.close();
await server.close();
