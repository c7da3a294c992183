import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, Lagebild } from './fixture.mjs';

const env = useApp();

test('the explorer shows every quote of the article as a card', async () => {
  const app = await Lagebild.open(env);
  assert.equal(await app.quoteCards.count(), 4);
  const texts = await app.texts(app.quoteCards);
  assert.match(texts[0], /Selenskyj/);
  assert.match(texts[1], /Matthew Miller/);
  assert.match(texts[1], /28\. Oktober/);
  assert.match(texts[3], /anonyme Quelle/);
  assert.match(texts[3], /CNN/);
  app.assertNoErrors();
  await app.close();
});

test('filter by speaker', async () => {
  const app = await Lagebild.open(env);
  await app.selectOption('filter-speaker', 'Kris Osborn');
  assert.equal(await app.visibleQuoteCards().count(), 1);
  assert.match(await app.text(app.visibleQuoteCards().first()), /Stationierung nordkoreanischer Truppen/);
  await app.selectOption('filter-speaker', 'alle');
  assert.equal(await app.visibleQuoteCards().count(), 4);
  await app.close();
});

test('search with and without umlauts', async () => {
  const app = await Lagebild.open(env);
  await app.search('Ermöglicher');
  assert.equal(await app.visibleQuoteCards().count(), 1);
  await app.search('ERMOEGLICHER');
  assert.equal(await app.visibleQuoteCards().count(), 1);
  await app.search('aussenministerium');
  assert.equal(await app.visibleQuoteCards().count(), 1);
  assert.match(await app.text(app.visibleQuoteCards().first()), /Miller/);
  await app.search('gibt es nicht');
  assert.equal(await app.visibleQuoteCards().count(), 0);
  assert.match(await app.text(app.page.locator('.result-count')), /0 Zitate/);
  await app.close();
});

