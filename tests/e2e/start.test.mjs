// The wasm starts on the reader's first interaction, or at once when the page
// needs it before any (framed, a selection hash, the English interface, URL
// parameters for the app); what the reader did before it was ready is
// replayed (boot/early.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, Lagebild, DIST } from './fixture.mjs';
import { startServer } from './server.mjs';

const env = useApp();

async function openQuiet(query = '', hash = '') {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (r) => { if (/\.wasm$/.test(r.url())) wasm.push(r.url()); });
  await page.goto(`${env.server.url}${query}${hash}`);
  return { page, wasm, app: new Lagebild(page, env.server.url), close: () => context.close() };
}

const started = (page) => page.evaluate(() => window.lagebildBoot.wanted);

test('without an interaction the page is complete and the wasm is not loaded', async () => {
  const { page, wasm, app, close } = await openQuiet();
  await page.waitForTimeout(1500);
  assert.deepEqual(wasm, []);
  assert.equal(await started(page), false);
  assert.ok(await page.locator('#karte-svg path.area').count() > 20);
  assert.equal(await page.getByTestId('lang-toggle').isVisible(), true, 'the toggle is offered at once');
  assert.equal(await page.locator('html.app-failed').count(), 0);
  // The offline worker is registered all the same.
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r), null, { timeout: 15000 });
  app.assertNoErrors();
  await close();
});

test('a mouse over the map starts the app, before any press', async () => {
  const { page, wasm, app, close } = await openQuiet();
  await page.waitForTimeout(500);
  assert.equal(await started(page), false);
  // The map's top edge is on the first screen (no scroll: that would start it).
  const box = await page.locator('#karte-svg').boundingBox();
  const { height } = page.viewportSize();
  assert.ok(box.y + 40 < height, `map top at ${box.y}`);
  // Onto the map from above it, as a reader's mouse comes.
  await page.mouse.move(box.x + box.width / 2, Math.max(0, box.y - 20));
  await page.waitForTimeout(200);
  assert.equal(await started(page), false, 'a mouse elsewhere on the page does not start it');
  await page.mouse.move(box.x + box.width / 2, box.y + 30, { steps: 4 });
  await page.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 20000 });
  assert.equal(wasm.length >= 1, true);
  app.assertNoErrors();
  await close();
});

test('a click on a mark before the app is ready is replayed: the selection appears', async () => {
  const { page, wasm, app, close } = await openQuiet();
  // Whether the app was ready when each click arrived.
  await page.evaluate(() => {
    window.clicksBeforeReady = [];
    addEventListener('click', () => clicksBeforeReady.push(!document.querySelector('[data-app-ready]')), true);
  });
  const mark = page.locator('#artikel button.mark-figure').first();
  await mark.click(); // scrolls it into view (an interaction), then clicks
  await app.ready();
  // The reader's click, before the app was ready; then its replay, after.
  assert.deepEqual(await page.evaluate(() => window.clicksBeforeReady), [true, false]);
  await page.waitForFunction(() => /^#zahl-\d+$/.test(location.hash), null, { timeout: 5000 });
  assert.equal(await mark.getAttribute('aria-pressed'), 'true');
  assert.equal(wasm.length, 1);
  app.assertNoErrors();
  await close();
});

test('text typed into the quote search before the app is ready filters the cards', async () => {
  const { page, app, close } = await openQuiet();
  const search = page.getByTestId('quote-search');
  await search.focus();
  await page.keyboard.type('Ermöglicher');
  await app.ready();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=quote-card]:not([hidden])').length === 1, null, { timeout: 5000 });
  app.assertNoErrors();
  await close();
});

test('the language toggle pressed before the app is ready switches to English', async () => {
  const { page, app, close } = await openQuiet();
  await page.getByTestId('lang-toggle').click();
  await app.ready();
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5000 });
  app.assertNoErrors();
  await close();
});

for (const [what, query, hash] of [
  ['a selection in the hash', '', '#zitat-2'],
  ['the English interface', '?lang=en', ''],
  ['an unknown URL parameter (the app names it)', '?farbe=rot', ''],
]) {
  test(`${what} starts the app at once, with no interaction`, async () => {
    const { page, close } = await openQuiet(query, hash);
    await page.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 20000 });
    await close();
  });
}
// Framed pages start at once too: embed.test.mjs waits for the app inside
// pym.js and Datawrapper frames without any interaction.

/**
 * A page served up to the first `before` in it, the rest held back until
 * `release()`: a slow network, or a parser pausing there. Returns the page at
 * its first bytes, its `app` (which records errors from the start),
 * `release` and `close`.
 */
