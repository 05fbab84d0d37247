// Finding (core) -> LSP Diagnostic, carrying in `data` everything code actions need so that they
// can be answered without re-linting.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import { entryLocation, type Finding, type FixKind, type Registry, type Severity } from '../core/index.js';
import { toRange, type PositionMapper } from './positions.js';

export const SOURCE = 'claimlint';

export interface LspTextEdit {
  uri: string;
  range: Range;
  newText: string;
}

export interface LspFix {
  kind: FixKind;
  title: string;
  safe: boolean;
  edits: LspTextEdit[];
}

/**
 * What a claimlint diagnostic carries in `data`: enough to find its finding again and to show
 * which fixes exist. The edits themselves come from code actions, computed against the current
 * text (keeps every publish small: a long page has hundreds of diagnostics per keystroke).
 */
export interface DiagnosticData {
  /** Kinds of the fixes the finding has ('replace-figure', 'add-qualifier', 'suppress'; a registry stub is offered for every unsubstantiated claim). */
  fixes: FixKind[];
  entryId?: string;
  verdict?: string;
}

/** Finds a position mapper for a file the finding points into (the document, a registry file). */
export type MapperLookup = (uri: string) => PositionMapper | undefined;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspFix(fix: Finding['fixes'][number], mappers: MapperLookup): LspFix | undefined {
  const edits: LspTextEdit[] = [];
  for (const edit of fix.edits) {
    const mapper = mappers(edit.uri);
    // An edit into a file the server cannot position is dropped with its fix, never guessed.
    if (!mapper) return undefined;
    edits.push({ uri: edit.uri, range: toRange(mapper, edit.range), newText: edit.newText });
  }
  return { kind: fix.kind, title: fix.title, safe: fix.safe, edits };
}

export function toDiagnostic(finding: Finding, docMapper: PositionMapper, mappers: MapperLookup, registry?: Registry): Diagnostic {
  // Claims linked to an entry always point at it, even when the engine added no related location.
  const entry = finding.entryId ? registry?.byId.get(finding.entryId) : undefined;
  const locations = entry && !finding.related.some((r) => r.uri === entry.location.uri) ? [...finding.related, entryLocation(entry)] : finding.related;
  const related: DiagnosticRelatedInformation[] = [];
  for (const rel of locations) {
    const mapper = mappers(rel.uri);
    if (mapper) related.push({ location: { uri: rel.uri, range: toRange(mapper, rel.range) }, message: rel.message });
  }
  const data: DiagnosticData = { fixes: finding.fixes.map((f) => f.kind) };
  if (finding.entryId) data.entryId = finding.entryId;
  if (finding.verdict) data.verdict = finding.verdict;
  const diagnostic: Diagnostic = {
    range: toRange(docMapper, finding.range),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (related.length > 0) diagnostic.relatedInformation = related;
  if (finding.ruleId === 'directive/unused') diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function isClaimlintData(value: unknown): value is DiagnosticData {
  const v = value as DiagnosticData | undefined;
  return !!v && typeof v === 'object' && Array.isArray(v.fixes);
}
