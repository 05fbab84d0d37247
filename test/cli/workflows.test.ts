// Multi-step CLI workflows: baseline adoption, shards, the result cache, worker threads, impact of a
// registry change, symlink loops — each on a fresh copy of a fixture project, with the real CLI.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/cli/run.js';
import { makeTempDir } from '../temp-dir.js';
import { cliPath, copyFixture, projectRoot, runCli, runCliAsync } from './run-cli.js';

interface JsonReport {
  summary: { errors: number; warnings: number; baselined: number; files: number };
  files: Array<{ path: string; findings: Array<{ line: number; column: number; offset: number; endOffset: number; ruleId: string; verdict: string | null; previousVerdict: string | null; claimText: string | null; claimKind: string | null }>; claims: Array<{ verdict: string; previousVerdict: string | null }> }>;
  impact?: { base: string; changes: Array<{ entryId: string; evidenceBefore?: string; evidenceAfter?: string; byVerdict: Record<string, number>; claims: number; files: number }> };
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));

function generatePages(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const body = i % 3 === 0 ? 'Our support team will reply within 1 hour.' : i % 3 === 1 ? 'Visit one of our 200+ stores.' : 'We have over 500 locations.';
    writeFileSync(path.join(dir, 'site', `page-${String(i).padStart(4, '0')}.md`), `---\ntitle: Page ${i}\n---\n# Page ${i}\n\n${body}\n\n| Plan | Price |\n| --- | --- |\n| Basic | Ask us |\n`);
  }
}

describe.concurrent('baseline', () => {
  it('hides recorded findings across line shifts and unrelated edits, and fails on new ones', async ({ expect }) => {
    const dir = copyFixture('basic');
    const write = await runCliAsync(dir, ['--write-baseline', 'claimlint-baseline.json']);
    expect(write.code, write.stdout + write.stderr).toBe(0);
    expect(write.stderr).toContain('wrote the baseline claimlint-baseline.json (4 findings)');
    const baseline = JSON.parse(readFileSync(path.join(dir, 'claimlint-baseline.json'), 'utf8'));
    expect(Object.keys(baseline.files)).toEqual(['site/ads.yaml', 'site/landing.md']);
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/); // no line numbers in fingerprints

    // Unrelated edits: new lines above, a changed paragraph elsewhere.
    edit(dir, 'site/landing.md', (t) => t.replace('# Support that answers\n', '# Support that answers\n\nA new intro paragraph.\n\nAnother one, with no claims at all.\n').replace('Visit one of our 200+ stores today.', 'Come and see us at one of our 200+ stores.'));
    const shifted = await runCliAsync(dir, ['--baseline', 'claimlint-baseline.json', '-f', 'json']);
    expect(shifted.code, shifted.stdout).toBe(0);
    const shiftedDoc = JSON.parse(shifted.stdout) as JsonReport;
    expect(shiftedDoc.summary).toMatchObject({ errors: 0, warnings: 0, baselined: 4 });

    // A new claim, and a second copy of a recorded one, are reported.
    edit(dir, 'site/landing.md', (t) => `${t}\nOur help desk will respond within 30 minutes.\n\nWe have over 500 locations across the country.\n`);
    const added = await runCliAsync(dir, ['--baseline', 'claimlint-baseline.json', '-f', 'json']);
    expect(added.code).toBe(1);
    const addedDoc = JSON.parse(added.stdout) as JsonReport;
    const landing = addedDoc.files.find((f) => f.path === 'site/landing.md')!;
    expect(landing.findings.every((f) => f.line > 12), JSON.stringify(landing.findings)).toBe(true);
    expect(landing.findings.some((f) => f.claimText?.includes('over 500 locations'))).toBe(true);
    expect(addedDoc.summary.baselined).toBe(4);
  }, 120_000);

  it('matches its entries from whatever folder the run starts in, and writes keys relative to its own folder', async ({ expect }) => {
    const dir = copyFixture('basic');
    mkdirSync(path.join(dir, 'ci'));
    // Written from the site folder into ci/: keys are relative to ci/, where the file sits.
    const write = await runCliAsync(path.join(dir, 'site'), ['--root', '..', '--write-baseline', '../ci/baseline.json', '.']);
    expect(write.code, write.stdout + write.stderr).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8')).files)).toEqual(['../site/ads.yaml', '../site/landing.md']);
    // Read from the project root and from site/: every recorded finding is hidden both times.
    for (const [cwd, args] of [[dir, ['site']], [path.join(dir, 'site'), ['--root', '..', '.']]] as const) {
      const run = await runCliAsync(cwd, ['--baseline', path.relative(cwd, path.join(dir, 'ci/baseline.json')), '-f', 'json', ...args]);
      expect(run.code, run.stdout).toBe(0);
      expect((JSON.parse(run.stdout) as JsonReport).summary).toMatchObject({ errors: 0, warnings: 0, baselined: 4 });
    }
  }, 60_000);
});

