// A hand-built RunReport for reporter tests: every verdict, awkward characters in paths and messages.
import type { Claim, Evidence, Finding } from '../../src/core/index.js';
import type { ReportedClaim, ReportedFinding, RunReport } from '../../src/cli/report.js';

const evidence: Evidence = { entryId: 'support.first-response', summary: '90% of tickets answered within 6 h', statistic: 'p90', value: 6, unit: 'hour', source: 'Helpdesk export, Oct 2026', asOf: '2026-10-31' };

function claim(kind: Claim['kind'], text: string, start: number): Claim {
  return { kind, range: { start, end: start + text.length }, text, sentence: text, comparator: '<=', qualifiers: [], context: [] };
}

function finding(partial: Partial<ReportedFinding> & Pick<ReportedFinding, 'ruleId' | 'severity' | 'message'>, line: number, column: number, length: number): ReportedFinding {
  const base: Omit<Finding, 'claim' | 'related' | 'ruleId' | 'severity' | 'message'> = { uri: '/project/site/a|b.md', range: { start: 100 + line, end: 100 + line + length }, docsUrl: `https://example.test/rules/${partial.ruleId.replace('/', '-')}.md`, fixes: [] };
  return { ...base, start: { line, column }, end: { line, column: column + length }, fingerprint: `fp-${line}-${column}`, ...partial } as ReportedFinding;
}

export function sampleReport(): RunReport {
  const contradicted = finding({
    ruleId: 'claim/contradicted', severity: 'error', verdict: 'contradicted', entryId: 'support.first-response', evidence,
    message: '"reply within 1 hour" promises more than measured: 35% of tickets are answered within 1 h.',
    claim: claim('bound', 'reply within 1 hour', 103),
    fixes: [{ kind: 'replace-figure', title: 'Replace with "within 6 hours"', safe: true, edits: [{ uri: '/project/site/a|b.md', range: { start: 117, end: 123 }, newText: '6 hours' }] }],
  }, 3, 5, 19);
  const unsubstantiated = finding({
    ruleId: 'claim/unsubstantiated', severity: 'warning', verdict: 'unsubstantiated',
    message: 'No registry entry backs "over 500 locations" <b>& "friends"</b>, 100%: check',
    claim: claim('count', 'over 500 locations', 210),
  }, 7, 1, 18);
  const directive = finding({ ruleId: 'directive/unused', severity: 'info', message: 'This suppression directive suppresses nothing.' }, 9, 1, 40);
  const claims: ReportedClaim[] = [
    { kind: 'bound', text: 'reply within 1 hour', verdict: 'contradicted', entryId: 'support.first-response', evidence, start: { line: 3, column: 5 }, end: { line: 3, column: 24 }, range: { start: 103, end: 122 }, message: contradicted.message },
    { kind: 'count', text: 'over 500 locations', verdict: 'unsubstantiated', start: { line: 7, column: 1 }, end: { line: 7, column: 19 }, range: { start: 210, end: 228 }, message: unsubstantiated.message },
    { kind: 'schedule', text: 'open 7 days', verdict: 'supported', entryId: 'stores.hours', evidence: { ...evidence, entryId: 'stores.hours', summary: 'Open Mo-Su 09:00-18:00' }, start: { line: 8, column: 1 }, end: { line: 8, column: 12 }, range: { start: 229, end: 240 } },
    { kind: 'figure', text: '45 mpg', verdict: 'stale', entryId: 'fuel.aero', start: { line: 10, column: 1 }, end: { line: 10, column: 7 }, range: { start: 250, end: 256 } },
  ];
  return {
    tool: { name: 'claimlint', version: '0.1.0', informationUri: 'https://github.com/claimlint/claimlint' },
    cwd: '/project',
    registry: { found: true, files: ['claims.registry.yaml'], entries: 3, origin: 'claimlint.config.yaml' },
    files: [
      { uri: '/project/site/a|b.md', path: 'site/a|b.md', findings: [contradicted, unsubstantiated, directive], claims },
      { uri: '/project/site/clean page.md', path: 'site/clean page.md', findings: [], claims: [] },
    ],
    baselined: 0,
  };
}