async function stalledPage({ file = 'index.html', before, viewport }) {
  let release;
  const released = new Promise((done) => { release = done; });
  const server = await startServer({ root: DIST, stall: { path: file, before, release: released } });
  const context = await env.browser.newContext({ locale: 'de-DE', ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  const url = file === 'index.html' ? server.url : `${server.url}${file}`;
  const app = new Lagebild(page, server.url);
  await page.goto(url, { waitUntil: 'commit' });
  const close = async () => {
    release();
    await context.close();
    await server.close();
  };
  return { page, app, release, close };
}
const MAP_LAYERS = '<g transform="translate(0,0) scale(1)" class="map-zoom">';

test('a wheel on a map the parser is still inside is held and zooms it once it is live', async () => {
  // The page stops inside the map's <svg>, before its layers: a slow network
  // or a parser pausing in the 100 KB of map. The reader's wheel there must
  // not be lost (boot/early.js holds it from the <svg>'s first child on).
  const { page, app, release, close } = await stalledPage({ before: MAP_LAYERS });
  try {
    const svg = page.locator('#karte-svg');
    await svg.waitFor({ timeout: 20000 });
    assert.equal(await page.locator('#karte-svg .map-zoom').count(), 0, 'the map\'s layers are still on their way');
    const box = await svg.boundingBox();
    assert.ok(box && box.height > 50, 'the half-parsed map already has its box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => scrollY), scrolled, 'the wheel did not scroll the page');
    release();
    await page.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 20000 });
    const transform = await page.locator('#karte-svg .map-zoom').getAttribute('transform');
    assert.match(transform, /scale\((?!1\))/, `the held wheel zoomed the map in once it was live: ${transform}`);
    app.assertNoErrors();
  } finally {
    await close();
  }
});

test('while the parser is inside the map, the map\'s section has its real height, not a stand-in', async () => {
  // The map's section once had content-visibility's 1400px stand-in while it
  // was off screen: a reader scrolling to a map still arriving saw the page
  // jump back by the difference once the section was drawn, and a wheel or
  // drag aimed at the map met the text above it. The second story's map
  // starts below this short screen; the page stops inside the map's <svg>.
  const { page, close } = await stalledPage({ file: 'finnland-grenze.html', before: MAP_LAYERS, viewport: { width: 412, height: 200 } });
  try {
    await page.locator('#karte-svg').waitFor({ state: 'attached', timeout: 20000 });
    await page.waitForTimeout(300);
    const sizes = await page.evaluate(() => {
      const section = document.getElementById('karte').getBoundingClientRect();
      const svg = document.getElementById('karte-svg').getBoundingClientRect();
      return { sectionTop: section.top, sectionBottom: section.bottom, svgBottom: svg.bottom, page: document.documentElement.scrollHeight };
    });
    assert.ok(sizes.sectionTop > 400, `the map's section starts below the screen: ${JSON.stringify(sizes)}`);
    assert.ok(sizes.sectionBottom - sizes.svgBottom < 100, `the section ends with what has arrived of it: ${JSON.stringify(sizes)}`);
  } finally {
    await close();
  }
});

test('on a page still arriving, a wheel on the map zooms it before the rest is there, not the page', async () => {
  // The page stops just inside the section after the map's until released:
  // a slow network (the app knows the map's section is complete once the
  // parser has begun the next one).
  const { page, app, release, close } = await stalledPage({ before: '<h2 id="zahlen-titel"' });
  try {
    const svg = page.locator('#karte-svg');
    await svg.waitFor({ timeout: 20000 });
    const transform = () => page.locator('#karte-svg .map-zoom').getAttribute('transform');
    const before = await transform();
    // One notch of a reader's wheel on the map: it starts the app, the page
    // does not scroll under the pointer, and the map zooms once it is live.
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, -120);
    let after = before;
    for (let i = 0; i < 80 && after === before; i++) {
      await page.waitForTimeout(250);
      after = await transform();
    }
    assert.notEqual(after, before, 'the map zoomed');
    assert.match(after, /scale\((?!1\))/, 'zoomed in');
    assert.equal(await page.evaluate(() => scrollY), scrolled, 'the wheel did not scroll the page');
    assert.equal(await page.evaluate(() => document.readyState), 'loading', 'the rest of the page is still on its way');
    assert.equal(await page.locator('#zahlen-titel').count(), 0);
    assert.equal(await page.locator('[data-app-ready]').count(), 0, 'the app waits for the rest');
    release();
    await page.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 20000 });
    // The rest attached once it arrived: the charts and the quote filters work.
    await page.getByTestId('quote-search').fill('Ermöglicher');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=quote-card]:not([hidden])').length === 1, null, { timeout: 5000 });
    app.assertNoErrors();
  } finally {
    await close();
  }
});
