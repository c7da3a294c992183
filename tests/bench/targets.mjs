// What the comparison benches measure: Lagebild (dist/) and the peer page
// (tests/bench/peer/), both served by the one static server of the browser
// specs (gzip/brotli, application/wasm, a free loopback port), plus small
// helpers for medians, ratios and the result files in bench-results/.
//
// The selectors are parameters so the benches survive a rewrite of the markup:
//   OURS_PAGE   the story page to measure, relative to dist/ (default: the
//               home story, index.html; e.g. finnland-grenze.html)
//   OURS_READY  the element that says the app has started   (default [data-app-ready])
//   OURS_START  the reader's first interaction, which starts the app
//               (boot/early.js): "key" (default: Shift, which does nothing
//               else), "wheel" (scroll the page by one notch), or "none"
//               (the page as a reader who never interacts gets it). The
//               start-up bench does it once the page is quiet; the drag
//               bench needs none (its wheel and drag are interactions).
//   OURS_DRAG   the element a drag starts on                (default #karte-svg)
//   OURS_WATCH  the element whose transform / viewBox moves (default #karte-svg .map-zoom)
//   OURS_GESTURE  "drag", or "wheel+drag" (default): one wheel notch in, then the
//               drag. Today's map clamps panning at its first zoom level, so a
//               plain drag never moves it; the wheel makes the drag able to.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { startServer } from '../e2e/server.mjs';
import { DIST, ROOT, LAUNCH } from '../e2e/fixture.mjs';
import { buildPeer } from './peer.mjs';

export { DIST, ROOT, LAUNCH };
export const RESULTS = `${ROOT}bench-results`;

export const OURS = {
  name: 'ours',
  ready: process.env.OURS_READY ?? '[data-app-ready]',
  start: process.env.OURS_START ?? 'key',
  drag: process.env.OURS_DRAG ?? '#karte-svg',
  watch: process.env.OURS_WATCH ?? '#karte-svg .map-zoom',
  gesture: process.env.OURS_GESTURE ?? 'wheel+drag',
};
export const PEER = {
  name: 'peer',
  ready: '[data-peer-ready]',
  start: process.env.OURS_START ?? 'key',
  drag: '#karte',
  watch: '#karte .leaflet-map-pane',
  gesture: 'drag',
};

/** Does `target.start`, the reader's first interaction, on `page`. */
export async function firstInteraction(page, target) {
  if (target.start === 'key') await page.keyboard.press('Shift');
  else if (target.start === 'wheel') {
    await page.mouse.move(20, 200);
    await page.mouse.wheel(0, 120);
  }
}

/**
 * Builds the peer and serves both. Returns { ours, peer, peerLate, both, close };
 * `peerLate` (the peer with its scripts at the end of the body) only when
 * asked for with `{ late: true }`.
 */
export async function startTargets({ late = false } = {}) {
  const built = await buildPeer();
  const builtLate = late ? await buildPeer({ late: true }) : null;
  const oursServer = await startServer({ root: DIST, precompress: true });
  const peerServer = await startServer({ root: built.dir, precompress: true });
  const lateServer = builtLate ? await startServer({ root: builtLate.dir, precompress: true }) : null;
  const page = process.env.OURS_PAGE ?? '';
  const ours = { ...OURS, root: DIST, url: `${oursServer.url}${page}`, page: page || 'index.html', server: oursServer };
  const peer = { ...PEER, root: built.dir, url: peerServer.url, server: peerServer, versions: built.versions };
  const peerLate = builtLate
    ? { ...PEER, name: 'peer-late', root: builtLate.dir, url: lateServer.url, server: lateServer, versions: builtLate.versions }
    : null;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.allSettled([oursServer.close(), peerServer.close(), lateServer?.close()]);
    await built.cleanup();
    await builtLate?.cleanup();
  };
  return { ours, peer, peerLate, both: [ours, peer], close };
}

/** Ends the process after `seconds` whatever is still pending (a hung browser). */
export function deadline(seconds, what) {
  const t = setTimeout(() => {
    console.error(`${what}: gave up after ${seconds} s`);
    process.exit(2);
  }, seconds * 1000);
  t.unref();
  return t;
}

export const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
export const ratio = (a, b) => (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0
  ? null : a / b);
export const fmtRatio = (r) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);
export const kb = (n) => (n === null || n === undefined ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
export const ms = (n) => (n === null || n === undefined ? 'n/a' : `${n.toFixed(0)} ms`);

export async function saveResult(name, data) {
  await mkdir(RESULTS, { recursive: true });
  await writeFile(`${RESULTS}/${name}.json`, JSON.stringify(data, null, 2));
}
export async function loadResult(name) {
  try { return JSON.parse(await readFile(`${RESULTS}/${name}.json`, 'utf8')); } catch { return null; }
}

/** Prints rows [figure, ours, peer, ratio] as a Markdown table. */
export function printTable(rows, head = ['figure', 'ours', 'peer', 'ratio']) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
