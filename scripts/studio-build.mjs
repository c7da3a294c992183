// Trunk post_build hook, after the prerender and before post-build.mjs:
// builds the Studio (studio.html) into the staging dir. Trunk 0.21 builds one
// HTML target, the reader pages' index.html with their `live` wasm; the
// Studio has two wasm files of its own that reader pages never load: the
// page (the `studio` binary: the text field, the form, the checks, the
// export, with Leptos' client-side renderer) and its engine (the
// `studio_engine` binary: parse, corrections, story.toml, world files, map
// cut, and the preview's parts rendered to HTML by the page components),
// run in a worker. This
// script does for them what Trunk does for the reader wasm, with the same
// tools from PATH and never a download:
//
// 1. cargo build --bin studio (feature `studio`) and --bin studio_engine
//    (feature `engine`) for wasm32 (--release in a release build);
// 2. wasm-bindgen --target web; in a release build wasm-opt -Oz (as Trunk's
//    data-wasm-opt="z" does for the reader wasm);
// 3. writes the glue, the wasm, the engine's worker script (its driver:
//    fetches the world files, answers each job), a small start module (the
//    page's wasm, the engine's worker, the reader pages' live behaviour for
//    the preview), the styles (the reader pages' styles plus
//    style/studio.css) under content-hashed names, and studio.html from the
//    template ./studio.html.
//
// studio.html has no inline script or style: the strict CSP that
// post-build.mjs adds to every page (release builds) covers it with 'self'
// (worker-src 'self' for the engine), and post-build.mjs puts every file
// written here into sw.js's Studio list (cached when the Studio asks), the
// world files not (sw.js keeps them once fetched).
import { spawnSync } from 'node:child_process';
import { readFile, writeFile, mkdtemp, rm, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('studio-build: TRUNK_STAGING_DIR is not set'); process.exit(1); }
const release = process.env.TRUNK_PROFILE === 'release';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new Error(`studio-build: cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`studio-build: ${cmd} ${args.join(' ')} failed (${r.status})`);
};
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

// 1. The wasm, where cargo puts it (CARGO_TARGET_DIR may be set).
// Two builds: the page's Leptos renders in the browser (`studio`), the
// engine's renders to HTML (`engine`), and cargo builds one set of
// features at a time.
for (const [bin, feature] of [['studio', 'studio'], ['studio_engine', 'engine']]) {
  run('cargo', ['build', '--quiet', '--bin', bin, '--target', 'wasm32-unknown-unknown',
    '--no-default-features', '--features', feature, ...(release ? ['--release'] : [])]);
}
const targetDir = process.env.CARGO_TARGET_DIR
  ? (isAbsolute(process.env.CARGO_TARGET_DIR) ? process.env.CARGO_TARGET_DIR : resolve(root, process.env.CARGO_TARGET_DIR))
  : join(root, 'target');
const builtDir = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug');

// 2. Bindings, then (release) size optimisation.
const tmp = await mkdtemp(join(tmpdir(), 'lagebild-studio-'));
try {
  // The page's wasm (`studio`) and the engine's (`studio_engine`: parse,
  // corrections, map cut, run in a worker).
  const bind = async (bin, name) => {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', name, join(builtDir, `${bin}.wasm`)]);
    if (release) {
      run('wasm-opt', [`--output=${join(tmp, `${name}_opt.wasm`)}`, '-Oz', join(tmp, `${name}_bg.wasm`)]);
    }
    return [await readFile(join(tmp, release ? `${name}_opt.wasm` : `${name}_bg.wasm`)), await readFile(join(tmp, `${name}.js`))];
  };
  const [wasm, glue] = await bind('studio', 'studio');
  const [engineWasm, engineGlue] = await bind('studio_engine', 'engine');

  // 3. Content-hashed names, so a new build is never mixed with a cached old one.
  const names = {
    wasm: `studio-${hash(wasm)}_bg.wasm`,
    js: `studio-${hash(glue)}.js`,
    engineWasm: `studio-engine-${hash(engineWasm)}_bg.wasm`,
    engineJs: `studio-engine-${hash(engineGlue)}.js`,
  };
  // The engine's driver: run in a worker (the start module starts it), or
  // on the page where a module worker cannot start. It fetches the world
  // files once there is a job, and answers the last job again whenever a
  // file arrives, until its map is drawn.
  const driver = `// The Studio's engine driver (written by scripts/studio-build.mjs).
import init, * as engine from './${names.engineJs}';

// Whether this module runs in the engine's worker (or, without module
// workers, on the page).
const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;

export function driver(send) {
  const ready = init({ module_or_path: new URL('./${names.engineWasm}', import.meta.url) });
  ready.then(() => send({ type: 'ready' }), fail);
  let world = null;
  let job = null;
  let answered = null;
  let running = false;
  let again = false;
  const timed = (name, f) => {
    const start = performance.now();
    const out = f();
    send({ type: 'timing', name, ms: performance.now() - start });
    return out;
  };
  const fetchBytes = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(\`\${url}: HTTP \${response.status}\`);
    return new Uint8Array(await response.arrayBuffer());
  };
  function fail(e) { send({ type: 'error', message: String(e && e.message || e) }); }
  // Once started with no job waiting, the engine runs a text of its own
  // (its code compiled, its word lists built) so that the first job does
  // not pay for that; the page warms its decoding with the outcome. Only in
  // a worker: on the page (no module workers) it would hold the page.
  ready.then(() => setTimeout(() => {
    if (job || !inWorker) return;
    try {
      const bytes = timed('lagebild-studio:warm', () => engine.warm());
      send({ type: 'warm', bytes }, [bytes.buffer]);
    } catch (e) {
      console.warn('Lagebild-Studio: Aufwärmen fehlgeschlagen', e);
    }
  }, 0), () => {});
  let started = false;
  const startFiles = async () => {
    if (started || !world) return;
    started = true;
    await ready;
    engine.loading('places', false);
    engine.loading('atlas', false);
    fetchBytes(world + 'gazetteer.bin')
      .then((b) => timed('lagebild-studio:gazetteer', () => engine.gazetteer(b)))
      .catch((e) => { console.warn('Lagebild-Studio: Ortsverzeichnis nicht geladen', e); engine.loading('places', true); })
      .then(answer);
    Promise.all(engine.world_files().map((f) => fetchBytes(world + f)))
      .then((b) => timed('lagebild-studio:world', () => engine.world(b[0], b[1], b[2])))
      .catch((e) => { console.warn('Lagebild-Studio: Weltkarte nicht geladen', e); engine.loading('atlas', true); })
      .then(answer);
  };
  async function answer() {
    if (running) { again = true; return; }
    running = true;
    try {
      await ready;
      while (job) {
        again = false;
        const out = engine.compute(job);
        // A job's first outcome at once, then only its final one.
        if (engine.settled() || answered !== job) {
          answered = job;
          send({ type: 'outcome', bytes: out }, [out.buffer]);
        }
        const missing = engine.missing();
        if (missing.length) {
          await Promise.all(missing.map((id) => fetchBytes(world + engine.admin1_file(id))
            .then((b) => engine.admin1(id, b))
            .catch((e) => { console.warn('Lagebild-Studio: Gebiete nicht geladen', id, e); try { engine.admin1(id, undefined); } catch (_) { /* noted */ } })));
          continue;
        }
        if (!again) break;
      }
    } catch (e) {
      fail(e);
    }
    running = false;
  }
  return (message) => {
    if (!message || typeof message !== 'object') return;
    if (message.type === 'start' && typeof message.world === 'string') {
      world = message.world;
    } else if (message.type === 'toml' && typeof message.text === 'string') {
      ready.then(() => {
        const bytes = engine.read_toml(message.text);
        send({ type: 'toml', id: message.id, bytes }, [bytes.buffer]);
      }).catch(fail);
    } else if (message.type === 'job' && message.bytes instanceof Uint8Array) {
      job = message.bytes;
      startFiles();
      answer();
    }
  };
}

// In a worker: messages from the page.
if (inWorker) {
  const receive = driver((message, transfer) => self.postMessage(message, transfer || []));
  self.onmessage = (e) => receive(e.data);
}
`;
  names.driver = `studio-worker-${hash(driver)}.js`;
  // The reader pages' own wasm (Trunk's output in the same folder): its
  // live behaviour is attached to each new preview.
  const reader = (await readdir(dir)).filter((f) => /^lagebild-[0-9a-f]+\.js$/.test(f));
  if (reader.length !== 1) throw new Error(`studio-build: expected one reader glue file in ${dir}, found ${reader.join(', ') || 'none'}`);
  const readerJs = reader[0];
  const readerWasm = readerJs.replace(/\.js$/, '_bg.wasm');
  const boot = `// Starts the Studio (written by scripts/studio-build.mjs).
import init from './${names.js}';
// Pan, zoom, selection, filters and charts of the preview: the reader
// pages' live code, from their wasm (loaded with the first preview, cached
// by the worker), attached again to each new preview once the last attach
// is ready. Without it the preview stays the complete static page.
let live = null;
let busy = false;
let again = false;
// Loads and starts the live code (it attaches to the preview there is, or
// to none): once, when the editor reaches the text field, so that its
// compile and start are not among the tasks of the first preview.
function loadLive() {
  if (live) return;
  busy = true;
  live = import('./${readerJs}')
    .then((m) => m.default({ module_or_path: './${readerWasm}' }).then(() => m));
  live.catch((e) => { busy = false; console.warn('Lagebild-Studio: Vorschau ohne Bedienung', e); });
}
function attachLive() {
  if (!live) { loadLive(); return; }
  if (busy) { again = true; return; }
  busy = true;
  // In a task of its own, not in the one that put the last part in place.
  live.then((m) => setTimeout(() => m.reattach(), 0));
}
addEventListener('lagebild:ready', () => {
  // The live code is loaded and attached (the bench's warm case waits for it).
  document.documentElement.setAttribute('data-studio-live', 'ready');
  busy = false;
  if (again) { again = false; attachLive(); }
});
addEventListener('lagebild:preview', attachLive);
// The engine (parse, corrections, map cut): a worker of its own, started
// with the first job; where a module worker cannot start, the same driver
// on this page. Its answers go to the Studio as 'lagebild:engine'.
const world = new URL(document.querySelector('meta[name=lagebild-gazetteer]').content, location.href).href.replace(/[^/]*$/, '');
let engine = null;
// story.toml files being read, by number: their answers' resolve.
const reading = new Map();
let readings = 0;
function deliver(message) {
  if (message && message.type === 'timing') {
    performance.measure(message.name, { start: performance.now() - message.ms, duration: message.ms });
    return;
  }
  if (message && message.type === 'ready') {
    // The engine has started (the bench and the specs can wait for it).
    document.documentElement.setAttribute('data-studio-engine', 'ready');
    return;
  }
  if (message && message.type === 'toml') {
    const resolve = reading.get(message.id);
    reading.delete(message.id);
    if (resolve) resolve(message.bytes);
    return;
  }
  if (message && message.type === 'error') {
    // Nothing waits for an answer that will not come.
    for (const resolve of reading.values()) resolve(null);
    reading.clear();
  }
  dispatchEvent(new CustomEvent('lagebild:engine', { detail: message }));
}
function onPage(pending) {
  const receive = import('./${names.driver}').then((m) => {
    const r = m.driver(deliver);
    r({ type: 'start', world });
    return r;
  });
  receive.catch((e) => deliver({ type: 'error', message: String(e) }));
  const post = (message) => receive.then((r) => r(message));
  for (const message of pending) post(message);
  return { post };
}
function engineOf() {
  if (engine) return engine;
  // What was sent before the worker first answered (sent again on the
  // page if the worker cannot start): the last job, every story.toml.
  let pending = [];
  let heard = false;
  try {
    const worker = new Worker('./${names.driver}', { type: 'module' });
    worker.onmessage = (e) => { heard = true; pending = []; deliver(e.data); };
    worker.onerror = (e) => {
      e.preventDefault();
      if (heard) { deliver({ type: 'error', message: e.message || 'worker' }); return; }
      console.warn('Lagebild-Studio: kein Worker, die Vorschau rechnet auf der Seite', e.message);
      worker.terminate();
      engine = onPage(pending);
    };
    worker.postMessage({ type: 'start', world });
    engine = {
      post: (message) => {
        if (!heard) {
          pending = pending.filter((m) => m.type !== 'job' || message.type !== 'job');
          pending.push(message.type === 'job' ? { type: 'job', bytes: message.bytes.slice() } : message);
        }
        worker.postMessage(message, message.bytes ? [message.bytes.buffer] : []);
      },
    };
  } catch (e) {
    engine = onPage([]);
  }
  return engine;
}
addEventListener('lagebild:job', (e) => engineOf().post({ type: 'job', bytes: e.detail }));
addEventListener('lagebild:toml', (e) => {
  const id = ++readings;
  reading.set(id, e.detail.resolve);
  engineOf().post({ type: 'toml', id, text: e.detail.text });
});
// The editor reaches the text field (or points at it): the engine starts
// before the first job.
for (const ev of ['focusin', 'pointerdown', 'pointerover']) {
  addEventListener(ev, (e) => { if (e.target && e.target.id === 'studio-text') { engineOf(); loadLive(); } }, { passive: true });
}
// A file dragged onto the page (a drop needs no focus): the engine starts
// while the editor aims at the field.
addEventListener('dragenter', (e) => {
  if (e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files')) { engineOf(); loadLive(); }
}, { passive: true });
try {
  await init({ module_or_path: './${names.wasm}' });
} catch (e) {
  const box = document.querySelector('[data-testid=studio-loading]');
  if (box) {
    box.textContent = 'Das Studio konnte in diesem Browser nicht starten. Neu laden kann helfen. / The Studio could not start in this browser. Reloading may help.';
    box.setAttribute('role', 'alert');
  }
  throw e;
}
// Offline: the reader pages' worker. It precaches the stories; the Studio's
// own files it keeps only when the Studio asks (readers never download them).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => reg.active && reg.active.postMessage('lagebild:cache-studio'))
    .catch((e) => console.warn('Lagebild: Offline-Modus nicht verfügbar', e));
}
`;
  names.boot = `studio-start-${hash(boot)}.js`;
  const styles = ['main.css', 'map.css', 'charts.css', 'quotes.css', 'studio.css'];
  const css = (await Promise.all(styles.map((f) => readFile(join(root, 'style', f), 'utf8')))).join('\n');
  names.css = `studio-${hash(css)}.css`;

  // The world gazetteer, fetched by the Studio once there is text (the
  // parser finds places with it, as the build does): one of the world map's
  // files post-build.mjs copies to world/. Not precached: sw.js keeps it
  // once fetched (readers of the stories never need it).
  names.gazetteer = 'world/gazetteer.bin';

  await writeFile(join(dir, names.wasm), wasm);
  await writeFile(join(dir, names.js), glue);
  await writeFile(join(dir, names.engineWasm), engineWasm);
  await writeFile(join(dir, names.engineJs), engineGlue);
  await writeFile(join(dir, names.driver), driver);
  await writeFile(join(dir, names.boot), boot);
  await writeFile(join(dir, names.css), css);

  const template = await readFile(join(root, 'studio.html'), 'utf8');
  const marker = '<!--studio:assets-->';
  if (!template.includes(marker)) throw new Error(`studio-build: ${marker} not found in studio.html`);
  const assets = [
    `<meta name="lagebild-gazetteer" content="./${names.gazetteer}">`,
    `<link rel="stylesheet" href="./${names.css}">`,
    `<link rel="modulepreload" href="./${names.js}">`,
    `<link rel="preload" href="./${names.wasm}" as="fetch" type="application/wasm" crossorigin>`,
    `<script type="module" src="./${names.boot}"></script>`,
  ].join('\n  ');
  await writeFile(join(dir, 'studio.html'), template.replace(marker, assets));
  console.log(`studio-build: studio.html with ${names.wasm} (${(wasm.length / 1024).toFixed(0)} KB) and its engine ${names.engineWasm} (${(engineWasm.length / 1024).toFixed(0)} KB)${release ? ', wasm-opt -Oz' : ', debug'}`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