describe.concurrent('shards', () => {
  it('split the files deterministically into disjoint parts that cover the run', async ({ expect }) => {
    const dir = copyFixture('clean');
    execFileSync('mkdir', ['-p', path.join(dir, 'site')]);
    generatePages(dir, 30);
    const pathsOf = (stdout: string) => (JSON.parse(stdout) as JsonReport).files.map((f) => f.path);
    const all = pathsOf((await runCliAsync(dir, ['-f', 'json'])).stdout);
    const parts = await Promise.all([1, 2, 3].map((i) => runCliAsync(dir, ['--shard', `${i}/3`, '-f', 'json'])));
    const shardPaths = parts.map((p) => pathsOf(p.stdout));
    expect(shardPaths.every((p) => p.length > 0 && p.length < all.length)).toBe(true);
    expect(shardPaths.flat().sort()).toEqual([...all].sort());
    expect(new Set(shardPaths.flat()).size).toBe(all.length);
    expect(pathsOf((await runCliAsync(dir, ['--shard', '2/3', '-f', 'json'])).stdout)).toEqual(shardPaths[1]);
  }, 120_000);

  it('report a finding about the registry in one shard only, so merged shards equal one run', async ({ expect }) => {
    const dir = copyFixture(undefined);
    cpSync(path.join(projectRoot, 'examples/campaign'), dir, { recursive: true });
    const findingsOf = (stdout: string) => (JSON.parse(stdout) as JsonReport).files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.line}:${x.column} ${x.ruleId}`));
    const all = findingsOf((await runCliAsync(dir, ['--today', '2026-11-20', '-f', 'json'])).stdout);
    expect(all.filter((f) => f.includes('registry/expired'))).toHaveLength(1);
    const parts = await Promise.all([1, 2, 3].map((i) => runCliAsync(dir, ['--today', '2026-11-20', '--shard', `${i}/3`, '-f', 'json'])));
    expect(parts.flatMap((p) => findingsOf(p.stdout)).sort()).toEqual([...all].sort());
  }, 120_000);
});

describe.concurrent('cache', () => {
  it('reuses results of unchanged files and notices content, registry and config changes', async ({ expect }) => {
    const dir = copyFixture('basic');
    const first = await runCliAsync(dir, ['--cache', '-f', 'json']);
    expect(existsSync(path.join(dir, '.claimlintcache'))).toBe(true);
    const second = await runCliAsync(dir, ['--cache', '-f', 'json']);
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
    // One line per file after a header: path, key and report, separated by tabs.
    const [header, ...entries] = readFileSync(path.join(dir, '.claimlintcache'), 'utf8').trimEnd().split('\n');
    expect(JSON.parse(header)).toMatchObject({ version: 2 });
    expect(entries.map((line) => path.relative(dir, JSON.parse(line.split('\t')[0]) as string)).sort()).toEqual([path.join('site', 'ads.yaml'), path.join('site', 'landing.md')]);
    expect(entries.every((line) => /^[0-9a-f]{64}$/.test(line.split('\t')[1]) && JSON.parse(line.split('\t')[2]).findings !== undefined)).toBe(true);

    // The registry changed: cached verdicts must not survive.
    edit(dir, 'claims.registry.yaml', (t) => t.replace('evidence: { value: 212 }', 'evidence: { value: 640 }'));
    const afterRegistry = JSON.parse((await runCliAsync(dir, ['--cache', '-f', 'json'])).stdout) as JsonReport;
    const landing = afterRegistry.files.find((f) => f.path === 'site/landing.md')!;
    expect(landing.findings.some((f) => f.claimText?.includes('over 500 locations'))).toBe(false);

    // A file changed: only its result is new.
    edit(dir, 'site/ads.yaml', (t) => t.replace('reply within 1 hour', 'reply within 2 days'));
    const afterEdit = JSON.parse((await runCliAsync(dir, ['--cache', '-f', 'json'])).stdout) as JsonReport;
    expect(afterEdit.files.find((f) => f.path === 'site/ads.yaml')!.findings).toEqual([]);

    // The config changed (rule off): settings are part of the key.
    writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: claims.registry.yaml\nrules:\n  claim/contradicted: off\n  claim/unsubstantiated: off\n');
    const afterConfig = await runCliAsync(dir, ['--cache']);
    expect(afterConfig.code, afterConfig.stdout).toBe(0);

    // Only the size limit changed (it is not among the rule settings): the file is now skipped.
    writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: claims.registry.yaml\n');
    await runCliAsync(dir, ['--cache', '-f', 'json']);
    writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: claims.registry.yaml\nmaxFileSize: 20\n');
    const limited = await runCliAsync(dir, ['--cache', '-f', 'json']);
    expect((JSON.parse(limited.stdout) as JsonReport).files.find((f) => f.path === 'site/landing.md')!.findings.map((f) => f.ruleId)).toEqual(['document/limit']);
  }, 120_000);

  it('shows a cached file by its path from where this run started', async ({ expect }) => {
    const dir = copyFixture('basic');
    await runCliAsync(dir, ['--cache', '-f', 'json']);
    const fromSite = await runCliAsync(path.join(dir, 'site'), ['--cache', '--cache-location', '../.claimlintcache', '--root', '..', '-f', 'json', 'landing.md'], { env: { CLAIMLINT_STATS: '1' } });
    expect(fromSite.stderr).toMatch(/1 from the cache/);
    expect((JSON.parse(fromSite.stdout) as JsonReport).files.map((f) => f.path)).toEqual(['landing.md']);
  }, 60_000);
});

describe.concurrent('worker threads', () => {
  const threadsOf = (stderr: string) => Number(/claimlint: stats: \d+ files linted, \d+ from the cache, on (\d+) threads?;/.exec(stderr)?.[1]);

  it('give the same results as a single thread on a large run', async ({ expect }) => {
    const dir = copyFixture('basic');
    generatePages(dir, 240);
    // These pages are small: lower the copy each thread needs so two threads start.
    const env = { CLAIMLINT_STATS: '1', CLAIMLINT_BYTES_PER_THREAD: '10000' };
    const single = await runCliAsync(dir, ['--jobs', '1', '-f', 'json'], { env });
    const parallel = await runCliAsync(dir, ['--jobs', '2', '-f', 'json'], { env });
    expect(threadsOf(single.stderr)).toBe(1);
    expect(threadsOf(parallel.stderr), parallel.stderr).toBe(2);
    expect(parallel.code).toBe(1);
    expect(parallel.stderr).not.toContain('error');
    expect(parallel.stdout).toBe(single.stdout);
    const doc = JSON.parse(parallel.stdout) as JsonReport;
    expect(doc.summary.files).toBe(242);
    expect(doc.summary.errors).toBe(80 + 80 + 3);
  }, 120_000);

  it('end the run with a one-line error, not a crash, when a report cannot be stored', async ({ expect }) => {
    const dir = copyFixture('basic');
    generatePages(dir, 240);
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    // The cache is written as reports arrive, from worker messages: a failure there must reach the exit code.
    const run = await runCliAsync(dir, ['--jobs', '2', '--cache', '--cache-location', 'notes.txt/cache'], { env: { CLAIMLINT_STATS: '1', CLAIMLINT_BYTES_PER_THREAD: '10000' } });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^claimlint: cannot write the cache file .*notes\.txt\/cache: a part of its path is a file, not a folder\n/);
    expect(run.stderr).not.toMatch(/\bat .*cli\.cjs/);
  }, 120_000);

  it('start only as many threads as the copy keeps busy, and no more than --jobs', async ({ expect }) => {
    const dir = copyFixture('basic');
    generatePages(dir, 240); // 25–30 KB of copy in all
    const run = async (jobs: string, perThread?: string) => threadsOf((await runCliAsync(dir, ['--jobs', jobs, '-f', 'json'], { env: { CLAIMLINT_STATS: '1', ...(perThread ? { CLAIMLINT_BYTES_PER_THREAD: perThread } : {}) } })).stderr);
    expect(await run('2')).toBe(1); // far below the default 2.5 MB a thread
    expect(await run('8', '12000')).toBe(2); // one per 12 KB
    expect(await run('3', '1000')).toBe(3); // --jobs is the most
  }, 120_000);

  it('are counted from file sizes read only until the count is decided', () => {
    const files = Array.from({ length: 400 }, (_, i) => `f${i}`);
    const read: string[] = [];
    const size = (file: string) => (read.push(file), 1000);
    expect(threadCount(4, files, size, 50_000)).toBe(4); // 400 KB: enough for 4
    expect(read).toHaveLength(200); // stopped at 4 × 50 KB
    expect(threadCount(4, files, () => 1000, 150_000)).toBe(2);
    expect(threadCount(4, files, () => 1000, 500_000)).toBe(1);
    expect(threadCount(4, files.slice(0, 20), () => 1e9, 1)).toBe(2); // one thread per batch of 16 files at most
    expect(threadCount(1, files, () => 1e9, 1)).toBe(1);
  });
});

/** Runs git in `dir` as a test user. */
const gitIn = (dir: string) => (...args: string[]) => execFileSync('git', ['-c', 'user.name=claimlint-test', '-c', 'user.email=test@example.invalid', ...args], { cwd: dir, stdio: 'pipe' });

/** Makes `dir` a git repository whose one commit holds everything in it. */
function commitAll(dir: string): void {
  const git = gitIn(dir);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'registry as published');
}

/** A temporary copy of the example campaign (five registry files, copy that uses all of them). */
function copyCampaign(): string {
  const dir = makeTempDir('claimlint-campaign');
  cpSync(path.join(projectRoot, 'examples/campaign'), dir, { recursive: true });
  return dir;
}

describe.concurrent('impact', () => {
  it('lists the claims whose verdict a registry change flipped', async ({ expect }) => {
    const dir = copyFixture('basic');
    commitAll(dir);
    // Store count drops below the "200+" the copy promises; first responses get faster.
    edit(dir, 'claims.registry.yaml', (t) => t.replace('evidence: { value: 212 }', 'evidence: { value: 150 }').replace('median: 2.5, p90: 6, within: { "1 h": 0.35', 'median: 0.4, p90: 0.9, within: { "1 h": 0.97'));

    const result = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const doc = JSON.parse(result.stdout) as JsonReport;
    expect(doc.impact!.base).toBe('HEAD');
    const stores = doc.impact!.changes.find((c) => c.entryId === 'stores.count')!;
    expect(stores).toMatchObject({ claims: 2, files: 2, byVerdict: { contradicted: 2 } });
    expect(stores.evidenceBefore).toContain('212');
    expect(stores.evidenceAfter).toContain('150');
    const support = doc.impact!.changes.find((c) => c.entryId === 'support.first-response')!;
    expect(support).toMatchObject({ claims: 2, files: 2, byVerdict: { supported: 2 } });
    // Unchanged verdicts ("over 500 locations" stays contradicted) are not listed.
    const all = doc.files.flatMap((f) => f.findings);
    expect(all.some((f) => f.claimText?.includes('over 500'))).toBe(false);
    expect(all.filter((f) => f.previousVerdict === 'supported' && f.verdict === 'contradicted')).toHaveLength(2);

    const stylish = await runCliAsync(dir, ['impact', '--base', 'HEAD']);
    expect(stylish.stdout).toMatch(/Impact of registry changes since HEAD:\n\s+stores\.count: .*212.* → .*150.*: 2 claims in 2 files \(2 now contradicted\)/);
    expect(stylish.stdout).toContain('Verdict changed: supported → contradicted.');
    const junit = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'junit']);
    expect(junit.stdout).toContain('Verdict changed: supported → contradicted.');
    const md = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'markdown']);
    expect(md.stdout).toContain('| supported → contradicted |');
    const bad = await runCliAsync(dir, ['impact', '--base', 'no-such-ref']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base no-such-ref is not a commit');
  }, 120_000);
  it('names the claim of every finding, claims that became supported too', async ({ expect }) => {
    const dir = copyFixture('basic');
    commitAll(dir);
    // First responses get faster: both "within 1 hour" promises become supported.
    edit(dir, 'claims.registry.yaml', (t) => t.replace('median: 2.5, p90: 6, within: { "1 h": 0.35', 'median: 0.4, p90: 0.9, within: { "1 h": 0.97'));
    const json = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as JsonReport;
    const findings = doc.files.flatMap((file) => file.findings.map((f) => ({ ...f, text: readFileSync(path.join(dir, file.path), 'utf8') })));
    expect(findings.map((f) => `${f.ruleId} ${f.previousVerdict} → ${f.verdict}`)).toEqual(['claim/supported contradicted → supported', 'claim/supported contradicted → supported']);
    for (const f of findings) {
      expect(f).toMatchObject({ claimText: 'within 1 hour', claimKind: 'bound' });
      expect(f.text.slice(f.offset, f.endOffset)).toBe('within 1 hour'); // at the claim, not at offset 0
    }
    const sarif = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'sarif']);
    const results = JSON.parse(sarif.stdout).runs[0].results as Array<{ properties: { claimKind: string | null }; locations: Array<{ physicalLocation: { region: { charLength: number } } }> }>;
    expect(results.map((r) => [r.properties.claimKind, r.locations[0].physicalLocation.region.charLength])).toEqual([['bound', 13], ['bound', 13]]);
  }, 120_000);
  it('fingerprints claims that became supported by their content, as a lint run does, so they survive line shifts', async ({ expect }) => {
    const dir = copyFixture('basic');
    commitAll(dir);
    edit(dir, 'claims.registry.yaml', (t) => t.replace('median: 2.5, p90: 6, within: { "1 h": 0.35', 'median: 0.4, p90: 0.9, within: { "1 h": 0.97'));
    type Doc = { files: Array<{ path: string; findings: Array<{ ruleId: string; line: number; fingerprint: string }> }> };
    const supported = async (args: string[]) => {
      const run = await runCliAsync(dir, [...args, '-f', 'json']);
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as Doc).files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'claim/supported').map((x) => ({ path: f.path, line: x.line, fingerprint: x.fingerprint })));
    };
    const before = await supported(['impact', '--base', 'HEAD']);
    expect(before.map((f) => f.path)).toEqual(['site/ads.yaml', 'site/landing.md']);
    for (const f of before) expect(f.fingerprint).toMatch(/^[0-9a-f]{20}$/);
    // The same identity a lint run reporting supported claims gives them (baselines, code scanning).
    const lint = await supported(['--report-supported']);
    for (const f of before) expect(lint).toContainEqual(f);
    // Lines shift above the claim: its line moves, its fingerprint does not.
    edit(dir, 'site/landing.md', (t) => t.replace('# Support that answers\n', '# Support that answers\n\nA new intro paragraph.\n\nAnd another one.\n'));
    const shifted = await supported(['impact', '--base', 'HEAD']);
    const landing = (list: typeof before) => list.find((f) => f.path === 'site/landing.md')!;
    expect(landing(shifted).line).toBe(landing(before).line + 4);
    expect(shifted.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
  }, 120_000);
  it('does not report a changed claim that a directive suppresses, nor count it', async ({ expect }) => {
    const dir = copyFixture('basic');
    edit(dir, 'site/landing.md', (t) => t.replace('Visit one of our 200+ stores today.', '<!-- claimlint-disable-next-line claim/contradicted -- flagship launch copy, approved -->\nVisit one of our 200+ stores today.'));
    commitAll(dir);
    // Store count drops below the "200+" of both files; landing.md's copy suppresses that finding.
    edit(dir, 'claims.registry.yaml', (t) => t.replace('evidence: { value: 212 }', 'evidence: { value: 150 }'));
    const lint = await runCliAsync(dir, ['-f', 'json']);
    const lintDoc = JSON.parse(lint.stdout) as JsonReport;
    expect(lintDoc.files.find((f) => f.path === 'site/landing.md')!.findings.some((f) => f.claimText?.includes('200+'))).toBe(false);

    const run = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.impact!.changes).toEqual([expect.objectContaining({ entryId: 'stores.count', claims: 1, files: 1, byVerdict: { contradicted: 1 } })]);
    const landing = doc.files.find((f) => f.path === 'site/landing.md')!;
    expect(landing.findings).toEqual([]);
    expect(landing.claims).toEqual([]);
    expect(doc.files.find((f) => f.path === 'site/ads.yaml')!.findings).toEqual([expect.objectContaining({ ruleId: 'claim/contradicted', previousVerdict: 'supported', claimText: expect.stringContaining('200+') })]);
    const stylish = await runCliAsync(dir, ['impact', '--base', 'HEAD']);
    expect(stylish.stdout).toContain('stores.count: current count 212 → current count 150: 1 claim in 1 file (1 now contradicted)');
    expect(stylish.stdout).not.toContain('site/landing.md');
  }, 120_000);
  it('reads the registry files the commit holds, so a deleted or renamed registry file counts as it was', async ({ expect }) => {
    const dir = copyCampaign();
    commitAll(dir);
    const git = gitIn(dir);
    const args = ['impact', '--base', 'HEAD', '--today', '2026-11-20'];

    // Renamed, content unchanged: the same registry on both sides.
    git('mv', 'registry/support.registry.yaml', 'registry/help.registry.yaml');
    const renamed = await runCliAsync(dir, args);
    expect(renamed.code, renamed.stdout).toBe(0);
    expect(renamed.stdout).toContain('Impact of registry changes since HEAD:\n  no claim changed its verdict\n');
    expect(renamed.stdout).not.toContain('Verdict changed');

    // Deleted: its claims lose their evidence, and "within 60 minutes" falls back to parts.delivery.time.
    git('reset', '-q', '--hard');
    git('rm', '-q', 'registry/support.registry.yaml');
    const deleted = await runCliAsync(dir, [...args, '-f', 'json']);
    expect(deleted.code, deleted.stderr).toBe(1);
    const doc = JSON.parse(deleted.stdout) as JsonReport;
    expect(doc.impact!.changes.find((c) => c.entryId === 'support.chat')).toMatchObject({ claims: 8, byVerdict: { unsubstantiated: 8 }, evidenceBefore: 'recorded hours: Mo-Fr 07:00-22:00; Sa,Su 09:00-17:00 (America/New_York)' });
    const ads = doc.files.find((f) => f.path === 'ads/autumn-campaign.yaml')!;
    expect(ads.findings.find((f) => f.claimText === 'within 60 minutes')).toMatchObject({ line: 35, previousVerdict: 'stale', verdict: 'contradicted' });
    // 17 with "Every email" in "Every email is answered within 24 hours", a claim of its own beside the bound.
    expect(doc.impact!.changes.reduce((n, c) => n + c.claims, 0)).toBe(17);
  }, 120_000);
  it('does not report a changed claim whose rule is off, as a lint run does not', async ({ expect }) => {
    const dir = copyFixture('basic');
    edit(dir, 'claimlint.config.yaml', (t) => `${t}rules: { claim/contradicted: off }\n`);
    commitAll(dir);
    edit(dir, 'claims.registry.yaml', (t) => t.replace('evidence: { value: 212 }', 'evidence: { value: 150 }'));
    const run = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.impact!.changes).toEqual([]);
    expect(doc.files.flatMap((f) => f.findings)).toEqual([]);
  }, 120_000);
  it('reads the configs as REF had them: its registry globs and ignore globs', async ({ expect }) => {
    const dir = copyFixture('basic');
    const git = gitIn(dir);
    // At REF the registry is data/support.yaml and site/ads.yaml is not linted.
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data/support.yaml'), readFileSync(path.join(dir, 'claims.registry.yaml')));
    writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: data/support.yaml\njurisdiction: US\nignore: [site/ads.yaml]\n');
    writeFileSync(path.join(dir, 'claims.registry.yaml'), 'version: 1\nentries: []\n'); // named by no config at REF
    commitAll(dir);
    // Now: the registry moved to registry/claims.yaml, the store count fell, ads.yaml is linted.
    mkdirSync(path.join(dir, 'registry'));
    git('mv', 'data/support.yaml', 'registry/claims.yaml');
    git('rm', '-q', 'claims.registry.yaml');
    edit(dir, 'registry/claims.yaml', (t) => t.replace('evidence: { value: 212 }', 'evidence: { value: 150 }'));
    writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: registry/claims.yaml\njurisdiction: US\n');
    const run = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as JsonReport;
    // Only the registry change shows, and only in the file REF linted.
    expect(doc.impact!.changes).toEqual([expect.objectContaining({ entryId: 'stores.count', claims: 1, files: 1, byVerdict: { contradicted: 1 }, evidenceBefore: 'current count 212', evidenceAfter: 'current count 150' })]);
    expect(doc.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.previousVerdict} → ${x.verdict}`))).toEqual(['site/landing.md supported → contradicted']);
  }, 120_000);
  it('says when a config had errors at REF, and reads what it can of it', async ({ expect }) => {
    const dir = copyFixture('basic');
    edit(dir, 'claimlint.config.yaml', (t) => `${t}jurisdiction: Mars\n`);
    commitAll(dir);
    edit(dir, 'claimlint.config.yaml', (t) => t.replace('jurisdiction: Mars\n', ''));
    const run = await runCliAsync(dir, ['impact', '--base', 'HEAD']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('claimlint: claimlint.config.yaml has errors at HEAD: impact reads what it can of it there.\n');
    expect(run.stdout).toContain('no claim changed its verdict');
  }, 120_000);
  it('compares a registry file outside the repository as it is now on both sides, and says so', async ({ expect }) => {
    const dir = copyCampaign();
    const shared = makeTempDir('claimlint-shared');
    cpSync(path.join(dir, 'registry/support.registry.yaml'), path.join(shared, 'support.registry.yaml'));
    const git = gitIn(dir);
    commitAll(dir);
    git('rm', '-q', 'registry/support.registry.yaml');
    git('commit', '-qm', 'the support registry moves to a shared folder');
    const outside = path.relative(dir, path.join(shared, 'support.registry.yaml'));
    const run = await runCliAsync(dir, ['impact', '--base', 'HEAD', '--today', '2026-11-20', '-r', outside, '-r', 'registry/*.registry.yaml']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('no claim changed its verdict');
    expect(run.stderr).toBe(`claimlint: ${outside} is outside the git repository: impact reads it as it is now on both sides.\n`);
  }, 120_000);
  it('shows no evidence before for an entry new since REF, not that of the entry its claims had then', async ({ expect }) => {
    const dir = copyCampaign();
    commitAll(dir);
    // REF has no support registry; the working tree adds it back, and with it roadside.arrival. At REF
    // the roadside promises were linked to parts.delivery.time ("46% within 1 day").
    gitIn(dir)('rm', '-q', '--cached', 'registry/support.registry.yaml');
    gitIn(dir)('commit', '-qm', 'no support registry yet');
    const args = ['impact', '--base', 'HEAD', '--today', '2026-11-20'];
    const json = await runCliAsync(dir, [...args, '-f', 'json']);
    expect(json.code, json.stderr).toBe(1);
    const doc = JSON.parse(json.stdout) as JsonReport;
    const roadside = doc.impact!.changes.find((c) => c.entryId === 'roadside.arrival')!;
    expect(roadside).toMatchObject({ claims: 2, files: 2, byVerdict: { stale: 2 }, evidenceAfter: 'measured: 84% within 60 minutes, 95% within 90 minutes, median 38 minutes, p90 72 minutes' });
    expect(roadside.evidenceBefore).toBeUndefined();
    // The claim did change entry: it was judged against parts.delivery.time at REF.
    expect(doc.files.flatMap((f) => f.findings).find((f) => f.claimText === 'within 60 minutes')).toMatchObject({ previousVerdict: 'contradicted', verdict: 'stale' });
    const line = 'roadside.arrival: (none) → measured: 84% within 60 minutes, 95% within 90 minutes, median 38 minutes, p90 72 minutes: 2 claims in 2 files (2 now stale)';
    expect((await runCliAsync(dir, args)).stdout).toContain(`\n  ${line}\n`);
    expect((await runCliAsync(dir, [...args, '-f', 'markdown'])).stdout).toContain(`\n- ${line}\n`);
    for (const out of [json.stdout, (await runCliAsync(dir, [...args, '-f', 'sarif'])).stdout]) expect(out).not.toContain('46% within 1 day');
  }, 120_000);
  it('refuses --fix, --fix-dry-run and --write-baseline, and does not offer --fix', async ({ expect }) => {
    const dir = copyFixture('basic');
    expect((await runCliAsync(dir, ['--write-baseline', 'claimlint-baseline.json'])).code).toBe(0);
    commitAll(dir);
    edit(dir, 'claims.registry.yaml', (t) => t.replace('evidence: { value: 212 }', 'evidence: { value: 150 }'));
    const before = ['site/landing.md', 'site/ads.yaml', 'claimlint-baseline.json'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
    for (const flags of [['--fix'], ['--fix-dry-run'], ['--write-baseline', 'claimlint-baseline.json'], ['--write-baseline', 'impact-baseline.json']]) {
      const run = await runCliAsync(dir, ['impact', '--base', 'HEAD', ...flags]);
      expect(run.code, flags.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^claimlint: claimlint impact reports .*; run claimlint --(fix|fix-dry-run|write-baseline) without impact\.\n/);
    }
    // Nothing was rewritten, the real baseline is intact, and no other baseline appeared.
    expect(['site/landing.md', 'site/ads.yaml', 'claimlint-baseline.json'].map((f) => readFileSync(path.join(dir, f), 'utf8'))).toEqual(before);
    expect(existsSync(path.join(dir, 'impact-baseline.json'))).toBe(false);

    // The "200+ stores" findings carry safe fixes, but impact does not point at a --fix it refuses:
    // the findings keep them (what a lint run would fix), the summary counts none as fixable.
    const json = await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'json']);
    const impactDoc = JSON.parse(json.stdout) as { summary: { fixable: number; errors: number }; files: Array<{ findings: Array<{ fixes: Array<{ safe: boolean }> }> }> };
    expect(impactDoc.summary).toMatchObject({ fixable: 0, errors: 2 });
    expect(impactDoc.files.flatMap((f) => f.findings).filter((f) => f.fixes.some((x) => x.safe))).toHaveLength(2);
    const stylish = await runCliAsync(dir, ['impact', '--base', 'HEAD']);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('Verdict changed: supported → contradicted.');
    expect(stylish.stdout).not.toContain('fixable');
    // A lint run still does.
    expect((await runCliAsync(dir, ['--baseline', 'claimlint-baseline.json'])).stdout).toMatch(/\n {2}\d+ fixable with --fix\n/);
  }, 120_000);
  it('says when the folder is not in a git repository, or git is missing', async ({ expect }) => {
    const dir = copyFixture('clean'); // a temporary folder, outside any repository
    const outside = await runCliAsync(dir, ['impact', '--base', 'HEAD']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe(`claimlint: ${dir} is not in a git repository: claimlint impact compares the registry with its version at a git ref\n`);
    const noGit = await runCliAsync(dir, ['impact', '--base', 'HEAD'], { env: { PATH: path.join(dir, 'no-such-bin') } });
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toBe('claimlint: claimlint impact needs git, which was not found on PATH\n');
  });
});

