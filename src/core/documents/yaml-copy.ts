import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import type { ExtractedDocument, TextUnit } from './text-unit.js';
import type { ExtractContext } from './extract-context.js';
import { appendYamlScalar, type ScalarStyle } from './yaml-align.js';
import { UnitBuilder } from './unit-builder.js';
import { scanYamlComments } from './directives.js';

// YAML copy files: every string value is copy unless its key (or a key above it) is ignored, or
// it looks like a URL, e-mail address, path or identifier. Keys are never copy.

/** YAML errors listed per document before the rest are summed up in one finding. */
const MAX_REPORTED_ERRORS = 50;

/** Alias expansion limit: an alias bomb is reported instead of expanded. */
export const MAX_ALIAS_COUNT = 100;

/** Keys whose sibling value names what an enclosing map is about. */
const SUBJECT_KEYS = ['title', 'name', 'product', 'model', 'subject', 'plan', 'service', 'brand', 'vehicle'];

interface PathStep {
  parent: PathStep | undefined;
  /** The map key this step entered through (sequence items keep their parent's key). */
  key: string | undefined;
  /** What the context shows: `headline`, `ads[2]`. */
  label: string;
  /** The enclosing map's title/name/product value. */
  sibling?: string;
  ignored: boolean;
  copy: boolean;
}

/** No whitespace and shaped like a URL, e-mail address, file path or identifier. */
export function looksLikeIdentifier(value: string): boolean {
  const s = value.trim();
  if (s.length === 0 || /\s/.test(s)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|tel:)/i.test(s)) return true;
  if (s.includes('@') || s.includes('_')) return true;
  // Slugs such as `next-day-autumn` or `spring-sale-2026`: lower-case words joined by hyphens.
  if (/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(s)) return true;
  if (/\p{L}\.\p{L}/u.test(s)) return true;
  const slash = s.indexOf('/');
  // `24/7` and `$9/mo` are copy; `images/hero`, `/pricing`, `km/h` are not.
  if (slash >= 0) return !/\d/.test(s.slice(0, slash));
  return false;
}

function contextOf(path: PathStep | undefined): string[] {
  const context: string[] = [];
  for (let step = path; step !== undefined; step = step.parent) {
    context.push(step.label);
    if (step.sibling !== undefined) context.push(step.sibling);
  }
  return context;
}

/** The piece of copy a value belongs to: its document and the top-level key it stands under (a campaign, a card). */
function pieceOf(docIndex: number, path: PathStep | undefined): string {
  let root = path;
  while (root?.parent) root = root.parent;
  return `${docIndex}\u0000${root?.key ?? ''}`;
}

/** The title/name/product string value of a map, with the value node it came from. */
function subjectOf(map: { items: unknown[] }): { text: string; node: unknown } | undefined {
  for (const wanted of SUBJECT_KEYS) {
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) continue;
      if (String(pair.key.value).toLowerCase() === wanted && typeof pair.value.value === 'string') {
        return { text: pair.value.value, node: pair.value };
      }
    }
  }
  return undefined;
}

/**
 * Reports a parsed YAML document's errors as document/parse problems at exact ranges, clamped to
 * [base, limit] (the parser reports an unclosed quote one past the end of the text).
 */
export function reportYamlErrors(doc: Document, base: number, limit: number, ctx: ExtractContext, what: string): void {
  for (const [k, error] of doc.errors.entries()) {
    if (k === MAX_REPORTED_ERRORS) {
      // Garbage input can hold an error per character; the first ones say what is wrong.
      const start = Math.min(base + error.pos[0], limit);
      ctx.problem({ start, end: start }, `${what}: ${doc.errors.length - k} more errors not listed`);
      break;
    }
    const start = Math.min(base + error.pos[0], limit);
    const end = Math.min(Math.max(start, base + error.pos[1]), limit);
    ctx.problem({ start, end }, `${what}: ${error.message.split('\n')[0]}`);
  }
}

/** Sorted, non-overlapping source ranges of scalars: a `#` inside one is text, not a comment. */
export class ScalarRanges {
  private readonly ranges: Array<[number, number]> = [];
  private sorted = true;

