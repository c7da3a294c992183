// The troop-estimate charts: drawn canvases, sentence on hover/focus, app-wide
// selection both ways, table toggle, PNG/CSV downloads, axe, and the redraw
// time on resize (printed, not asserted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { useApp, Lagebild, ARTIFACTS } from './fixture.mjs';

const env = useApp();

const comparison = (page) => page.locator('canvas[data-chart="vergleich"]');
const bars = (page) => page.locator('canvas[data-chart="vergleich"] + .chart-hits .chart-hit');
const detail = (page) => page.getByTestId('chart-detail');
/** The visible text `text` in the detail panel (every estimate's block is in the page, one shown). */
const shown = (page, text) => detail(page).getByText(text, { exact: false }).filter({ visible: true });

/** Waits for the comparison chart's first draw (buttons get placed after it). */
async function chartsDrawn(page) {
  // Charts are drawn on canvas when they come near the screen: pass by each.
  for (const chart of ['zusammensetzung', 'zeitverlauf', 'vergleich']) {
    await page.locator(`.chart-stage[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => {
    const hit = document.querySelector('canvas[data-chart="vergleich"] + .chart-hits .chart-hit');
    return hit && hit.getBoundingClientRect().width > 10;
  }, null, { timeout: 10000 });
}

/** Counts pixels in the canvas' bar area (right of the labels) that differ from its background. */
async function inkedPixels(page, selector) {
  return page.evaluate((sel) => {
    const canvas = document.querySelector(sel);
    const ctx = canvas.getContext('2d');
    const x0 = Math.floor(canvas.width * 0.4);
    const { data } = ctx.getImageData(x0, 0, canvas.width - x0, canvas.height);
    const bg = ctx.getImageData(1, 1, 1, 1).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 60) inked++;
    }
    return { inked, width: canvas.width, height: canvas.height, bg: Array.from(bg), cssWidth: canvas.clientWidth };
  }, selector);
}

test('the comparison chart is drawn crisp, with a German label from the data', async () => {
  const app = await Lagebild.open(env, '', { context: { deviceScaleFactor: 2 } });
  const { page } = app;
  await chartsDrawn(page);
  const px = await inkedPixels(page, 'canvas[data-chart="vergleich"]');
  assert.ok(px.inked > 2000, `bars are drawn (${px.inked} inked pixels)`);
  assert.equal(px.width, px.cssWidth * 2, 'bitmap is devicePixelRatio × display width');
  for (const chart of ['zeitverlauf', 'zusammensetzung']) {
    const other = await inkedPixels(page, `canvas[data-chart="${chart}"]`);
    assert.ok(other.inked > 200, `${chart} is drawn (${other.inked})`);
  }
  const label = await comparison(page).getAttribute('aria-label');
  assert.match(label, /^Wie viele nordkoreanische Soldaten in Russland\? Drei Schätzungen: US-Beamte etwa 3\.000/);
  assert.match(label, /bis zu 12\.000/);
  assert.equal(await comparison(page).getAttribute('role'), 'img');
  // Overlay buttons are placed through the CSSOM (CSP-safe); nothing else carries inline styles.
  assert.equal(await page.locator('#zahlen [style]:not(.chart-hit)').count(), 0, 'no style attributes in the markup');
  await page.locator('#zahlen').screenshot({ path: `${ARTIFACTS}/charts.png` });
  // A first visit may ask for a favicon the test server lacks; that is not the charts' business.
  assert.deepEqual(app.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await app.close();
});

test('hover and keyboard focus show the sentence; Enter selects app-wide and back', async () => {
  const app = await Lagebild.open(env);
  const { page } = app;
  await chartsDrawn(page);
  await bars(page).nth(0).hover();
  await assert.doesNotReject(shown(page, 'US-Beamte von etwa 3.000 Truppen ausgehen').waitFor());
  assert.match(await detail(page).innerText(), /die Vereinigten Staaten/);

  await bars(page).nth(1).focus();
  await assert.doesNotReject(shown(page, 'so hoch wie 12.000').waitFor());
  await page.keyboard.press('ArrowDown');
  await assert.doesNotReject(shown(page, 'bis Dezember auf 10.000').waitFor());
  await page.keyboard.press('Enter');
  assert.equal(await bars(page).nth(2).getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('.hl-sentence').first().innerText(), /10\.000/);

  // Selecting a figure of the 12.000 estimate in the article highlights its bar.
  await app.mark('figure', '12.000').click();
  assert.equal(await bars(page).nth(1).getAttribute('aria-pressed'), 'true');
  assert.equal(await bars(page).nth(2).getAttribute('aria-pressed'), 'false');
  app.assertNoErrors();
  await app.close();
});

test('the table toggle shows the same data', async () => {
  const app = await Lagebild.open(env);
  const { page } = app;
  const toggle = page.locator('.chart-table-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await page.locator('#zahlen-tabelle').isVisible()));
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const rows = page.locator('#zahlen-tabelle tbody tr');
  assert.equal(await rows.count(), 3);
  assert.match(await rows.nth(1).innerText(), /bis zu 12\.000[\s\S]*500 Offiziere und drei Generäle/);
  assert.match(await rows.nth(2).innerText(), /bis Dezember/);
  await app.close();
});

test('PNG and CSV downloads happen client-side', async () => {
  const app = await Lagebild.open(env);
  const { page } = app;
  await chartsDrawn(page);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  assert.equal(png.suggestedFilename(), 'kursk-nordkorea-schaetzungen.png');
  const pngBytes = await readFile(await png.path());
  assert.deepEqual([...pngBytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'PNG signature');
  assert.ok(pngBytes.length > 3000, `PNG has content (${pngBytes.length} bytes)`);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.equal(csv.suggestedFilename(), 'kursk-nordkorea-schaetzungen.csv');
  const text = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.trim().split('\n');
  assert.match(lines[0], /^Quelle;Land;Angabe;Wert;/);
  assert.equal(lines.length, 4);
  assert.match(text, /bis zu 12\.000;12\.000;/);
  app.assertNoErrors();
  await app.close();
});

test('dark mode redraws the canvas in dark colours', async () => {
  const app = await Lagebild.open(env, '', { context: { colorScheme: 'light' } });
  const { page } = app;
  await chartsDrawn(page);
  const light = await inkedPixels(page, 'canvas[data-chart="vergleich"]');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction((before) => {
    const ctx = document.querySelector('canvas[data-chart="vergleich"]').getContext('2d');
    return ctx.getImageData(1, 1, 1, 1).data[0] !== before;
  }, light.bg[0], { timeout: 5000 });
  const dark = await inkedPixels(page, 'canvas[data-chart="vergleich"]');
  assert.ok(dark.bg[0] < 80, `dark background (${dark.bg})`);
  await app.close();
});

test('axe reports no violations in the figures section', async () => {
  const app = await Lagebild.open(env);
  const { page } = app;
  await chartsDrawn(page);
  await page.locator('.chart-table-toggle').click();
  const result = await new AxeBuilder({ page }).include('#zahlen').analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
  await app.close();
});

test('resizing the container redraws every chart at the new width', async () => {
  const app = await Lagebild.open(env);
  const { page } = app;
  await chartsDrawn(page);
  const width = () => page.locator('canvas[data-chart="vergleich"]').evaluate((c) => c.width);
  const before = await width();
  await page.evaluate(() => performance.clearMeasures('lagebild:chart-draw'));
  await page.setViewportSize({ width: 700, height: 900 });
  await page.waitForFunction(() => performance.getEntriesByName('lagebild:chart-draw').length >= 3, null, { timeout: 5000 });
  assert.notEqual(await width(), before);
  await app.close();
});
