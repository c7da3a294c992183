// Prints the Studio's timings for a paste of the Kursk article (figures, not
// tests), unthrottled and at 4× slower CPU, median of RUNS (default 3):
//   - paste → the first quote card of the preview in the DOM (a paste is
//     parsed at once; typing waits for a pause, DEBOUNCE_MS in src/studio/mod.rs);
//   - paste → the preview parsed again with the world gazetteer (fetched,
//     decoded and indexed once, on demand);
//   - paste → the preview's map drawn (`#karte-svg`: the world map's files
//     and the admin-1 files the frame needs fetched once, the map cut);
//   - the long tasks (> 50 ms) from the paste until both, longest and count.
// Also the longest parse, map cut and render of the preview's parts to HTML
// (performance measures the Studio writes).
// They run in the engine's worker: DevTools' CPU throttling slows the page's
// thread, not the worker's (the parse takes as long at 4× as at 1×), so at
// 4× the engine's share is a fast machine's. Each case twice: "cold", the
// paste starts the engine too; "warm", the editor reached the text field
// first, and the engine and the reader pages' live code (both loaded when
// the field is reached) have started.
// Issue 19's budgets: the preview in view ≤ 300 ms and no task over 50 ms at
// 4× CPU. Machines of this kind differ about 3× in speed, so each case
// also loads the Kursk reader page (the same content, laid out by the
// browser as the page arrives) at the same CPU rate, in the same run: its
// longest task is the reference the Studio's longest is given against.
// Writes bench-results/studio.json.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';
import { DIST, ROOT, LAUNCH, median, ms, saveResult, deadline } from './targets.mjs';

