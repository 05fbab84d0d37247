#!/usr/bin/env node
// npm run bench [-- --sizes 1000,10000] [-- --rounds N] [-- --no-textlint] [-- --generate-only]
// Generates a seeded synthetic marketing corpus under bench/corpus/ (git-ignored) and measures, in
// one run, wall time and peak RSS of:
//   floor      remark + front matter + GFM parsing the same files, single thread (bench/floor.mjs)
//   cold-1     claimlint, one thread, no cache
//   cold-2     claimlint, two worker threads
//   cache-fill claimlint --cache on an empty cache; warm: the same again with nothing changed
//   textlint   textlint 15 with two simple rules (no-todo, max-comma)
//   small site claimlint on the 5-file example campaign against bare Node start-up and the floor
//              on its pages: what every pull-request check and pre-commit hook pays
// and prints the ratios the issue sets as targets; the table is also written to bench/results.md.
// The claimlint and floor runs repeat in interleaved rounds: a shared host's speed drifts by several
// per cent within minutes, so each ratio is taken within a round (runs minutes apart at most) and the
// median over rounds is reported with its range. textlint runs once (it is far from its target).
// A benchmark, not a test: it never fails the build, it reports.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const SEED = 20261123;
const CORPUS_VERSION = 4;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const sizes = option('sizes', '1000,10000').split(',').map(Number);
const withTextlint = !flag('no-textlint');
// Rounds per corpus: short runs vary more and cost little to repeat.
const roundsFor = (size) => Math.max(1, Number(option('rounds', size <= 2000 ? '5' : '3')) || 3);

// ---------------------------------------------------------------------------------------------
// Corpus

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Claims of every kind, worded as the example campaign's registry records them. Most published claims
// hold (as on a real site); about one in eight is broken, so findings stay realistic in number.
const KEPT = [
  () => 'The Aero 1.5 returns an EPA-estimated **41 mpg** combined.', // figure, split by formatting
  () => 'On the open road the Aero 1.5 is rated at 46 mpg highway by the EPA.', // figure
  () => 'Every email is answered within 24 hours.', // bound
  () => 'Most Parts Express orders are delivered within 2 days.', // bound
  () => 'In a busy 5G cell the Wi-Fi hotspot still downloads at up to 15 Mbps.', // up-to
  () => 'Across more than a thousand Aero 1.5 cars in the Larkspur app, owners average 38.6 mpg.', // average
  () => 'Find us at over 400 dealerships nationwide.', // count + coverage
  () => 'Book a visit at one of our 1,000+ service centers.', // count
  () => 'Remote start and service booking from your phone, with 99.9% uptime.', // percentage
  () => 'Live chat is open on weekends too, from 9:00 to 17:00.', // schedule
  () => 'Roadside assistance is available in all 50 states.', // coverage
  () => 'Parts Express delivery guaranteed by the date we promise, or we refund the fee.', // absolute
  () => 'Larkspur Connect has the #1 rated owner app among US car brands.', // superlative
  () => 'Parts Express gets parts to you faster than the big online stores.', // comparative
  () => 'Connect Plus costs $14.99/month.', // price
];
const BROKEN = [
  (r) => `The Aero 1.5 gets up to ${pick(r, [45, 48])} mpg.`,
  () => 'Send us an email and we reply within 1 hour.',
  () => 'Live chat is staffed 24/7, so there is always someone to talk to.',
  () => 'Parts Express ships to all 50 states.',
  () => 'Connect Plus plans start from $9.99 a month.',
  () => 'Parts Express is never late.',
];
const claim = (r) => (r() < 0.125 ? pick(r, BROKEN)(r) : pick(r, KEPT)(r));
const FILLER = [
  'Designed for the way you actually drive, every detail has been thought through by people who love the road.',
  'Our team spent three years listening to owners before a single line was drawn.',
  'From the first test drive to the hundredth service, we want every visit to feel easy.',
  'Find out more at your local showroom, or book a video walk-around with a product specialist.',
  'Comfortable seats, quiet cabins and clear controls make long journeys a pleasure rather than a chore.',
  'We believe good design should be honest, simple and built to last for many years of family life.',
  'Ask about trade-in offers, extended warranties and flexible finance when you visit.',
  'The 2027 model year brings new colours, a refreshed interior and smarter driver assistance.',
];

