// Stable machine format (schema documented in docs/cli.md, "json format"). Version 1: fields may be
// added, never renamed or removed. The summary precedes the files in the document, so file entries
// are serialised one by one into a spool and the document is assembled around them at the end.
import { Spool, type Sink } from '../output.js';
import type { FileReport, RunEnd, RunStart } from '../report.js';
import type { Reporter } from './index.js';

export const JSON_FORMAT_VERSION = 1;

function fileEntry(file: FileReport) {
  return {
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
      related: (f.related ?? []).map((r) => ({ path: r.path, line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column, offset: r.range.start, endOffset: r.range.end, message: r.message })),
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
  };
}

// One line: a 10,000-page run stays a fraction of the size; pipe through `jq` to read it.
export function json(sink: Sink): Reporter {
  let run: RunStart | undefined;
  const files = new Spool();
  return {
    start(start) {
      run = start;
    },
    file(file: FileReport) {
      files.write(`${files.empty ? '' : ','}${JSON.stringify(fileEntry(file))}`);
    },
    end({ totals: t, baselined }: RunEnd) {
      const head = {
        version: JSON_FORMAT_VERSION,
        tool: run?.tool,
        registry: run?.registry,
        summary: { files: t.files, errors: t.errors, warnings: t.warnings, infos: t.infos, fixable: t.fixable, baselined },
      };
      // The head object's text without its closing brace, then the files array, then what follows it.
      sink.write(`${JSON.stringify(head).slice(0, -1)},"files":[`);
      files.drainTo(sink);
      sink.write(`]${run?.impact ? `,"impact":${JSON.stringify(run.impact)}` : ''}}\n`);
    },
  };
}
