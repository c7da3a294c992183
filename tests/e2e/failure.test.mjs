import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, Lagebild } from './fixture.mjs';

const env = useApp();

test('when the wasm cannot load, the article and a German notice remain', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(env.server.url);
  await page.locator('html.app-failed').waitFor({ state: 'attached', timeout: 15000 });
  const notice = page.locator('.fallback-notice');
  assert.equal(await notice.isVisible(), true);
  assert.match(await notice.innerText(), /konnte in diesem Browser nicht starten/);
  assert.match(await page.locator('#app').innerText(), /südkoreanische Geheimdienst gewarnt/);
  assert.match(await page.locator('.lede').innerText(), /Wir brauchen/);
  await context.close();
});

test('without JavaScript the whole article is readable with a notice', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const text = await page.locator('body').innerText();
  assert.match(text, /brauchen JavaScript und WebAssembly/);
  assert.match(text, /Quelle: Erkenntnisse und Analysen/);
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
