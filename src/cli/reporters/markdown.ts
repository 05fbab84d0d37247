// A Markdown summary for $GITHUB_STEP_SUMMARY or a pull-request comment: totals, then one table row
// per finding. The totals head the text, so it is written at the end; at most MAX_ROWS rows are kept.
import type { Sink } from '../output.js';
import type { FileReport, RunEnd, RunStart } from '../report.js';
import { plural } from '../report.js';
import { evidenceText } from './format-helpers.js';
import type { Reporter } from './index.js';
import { impactLine } from './stylish.js';

// Table cells cannot hold pipes or line breaks; HTML-significant characters are escaped for PR comments.
const cell = (s: string) => s.replace(/[\\`*_<>|]/g, (c) => (c === '|' ? '\\|' : `\\${c}`)).replace(/\r?\n/g, '<br>');
const MAX_ROWS = 500;

export function markdown(sink: Sink): Reporter {
  let run: RunStart | undefined;
  const rows: string[] = [];
  let rowCount = 0;
  return {
    start(start) {
      run = start;
    },
    file(file: FileReport) {
      for (const f of file.findings) {
        if (rowCount++ >= MAX_ROWS) continue;
        const verdict = f.previousVerdict ? `${f.previousVerdict} → ${f.verdict ?? ''}` : (f.verdict ?? '');
        const entry = f.entryId ?? f.evidence?.entryId;
        const evidence = [evidenceText(f.evidence), entry ? `\`${entry}\`` : undefined].filter(Boolean).join(' — ');
        rows.push(`| ${cell(file.path)} | ${f.start.line} | ${f.severity} | ${cell(verdict)} | ${cell(f.message)} | ${evidence ? cell(evidence).replace(/\\`/g, '`') : ''} | [${f.ruleId}](${f.docsUrl}) |`);
      }
    },
    end({ totals: t, baselined }: RunEnd) {
      const out: string[] = [];
      const icon = t.errors > 0 ? '❌' : t.warnings > 0 ? '⚠️' : '✅';
      out.push(`### ${icon} claimlint: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')} in ${plural(t.filesWithFindings, 'file')} of ${t.files}`);
      out.push('');
      if (!run?.registry.found) out.push('> **No registry found**: every claim is reported as unsubstantiated. Add a `*.registry.yaml` file or set `registry` in `claimlint.config.yaml`.', '');
      if (run?.impact) {
        out.push(`**Impact of registry changes since \`${cell(run.impact.base)}\`**`, '');
        if (run.impact.changes.length === 0) out.push('No claim changed its verdict.', '');
        for (const change of run.impact.changes) out.push(`- ${cell(impactLine(change))}`);
        out.push('');
      }
      if (rowCount > 0) {
        out.push('| File | Line | Severity | Verdict | Claim | Evidence | Rule |', '| --- | ---: | --- | --- | --- | --- | --- |');
        out.push(...rows);
        if (rowCount > MAX_ROWS) out.push('', `… and ${rowCount - MAX_ROWS} more; see the full report.`);
      }
      if (baselined > 0) out.push('', `${plural(baselined, 'finding')} hidden by the baseline.`);
      sink.write(`${out.join('\n')}\n`);
    },
  };
}
