// Prints Lagebild's size figures for the release build in dist/ (every file
// raw / gzip / brotli, what the first view loads, the HTML and wasm budgets),
// then Lighthouse mobile for ours and the peer page, interleaved
// (ours, peer, ours, peer, …), as medians with ours/peer ratios.
// Figures, not pass/fail tests. Writes bench-results/lighthouse.json.
// Env: LH_PAIRS (default 3), SKIP_LIGHTHOUSE=1, LH_TIMEOUT_S (default 240 per run).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import {
  startTargets, firstInteraction, deadline, median, ratio, fmtRatio, kb, ms, saveResult, printTable, RESULTS, ROOT, LAUNCH, DIST,
} from './targets.mjs';

const run = promisify(execFile);
const pairs = Number(process.env.LH_PAIRS || 3);
const lhTimeout = Number(process.env.LH_TIMEOUT_S || 240);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
deadline(120 + pairs * 2 * (lhTimeout + 10), 'bench.mjs');

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await files(p)); else out.push(p);
  }
  return out.sort();
}

async function sizesOf(dir) {
  const sizes = new Map();
  for (const f of await files(dir)) {
    if (f.endsWith('.map')) continue; // source maps: never loaded by the page
    if (f.endsWith('/.lagebild-build.json')) continue; // the build stamp: never served to readers
    const b = await readFile(f);
    sizes.set(relative(dir, f), { raw: b.length, gz: gz(b), br: br(b) });
  }
  return sizes;
}

function printSizes(title, sizes) {
  console.log(`\n## ${title} (raw, gzip -9, brotli 11)`);
  const total = { raw: 0, gz: 0, br: 0 };
  for (const [name, s] of sizes) {
    total.raw += s.raw; total.gz += s.gz; total.br += s.br;
    console.log(`${name.padEnd(48)} ${kb(s.raw).padStart(10)} ${kb(s.gz).padStart(10)} ${kb(s.br).padStart(10)}`);
  }
  console.log(`${'total'.padEnd(48)} ${kb(total.raw).padStart(10)} ${kb(total.gz).padStart(10)} ${kb(total.br).padStart(10)}`);
  return total;
}

/** Loads the page once without throttling; which of its files it fetched. */
async function firstView(browser, target, sizes) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const loaded = new Set();
  const offsite = new Set();
  // The directory of the page: files are named relative to it.
  const base = new URL('./', target.url).pathname;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:') return;
    if (u.origin !== new URL(target.url).origin) { offsite.add(u.href); return; }
    const p = u.pathname.startsWith(base) ? u.pathname.slice(base.length) : u.pathname;
    loaded.add(p === '' ? 'index.html' : p);
  });
  await page.goto(target.url, { timeout: 30000 });
  // What a reader who does not interact gets: the page once it has settled.
  await page.waitForTimeout(2000);
  const before = new Set(loaded);
  // Then the first interaction (our app starts on it; see OURS_START).
  const t0 = Date.now();
  await firstInteraction(page, target);
  let readyMs = null;
  try {
    await page.locator(target.ready).waitFor({ state: 'attached', timeout: 30000 });
    readyMs = Date.now() - t0;
  } catch {
    console.log(`(${target.name}: ${target.ready} did not appear within 30 s of the first interaction)`);
  }
  await page.waitForTimeout(1000);
  await context.close();
  if (offsite.size) console.log(`(${target.name} asked for more than loopback: ${[...offsite].join(', ')})`);
  const onInteraction = [...loaded].filter((p) => !before.has(p) && sizes.has(p));
  const sum = (list) => list.reduce((a, p) => ({ raw: a.raw + sizes.get(p).raw, gz: a.gz + sizes.get(p).gz, br: a.br + sizes.get(p).br }), { raw: 0, gz: 0, br: 0 });
  loaded.clear();
  before.forEach((p) => loaded.add(p));
  const first = { raw: 0, gz: 0, br: 0 };
  const list = [];
  for (const p of loaded) {
    const s = sizes.get(p);
    if (!s) continue;
    list.push(p);
    first.raw += s.raw; first.gz += s.gz; first.br += s.br;
  }
  return { first, files: list, readyMs, onInteraction, interactionSize: sum(onInteraction) };
}