const runs = Number(process.env.RUNS || 3);
deadline(60 + runs * 4 * 60, 'studio.mjs');
const text = await readFile(`${ROOT}stories/kursk-nordkorea/article.txt`, 'utf8');
const server = await startServer({ root: DIST, precompress: true });
const browser = await chromium.launch(LAUNCH);
const result = {};
// The reference: the Kursk reader page loaded at `cpu`, its longest task
// until load and a quiet second after (its first layout is among them).
async function readerLongest(cpu) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.addInitScript(() => {
      window.benchTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}index.html`, { waitUntil: 'load', timeout: 60000 });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => Math.max(0, ...window.benchTasks));
  } finally {
    await context.close();
  }
}
try {
  // cold: the paste starts the engine (its worker and wasm) too; warm: the
  // editor has reached the text field before (as one does to paste), and
  // the engine and the live code have started.
  for (const [cpu, start] of [[1, 'cold'], [4, 'cold'], [1, 'warm'], [4, 'warm']]) {
    const all = [];
    const reference = [];
    for (let i = 0; i < runs; i++) {
      reference.push(await readerLongest(cpu));
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.addInitScript(() => {
        window.benchTasks = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchTasks.push([e.startTime, e.duration]); })
          .observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${server.url}studio.html`);
      await page.locator('html[data-studio-ready]').waitFor({ state: 'attached', timeout: 30000 });
      await page.waitForTimeout(300);
      if (start === 'warm') {
        await page.getByTestId('studio-text').focus();
        await page.locator('html[data-studio-engine=ready]').waitFor({ state: 'attached', timeout: 30000 });
        await page.locator('html[data-studio-live=ready]').waitFor({ state: 'attached', timeout: 30000 });
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const t = await page.evaluate((plain) => new Promise((resolve) => {
        const out = {};
        const start = performance.now();
        const seen = () => {
          if (out.view === undefined && document.querySelector('[data-testid=preview-masthead]') && document.querySelector('[data-testid=studio-preview] #zahlen')) out.view = performance.now() - start;
          if (out.quotes === undefined && document.querySelector('[data-testid=quote-card]')) out.quotes = performance.now() - start;
          if (out.places === undefined && document.querySelector('[data-testid=studio-places][data-state=ready]')
            && document.querySelector('[data-testid=studio-preview][aria-busy=false] [data-testid=quote-card]')) {
            out.places = performance.now() - start;
          }
          if (out.map === undefined && document.querySelector('[data-testid=studio-preview] #karte-svg')) out.map = performance.now() - start;
          if (out.places !== undefined && out.map !== undefined && document.querySelector('[data-testid=studio-preview] #karte-svg')
            && document.querySelector('[data-testid=studio-preview] #artikel') && document.querySelector('[data-testid=preview-complete]')) {
            out.complete = performance.now() - start;
            observer.disconnect();
            // The re-parse after the last file runs in the task that marks it ready.
            setTimeout(() => {
              out.tasks = window.benchTasks.filter(([s]) => s >= start).map(([, d]) => d);
              // After the paste only (the engine's warm-up before it is not a step of the preview).
              const longestOf = (name) => Math.max(0, ...performance.getEntriesByName(name).filter((e) => e.startTime >= start).map((e) => e.duration));
              out.parse = longestOf('lagebild-studio:parse');
              out.cut = longestOf('lagebild-studio:map');
              out.gazetteer = longestOf('lagebild-studio:gazetteer');
              out.world = longestOf('lagebild-studio:world');
              out.render = longestOf('lagebild-studio:render');
              out.decode = longestOf('lagebild-studio:decode');
              out.story = longestOf('lagebild-studio:story');
              // When each step of the first preview ran, after the paste.
              out.steps = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.startTime >= start && /^lagebild-studio:(part:|decode:start|story:start)/.test(m.name))
                .reverse().map((m) => [m.name.replace('lagebild-studio:', ''), Math.round(m.startTime - start)]));
              resolve(out);
            }, 100);
          }
        };
        const observer = new MutationObserver(seen);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const data = new DataTransfer();
        data.setData('text/plain', plain);
        const field = document.querySelector('[data-testid=studio-text]');
        field.focus();
        field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }), text);
      // Typing: a sentence typed at the end of the text, a key every 80 ms;
      // the long tasks from the first key until the preview is complete again.
      await page.waitForTimeout(500);
      t.typing = await page.evaluate(() => new Promise((resolve) => {
        const field = document.querySelector('[data-testid=studio-text]');
        field.focus();
        field.setSelectionRange(field.value.length, field.value.length);
        const start = performance.now();
        const keys = [...' Die Lage bleibt ernst.'];
        let n = 0;
        const type = () => {
          field.setRangeText(keys[n], field.value.length, field.value.length, 'end');
          field.dispatchEvent(new InputEvent('input', { bubbles: true, data: keys[n], inputType: 'insertText' }));
          n += 1;
          if (n < keys.length) { setTimeout(type, 80); return; }
          const done = () => {
            if (document.querySelector('[data-testid=studio-preview][aria-busy=false]') && document.querySelector('[data-testid=preview-complete]')
              && document.querySelector('#artikel')?.textContent.includes('Die Lage bleibt ernst.')) {
              const tasks = window.benchTasks.filter(([s]) => s >= start).map(([, d]) => d);
              resolve({ after: performance.now() - start, longest: Math.max(0, ...tasks), count: tasks.length });
            } else {
              setTimeout(done, 20);
            }
          };
          done();
        };
        type();
      }));
      all.push(t);
      await context.close();
    }
    const longest = all.map((r) => Math.max(0, ...r.tasks));
    result[`cpu${cpu}-${start}`] = {
      runs: all,
      view: median(all.map((r) => r.view)),
      quotes: median(all.map((r) => r.quotes)),
      complete: median(all.map((r) => r.complete)),
      parse: median(all.map((r) => r.parse)),
      cut: median(all.map((r) => r.cut)),
      gazetteer: median(all.map((r) => r.gazetteer)),
      world: median(all.map((r) => r.world)),
      render: median(all.map((r) => r.render)),
      decode: median(all.map((r) => r.decode)),
      story: median(all.map((r) => r.story)),
      places: median(all.map((r) => r.places)),
      map: median(all.map((r) => r.map)),
      longest: median(longest),
      typingLongest: median(all.map((r) => r.typing.longest)),
      typingCount: median(all.map((r) => r.typing.count)),
      typingAfter: median(all.map((r) => r.typing.after)),
      count: median(all.map((r) => r.tasks.length)),
      readerLongest: median(reference),
      readerRuns: reference,
    };
    const r = result[`cpu${cpu}-${start}`];
    console.log(`${cpu}× CPU, engine ${start}: paste → in view ${ms(r.view)}, → quotes ${ms(r.quotes)}, → with places ${ms(r.places)}, → map ${ms(r.map)}, → complete ${ms(r.complete)}; `
      + `in the engine's worker: longest parse ${ms(r.parse)}, map cut ${ms(r.cut)}, gazetteer read ${ms(r.gazetteer)}, world map read ${ms(r.world)}, preview parts rendered to HTML ${ms(r.render)}; `
      + `on the page: longest outcome decode ${ms(r.decode)}, story ${ms(r.story)}; `
      + `long tasks meanwhile: ${r.count} (longest ${ms(r.longest)}; budget ≤ 50 ms: ${r.longest <= 50 ? 'met' : 'NOT MET'}; `
      + `the reader page's own load at ${cpu}×, same run: longest task ${ms(r.readerLongest)}, the Studio's longest ${(r.longest / Math.max(1, r.readerLongest)).toFixed(2)}× that); `
      + `typing a sentence (a key every 80 ms): preview complete ${ms(r.typingAfter)} after the first key, long tasks ${r.typingCount} (longest ${ms(r.typingLongest)}; budget ≤ 50 ms: ${r.typingLongest <= 50 ? 'met' : 'NOT MET'})`);
  }
  await saveResult('studio', result);
} finally {
  await browser.close();
  await server.close();
}
