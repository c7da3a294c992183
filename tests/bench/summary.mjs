// Prints one table of every compared figure (ours, peer, ratio) and the
// budgets of issue 9 as met / OVER, from the result files that bench.mjs,
// startup.mjs and draggable.mjs wrote into bench-results/ in this run.
import { loadavg, cpus } from 'node:os';
import { loadResult, ratio, fmtRatio, kb, ms, printTable } from './targets.mjs';

const lh = await loadResult('lighthouse');
const st = await loadResult('startup');
const dr = await loadResult('draggable');
const num = (v, d = 0) => (v === null || v === undefined ? 'n/a' : v.toFixed(d));

const rows = [];
const m = lh?.medians ?? {};
const add = (label, k, f) => m[k] && rows.push([label, f(m[k].ours), f(m[k].peer), fmtRatio(m[k].ratio)]);
add('bytes transferred (Lighthouse total-byte-weight)', 'bytes', kb);
add('Total Blocking Time', 'tbt', ms);
add('Largest Contentful Paint', 'lcp', ms);
add('First Contentful Paint', 'fcp', ms);
add('Cumulative Layout Shift', 'cls', (v) => num(v, 3));
add('Lighthouse performance', 'perf', num);
add('Lighthouse accessibility', 'a11y', num);
add('Lighthouse best practices', 'bp', num);
add('Lighthouse SEO', 'seo', num);
if (lh) {
  rows.push(['HTML of the first view, gzip -9', kb(lh.ours.htmlGz), kb(lh.peer.htmlGz), fmtRatio(ratio(lh.ours.htmlGz, lh.peer.htmlGz))]);
  rows.push(['everything the first view loads, gzip -9', kb(lh.ours.first?.gz), kb(lh.peer.first?.gz), fmtRatio(ratio(lh.ours.first?.gz ?? null, lh.peer.first?.gz ?? null))]);
  rows.push(['loaded on the first interaction (the app), gzip -9', kb(lh.ours.onInteraction?.gz), kb(lh.peer.onInteraction?.gz), '']);
  rows.push(['wasm, gzip -9', kb(lh.ours.wasmGz), '-', '']);
}
const cpu = st?.slowdown ?? dr?.slowdown ?? 4;
if (st) {
  rows.push([`start-up long tasks at ${cpu}× CPU (count)`, num(st.medians.count.ours), num(st.medians.count.peer), fmtRatio(st.medians.count.ratio)]);
  rows.push([`start-up longest task at ${cpu}× CPU`, ms(st.medians.longest.ours), ms(st.medians.longest.peer), fmtRatio(st.medians.longest.ratio)]);
  rows.push([`start-up blocking over 50 ms at ${cpu}× CPU`, ms(st.medians.blocking.ours), ms(st.medians.blocking.peer), fmtRatio(st.medians.blocking.ratio)]);
  if (st.medians.longestBefore) {
    rows.push([`  longest task before the first interaction (page load)`, ms(st.medians.longestBefore.ours), ms(st.medians.longestBefore.peer), fmtRatio(st.medians.longestBefore.ratio)]);
    rows.push([`  longest task after it (our app starting)`, ms(st.medians.longestAfter.ours), ms(st.medians.longestAfter.peer), fmtRatio(st.medians.longestAfter.ratio)]);
  }
}
if (dr) {
  rows.push([`map draggable at ${cpu}× CPU`, ms(dr.medians.movedMs.ours), ms(dr.medians.movedMs.peer), fmtRatio(dr.medians.movedMs.ratio)]);
}
const runs = (r) => (r ? r.filter(Boolean).length : 0);
console.log(`\n## ours vs peer, this run (Lighthouse: medians of ${runs(lh?.lighthouse.ours)} / ${runs(lh?.lighthouse.peer)} interleaved runs; `
  + `start-up: ${runs(st?.ours)} / ${runs(st?.peer)} loads; drag: ${runs(dr?.ours)} / ${runs(dr?.peer)} loads)`);
printTable(rows);

// Budgets: [what, figure, budget, met?] — null when the figure is missing.
const budgets = [];
const r = (k) => m[k]?.ratio ?? null;
const check = (what, figure, budget, ok) => budgets.push([what, figure, budget, ok === null ? 'n/a' : ok ? 'met' : 'OVER']);
const le = (v, lim) => (v === null || v === undefined ? null : v <= lim);
check('bytes, ours / peer', fmtRatio(r('bytes')), '≤ 1.0× (aim 0.75×)', le(r('bytes'), 1.0));
check('TBT, ours / peer', fmtRatio(r('tbt')), '≤ 0.5×', le(r('tbt'), 0.5));
check('LCP, ours / peer', fmtRatio(r('lcp')), '≤ 1.0×', le(r('lcp'), 1.0));
const lateLcp = lh?.late?.lcp?.ratio ?? null;
check('LCP, ours / peer-late (scripts at the end of the body)', fmtRatio(lateLcp), '≤ 0.8× (issue 18)', le(lateLcp, 0.8));
check('Lighthouse performance', m.perf ? `${num(m.perf.ours)} vs ${num(m.perf.peer)}` : 'n/a', '≥ peer',
  m.perf?.ours == null || m.perf?.peer == null ? null : m.perf.ours >= m.perf.peer);
for (const [k, label] of [['a11y', 'accessibility'], ['bp', 'best practices'], ['seo', 'SEO']]) {
  check(`Lighthouse ${label}`, num(m[k]?.ours), '100', m[k]?.ours == null ? null : m[k].ours >= 100);
}
check('HTML of the first view, gzip', kb(lh?.ours.htmlGz), '≤ 60 KB', le(lh?.ours.htmlGz, 60 * 1024));
check('wasm, gzip', kb(lh?.ours.wasmGz), '≤ 120 KB', le(lh?.ours.wasmGz, 120 * 1024));
check('Studio wasm, gzip', kb(lh?.ours.studioWasmGz), '≤ 300 KB', le(lh?.ours.studioWasmGz, 300 * 1024));
check('Studio first load, gzip', kb(lh?.ours.studioFirstLoadGz), '≤ 400 KB', le(lh?.ours.studioFirstLoadGz, 400 * 1024));
const studioLh = lh?.lighthouse?.studio;
for (const [k, label] of [['a11y', 'accessibility'], ['bp', 'best practices']]) {
  check(`Studio: Lighthouse ${label}`, num(studioLh?.[k]), '100', studioLh?.[k] == null ? null : studioLh[k] >= 100);
}
if (st) {
  const worst = Math.max(0, ...st.ours.filter(Boolean).map((x) => x.longest));
  check(`longest start-up task at ${cpu}× CPU, worst load`, ms(runs(st.ours) ? worst : null), '≤ 50 ms', runs(st.ours) ? worst <= 50 : null);
  if (st.ours.some((x) => x && x.longestAfter !== undefined)) {
    const app = Math.max(0, ...st.ours.filter(Boolean).map((x) => x.longestAfter));
    check(`  of it: the app's start after the first interaction, worst load`, ms(app), '≤ 50 ms', app <= 50);
  }
} else check(`longest start-up task at ${cpu}× CPU`, 'n/a', '≤ 50 ms', null);
check(`map draggable at ${cpu}× CPU, ours / peer`, fmtRatio(dr?.medians.movedMs.ratio ?? null), '≤ 1.0×', le(dr?.medians.movedMs.ratio, 1.0));
console.log('\n## budgets (issue 9)');
printTable(budgets, ['budget', 'figure', 'limit', '']);
console.log(`\nload average now: ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} cores`);
