// Prints the band computed in the browser from the world map (issue 18:
// "the Kursk band in the browser: ≤ 150 ms at 4× CPU slowdown, with the same
// area as at build time; the band code adds ≤ 100 KB to the wasm that needs
// it"). Builds crates/band's `band_wasm` example (the same band code as the
// build's), times it in Chromium on data/world's borders.bin and Russia's
// admin-1 chunk, unthrottled and at 4× CPU, and compares area and time with
// the native run of `band_native` in the same invocation. Figures, not a test.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../e2e/server.mjs';
import { LAUNCH, ROOT, median } from './targets.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const native = JSON.parse(run('cargo', ['run', '-q', '-p', 'band', '--profile', 'bench-native', '--example', 'band_native']).trim());
run('cargo', ['build', '-q', '-p', 'band', '--example', 'band_wasm', '--release', '--target', 'wasm32-unknown-unknown']);
const dir = await mkdtemp(join(tmpdir(), 'lagebild-band-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--out-dir', dir, '--no-typescript',
    `${ROOT}target/wasm32-unknown-unknown/release/examples/band_wasm.wasm`]);
  run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '-o', join(dir, 'band_wasm_bg.wasm'), join(dir, 'band_wasm_bg.wasm')]);
  await copyFile(`${ROOT}data/world/borders.bin`, join(dir, 'borders.bin'));
  await copyFile(`${ROOT}data/world/admin1/RU.bin`, join(dir, 'RU.bin'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><script type="module">
import init, { band_km2 } from './band_wasm.js';
window.bench = async (runs) => {
  await init();
  const [borders, ru] = await Promise.all(['borders.bin', 'RU.bin'].map((f) => fetch(f).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b))));
  const out = {};
  for (const [along, km] of [['UA', 50], ['FI', 40]]) {
    const ms = [];
    let km2 = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      km2 = band_km2(borders, ru, 'RU', along, km);
      ms.push(performance.now() - t);
    }
    out['RU-' + along] = { km2, ms };
  }
  return out;
};
</script>`);
  const wasm = await readFile(join(dir, 'band_wasm_bg.wasm'));
  const server = await startServer({ root: dir });
  const browser = await chromium.launch(LAUNCH);
  const rows = [];
  try {
    for (const rate of [1, 4]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (rate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.bench === 'function');
      const result = await page.evaluate((n) => window.bench(n), 5);
      for (const [pair, r] of Object.entries(result)) rows.push({ pair, rate, ...r });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`band wasm (decoder + band + geodesic area, after wasm-opt -Oz): ${(wasm.length / 1024).toFixed(1)} KB raw, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9 (budget: the band code adds ≤ 100 KB)`);
  console.log('| band | CPU | first call | median of 5 | native median | browser ÷ native | area in the browser | native area |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const n = native[r.pair];
    const med = median(r.ms);
    console.log(`| ${r.pair} | ${r.rate}× | ${r.ms[0].toFixed(1)} ms | ${med.toFixed(1)} ms | ${n.ms.toFixed(1)} ms | ${(med / n.ms).toFixed(1)}× | ${r.km2.toFixed(3)} km² | ${n.km2.toFixed(3)} km² |`);
  }
  const kursk = rows.find((r) => r.pair === 'RU-UA' && r.rate === 4);
  console.log(`Kursk band at 4× CPU: first call ${kursk.ms[0].toFixed(0)} ms, median ${median(kursk.ms).toFixed(0)} ms (budget ≤ 150 ms); area ${Math.abs(kursk.km2 - native['RU-UA'].km2) < 0.001 ? 'equal to' : 'DIFFERENT from'} the native one`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
