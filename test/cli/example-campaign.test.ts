// The README's first command: the shipped example campaign shows a finding of every verdict,
// each with its evidence and a link to its rule's documentation; the broken registry exits 2.
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { projectRoot, runCli } from './run-cli.js';

const VERDICT_RULES = ['claim/contradicted', 'claim/unsubstantiated', 'claim/stale', 'claim/needs-qualifier', 'claim/supported'];

describe('example campaign (README quick start)', () => {
  it('shows every verdict with evidence and a rule link, and exits 1', () => {
    const r = runCli(projectRoot, ['--report-supported', '--today', '2026-11-23', 'examples/campaign']);
    expect(r.code).toBe(1);
    const [findings, legend] = r.stdout.split('Rule docs:');
    for (const rule of VERDICT_RULES) {
      expect(findings, rule).toMatch(new RegExp(`\\s${rule}\\n`));
      expect(legend, rule).toContain(`${rule.replace('/', '-')}.md`);
    }
    // Every verdict except "unsubstantiated" rests on a registry entry whose evidence is printed.
    const lines = findings.split('\n');
    for (const rule of ['claim/contradicted', 'claim/stale', 'claim/needs-qualifier', 'claim/supported']) {
      const at = lines.findIndex((l) => l.endsWith(` ${rule}`));
      expect(lines[at + 1], rule).toMatch(/↳ Evidence: .+ — entry [a-z0-9.-]+/);
    }
  });

  it('reports the broken registry at exact positions and exits 2', () => {
    const r = runCli(path.join(projectRoot, 'examples/broken-registry'), []);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/registry\/syntax/);
    expect(r.stdout + r.stderr).toMatch(/\d+:\d+/);
  });
});
