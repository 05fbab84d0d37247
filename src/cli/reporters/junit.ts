// JUnit XML: a test suite per file, a failing test case per finding, a passing case for clean files.
import type { RunReport } from '../report.js';
import { totals } from '../report.js';
import { escapeXml, evidenceText } from './format-helpers.js';

export function junit(report: RunReport): string {
  const t = totals(report);
  const failures = t.errors + t.warnings + t.infos;
  const tests = report.files.reduce((n, f) => n + Math.max(1, f.findings.length), 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="claimlint" tests="${tests}" failures="${failures}" errors="0">`];
  for (const file of report.files) {
    const name = escapeXml(file.path);
    out.push(`  <testsuite name="${name}" tests="${Math.max(1, file.findings.length)}" failures="${file.findings.length}" errors="0">`);
    if (file.findings.length === 0) out.push(`    <testcase name="${name}" classname="${name}"/>`);
    for (const f of file.findings) {
      const evidence = evidenceText(f.evidence);
      const body = [`${file.path}:${f.start.line}:${f.start.column} ${f.severity} ${f.message}`, evidence ? `Evidence: ${evidence}` : '', f.docsUrl].filter(Boolean).join('\n');
      out.push(`    <testcase name="${escapeXml(`${f.start.line}:${f.start.column} ${f.ruleId}`)}" classname="${name}">`);
      out.push(`      <failure message="${escapeXml(f.message)}" type="${escapeXml(`${f.severity} ${f.ruleId}`)}">${escapeXml(body)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