async function lighthouse(target, tag) {
  const out = `${RESULTS}/lighthouse-${tag}.json`;
  try {
    await run(`${ROOT}node_modules/.bin/lighthouse`, [target.url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo', '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { env: { ...process.env, CHROME_PATH: LAUNCH.executablePath }, maxBuffer: 1 << 26, timeout: lhTimeout * 1000, killSignal: 'SIGINT' });
    const r = JSON.parse(await readFile(out, 'utf8'));
    if (r.runtimeError) console.log(`  ${tag}: lighthouse runtime error: ${r.runtimeError.code} ${r.runtimeError.message}`);
    const score = (c) => (r.categories[c]?.score ?? null) === null ? null : r.categories[c].score * 100;
    const num = (a) => r.audits[a]?.numericValue ?? null;
    return {
      perf: score('performance'), a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo'),
      bytes: num('total-byte-weight'), tbt: num('total-blocking-time'), lcp: num('largest-contentful-paint'),
      fcp: num('first-contentful-paint'), cls: num('cumulative-layout-shift'), si: num('speed-index'),
      failed: ['accessibility', 'best-practices', 'seo'].flatMap((c) => (r.categories[c]?.auditRefs || [])
        .filter((a) => a.weight > 0 && r.audits[a.id]?.score !== null && r.audits[a.id]?.score < 1).map((a) => `${c}:${a.id}`)),
    };
  } catch (e) {
    console.log(`  ${tag}: lighthouse failed: ${String(e.message || e).split('\n')[0]}`);
    return null;
  }
}

const targets = await startTargets({ late: true });
const { ours, peer, peerLate } = targets;
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${cpus().length} cores; other work on the machine skews absolute times, less so the ratios)`);
const result = { ours: {}, peer: {}, lighthouse: { ours: [], peer: [], 'peer-late': [] } };
try {
  console.log(`peer: leaflet ${peer.versions.leaflet}, chart.js ${peer.versions['chart.js']}`);
  const oursSizes = await sizesOf(DIST);
  const peerSizes = await sizesOf(peer.root);
  result.ours.total = printSizes(`ours: dist/ files (${DIST})`, oursSizes);
  result.peer.total = printSizes('peer: files', peerSizes);

  const browser = await chromium.launch(LAUNCH);
  try {
    for (const [t, sizes] of [[ours, oursSizes], [peer, peerSizes]]) {
      const fv = await firstView(browser, t, sizes);
      Object.assign(result[t.name], { first: fv.first, firstFiles: fv.files, readyMs: fv.readyMs, onInteraction: fv.interactionSize });
      console.log(`\n## ${t.name}: first view loads ${fv.files.length} files: ${fv.files.join(', ')}`);
      console.log(`transfer if served compressed: raw ${kb(fv.first.raw)}, gzip ${kb(fv.first.gz)}, brotli ${kb(fv.first.br)}`);
      console.log(`on the first interaction (${t.start}) it loads ${fv.onInteraction.join(', ') || 'nothing'}: `
        + `gzip ${kb(fv.interactionSize.gz)}, brotli ${kb(fv.interactionSize.br)}; ready ${ms(fv.readyMs)} after it (loopback, unthrottled)`);
    }
  } finally {
    await browser.close();
  }

  // The document that holds the first view, and the wasm, against their budgets.
  result.ours.htmlGz = oursSizes.get(ours.page ?? 'index.html')?.gz ?? null;
  result.peer.htmlGz = peerSizes.get('index.html')?.gz ?? null;
  // The reader pages' wasm only: the Studio's files (studio-*) are a page of their own.
  const isStudio = (n) => n === 'studio.html' || n.startsWith('studio-');
  const wasm = [...oursSizes].filter(([n]) => n.endsWith('.wasm') && !isStudio(n));
  result.ours.wasmGz = wasm.reduce((a, [, s]) => a + s.gz, 0);
  result.ours.wasmRaw = wasm.reduce((a, [, s]) => a + s.raw, 0);
  console.log(`\nours: ${ours.page ?? 'index.html'} ${kb(result.ours.htmlGz)} gzip (peer ${kb(result.peer.htmlGz)}); `
    + `wasm ${wasm.map(([n, s]) => `${n} ${kb(s.raw)} raw / ${kb(s.gz)} gzip`).join(', ') || 'none'}`);
  // The Studio's first load (studio.html, its start module, glue, wasm and
  // styles, before any world asset) against issue 19's budgets.
  // On demand, not on the first load: the Studio's engine (its worker
  // script, glue and wasm: started when the editor reaches the text field
  // or a kept draft has text) and the world map's files (world/, the
  // gazetteer among them, fetched by the engine once there is text).
  const onDemand = (n) => n.startsWith('world/') || n.startsWith('studio-engine-') || n.startsWith('studio-worker-');
  const studio = [...oursSizes].filter(([n]) => isStudio(n) && !onDemand(n));
  const studioWasm = studio.filter(([n]) => n.endsWith('.wasm')).reduce((a, [, s]) => a + s.gz, 0);
  const studioAll = studio.reduce((a, [, s]) => a + s.gz, 0);
  result.ours.studioWasmGz = studioWasm;
  result.ours.studioFirstLoadGz = studioAll;
  console.log(`studio: wasm ${kb(studioWasm)} gzip (budget ≤ 300 KB: ${studioWasm <= 300 * 1024 ? 'met' : 'OVER'}), `
    + `first load ${kb(studioAll)} gzip in ${studio.length} files (budget ≤ 400 KB: ${studioAll <= 400 * 1024 ? 'met' : 'OVER'}); `
    + `on demand: ${[...oursSizes].filter(([n]) => onDemand(n)).map(([n, s]) => `${n} ${kb(s.gz)} gzip`).join(', ') || 'none'}`);

  if (process.env.SKIP_LIGHTHOUSE !== '1') {
    console.log(`\n## Lighthouse 12 mobile, simulated throttling, ${pairs} interleaved rounds of ours, peer, peer-late`
      + ' (peer-late: the peer page with its scripts at the end of the body)');
    for (let i = 0; i < pairs; i++) {
      for (const t of [ours, peer, peerLate]) {
        const r = await lighthouse(t, `${t.name}-${i}`);
        result.lighthouse[t.name].push(r);
        if (r) {
          console.log(`  ${t.name} run ${i + 1}: perf ${r.perf} a11y ${r.a11y} bp ${r.bp} seo ${r.seo} | `
            + `${kb(r.bytes)} TBT ${ms(r.tbt)} LCP ${ms(r.lcp)} FCP ${ms(r.fcp)} CLS ${r.cls?.toFixed(3)}`
            + (r.failed.length ? ` | not met: ${r.failed.join(', ')}` : ''));
        }
      }
    }
    // The Studio (issue 19): its accessibility and best practices are 100.
    const studio = await lighthouse({ url: new URL('studio.html', ours.url).href }, 'studio');
    result.lighthouse.studio = studio;
    if (studio) {
      console.log(`  studio.html: perf ${studio.perf} a11y ${studio.a11y} bp ${studio.bp} seo ${studio.seo} | `
        + `${kb(studio.bytes)} TBT ${ms(studio.tbt)} LCP ${ms(studio.lcp)}`
        + (studio.failed.length ? ` | not met: ${studio.failed.join(', ')}` : ''));
    }
  }
} finally {
  await targets.close();
}

