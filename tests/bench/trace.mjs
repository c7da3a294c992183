// Explains the long tasks of one cold load of ours under a 4x slower CPU: a
// Chromium performance trace, and per main-thread task over 50 ms the events
// inside it that took the most time (ParseHTML, Layout, UpdateLayoutTree,
// FunctionCall with its script, v8 compile, …), so a split can aim at what
// really blocks. With TRACE_GESTURE=1 it presses a key once the page is quiet
// (the app starts on the reader's first interaction) and follows the start.
// Figures, not a test. Usage: node tests/bench/trace.mjs [url-suffix]
// Env: CPU_SLOWDOWN (default 4), TRACE_GESTURE (1: once quiet; early: as soon
// as the map is there, as the drag bench's first drag), TRACE_OUT (keep the raw trace),
// TRACE_TARGET=peer (trace the peer page instead of ours).
import { chromium } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { startTargets, deadline, LAUNCH } from './targets.mjs';

const slowdown = Number(process.env.CPU_SLOWDOWN || 4);
deadline(180, 'trace.mjs');
const targets = await startTargets();
const browser = await chromium.launch(LAUNCH);
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing'] });
  const target = process.env.TRACE_TARGET === 'peer' ? targets.peer : targets.ours;
  const early = process.env.TRACE_GESTURE === 'early';
  await page.goto(target.url + (process.argv[2] || ''), { timeout: 60000, waitUntil: early ? 'commit' : 'load' });
  if (early) {
    // As the drag bench does: the first gesture as soon as the map is there.
    for (let i = 0; i < 400 && !(await page.evaluate(() => !!document.querySelector('#karte-svg')).catch(() => false)); i++) {
      await page.waitForTimeout(20);
    }
  } else {
    await page.waitForTimeout(4000);
  }
  if (process.env.TRACE_GESTURE === '1' || early) {
    await page.keyboard.press('Shift');
    // Polled by plain evaluations: a locator would inject Playwright's large
    // script into the page, and its compile would show up as a long task.
    for (let i = 0; i < 120 && !(await page.evaluate((s) => !!document.querySelector(s), target.ready)); i++) {
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(3000);
  }
  const buf = await browser.stopTracing();
  if (process.env.TRACE_OUT) await writeFile(process.env.TRACE_OUT, buf);
  const events = JSON.parse(buf.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const t0 = Math.min(...events.filter((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser').map((e) => e.ts));
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 50000);
  // The app's performance marks (lagebild:<step>), to name the tasks after.
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('lagebild:') && e.ph !== 'e' && e.ph !== 'b')
    .map((e) => [e.name, e.ts]).sort((a, b) => a[1] - b[1]);
  if (marks.length) console.log(`marks: ${marks.map(([n, t]) => `${n.replace('lagebild:', '')} ${((t - t0) / 1000).toFixed(0)}`).join(', ')}`);
  for (const task of tasks) {
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 2000);
    const sum = new Map();
    for (const e of inside) {
      const what = e.name === 'FunctionCall' || e.name === 'EvaluateScript'
        ? `${e.name} ${(e.args?.data?.url || '').split('/').pop()} ${e.args?.data?.functionName || ''}`.trim()
        : e.name;
      sum.set(what, (sum.get(what) || 0) + e.dur);
    }
    const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join('; ');
    const mark = marks.filter(([, t]) => t >= task.ts && t <= task.ts + task.dur).map(([n]) => n.replace('lagebild:', '')).join('+');
    console.log(`task at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms${mark ? ` [${mark}]` : ''}: ${top}`);
  }
  await context.close();
} finally {
  await browser.close();
  await targets.close();
}
