// Prints the map's pan/zoom frame times: median and p95 of the
// "lagebild:map-frame" measures (one per requestAnimationFrame that writes a
// new transform) over a scripted wheel zoom and drag pan, unthrottled and
// with 4× CPU throttling (a mid-range phone). Figures, not a pass/fail test.
// Usage: LAGEBILD_DIST=/path/to/dist node tests/bench/map-frames.mjs
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';
import { LAUNCH, DIST } from '../e2e/fixture.mjs';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (v) => `${v.toFixed(3)} ms`;

async function run(browser, url, throttle) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2, hasTouch: false });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url);
  // The app starts on the reader's first interaction (boot/early.js): Shift does nothing else.
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => performance.getEntriesByName('lagebild:map-interactive').length > 0, null, { timeout: 30000 });
  const interactive = await page.evaluate(() => performance.getEntriesByName('lagebild:map-interactive')[0].startTime);
  const svg = page.locator('#karte-svg');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => performance.clearMeasures('lagebild:map-frame'));
  // Zoom in with the wheel around the centre, then pan in a loop by dragging.
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 10; i += 1) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(16);
  }
  await page.mouse.down();
  for (let i = 0; i < 120; i += 1) {
    const a = (i / 120) * 2 * Math.PI;
    await page.mouse.move(cx + 80 * Math.cos(a), cy + 80 * Math.sin(a));
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  const durations = await page.evaluate(() => performance.getEntriesByName('lagebild:map-frame').map((e) => e.duration));
  await context.close();
  const sorted = [...durations].sort((a, b) => a - b);
  return { throttle, interactive, frames: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) };
}

const server = await startServer({ root: DIST });
const browser = await chromium.launch(LAUNCH);
try {
  console.log(`\n## Map pan/zoom frames (${DIST})`);
  console.log('| CPU | map interactive | frames | median | p95 | max |');
  console.log('|---|---|---|---|---|---|');
  for (const throttle of [1, 4]) {
    const r = await run(browser, server.url, throttle);
    if (!r.frames) throw new Error('no lagebild:map-frame measures recorded');
    console.log(`| ${throttle}× | ${r.interactive.toFixed(0)} ms | ${r.frames} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
