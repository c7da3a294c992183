// The Kursk map: layers, zoom and pan, tooltips, shared selection, a11y.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useApp, Lagebild, ARTIFACTS } from './fixture.mjs';

const env = useApp();

/** Console errors except the service worker's (a debug dist has no sw.js). */
function assertNoMapErrors(app) {
  const errors = app.errors.filter((e) => !/ServiceWorker|sw\.js|bad HTTP response code \(404\)/.test(e));
  assert.deepEqual(errors, [], `console errors: ${errors.join('\n')}`);
}

/** Map-specific page parts. */
function mapOf(app) {
  const page = app.page;
  return {
    section: page.locator('#karte'),
    svg: page.locator('#karte-svg'),
    zoom: page.locator('#karte-svg .map-zoom'),
    scale: page.locator('#karte [data-testid="scale-bar"]'),
    tooltip: page.locator('#karte [role="tooltip"]'),
    kursk: page.locator('#karte path.area-key'),
    transform: () => page.locator('#karte-svg .map-zoom').getAttribute('transform'),
    /** Waits until the zoom group's transform differs from `before`. */
    changed: (before) => page.waitForFunction(
      (b) => document.querySelector('#karte-svg .map-zoom')?.getAttribute('transform') !== b, before),
  };
}

async function openMap(options) {
  const app = await Lagebild.open(env, '', options);
  await app.page.waitForFunction(() => performance.getEntriesByName('lagebild:map-interactive').length > 0);
  return app;
}

test('the map shows the oblasts, Kursk emphasised, the border, the band with "50 km", towns and the inset', async () => {
  const app = await openMap();
  const map = mapOf(app);
  assert.ok(await map.section.locator('path.area[role="button"]').count() >= 20, 'at least 20 oblast paths');
  assert.equal(await map.kursk.count(), 1);
  assert.match(await map.kursk.getAttribute('aria-label'), /Oblast Kursk/);
  assert.equal(await map.section.locator('path.border').count(), 1);
  assert.equal(await map.section.locator('path.band').count(), 1);
  assert.equal((await map.section.locator('.pin-band text').textContent()).trim(), '50 km');
  // Towns by the article first, then by population (the article names only
  // the region: its main town Kursk comes first).
  for (const town of ['Kursk', 'Charkiw', 'Woronesch', 'Lipezk']) {
    assert.equal(await map.section.locator(`.pin-town[data-name="${town}"]`).count(), 1, town);
  }
  const description = await map.section.locator('#karte-beschreibung').innerText();
  assert.match(description, /grenzt an .*Oblast Sumy \(Ukraine\)/);
  assert.match(description, /50 km breiter Streifen in Russland entlang der Grenze Russland–Ukraine/);
  assert.match(await map.section.locator('.map-inset figcaption').innerText(), /Luftlinie \(Großkreis\) Pjöngjang–Kursk$/);
  assert.match(await map.section.locator('.map-credit').innerText(), /Natural Earth.*GeoNames, CC BY 4\.0/);
  assert.equal(await map.section.locator('[style]').count(), 0, 'no inline styles');
  assertNoMapErrors(app);
  await app.close();
});

test('wheel zoom changes the scale bar and the transform', async () => {
  const app = await openMap();
  const map = mapOf(app);
  const before = await map.scale.textContent();
  const t0 = await map.transform();
  await map.svg.scrollIntoViewIfNeeded();
  const box = await map.svg.boundingBox();
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 6; i += 1) await app.page.mouse.wheel(0, -200);
  await map.changed(t0);
  await app.page.waitForFunction((b) => document.querySelector('#karte [data-testid="scale-bar"]').textContent !== b, before);
  assert.notEqual(await map.scale.textContent(), before);
  assert.match(await map.transform(), /scale\((?!1\))/);
  assertNoMapErrors(app);
  await app.close();
});

test('with the map focused, + zooms and the arrow keys pan', async () => {
  const app = await openMap();
  const map = mapOf(app);
  await map.svg.focus();
  const t0 = await map.transform();
  await app.page.keyboard.press('+');
  await map.changed(t0);
  const t1 = await map.transform();
  await app.page.keyboard.press('ArrowLeft');
  await map.changed(t1);
  const t2 = await map.transform();
  await app.page.keyboard.press('ArrowUp');
  await map.changed(t2);
  await app.page.keyboard.press('0');
  await app.page.waitForFunction(
    () => document.querySelector('#karte-svg .map-zoom').getAttribute('transform') === 'translate(0,0) scale(1)');
  await app.close();
});

test('focusing the Kursk oblast shows a tooltip with the article sentence', async () => {
  const app = await openMap();
  const map = mapOf(app);
  await map.kursk.focus();
  await map.tooltip.waitFor({ state: 'visible' });
  const text = await map.tooltip.innerText();
  assert.match(text, /Oblast Kursk/);
  assert.match(text, /in der russischen Region Kursk stationiert/);
  // a place the article does not name says so
  await map.section.locator('path.area[aria-label="Oblast Orjol"]').focus();
  assert.match(await map.tooltip.innerText(), /Im Artikel nicht erwähnt/);
  await app.close();
});

test('selecting Kursk in the article highlights it on the map, and the map selects app-wide', async () => {
  const app = await openMap();
  const map = mapOf(app);
  await app.page.locator('#artikel .mark-place', { hasText: 'Kursk' }).first().click();
  await app.page.locator('#karte path.area-key.selected').waitFor();
  assert.equal(await map.section.locator('.map-place', { hasText: 'Oblast Kursk' }).getAttribute('aria-pressed'), 'true');
  // Enter on the focused oblast toggles the shared selection off again
  await map.kursk.focus();
  await app.page.keyboard.press('Enter');
  await app.page.locator('#karte path.area-key.selected').waitFor({ state: 'detached' });
  assertNoMapErrors(app);
  await app.close();
});

test('screenshot and axe: no accessibility violations in the map section', async () => {
  const app = await openMap({ context: { viewport: { width: 900, height: 1200 } } });
  await mapOf(app).section.screenshot({ path: `${ARTIFACTS}/map.png` });
  const result = await new AxeBuilder({ page: app.page }).include('#karte').analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, []);
  await app.close();
});

test('dark mode keeps the map readable', async () => {
  const app = await openMap({ context: { colorScheme: 'dark', viewport: { width: 900, height: 1200 } } });
  await mapOf(app).section.screenshot({ path: `${ARTIFACTS}/map-dark.png` });
  const result = await new AxeBuilder({ page: app.page }).include('#karte').withTags(['wcag2aa']).analyze();
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await app.close();
});
