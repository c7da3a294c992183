import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, LAUNCH, Lagebild } from './fixture.mjs';
import { startServer } from './server.mjs';

// Each test gets its own copy of dist/ so it can change files (a new version).
async function servedCopy(prefix = '/') {
  const dir = await mkdtemp(join(tmpdir(), 'lagebild-dist-'));
  await cp(DIST, dir, { recursive: true });
  const server = await startServer({ root: dir, prefix });
  return { dir, server, close: async () => { await server.close(); await rm(dir, { recursive: true }); } };
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 15000 });
}

test('offline after the first visit, every section still works (under a sub-path)', async () => {
  const site = await servedCopy('/zeitung/lagebild/');
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new Lagebild(page, site.server.url);
  await page.goto(site.server.url);
  await app.ready();
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await app.ready();
  for (const id of ['#karte', '#zahlen', '#zitate', '#artikel']) assert.equal(await page.locator(id).count(), 1, id);
  await app.search('Ermöglicher');
  assert.equal(await app.visibleQuoteCards().count(), 1);
  await page.goto(`${site.server.url}?view=map`);
  await app.ready();
  assert.equal(await page.locator('#karte').isVisible(), true);
  assert.equal(await page.locator('#zitate').isVisible(), false);
  app.assertNoErrors();
  await browser.close();
  await site.close();
});

test('the manifest passes Chromium\'s installability check', async () => {
  const site = await servedCopy();
  // Installability is never granted in incognito, Playwright's default: use a profile.
  const profile = await mkdtemp(join(tmpdir(), 'lagebild-profile-'));
  const browser = await chromium.launchPersistentContext(profile, LAUNCH);
  const page = await browser.newPage();
  await page.goto(site.server.url);
  await new Lagebild(page).ready();
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = JSON.parse(await readFile(join(site.dir, 'public/manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.short_name, 'Lagebild');
  assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512', '512x512', 'any']);
  await browser.close();
  await site.close();
  await rm(profile, { recursive: true });
});

test('an updated build is picked up and offered as "Neue Version verfügbar"', async () => {
  const site = await servedCopy();
  const browser = await chromium.launch(LAUNCH);
  const page = await browser.newPage();
  const app = new Lagebild(page, site.server.url);
  await page.goto(site.server.url);
  await app.ready();
  await controlled(page);
  const oldVersion = (await readFile(join(site.dir, 'sw.js'), 'utf8')).match(/const VERSION = '(\w+)'/)[1];
  // Publish a new version: a changed sw.js is what browsers compare.
  const sw = await readFile(join(site.dir, 'sw.js'), 'utf8');
  await writeFile(join(site.dir, 'sw.js'), sw.replace(oldVersion, `${oldVersion}b`));
  await page.reload();
  await app.ready();
  const banner = page.getByTestId('update-banner');
  await banner.waitFor({ timeout: 15000 });
  assert.match(await banner.innerText(), /Neue Version verfügbar/);
  await banner.getByRole('button', { name: 'Neu laden' }).click();
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.some((k) => k.endsWith('b'));
  }, null, { timeout: 15000 });
  await app.ready();
  assert.equal(await page.getByTestId('update-banner').isVisible(), false);
  await browser.close();
  await site.close();
});

test('without service workers the app still runs, with no errors', async () => {
  const site = await servedCopy();
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const app = new Lagebild(page, site.server.url);
  await page.goto(site.server.url);
  await app.ready();
  assert.equal(await app.quoteCards.count(), 4);
  app.assertNoErrors();
  await browser.close();
  await site.close();
});

test('the world map files are not precached, but kept once fetched and served offline', async () => {
  const site = await servedCopy('/zeitung/lagebild/');
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const app = new Lagebild(page, site.server.url);
    await page.goto(site.server.url);
    await app.ready();
    await controlled(page);
    const sw = await readFile(join(site.dir, 'sw.js'), 'utf8');
    const precache = JSON.parse(sw.match(/const PRECACHE = (\[[^\n]*\]);/)[1]);
    assert.ok(precache.length > 5 && !precache.some((f) => f.startsWith('world/')), 'no world file in the precache list');
    const files = ['world/index.bin', 'world/admin0.bin', 'world/admin1/UA.bin', 'world/borders.bin'];
    const sizes = (names) => page.evaluate(async (list) => Promise.all(list.map(async (f) => {
      const r = await fetch(f);
      return r.ok ? (await r.arrayBuffer()).byteLength : -r.status;
    })), names);
    const online = await sizes(files);
    assert.ok(online.every((n) => n > 1000), `online sizes ${online}`);
    await context.setOffline(true);
    assert.deepEqual(await sizes(files), online, 'the same bytes offline');
    // A file never fetched before is not there offline: nothing precached it.
    const never = await page.evaluate(() => fetch('world/admin1/FI.bin').then(() => 'ok', () => 'failed'));
    assert.equal(never, 'failed');
  } finally {
    await browser.close();
    await site.close();
  }
});
