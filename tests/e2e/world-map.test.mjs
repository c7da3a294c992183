// Maps framed by their article and cut from the world map at build time
// (issue 18): no story carries a hand-made box or a prepared map file, and
// the newest story has no [map] at all. Checked with script off, as the
// page is first seen, and on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './fixture.mjs';

const env = useApp();

const PAGES = [
  ['kursk-nordkorea', ''],
  ['finnland-grenze', 'finnland-grenze.html'],
  ['hatay-grenze', 'hatay-grenze.html'],
];

async function staticPage(file, viewport = { width: 1366, height: 900 }) {
  const context = await env.browser.newContext({ locale: 'de-DE', javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(`${env.server.url}${file}`);
  return { page, close: () => context.close() };
}

for (const [slug, file] of PAGES) {
  test(`${slug}: every place the article marks is on the map or in the list of places not on it`, async () => {
    const { page, close } = await staticPage(file);
    const tokens = await page.locator('#artikel .mark-place[data-sel]').evaluateAll(
      (els) => [...new Set(els.map((e) => e.dataset.sel))]);
    assert.ok(tokens.length >= 5, `${slug}: only ${tokens.length} places marked`);
    for (const token of tokens) {
      const button = page.locator(`#karte .map-place[data-sel="${token}"]`);
      if (await button.count() === 0) {
        // Places far from both maps are named in one line under them.
        const text = (await page.locator(`#artikel .mark-place[data-sel="${token}"]`).first().innerText()).trim();
        const far = page.locator(`#karte [data-testid="map-far"] [data-place="${token}"]`);
        assert.equal(await far.count(), 1, `${slug}: ${text} is neither on the map nor said to be far away`);
        continue;
      }
      const name = (await button.innerText()).trim();
      const onMain = await page.locator(`#karte-svg [data-sel="${token}"]`).count();
      // On the inset: a country filled, or a labelled pin.
      const onInset = await page.locator(
        `#karte .inset-country[data-place="${token}"], #karte .inset-pin[data-place="${token}"] .inset-label`).count();
      assert.ok(onMain + onInset > 0, `${slug}: ${name} is neither on the map nor on the inset`);
    }
    // The map is complete without script: areas, the band, the border, credits.
    assert.ok(await page.locator('#karte-svg path.area').count() >= 10);
    assert.equal(await page.locator('#karte-svg path.band').count(), 1);
    assert.equal(await page.locator('#karte-svg path.border').count(), 1);
    assert.equal(await page.locator('#karte-svg path.area-key').count(), 1);
    assert.match(await page.locator('#karte .map-credit').innerText(), /Natural Earth.*GeoNames, CC BY 4\.0.*CLDR/);
    await close();
  });
}

test('a story without [map]: its map is framed by the article, with the band from its own sentence', async () => {
  const { page, close } = await staticPage('hatay-grenze.html', { width: 390, height: 800 });
  const map = page.locator('#karte');
  assert.match(await map.locator('path.area-key').getAttribute('aria-label'), /Hatay/);
  assert.equal((await map.locator('.pin-band text').textContent()).trim(), '30 km');
  const description = await map.locator('#karte-beschreibung').innerText();
  assert.match(description, /30 km breiter Streifen in der Türkei entlang der Grenze Türkei–Syrien/);
  assert.match(await map.locator('.map-legend').innerText(), /Staatsgrenze Türkei–Syrien/);
  for (const town of ['Antakya', 'Reyhanlı', 'Kilis', 'Gaziantep', 'Idlib', 'Aleppo']) {
    assert.equal(await map.locator(`.pin-town[data-name="${town}"]`).count(), 1, town);
  }
  // Distant places are on the locator inset, not in the main box.
  const inset = await map.locator('.inset-label').allTextContents();
  for (const far of ['Ankara', 'Istanbul', 'Genf']) assert.ok(inset.includes(far), `${far} not on the inset: ${inset}`);
  // A village the gazetteer does not know is listed as written, not guessed.
  const unplaced = map.locator('[data-testid="map-unplaced"]');
  assert.match(await unplaced.innerText(), /Nicht auf der Karte[\s\S]*Tepealtı Karaköy/);
  assert.equal(await map.locator('[data-testid="map-note"]').count(), 0, 'no note: the band is drawn');
  // Nothing of the map leaves the page's width on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await close();
});

test('a story page loads none of the world assets', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${env.server.url}hatay-grenze.html`);
  await page.keyboard.press('Shift');
  await page.waitForLoadState('networkidle');
  const world = requested.filter((p) => /\.bin$|gazetteer|admin0|borders|admin1/.test(p));
  assert.deepEqual(world, []);
  await context.close();
});
