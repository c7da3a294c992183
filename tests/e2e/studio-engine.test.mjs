// The Studio's engine (parse, corrections, world files, map cut): its own
// wasm in a worker, so the page's thread only renders. Where a module
// worker cannot start, the same engine runs on the page; an engine that
// cannot start is said, and nothing is lost. Our own sample text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, ROOT } from './fixture.mjs';
import { studioHelpers } from './studio-helpers.mjs';

const env = useApp();
const { openStudio, paste, settled, withMap, cards } = studioHelpers(env);
const KURSK = await readFile(join(ROOT, 'stories/kursk-nordkorea/article.txt'), 'utf8');

const TEXT = `Streik bei der Fähre: Pendler warten in Kiel

„Wir fahren erst wieder, wenn das Angebot stimmt“, sagte der Betriebsrat Jens Ohlsen am Morgen in Kiel. Nach Angaben der Reederei fielen 40 Fahrten aus.`;

test('the parse runs in a worker: the page loads the engine once there is text, and its wasm has no parser', async () => {
  // Every request of the page and its workers, by file name. No service
  // worker: after a first visit it caches the engine too (for offline use),
  // in the background, which this test is not about.
  const context = await env.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
  const requested = [];
  context.on('request', (r) => requested.push(r.url().split('/').pop()));
  const { page, problems } = await openStudio({ context });
  const engineFiles = () => requested.filter((n) => /^studio-(engine|worker)-/.test(n));
  // Nothing of the engine before the editor reaches the text field.
  await page.waitForTimeout(500);
  assert.deepEqual(engineFiles(), []);
  assert.equal(page.workers().length, 0);
  const started = page.waitForEvent('worker');
  await paste(page, TEXT);
  const worker = await started;
  assert.match(worker.url(), /studio-worker-[0-9a-f]+\.js$/);
  await settled(page);
  // Then the worker script, the engine's glue and its wasm.
  assert.equal(engineFiles().length, 3, engineFiles().join(', '));
  const all = await cards(page);
  assert.ok(all.some((c) => c.kind === 'quote-card' && /Betriebsrat/.test(c.who)), JSON.stringify(all));
  // The parse was timed in the worker and reported to the page.
  assert.ok(await page.evaluate(() => performance.getEntriesByName('lagebild-studio:parse').length) >= 1);
  // The page's own wasm carries neither the parser's word lists nor the
  // TOML reader: they are in the engine's.
  const { studio, engine } = await page.evaluate(async (workerUrl) => {
    const text = async (url) => new TextDecoder('latin1').decode(await (await fetch(url)).arrayBuffer());
    const wasm = [...document.querySelectorAll('link[rel=preload][as=fetch]')].map((l) => l.href).find((h) => /studio-[0-9a-f]+_bg\.wasm$/.test(h));
    // The engine's wasm, as the worker script names it.
    const engineName = (await text(workerUrl)).match(/studio-engine-[0-9a-f]+_bg\.wasm/)[0];
    return { studio: await text(wasm), engine: await text(new URL(engineName, workerUrl).href) };
  }, worker.url());
  for (const word of ['Verbs of saying, writing and asking', 'toml_edit']) {
    assert.ok(!studio.includes(word), `the page's wasm holds "${word}"`);
  }
  assert.ok(engine.includes('toml_edit'), 'the engine reads story.toml');
  assert.ok(engine.includes('Verbs of saying, writing and asking'), 'the engine holds the parser\'s word lists');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file dragged onto the page starts the engine before the drop, and the engine warms up on a text of its own', async () => {
  const { page, problems, context } = await openStudio();
  await page.waitForTimeout(300);
  assert.equal(page.workers().length, 0);
  const started = page.waitForEvent('worker');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Text'], 'artikel.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
  });
  await started;
  await page.locator('html[data-studio-engine=ready]').waitFor({ state: 'attached', timeout: 30000 });
  // With no job waiting, the engine runs its own sample once; the page
  // assembles that sample's story once too. Nothing of it is shown.
  await page.waitForFunction(() => performance.getEntriesByName('lagebild-studio:warm').length === 1
    && performance.getEntriesByName('lagebild-studio:warm-page').length === 1, null, { timeout: 20000 });
  assert.equal(await page.getByTestId('studio-empty').count(), 1);
  assert.equal(await page.getByTestId('preview-masthead').count(), 0);
  assert.equal(await page.getByTestId('quote-card').count(), 0);
  // The first paste is then answered from its own text, not the sample's.
  await paste(page, TEXT);
  await settled(page);
  const all = await cards(page);
  assert.ok(all.some((c) => /Betriebsrat/.test(c.who)), JSON.stringify(all));
  assert.ok(all.every((c) => !/Berger/.test(c.who)), JSON.stringify(all));
  assert.deepEqual(problems, []);
  await context.close();
});

