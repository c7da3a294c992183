// Prints the world map assets' sizes (data/world, built by geoprep's
// `world` and `gazetteer` tools) against issue 18's budgets, gzip -9.
// Figures, not a test: the host tests in crates/geoprep hold the budgets.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../data/world/', import.meta.url));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = async (f) => { const b = await readFile(dir + f); return { raw: b.length, gz: gz(b) }; };

const rows = [];
for (const [file, budget] of [['admin0.bin', 200], ['borders.bin', null], ['index.bin', null], ['gazetteer.bin', 500]]) {
  const s = await size(file);
  rows.push([file, kb(s.raw), kb(s.gz), budget ? `≤ ${budget} KB` : '', budget ? (s.gz <= budget * 1024 ? 'met' : 'OVER') : '']);
}
const chunks = [];
for (const f of (await readdir(dir + 'admin1')).sort()) chunks.push({ f, ...(await size(`admin1/${f}`)) });
chunks.sort((a, b) => a.gz - b.gz);
const median = chunks[Math.floor(chunks.length / 2)];
const max = chunks[chunks.length - 1];
rows.push([`admin1/ median of ${chunks.length}`, kb(median.raw), kb(median.gz), '≤ 5 KB', median.gz <= 5 * 1024 ? 'met' : 'OVER']);
rows.push([`admin1/ largest (${max.f})`, kb(max.raw), kb(max.gz), '', '']);
console.log('| asset | raw | gzip -9 | budget | |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