function pick(r, items) {
  return items[Math.floor(r() * items.length)];
}

function paragraph(r, claims) {
  const sentences = [];
  for (let i = 0; i < 3 + Math.floor(r() * 3); i++) sentences.push(pick(r, FILLER));
  for (let i = 0; i < claims; i++) sentences.splice(Math.floor(r() * sentences.length), 0, claim(r));
  return sentences.join(' ');
}

function page(r, n) {
  const out = [
    '---', `title: Larkspur page ${n}`, `description: ${claim(r).replace(/[*:#]/g, '')}`, 'lang: en', `date: 2026-${String(1 + (n % 12)).padStart(2, '0')}-01`, '---', '',
    `# ${pick(r, ['Drive further', 'Service that shows up', 'Connected every mile', 'Parts when you need them'])} (${n})`, '',
    paragraph(r, 1), '',
  ];
  for (let s = 0; s < 3; s++) {
    out.push(`## ${pick(r, ['Fuel economy', 'Owner Care', 'Larkspur Connect', 'Parts Express', 'Roadside assistance'])}`, '', paragraph(r, 2), '', paragraph(r, 1), '');
    if (s === 0) out.push('- ' + claim(r), '- ' + pick(r, FILLER), '- ' + claim(r), '');
    if (s === 1) out.push('| Plan | Price | Includes |', '| --- | --- | --- |', '| Connect Plus | $14.99/month | Remote start, Wi-Fi hotspot |', '| Connect Premium | $24.99/month | Everything in Plus[^1] |', '');
    if (s === 2) out.push('> ' + paragraph(r, 1), '', '```text', 'Ticket template: reply within 1 hour (internal target)', '```', '');
  }
  out.push('[^1]: Speeds are reduced after 50 GB of use in a month.', '');
  return out.join('\n');
}