  add(start: number, end: number): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last !== undefined && start < last[0]) this.sorted = false;
    this.ranges.push([start, end]);
  }

  contains = (offset: number): boolean => {
    if (!this.sorted) {
      this.ranges.sort((a, b) => a[0] - b[0]);
      this.sorted = true;
    }
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = this.ranges[mid];
      if (offset < s) hi = mid - 1;
      else if (offset >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Error ranges of a document sorted by start, built once per document (hostile input can hold thousands). */
const errorRanges = new WeakMap<Document, Array<[number, number]>>();

/** Does a node's source overlap a parse error? Its value is the parser's guess, not copy. */
export function touchesError(doc: Document, range: [number, number, number] | null | undefined): boolean {
  if (!range || doc.errors.length === 0) return false;
  let sorted = errorRanges.get(doc);
  if (sorted === undefined) {
    sorted = doc.errors.map((e): [number, number] => [e.pos[0], Math.max(e.pos[0], e.pos[1])]).sort((a, b) => a[0] - b[0]);
    errorRanges.set(doc, sorted);
  }
  // Errors starting at or before the node's end; the node is touched if one of them reaches its start.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][0] <= range[2]) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (sorted[k][1] >= range[0]) return true;
  return false;
}

/** Builds a unit from a string scalar node whose range is relative to `base`. */
export function scalarUnit(
  ctx: ExtractContext,
  node: { value: unknown; type?: string; range?: [number, number, number] | null },
  base: number,
  block: TextUnit['block'],
  context: string[],
): TextUnit | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const start = base + node.range[0];
  const end = base + node.range[1];
  const b = new UnitBuilder(ctx.source);
  appendYamlScalar(b, ctx.source, (node.type ?? 'PLAIN') as ScalarStyle, node.value, start, end);
  return b.finish(block, context, { start, end });
}

/** Extracts a YAML copy file (all its documents) into `out`. */
export function extractYaml(ctx: ExtractContext, out: ExtractedDocument): void {
  const { source, options } = ctx;
  const ignore = new Set(options.yaml.ignoreKeys.map((k) => k.toLowerCase()));
  const copyKeys = options.yaml.copyKeys ? new Set(options.yaml.copyKeys.map((k) => k.toLowerCase())) : undefined;
  const scalars = new ScalarRanges();
  const docs = parseAllDocuments(source, { prettyErrors: false, logLevel: 'error' });
  docs.forEach((doc, docIndex) => {
    reportYamlErrors(doc, 0, source.length, ctx, 'Invalid YAML');
    const stack: Array<{ node: unknown; path: PathStep | undefined }> = [{ node: doc.contents, path: undefined }];
    while (stack.length > 0) {
      const { node, path } = stack.pop()!;
      if (node === null || node === undefined || isAlias(node)) continue;
      if (isMap(node)) {
        const subject = subjectOf(node);
        for (let k = node.items.length - 1; k >= 0; k--) {
          const pair = node.items[k];
          if (!isPair(pair)) continue;
          let key: string;
          if (isScalar(pair.key)) {
            key = String(pair.key.value);
            if (pair.key.range) scalars.add(pair.key.range[0], pair.key.range[1]);
          } else key = pair.key === null || pair.key === undefined ? '' : '?';
          const lower = key.toLowerCase();
          const step: PathStep = {
            parent: path,
            key,
            label: key,
            ignored: (path?.ignored ?? false) || ignore.has(lower),
            copy: (path?.copy ?? false) || (copyKeys?.has(lower) ?? false),
          };
          if (subject !== undefined && subject.node !== pair.value) step.sibling = subject.text;
          stack.push({ node: pair.value, path: step });
        }
        continue;
      }
      if (isSeq(node)) {
        for (let k = node.items.length - 1; k >= 0; k--) {
          const step: PathStep = path
            ? { parent: path.parent, key: path.key, label: `${path.label}[${k}]`, ignored: path.ignored, copy: path.copy }
            : { parent: undefined, key: undefined, label: `[${k}]`, ignored: false, copy: false };
          if (path?.sibling !== undefined) step.sibling = path.sibling;
          stack.push({ node: node.items[k], path: step });
        }
        continue;
      }
      if (!isScalar(node)) continue;
      if (node.range) scalars.add(node.range[0], node.range[1]);
      if (typeof node.value !== 'string' || path?.ignored) continue;
      if (copyKeys !== undefined && !path?.copy) continue;
      if (node.value.trim().length === 0 || looksLikeIdentifier(node.value) || touchesError(doc, node.range)) continue;
      const unit = scalarUnit(ctx, node, 0, 'yaml-value', contextOf(path));
      if (!unit) continue;
      unit.piece = pieceOf(docIndex, path);
      ctx.addUnit(out, unit);
    }
  });
  if (source.includes('claimlint-')) scanYamlComments(source, 0, source.length, ctx.lines(), scalars.contains, out.directives);
}
