// Devices, pipes, symbolic links and byte order marks where the CLI reads or writes its own files:
// a device is written directly and never replaced, one that never ends is not read, a pipe found
// by discovery does not block the run, --fix writes through links and keeps a BOM, and standard
// input is decoded like a file.
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from './run-cli.js';

/**
 * A character device to write to: a fresh /dev/null twin in the test's folder where the tests may
 * make one (as root, as in CI), else /dev/null itself, which a user without root cannot replace.
 */
function nullDevice(dir: string, name: string): string {
  const file = path.join(dir, name);
  try {
    execFileSync('mknod', ['-m', '666', file, 'c', '1', '3'], { stdio: 'ignore' });
    return file;
  } catch {
    return '/dev/null';
  }
}

const isCharacterDevice = (file: string) => lstatSync(file).isCharacterDevice();

describe('devices as the CLI’s own files', () => {
  it('writes the cache, the baseline and a report into a device without replacing it', () => {
    const dir = copyFixture('basic');
    for (const [flags, name] of [[['--cache', '--cache-location'], 'cache-dev'], [['--write-baseline'], 'baseline-dev'], [['-f'], 'report-dev']] as const) {
      const device = nullDevice(dir, name);
      const target = flags[0] === '-f' ? `json=${device}` : device;
      const run = runCli(dir, [...flags, target, 'site/landing.md']);
      expect(run.stderr).not.toMatch(/cannot write|internal error/);
      expect(isCharacterDevice(device), `${flags.join(' ')} ${device}`).toBe(true);
    }
  });

  it('does not read a cache or baseline from a device that never ends', () => {
    const dir = copyFixture('basic');
    const cache = runCli(dir, ['--cache', '--cache-location', '/dev/zero', '-f', 'json', 'site/landing.md']);
    expect(cache.code).toBe(1);
    expect(JSON.parse(cache.stdout).files).toHaveLength(1);
    expect(isCharacterDevice('/dev/zero')).toBe(true);
    const baseline = runCli(dir, ['--baseline', '/dev/zero', 'site/landing.md']);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('cannot read the baseline /dev/zero: it is a device or special file, not a regular file');
  });
});

describe('named pipes where files are discovered', () => {
  it('skips a FIFO named like an ignore file and reports one named like a config, without blocking', () => {
    const dir = copyFixture('basic');
    execFileSync('mkfifo', [path.join(dir, 'site/.claimlintignore')]);
    const ignored = runCli(dir, ['-f', 'json', 'site']);
    expect(ignored.code).toBe(1);
    expect(JSON.parse(ignored.stdout).files.map((f: { path: string }) => f.path)).toEqual(['site/ads.yaml', 'site/landing.md']);
    execFileSync('mkfifo', [path.join(dir, 'site/.claimlintrc.yaml')]);
    const config = runCli(dir, ['site']);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/site\/\.claimlintrc\.yaml\n\s+1:1\s+error\s+Config: cannot read the file \(it is a named pipe \(FIFO\), not a regular file\)/);
  });
});

describe('--fix', () => {
  it('writes through a symbolic link and keeps a byte order mark', () => {
    const dir = copyFixture('basic');
    writeFileSync(path.join(dir, 'target.md'), 'Our support team will reply within 1 hour.\n');
    symlinkSync('target.md', path.join(dir, 'link.md'));
    writeFileSync(path.join(dir, 'bom.md'), '\ufeffOur support team will reply within 1 hour.\n');
    const run = runCli(dir, ['--fix', 'link.md', 'bom.md']);
    expect(run.stderr).toContain('--fix rewrote 2 files');
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    const fixed = readFileSync(path.join(dir, 'target.md'), 'utf8');
    expect(fixed).not.toContain('within 1 hour');
    const bom = readFileSync(path.join(dir, 'bom.md'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.toString('utf8').slice(1)).toBe(fixed);
    expect(statSync(path.join(dir, 'bom.md')).isFile()).toBe(true);
  });
});

describe('standard input', () => {
  const dir = copyFixture('basic');
  const page = 'Our support team will reply within 1 hour.\n';
  const firstFinding = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ findings: Array<{ ruleId: string; line: number; column: number }> }> }).files[0].findings[0];

  it('drops a byte order mark, as for a file', () => {
    writeFileSync(path.join(dir, 'page.md'), `\ufeff${page}`);
    const fromFile = firstFinding(runCli(dir, ['-f', 'json', 'page.md']).stdout);
    const fromStdin = firstFinding(runCli(dir, ['-f', 'json', '-'], { input: `\ufeff${page}` }).stdout);
    expect([fromStdin.line, fromStdin.column]).toEqual([fromFile.line, fromFile.column]);
    const withoutBom = firstFinding(runCli(dir, ['-f', 'json', '-'], { input: page }).stdout);
    expect([fromStdin.line, fromStdin.column]).toEqual([withoutBom.line, withoutBom.column]);
  });

  it('refuses binary content and invalid UTF-8 with a positioned document/parse error', () => {
    const binary = runCli(dir, ['-f', 'json', '-'], { input: 'ab\0cd 24/7\n' });
    expect(binary.code).toBe(1);
    expect(firstFinding(binary.stdout).ruleId).toBe('document/parse');
    const invalid = runCli(dir, ['-f', 'json', '-'], { input: Buffer.from([...Buffer.from('chat '), 0xff, 0xfe, ...Buffer.from(' 24/7\n')]) });
    expect(invalid.code).toBe(1);
    expect(firstFinding(invalid.stdout)).toMatchObject({ ruleId: 'document/parse', line: 1, column: 6 });
  });
});

describe('arguments checked before the run', () => {
  const dir = copyFixture('basic');
  it.each([
    [['--today', '2026-13-45'], '--today must be a real date, not "2026-13-45".'],
    [['--today', '2026-02-30'], '--today must be a real date, not "2026-02-30".'],
    [['-f', 'json=out.json', '-f', 'sarif=./out.json'], '--format json=out.json and --format sarif=./out.json write the same file; give each its own file.'],
    [['-f', 'json=out.json', '-f', `sarif=${path.join(dir, 'out.json')}`], `--format json=out.json and --format sarif=${path.join(dir, 'out.json')} write the same file`],
    [['-f', 'json=site/../b.json', '--write-baseline', 'b.json'], '--format json=site/../b.json and --write-baseline b.json write the same file'],
    [['--cache', '-f', 'sarif=.claimlintcache'], '--format sarif=.claimlintcache and --cache-location .claimlintcache write the same file'],
    [['-f', 'json=site/landing.md'], '--format json=site/landing.md names a file this run lints; give it another file.'],
    [['impact', '--base', 'HEAD', '-'], 'claimlint impact lints files on disk with the registry at both refs; it cannot read standard input.'],
  ])('%j', (args, message) => {
    const landing = readFileSync(path.join(dir, 'site/landing.md'), 'utf8');
    const run = runCli(dir, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readFileSync(path.join(dir, 'site/landing.md'), 'utf8')).toBe(landing);
  });

  it('refuses a report over the baseline it applies, and allows rewriting a baseline in place', () => {
    expect(runCli(dir, ['--write-baseline', 'base.json']).code).toBe(0);
    const baseline = readFileSync(path.join(dir, 'base.json'), 'utf8');
    const over = runCli(dir, ['--baseline', 'base.json', '-f', 'json=./base.json']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('--format json=./base.json would overwrite the baseline base.json');
    expect(readFileSync(path.join(dir, 'base.json'), 'utf8')).toBe(baseline);
    expect(runCli(dir, ['--baseline', 'base.json', '--write-baseline', 'base.json']).code).toBe(0);
  });
});