function generateCorpus(size) {
  const dir = path.join(benchDir, 'corpus', `n${size}`);
  const marker = path.join(dir, '.corpus.json');
  const expected = JSON.stringify({ seed: SEED, size, version: CORPUS_VERSION });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === expected) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'site'), { recursive: true });
  cpSync(path.join(root, 'examples/campaign/registry'), path.join(dir, 'registry'), { recursive: true });
  writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: ["registry/*.registry.yaml"]\njurisdiction: US\n');
  const r = mulberry32(SEED + size);
  for (let i = 0; i < size; i++) {
    const folder = path.join(dir, 'site', `section-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    let text = page(r, i);
    while (text.length < 4600) text += `\n${paragraph(r, 1)}\n`; // ~5 KB pages: ~50 MB at 10,000
    writeFileSync(path.join(folder, `page-${String(i).padStart(5, '0')}.md`), text);
  }
  writeFileSync(marker, expected);
  return dir;
}

function corpusBytes(dir) {
  let total = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.md')) total += statSync(path.join(d, e.name)).size;
    }
  };
  walk(path.join(dir, 'site'));
  return total;
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Runs a command under /usr/bin/time: wall seconds and peak RSS (MB) of the process and its threads. */
function measure(label, command, args, cwd, env = {}) {
  process.stderr.write(`  ${label} … `);
  const result = spawnSync('/usr/bin/time', ['-f', '__BENCH__ %e %M %U %S', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: '1', CLAIMLINT_STATS: '1', ...env } });
  const m = /__BENCH__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  if (!m) throw new Error(`${label} failed (exit ${result.status}): ${(result.stderr ?? '').slice(-2000)}`);
  const seconds = Number(m[1]);
  const rssMb = Number(m[2]) / 1024;
  // CPU seconds (user + system) barely move with other load on the machine; wall seconds do.
  const cpu = Number(m[3]) + Number(m[4]);
  // claimlint's own count of the threads it linted with (CLAIMLINT_STATS).
  const threads = Number(/claimlint: stats: .* on (\d+) threads?;/.exec(result.stderr ?? '')?.[1] ?? NaN);
  process.stderr.write(`${seconds.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, ${rssMb.toFixed(0)} MB${Number.isNaN(threads) ? '' : `, ${threads} thread(s)`} (exit ${result.status})\n`);
  return { seconds, cpu, rssMb, threads, exit: result.status, stdout: result.stdout };
}

function benchSize(size) {
  process.stderr.write(`corpus n=${size}: generating … `);
  const dir = generateCorpus(size);
  const bytes = corpusBytes(dir);
  process.stderr.write(`${(bytes / 1024 / 1024).toFixed(1)} MB\n`);
  const work = mkdtempSync(path.join(tmpdir(), 'claimlint-bench-'));
  try {
    return measureCorpus(size, dir, bytes, work);
  } finally {
    // Also when a measurement fails: the outputs are large and of no use afterwards.
    rmSync(work, { recursive: true, force: true });
  }
}

// Every measure on one generated corpus, writing outputs into `work`.
function measureCorpus(size, dir, bytes, work) {
  const cli = path.join(root, 'dist/cli.cjs');
  // SARIF: what CI uploads; it lists findings, so the run need not keep every claim.
  const out = (name) => `sarif=${path.join(work, `${name}.json`)}`;
  const node = process.execPath;

  const textlint = withTextlint
    ? measure('textlint, 2 rules', node, [path.join(root, 'node_modules/textlint/bin/textlint.js'), '--config', path.join(benchDir, 'textlintrc.json'), '--rules-base-directory', path.join(root, 'node_modules'), '--format', 'json', '-o', path.join(work, 'textlint.json'), `${path.join(dir, 'site')}/**/*.md`], root)
    : undefined;
  const runs = [];
  let sameWarm = true;
  let sameWorkers = true;
  const rounds = roundsFor(size);
  const calibrate = path.join(benchDir, 'calibrate.mjs');
  const cacheFile = path.join(work, 'cache.json');
  const sections = readdirSync(path.join(dir, 'site')).sort().map((d) => path.join(dir, 'site', d));
  const halves = [sections.slice(0, sections.length >> 1), sections.slice(sections.length >> 1)];
  for (let round = 1; round <= rounds; round++) {
    process.stderr.write(`  round ${round}/${rounds}\n`);
    const calibration = measure('calibration: fixed CPU loop', node, [calibrate], root);
    // The same loop on both cores at once: how much two busy threads get from this host right now.
    const calibrationPair = measure('calibration: two loops at once', '/bin/sh', ['-c', `"${node}" "${calibrate}" & "${node}" "${calibrate}"; wait`], root);
    const floor = measure('floor: remark + front matter + GFM', node, [path.join(benchDir, 'floor.mjs'), path.join(dir, 'site')], root);
    // Two floors at once, each on half the sections: what two cores give this very parsing work
    // here — the yardstick for the workers' speed-up, which shares the host the same way.
    const floorPair = measure('floor: two processes, half each', '/bin/sh', ['-c', halves.map((h) => `"${node}" "${path.join(benchDir, 'floor.mjs')}" ${h.map((d) => `"${d}"`).join(' ')}`).join(' & ') + '; wait'], root);
    const cold1 = measure('claimlint cold, 1 thread', node, [cli, '--jobs', '1', '-f', out('cold1'), 'site'], dir);
    const cold2 = measure('claimlint cold, --jobs 2', node, [cli, '--jobs', '2', '-f', out('cold2'), 'site'], dir);
    // Below 2 × 2.5 MB of copy --jobs 2 lints on one thread; what two would have done is measured too.
    const cold2Forced = cold2.threads === 2 ? cold2 : measure('claimlint cold, 2 threads forced', node, [cli, '--jobs', '2', '-f', out('cold2f'), 'site'], dir, { CLAIMLINT_BYTES_PER_THREAD: '1' });
    // The same without V8's compiler and GC helper threads: how much of the workers' shortfall is
    // those threads competing for the two cores (a diagnostic, not a way claimlint runs).
    const cold2Quiet = measure('claimlint cold, 2 threads, node --single-threaded', node, ['--single-threaded', cli, '--jobs', '2', '-f', out('cold2st'), 'site'], dir, { CLAIMLINT_BYTES_PER_THREAD: '1' });
    // Two whole claimlint processes at once, one thread each on half the files (--shard): nothing
    // shared and nothing handed between threads, so what two cores give claimlint's own work here:
    // the yardstick for the workers' speed-up, as the floor pair is for parsing.
    const shardPair = measure('claimlint: two processes at once, --shard halves', '/bin/sh', ['-c', [1, 2].map((i) => `"${node}" "${cli}" --jobs 1 --shard ${i}/2 -f ${out(`shard${i}`)} site`).join(' & ') + '; wait'], dir);
    rmSync(cacheFile, { force: true });
    const fill = measure('claimlint --cache, empty cache', node, [cli, '--jobs', '1', '--cache', '--cache-location', cacheFile, '-f', out('fill'), 'site'], dir);
    const warm = measure('claimlint --cache, warm re-run', node, [cli, '--jobs', '1', '--cache', '--cache-location', cacheFile, '-f', out('warm'), 'site'], dir);
    runs.push({ calibration, calibrationPair, floor, floorPair, cold1, cold2, cold2Forced, cold2Quiet, shardPair, fill, warm });
    sameWarm &&= readFileSync(path.join(work, 'warm.json'), 'utf8') === readFileSync(path.join(work, 'fill.json'), 'utf8');
    const oneThread = readFileSync(path.join(work, 'cold1.json'), 'utf8');
    sameWorkers &&= ['cold2', 'cold2f', 'cold2st'].filter((name) => existsSync(path.join(work, `${name}.json`))).every((name) => readFileSync(path.join(work, `${name}.json`), 'utf8') === oneThread);
  }
  // Same build, same corpus: every round finds the same, so the last round's findings stand for all.
  const results = JSON.parse(readFileSync(path.join(work, 'cold1.json'), 'utf8')).runs[0].results;
  const summary = { errors: results.filter((x) => x.level === 'error').length, warnings: results.filter((x) => x.level === 'warning').length, files: size };
  return { size, bytes, runs, textlint, summary, sameWarm, sameWorkers };
}

// ---------------------------------------------------------------------------------------------
// Small site: start-up and first-use costs dominate (loading code, compiling patterns), not throughput.

const SMALL_SITE_ROUNDS = 10;

/** Wall milliseconds of one process run (hrtime: /usr/bin/time rounds to 10 ms, too coarse here). */
function timeMs(command, args, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${(result.stderr ?? '').slice(-2000)}`);
  return ms;
}

function benchSmallSite() {
  const site = path.join(root, 'examples/campaign');
  const node = process.execPath;
  const runs = [];
  process.stderr.write(`small site (examples/campaign): ${SMALL_SITE_ROUNDS} rounds\n`);
  for (let round = 0; round < SMALL_SITE_ROUNDS; round++) {
    runs.push({
      node: timeMs(node, ['-e', '0'], site),
      floor: timeMs(node, [path.join(benchDir, 'floor.mjs'), path.join(site, 'site')], site),
      claimlint: timeMs(node, [path.join(root, 'dist/cli.cjs'), '--format', 'json', '.'], site),
    });
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Report

function verdict(ok) {
  return ok ? '✅' : '❌';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median over rounds, with the range when there was more than one round. */
function spread(values, format) {
  const m = format(median(values));
  return values.length > 1 ? `${m} (rounds: ${format(Math.min(...values))}–${format(Math.max(...values))})` : m;
}

const times = (r, name, key = 'seconds') => r.runs.map((run) => run[name][key]);
const ratios = (r, a, b, key = 'seconds') => r.runs.map((run) => run[a][key] / run[b][key]);

const cores = Math.min(2, cpus().length);

function table(results) {
  const lines = [
    '| corpus | measure | result | target | |',
    '| --- | --- | --- | --- | --- |',
  ];
  const x = (v) => `${v.toFixed(2)}×`;
  const s = (v) => `${v.toFixed(2)} s`;
  const pct = (v) => `${(v * 100).toFixed(1)} %`;
  for (const r of results) {
    const c = `${r.size.toLocaleString('en')} files, ${(r.bytes / 1024 / 1024).toFixed(1)} MB`;
    const floorRatio = median(ratios(r, 'cold1', 'floor'));
    const workerSpeedup = median(ratios(r, 'cold1', 'cold2'));
    const warmShare = median(ratios(r, 'warm', 'fill'));
    const rss = (name) => Math.max(...times(r, name, 'rssMb'));
    const peak = Math.max(rss('cold1'), rss('cold2'), rss('cold2Forced'), rss('fill'), rss('warm'));
    lines.push(`| ${c} | remark + front matter + GFM parse (floor) | ${spread(times(r, 'floor'), s)} wall, ${s(median(times(r, 'floor', 'cpu')))} CPU | — | |`);
    lines.push(`| ${c} | claimlint cold, 1 thread | ${s(median(times(r, 'cold1')))} = **${spread(ratios(r, 'cold1', 'floor'), x)}** floor (CPU: ${x(median(ratios(r, 'cold1', 'floor', 'cpu')))}) | ≤ 1.3× | ${verdict(floorRatio <= 1.3)} |`);
    // One thread already keeps V8's compiler and GC threads busy beside it; two cores cannot do better than this.
    const bound = median(r.runs.map((run) => cores / (run.cold1.cpu / run.cold1.seconds)));
    const workerDetail = (name) => `CPU ${x(median(ratios(r, name, 'cold1', 'cpu')))} of 1 thread's; bound on ${cores} cores: ${x(bound)}; two floor processes at once, half the files each: ${spread(ratios(r, 'floor', 'floorPair'), x)} faster than one; two claimlint processes at once, one thread each on half the files (\`--shard\`): ${spread(ratios(r, 'cold1', 'shardPair'), x)} faster than one thread`;
    const threadsUsed = [...new Set(times(r, 'cold2', 'threads'))].join(' or ');
    if (r.runs.every((run) => run.cold2.threads === 2)) {
      lines.push(`| ${c} | claimlint cold, \`--jobs 2\` (2 threads) | ${s(median(times(r, 'cold2')))} = **${spread(ratios(r, 'cold1', 'cold2'), x)}** faster than 1 thread (${workerDetail('cold2')})${r.sameWorkers ? '' : ' (output differs!)'} | ≥ 1.7× | ${verdict(workerSpeedup >= 1.7 && r.sameWorkers)} |`);
    } else {
      // --jobs 2 chose fewer threads: the copy is too little for a second thread to pay for its start-up.
      lines.push(`| ${c} | claimlint cold, \`--jobs 2\` | ${threadsUsed === '1' ? 'one thread' : `${threadsUsed} threads`} chosen (under 2 × 2.5 MB of copy): ${s(median(times(r, 'cold2')))} = ${spread(ratios(r, 'cold1', 'cold2'), x)} of 1 thread's speed. Two threads forced (\`CLAIMLINT_BYTES_PER_THREAD=1\`): ${s(median(times(r, 'cold2Forced')))} = ${spread(ratios(r, 'cold1', 'cold2Forced'), x)} (${workerDetail('cold2Forced')})${r.sameWorkers ? '' : ' (output differs!)'} | ≥ 1.7× with 2 threads | — (1 thread) |`);
    }
    lines.push(`| ${c} | claimlint cold, 2 threads, V8 helper threads off | ${s(median(times(r, 'cold2Quiet')))} = ${spread(ratios(r, 'cold1', 'cold2Quiet'), x)} faster than 1 thread with them (\`node --single-threaded\`, two threads forced: V8 compiles and collects garbage on the linting threads themselves; diagnostic) | — | |`);
    lines.push(`| ${c} | claimlint warm cache re-run | ${s(median(times(r, 'warm')))} = **${spread(ratios(r, 'warm', 'fill'), pct)}** of cold (${s(median(times(r, 'fill')))}; CPU ${pct(median(ratios(r, 'warm', 'fill', 'cpu')))})${r.sameWarm ? '' : ' (output differs!)'} | ≤ 5 % | ${verdict(warmShare <= 0.05 && r.sameWarm)} |`);
    if (r.textlint) {
      const vsTextlint = r.textlint.seconds / median(times(r, 'cold1'));
      const vsTextlintCpu = r.textlint.cpu / median(times(r, 'cold1', 'cpu'));
      lines.push(`| ${c} | textlint, 2 simple rules | ${s(r.textlint.seconds)} (one run): claimlint 1 thread is **${x(vsTextlint)}** faster (CPU: ${x(vsTextlintCpu)}) | > 1× | ${verdict(vsTextlint > 1)} |`);
    }
    lines.push(`| ${c} | peak RSS, claimlint (any run) | **${peak.toFixed(0)} MB** (1 thread ${rss('cold1').toFixed(0)}, 2 threads ${rss('cold2Forced').toFixed(0)}; floor ${rss('floor').toFixed(0)}${r.textlint ? `, textlint ${r.textlint.rssMb.toFixed(0)}` : ''}) | ≤ 400 MB | ${verdict(peak <= 400)} |`);
    lines.push(`| ${c} | host speed (calibration loop) | ${spread(times(r, 'calibration'), s)} for a fixed CPU-bound loop; two copies at once: ${spread(r.runs.map((run) => (2 * run.calibration.seconds) / run.calibrationPair.seconds), x)} the work of one per second | — | |`);
    lines.push(`| ${c} | findings (sanity) | ${r.summary.errors} errors, ${r.summary.warnings} warnings in ${r.summary.files.toLocaleString('en')} files | — | |`);
  }
  return lines.join('\n');
}

function smallSiteTable(runs) {
  const ms = (name) => `${median(runs.map((run) => run[name])).toFixed(0)} ms`;
  const x = (v) => `${v.toFixed(2)}×`;
  return [
    '| measure | result |',
    '| --- | --- |',
    `| bare Node start-up (\`node -e 0\`) | ${ms('node')} |`,
    `| floor: remark + front matter + GFM parse of its 4 Markdown pages, start-up included | ${ms('floor')} |`,
    `| claimlint cold, all 5 files (4 pages, 1 YAML ad file), \`--format json\` | ${ms('claimlint')} = **${spread(runs.map((run) => run.claimlint / run.floor), x)}** the floor |`,
  ].join('\n');
}

if (flag('generate-only')) {
  for (const size of sizes) process.stdout.write(`${generateCorpus(size)}\n`);
  process.exit(0);
}

const started = new Date();
const load = loadavg().map((l) => l.toFixed(2)).join(', ');
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const results = sizes.map(benchSize);
const smallSite = benchSmallSite();
const loadAtEnd = loadavg()[0];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average at start ${load}, at end ${loadAtEnd.toFixed(2)}`;
// When other work keeps more runnable threads than there are cores, wall-clock times measure the scheduler.
const overloaded = Math.max(Number(load.split(', ')[0]), loadAtEnd) > cpus().length;
const caveat = overloaded
  ? `\n> **Caution: the machine was overloaded during this run** (load average above ${cpus().length}, its number of cores). Wall-clock\n> times and their ratios (and the ✅/❌ judged on them) are not reliable; the CPU-second ratios are the better guide.\n> Re-run \`npm run bench\` on an idle machine for the numbers the targets are meant for.\n`
  : '';
const text = `# claimlint benchmark

Generated by \`npm run bench\` (scripts/bench.mjs) on ${started.toISOString()}.
Machine: ${machine}.
Corpus: seeded synthetic marketing pages (seed ${SEED}) under bench/corpus/ — front matter, headings, paragraphs
with claims of every kind (some split by formatting), lists, a GFM table with a footnote, a blockquote and a code
block; ~5 KB a page; registry: the example campaign's. Each measure is a separate process under
\`/usr/bin/time\` (wall seconds, CPU seconds, peak RSS). The floor and claimlint runs repeat in interleaved rounds
(${sizes.map((n) => `${roundsFor(n)} at ${n.toLocaleString('en')} files`).join(', ')}); each ratio is taken within a round and the table shows the median over rounds, with the range. A fixed
CPU-bound loop timed at the start of each round shows how much the host's own speed drifted meanwhile.
${caveat}
${table(results)}

### Small site: the example campaign

What a pull-request check or a pre-commit hook on a small site pays: one cold process each, median of
${SMALL_SITE_ROUNDS} interleaved rounds (ratio: per round, median with range). Here start-up and first use dominate — loading code,
compiling the registry's word patterns — rather than throughput.

${smallSiteTable(smallSite)}

Wall-clock ratios are the targets; CPU-second ratios are shown beside them: they leave out time spent waiting
for a core while other work shares the machine (compare the load average above with the number of cores), though
not the host's speed drift. Reading the table: "floor" is the cost of merely parsing the same files with remark + remark-frontmatter +
remark-gfm in one thread; claimlint cannot go below it without parsing less. Worker speed-up is bounded by the
cores actually free: on a shared or busy machine (see the load average) it is lower than on an idle one. Even on
an idle machine a single thread is not alone: V8 compiles hot code and collects garbage on helper threads beside
it (one thread's CPU seconds exceed its wall seconds), and with two linting threads that work needs the same two
cores; "bound" is 2 ÷ (one thread's CPU ÷ wall), the best two cores could do. The "helper threads off" row
runs two threads under \`node --single-threaded\`, so V8 compiles and collects garbage on the linting
threads themselves: what that gains shows how much of the shortfall is V8's own threads competing for the cores. The host itself may give two busy
threads less than twice the work of one (shared physical cores under virtualisation): the calibration row shows
what two copies of a plain CPU loop got in each round, and "two floor processes at once" what two cores gave
the parsing work itself (two separate processes, so nothing of claimlint's is shared): memory-bound work such
as parsing gains less from a second vCPU than the loop does. "Two claimlint processes at once" runs two whole
claimlint processes side by side, one thread each on half the files (\`--shard 1/2\` and \`2/2\`): nothing is
shared between them and nothing handed from thread to thread, so it is what two cores give claimlint's own work
on this host — the most any two-thread design could reach, to read the \`--jobs 2\` figure against. Each thread pays its own start-up and JIT warm-up
(V8's optimising compiler spends about 2 s of CPU per thread on this corpus, and the first few hundred pages
lint at up to twice the steady cost): claimlint therefore starts one thread per 2.5 MB of copy to lint, up to
\`--jobs\`, and the 1,000-page corpus (4.6 MB) lints on one thread even with \`--jobs 2\`; its "two threads forced"
figure shows why.
`;
// The language server's section (scripts/lsp-latency.mjs writes it) is kept as it was.
const resultsFile = path.join(benchDir, 'results.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const lspSection = /<!-- lsp-latency:start -->[\s\S]*<!-- lsp-latency:end -->/.exec(previous)?.[0];
writeFileSync(resultsFile, lspSection ? `${text.trimEnd()}\n\n${lspSection}\n` : text);
process.stdout.write(`\n${caveat}${table(results)}\n\n${smallSiteTable(smallSite)}\n\nWritten to bench/results.md\n`);
