import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_LINE_PATTERN, problemLines } from '../../../src/extension/problem-lines.js';

const root = path.resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const matcher = manifest.contributes.problemMatchers[0];

const report = (files: unknown[], summary = { files: files.length, errors: 1, warnings: 1, infos: 0 }) =>
  JSON.stringify({ version: 1, summary, files });

describe('problem lines for the $claimlint matcher', () => {
  it('the manifest uses the same expression as the line writer', () => {
    expect(matcher.pattern.regexp).toBe(PROBLEM_LINE_PATTERN);
    expect(matcher.fileLocation).toEqual(['relative', '${workspaceFolder}']);
  });

  // Each row: a finding as the CLI's JSON reports it, the line written, and what VS Code reads back.
  const rows = [
    {
      name: 'error with a multi-line message keeps only the first line',
      path: 'site/aero 1.5.md',
      finding: { ruleId: 'claim/contradicted', severity: 'error', message: '“45 mpg” is not kept: median 38.2 mpg.\nEvidence: …', line: 16, column: 51, endLine: 16, endColumn: 63 },
      line: 'site/aero 1.5.md:16:51-16:63: error claim/contradicted “45 mpg” is not kept: median 38.2 mpg.',
      read: { file: 'site/aero 1.5.md', line: '16', column: '51', endLine: '16', endColumn: '63', severity: 'error', code: 'claim/contradicted', message: '“45 mpg” is not kept: median 38.2 mpg.' },
    },
    {
      name: 'percent signs and colons in the message survive unescaped',
      path: 'ads/q4.yaml',
      finding: { ruleId: 'claim/needs-qualifier', severity: 'warning', message: '“99.99% uptime”: needs “in 2026”', line: 3, column: 9, endLine: 4, endColumn: 2 },
      line: 'ads/q4.yaml:3:9-4:2: warning claim/needs-qualifier “99.99% uptime”: needs “in 2026”',
      read: { file: 'ads/q4.yaml', line: '3', column: '9', endLine: '4', endColumn: '2', severity: 'warning', code: 'claim/needs-qualifier', message: '“99.99% uptime”: needs “in 2026”' },
    },
    {
      name: 'info severity',
      path: 'registry/a.registry.yaml',
      finding: { ruleId: 'directive/unused', severity: 'info', message: 'suppresses nothing', line: 1, column: 1, endLine: 1, endColumn: 40 },
      line: 'registry/a.registry.yaml:1:1-1:40: info directive/unused suppresses nothing',
      read: { file: 'registry/a.registry.yaml', line: '1', column: '1', endLine: '1', endColumn: '40', severity: 'info', code: 'directive/unused', message: 'suppresses nothing' },
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const { lines } = problemLines(report([{ path: row.path, findings: [row.finding] }]));
      expect(lines).toEqual([row.line]);
      const m = new RegExp(matcher.pattern.regexp).exec(lines[0]);
      expect(m).not.toBeNull();
      const p = matcher.pattern;
      expect({ file: m![p.file], line: m![p.line], column: m![p.column], endLine: m![p.endLine], endColumn: m![p.endColumn], severity: m![p.severity], code: m![p.code], message: m![p.message] }).toEqual(row.read);
    });
  }

  it('summarises the run', () => {
    const { summary } = problemLines(report([], { files: 6, errors: 1, warnings: 15, infos: 0 }));
    expect(summary).toBe('claimlint: 1 error, 15 warnings, 0 infos in 6 files');
  });

  it('rejects text that is not a version-1 report', () => {
    expect(() => problemLines('{"version":2,"files":[]}')).toThrow(/version 1/);
    expect(() => problemLines('not json')).toThrow();
  });

  const cli = path.join(root, 'dist/cli.cjs');
  const campaign = path.join(root, 'examples/campaign');
  it.runIf(existsSync(cli) && existsSync(campaign))('every finding of the real CLI on the example campaign becomes a matching line', () => {
    let stdout = '';
    try {
      stdout = execFileSync(process.execPath, [cli, '--format', 'json', '--no-color', '.'], { cwd: campaign, encoding: 'utf8' });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout; // exit code 1: findings
    }
    const parsed = JSON.parse(stdout) as { files: Array<{ findings: unknown[] }> };
    const { lines } = problemLines(stdout);
    expect(lines.length).toBe(parsed.files.reduce((n, f) => n + f.findings.length, 0));
    for (const line of lines) expect(line).toMatch(new RegExp(matcher.pattern.regexp));
  });
});
