// Default human format: grouped by file, "line:col severity message rule", evidence on a second line.
// Each file's block is written as it arrives; the rule docs and the summary follow the last file.
import type { Sink } from '../output.js';
import type { FileReport, ImpactChange, RunEnd, RunStart } from '../report.js';
import { plural } from '../report.js';
import { evidenceText } from './format-helpers.js';
import type { Reporter, ReporterContext } from './index.js';

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', dim: '\u001b[2m', bold: '\u001b[1m', underline: '\u001b[4m', reset: '\u001b[0m' };

// File names and registry text go to a terminal: their control characters (C0, DEL, C1) are written
// as escapes ("\x1b", "\n"), so none can recolour, clear or retitle it or break a finding's line.
// Only paint() writes ESC.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function printable(text: string): string {
  return text.replace(CONTROL, (c) => SHORT_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function stylish(sink: Sink, context: ReporterContext): Reporter {
  const paint = (code: keyof typeof ANSI, text: string) => (context.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  let impact: RunStart['impact'];
  let wroteLine = false;
  // Each rule that fired, once, with its documentation page: what it means and how to fix it.
  const docs = new Map<string, string>();
  const writeLines = (lines: string[]) => {
    if (lines.length === 0) return;
    sink.write(`${lines.join('\n')}\n`);
    wroteLine = true;
  };
  return {
    start(run) {
      impact = run.impact;
    },
    file(file: FileReport) {
      for (const f of file.findings) if (f.docsUrl && !docs.has(f.ruleId)) docs.set(f.ruleId, f.docsUrl);
      if (file.findings.length === 0) return;
      const out = [paint('underline', printable(file.path))];
      const rows = file.findings.map((f) => ({ pos: `${f.start.line}:${f.start.column}`, f }));
      const posWidth = Math.max(...rows.map((r) => r.pos.length));
      for (const { pos, f } of rows) {
        const severity = f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info   ');
        out.push(`  ${paint('dim', pos.padEnd(posWidth))}  ${severity}  ${printable(f.message)}  ${paint('dim', f.ruleId)}`);
        const evidence = evidenceText(f.evidence);
        const entry = f.entryId ?? f.evidence?.entryId;
        // Related locations as file:line, which terminals and editors open: the entry's beside its
        // id, any other (a registry problem's first definition) on a line of its own.
        const related = f.related ?? [];
        const entryAt = entry === undefined ? undefined : related.find((r) => r.message.startsWith(`Registry entry ${entry}:`));
        if (evidence || entry) {
          const parts = [evidence ? `Evidence: ${evidence}` : undefined, entry ? `entry ${entry}${entryAt ? ` (${entryAt.path}:${entryAt.start.line})` : ''}` : undefined].filter(Boolean);
          out.push(`  ${' '.repeat(posWidth)}  ${paint('dim', `↳ ${printable(parts.join(' — '))}`)}`);
        }
        for (const r of related) {
          if (r !== entryAt) out.push(`  ${' '.repeat(posWidth)}  ${paint('dim', `↳ see ${printable(`${r.path}:${r.start.line}: ${r.message}`)}`)}`);
        }
      }
      out.push('');
      writeLines(out);
    },
    end({ totals: t, baselined }: RunEnd) {
      const out: string[] = [];
      if (impact) {
        out.push(paint('bold', `Impact of registry changes since ${printable(impact.base)}:`));
        if (impact.changes.length === 0) out.push('  no claim changed its verdict');
        for (const change of impact.changes) out.push(`  ${printable(impactLine(change))}`);
        out.push('');
      }
      if (docs.size) {
        const width = Math.max(...[...docs.keys()].map((k) => k.length));
        out.push(paint('dim', 'Rule docs:'));
        for (const [rule, url] of [...docs].sort(([a], [b]) => a.localeCompare(b))) out.push(paint('dim', `  ${rule.padEnd(width)}  ${printable(url)}`));
        out.push('');
      }
      const problems = t.errors + t.warnings + t.infos;
      if (problems > 0) {
        const summary = `✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}${t.infos ? `, ${t.infos} info` : ''}) in ${plural(t.filesWithFindings, 'file')}`;
        out.push(paint('bold', t.errors > 0 ? paint('red', summary) : paint('yellow', summary)));
        // Always 0 in claimlint impact, which refuses --fix.
        if (t.fixable > 0) out.push(`  ${t.fixable} fixable with --fix`);
      } else if (!context.quiet) out.push(`✔ ${plural(t.files, 'file')} checked, no problems`);
      if (baselined > 0) out.push(paint('dim', `  ${plural(baselined, 'finding')} hidden by the baseline`));
      writeLines(out);
      // An empty report is one line break, as it always was.
      if (!wroteLine) sink.write('\n');
    },
  };
}

export function impactLine(change: ImpactChange): string {
  const verdicts = Object.entries(change.byVerdict).map(([v, n]) => `${n} now ${v}`).join(', ');
  const evidence = change.evidenceBefore !== change.evidenceAfter ? `${change.evidenceBefore ?? '(none)'} → ${change.evidenceAfter ?? '(removed)'}: ` : '';
  return `${change.entryId}: ${evidence}${plural(change.claims, 'claim')} in ${plural(change.files, 'file')} (${verdicts})`;
}
