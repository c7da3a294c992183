// The English view shows no German interface strings: visible text outside
// the article's own content, every aria-label, the charts' SVG texts before
// they go live, and the texts each canvas drew; the canvas redraws on toggle.
// The article text, quotes, names and parts as the article writes them stay
// German: that is content, not interface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, Lagebild } from './fixture.mjs';

const env = useApp();

/** Both stories' pages: the home story at the root, the second one beside it. */
const PAGES = [['home story', ''], ['second story', 'finnland-grenze.html']];

/** German interface words (whole words, case-sensitive) that have no place in the English view. */
const GERMAN = [
  'Karte', 'Zahlen', 'Zahl', 'Zitate', 'Zitat', 'Quelle', 'Schätzung', 'Schätzungen', 'bis zu', 'etwa',
  'Soldaten', 'Truppen', 'Sprecher', 'Artikel', 'Satz', 'Sätze', 'Prognose', 'Oktober', 'November', 'Dezember',
  'Anfang', 'Mitte', 'Ende', 'Zeitverlauf', 'Vergleich', 'Zusammensetzung', 'darunter', 'Darunter', 'laut',
  'Angabe', 'Tabelle', 'Diagramm', 'Daten', 'Einbetten', 'Legende', 'Balken', 'Obergrenze', 'Maßstabsgetreu',
  'auswählen', 'zeigen', 'Ort', 'Orte', 'alle', 'und', 'oder', 'der', 'die', 'das', 'nicht',
  'keine', 'Keine', 'Abschnitte', 'Sprache', 'Quellenangabe', 'Kartendaten', 'Ortsdaten', 'gemeinfrei',
];

/**
 * Elements whose text is German content, not interface: the page marks the
 * article's own words (its text, quotes, speakers, sentences, claimant names)
 * with `lang="de"`; the lede is the article's first paragraph and the filter
 * options list speakers and organisations as the article names them.
 */
const CONTENT = ['body [lang="de"]', '.lede', 'select option:not([data-en])'].join(', ');

/** The story frame, the map's text alternative and the credits: checked on their own too. */
const FRAME = ['h1', '#karte-beschreibung', '.map-credit', '.credits'];

