// Applies suppression directives to a document's findings and reports directives that are
// malformed, lack a required reason, or suppress nothing.
import type { Directive } from './documents/text-unit.js';
import type { LineIndex } from './documents/line-index.js';
import type { Finding, Settings } from './types.js';
import { makeFinding, severityOf } from './settings.js';

function ruleMatches(rules: string[], ruleId: string): boolean {
  if (rules.length === 0) return true;
  return rules.some((r) => r === '*' || r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}

export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  lines: LineIndex,
  uri: string,
  settings: Settings,
): Finding[] {
  const used = new Set<Directive>();
  const blocks = directives.filter((d) => !d.malformed && (d.kind === 'disable' || d.kind === 'enable')).sort((a, b) => a.range.start - b.range.start);
  const kept = findings.filter((f) => {
    const line = lines.position(f.range.start).line;
    for (const d of directives) {
      if (d.malformed || !ruleMatches(d.rules, f.ruleId)) continue;
      if ((d.kind === 'disable-line' && d.line === line) || (d.kind === 'disable-next-line' && nextContentLine(lines, d) === line)) {
        used.add(d);
        return false;
      }
    }
    // Block directives: the last disable/enable before the finding that names its rule decides.
    let disabledBy: Directive | undefined;
    for (const d of blocks) {
      if (d.range.start > f.range.start) break;
      if (!ruleMatches(d.rules, f.ruleId)) continue;
      disabledBy = d.kind === 'disable' ? d : undefined;
    }
    if (disabledBy) {
      used.add(disabledBy);
      return false;
    }
    return true;
  });
  const report = (rule: Parameters<typeof makeFinding>[0], d: Directive, message: string) => {
    const severity = severityOf(rule, settings);
    if (severity !== 'off') kept.push(makeFinding(rule, uri, d.range, message, settings, severity));
  };
  for (const d of directives) {
    if (d.malformed) report('directive/malformed', d, `Suppression directive could not be read: ${d.malformed}.`);
    else if (settings.requireSuppressionReason && d.kind !== 'enable' && !d.reason) {
      report('directive/missing-reason', d, `Suppression directive 'claimlint-${d.kind}' gives no reason; add one after ' -- '.`);
    }
    if (!d.malformed && d.kind !== 'enable' && !used.has(d)) {
      report('directive/unused', d, `Suppression directive 'claimlint-${d.kind}${d.rules.length ? ' ' + d.rules.join(' ') : ''}' suppresses nothing.`);
    }
  }
  return kept;
}

/** The line a disable-next-line directive applies to: the next line (comments on their own line included). */
function nextContentLine(lines: LineIndex, d: Directive): number {
  const endLine = lines.position(d.range.end).line;
  return endLine + 1;
}
