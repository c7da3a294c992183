// Trunk post_build hook. Runs on the staging dir of every build:
// 1. writes sw.js with the hashed file list of this build and a version;
// 2. in release builds, adds a strict Content-Security-Policy (<meta>) that
//    allows Trunk's inline start-up script and the inlined styles by their
//    sha256 hashes, and writes `_headers` for static hosts with the same policy
//    plus the headers a <meta> cannot carry (frame-ancestors).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

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

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

export function policy(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha256(m[1])}'`);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${sha256(m[1])}'`);
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

// Start the wasm after the static page has loaded and painted, not in
// parallel with it: the headline, lede and article are already in the HTML,
// and a 300 KB download racing the first paint only delays it on slow links.
export function deferStart(html) {
  const boot = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/);
  if (!boot) throw new Error('post-build: Trunk start-up script not found; update deferStart()');
  const [script, js, wasm] = boot;
  const loader = `<script type="module">
const start = async () => {
  const { default: init } = await import('${js}');
  const wasm = await init({ module_or_path: '${wasm}' });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
let started = false;
const go = () => { if (!started) { started = true; start(); } };
// After the first paint (a frame, then a task), or after 250 ms where frames do not run (hidden tabs).
const afterPaint = () => { requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 250); };
if (document.readyState === 'complete') afterPaint(); else addEventListener('load', afterPaint, { once: true });
</script>`;
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html
    .replace(script, loader)
    .replace(new RegExp(`<link rel="modulepreload" href="${escape(js)}"[^>]*>`), '')
    .replace(new RegExp(`<link rel="preload" href="${escape(wasm)}"[^>]*>`), '');
}

if (release) {
  html = deferStart(html);
  const csp = policy(html);
  html = html.replace(/<meta charset="utf-8">/, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  await writeFile(indexPath, html);
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
    '/index.html',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
  await writeFile(join(dir, '_headers'), headers);
}

const files = (await walk(dir))
  .map((f) => relative(dir, f).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && f !== '_headers')
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(new URL('./sw.js', import.meta.url), 'utf8');
const precache = ['./', ...files];
await writeFile(join(dir, 'sw.js'), template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache)));
console.log(`post-build: sw.js precaches ${precache.length} entries, version ${version}${release ? '; CSP and _headers written' : ''}`);