/** The German words found in `text` (whole words). */
function germanIn(text, words = GERMAN) {
  return words.filter((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(text));
}

/** Opens the English view and lets every section and chart render (they do when near). */
async function openEnglish(page = '') {
  const app = await Lagebild.open(env, `${page}?lang=en`);
  for (const id of ['#karte', '#zahlen', '#zitate', '#artikel']) await app.text(app.page.locator(id));
  for (const chart of ['zusammensetzung', 'zeitverlauf', 'vergleich']) {
    await app.page.locator(`.chart-stage[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
  }
  await app.page.waitForFunction(() => document.querySelectorAll('canvas[data-chart][data-lang]').length >= 3,
    null, { timeout: 10000 });
  return app;
}

/** The article's own words: words found here are content wherever they appear. */
async function articleWords(page) {
  const text = await page.locator('.article-text').evaluate((el) => el.textContent);
  return new Set(text.split(/[^\p{L}]+/u).filter(Boolean));
}

/** The visible text nodes outside `content`, in document order. */
function visibleTexts(page, content) {
  return page.evaluate((content) => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest(content) || el.closest('script, style, template, svg, [hidden], [aria-hidden="true"]')) continue;
      // Visible: rendered (not display:none anywhere up the tree), so the German twin of each .l-en is skipped.
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      out.push(text);
    }
    return out;
  }, content);
}

for (const [name, path] of PAGES) {
test(`${name}: the English view shows no German interface text`, async () => {
  const app = await openEnglish(path);
  const { page } = app;
  assert.equal(await page.locator('html').getAttribute('data-lang'), 'en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the page language follows');
  assert.equal(await page.locator('.article-text').getAttribute('lang'), 'de', 'the article stays German');
  const found = await visibleTexts(page, CONTENT);
  assert.ok(found.length > 50, `visible interface texts: ${found.length}`);
  const german = found.map((t) => [t, germanIn(t)]).filter(([, w]) => w.length);
  assert.deepEqual(german, [], german.map(([t, w]) => `${w.join(', ')}: ${t}`).join('\n'));
  app.assertNoErrors();
  await app.close();
});

test(`${name}: the headline, the map text alternative and the credits are English too`, async () => {
  const app = await openEnglish(path);
  const texts = [];
  for (const selector of FRAME) texts.push(await app.page.locator(selector).first().innerText());
  const german = texts.map((t) => [t, germanIn(t)]).filter(([, w]) => w.length);
  await app.close();
  assert.deepEqual(german, [], german.map(([t, w]) => `${w.join(', ')}: ${t.slice(0, 80)}`).join('\n'));
});
}

test('every aria-label is English (names and quoted words from the article aside)', async () => {
  const app = await openEnglish();
  const { page } = app;
  // A label may quote the article (a speaker's role, a cue verb): its words are content.
  const own = await articleWords(page);
  const interfaceOnly = GERMAN.filter((w) => w.split(' ').some((part) => !own.has(part)));
  const labels = await page.$$eval('[aria-label]', (els) => els.map((el) => el.getAttribute('aria-label')));
  assert.ok(labels.length > 20, `aria-labels: ${labels.length}`);
  const german = labels.map((l) => [l, germanIn(l, interfaceOnly)]).filter(([, w]) => w.length);
  assert.deepEqual(german, [], german.map(([l, w]) => `${w.join(', ')}: ${l}`).join('\n'));
  const summary = await page.locator('canvas[data-chart="vergleich"]').getAttribute('aria-label');
  assert.match(summary, /^How many North Korean soldiers in Russia\? Three estimates: US-Beamte about 3\.000/);
  await app.close();
});

test('the charts draw English on canvas and redraw on the toggle', async () => {
  const app = await openEnglish();
  const { page } = app;
  const drawn = () => page.$$eval('canvas[data-chart]', (cs) => cs.map((c) => ({
    chart: c.dataset.chart, lang: c.dataset.lang, texts: c.dataset.texts || '',
  })));
  const canvasWords = ['Prognose', 'bis zu', 'etwa', 'Ende', 'Anfang', 'Mitte', 'Oktober', 'November', 'Dezember',
    'Maßstabsgetreu', 'Obergrenze', 'Teile', 'Soldaten', 'Truppen', 'laut', 'darunter', 'Ohne'];
  for (const c of await drawn()) {
    assert.equal(c.lang, 'en', c.chart);
    assert.ok(c.texts.length > 10, `${c.chart} drew texts`);
    assert.deepEqual(germanIn(c.texts, canvasWords), [], `${c.chart}: ${c.texts}`);
  }
  const en = await drawn();
  assert.ok(en.some((c) => /late October/.test(c.texts)), 'the timeline says "late October"');
  assert.ok(en.some((c) => /\(forecast\)/.test(c.texts)), 'a forecast is marked in English');
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => c.dataset.lang === 'de'));
  const de = await drawn();
  assert.ok(de.some((c) => /Ende Oktober/.test(c.texts)), 'German again after the toggle');
  assert.match(await page.locator('canvas[data-chart="vergleich"]').getAttribute('aria-label'), /^Wie viele/);
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => c.dataset.lang === 'en'));
  app.assertNoErrors();
  await app.close();
});

test('the static charts (before they go live) show English SVG texts', async () => {
  // Without script the page cannot switch language, so set the attribute the start-up script would set.
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.evaluate(() => document.documentElement.setAttribute('data-lang', 'en'));
  const texts = await page.$$eval('.chart-svg text', (ts) => ts
    .filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => t.textContent.trim()));
  assert.ok(texts.length > 20, `shown SVG texts: ${texts.length}`);
  const joined = texts.join(' | ');
  assert.match(joined, /late October/);
  assert.deepEqual(germanIn(joined, ['Prognose', 'bis zu', 'etwa', 'Ende', 'Oktober', 'Dezember', 'Maßstabsgetreu', 'Obergrenze', 'Soldaten']), [], joined);
  await page.evaluate(() => document.documentElement.removeAttribute('data-lang'));
  const german = await page.$$eval('.chart-svg text', (ts) => ts
    .filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.textContent.trim()).join(' | '));
  assert.match(german, /Ende Oktober/);
  assert.doesNotMatch(german, /late October/);
  await context.close();
});
