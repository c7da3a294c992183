// Prints when the map first moves under a real mouse drag, for ours and the
// peer page, under a 4x slower CPU: from navigation start, a drag (mouse down,
// three moves, up) is dispatched on the map every ~50 ms until the watched
// element has moved. A target's gesture may put one wheel notch before the
// drag (see OURS_GESTURE in targets.mjs: today's map cannot pan at zoom 1). "Moved" means the watched element's `transform`
// attribute, its inline style transform, or its SVG's `viewBox` differ from
// what they were before the first drag; the time is performance.now() of that
// DOM change, i.e. ms since navigation start. Several cold loads, interleaved;
// medians and the ours/peer ratio. Writes bench-results/draggable.json.
// Env: CPU_SLOWDOWN (default 4), DRAG_RUNS (default 5), OURS_DRAG, OURS_WATCH, OURS_GESTURE.
import { chromium } from 'playwright-core';
import { startTargets, deadline, median, ratio, fmtRatio, ms, saveResult, printTable, LAUNCH } from './targets.mjs';

const slowdown = Number(process.env.CPU_SLOWDOWN || 4);
const runs = Number(process.env.DRAG_RUNS || 5);
const GIVE_UP_MS = 30000;
const EVERY_MS = 50;
deadline(60 + runs * 2 * (GIVE_UP_MS / 1000 + 30), 'draggable.mjs');

/** In the page, before its own scripts: watches for the first change after arming. */
function watcher({ watch }) {
  const signature = () => {
    const el = document.querySelector(watch);
    if (!el) return null;
    const svg = el instanceof SVGSVGElement ? el : el.ownerSVGElement;
    return [el.getAttribute('transform'), el.style ? el.style.transform : '', svg ? svg.getAttribute('viewBox') : ''].join('|');
  };
  const state = { base: null, at: null, armedAt: null, moved: null };
  const check = () => {
    if (state.base === null || state.at !== null) return;
    const now = signature();
    if (now !== null && now !== state.base) {
      state.at = performance.now();
      state.moved = now;
    }
  };
  /** Before a wheel: the view it should change. */
  window.__dragPreWheel = () => { state.preWheel = signature(); };
  /**
   * After a wheel: waits until its zoom is drawn (the view differs from before
   * the wheel, then one more frame), or 3 s if it never is, then takes that
   * view as the new start; so a zoom the page applies late (ours holds a wheel
   * that came before the map was live) is never counted as the drag.
   */
  window.__dragRebase = () => new Promise((done) => {
    const until = performance.now() + 3000;
    const wait = () => {
      if (signature() !== state.preWheel) requestAnimationFrame(() => done());
      else if (performance.now() > until) done();
      else requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  }).then(() => { state.at = null; state.base = signature(); });
  window.__drag = state;
  /** Returns the drag's start point, or null while the map is not there yet. */
  window.__dragArm = (drag) => {
    const d = document.querySelector(drag);
    if (!d || signature() === null) return null;
    if (state.base === null) {
      d.scrollIntoView({ block: 'center', inline: 'center' });
      state.base = signature();
      state.armedAt = performance.now();
      new MutationObserver(check).observe(document, {
        subtree: true, childList: true, attributes: true, attributeFilter: ['transform', 'style', 'viewBox'],
      });
    }
    let r = d.getBoundingClientRect();
    const cy = r.top + r.height / 2;
    if (cy < 0 || cy > innerHeight) { // scrolled away (a wheel before the map took it)
      d.scrollIntoView({ block: 'center', inline: 'center' });
      r = d.getBoundingClientRect();
    }
    if (r.width < 40 || r.height < 40) return null;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
}

async function load(browser, target) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(watcher, { watch: target.watch });
    const t0 = Date.now();
    const nav = page.goto(target.url, { waitUntil: 'commit', timeout: 60000 });
    await nav;
    let attempts = 0;
    const tries = []; // when each drag attempt began (ms since navigation)
    while (Date.now() - t0 < GIVE_UP_MS) {
      const at = await page.evaluate((drag) => {
        const p = window.__dragArm?.(drag);
        return p ? { ...p, now: performance.now() } : null;
      }, target.drag).catch(() => null); // the context may be replaced while the document loads
      if (at) {
        attempts += 1;
        tries.push(Math.round(at.now));
        await page.mouse.move(at.x, at.y);
        if (target.gesture === 'wheel+drag') {
          // Zoom in one notch so there is room to pan, and count only the drag.
          await page.evaluate(() => window.__dragPreWheel()).catch(() => null);
          await page.mouse.wheel(0, -120);
          await page.evaluate(() => window.__dragRebase()).catch(() => null);
        }
        await page.mouse.down();
        for (let k = 1; k <= 3; k++) await page.mouse.move(at.x + 20 * k, at.y + 8 * k);
        await page.mouse.up();
        const moved = await page.evaluate(() => window.__drag.at).catch(() => null);
        if (moved !== null) {
          const { armedAt, base, moved: after } = await page.evaluate(() => window.__drag);
          // Ours: when the map's handlers were attached (a performance mark).
          const handlersMs = await page.evaluate(() => performance.getEntriesByName('lagebild:map-interactive')[0]?.startTime ?? null);
          return { movedMs: moved, firstAttemptMs: armedAt, handlersMs, attempts, tries, before: base, after };
        }
      }
      await page.waitForTimeout(EVERY_MS);
    }
    return { movedMs: null, firstAttemptMs: null, attempts };
  } finally {
    await context.close();
  }
}

