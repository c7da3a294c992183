// Prints the main-thread tasks of start-up under a 4x slower CPU (Lighthouse's
// mobile setting): each long task with the section stage it ran in.
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';
import { LAUNCH, DIST } from '../e2e/fixture.mjs';

const server = await startServer({ root: DIST });
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU_SLOWDOWN || 4) });
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
});
await page.goto(server.url);
await page.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 60000 });
await page.waitForTimeout(500);
const { long, marks } = await page.evaluate(() => ({
  long: window.__long,
  marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lagebild:')).map((m) => [m.name, m.startTime]),
}));
console.log('marks (ms):', marks.map(([n, t]) => `${n.replace('lagebild:', '')} ${t.toFixed(0)}`).join(', '));
let blocking = 0;
for (const [start, dur] of long) {
  blocking += Math.max(0, dur - 50);
  const before = marks.filter(([, t]) => t <= start + 1).at(-1);
  console.log(`long task at ${start.toFixed(0)} ms: ${dur.toFixed(0)} ms (after ${before ? before[0] : 'navigation'})`);
}
console.log(`blocking time (sum of long-task time over 50 ms), observed: ${blocking.toFixed(0)} ms`);
await browser.close();
await server.close();
