// Invariants every engine result must satisfy, whatever the input: ranges inside the text they
// point into and on character boundaries, edits well-formed. Each returns a list of violations
// (empty when all hold) so a failing case says exactly what broke.
import type { Finding, LintResult, OffsetRange, Registry } from '../../src/core/index.js';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Is `offset` between the two halves of a surrogate pair? */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function rangeProblems(what: string, range: OffsetRange, text: string): string[] {
  const out: string[] = [];
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end)) out.push(`${what}: non-integer range ${JSON.stringify(range)}`);
  if (range.start < 0 || range.end > text.length || range.start > range.end) out.push(`${what}: range ${range.start}-${range.end} outside 0-${text.length} or reversed`);
  if (splitsSurrogatePair(text, range.start)) out.push(`${what}: start ${range.start} splits a surrogate pair`);
  if (splitsSurrogatePair(text, range.end)) out.push(`${what}: end ${range.end} splits a surrogate pair`);
  return out;
}

/** Every range of a finding that points into a known text (the document or a registry file). */
export function findingProblems(finding: Finding, texts: Map<string, string>): string[] {
  const out: string[] = [];
  const label = `${finding.ruleId} "${finding.message.slice(0, 60)}"`;
  const check = (what: string, uri: string, range: OffsetRange) => {
    const text = texts.get(uri);
    if (text === undefined) out.push(`${label}: ${what} points into unknown file ${uri}`);
    else out.push(...rangeProblems(`${label}: ${what}`, range, text));
  };
  check('range', finding.uri, finding.range);
  if (finding.claim) {
    check('claim.range', finding.uri, finding.claim.range);
    if (finding.claim.figureRange) check('claim.figureRange', finding.uri, finding.claim.figureRange);
  }
  for (const r of finding.related) check('related', r.uri, r.range);
  for (const fix of finding.fixes) for (const e of fix.edits) check(`fix "${fix.title.slice(0, 40)}"`, e.uri, e.range);
  if (typeof finding.message !== 'string' || finding.message.length === 0) out.push(`${label}: empty message`);
  return out;
}

export function lintProblems(result: LintResult, uri: string, text: string, registryTexts: Map<string, string>): string[] {
  const texts = new Map(registryTexts);
  texts.set(uri, text);
  const out: string[] = [];
  for (const f of result.findings) {
    if (f.uri !== uri) out.push(`${f.ruleId}: finding on ${f.uri}, not the document ${uri}`);
    out.push(...findingProblems(f, texts));
  }
  for (const c of result.claims) out.push(...rangeProblems(`claim "${c.claim.text.slice(0, 40)}"`, c.claim.range, text));
  return out;
}

export function registryProblems(findings: Finding[], registry: Registry, texts: Map<string, string>): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (!f.ruleId.startsWith('registry/')) out.push(`registry finding with rule ${f.ruleId}: ${f.message}`);
    out.push(...findingProblems(f, texts));
  }
  for (const e of registry.entries) {
    const text = texts.get(e.location.uri);
    if (text === undefined) out.push(`entry ${e.id}: location in unknown file ${e.location.uri}`);
    else out.push(...rangeProblems(`entry ${e.id} location`, e.location.range, text));
  }
  return out;
}

/** A stable text form of a result, for determinism checks (Maps and undefined fields normalised). */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
}
