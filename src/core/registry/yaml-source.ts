// Parses one registry file with `yaml`, guarded against hostile input, and finds the exact source
// range of any value or key by its path (as ajv reports it) so every problem can be positioned.
import { Alias, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import type { OffsetRange } from '../types.js';

/** Registry files larger than this are refused: no honest registry comes close. */
export const MAX_REGISTRY_BYTES = 8 * 1024 * 1024;
/** Deeper nesting than this is refused before parsing; a registry entry needs about 6 levels. */
export const MAX_NESTING = 48;
/** Alias expansions allowed when building plain data (defeats "billion laughs"). */
export const MAX_ALIAS_COUNT = 200;

export interface SourceProblem {
  range: OffsetRange;
  message: string;
}

export interface ParsedRegistryFile {
  /** Undefined when the file could not be parsed at all. */
  doc?: Document.Parsed;
  /** Plain data for schema validation; undefined when the file could not be turned into data. */
  data?: unknown;
  problems: SourceProblem[];
}

/** A YAML parser error where whoever edits the file should look (an unclosed string: at its opening quote). */
export function yamlProblem(doc: Document.Parsed, error: YAMLError): SourceProblem {
  const [start, end] = error.pos;
  const range = (error.code === 'MISSING_CHAR' ? openingQuoteBefore(doc, start) : undefined) ?? { start, end: Math.max(end, start) };
  return { range, message: yamlErrorMessage(error) };
}

/** A YAML parser error in words for whoever edits the file, not the library's advice to programmers. */
function yamlErrorMessage(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return 'the file holds more than one YAML document (a second "---" line); it must hold one';
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) return 'this quoted string is never closed';
  return firstLine(error.message);
}