const targets = await startTargets();
const browser = await chromium.launch(LAUNCH);
const result = { slowdown, runs, ours: [], peer: [] };
try {
  console.log(`map draggable at ${slowdown}× slower CPU, ${runs} cold loads each, interleaved`);
  for (const t of targets.both) console.log(`  ${t.name}: ${t.gesture} on ${t.drag}, watch ${t.watch}`);
  for (let i = 0; i < runs; i++) {
    for (const t of targets.both) {
      const r = await load(browser, t).catch((e) => {
        console.log(`  ${t.name} load ${i + 1} failed: ${String(e.message || e).split('\n')[0]}`);
        return null;
      });
      result[t.name].push(r);
      if (r) {
        console.log(`  ${t.name} load ${i + 1}: ${r.movedMs === null ? `did not move within ${GIVE_UP_MS / 1000} s` : `moved at ${ms(r.movedMs)}`}`
          + ` (map present at ${ms(r.firstAttemptMs)}, ${r.attempts} drags${r.tries ? ` begun at ${r.tries.map(ms).join(', ')}` : ''}${r.handlersMs == null ? '' : `, its handlers attached at ${ms(r.handlersMs)}`})`);
      }
    }
  }
} finally {
  await browser.close();
  await targets.close();
}

const med = (name, k) => median(result[name].filter(Boolean).map((r) => r[k]));
result.medians = {
  movedMs: { ours: med('ours', 'movedMs'), peer: med('peer', 'movedMs') },
  firstAttemptMs: { ours: med('ours', 'firstAttemptMs'), peer: med('peer', 'firstAttemptMs') },
};
for (const v of Object.values(result.medians)) v.ratio = ratio(v.ours, v.peer);
const moved = (name) => result[name].filter((r) => r && r.movedMs !== null).length;
console.log(`\n## map draggable at ${slowdown}× slower CPU (medians; moved in ${moved('ours')}/${runs} and ${moved('peer')}/${runs} loads)`);
printTable([
  ['map on screen (first drag)', ms(result.medians.firstAttemptMs.ours), ms(result.medians.firstAttemptMs.peer), fmtRatio(result.medians.firstAttemptMs.ratio)],
  ['map draggable (first move)', ms(result.medians.movedMs.ours), ms(result.medians.movedMs.peer), fmtRatio(result.medians.movedMs.ratio)],
]);
await saveResult('draggable', result);
