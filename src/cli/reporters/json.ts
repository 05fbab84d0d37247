// Stable machine format (schema documented in docs/cli.md, "json format"). Version 1: fields may be
// added, never renamed or removed.
import type { RunReport } from '../report.js';
import { totals } from '../report.js';

export const JSON_FORMAT_VERSION = 1;

export function json(report: RunReport): string {
  const t = totals(report);
  const doc = {
    version: JSON_FORMAT_VERSION,
    tool: report.tool,
    registry: report.registry,
    summary: { files: t.files, errors: t.errors, warnings: t.warnings, infos: t.infos, fixable: t.fixable, baselined: report.baselined },
    files: report.files.map((file) => ({
      path: file.path,
      findings: file.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.start.line,
        column: f.start.column,
        endLine: f.end.line,
        endColumn: f.end.column,
        offset: f.range.start,
        endOffset: f.range.end,
        verdict: f.verdict ?? null,
        previousVerdict: f.previousVerdict ?? null,
        claimKind: f.claim?.kind ?? null,
        claimText: f.claim?.text ?? null,
        entryId: f.entryId ?? f.evidence?.entryId ?? null,
        evidence: f.evidence ?? null,
        docsUrl: f.docsUrl,
        fingerprint: f.fingerprint,
        fixes: f.fixes.map((x) => ({ kind: x.kind, title: x.title, safe: x.safe, edits: x.edits })),
      })),
      claims: file.claims.map((c) => ({
        kind: c.kind,
        text: c.text,
        verdict: c.verdict,
        previousVerdict: c.previousVerdict ?? null,
        entryId: c.entryId ?? null,
        evidence: c.evidence ?? null,
        line: c.start.line,
        column: c.start.column,
        endLine: c.end.line,
        endColumn: c.end.column,
      })),
      ...(file.output !== undefined ? { output: file.output } : {}),
    })),
    ...(report.impact ? { impact: report.impact } : {}),
  };
  // One line: a 10,000-page run stays a fraction of the size; pipe through `jq` to read it.
  return `${JSON.stringify(doc)}\n`;
}
