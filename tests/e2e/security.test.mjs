import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, Lagebild, DIST } from './fixture.mjs';

const env = useApp();

test('the build carries a strict CSP and every view runs under it', async () => {
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  const headers = await readFile(`${DIST}/_headers`, 'utf8');
  assert.match(headers, /frame-ancestors/);
  for (const query of ['', '?view=map', '?view=charts', '?view=quotes', '?theme=dark&lang=en']) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
      (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)));
    const app = new Lagebild(page, env.server.url);
    await page.goto(`${env.server.url}${query}`);
    await app.ready();
    await page.waitForTimeout(300);
    assert.deepEqual(violations, [], `${query}: ${violations.join('\n')}`);
    app.assertNoErrors();
    await context.close();
  }
});

test('the app makes no request to any other origin', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  const app = new Lagebild(page, env.server.url);
  await page.goto(env.server.url);
  await app.ready();
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(500);
  assert.deepEqual([...origins].filter((o) => o !== new URL(env.server.url).origin && o !== 'null' && !o.startsWith('data:') && !o.startsWith('blob:')), []);
  await context.close();
});

test('URL values are never inserted as HTML', async () => {
  const app = await Lagebild.open(env, '?view=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E&childId=%3Cb%3E', { hash: '#%3Cimg%20src%3Dx%3E' });
  assert.equal(await app.page.evaluate(() => window.pwned), undefined);
  assert.equal(await app.page.locator('img[src=x]').count(), 0);
  assert.equal(await app.quoteCards.count(), 4);
  await app.close();
});
