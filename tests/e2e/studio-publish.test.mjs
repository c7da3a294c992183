// The Studio's form, its fixes and its export: what the text cannot say is
// a form of story.toml keys; a fix (a speaker, a figure, a town) becomes a
// correction keyed by text; the story folder, the HTML file and the embed
// snippet come out, and an exported folder opens again and builds the same
// page. Each story's article.txt + story.toml in the Studio shows what its
// built page shows. Our own sample text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, mkdir, rm, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, ROOT } from './fixture.mjs';
import { studioHelpers } from './studio-helpers.mjs';

const env = useApp();
const { openStudio, paste, settled, withMap, mapPlaces, cards } = studioHelpers(env);

const TEXT = `Hochwasser in Passau: Hunderte Helfer im Einsatz

„Wir arbeiten mit Hochdruck an einer Lösung.“ So klang es am Dienstag aus dem Rathaus. Das Wort „Jahrhundertflut“ wollte bei der Stadt niemand benutzen.

Nach Angaben des Landratsamts sind 400 Einsatzkräfte vor Ort. Die Feuerwehr zählte dagegen 350 Helfer. Auch im Dorf Kleinhausenbrück stand das Wasser hoch.

Bürgermeisterin Petra Lindner sagte, die Lage sei unter Kontrolle.`;

/** The text as the Studio keeps it: one paragraph per line. */
const NORMALISED = TEXT.replace(/\n+/g, '\n');

/** The files of a zip, read by Python's zipfile (an independent reader). */
function unzip(path) {
  const out = execFileSync('python3', ['-c',
    'import sys, json, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))',
    path]);
  return JSON.parse(out.toString());
}

/** Clicks `testid` and returns the path of the file it downloads. */
async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { path: await file.path(), name: file.suggestedFilename() };
}

/** The quote card whose text contains `words`. */
const card = (page, words) => page.locator('[data-testid=studio-preview] [data-testid=quote-card]', { hasText: words });

test('the form writes story.toml keys, the preview follows, and the form survives a reload', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, TEXT);
  await settled(page);
  // Defaults from the text: the headline as title, the first sentence as description.
  assert.equal(await page.getByTestId('form-title-de').getAttribute('placeholder'), 'Hochwasser in Passau: Hunderte Helfer im Einsatz');
  assert.equal((await page.locator('[data-testid=preview-masthead] h1 .l-de').textContent()).trim(), 'Hochwasser in Passau: Hunderte Helfer im Einsatz');
  await page.getByTestId('form-title-de').fill('Hochwasser: wer wie viele Helfer zählt');
  await page.getByTestId('form-sections.quotes-de').fill('Stimmen');
  await page.locator('[data-testid=preview-masthead] h1 .l-de', { hasText: 'wer wie viele' }).waitFor({ timeout: 10000 });
  await page.locator('#zitate h2 .l-de', { hasText: 'Stimmen' }).waitFor({ timeout: 10000 });
  // The measures the parser found, with their counts.
  const options = await page.getByTestId('form-measure').locator('option').allTextContents();
  assert.ok(options.some((o) => /^Personen \(\d+ Zahlen\)$/.test(o)), JSON.stringify(options));
  await page.reload();
  await page.locator('html[data-studio-ready]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('form-title-de').inputValue(), 'Hochwasser: wer wie viele Helfer zählt');
  await settled(page);
  assert.equal((await page.locator('#zitate h2 .l-de').textContent()).trim(), 'Stimmen');
  assert.deepEqual(problems, []);
  await context.close();
});

