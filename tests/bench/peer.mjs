// Builds the peer page (tests/bench/peer/) into a temporary directory: its own
// files plus Leaflet 1.9 and Chart.js 4 copied from node_modules, so nothing
// vendored is committed. `node tests/bench/peer.mjs` builds and serves it by hand.
import { cp, mkdtemp, mkdir, readFile, rm, access, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = fileURLToPath(new URL('./peer/', import.meta.url));
const MODULES = join(ROOT, 'node_modules');

async function version(pkg) {
  try {
    return JSON.parse(await readFile(join(MODULES, pkg, 'package.json'), 'utf8')).version;
  } catch {
    throw new Error(`${pkg} is not installed: run \`npm ci\` (it is a devDependency in package.json)`);
  }
}

async function firstExisting(paths) {
  for (const p of paths) {
    try { await access(p); return p; } catch { /* try the next */ }
  }
  throw new Error(`none of these exist: ${paths.join(', ')}`);
}

/**
 * The same page with its scripts at the end of the body instead of deferred
 * in the head: the browser paints the headline, lede and article before it
 * fetches and runs Leaflet and Chart.js (the second peer of issue 18, whose
 * largest paint comes early in about half the loads).
 */
export function scriptsAtEnd(html) {
  const scripts = [...html.matchAll(/<script defer src="([^"]+)"><\/script>\n?/g)];
  if (scripts.length === 0) throw new Error('peer page: no deferred scripts to move');
  let out = html;
  for (const m of scripts) out = out.replace(m[0], '');
  const tags = scripts.map((m) => `<script src="${m[1]}"></script>`).join('\n');
  if (!out.includes('</body>')) throw new Error('peer page: no </body>');
  return out.replace('</body>', `${tags}\n</body>`);
}

/**
 * Copies the peer page into a fresh temp directory. Returns { dir, versions, cleanup }.
 * `late`: the variant with its scripts at the end of the body ({@link scriptsAtEnd}).
 */
export async function buildPeer({ late = false } = {}) {
  const versions = { leaflet: await version('leaflet'), 'chart.js': await version('chart.js') };
  if (!versions.leaflet.startsWith('1.9.')) throw new Error(`peer wants leaflet 1.9.x, found ${versions.leaflet}`);
  if (!versions['chart.js'].startsWith('4.')) throw new Error(`peer wants chart.js 4.x, found ${versions['chart.js']}`);
  const dir = await mkdtemp(join(tmpdir(), 'lagebild-peer-'));
  await cp(SRC, dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  await mkdir(join(dir, 'vendor'), { recursive: true });
  // The minified builds a page without a bundler includes, with the source
  // maps their last line points to (the page never loads those).
  const chart = await firstExisting([
    join(MODULES, 'chart.js/dist/chart.umd.min.js'),
    join(MODULES, 'chart.js/dist/chart.umd.js'),
  ]);
  const copies = [
    [join(MODULES, 'leaflet/dist/leaflet.js'), 'leaflet.js'],
    [join(MODULES, 'leaflet/dist/leaflet.js.map'), 'leaflet.js.map'],
    [join(MODULES, 'leaflet/dist/leaflet.css'), 'leaflet.css'],
    [chart, 'chart.umd.min.js'],
    [`${chart}.map`, `${basename(chart)}.map`],
  ];
  for (const [from, to] of copies) {
    try { await cp(from, join(dir, 'vendor', to)); } catch (e) { if (!from.endsWith('.map')) throw e; }
  }
  if (late) {
    const index = join(dir, 'index.html');
    await writeFile(index, scriptsAtEnd(await readFile(index, 'utf8')));
  }
  return { dir, versions, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startServer } = await import('../e2e/server.mjs');
  const peer = await buildPeer();
  const server = await startServer({ root: peer.dir });
  console.log(`peer (leaflet ${peer.versions.leaflet}, chart.js ${peer.versions['chart.js']}) in ${peer.dir}`);
  console.log(`serving on ${server.url} (Ctrl-C stops)`);
  const stop = async () => { await server.close(); await peer.cleanup(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
