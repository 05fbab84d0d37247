// Lints one file (or stdin text) within a Project into a FileReport; the same code runs in the
// main thread and in worker threads.
import * as path from 'node:path';
import {
  languageOf, LineIndex, lintDocument, severityOf, type Finding, type LintResult, type OffsetRange, type Registry, type RelatedLocation, type Settings,
} from '../core/index.js';
import type { Project } from '../node/project.js';
import { sourceFromBytes } from '../node/read-document.js';
import { fingerprint } from './fingerprint.js';
import { applySafeFixes, writeFileAtomically } from './fix.js';
import type { FileReport, ReportedClaim, ReportedFinding, ReportedRelated } from './report.js';

export type FixMode = 'none' | 'write' | 'dry-run';

export interface LintFileOptions {
  fix: FixMode;
  /** Use this registry instead of the project's (impact mode lints against the old one). */
  registry?: Registry;
  /** Keep every claim (json, html, impact need them; other formats only read findings). Default true. */
  claims?: boolean;
}

const MAX_FIX_PASSES = 5;

export function displayPath(cwd: string, uri: string): string {
  const rel = path.isAbsolute(uri) ? path.relative(cwd, uri) : uri;
  return rel.split(path.sep).join('/');
}

/** Lints a file from disk, or `stdin`'s bytes under that file's name. */
export function lintFile(project: Project, filePath: string, options: LintFileOptions, stdin?: Uint8Array): FileReport {
  const uri = path.resolve(project.cwd, filePath);
  const settings = project.settingsFor(uri);
  const read = stdin === undefined ? project.readDocument(uri) : sourceFromBytes(uri, stdin);
  if (!read.file) return buildReport(project.cwd, uri, read.lossyText ?? '', filterBySeverity(read.findings, settings), undefined);
  const file = read.file;
  const language = languageOf(uri) ?? 'markdown';
  const registry = options.registry ?? project.registryFor(uri).registry;
  let result = lintDocument(file, language, registry, settings);
  let text = file.text;

  let output: string | undefined;
  // A file the engine could not read fully is never rewritten: its ranges may not be trustworthy.
  if (options.fix !== 'none' && !result.findings.some((f) => f.ruleId === 'document/parse')) {
    let inserted: OffsetRange[] = [];
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixed = applySafeFixes(text, file.uri, result.findings, inserted);
      inserted = fixed.inserted;
      if (fixed.applied === 0 || fixed.text === text) break;
      text = fixed.text;
      result = lintDocument({ uri: file.uri, text }, language, registry, settings);
    }
    if (text !== file.text) {
      output = text;
      if (options.fix === 'write' && stdin === undefined) writeFileAtomically(uri, read.bom ? `\ufeff${text}` : text);
    }
  }
  const report = buildReport(project.cwd, uri, text, result.findings, options.claims === false ? undefined : result, output, (u) => project.registryLines(u));
  if (options.claims !== false) markSuppressedClaims(report, result, settings);
  return report;
}

/**
 * Marks the claims whose finding a directive suppressed: built, its rule on, yet not among the
 * findings. (A claim whose rule is off has a finding that was never reported; it is not suppressed.)
 */
function markSuppressedClaims(report: FileReport, result: LintResult, settings: Settings): void {
  const reported = new Set(result.findings);
  result.claims.forEach((c, i) => {
    if (c.finding && !reported.has(c.finding) && severityOf(c.finding.ruleId, settings) !== 'off') report.claims[i].suppressed = true;
  });
}

function filterBySeverity(findings: Finding[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const severity = severityOf(f.ruleId, settings);
    if (severity !== 'off') out.push(Object.assign({}, f, { severity: settings.severities[f.ruleId] ? severity : f.severity }));
  }
  return out;
}

/** The line index of a file a related location points into (a registry file), when its text is at hand. */
export type LinesOf = (uri: string) => LineIndex | undefined;

/** displayPath of a file related locations point into, worked out once: nearly every finding of a large run points into one of a few registry files. */
const relatedPaths = new Map<string, string>();
export function relatedPath(cwd: string, uri: string): string {
  const key = `${cwd}\0${uri}`;
  let shown = relatedPaths.get(key);
  if (shown === undefined) relatedPaths.set(key, (shown = displayPath(cwd, uri)));
  return shown;
}

/** Related locations with line and column; those in a file whose text is not at hand are left out. */
export function reportedRelated(cwd: string, related: readonly RelatedLocation[], linesOf: LinesOf): ReportedRelated[] {
  const out: ReportedRelated[] = [];
  for (const r of related) {
    const lines = linesOf(r.uri);
    if (lines) out.push({ uri: r.uri, path: relatedPath(cwd, r.uri), range: r.range, start: lines.position(r.range.start), end: lines.position(r.range.end), message: r.message });
  }
  return out;
}

/** The Finding fields reportedFinding copies as they are; it reduces `claim` and `related`. */
type CopiedFields = 'ruleId' | 'severity' | 'uri' | 'range' | 'message' | 'docsUrl' | 'verdict' | 'evidence' | 'entryId' | 'fixes';
/** Compile-time check: a new Finding field fails to compile here until it is listed above and copied below. */
type NothingLeft<T extends never> = T;
export type FindingFieldsNotReported = NothingLeft<Exclude<keyof Finding, CopiedFields | 'claim' | 'related'>>;

/**
 * A finding as reporters see it: line and column resolved (of its related locations too), the
 * claim reduced to a reference. Written out field by field: `{ ...f, more }` gets a new hidden
 * class per object on Node 20 (see scripts/markdown-parser-patch.mjs), and there is one per finding.
 */
function reportedFinding(f: Finding, lines: LineIndex, text: string, cwd: string, linesOf: LinesOf): ReportedFinding {
  const r: ReportedFinding = { ruleId: f.ruleId, severity: f.severity, uri: f.uri, range: f.range, message: f.message, docsUrl: f.docsUrl, fixes: f.fixes, start: lines.position(f.range.start), end: lines.position(f.range.end), fingerprint: fingerprint(f, text) };
  if (f.verdict !== undefined) r.verdict = f.verdict;
  if (f.evidence !== undefined) r.evidence = f.evidence;
  if (f.entryId !== undefined) r.entryId = f.entryId;
  if (f.claim) r.claim = { kind: f.claim.kind, text: f.claim.text, range: f.claim.range };
  if (f.related.length > 0) {
    const related = reportedRelated(cwd, f.related, linesOf);
    if (related.length > 0) r.related = related;
  }
  return r;
}

/** `linesOf` positions related locations in other files than this one (registry files). */
export function buildReport(cwd: string, uri: string, text: string, findings: Finding[], result?: LintResult, output?: string, linesOf?: LinesOf): FileReport {
  const lines = new LineIndex(text);
  const linesOfAny: LinesOf = (u) => (u === uri ? lines : linesOf?.(u));
  const reported = findings.map((f) => reportedFinding(f, lines, text, cwd, linesOfAny));
  reported.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  const claims: ReportedClaim[] = (result?.claims ?? []).map((c) => ({
    kind: c.claim.kind,
    text: c.claim.text,
    verdict: c.verdict,
    entryId: c.entryId,
    evidence: c.evidence,
    start: lines.position(c.claim.range.start),
    end: lines.position(c.claim.range.end),
    range: c.claim.range,
    message: c.finding?.message,
  }));
  const report: FileReport = { uri, path: displayPath(cwd, uri), findings: reported, claims };
  if (output !== undefined) report.output = output;
  return report;
}
