import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, Lagebild, ARTIFACTS } from './fixture.mjs';

const env = useApp();

test('the page loads without console errors and shows the headline and lede', async () => {
  const app = await Lagebild.open(env);
  await assert.doesNotReject(app.page.getByRole('heading', { level: 1 }).waitFor());
  assert.match(await app.page.locator('.lede').innerText(), /Wir brauchen, dass unsere Verbündeten/);
  app.assertNoErrors();
  await app.page.screenshot({ path: `${ARTIFACTS}/article.png`, fullPage: true });
  await app.close();
});

test('the article shows a marked quote with its speaker', async () => {
  const app = await Lagebild.open(env);
  const badges = app.quoteBadges;
  assert.ok(await badges.count() >= 4, 'at least four quotes are marked');
  const label = await badges.first().getAttribute('aria-label');
  assert.match(label, /Selenskyj/);
  assert.match(await app.article.locator('.article-text .in-quote').first().innerText(), /Wir brauchen/);
  await app.close();
});

test('focusing a figure says what was recognised', async () => {
  const app = await Lagebild.open(env);
  const figure = app.mark('figure', '12.000');
  await figure.focus();
  const tip = await figure.getAttribute('data-tip');
  assert.match(tip, /bis zu 12\.000/);
  assert.match(tip, /ukrainische Quellen/);
  await figure.press('Enter');
  assert.equal(await figure.getAttribute('aria-pressed'), 'true');
  assert.ok(await app.page.locator('.hl-sentence').count() >= 1, 'its sentence is highlighted');
  app.assertNoErrors();
  await app.close();
});

test('at 360 px nothing is wider than the phone, the navigation included', async () => {
  const app = await Lagebild.open(env, '', { context: { viewport: { width: 360, height: 740 } } });
  const widths = await app.page.evaluate(() => {
    const nav = document.querySelector('.sections');
    return { page: document.documentElement.scrollWidth, nav: nav.scrollWidth, navBox: nav.clientWidth };
  });
  assert.equal(widths.page, 360);
  assert.ok(widths.nav <= widths.navBox, `navigation ${widths.nav} px in ${widths.navBox} px`);
  // The short labels are for the eye; the buttons keep their full names.
  assert.equal(await app.page.getByRole('button', { name: 'Einbetten' }).count(), 1);
  assert.equal(await app.page.getByRole('button', { name: 'English' }).count(), 1);
  await app.close();
});
