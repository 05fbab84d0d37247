// GitHub Actions workflow commands: one annotation per finding, written as each file arrives.
// Escaping follows @actions/core: data escapes % CR LF; properties also escape : and ,.
import type { Sink } from '../output.js';
import type { FileReport } from '../report.js';
import { evidenceText } from './format-helpers.js';
import type { Reporter } from './index.js';
import { MARKDOWN_MAX_ROWS } from './markdown.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Annotations of one kind (error, warning, notice) GitHub shows for a step; it drops the rest silently. */
export const ANNOTATIONS_SHOWN_PER_KIND = 10;

export function github(sink: Sink): Reporter {
  const counts = { error: 0, warning: 0, notice: 0 };
  return {
    start() {},
    file(file: FileReport) {
      let text = '';
      for (const f of file.findings) {
        const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
        counts[command]++;
        const props = [
          `file=${escapeProperty(file.path)}`,
          `line=${f.start.line}`,
          `col=${f.start.column}`,
          `endLine=${f.end.line}`,
          `endColumn=${f.end.column}`,
          `title=${escapeProperty(`claimlint ${f.ruleId}${f.verdict ? ` (${f.verdict})` : ''}`)}`,
        ].join(',');
        const evidence = evidenceText(f.evidence);
        const message = [f.message, evidence ? `Evidence: ${evidence}` : undefined, f.docsUrl].filter(Boolean).join('\n');
        text += `::${command} ${props}::${escapeData(message)}\n`;
      }
      if (text) sink.write(text);
    },
    end() {
      // A plain log line, not an annotation: one more annotation of a full kind would be dropped too.
      const hidden = (Object.keys(counts) as Array<keyof typeof counts>).filter((k) => counts[k] > ANNOTATIONS_SHOWN_PER_KIND);
      if (hidden.length === 0) return;
      const tally = hidden.map((k) => `${counts[k]} ${k}s`).join(' and ');
      // The markdown summary's table stops at MARKDOWN_MAX_ROWS findings.
      const total = counts.error + counts.warning + counts.notice;
      const where = total > MARKDOWN_MAX_ROWS
        ? `All of them are in this log and in the SARIF upload; the job summary (--format markdown) lists the first ${MARKDOWN_MAX_ROWS}.`
        : 'All of them are in this log, and in the job summary (--format markdown) or the SARIF upload.';
      sink.write(`claimlint: ${tally} annotated; GitHub shows the first ${ANNOTATIONS_SHOWN_PER_KIND} of each kind in a step. ${where}\n`);
    },
  };
}