describe.concurrent('file system hazards', () => {
  it('reports a symlink loop as a notice and keeps going', async ({ expect }) => {
    const dir = copyFixture('clean');
    symlinkSync('.', path.join(dir, 'loop'));
    const result = await runCliAsync(dir, []);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/loop\n\s+1:1\s+warning\s+Skipped: symbolic link loop/);
  }, 120_000);
});

describe('a reader that stops early', () => {
  it.each([
    ['standard output', [], /^site\//],
    ['a report written to /dev/stdout', ['-f', 'json=/dev/stdout'], /^\{/],
  ])('closes the pipe of %s: the run drops the rest of its output quietly and keeps its exit code', async (_what, args, start) => {
    const dir = copyFixture('basic');
    generatePages(dir, 300);
    const child = spawn(process.execPath, [cliPath, '--jobs', '1', ...args, '.'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
    let stderr = '';
    let firstChunk = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Like `claimlint . | head -1`: read one chunk, then close the reading end.
    child.stdout.setEncoding('utf8').once('data', (d: string) => {
      firstChunk = d;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(firstChunk).toMatch(start);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at .*cli\.cjs/);
    expect(code).toBe(1); // findings, as with the whole output read
  });
});

describe('a slow reader', () => {
  it('gets the whole report written to /dev/stdout (a socket here, and full for a while)', async () => {
    const dir = copyFixture('basic');
    generatePages(dir, 300);
    runCli(dir, ['-f', 'json=whole.json', '.']);
    const child = spawn(process.execPath, [cliPath, '-f', 'json=/dev/stdout', '.'], { cwd: dir });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 1000);
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    const whole = readFileSync(path.join(dir, 'whole.json'), 'utf8');
    expect(whole.length).toBeGreaterThan(300_000); // far more than a socket buffer holds
    expect(Buffer.concat(chunks).toString('utf8')).toBe(whole);
  });
});

describe.concurrent('Ctrl-C during a run', () => {
  for (const jobs of ['1', '2']) {
    it(`on ${jobs} thread(s): exits 130 and leaves no report, cache or temporary file`, async ({ expect }) => {
      const dir = copyFixture('basic');
      generatePages(dir, 600);
      const child = spawn(process.execPath, [cliPath, '--jobs', jobs, '--cache', '-f', 'sarif=out.sarif', '-f', 'stylish', '.'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0', CLAIMLINT_BYTES_PER_THREAD: '1000' } });
      let stderr = '';
      let stdout = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      // Interrupted once the first file's findings are out: the run is under way.
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        if (!stdout) child.kill('SIGINT');
        stdout += d;
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, stderr).toBe(130);
      expect(stderr).toContain('claimlint: interrupted (SIGINT); no report or cache file was written');
      expect(stdout).not.toContain('problems'); // the summary line never came
      expect(readdirSync(dir).filter((f) => f === 'out.sarif' || f.startsWith('.claimlintcache') || f.endsWith('.tmp'))).toEqual([]);
    }, 60_000);
  }
});
