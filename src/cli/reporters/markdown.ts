// A Markdown summary for $GITHUB_STEP_SUMMARY or a pull-request comment: totals, then one table row
// per finding. The totals head the text, so it is written at the end; at most MARKDOWN_MAX_ROWS rows are kept.
import type { Sink } from '../output.js';
import type { FileReport, RunEnd, RunStart } from '../report.js';
import { plural } from '../report.js';
import { evidenceText } from './format-helpers.js';
import type { Reporter } from './index.js';
import { impactLine } from './stylish.js';

// File names and registry text must render as themselves. Every character that can start inline
// syntax (emphasis, code, links, HTML, entities, strikethrough) is backslash-escaped, pipes too (a
// table row splits on them), and a line break (LF, CRLF or a lone CR) becomes <br>: a table row is one line.
const text = (s: string) => s.replace(/[\\`*_~[\]<>&|]/g, '\\$&').replace(/\r\n?|\n/g, '<br>');

/**
 * Text as a code span, where backslash escapes are not read: the fence is one backtick longer than
 * any run inside, and a space pads text that starts or ends with a backtick or space (one is
 * stripped from each side). Line breaks render as spaces in a code span anyway. In a table cell GFM
 * splits the row on pipes first and reads \| as a pipe even in code, so pipes are written \|; a
 * backslash before a pipe cannot be shown in code there, and such text is written as plain text.
 */
function code(s: string, inTable: boolean): string {
  let body = s.replace(/\r\n?|\n/g, ' ');
  if (inTable) {
    if (body.includes('\\|')) return text(s);
    body = body.replace(/\|/g, '\\|');
  }
  const fence = '`'.repeat((body.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0) + 1);
  const pad = /^[` ]|[` ]$/.test(body) && /[^ ]/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Rows the table keeps; the findings after them are counted in a last line. */
export const MARKDOWN_MAX_ROWS = 500;

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
        if (rowCount++ >= MARKDOWN_MAX_ROWS) continue;
        const verdict = f.previousVerdict ? `${f.previousVerdict} → ${f.verdict ?? ''}` : (f.verdict ?? '');
        const entry = f.entryId ?? f.evidence?.entryId;
        const evidence = evidenceText(f.evidence);
        const evidenceCell = [evidence && text(evidence), entry && code(entry, true)].filter(Boolean).join(' — ');
        rows.push(`| ${text(file.path)} | ${f.start.line} | ${f.severity} | ${text(verdict)} | ${text(f.message)} | ${evidenceCell} | [${f.ruleId}](${f.docsUrl}) |`);
      }
    },
    end({ totals: t, baselined }: RunEnd) {
      const out: string[] = [];
      const icon = t.errors > 0 ? '❌' : t.warnings > 0 ? '⚠️' : '✅';
      out.push(`### ${icon} claimlint: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')} in ${plural(t.filesWithFindings, 'file')} of ${t.files}`);
      out.push('');
      if (!run?.registry.found) out.push('> **No registry found**: every claim is reported as unsubstantiated. Add a `*.registry.yaml` file or set `registry` in `claimlint.config.yaml`.', '');
      if (run?.impact) {
        out.push(`**Impact of registry changes since ${code(run.impact.base, false)}**`, '');
        if (run.impact.changes.length === 0) out.push('No claim changed its verdict.', '');
        for (const change of run.impact.changes) out.push(`- ${text(impactLine(change))}`);
        out.push('');
      }
      if (rowCount > 0) {
        out.push('| File | Line | Severity | Verdict | Claim | Evidence | Rule |', '| --- | ---: | --- | --- | --- | --- | --- |');
        out.push(...rows);
        if (rowCount > MARKDOWN_MAX_ROWS) out.push('', `… and ${rowCount - MARKDOWN_MAX_ROWS} more; see the full report.`);
      }
      if (baselined > 0) out.push('', `${plural(baselined, 'finding')} hidden by the baseline.`);
      sink.write(`${out.join('\n')}\n`);
    },
  };
}
