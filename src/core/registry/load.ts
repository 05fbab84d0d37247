// Loads registry files into one Registry. Every problem becomes a positioned registry/* finding; a
// broken entry is skipped and the rest still load; nothing throws.
import type { Finding, OffsetRange, Registry, RegistryEntry, RuleId, SourceFile } from '../types.js';
import { makeFinding } from '../settings.js';
import { LineIndex } from '../documents/line-index.js';
import { parseRegistryText, rangeAt, rangeOfNode, resolvePath, type YamlFile } from './yaml-source.js';
import { validateRegistryData } from './schema.js';
import { buildEntry, type EntryProblem, type RawEntry } from './entry.js';
import { isScalar, type Scalar } from 'yaml';

export interface RegistryLoadOptions {
  /** Today's date (YYYY-MM-DD), passed in by the adapter, for expiry. */
  today: string;
  docsBaseUrl: string;
}

export interface RegistryLoadResult {
  registry: Registry;
  findings: Finding[];
}

/** Rules whose findings keep an entry out of the registry (expiry only warns: claims become stale). */
const SKIPS_ENTRY: ReadonlySet<RuleId> = new Set<RuleId>([
  'registry/syntax', 'registry/schema', 'registry/unknown-unit', 'registry/missing-evidence', 'registry/contradictory-evidence',
]);

/** The file name a message names a registry file by (its folder is the reader's own context). */
function baseName(uri: string): string {
  return uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);
}

export function loadRegistry(files: SourceFile[], options: RegistryLoadOptions): RegistryLoadResult {
  const entries: RegistryEntry[] = [];
  const byId = new Map<string, RegistryEntry>();
  const findings: Finding[] = [];
  // First definition of every id seen, valid or not, so duplicates point at it.
  const firstDefinition = new Map<string, { uri: string; range: OffsetRange }>();

  // Only for messages about duplicates, which are rare: no line table is built otherwise.
  const lineOf = (at: { uri: string; range: OffsetRange }) => new LineIndex(files.find((f) => f.uri === at.uri)?.text ?? '').position(at.range.start).line;

  for (const file of files) {
    try {
      loadFile(file, options, findings, (entry, idRange) => {
        const first = firstDefinition.get(entry.id);
        if (first) {
          const f = makeFinding('registry/duplicate-id', file.uri, idRange, `duplicate id "${entry.id}": it is already defined ${first.uri === file.uri ? 'in this file' : `in ${baseName(first.uri)}`}, line ${lineOf(first)}; ids must be unique across all registry files`, options);
          f.related.push({ uri: first.uri, range: first.range, message: `first definition of "${entry.id}"` });
          findings.push(f);
          return false;
        }
        firstDefinition.set(entry.id, { uri: file.uri, range: idRange });
        return true;
      }, (entry) => {
        entries.push(entry);
        byId.set(entry.id, entry);
      });
    } catch (err) {
      // A bug here must not take the editor or CI down with it; report it against the file.
      findings.push(makeFinding('registry/syntax', file.uri, { start: 0, end: 0 }, `could not load this registry file: ${String(err)}`, options));
    }
  }
  // yaml reports some errors one past the end of the text, or between the halves of a surrogate
  // pair; keep every range inside its file and on character boundaries.
  const texts = new Map(files.map((f) => [f.uri, f.text]));
  const clamp = (uri: string, range: OffsetRange): OffsetRange => {
    const text = texts.get(uri) ?? '';
    const start = onBoundary(text, Math.min(Math.max(0, range.start), text.length));
    return { start, end: onBoundary(text, Math.min(Math.max(start, range.end), text.length)) };
  };
  for (const f of findings) {
    f.range = clamp(f.uri, f.range);
    for (const r of f.related) if (texts.has(r.uri)) r.range = clamp(r.uri, r.range);
  }
  const order = new Map(files.map((f, i) => [f.uri, i]));
  findings.sort((a, b) => (order.get(a.uri) ?? 0) - (order.get(b.uri) ?? 0) || a.range.start - b.range.start);
  return { registry: { entries, byId, files: files.map((f) => f.uri) }, findings };
}

/** Moves an offset that falls between the halves of a surrogate pair back to the pair's start. */
function onBoundary(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return offset > 0 && c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(offset - 1) & 0xfc00) === 0xd800 ? offset - 1 : offset;
}