test('pointing at the text field starts the engine', async () => {
  const { page, problems, context } = await openStudio();
  await page.waitForTimeout(300);
  assert.equal(page.workers().length, 0);
  const started = page.waitForEvent('worker');
  await page.getByTestId('studio-text').hover();
  await started;
  await page.locator('html[data-studio-engine=ready]').waitFor({ state: 'attached', timeout: 30000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('without module workers the same engine runs on the page, and the preview is the same', async () => {
  const { page, problems, context } = await openStudio({
    init: () => {
      // A browser that cannot start a module worker.
      window.Worker = class { constructor() { throw new TypeError('module workers are not supported'); } };
    },
  });
  await paste(page, KURSK);
  await withMap(page);
  assert.equal(page.workers().length, 0);
  assert.ok(await page.getByTestId('quote-card').count() >= 4);
  assert.ok(await page.locator('#karte .map-place').count() >= 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an engine that cannot start is said, and the draft is kept', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
  await context.route(/studio-engine-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const { page } = await openStudio({ context });
  await paste(page, TEXT);
  const notice = page.getByTestId('studio-notice');
  await notice.filter({ hasText: 'Die Vorschau konnte nicht berechnet werden' }).waitFor({ timeout: 20000 });
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.equal(await page.locator('[data-testid=studio-preview]').getAttribute('aria-busy'), 'false');
  assert.equal(await page.getByTestId('draft-status').getAttribute('data-saved'), 'yes');
  // Opening a story.toml waits for no engine that will not answer.
  await page.getByTestId('studio-open').setInputFiles([
    { name: 'story.toml', mimeType: 'text/plain', buffer: Buffer.from('title = ["a", "b"]\n') },
  ]);
  await notice.filter({ hasText: 'nicht übernommen' }).waitFor({ timeout: 20000 });
  await context.close();
});

test('a form an earlier Studio kept as TOML is read and kept in today\'s form', async () => {
  const toml = [
    'title = ["Fähre: wer streikt", "Ferry: who strikes"]',
    'short_title = ["Fähre", "Ferry"]',
    'description = ["", ""]',
    'published = "2024-05-02"',
    '',
    '[sections]',
    'map = ["", ""]',
    'figures = ["", ""]',
    'quotes = ["Stimmen", "Voices"]',
    'article = ["", ""]',
    '',
    '[comparison]',
    'measure = "personnel"',
    'counted = ["", ""]',
  ].join('\n');
  const { page, problems, context } = await openStudio();
  await page.evaluate(([draft, form]) => {
    localStorage.setItem('lagebild.studio.draft', draft);
    localStorage.setItem('lagebild.studio.form', form);
  }, [TEXT, toml]);
  await page.reload();
  await page.locator('html[data-studio-ready]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('[data-testid=form-title-de]').value === 'Fähre: wer streikt', null, { timeout: 20000 });
  await settled(page);
  await page.locator('#zitate h2 .l-de', { hasText: 'Stimmen' }).waitFor({ timeout: 10000 });
  // Kept again in today's form (no TOML reader needed at the next start).
  const kept = await page.evaluate(() => localStorage.getItem('lagebild.studio.form'));
  assert.match(kept, /^[0-9a-f]+$/);
  await page.reload();
  await page.locator('html[data-studio-ready]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('form-title-de').inputValue(), 'Fähre: wer streikt');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new title draws the masthead and the panels only; a part is drawn again when what it shows changed', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, TEXT);
  // With the world files there (places and map): a late file would draw
  // the article and the map again with the title's change.
  await withMap(page);
  // The preview says which parts the last change drew (data-drawn).
  const drawn = async () => (await page.getByTestId('studio-preview').getAttribute('data-drawn')).split(' ');
  await page.getByTestId('form-title-de').fill('Fähre steht still');
  await page.locator('[data-testid=preview-masthead] h1 .l-de', { hasText: 'Fähre steht still' }).waitFor({ timeout: 10000 });
  await settled(page);
  assert.deepEqual(await drawn(), ['masthead', 'panels']);
  // A sentence more: the parts that show the article are drawn again.
  await page.getByTestId('studio-text').fill(`${TEXT}\n„Wir bleiben hart“, sagte die Gewerkschaft.`);
  await page.locator('#zitate [data-testid=quote-card]', { hasText: 'Wir bleiben hart' }).waitFor({ timeout: 15000 });
  await settled(page);
  const parts = await drawn();
  assert.ok(parts.includes('quotes') && parts.includes('article'), parts.join(' '));
  assert.deepEqual(problems, []);
  await context.close();
});