test('fix a missing speaker, export the story folder, open it again: the fix is still there, and the folder builds the same page', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, TEXT);
  await settled(page);
  const item = page.getByTestId('check-quote').filter({ hasText: 'Wir arbeiten mit Hochdruck' });
  assert.match(await item.innerText(), /Kein Sprecher gefunden/);
  // The names found are offered; Petra Lindner is one of them.
  assert.ok((await item.locator('datalist option').evaluateAll((os) => os.map((o) => o.value))).includes('Petra Lindner'));
  await item.locator('input[list]').fill('Petra Lindner');
  await item.getByRole('button', { name: /Zuordnen/ }).click();
  await settled(page);
  await card(page, 'Wir arbeiten').locator('.quote-who', { hasText: 'Petra Lindner' }).waitFor({ timeout: 10000 });
  assert.equal(await page.getByTestId('check-quote').filter({ hasText: 'Wir arbeiten mit Hochdruck' }).count(), 0);
  assert.equal(await page.getByTestId('check-correction').count(), 1);

  const zip = await download(page, 'export-folder');
  assert.match(zip.name, /^hochwasser-in-passau[a-z-]*\.zip$/);
  const files = unzip(zip.path);
  const slug = zip.name.replace(/\.zip$/, '');
  assert.deepEqual(Object.keys(files), [`${slug}/article.txt`, `${slug}/story.toml`]);
  assert.equal(files[`${slug}/article.txt`], NORMALISED);
  assert.match(files[`${slug}/story.toml`], /\[\[corrections\]\]\nquote = "Wir arbeiten mit Hochdruck an einer Lösung\."\nspeaker = "Petra Lindner"/);
  const preview = await cards(page);

  // "Neu" clears text, form and fixes; opening the zip restores them.
  await page.getByTestId('studio-new').click();
  await page.getByTestId('studio-empty').waitFor();
  // (The checks follow the preview a task later.)
  await page.getByTestId('check-correction').first().waitFor({ state: 'detached', timeout: 5000 });
  await page.getByTestId('studio-open').setInputFiles(zip.path);
  await page.getByTestId('studio-notice').filter({ hasText: 'Geöffnet' }).waitFor({ timeout: 10000 });
  await settled(page);
  assert.equal(await page.getByTestId('studio-text').inputValue(), NORMALISED);
  await card(page, 'Wir arbeiten').locator('.quote-who', { hasText: 'Petra Lindner' }).waitFor({ timeout: 10000 });
  assert.deepEqual(await cards(page), preview);

  // The folder in a stories/ of its own, built by the prerender: the same quotes.
  const dir = await mkdtemp(join(tmpdir(), 'lagebild-export-'));
  try {
    const stories = join(dir, 'stories');
    await mkdir(join(stories, slug), { recursive: true });
    for (const [name, body] of Object.entries(files)) await writeFile(join(stories, name), body);
    await writeFile(join(stories, 'site.toml'), `home = "${slug}"\nstories = ["${slug}"]\n`);
    const out = join(dir, 'out');
    await mkdir(out);
    await copyFile(join(ROOT, 'index.html'), join(out, 'index.html'));
    const target = process.env.CARGO_TARGET_DIR || join(ROOT, 'target');
    execFileSync(join(target, 'debug', 'prerender'), [out, stories], { stdio: 'pipe' });
    const built = await context.newPage();
    await built.setContent(await readFile(join(out, 'index.html'), 'utf8'));
    assert.deepEqual(await cards(built), preview);
    assert.match(await built.locator('h1').first().innerText(), /Hochwasser in Passau/);
    await built.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a figure leaves the comparison, a quoted term is marked as no speech, and a town is placed by its position', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, TEXT);
  await settled(page);
  const figure = page.locator('[data-testid=check-figure][data-figure^="400"]');
  await figure.getByTestId('check-exclude').click();
  await settled(page);
  await page.locator('[data-testid=check-figure][data-figure^="400"]', { hasText: 'Von Ihnen aus dem Vergleich genommen' }).waitFor({ timeout: 10000 });
  await page.getByTestId('check-quote').filter({ hasText: 'Wir arbeiten' }).getByTestId('check-not-speech').click();
  await settled(page);
  await page.getByTestId('check-correction').nth(1).waitFor({ timeout: 10000 });
  assert.equal(await card(page, 'Wir arbeiten').count(), 0);
  // The town no gazetteer knows: placed by its position, it is a place of the article.
  await withMap(page);
  const town = page.getByTestId('check-place').filter({ hasText: 'Kleinhausenbrück' });
  await town.locator('input[data-testid^=check-place-lon]').fill('9,31');
  await town.locator('input[data-testid^=check-place-lat]').fill('48.72');
  await town.getByRole('button', { name: /Hier platzieren/ }).click();
  await settled(page);
  await page.locator('#artikel .mark-place', { hasText: 'Kleinhausenbrück' }).waitFor({ timeout: 15000 });
  assert.equal(await page.getByTestId('check-place').filter({ hasText: 'Kleinhausenbrück' }).count(), 0);
  assert.equal(await page.locator('[data-testid=check-correction][data-applied=yes]').count(), 3);
  // A town pointed to on the map: the click gives its position (through the map's scale and projection).
  await page.getByTestId('studio-text').fill(`${NORMALISED}\nAuch im Dorf Oberwiesenfeldt stand das Wasser hoch.`);
  const other = page.getByTestId('check-place').filter({ hasText: 'Oberwiesenfeldt' });
  await other.waitFor({ timeout: 15000 });
  await withMap(page);
  await other.getByRole('button', { name: /Auf der Karte zeigen/ }).click();
  assert.equal(await other.getByRole('button', { name: /Auf der Karte zeigen/ }).getAttribute('aria-pressed'), 'true');
  await page.getByTestId('studio-notice').filter({ hasText: 'Oberwiesenfeldt' }).waitFor();
  // The map is brought into view; where Passau is drawn, its point is clicked.
  const passau = await page.evaluate(() => {
    const dot = [...document.querySelectorAll('#karte-svg text')].find((t) => t.textContent.trim() === 'Passau');
    dot.scrollIntoView({ block: 'center' });
    const r = dot.getBoundingClientRect();
    const at = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    const hit = document.elementFromPoint(at.x, at.y);
    return { ...at, visible: !!hit?.closest('#karte') };
  });
  assert.ok(passau.visible, 'the map is in view');
  await page.mouse.click(passau.x, passau.y);
  const lon = Number((await other.locator('input[data-testid^=check-place-lon]').inputValue()).replace(',', '.'));
  const lat = Number((await other.locator('input[data-testid^=check-place-lat]').inputValue()).replace(',', '.'));
  assert.ok(Math.abs(lon - 13.46) < 0.4 && Math.abs(lat - 48.57) < 0.4, `${lon}, ${lat} is by Passau's label`);
  await other.locator('button[aria-pressed=false]', { hasText: 'Auf der Karte zeigen' }).waitFor({ timeout: 5000 });
  // Placed there: no longer a place to check, and the hint to place it is gone.
  await other.getByRole('button', { name: /Hier platzieren/ }).click();
  await other.waitFor({ state: 'detached', timeout: 15000 });
  assert.ok(await page.getByTestId('studio-notice').isHidden(), 'the hint is gone once the town is placed');
  // Undo takes a fix back.
  await page.getByTestId('check-correction').first().getByTestId('check-undo').click();
  await settled(page);
  await page.locator('[data-testid=check-figure][data-figure^="400"]', { hasText: 'Von Ihnen' }).waitFor({ state: 'detached', timeout: 10000 });
  // A source the text does not name: kept, but reported as not applied, never shown.
  const figure350 = page.locator('[data-testid=check-figure][data-figure^="350"]');
  await figure350.locator('input[list]').fill('Hans Niemand');
  await figure350.getByRole('button', { name: /Zuordnen/ }).click();
  const unapplied = page.locator('[data-testid=check-correction][data-applied=no]');
  await unapplied.waitFor({ timeout: 10000 });
  assert.match(await unapplied.innerText(), /Hans Niemand[\s\S]*steht nicht im Text/);
  assert.ok(!(await page.locator('#zahlen').textContent()).includes('Hans Niemand'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the HTML file is one page complete without script; the embed gives a snippet for the published page', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, TEXT);
  await withMap(page);
  const file = await download(page, 'export-html');
  assert.match(file.name, /\.html$/);
  const html = await readFile(file.path, 'utf8');
  assert.ok(!/<script/i.test(html), 'no script');
  assert.ok(!/<link[^>]+stylesheet/i.test(html), 'styles inline');
  assert.ok(!html.includes('data-studio-only'), 'no Studio notes');
  const offline = await env.browser.newContext({ javaScriptEnabled: false });
  const reader = await offline.newPage();
  await reader.setContent(html);
  assert.match(await reader.locator('h1').innerText(), /Hochwasser in Passau/);
  assert.equal(await reader.locator('#karte-svg').count(), 1);
  assert.deepEqual(await cards(reader), await cards(page));
  // Styled: the panels have the page's layout, not the browser's defaults.
  assert.notEqual(await reader.locator('.panel').first().evaluate((e) => getComputedStyle(e).borderTopStyle), 'none');
  await offline.close();

  await page.getByTestId('export-embed').click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  assert.match(snippet, /new pym\.Parent\("lagebild-[a-z]+", "http:\/\/[^"]+\/hochwasser-in-passau[a-z-]*\.html/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a story.toml that does not load names its line and changes nothing', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, TEXT);
  await settled(page);
  await page.getByTestId('form-title-de').fill('Mein Titel');
  await page.getByTestId('studio-open').setInputFiles([
    { name: 'story.toml', mimeType: 'text/plain', buffer: Buffer.from('title = ["a", "b"]\nshort_titel = ["c", "d"]\n') },
    { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Ein ganz anderer Text.') },
  ]);
  const notice = page.getByTestId('studio-notice');
  await notice.filter({ hasText: 'nicht übernommen' }).waitFor({ timeout: 10000 });
  assert.match(await notice.innerText(), /line 2/);
  assert.match(await notice.innerText(), /short_titel/);
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.equal(await page.getByTestId('form-title-de').inputValue(), 'Mein Titel');
  assert.equal(await page.getByTestId('studio-text').inputValue(), NORMALISED);
  // Only an article, no story.toml: said, nothing applied.
  await page.getByTestId('studio-open').setInputFiles([{ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Ein Text.') }]);
  await notice.filter({ hasText: 'Keine story.toml' }).waitFor({ timeout: 10000 });
  assert.equal(await page.getByTestId('studio-text').inputValue(), NORMALISED);
  assert.deepEqual(problems, []);
  await context.close();
});

test('parity: each story opened in the Studio shows what its built page shows', async () => {
  const site = await readFile(join(ROOT, 'stories/site.toml'), 'utf8');
  const slugs = JSON.parse(site.match(/^stories\s*=\s*(\[[^\]]*\])/m)[1]);
  const home = site.match(/^home\s*=\s*"([^"]+)"/m)[1];
  const { page, problems, context } = await openStudio();
  const text = (p, sel) => p.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent.replace(/\s+/g, ' ').trim()), sel);
  const layers = (p) => p.evaluate(() => [...document.querySelectorAll('#karte-svg path, #karte-svg g[id]')].map((e) => (e.getAttribute('class') || e.id).split(/\s+/).sort().join(' ')).sort());
  for (const slug of slugs) {
    const reader = await context.newPage();
    await reader.goto(`${env.server.url}${slug === home ? '' : `${slug}.html`}`);
    const folder = join(ROOT, 'stories', slug);
    await page.getByTestId('studio-new').click();
    await page.getByTestId('studio-open').setInputFiles([join(folder, 'story.toml'), join(folder, 'article.txt')]);
    await page.getByTestId('studio-notice').filter({ hasText: 'Geöffnet' }).waitFor({ timeout: 10000 });
    await withMap(page);
    for (let i = 0; i < 50 && JSON.stringify(await mapPlaces(page)) !== JSON.stringify(await mapPlaces(reader)); i++) await page.waitForTimeout(200);
    const P = '[data-testid=studio-preview] ';
    assert.deepEqual(await cards(page), await cards(reader), `${slug}: quotes`);
    assert.deepEqual(await mapPlaces(page), await mapPlaces(reader), `${slug}: map places`);
    assert.deepEqual(await layers(page), await layers(reader), `${slug}: map layers`);
    assert.deepEqual(await text(page, `${P}#artikel p`), await text(reader, '#artikel p'), `${slug}: article`);
    assert.deepEqual(await text(page, `${P}h2`), await text(reader, 'main h2'), `${slug}: headings`);
    assert.deepEqual(await text(page, `${P}.masthead h1`), await text(reader, '.masthead h1'), `${slug}: title`);
    assert.deepEqual(await text(page, `${P}#zahlen figcaption, ${P}#zahlen td, ${P}#zahlen th`), await text(reader, '#zahlen figcaption, #zahlen td, #zahlen th'), `${slug}: figures`);
    await reader.close();
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the preview has the reader pages\' live behaviour, attached again after each change, never twice', async () => {
  const { page, problems, context } = await openStudio();
  const KURSK = await readFile(join(ROOT, 'stories/kursk-nordkorea/article.txt'), 'utf8');
  await paste(page, KURSK);
  await withMap(page);
  const readyMarks = () => page.evaluate(() => performance.getEntriesByName('lagebild:ready').length);
  await page.waitForFunction(() => document.documentElement.classList.contains('live')
    && document.querySelector('#app[data-app-ready]') && document.querySelector('#karte-svg .map-zoom'));
  // Wait until the last new preview (the map arriving) has its attach.
  let marks = await readyMarks();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = await readyMarks();
    if (now === marks && i > 3) break;
    marks = now;
  }
  assert.ok(marks >= 1);
  // One press of "+" is one zoom step.
  const zoomIn = page.locator('#karte .zoom-in');
  await zoomIn.scrollIntoViewIfNeeded();
  await zoomIn.click();
  await page.waitForFunction(
    () => / scale\(1\.5\)$/.test(document.querySelector('#karte-svg .map-zoom').getAttribute('transform') ?? ''));
  // A filter of the quote explorer counts once.
  await page.getByTestId('filter-speaker').selectOption('Kris Osborn');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=quote-card]')].filter((c) => !c.hidden && c.offsetParent).length === 1);
  // A change of the text: a new preview, attached again; the zoom works once there too.
  await page.getByTestId('form-title-de').fill('Neuer Titel');
  await page.locator('[data-testid=preview-masthead] h1 .l-de', { hasText: 'Neuer Titel' }).waitFor({ timeout: 10000 });
  await page.waitForFunction((k) => performance.getEntriesByName('lagebild:ready').length > k, marks, { timeout: 20000 });
  await page.waitForTimeout(500);
  const zoom2 = page.locator('#karte .zoom-in');
  await zoom2.scrollIntoViewIfNeeded();
  await zoom2.click();
  await page.waitForFunction(
    () => / scale\(1\.5\)$/.test(document.querySelector('#karte-svg .map-zoom').getAttribute('transform') ?? ''));
  // The Studio's language toggle switches once, the preview with it (and
  // attaches again: still one drawn chart in each place).
  await page.getByTestId('studio-lang').click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.lang), 'en');
  await page.locator('#zahlen').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('#zahlen canvas.chart-canvas').length > 0, null, { timeout: 10000 });
  await page.waitForTimeout(1000);
  const perStage = await page.evaluate(() => [...document.querySelectorAll('#zahlen canvas.chart-canvas')]
    .map((c) => c.parentElement.querySelectorAll(':scope > canvas.chart-canvas').length));
  assert.ok(perStage.length > 0 && perStage.every((n) => n === 1), JSON.stringify(perStage));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a megabyte of text is not taken, and a typed text over the limit says where the limit is', async () => {
  const { page, problems, context } = await openStudio();
  await paste(page, TEXT);
  await settled(page);
  const KURSK = await readFile(join(ROOT, 'stories/kursk-nordkorea/article.txt'), 'utf8');
  await paste(page, KURSK.repeat(Math.ceil(1_000_000 / KURSK.length)));
  const notice = page.getByTestId('studio-notice');
  await notice.filter({ hasText: 'Nicht eingefügt' }).waitFor({ timeout: 10000 });
  assert.match(await notice.innerText(), /bis 60\.000 Zeichen/);
  assert.equal(await page.getByTestId('studio-text').inputValue(), NORMALISED, 'the field is as it was');
  assert.ok(await page.getByTestId('quote-card').count() > 0, 'the preview stays');
  // Typed (here: filled) past the limit: the field keeps it, the preview says why there is none.
  await page.getByTestId('studio-text').fill(`${NORMALISED}\n${KURSK.repeat(16)}`);
  await page.getByTestId('studio-too-long').waitFor({ timeout: 10000 });
  assert.match(await page.getByTestId('studio-too-long').innerText(), /Der Text hat [\d.]+ Zeichen/);
  assert.equal(await page.getByTestId('studio-too-long').getAttribute('role'), 'alert');
  // Back under it: the preview returns.
  await page.getByTestId('studio-text').fill(NORMALISED);
  await page.getByTestId('quote-card').first().waitFor({ timeout: 10000 });
  assert.deepEqual(problems, []);
  await context.close();
});
