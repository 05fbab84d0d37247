// Code actions for one copy document, from its current lint result: the engine's fixes per
// diagnostic (replace figure, add qualifier, registry stub, suppress), the server's own stub and
// suppression where the engine offers none, and `source.fixAll.claimlint` for the safe fixes.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { quotable, type DocumentLanguage, type Finding, type LintResult } from '../core/index.js';
import { FIX_ALL_KIND } from './capabilities.js';
import type { ClaimRecord } from './claim-text.js';
import { isClaimlintData, toLspFix, type LspFix, type LspTextEdit, type MapperLookup } from './diagnostics.js';
import { buildWorkspaceEdit, nonOverlapping, type EditCapabilities, type VersionLookup } from './edits.js';
import { rangesOverlap, toOffsets } from './positions.js';
import { suppressionEdit } from './suppression.js';

export interface CodeActionContext {
  doc: TextDocument;
  language: DocumentLanguage;
  /** The lint result of the document's current version. */
  result: LintResult;
  mapperFor: MapperLookup;
  /** Edits that add a registry entry stub for a claim (into the first registry file or a new one). */
  stubFor: (record: ClaimRecord) => { edits: LspTextEdit[]; createUri?: string; entryId: string } | undefined;
  editCaps: EditCapabilities;
  versionOf: VersionLookup;
}

export function buildCodeActions(params: CodeActionParams, ctx: CodeActionContext): CodeAction[] {
  const { doc, result } = ctx;
  const uri = doc.uri;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const lspFixes = (finding: Finding): LspFix[] => finding.fixes
    .map((f) => toLspFix(f, (u) => (u === uri ? doc : ctx.mapperFor(u))))
    .filter((f): f is LspFix => !!f);

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (!isClaimlintData(diagnostic.data)) continue;
      // Answer from the current lint (offsets from an older version would edit the wrong text).
      const wanted = toOffsets(doc, diagnostic.range);
      const finding = result.findings.find((f) => f.ruleId === diagnostic.code && rangesOverlap(f.range, wanted));
      if (!finding) continue;
      const fixes = lspFixes(finding);
      const claim = finding.claim;
      const record = claim ? result.claims.find((c) => c.claim.range.start === claim.range.start && c.claim.range.end === claim.range.end) : undefined;
      if (finding.verdict === 'unsubstantiated' && record) {
        const stub = ctx.stubFor(record);
        const edit = stub && buildWorkspaceEdit(stub.edits, ctx.editCaps, ctx.versionOf, stub.createUri);
        if (stub && edit) actions.push({ title: `Create registry entry ${stub.entryId} for “${quotable(record.claim.text)}”`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit });
      }
      if (!fixes.some((f) => f.kind === 'suppress') && finding.ruleId.startsWith('claim/')) {
        const edit = suppressionEdit(uri, doc.getText(), ctx.language, finding.range, finding.ruleId);
        const converted = edit && toLspFix({ kind: 'suppress', title: `Suppress ${finding.ruleId} here (with a reason)`, safe: false, edits: [edit] }, () => doc);
        if (converted) fixes.push(converted);
      }
      for (const fix of fixes) {
        const edit = buildWorkspaceEdit(fix.edits, ctx.editCaps, ctx.versionOf);
        if (edit) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, isPreferred: fix.kind === 'replace-figure' || undefined });
      }
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const safe: LspTextEdit[] = [];
    for (const finding of result.findings) {
      for (const fix of lspFixes(finding)) if (fix.safe && fix.edits.every((e) => e.uri === uri)) safe.push(...fix.edits);
    }
    const edits = nonOverlapping(safe, (e) => toOffsets(doc, e.range));
    const edit = edits.length > 0 ? buildWorkspaceEdit(edits, ctx.editCaps, ctx.versionOf) : undefined;
    if (edit) actions.push({ title: `Fix all safe claimlint problems (${edits.length})`, kind: FIX_ALL_KIND, edit });
  }
  return actions;
}
