// GitHub Actions workflow commands: one annotation per finding, written as each file arrives.
// Escaping follows @actions/core: data escapes % CR LF; properties also escape : and ,.
import type { Sink } from '../output.js';
import type { FileReport } from '../report.js';
import { evidenceText } from './format-helpers.js';
import type { Reporter } from './index.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(sink: Sink): Reporter {
  return {
    start() {},
    file(file: FileReport) {
      let text = '';
      for (const f of file.findings) {
        const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
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
    end() {},
  };
}
