// A registry entry stub for a claim nobody has substantiated yet. It deliberately records no
// evidence: the registry then reports `registry/missing-evidence` until someone fills it in,
// instead of the stub "supporting" the claim with the copy's own figure.
import type { Claim, OffsetRange, Registry } from '../core/index.js';

export interface StubEdit {
  /** Where to insert in the registry file's text. */
  range: OffsetRange;
  newText: string;
  entryId: string;
}

const UNIT_NAMES: Record<string, string> = {
  millisecond: 'ms', second: 's', minute: 'min', hour: 'h', day: 'day', 'business-day': 'business-day', 'business-hour': 'business-hour', week: 'week', fortnight: 'fortnight',
};

export function slugId(text: string, registry: Registry): string {
  const base = 'todo.' + (text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'claim');
  let id = base;
  for (let n = 2; registry.byId.has(id); n++) id = `${base}-${n}`;
  return id;
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function unitName(claim: Claim): string | undefined {
  const unit = claim.quantity?.unit;
  if (!unit) return undefined;
  if (unit.startsWith('currency:')) return unit.slice('currency:'.length);
  return UNIT_NAMES[unit] ?? unit;
}

/** Entry lines (without the list indentation) describing the claim and asking for evidence. */
export function stubLines(claim: Pick<Claim, 'text' | 'keyword' | 'quantity' | 'kind'>, id: string, today: string, documentName: string): string[] {
  const terms = [claim.keyword, ...claim.text.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z-]{2,}$/.test(w))].filter((w): w is string => !!w);
  const unit = unitName(claim as Claim);
  const lines = [
    `- id: ${id}`,
    `  title: ${yamlString(`TODO: ${claim.text}`)}`,
    `  owner: TODO`,
    `  subjects: []`,
    `  terms: [${[...new Set(terms.map((t) => t.toLowerCase()))].slice(0, 4).map(yamlString).join(', ')}]`,
  ];
  if (unit) lines.push(`  unit: ${unit}`);
  lines.push(
    `  # evidence: add what was measured (median, mean, p90, within, reaching, value, schedule, coverage, ...)`,
    `  source: ${yamlString(`TODO: where the measurement comes from (claimed in ${documentName})`)}`,
    `  as_of: ${today}`,
  );
  return lines;
}

/**
 * An insertion that appends the stub to the registry file's `entries:` list, in the list's own
 * indentation and line ends; undefined for a list written in flow style (`entries: [{…}]`), which
 * block lines cannot join.
 */
export function stubEdit(registryText: string, claim: Pick<Claim, 'text' | 'keyword' | 'quantity' | 'kind'>, registry: Registry, today: string, documentName: string): StubEdit | undefined {
  const id = slugId(claim.text, registry);
  const newline = registryText.includes('\r\n') ? '\r\n' : '\n';
  const itemIndent = /^([ \t]*)-[ \t]+id:/m.exec(registryText)?.[1] ?? '  ';
  const body = stubLines(claim, id, today, documentName).map((l) => itemIndent + l).join(newline) + newline;
  const end = registryText.length;
  const needsBreak = end > 0 && !registryText.endsWith('\n');
  const emptyList = /^entries:[ \t]*\[[ \t]*\]([ \t]*#[^\r\n]*)?[ \t]*$/m.exec(registryText);
  if (emptyList) {
    // `entries: []` becomes a block list holding the stub (a comment after it stays on its line).
    const start = emptyList.index;
    return { range: { start, end: start + emptyList[0].length }, newText: `entries:${emptyList[1] ?? ''}${newline}${body.replace(/(\r?\n)$/, '')}`, entryId: id };
  }
  if (/^entries:[ \t]*[[{]/m.test(registryText)) return undefined;
  if (!/^entries:/m.test(registryText)) {
    const head = registryText.trim() === '' ? `version: 1${newline}` : needsBreak ? newline : '';
    return { range: { start: end, end }, newText: `${head}entries:${newline}${body}`, entryId: id };
  }
  const at = entriesBlockEnd(registryText);
  if (at < end) return { range: { start: at, end: at }, newText: body, entryId: id };
  return { range: { start: end, end }, newText: (needsBreak ? newline : '') + body, entryId: id };
}

/** Offset of the first top-level line after the `entries:` block (another key), or the text's end. */
function entriesBlockEnd(text: string): number {
  const entries = /^entries:[^\n]*\n/m.exec(text);
  if (!entries) return text.length;
  const pattern = /^[^\s#\-][^\n]*$/gm;
  pattern.lastIndex = entries.index + entries[0].length;
  const next = pattern.exec(text);
  return next ? next.index : text.length;
}