export function parseRegistryText(text: string): ParsedRegistryFile {
  if (text.length > MAX_REGISTRY_BYTES) {
    return { problems: [{ range: { start: 0, end: 0 }, message: `registry file is larger than ${MAX_REGISTRY_BYTES / 1024 / 1024} MB; split it into several files` }] };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { problems: [{ range: { start: nul, end: nul + 1 }, message: 'registry file contains a NUL character: it looks binary, not YAML' }] };
  const deep = findExcessiveNesting(text, MAX_NESTING);
  if (deep !== undefined) {
    return { problems: [{ range: { start: deep, end: deep + 1 }, message: `registry file nests deeper than ${MAX_NESTING} levels; refused without parsing` }] };
  }

  const doc = parseDocument(text, { merge: true, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const problems: SourceProblem[] = doc.errors.map((e) => yamlProblem(doc, e));
  // One mistake often trips several parser errors on the same line; the first says it best.
  for (let i = problems.length - 1; i > 0; i--) {
    const prev = problems[i - 1].range.start;
    const here = problems[i].range.start;
    if (here >= prev && !/[\n\r]/.test(text.slice(prev, here))) problems.splice(i, 1);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = firstAlias(doc);
    problems.push({
      range: alias ?? { start: 0, end: 0 },
      message: /alias/i.test(String(err))
        ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); aliases of aliases multiply — write the values out`
        : `could not read the YAML: ${firstLine(String(err))}`,
    });
    return { doc, problems };
  }
  return { doc, data, problems };
}

/** yaml reports an unclosed quote where the text runs out; the opening quote is where to look. */
function openingQuoteBefore(doc: Document.Parsed, pos: number): OffsetRange | undefined {
  let found: OffsetRange | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] < pos && pos <= node.range[2]) {
        found = { start: node.range[0], end: node.range[0] + 1 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function firstAlias(doc: Document.Parsed): OffsetRange | undefined {
  let found: OffsetRange | undefined;
  const stack: unknown[] = [doc.contents];
  // Iterative walk of the node tree as written (aliases are not followed), so it is linear in size.
  while (stack.length && !found) {
    const n = stack.pop();
    if (isAlias(n)) found = rangeOfNode(n);
    else if (isMap(n) || isSeq(n)) for (const item of n.items) stack.push(isMap(n) ? (item as Pair).value : item);
  }
  return found;
}

/**
 * Offset of the first point where flow brackets or block indentation nest deeper than `limit`,
 * found in one linear pass. Approximate on purpose (brackets inside quoted strings are skipped,
 * plain-scalar brackets are counted): it only needs to catch pathological input before the
 * recursive parser sees it.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  let flow = 0;
  const indents: number[] = [];
  let blockScalarIndent = -1; // > -1 while inside a | or > block scalar: its lines are content
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line.
    let col = 0;
    while (i < n && text.charCodeAt(i) === 32) { i++; col++; }
    const c = text[i];
    const blank = i >= n || c === '\n' || c === '\r' || c === '#';
    if (blockScalarIndent >= 0 && (blank || col > blockScalarIndent)) {
      while (i < n && text[i] !== '\n') i++;
      i++;
      continue;
    }
    blockScalarIndent = -1;
    if (!blank && flow === 0) {
      while (indents.length && indents[indents.length - 1] >= col) indents.pop();
      indents.push(col);
      // Compact nested sequences ("- - - x") open one level per dash.
      while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        i += 2;
        col += 2;
        while (text[i] === ' ') { i++; col++; }
        indents.push(col);
      }
      if (indents.length > limit) return i;
    }
    const lineIndent = indents.length ? indents[indents.length - 1] : 0;
    // Rest of the line: count flow brackets outside quotes and comments.
    let quote = '';
    let last = '';
    for (; i < n && text[i] !== '\n'; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === '\\' && quote === '"') i++;
        else if (ch === quote) quote = '';
        continue;
      }
      if (ch === '#' && (last === '' || last === ' ' || last === '\t')) {
        while (i < n && text[i] !== '\n') i++;
        break;
      }
      if ((ch === '"' || ch === "'") && (last === '' || last === ' ' || last === '[' || last === '{' || last === ',' || last === ':')) quote = ch;
      else if (ch === '[' || ch === '{') {
        if (++flow > limit) return i;
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      if (ch !== ' ' && ch !== '\t' && ch !== '\r') last = ch;
    }
    if (flow === 0 && (last === '|' || last === '>' || /[|>][-+0-9]+$/.test(text.slice(Math.max(0, i - 4), i).trimEnd()))) {
      blockScalarIndent = lineIndent;
    }
    i++;
  }
  return undefined;
}

export function rangeOfNode(node: Node | Alias | undefined | null): OffsetRange | undefined {
  if (!node || !node.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/** A parsed file with its text, for turning paths into ranges. */
export interface YamlFile {
  doc: Document.Parsed;
  text: string;
}

/** Where a path leads in the document: the key (if the last step was a map key) and the value. */
export interface PathTarget {
  key?: Node;
  value?: Node | Alias | null;
  /** Closest node on the path that exists, for paths that lead nowhere (a missing key). */
  nearest: Node | Alias | undefined;
  /** Key of the closest map pair on the path, to point at "evidence:" rather than its whole block. */
  nearestKey?: Node;
  /** Set when the path passes through an alias or merge: problems are reported where it is used. */
  via?: Node | Alias;
}

/** Follows a JSON-pointer-like path (["entries", 3, "evidence", "p90"]) through the YAML nodes. */
export function resolvePath(doc: Document.Parsed, path: Array<string | number>): PathTarget {
  let current: unknown = doc.contents;
  let key: Node | undefined;
  let via: Node | Alias | undefined;
  let nearest: Node | Alias | undefined = (doc.contents ?? undefined) as Node | undefined;
  let nearestKey: Node | undefined;
  for (let step = 0; step < path.length; step++) {
    if (isAlias(current)) {
      via ??= current;
      current = current.resolve(doc);
    }
    const seg = path[step];
    if (isMap(current)) {
      const found = findPair(doc, current, String(seg));
      if (!found) return { nearest, nearestKey, via };
      if (found.via) via ??= found.via;
      key = found.pair.key as Node;
      current = found.pair.value;
      nearestKey = key;
    } else if (isSeq(current)) {
      const idx = typeof seg === 'number' ? seg : Number(seg);
      if (!Number.isInteger(idx) || idx < 0 || idx >= current.items.length) return { nearest, nearestKey, via };
      key = undefined;
      nearestKey = undefined;
      current = current.items[idx];
    } else {
      return { nearest, nearestKey, via };
    }
    if (current && (isMap(current) || isSeq(current) || isScalar(current) || isAlias(current))) nearest = current as Node;
  }
  return { key, value: current as Node | null, nearest, nearestKey, via };
}

function findPair(doc: Document.Parsed, map: { items: Pair[] }, key: string, depth = 0): { pair: Pair; via?: Node | Alias } | undefined {
  // The last of duplicate keys: its value is the one the parsed data holds (and the one to blame).
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    const k = isScalar(pair.key) ? pair.key.value : pair.key;
    if (String(k) === key) return { pair };
  }
  if (depth > 8) return undefined;
  // Keys merged in with "<<: *defaults" live in the anchored map.
  for (const pair of map.items) {
    if (!isScalar(pair.key) || pair.key.value !== '<<') continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const s of sources) {
      const target = isAlias(s) ? s.resolve(doc) : s;
      if (isMap(target)) {
        const found = findPair(doc, target, key, depth + 1);
        if (found) return { pair: found.pair, via: (s as Node) ?? undefined };
      }
    }
  }
  return undefined;
}

/**
 * The range to report for a path: `key` points at the key ("medain:"), `value` at the value; a
 * collection value is reported at its key so the squiggle does not cover a whole block.
 */
export function rangeAt(file: YamlFile, path: Array<string | number>, prefer: 'key' | 'value' = 'value'): OffsetRange {
  const { doc, text } = file;
  const t = resolvePath(doc, path);
  if (t.via) return rangeOfNode(t.via) ?? { start: 0, end: 0 };
  if (t.value === undefined && t.key === undefined) {
    // Missing: point at the key holding the closest existing node, else that node's first line.
    return rangeOfNode(t.nearestKey) ?? firstLineOf(text, t.nearest);
  }
  if (prefer === 'key' && t.key) return rangeOfNode(t.key)!;
  const v = t.value;
  if ((isMap(v) || isSeq(v)) && t.key) return rangeOfNode(t.key)!;
  if (isMap(v) || isSeq(v)) return firstLineOf(text, v);
  return rangeOfNode(v) ?? rangeOfNode(t.key) ?? { start: 0, end: 0 };
}

/** The first line of a node's range: a block map is reported at its first line, not its whole body. */
function firstLineOf(text: string, node: Node | Alias | undefined): OffsetRange {
  const r = rangeOfNode(node);
  if (!r) return { start: 0, end: 0 };
  const nl = text.indexOf('\n', r.start);
  return { start: r.start, end: nl >= 0 && nl < r.end ? nl : r.end };
}
