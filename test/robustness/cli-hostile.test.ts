// The hostile-fixture suite through the real command (dist/cli.cjs, built by the global setup):
// each fixture gets a clear error or notice at its file, the run goes on to the ordinary page,
// exit codes are the documented ones (0 clean, 1 findings, 2 usage/config/registry error), and
// everything finishes within generous time limits.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dir.js';
import { aliasBomb, makeHostileWorkspace, ORDINARY, REGISTRY, type HostileWorkspace } from './hostile-fixtures.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(projectRoot, 'dist/cli.cjs');
const TODAY = '2026-11-23';
/** Generous: the run must end, not be fast; a hang or an exponential blow-up would exceed it by far. */
const LIMIT_MS = 60_000;

interface Run { code: number; stdout: string; stderr: string; ms: number }

function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args, '--today', TODAY, '--no-color'], { cwd, env: { ...process.env, ...env }, timeout: LIMIT_MS * 2, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

interface JsonFinding { ruleId: string; severity: string; message: string; line: number; column: number }
interface JsonReport { files: Array<{ path: string; findings: JsonFinding[] }> }
const findingsOf = (report: JsonReport, file: string) => report.files.find((f) => f.path === file)?.findings ?? [];

let ws: HostileWorkspace;
beforeAll(() => {
  ws = makeHostileWorkspace();
});
afterAll(() => rmSync(ws.root, { recursive: true, force: true }));

describe('CLI: hostile fixtures in one run', () => {
  let result: Run;
  let report: JsonReport;
  beforeAll(async () => {
    // The named pipe is named explicitly: folder walks only pick regular files.
    result = await run(ws.root, ['site', ws.files.unreadable, '--format', 'json']);
    report = JSON.parse(result.stdout) as JsonReport;
  }, LIMIT_MS * 2);

  it('finishes in bounded time, exits 1 (errors found) and does not crash', () => {
    expect(result.ms).toBeLessThan(LIMIT_MS);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/RangeError|TypeError|Maximum call stack|at .*\.cjs:\d+/);
  });

  it('still checks the ordinary page', () => {
    expect(findingsOf(report, ws.files.ordinary).map((f) => f.ruleId)).toEqual(['claim/contradicted']);
  });

  it.each([
    ['huge', 'document/limit', /Skipped: 50\.0 MB is over the 2\.0 MB size limit/],
    ['binary', 'document/parse', /binary content \(NUL byte at byte 5\)/],
    ['invalidUtf8', 'document/parse', /invalid UTF-8 at byte 3/],
    ['deepMarkdown', 'document/limit', /nest deeper than 64 levels/],
    ['deepYaml', 'document/limit', /nest deeper than 64 levels/],
    ['unreadable', 'document/parse', /cannot read the file \(it is a named pipe \(FIFO\), not a regular file\)/],
    ['loop', 'document/limit', /symbolic link loop/],
  ] as const)('%s: one clear, positioned notice at the file', (key, rule, message) => {
    const findings = findingsOf(report, ws.files[key]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: rule });
    expect(findings[0].message).toMatch(message);
    expect(findings[0].line).toBeGreaterThanOrEqual(1);
    expect(findings[0].column).toBeGreaterThanOrEqual(1);
  });

  it('invalid UTF-8 is reported at the bad byte\'s line and column', () => {
    expect(findingsOf(report, ws.files.invalidUtf8)[0]).toMatchObject({ line: 1, column: 4 });
  });

  it('an alias bomb in copy YAML is not expanded: its own headline is still checked', () => {
    const findings = findingsOf(report, ws.files.aliasBomb);
    expect(findings.some((f) => f.ruleId === 'claim/contradicted' && f.line === 10)).toBe(true);
  });

  it('ReDoS-shaped registry terms are literals: the long attack lines link nothing and the real claim is found', () => {
    const findings = findingsOf(report, ws.files.redos);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['claim/contradicted', 3]]);
  });
});

describe('CLI: hostile registries exit 2 with a positioned registry error', () => {
  it.each([
    ['an alias bomb', aliasBomb().replace('headline', 'entries_note'), /too many alias expansions/],
    ['10,000 levels of nesting', `entries:\n  - id: x\n    title: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, /nests deeper than \d+ levels/],
    ['binary content', 'version: 1\nentries:\n  - id: a\u0000b\n', /binary content/],
  ])('%s', async (_name, text, message) => {
    // A folder of its own: the default registry globs would pick this file up in the shared workspace.
    const dir = makeTempDir('claimlint-hostile-registry');
    writeFileSync(path.join(dir, 'page.md'), ORDINARY);
    writeFileSync(path.join(dir, 'bad.registry.yaml'), text);
    const result = await run(dir, ['page.md']);
    expect(result.ms).toBeLessThan(LIMIT_MS);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the registry has errors/);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/registry\/syntax/);
  });
});

describe('CLI: exit codes with notices only', () => {
  it('warnings alone (a refused deep file) exit 0; --max-warnings 0 makes them exit 1; a usage error exits 2', async () => {
    expect((await run(ws.root, [ws.files.deepMarkdown])).code).toBe(0);
    expect((await run(ws.root, [ws.files.deepMarkdown, '--max-warnings', '0'])).code).toBe(1);
    expect((await run(ws.root, [ws.files.deepMarkdown, '--max-warnings', 'lots'])).code).toBe(2);
  }, LIMIT_MS * 3);
});

describe('CLI: per-file time budget', () => {
  it('warns on stderr, naming the file, when checking it takes longer than the budget', async () => {
    const result = await run(ws.root, [ws.files.ordinary], { CLAIMLINT_FILE_BUDGET_MS: '0.001' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/claimlint: warning: site\/ordinary\.md took \d+\.\d s to check, over the per-file budget/);
  });

  it('stays quiet within the budget', async () => {
    const result = await run(ws.root, [ws.files.ordinary]);
    expect(result.stderr).not.toMatch(/per-file budget/);
  });
});

describe('CLI --fix: atomic writes, never touching files it could not parse', () => {
  it('rewrites the fixable page (mode kept, no temp files left) and leaves unreadable and unparsable files byte for byte', async () => {
    const dir = path.join(ws.root, 'fix');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'claims.registry.yaml'), REGISTRY);
    writeFileSync(path.join(dir, 'page.md'), ORDINARY);
    chmodSync(path.join(dir, 'page.md'), 0o640);
    const latin1 = Buffer.concat([Buffer.from('Our email support team replies within 1 hour. Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(path.join(dir, 'latin1.md'), latin1);
    // Broken front matter: a document/parse finding, so its (fixable) claim must not be rewritten.
    const broken = '---\ntitle: [unclosed\n---\nOur email support team replies within 1 hour.\n';
    writeFileSync(path.join(dir, 'broken.md'), broken);
    const result = await run(dir, ['.', '--fix']);
    expect(result.ms).toBeLessThan(LIMIT_MS);
    const fixed = readFileSync(path.join(dir, 'page.md'), 'utf8');
    expect(fixed).not.toBe(ORDINARY);
    expect(fixed).toMatch(/^Our email support team replies within \d+ hours\.\n$/);
    expect(statSync(path.join(dir, 'page.md')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(dir, 'latin1.md')).equals(latin1)).toBe(true);
    expect(readFileSync(path.join(dir, 'broken.md'), 'utf8')).toBe(broken);
    expect(readdirSync(dir).filter((f) => f.includes('.claimlint-'))).toEqual([]);
    // The fixed page is clean on a second run; the broken ones are still reported.
    const again = await run(dir, ['page.md']);
    expect(again.code).toBe(0);
  }, LIMIT_MS * 2);
});
