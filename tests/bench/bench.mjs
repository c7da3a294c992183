// Prints Lagebild's size and speed figures for the release build in dist/:
// every file raw / gzip / brotli, what the first view transfers, Lighthouse
// mobile (median of 3) and a budget table. Figures, not pass/fail tests.
import { readdir, readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';
import { LAUNCH, DIST, ROOT } from '../e2e/fixture.mjs';

const run = promisify(execFile);
const runs = Number(process.env.LH_RUNS || 3);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await files(p)); else out.push(p);
  }
  return out.sort();
}

const sizes = new Map();
console.log('\n## dist/ files (raw, gzip -9, brotli 11)');
let total = { raw: 0, gz: 0, br: 0 };
for (const f of await files(DIST)) {
  const b = await readFile(f);
  const s = { raw: b.length, gz: gz(b), br: br(b) };
  sizes.set(relative(DIST, f), s);
  total.raw += s.raw; total.gz += s.gz; total.br += s.br;
  console.log(`${relative(DIST, f).padEnd(48)} ${kb(s.raw).padStart(10)} ${kb(s.gz).padStart(10)} ${kb(s.br).padStart(10)}`);
}
console.log(`${'total'.padEnd(48)} ${kb(total.raw).padStart(10)} ${kb(total.gz).padStart(10)} ${kb(total.br).padStart(10)}`);

const server = await startServer({ root: DIST });
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage();
const loaded = new Set();
page.on('request', (r) => loaded.add(new URL(r.url()).pathname.replace(/^\//, '') || 'index.html'));
const t0 = Date.now();
await page.goto(server.url);
await page.locator('[data-app-ready]').waitFor({ state: 'attached', timeout: 30000 });
const readyMs = Date.now() - t0;
const mapMs = await page.evaluate(() => {
  const m = performance.getEntriesByName('lagebild:map-interactive')[0];
  return m ? m.startTime : null;
});
await page.waitForTimeout(500);
let first = { raw: 0, gz: 0, br: 0 };
const firstFiles = [];
for (const p of loaded) {
  const s = sizes.get(p === '' ? 'index.html' : p);
  if (!s) continue;
  firstFiles.push(p);
  first.raw += s.raw; first.gz += s.gz; first.br += s.br;
}
await browser.close();
const html = sizes.get('index.html');
console.log(`\n## first view: ${firstFiles.length} files: ${firstFiles.join(', ')}`);
console.log(`first view transfer: raw ${kb(first.raw)}, gzip ${kb(first.gz)}, brotli ${kb(first.br)}`);
console.log(`app ready (loopback, no throttling): ${readyMs} ms; map interactive mark: ${mapMs === null ? 'n/a' : mapMs.toFixed(0) + ' ms'}`);

const lh = [];
if (process.env.SKIP_LIGHTHOUSE !== '1') {
  await mkdir(`${ROOT}bench-results`, { recursive: true });
  for (let i = 0; i < runs; i++) {
    const out = `${ROOT}bench-results/lighthouse-${i}.json`;
    await run(`${ROOT}node_modules/.bin/lighthouse`, [server.url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo', '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: LAUNCH.executablePath }, maxBuffer: 1 << 26 });
    const r = JSON.parse(await readFile(out, 'utf8'));
    lh.push({
      perf: r.categories.performance.score * 100, a11y: r.categories.accessibility.score * 100,
      bp: r.categories['best-practices'].score * 100, seo: r.categories.seo.score * 100,
      lcp: r.audits['largest-contentful-paint'].numericValue, tbt: r.audits['total-blocking-time'].numericValue,
      cls: r.audits['cumulative-layout-shift'].numericValue, fcp: r.audits['first-contentful-paint'].numericValue,
      tti: r.audits['interactive'].numericValue,
    });
    console.log(`lighthouse run ${i + 1}: perf ${lh.at(-1).perf} a11y ${lh.at(-1).a11y} bp ${lh.at(-1).bp} seo ${lh.at(-1).seo} LCP ${lh.at(-1).lcp.toFixed(0)} ms TBT ${lh.at(-1).tbt.toFixed(0)} ms CLS ${lh.at(-1).cls.toFixed(3)}`);
  }
}
await server.close();
const median = (k) => { const v = lh.map((r) => r[k]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };

console.log('\n## budgets (Lighthouse mobile, median of', lh.length, 'runs)');
const rows = [
  ['everything the first view loads, gzip', kb(first.gz), '≤ 110 KB', first.gz <= 110 * 1024],
  ['HTML document incl. critical CSS, gzip', kb(html.gz), '≤ 14 KB', html.gz <= 14 * 1024],
];
if (lh.length) {
  rows.push(
    ['Largest Contentful Paint', `${(median('lcp') / 1000).toFixed(2)} s`, '≤ 0.75 s', median('lcp') <= 750],
    ['Total Blocking Time', `${median('tbt').toFixed(0)} ms`, '≤ 50 ms', median('tbt') <= 50],
    ['Cumulative Layout Shift', median('cls').toFixed(3), '0', median('cls') === 0],
    ['Lighthouse perf / a11y / best practices / SEO', `${median('perf')} / ${median('a11y')} / ${median('bp')} / ${median('seo')}`, '100 / 100 / 100 / 100',
      [median('perf'), median('a11y'), median('bp'), median('seo')].every((s) => s === 100)],
    ['(First Contentful Paint / Time to Interactive)', `${(median('fcp') / 1000).toFixed(2)} s / ${(median('tti') / 1000).toFixed(2)} s`, '', true],
  );
}
for (const [name, value, budget, ok] of rows) {
  console.log(`| ${name.padEnd(46)} | ${String(value).padStart(22)} | ${budget.padEnd(22)} | ${ok ? 'ok  ' : 'OVER'} |`);
}
await writeFile(`${ROOT}bench-results/summary.json`, JSON.stringify({ total, first, firstFiles, lighthouse: lh, readyMs }, null, 2)).catch(() => {});
