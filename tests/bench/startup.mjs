// Prints the main-thread long tasks of start-up under a 4x slower CPU
// (Lighthouse's mobile setting) for ours and the peer page: several cold loads,
// interleaved. Each load: until the main thread has been quiet for a while,
// then the reader's first interaction (OURS_START, a key press by default: our
// app starts on it), then until the page is ready and quiet again; the long
// tasks of both phases count. Per load: how many long tasks, the longest, and
// the blocking time (sum of task time over 50 ms), also split into before and
// after the interaction; then medians and ours/peer ratios. For ours, the long
// tasks of the median load are listed with the app's `lagebild:` performance
// mark they followed. Writes bench-results/startup.json.
// Env: CPU_SLOWDOWN (default 4), STARTUP_RUNS (default 5), OURS_READY, OURS_START.
import { chromium } from 'playwright-core';
import { startTargets, firstInteraction, deadline, median, ratio, fmtRatio, ms, saveResult, printTable, LAUNCH } from './targets.mjs';

const slowdown = Number(process.env.CPU_SLOWDOWN || 4);
const runs = Number(process.env.STARTUP_RUNS || 5);
const QUIET_MS = 1500; // start-up is over once no long task started for this long
const CAP_MS = 30000; // …or this long after navigation, whichever comes first
deadline(60 + runs * 2 * 60, 'startup.mjs');

async function load(browser, target) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration])))
        .observe({ type: 'longtask', buffered: true });
    });
    await page.goto(target.url, { timeout: 60000 });
    // Polls with plain evaluations in the page: Playwright's locators and
    // waitForFunction inject a large script whose compile would be counted.
    const poll = async (f, arg, timeout) => {
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        if (await page.evaluate(f, arg).catch(() => false)) return true;
        await page.waitForTimeout(250);
      }
      return false;
    };
    // Wait for a quiet main thread: no long task started in the last QUIET_MS.
    const quiet = () => poll(([q, cap]) => {
      const now = performance.now();
      const last = window.__long.length ? window.__long.at(-1)[0] + window.__long.at(-1)[1] : 0;
      return now - last >= q || now >= cap;
    }, [QUIET_MS, CAP_MS], CAP_MS + 10000);
    await quiet();
    const interactionAt = target.start === 'none' ? null : await page.evaluate(() => performance.now());
    await firstInteraction(page, target);
    let ready = target.start !== 'none';
    if (ready) ready = await poll((sel) => !!document.querySelector(sel), target.ready, CAP_MS);
    await quiet();
    const { long, marks } = await page.evaluate(() => ({
      long: window.__long,
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lagebild:')).map((m) => [m.name, m.startTime]),
    }));
    const durations = long.map(([, d]) => d);
    const blockingOf = (ds) => ds.reduce((a, d) => a + Math.max(0, d - 50), 0);
    const after = interactionAt === null ? [] : long.filter(([t]) => t >= interactionAt).map(([, d]) => d);
    const before = interactionAt === null ? durations : long.filter(([t]) => t < interactionAt).map(([, d]) => d);
    return {
      ready,
      interactionAt,
      longestBefore: before.length ? Math.max(...before) : 0,
      longestAfter: after.length ? Math.max(...after) : 0,
      blockingBefore: blockingOf(before),
      blockingAfter: blockingOf(after),
      count: long.length,
      longest: durations.length ? Math.max(...durations) : 0,
      blocking: durations.reduce((a, d) => a + Math.max(0, d - 50), 0),
      top: [...durations].sort((a, b) => b - a).slice(0, 3),
      long,
      marks,
    };
  } finally {
    await context.close();
  }
}

const targets = await startTargets();
const browser = await chromium.launch(LAUNCH);
const result = { slowdown, runs, ours: [], peer: [] };
try {
  console.log(`start-up at ${slowdown}× slower CPU, ${runs} cold loads each, interleaved`);
  for (let i = 0; i < runs; i++) {
    for (const t of targets.both) {
      const r = await load(browser, t).catch((e) => {
        console.log(`  ${t.name} load ${i + 1} failed: ${String(e.message || e).split('\n')[0]}`);
        return null;
      });
      result[t.name].push(r);
      if (r) {
        console.log(`  ${t.name} load ${i + 1}: ${r.count} long tasks, longest ${ms(r.longest)}, blocking ${ms(r.blocking)}`
          + ` (top ${r.top.map((d) => d.toFixed(0)).join(', ') || '-'} ms; before / after the interaction: longest `
          + `${ms(r.longestBefore)} / ${ms(r.longestAfter)}, blocking ${ms(r.blockingBefore)} / ${ms(r.blockingAfter)})`
          + `${r.ready || t.start === 'none' ? '' : `, ${t.ready} never appeared`}`);
      }
    }
  }
} finally {
  await browser.close();
  await targets.close();
}

const med = (name, k) => median(result[name].filter(Boolean).map((r) => r[k]));
result.medians = {};
for (const k of ['count', 'longest', 'blocking', 'longestBefore', 'longestAfter', 'blockingBefore', 'blockingAfter']) {
  result.medians[k] = { ours: med('ours', k), peer: med('peer', k), ratio: ratio(med('ours', k), med('peer', k)) };
}

// The ours load whose blocking time is the median one, task by task.
const oursRuns = result.ours.filter(Boolean).sort((a, b) => a.blocking - b.blocking);
const mid = oursRuns[Math.floor((oursRuns.length - 1) / 2)];
if (mid) {
  if (mid.interactionAt !== null) console.log(`\nours, median load: first interaction (${targets.ours.start}) at ${mid.interactionAt.toFixed(0)} ms`);
  console.log(`ours, median load: marks (ms): ${mid.marks.map(([n, t]) => `${n.replace('lagebild:', '')} ${t.toFixed(0)}`).join(', ') || 'none'}`);
  for (const [start, dur] of mid.long) {
    const before = mid.marks.filter(([, t]) => t <= start + 1).at(-1);
    console.log(`  long task at ${start.toFixed(0)} ms: ${dur.toFixed(0)} ms (after ${before ? before[0] : 'navigation'})`);
  }
}

console.log(`\n## start-up long tasks at ${slowdown}× slower CPU (medians of ${oursRuns.length} / ${result.peer.filter(Boolean).length} cold loads)`);
printTable([
  ['long tasks (count)', String(result.medians.count.ours ?? 'n/a'), String(result.medians.count.peer ?? 'n/a'), fmtRatio(result.medians.count.ratio)],
  ['longest task', ms(result.medians.longest.ours), ms(result.medians.longest.peer), fmtRatio(result.medians.longest.ratio)],
  ['blocking over 50 ms, observed', ms(result.medians.blocking.ours), ms(result.medians.blocking.peer), fmtRatio(result.medians.blocking.ratio)],
  ['longest task, before the first interaction', ms(result.medians.longestBefore.ours), ms(result.medians.longestBefore.peer), fmtRatio(result.medians.longestBefore.ratio)],
  ['longest task, after it (our app starts)', ms(result.medians.longestAfter.ours), ms(result.medians.longestAfter.peer), fmtRatio(result.medians.longestAfter.ratio)],
]);
await saveResult('startup', result);
