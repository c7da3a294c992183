import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, Lagebild, ARTIFACTS } from './fixture.mjs';

const env = useApp();

test('when the wasm cannot load, the article and a German notice remain', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(env.server.url);
  // The app starts on the reader's first interaction (boot/early.js).
  await page.keyboard.press('Shift');
  await page.locator('html.app-failed').waitFor({ state: 'attached', timeout: 15000 });
  assert.equal(await page.getByTestId('lang-toggle').isVisible(), false, 'buttons only the app serves are hidden again');
  for (const control of ['.map-controls', '.quote-filters', '.card-actions', '.map-places', '#karte-hilfe']) {
    assert.equal(await page.locator(control).first().isVisible(), false, `${control} is hidden again`);
  }
  const notice = page.locator('.fallback-notice');
  assert.equal(await notice.isVisible(), true);
  assert.match(await notice.innerText(), /konnte in diesem Browser nicht starten/);
  assert.match(await page.locator('#app').innerText(), /südkoreanische Geheimdienst gewarnt/);
  assert.match(await page.locator('.lede').innerText(), /Wir brauchen/);
  await context.close();
});

test('without JavaScript the whole explainer is there: article, map, charts, quotes', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const text = await page.locator('body').innerText();
  assert.match(text, /Ohne JavaScript lassen sich Karte und Diagramme nicht verschieben/);
  assert.match(text, /Quelle: Erkenntnisse und Analysen/);
  assert.ok(await page.locator('#karte-svg path.area').count() > 20, 'the map\'s areas');
  assert.equal(await page.locator('#karte-svg path.band').count(), 1, 'the band');
  assert.match(await page.locator('#karte-beschreibung').innerText(), /Kursk/);
  assert.equal(await page.locator('[data-testid=quote-card]').count(), 4);
  assert.ok(await page.locator('#zahlen svg.chart-svg').count() >= 2, 'the charts as SVG');
  assert.equal(await page.locator('.lang-toggle').isVisible(), false, 'no toggle without script');
  // Controls that only the app serves are not offered, and leave no gap.
  for (const control of ['.map-controls', '.quote-filters', '.card-actions', '.map-places', '#karte-hilfe']) {
    const el = page.locator(control).first();
    assert.equal(await el.count(), 1, `${control} is in the page`);
    assert.equal(await el.boundingBox(), null, `${control} takes no place without script`);
  }
  assert.equal(await page.locator('#karte-svg').getAttribute('aria-describedby'), 'karte-beschreibung karte-hilfe');
  assert.match(await page.locator('#karte-beschreibung').innerText(), /Im Artikel genannte Orte auf der Karte/);
  await page.screenshot({ path: `${ARTIFACTS}/no-js.png`, fullPage: true });
  await context.close();
});

test('a panic shows a polite error box with a reload link and is logged', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${env.server.url}?lagebild_test=panic#zitat-1`);
  const box = page.getByRole('alert').filter({ hasText: 'Fehler aufgetreten' });
  await box.waitFor({ timeout: 15000 });
  const link = box.getByRole('link', { name: 'Neu laden' });
  assert.equal(await link.getAttribute('href'), `${env.server.url}?lagebild_test=panic`);
  assert.ok(errors.some((e) => e.includes('test-only panic')), errors.join('\n'));
  await context.close();
});
