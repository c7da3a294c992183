import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, Lagebild, DIST, ROOT } from './fixture.mjs';
import { startServer } from './server.mjs';

const env = useApp();

// A parent page on another origin (a second server) that embeds the app the
// way a newsroom CMS does.
async function parentPage(body) {
  const dir = await mkdtemp(join(tmpdir(), 'lagebild-parent-'));
  await copyFile(`${ROOT}node_modules/pym.js/dist/pym.v1.min.js`, join(dir, 'pym.v1.min.js'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>Zeitung</title></head>
<body style="margin:0"><h1>Eine Zeitungsseite</h1>${body}</body></html>`);
  const server = await startServer({ root: dir });
  return { server, close: async () => { await server.close(); await rm(dir, { recursive: true }); } };
}

async function frameHeight(page) {
  return page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
}

test('pym.Parent sizes the iframe to the content, growing and shrinking', async () => {
  const app = `${env.server.url}?view=quotes`;
  const parent = await parentPage(`<div id="embed"></div><script src="pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('embed', ${JSON.stringify(app)}, { title: 'Lagebild' });</script>`);
  const context = await env.browser.newContext({ viewport: { width: 800, height: 700 } });
  const page = await context.newPage();
  await page.goto(parent.server.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 400);
  const full = await frameHeight(page);
  const inner = await page.frames()[1].evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs(full - Math.ceil(inner)) <= 2, `frame ${full} vs content ${inner}`);
  // The content shrinks: filter the quotes down to one card.
  await frame.getByTestId('quote-search').fill('Ermöglicher');
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height < h - 100, full);
  const shrunk = await frameHeight(page);
  // And grows again when the filter is cleared.
  await frame.getByTestId('quote-search').fill('');
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 100, shrunk);
  // A framed view parameter shows only that view (the others are in the page, hidden).
  assert.equal(await frame.locator('section.panel:visible').count(), 1);
  assert.equal(await frame.locator('#zitate').isVisible(), true);
  await context.close();
  await parent.close();
});

test('a Datawrapper-style listener resizes the iframe too', async () => {
  const app = `${env.server.url}?view=article&compact=1`;
  const parent = await parentPage(`<iframe id="dw" title="Lagebild" src="${app}" style="width:100%;border:0;height:100px"></iframe>
<script>
window.addEventListener('message', function (a) {
  if (a.data && a.data['datawrapper-height'] !== undefined) {
    var e = document.querySelectorAll('iframe');
    for (var t in a.data['datawrapper-height']) for (var r = 0; r < e.length; r++)
      if (e[r].contentWindow === a.source) e[r].style.height = a.data['datawrapper-height'][t] + 'px';
  }
});
</script>`);
  const page = await env.browser.newPage({ viewport: { width: 420, height: 700 } });
  await page.goto(parent.server.url);
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 1000);
  const frame = page.frameLocator('iframe');
  assert.equal(await frame.locator('.masthead').isVisible(), false, 'compact hides the masthead');
  assert.equal(await frame.locator('#artikel').isVisible(), true);
  assert.equal(await frame.locator('#karte').isVisible(), false);
  await page.close();
  await parent.close();
});

test('unframed, the app sends no resize messages', async () => {
  const app = await Lagebild.open(env);
  const sent = await app.page.evaluate(() => new Promise((done) => {
    let n = 0;
    window.addEventListener('message', () => n++);
    window.scrollTo(0, 500);
    setTimeout(() => done(n), 500);
  }));
  assert.equal(sent, 0);
  await app.close();
});

test('foreign and malformed messages are ignored without errors', async () => {
  const app = await Lagebild.open(env, '?childId=k1');
  await app.page.evaluate(() => {
    for (const m of ['pymxPYMxk1xPYMxwidthxPYMxNaN', 'pymxPYMxotherxPYMxwidthxPYMx300', '<img src=x onerror=alert(1)>',
      { 'datawrapper-height': { x: 1 } }, null, 42, { sentinel: 'amp', type: 'embed-size', height: 'x' }]) {
      window.postMessage(m, '*');
    }
  });
  await app.page.waitForTimeout(300);
  assert.equal(await app.quoteCards.count(), 4);
  app.assertNoErrors();
  await app.close();
});

test('the Einbetten dialog produces a snippet for the chosen view', async () => {
  const app = await Lagebild.open(env);
  await app.page.getByTestId('embed-open').click();
  const dialog = app.page.getByRole('dialog');
  await dialog.waitFor();
  await app.page.getByTestId('embed-view').selectOption('map');
  const snippet = await app.page.getByTestId('embed-snippet').inputValue();
  assert.match(snippet, /<div id="lagebild-map"><\/div>/);
  assert.match(snippet, /public\/vendor\/pym\.v1\.min\.js/);
  assert.match(snippet, /new pym\.Parent\("lagebild-map", "http:\/\/127\.0\.0\.1:\d+\/\?view=map\\u0026theme=auto\\u0026lang=de"/);
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await app.close();
});