const lh = (name, k) => median(result.lighthouse[name].filter(Boolean).map((r) => r[k]));
const FIGURES = [
  ['bytes transferred (total-byte-weight)', 'bytes', kb],
  ['Total Blocking Time', 'tbt', ms],
  ['Largest Contentful Paint', 'lcp', ms],
  ['First Contentful Paint', 'fcp', ms],
  ['Cumulative Layout Shift', 'cls', (v) => (v === null ? 'n/a' : v.toFixed(3))],
  ['Lighthouse performance', 'perf', (v) => (v === null ? 'n/a' : v.toFixed(0))],
  ['Lighthouse accessibility', 'a11y', (v) => (v === null ? 'n/a' : v.toFixed(0))],
  ['Lighthouse best practices', 'bp', (v) => (v === null ? 'n/a' : v.toFixed(0))],
  ['Lighthouse SEO', 'seo', (v) => (v === null ? 'n/a' : v.toFixed(0))],
];
result.medians = {};
const rows = [];
for (const [label, k, f] of FIGURES) {
  const a = lh('ours', k);
  const b = lh('peer', k);
  result.medians[k] = { ours: a, peer: b, ratio: ratio(a, b) };
  rows.push([label, f(a), f(b), fmtRatio(ratio(a, b))]);
}
rows.push(['first view HTML, gzip -9', kb(result.ours.htmlGz), kb(result.peer.htmlGz), fmtRatio(ratio(result.ours.htmlGz, result.peer.htmlGz))]);
rows.push(['first view, all files, gzip -9', kb(result.ours.first?.gz), kb(result.peer.first?.gz), fmtRatio(ratio(result.ours.first?.gz, result.peer.first?.gz))]);
const n = (name) => result.lighthouse[name].filter(Boolean).length;
console.log(`\n## ours vs peer (Lighthouse medians of ${n('ours')} / ${n('peer')} runs)`);
printTable(rows);
const spread = (name, k, f) => {
  const v = result.lighthouse[name].filter(Boolean).map((r) => r[k]).filter((x) => x !== null);
  return v.length ? `${f(Math.min(...v))}–${f(Math.max(...v))}` : 'n/a';
};
console.log(`spread over the runs (min–max), ours / peer: ${[['TBT', 'tbt', ms], ['LCP', 'lcp', ms], ['perf', 'perf', String]]
  .map(([l, k, f]) => `${l} ${spread('ours', k, f)} / ${spread('peer', k, f)}`).join('; ')}`);
// The second peer: the same page, scripts at the end of the body, so it
// paints its lede before Leaflet and Chart.js run (issue 18's LCP yardstick).
result.late = {};
const lateRows = [];
for (const [label, k, f] of FIGURES.slice(0, 4)) {
  const a = lh('ours', k);
  const b = lh('peer-late', k);
  result.late[k] = { ours: a, peer: b, ratio: ratio(a, b) };
  lateRows.push([label, f(a), f(b), fmtRatio(ratio(a, b))]);
}
console.log(`\n## ours vs peer-late (scripts at the end of the body; medians of ${n('ours')} / ${n('peer-late')} runs)`);
printTable(lateRows, ['figure', 'ours', 'peer-late', 'ratio']);
console.log(`spread over the runs (min–max), ours / peer-late: LCP ${spread('ours', 'lcp', ms)} / ${spread('peer-late', 'lcp', ms)}`);
await saveResult('lighthouse', result);
