// Trunk post_build hook. Runs on the staging dir of every build, after the
// prerender has written one page per story and the story list:
// 1. writes sw.js with the hashed file list of this build and a version;
//    copies the world map's assets (data/world/) to world/ for the Studio,
//    outside the precache: sw.js caches each on its first use;
// 2. in release builds, adds to every page a strict Content-Security-Policy
//    (<meta>) that allows its inline scripts and styles by their sha256
//    hashes, and writes `_headers` for static hosts with one policy covering
//    every page, plus the headers a <meta> cannot carry (frame-ancestors).
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { STAMP, stamp } from './build-stamp.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('post-build: TRUNK_STAGING_DIR is not set'); process.exit(1); }
const release = process.env.TRUNK_PROFILE === 'release';

const sha256 = (text) => createHash('sha256').update(text).digest('base64');
async function walk(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...await walk(p)); else out.push(p);
  }
  return out;
}

const pages = (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();

const hashes = (html) => ({
  scripts: [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha256(m[1])}'`),
  styles: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${sha256(m[1])}'`),
});

export function policy(html) {
  return policyOf(hashes(html));
}

function policyOf({ scripts, styles }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// Start the wasm when the reader first interacts, not with the page: the
// page is complete without it (boot/early.js decides when, holds back the
// reader's first activations and replays them once the app is ready). This
// loader only provides the start, and registers the offline worker once the
// page is idle (unless the app has started: it registers it then), so that
// the first visit is enough to read offline even without any interaction; a
// new version found then starts the app, which offers it ("Neue Version
// verfügbar").
export function deferStart(html) {
  const boot = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/);
  if (!boot) throw new Error('post-build: Trunk start-up script not found; update deferStart()');
  const [script, js, wasm] = boot;
  // `async`: it runs as soon as the parser meets it, so a gesture during a
  // slow load starts the download and compile at once, beside the parsing.
  // The app starts as soon as it is compiled: it attaches the map once the
  // map's section is parsed, and the rest once the whole page is
  // (src/live/mod.rs).
  const loader = `<script type="module" async>
const boot = window.lagebildBoot || { want: () => start() };
let started = false;
const start = async () => {
  if (started) return;
  started = true;
  const glue = import('${js}');
  const compiled = WebAssembly.compileStreaming(fetch('${wasm}'))
    // Served without application/wasm: compile the bytes instead.
    .catch(() => fetch('${wasm}').then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
  const [{ default: init }, module_or_path] = await Promise.all([glue, compiled]);
  const wasm = await init({ module_or_path });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
boot.start = start;
if (boot.wanted || !window.lagebildBoot) start();
const offline = async () => {
  const sw = navigator.serviceWorker;
  const reg = await sw.register('./sw.js');
  const update = () => { if (sw.controller) boot.want(); };
  if (reg.waiting) update();
  reg.addEventListener('updatefound', update);
};
const idle = (f) => (window.requestIdleCallback ? requestIdleCallback(f, { timeout: 3000 }) : setTimeout(f, 1000));
if ('serviceWorker' in navigator) {
  // Once the app has started it registers the worker itself, last: the
  // worker's install (every file of the build) would compete with the start.
  const later = () => idle(() => boot.wanted || offline().catch((e) => console.warn('Lagebild: Offline-Modus nicht verfügbar', e)));
  if (document.readyState === 'complete') later(); else addEventListener('load', later, { once: true });
}
</script>`;
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html
    .replace(script, loader)
    .replace(new RegExp(`<link rel="modulepreload" href="${escape(js)}"[^>]*>`), '')
    .replace(new RegExp(`<link rel="preload" href="${escape(wasm)}"[^>]*>`), '');
}

if (release) {
  const all = { scripts: new Set(), styles: new Set() };
  for (const page of pages) {
    const path = join(dir, page);
    let html = await readFile(path, 'utf8');
    // The story list has no app to start.
    if (html.includes('<script type="module">')) html = deferStart(html);
    const own = hashes(html);
    own.scripts.forEach((h) => all.scripts.add(h));
    own.styles.forEach((h) => all.styles.add(h));
    html = html.replace(/<meta charset="utf-8">/, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${policyOf(own)}">`);
    await writeFile(path, html);
  }
  const csp = policyOf({ scripts: [...all.scripts].sort(), styles: [...all.styles].sort() });
  const headers = [
    '/*',
    `  Content-Security-Policy: ${csp}; frame-ancestors *`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '/*.wasm',
    '  Content-Type: application/wasm',
    '/sw.js',
    '  Cache-Control: no-cache',
    ...pages.flatMap((page) => [`/${page}`, '  Cache-Control: no-cache']),
    '',
  ].join('\n');
  await writeFile(join(dir, '_headers'), headers);
}

// The world map (issue 18): what the Studio fetches to draw any article's
// map. No reader page loads it, and at 1.8 MB it stays out of the precache;
// sw.js keeps each file in a cache named by their content once fetched.
const world = join(dir, 'world');
await cp(fileURLToPath(new URL('../data/world/', import.meta.url)), world, {
  recursive: true,
  filter: (src) => !src.endsWith('.csv'),
});
const worldHash = createHash('sha256');
for (const f of (await walk(world)).sort()) worldHash.update(relative(world, f)).update(await readFile(f));
const worldVersion = worldHash.digest('hex').slice(0, 16);

const files = (await walk(dir))
  .map((f) => relative(dir, f).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && f !== '_headers' && f !== STAMP)
  // Share images and oEmbed answers are for other sites' crawlers, not for
  // readers: they stay out of the offline cache (about 0.25 MB each).
  .filter((f) => !f.endsWith('-teaser.png') && !f.endsWith('.oembed.json'))
  .filter((f) => !f.startsWith('world/'))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(new URL('./sw.js', import.meta.url), 'utf8');
// The Studio's files are for editors: readers' workers never fetch them.
// sw.js caches them when the Studio page asks ('lagebild:cache-studio').
const isStudio = (f) => f === 'studio.html' || f.startsWith('studio-');
const precache = ['./', ...files.filter((f) => !isStudio(f))];
const studio = files.filter(isStudio);
await writeFile(join(dir, 'sw.js'), template.replace('__VERSION__', version).replace('__WORLD_VERSION__', worldVersion)
  .replace('__PRECACHE__', JSON.stringify(precache)).replace('__STUDIO__', JSON.stringify(studio)));
// Written last, so it is never in the precache: which source and profile
// this build is (scripts/bench.sh measures only a release build of the
// current source).
const autoreload = (await readFile(join(dir, 'index.html'), 'utf8')).includes('{{__TRUNK_ADDRESS__}}');
await writeFile(join(dir, STAMP), `${JSON.stringify(stamp(release ? 'release' : 'debug', autoreload))}\n`);
console.log(`post-build: sw.js precaches ${precache.length} entries (the Studio's ${studio.length} on its request), version ${version}${release ? '; CSP and _headers written' : ''}`);