function loadFile(
  file: SourceFile,
  options: RegistryLoadOptions,
  findings: Finding[],
  claimId: (entry: { id: string }, idRange: OffsetRange) => boolean,
  accept: (entry: RegistryEntry) => void,
): void {
  const parsed = parseRegistryText(file.text);
  const syntaxRanges: OffsetRange[] = [];
  for (const p of parsed.problems) {
    findings.push(makeFinding('registry/syntax', file.uri, p.range, p.message, options));
    syntaxRanges.push(p.range);
  }
  if (!parsed.doc || parsed.data === undefined) return;
  const yamlFile: YamlFile = { doc: parsed.doc, text: file.text };

  // Schema: problems inside an entry skip that entry; others are about the file as a whole.
  const brokenEntries = new Set<number>();
  for (const p of validateRegistryData(parsed.data)) {
    const range = rangeAt(yamlFile, p.path, p.prefer);
    // Where the parser already failed, schema complaints only echo the syntax error.
    if (syntaxRanges.some((r) => overlaps(r, entryRangeOf(yamlFile, p.path) ?? range))) {
      if (p.path[0] === 'entries' && typeof p.path[1] === 'number') brokenEntries.add(p.path[1]);
      continue;
    }
    findings.push(makeFinding('registry/schema', file.uri, range, p.message, options));
    if (p.path[0] === 'entries' && typeof p.path[1] === 'number') brokenEntries.add(p.path[1]);
  }

  // An empty file (or one of comments) parses to null: the schema check above has said so.
  if (parsed.data === null || typeof parsed.data !== 'object') return;
  const rawEntries = (parsed.data as { entries?: unknown }).entries;
  if (!Array.isArray(rawEntries)) return;
  rawEntries.forEach((raw: unknown, index) => {
    const base = ['entries', index];
    const node = resolvePath(parsed.doc!, base).value;
    const entryRange = rangeOfNode(node ?? undefined) ?? { start: 0, end: 0 };
    const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    const idRange = rangeAt(yamlFile, [...base, 'id']);
    // Ids are claimed even for broken entries, so a later copy is still reported as a duplicate.
    const unique = typeof id === 'string' && id ? claimId({ id }, idRange) : true;
    if (brokenEntries.has(index) || !unique) return;
    if (syntaxRanges.some((r) => overlaps(r, entryRange))) return; // its text is not what the parser saw

    const { entry, problems } = buildEntry(raw as RawEntry, { uri: file.uri, range: entryRange }, options.today);
    let skip = false;
    for (const p of problems) {
      findings.push(toFinding(p, yamlFile, base, file.uri, options));
      if (SKIPS_ENTRY.has(p.rule)) skip = true;
    }
    if (!skip) accept(entry);
  });
}

function toFinding(p: EntryProblem, file: YamlFile, base: Array<string | number>, uri: string, options: RegistryLoadOptions): Finding {
  let range = rangeAt(file, [...base, ...p.path], p.prefer ?? 'value');
  if (p.inValue) range = rangeInsideString(file, [...base, ...p.path], p.inValue) ?? range;
  const f = makeFinding(p.rule, uri, range, p.message, options);
  if (p.related) f.related.push({ uri, range: rangeAt(file, [...base, ...p.related.path]), message: p.related.message });
  return f;
}

/**
 * Maps offsets inside a string's value to the source when the source spells the value out
 * literally (plain or quoted without escapes); otherwise the caller keeps the whole scalar.
 */
function rangeInsideString(file: YamlFile, path: Array<string | number>, inValue: { start: number; end: number }): OffsetRange | undefined {
  const node = resolvePath(file.doc, path).value;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const raw = file.text.slice(node.range[0], node.range[1]);
  const type = (node as Scalar).type;
  let startInSource: number | undefined;
  if (type === 'PLAIN' && raw === node.value) startInSource = node.range[0];
  else if ((type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') && raw.slice(1, -1) === node.value) startInSource = node.range[0] + 1;
  if (startInSource === undefined) return undefined;
  return { start: startInSource + inValue.start, end: startInSource + inValue.end };
}

/** The whole range of the entry a path lies in, if it lies in one. */
function entryRangeOf(file: YamlFile, path: Array<string | number>): OffsetRange | undefined {
  if (path[0] !== 'entries' || typeof path[1] !== 'number') return undefined;
  return rangeOfNode(resolvePath(file.doc, ['entries', path[1]]).value ?? undefined);
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start >= b.start && a.start < b.end);
}
