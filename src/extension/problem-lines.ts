// Turns the CLI's stable JSON report (docs/cli.md, "json format", version 1) into one plain line per
// finding for the `$claimlint` problem matcher:
//   <path>:<line>:<column>-<endLine>:<endColumn>: <severity> <rule id> <message>
// Done here rather than by matching the CLI's `github` format, whose %-escaping (%25, %0A) would
// leak into the Problems panel. No vscode import: unit-tested on its own.

/** The same expression as the `$claimlint` problem matcher in package.json. */
export const PROBLEM_LINE_PATTERN =
  '^(.+?):(\\d+):(\\d+)-(\\d+):(\\d+): (error|warning|info) ([a-z]+/[a-z-]+) (.*)$';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ProblemLines {
  lines: string[];
  summary: string;
}

/** Lines for every finding in a CLI JSON report; throws when the text is not such a report. */
export function problemLines(jsonText: string): ProblemLines {
  const report = JSON.parse(jsonText) as {
    version?: unknown;
    files?: Array<{ path: string; findings?: JsonFinding[] }>;
    summary?: { files?: number; errors?: number; warnings?: number; infos?: number };
  };
  if (report.version !== 1 || !Array.isArray(report.files)) throw new Error('not a claimlint JSON report (version 1)');
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings ?? []) {
      // Messages are one line in the Problems panel; anything after a newline is detail.
      const message = String(f.message).split(/\r?\n/)[0];
      const severity = f.severity === 'error' || f.severity === 'warning' ? f.severity : 'info';
      lines.push(`${file.path}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}: ${severity} ${f.ruleId} ${message}`);
    }
  }
  const s = report.summary ?? {};
  const plural = (n: number | undefined, word: string) => `${n ?? 0} ${word}${n === 1 ? '' : 's'}`;
  const summary = `claimlint: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${plural(s.files ?? report.files.length, 'file')}`;
  return { lines, summary };
}
