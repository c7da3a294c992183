// Every story of stories/site.toml, built the same way: each spec here runs
// against every story's page, with expectations read from the story's own
// files (story.toml, article.txt), never written for one article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { useApp, Lagebild, ROOT, DIST, LAUNCH } from './fixture.mjs';
import { startServer } from './server.mjs';

const env = useApp();

/** The stories of site.toml with the page each is served as and its frame. */
async function stories() {
  const site = await readFile(join(ROOT, 'stories/site.toml'), 'utf8');
  const home = site.match(/^home\s*=\s*"([^"]+)"/m)[1];
  const slugs = [...site.match(/^stories\s*=\s*\[([^\]]*)\]/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const out = [];
  for (const slug of slugs) {
    const toml = await readFile(join(ROOT, 'stories', slug, 'story.toml'), 'utf8');
    const pair = (key, text = toml) => JSON.parse(text.match(new RegExp(`^${key}\\s*=\\s*(\\[[^\\]]*\\])`, 'm'))[1]);
    const sections = toml.slice(toml.indexOf('[sections]'));
    out.push({
      slug,
      page: slug === home ? '' : `${slug}.html`,
      shortTitle: pair('short_title'),
      mapHeading: pair('map', sections),
      note: /^note\s*=/m.test(toml) ? pair('note') : null,
      article: await readFile(join(ROOT, 'stories', slug, 'article.txt'), 'utf8'),
    });
  }
  return out;
}

const all = await stories();
/** German digits as written: "12.000", "1.340", "2,5". */
const numbers = (text) => (text.match(/\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?/g) ?? []);

