// A Markdown summary for $GITHUB_STEP_SUMMARY or a pull-request comment: totals, then one table row per finding.
import type { RunReport } from '../report.js';
import { plural, totals } from '../report.js';
import { evidenceText } from './format-helpers.js';
import { impactLine } from './stylish.js';

// Table cells cannot hold pipes or line breaks; HTML-significant characters are escaped for PR comments.
const cell = (s: string) => s.replace(/[\\`*_<>|]/g, (c) => (c === '|' ? '\\|' : `\\${c}`)).replace(/\r?\n/g, '<br>');
const MAX_ROWS = 500;

export function markdown(report: RunReport): string {
  const t = totals(report);
  const out: string[] = [];
  const icon = t.errors > 0 ? '❌' : t.warnings > 0 ? '⚠️' : '✅';
  out.push(`### ${icon} claimlint: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')} in ${plural(t.filesWithFindings, 'file')} of ${t.files}`);
  out.push('');
  if (!report.registry.found) out.push('> **No registry found**: every claim is reported as unsubstantiated. Add a `*.registry.yaml` file or set `registry` in `claimlint.config.yaml`.', '');
  if (report.impact) {
    out.push(`**Impact of registry changes since \`${cell(report.impact.base)}\`**`, '');
    if (report.impact.changes.length === 0) out.push('No claim changed its verdict.', '');
    for (const change of report.impact.changes) out.push(`- ${cell(impactLine(change))}`);
    out.push('');
  }
  const rows = report.files.flatMap((file) => file.findings.map((f) => ({ file, f })));
  if (rows.length > 0) {
    out.push('| File | Line | Severity | Verdict | Claim | Evidence | Rule |', '| --- | ---: | --- | --- | --- | --- | --- |');
    for (const { file, f } of rows.slice(0, MAX_ROWS)) {
      const verdict = f.previousVerdict ? `${f.previousVerdict} → ${f.verdict ?? ''}` : (f.verdict ?? '');
      const entry = f.entryId ?? f.evidence?.entryId;
      const evidence = [evidenceText(f.evidence), entry ? `\`${entry}\`` : undefined].filter(Boolean).join(' — ');
      out.push(`| ${cell(file.path)} | ${f.start.line} | ${f.severity} | ${cell(verdict)} | ${cell(f.message)} | ${evidence ? cell(evidence).replace(/\\`/g, '`') : ''} | [${f.ruleId}](${f.docsUrl}) |`);
    }
    if (rows.length > MAX_ROWS) out.push('', `… and ${rows.length - MAX_ROWS} more; see the full report.`);
  }
  if (report.baselined > 0) out.push('', `${plural(report.baselined, 'finding')} hidden by the baseline.`);
  return `${out.join('\n')}\n`;
}
