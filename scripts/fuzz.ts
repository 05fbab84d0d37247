// Long fuzz run of the engine's robustness properties (the same ones `npm test` runs briefly):
//   npm run fuzz -- --runs 100000 [--seed N] [--scale 3] [--only substring] [--json file]
// --scale multiplies the size of generated documents (1 is what `npm test` uses).
// Prints, per property and in total, the number of cases, failures and the slowest case; exits 1
// when any property failed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PropertyRun } from '../test/fuzz/properties.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'string' },
    scale: { type: 'string', default: '3' },
  },
});
// The generators read their size when first imported.
process.env.CLAIMLINT_FUZZ_SCALE = values.scale;
const { PROPERTIES, runProperty, runsPerProperty } = await import('../test/fuzz/properties.js');
const total = Number(values.runs);
if (!Number.isInteger(total) || total < 1) {
  console.error(`--runs needs a whole number ≥ 1, not "${values.runs}"`);
  process.exit(2);
}
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() ^ (Math.random() * 0x7fffffff);
const shares = runsPerProperty(total);
const started = performance.now();
const results: PropertyRun[] = [];
console.log(`claimlint fuzz: ${total} cases, seed ${seed}, scale ${values.scale}`);
PROPERTIES.forEach((property, i) => {
  if (values.only && !property.name.includes(values.only)) return;
  const t0 = performance.now();
  const run = runProperty(property, shares[i], seed + i);
  results.push(run);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${run.failed ? 'FAIL' : 'ok  '} ${property.name.padEnd(42)} ${String(run.runs).padStart(7)} cases  ${secs.padStart(6)} s  slowest ${run.slowest.ms.toFixed(0)} ms`);
  if (run.failed) console.log(run.report);
});
const cases = results.reduce((n, r) => n + r.runs, 0);
const failures = results.filter((r) => r.failed);
const slowest = results.reduce((a, b) => (b.slowest.ms > a.slowest.ms ? b : a), results[0]);
const seconds = (performance.now() - started) / 1000;
console.log('');
console.log(`cases: ${cases}`);
console.log(`failures: ${failures.length}${failures.length ? ` (${failures.map((f) => f.name).join(', ')})` : ''}`);
if (slowest) {
  console.log(`slowest case: ${slowest.slowest.ms.toFixed(0)} ms in "${slowest.name}" (${slowest.slowest.input.length} chars): ${JSON.stringify(slowest.slowest.input.slice(0, 160))}${slowest.slowest.input.length > 160 ? '…' : ''}`);
}
console.log(`time: ${seconds.toFixed(1)} s, seed ${seed}`);
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ seed, cases, failures: failures.length, seconds, properties: results.map((r) => ({ ...r, slowest: { ms: r.slowest.ms, chars: r.slowest.input.length, input: r.slowest.input.slice(0, 1_000_000) } })) }, null, 2));
}
process.exit(failures.length ? 1 : 0);