test('there are at least two stories, and the list page links every one', async () => {
  assert.ok(all.length >= 2, 'two stories');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}stories.html`);
  const items = page.getByTestId('story-item');
  assert.equal(await items.count(), all.length);
  for (const s of all) {
    const link = page.locator('[data-testid=story-item] a', { hasText: s.shortTitle[0] });
    assert.equal(await link.count(), 1, s.slug);
    assert.equal(await link.getAttribute('href'), s.page || 'index.html');
  }
  // The list needs no app: no wasm is requested.
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((u) => u.endsWith('.wasm')), []);
  await context.close();
});

for (const s of all) {
  test(`${s.slug}: the page starts with its own title, share card and oEmbed, under the CSP`, async () => {
    const context = await env.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
      (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    const app = new Lagebild(page, env.server.url);
    await page.goto(`${env.server.url}${s.page}`);
    await app.ready();
    assert.equal(await page.title(), `${s.shortTitle[0]} – Lagebild`);
    // A sample text says so under its headline.
    const note = page.getByTestId('story-note');
    if (s.note) assert.equal((await note.innerText()).trim(), s.note[0]);
    else assert.equal(await note.count(), 0);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await page.request.get(new URL(image, page.url()).href);
    assert.equal(png.status(), 200);
    assert.equal(png.headers()['content-type'], 'image/png');
    assert.ok((await png.body()).length > 10000, 'a real image');
    const oembedUrl = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await page.request.get(new URL(oembedUrl, page.url()).href)).json();
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.title, s.shortTitle[0]);
    // The snippet's pym.js and iframe page resolve from the story's page.
    const pym = oembed.html.match(/<script src="([^"]+pym\.v1\.min\.js)"/)?.[1];
    assert.ok(pym, oembed.html);
    assert.equal((await page.request.get(new URL(pym, page.url()).href)).status(), 200, pym);
    assert.match(oembed.html, new RegExp((s.page || 'index.html').replace('.', '\\.')));
    // The embed dialog offers the same snippet for this page.
    await page.getByTestId('embed-open').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    assert.match(snippet, new RegExp(`Lagebild: ${s.shortTitle[0]}`));
    assert.match(snippet, new RegExp((s.page || '').replace('.', '\\.')));
    assert.deepEqual(violations, []);
    app.assertNoErrors();
    await context.close();
  });

  test(`${s.slug}: the map has its area, band and towns, and moves by keyboard`, async () => {
    const app = await Lagebild.open(env, s.page);
    const { page } = app;
    assert.match(await page.locator('#karte-titel').innerText(), new RegExp(s.mapHeading[0]));
    assert.equal(await page.locator('#karte path.area-key').count(), 1);
    assert.equal(await page.locator('#karte path.band').count(), 1);
    // The band's label is a number the article states as a distance.
    const band = (await page.locator('.pin-band .pin-label').textContent()).trim();
    const km = band.match(/^([\d.,]+) km$/)?.[1];
    assert.ok(km && s.article.includes(`${km} Kilometer`), `band label ${band}`);
    assert.ok(await page.locator('#karte .pin-town').count() >= 3, 'towns');
    const zoom = page.locator('#karte .map-zoom');
    const before = await zoom.getAttribute('transform');
    await page.locator('#karte-svg').focus();
    await page.keyboard.press('+');
    await page.waitForFunction((b) => document.querySelector('#karte .map-zoom').getAttribute('transform') !== b, before);
    // Focusing the key area shows its tooltip.
    await page.locator('#karte path.area-key').focus();
    await page.locator('#karte-tipp:not(.tip-hidden)').waitFor();
    app.assertNoErrors();
    await app.close();
  });

  test(`${s.slug}: every number in the charts' table is a number of the article`, async () => {
    const app = await Lagebild.open(env, s.page);
    const { page } = app;
    const table = page.locator('#zahlen table');
    assert.equal(await table.count(), 1);
    const cells = await table.evaluate((t) => t.textContent);
    const shown = numbers(cells).filter((n) => n.length >= 3);
    assert.ok(shown.length >= 3, `figures in the table: ${shown}`);
    const stated = new Set(numbers(s.article));
    for (const n of shown) assert.ok(stated.has(n), `${n} is not in the article`);
    // The canvas takes over when the charts come near.
    await page.locator('#zahlen').scrollIntoViewIfNeeded();
    await page.locator('canvas[data-chart="vergleich"]').waitFor({ timeout: 10000 });
    app.assertNoErrors();
    await app.close();
  });

  test(`${s.slug}: every quote card quotes the article word for word, and selects its sentence`, async () => {
    const app = await Lagebild.open(env, s.page);
    const { page } = app;
    const cards = app.quoteCards;
    const n = await cards.count();
    assert.ok(n >= 4, `${n} quotes`);
    const flat = s.article.replace(/\s+/g, ' ');
    for (const text of await cards.locator('.quote-text').allTextContents()) {
      // A quote split by its attribution is shown joined by "…".
      for (const part of text.replace(/\s+/g, ' ').split('…')) {
        const t = part.replace(/^[\s„“"»«]+|[\s„“"»«]+$/g, '');
        if (t) assert.ok(flat.includes(t), `not in the article: ${t}`);
      }
    }
    await cards.first().locator('.show-in-article').click();
    await page.waitForFunction(() => location.hash.startsWith('#zitat-'));
    assert.ok(await page.locator('#artikel .hl-sentence, #artikel .hl').count() > 0, 'the sentence is highlighted');
    app.assertNoErrors();
    await app.close();
  });

  test(`${s.slug}: the English view shows the story's English headings`, async () => {
    const app = await Lagebild.open(env, `${s.page}?lang=en`);
    assert.equal(await app.page.locator('html').getAttribute('data-lang'), 'en');
    assert.equal((await app.page.locator('h1').innerText()).trim().length > 0, true);
    assert.match(await app.page.locator('#karte-titel').innerText(), new RegExp(s.mapHeading[1]));
    app.assertNoErrors();
    await app.close();
  });

  test(`${s.slug}: without JavaScript the page is complete`, async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.server.url}${s.page}`);
    const text = (await page.locator('#artikel').textContent()).replace(/\s+/g, ' ');
    for (const para of s.article.split('\n').filter((p) => p.trim())) {
      assert.ok(text.includes(para.trim().replace(/\s+/g, ' ').slice(0, 60)), `paragraph: ${para.slice(0, 40)}`);
    }
    assert.equal(await page.locator('#karte svg.map-svg').count(), 1);
    assert.ok(await page.locator('#zahlen svg').count() >= 1, 'charts as SVG');
    await context.close();
  });
}

test('offline, each story page is served as itself (not the home story)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lagebild-dist-'));
  await cp(DIST, dir, { recursive: true });
  const server = await startServer({ root: dir, prefix: '/zeitung/' });
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new Lagebild(page, server.url);
  await page.goto(server.url);
  await app.ready();
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 15000 });
  await context.setOffline(true);
  for (const s of all) {
    await page.goto(`${server.url}${s.page}`);
    await app.ready();
    assert.equal(await page.title(), `${s.shortTitle[0]} – Lagebild`, s.slug);
  }
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true });
});