test('a deep link opens and selects a quote', async () => {
  const app = await Lagebild.open(env, '', { hash: '#zitat-2' });
  const card = app.page.locator('#zitat-2');
  await card.waitFor();
  assert.match(await card.getAttribute('class'), /selected/);
  // The link scrolls the card into view (checked before reading the article scrolls away).
  await app.page.waitForFunction(() => {
    const r = document.querySelector('#zitat-2').getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.match(await app.text(app.page.locator('.hl-sentence')), /Wir haben mit der VRC/);
  app.assertNoErrors();
  await app.close();
});

test('"Im Artikel zeigen" highlights and focuses the sentence', async () => {
  const app = await Lagebild.open(env);
  await app.page.locator('#zitat-3').getByRole('button', { name: 'Im Artikel zeigen' }).click();
  const sentence = app.page.locator('.sentence.hl-sentence');
  assert.equal(await sentence.count(), 1);
  assert.match(await sentence.innerText(), /Kris Osborn, Präsident von Warrior Maven/);
  assert.equal(await app.page.evaluate(() => document.activeElement.classList.contains('hl-sentence')), true);
  assert.equal(await app.hash(), '#zitat-3');
  await app.close();
});

test('indirect speech has its own cards, a filter, and a link to its sentence', async () => {
  const app = await Lagebild.open(env);
  const reported = app.page.getByTestId('indirect-card');
  assert.ok(await reported.count() >= 1, 'the seed reports speech indirectly');
  assert.match(await app.text(reported.first()), /indirekte Rede/);
  await app.page.getByTestId('filter-kind').selectOption('indirect');
  assert.equal(await app.visibleQuoteCards().count(), 0, 'direct quotes are filtered out');
  assert.equal(await app.page.locator('[data-testid=indirect-card]:not([hidden])').count(), await reported.count());
  await reported.first().getByRole('button', { name: 'Im Artikel zeigen' }).click();
  await app.page.locator('.sentence.hl-sentence').first().waitFor();
  assert.match(await app.hash(), /^#satz-\d+$/);
  app.assertNoErrors();
  await app.close();
});

test('the kind filter separates direct, indirect and reported speech; cards show the frame and an unsure speaker', async () => {
  const app = await Lagebild.open(env, 'finnland-grenze.html');
  const all = app.page.getByTestId('indirect-card');
  const shown = app.page.locator('[data-testid=indirect-card]:not([hidden])');
  const total = await all.count();
  await app.page.getByTestId('filter-kind').selectOption('reported');
  const reported = await shown.count();
  assert.ok(reported >= 1, 'the story reports a claim with "soll"');
  assert.equal(await app.visibleQuoteCards().count(), 0);
  const card = await app.text(shown.first());
  assert.match(card, /berichtete Behauptung \(sollen\)/);
  assert.match(card, /Sprecher unsicher/);
  await app.page.getByTestId('filter-kind').selectOption('indirect');
  assert.equal(await shown.count(), total - reported, 'indirect speech without the reported claims');
  // A frame such as "nach Angaben des …" is named on its card: as the
  // speaker line when it names the source in the genitive (the phrase alone,
  // "Des Grenzschutzes", names nobody), once, not again under "Rahmen".
  const texts = await app.texts(shown);
  const framed = texts.find((t) => /– nach Angaben des Grenzschutzes/.test(t));
  assert.ok(framed, texts.join('\n---\n'));
  assert.doesNotMatch(framed, /Rahmen/);
  assert.ok(texts.every((t) => !/– (Des|Dem|Finnischen) /.test(t)), texts.join('\n---\n'));
  assert.ok(texts.some((t) => /Rahmen\s+Der norwegische Nachrichtendienst warnte/.test(t)), texts.join('\n---\n'));
  app.assertNoErrors();
  await app.close();
});

test('the selection survives a reload via the URL', async () => {
  const app = await Lagebild.open(env);
  await app.mark('figure', '12.000').click();
  assert.match(await app.hash(), /^#zahl-\d+$/);
  const hash = await app.hash();
  await app.page.reload();
  await app.ready();
  assert.equal(await app.hash(), hash);
  assert.equal(await app.mark('figure', '12.000').getAttribute('aria-pressed'), 'true');
  await app.close();
});

test('the back button steps back through selections', async () => {
  const app = await Lagebild.open(env);
  await app.page.locator('#zitat-1').getByRole('button', { name: 'Im Artikel zeigen' }).click();
  await app.page.locator('#zitat-4').getByRole('button', { name: 'Im Artikel zeigen' }).click();
  assert.equal(await app.hash(), '#zitat-4');
  await app.page.goBack();
  await app.page.waitForFunction(() => location.hash === '#zitat-1');
  await app.page.locator('#zitat-1.selected').waitFor();
  await app.page.goBack();
  await app.page.waitForFunction(() => location.hash === '');
  assert.equal(await app.page.locator('.quote-card.selected').count(), 0);
  await app.close();
});

test('the language toggle switches the interface and persists', async () => {
  const app = await Lagebild.open(env);
  await app.page.getByTestId('lang-toggle').click();
  await app.page.getByRole('link', { name: 'Quotes' }).waitFor();
  const cards = await app.page.locator('.quote-card').count();
  assert.equal(await app.page.getByRole('button', { name: 'Show in article' }).count(), cards, 'one per quote and reported statement');
  // The article itself stays German; what was recognised is described in English.
  assert.match(await app.text(app.page.locator('#artikel .article-text')), /Verbündeten/);
  assert.match(await app.mark('figure', '12.000').getAttribute('data-tip'), /^Figure: up to 12\.000/);
  assert.match(await app.text(app.page.locator('#zitat-4')), /partial quote · anonymous source/);
  await app.page.reload();
  await app.ready();
  assert.equal(await app.page.getByRole('link', { name: 'Quotes' }).count(), 1);
  await app.page.getByTestId('lang-toggle').click();
  await app.page.getByRole('link', { name: 'Zitate' }).waitFor();
  await app.close();
});

test('dark mode can be forced by URL parameter', async () => {
  const dark = await Lagebild.open(env, '?theme=dark', { context: { colorScheme: 'light' } });
  assert.equal(await dark.page.getByTestId('url-notice').isVisible(), false, 'valid parameters give no notice');
  const bg = () => dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await dark.page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await bg(), 'rgb(21, 22, 26)');
  await dark.close();
  const light = await Lagebild.open(env, '?theme=light', { context: { colorScheme: 'dark' } });
  assert.equal(await light.page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(251, 250, 247)');
  await light.close();
  const junk = await Lagebild.open(env, '?theme=%3Cb%3E&view=nonsense');
  assert.equal(await junk.page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.equal(await junk.quoteCards.count(), 4);
  assert.match(await junk.page.getByTestId('url-notice').innerText(), /übergangen: theme, view/);
  junk.assertNoErrors();
  await junk.close();
});

test('the print stylesheet prints the article, the charts and every quote', async () => {
  const app = await Lagebild.open(env);
  await app.search('Ermöglicher');
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.page.getByTestId('quote-search').isVisible(), false, 'filters are not printed');
  assert.equal(await app.page.locator('.sections').isVisible(), false, 'navigation is not printed');
  const printed = await app.page.locator('[data-testid=quote-card]').evaluateAll((cards) =>
    cards.filter((c) => getComputedStyle(c).display !== 'none').length);
  assert.equal(printed, 4, 'filtered-out quotes are printed too');
  // Charts print as their vector SVG, not the screen's canvas bitmap.
  assert.equal(await app.page.locator('#zahlen .chart-graphic svg').first().isVisible(), true);
  assert.equal(await app.page.locator('#zahlen canvas').first().isVisible(), false);
  assert.equal(await app.page.locator('#artikel .article-text').isVisible(), true);
  await app.close();
});
