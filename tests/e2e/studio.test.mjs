// The Studio (studio.html): its own wasm and page, under the same strict CSP
// as the reader pages; paste or drop an article and the preview shows what
// the built page shows; the draft survives a reload and "Neu" clears it;
// markup in the text stays text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { useApp, ROOT, DIST } from './fixture.mjs';
import { studioHelpers } from './studio-helpers.mjs';

const env = useApp();
const KURSK = await readFile(join(ROOT, 'stories/kursk-nordkorea/article.txt'), 'utf8');
const { openStudio, paste, settled, placeMarks, withPlaces, withMap, mapPlaces, cards } = studioHelpers(env);


test('studio.html is its own page with its own wasm, under the strict CSP, precached and linked from the story list', async () => {
  const studio = await readFile(join(DIST, 'studio.html'), 'utf8');
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const wasm = studio.match(/studio-[0-9a-f]+_bg\.wasm/)?.[0];
  assert.ok(wasm, 'studio.html names its wasm');
  const readerWasm = index.match(/[A-Za-z0-9_.-]*_bg\.wasm/)?.[0];
  assert.ok(readerWasm && readerWasm !== wasm, 'the reader page has a wasm of its own');
  for (const page of ['index.html', 'finnland-grenze.html', 'stories.html']) {
    const html = await readFile(join(DIST, page), 'utf8');
    assert.doesNotMatch(html, /studio-[0-9a-f]+(_bg\.wasm|\.js)/, `${page} never loads the Studio`);
  }
  const csp = studio.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(studio, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  // Readers' workers never fetch the Studio: its files are cached on its request.
  const precached = JSON.parse(sw.match(/const PRECACHE = (\[[^\n]*\]);/)[1]);
  const onRequest = JSON.parse(sw.match(/const STUDIO = (\[[^\n]*\]);/)[1]);
  for (const f of ['studio.html', wasm]) {
    assert.ok(!precached.includes(f), `sw.js does not precache ${f}`);
    assert.ok(onRequest.includes(f), `sw.js caches ${f} when the Studio asks`);
  }
  // The gazetteer is fetched when the Studio has text, and kept then; never precached for readers.
  const gazetteer = studio.match(/name="lagebild-gazetteer" content="\.\/([^"]+)"/)?.[1];
  assert.equal(gazetteer, 'world/gazetteer.bin', 'studio.html names the world gazetteer');
  const precache = JSON.parse(sw.match(/const PRECACHE = (\[[^\n]*\]);/)[1]);
  assert.ok(!precache.includes(gazetteer), 'the gazetteer is not precached');

  const { page, problems, context } = await openStudio();
  await page.goto(`${env.server.url}stories.html`);
  const link = page.getByTestId('studio-link');
  assert.equal(await link.getAttribute('href'), 'studio.html');
  await link.click();
  await page.locator('html[data-studio-ready]').waitFor({ state: 'attached', timeout: 20000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('with no text the Studio says what to paste', async () => {
  const { page, problems, context } = await openStudio();
  const empty = page.getByTestId('studio-empty');
  await empty.waitFor();
  assert.match(await empty.innerText(), /Nachrichtenartikels ein/);
  assert.equal(await page.getByTestId('quote-card').count(), 0);
  assert.equal(await page.getByTestId('studio-text').inputValue(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasting the Kursk article shows the quotes of its built page, from the plain text only, in both languages', async () => {
  const built = await env.browser.newContext();
  const reader = await built.newPage();
  await reader.goto(env.server.url);
  const expected = await cards(reader);
  const expectedPlaces = await placeMarks(reader);
  const expectedMapPlaces = await mapPlaces(reader);
  await built.close();
  assert.ok(expected.filter((c) => c.kind === 'quote-card').length >= 4, 'the built page has its quotes');

  const { page, problems, context } = await openStudio();
  await paste(page, KURSK, '<p style="color:red">HTML-Fassung der Seite</p>');
  await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
  await settled(page);
  assert.deepEqual(await cards(page), expected);
  const value = await page.getByTestId('studio-text').inputValue();
  assert.ok(!value.includes('HTML-Fassung'), 'the clipboard HTML is not used');
  assert.equal(value, KURSK.trim());
  // Once the world gazetteer is there, the same places as the built page.
  await withPlaces(page);
  assert.ok(expectedPlaces.length > 0);
  for (let i = 0; i < 20 && JSON.stringify(await placeMarks(page)) !== JSON.stringify(expectedPlaces); i++) await page.waitForTimeout(100);
  assert.deepEqual(await placeMarks(page), expectedPlaces);
  assert.deepEqual(await cards(page), expected);
  // The figures and the marked article are there, and the map, cut from
  // the world files as the build cuts it: the band, the borders, the oblast.
  assert.ok(await page.locator('#artikel .mark-figure').count() > 0);
  await withMap(page);
  const svg = page.locator('[data-testid=studio-preview] #karte-svg');
  assert.ok(await svg.locator('path.band').count() > 0, 'the band');
  assert.ok(await svg.locator('path.border').count() > 0, 'the border');
  const keys = await svg.locator('path.area-key').evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')));
  assert.ok(keys.some((k) => /Oblast Kursk/.test(k)), JSON.stringify(keys));
  assert.equal((await svg.locator('.pin-band text').first().textContent()).trim(), '50 km');
  assert.ok(expectedMapPlaces.length > 0);
  assert.deepEqual(await mapPlaces(page), expectedMapPlaces);
  assert.equal(await page.getByTestId('studio-map-note').count(), 0);
  // English interface, as on the reader pages.
  await page.getByTestId('studio-lang').click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.lang), 'en');
  assert.equal((await page.locator('#zitate h2').innerText()).trim(), 'Quotes');
  assert.match(await page.getByTestId('draft-status').innerText(), /Draft saved/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a text that names no place has no map, and the note says why', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, 'Der Ausschuss tagte am Morgen. „Wir sind zufrieden“, sagte die Vorsitzende.');
  await withPlaces(page);
  const note = page.locator('[data-testid=studio-preview] [data-testid=map-note]');
  await note.first().waitFor({ timeout: 30000 });
  assert.match(await note.first().innerText(), /Der Artikel nennt keinen Ort; es gibt keine Karte\./);
  assert.equal(await page.locator('#karte-svg').count(), 0);
  assert.equal(await page.getByTestId('studio-map-note').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the world map cannot be fetched the map section says so, and the rest of the preview stays', async () => {
  // No service worker: the page's own requests, which the route sees.
  const context = await env.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
  await context.route('**/world/admin0.bin', (route) => route.abort());
  const { page } = await openStudio({ context });
  await paste(page, KURSK);
  await withPlaces(page);
  const note = page.locator('[data-testid=studio-map-note][data-state=failed]');
  await note.waitFor({ timeout: 30000 });
  assert.match(await note.innerText(), /Die Weltkarte konnte nicht geladen werden/);
  assert.equal(await page.locator('#karte-svg').count(), 0);
  assert.ok(await page.getByTestId('quote-card').count() >= 4);
  await context.close();
});

test('a dropped .txt file is read, normalised and previewed', async () => {
  const { page, problems, context } = await openStudio();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'artikel.txt', { type: 'text/plain' }));
    document.querySelector('[data-testid=studio-text]')
      .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, 'Der Verteidi-\ngungsminister sagte:\n„Wir bleiben\u00a0hier.“\n\nZweiter Absatz.');
  await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
  assert.equal(await page.getByTestId('studio-text').inputValue(),
    'Der Verteidigungsminister sagte: „Wir bleiben hier.“\nZweiter Absatz.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the draft survives a reload, and "Neu" clears it', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const text = 'Der Bürgermeister sagte am Montag: „Die Brücke bleibt bis Juni gesperrt.“';
  let { page, problems } = await openStudio({ context });
  await page.getByTestId('studio-text').fill(text);
  await page.locator('[data-testid=draft-status][data-saved=yes]').waitFor({ timeout: 5000 });
  await page.reload();
  await page.locator('html[data-studio-ready]').waitFor({ state: 'attached', timeout: 20000 });
  assert.equal(await page.getByTestId('studio-text').inputValue(), text);
  await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
  await page.getByTestId('studio-new').click();
  assert.equal(await page.getByTestId('studio-text').inputValue(), '');
  await page.getByTestId('studio-empty').waitFor();
  await page.reload();
  await page.locator('html[data-studio-ready]').waitFor({ state: 'attached', timeout: 20000 });
  assert.equal(await page.getByTestId('studio-text').inputValue(), '');
  await page.getByTestId('studio-empty').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('with storage blocked the Studio still previews and says the draft is not saved', async () => {
  const { page, problems, context } = await openStudio({
    init: () => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; },
  });
  await page.getByTestId('studio-text').fill('Die Ministerin sagte: „Wir helfen sofort.“');
  await page.locator('[data-testid=draft-status][data-saved=no]').waitFor({ timeout: 5000 });
  assert.match(await page.getByTestId('draft-status').innerText(), /nicht gespeichert/);
  await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('script tags, HTML and javascript: links in the text are shown as text', async () => {
  const { page, problems, context } = await openStudio();
  const text = [
    'Der Sprecher sagte: „<script>window.pwned = 1</script> bleibt Text.“',
    'Ein Bild <img src=x onerror="window.pwned = 2"> und ein <a href="javascript:window.pwned = 3">Link</a> ebenso.',
  ].join('\n');
  await paste(page, text);
  await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
  await settled(page);
  const preview = page.getByTestId('studio-preview');
  assert.equal(await preview.locator('script, img, a[href^="javascript"]').count(), 0);
  const shown = await page.locator('#artikel').textContent();
  assert.ok(shown.includes('<script>window.pwned = 1</script>'), shown);
  assert.ok(shown.includes('<img src=x onerror="window.pwned = 2">'), shown);
  assert.ok((await page.getByTestId('quote-card').first().textContent()).includes('<script>'));
  await page.locator('#artikel').click({ position: { x: 5, y: 5 } }).catch(() => {});
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core finds no violations in the Studio, empty and with a preview, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ locale: 'de-DE', colorScheme });
    const { page, problems } = await openStudio({ context });
    const empty = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(empty.violations.map((v) => v.id), [], `${colorScheme}, empty`);
    await paste(page, KURSK);
    await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
    await settled(page);
    const full = await new AxeBuilder({ page }).analyze();
    const found = full.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, [], `${colorScheme}, preview:\n${found.join('\n')}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('offline: after one visit the Studio loads, previews a paste and keeps its draft and places without the network', async () => {
  const { page, problems, context } = await openStudio();
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 15000 });
  await paste(page, KURSK);
  await withPlaces(page);
  await withMap(page);
  const places = await placeMarks(page);
  const drawn = await mapPlaces(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator('html[data-studio-ready]').waitFor({ state: 'attached', timeout: 20000 });
  assert.equal(await page.getByTestId('studio-text').inputValue(), KURSK.trim());
  await withPlaces(page);
  assert.deepEqual(await placeMarks(page), places);
  // The world map's files too came from the cache.
  await withMap(page);
  assert.deepEqual(await mapPlaces(page), drawn);
  await page.getByTestId('studio-new').click();
  await paste(page, KURSK);
  await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
  await settled(page);
  assert.ok(await page.getByTestId('quote-card').count() >= 4);
  assert.deepEqual(problems, []);
  await context.close();
});
