// Most front matter is a handful of `key: value` lines. The yaml library reads it through a lexer,
// parser, composer and document model — about as long as parsing the rest of a 5 KB page's
// blocks. This reads that common shape directly and gives exactly what yaml gives for it (the
// same values, YAML 1.2 core schema, and the same scalar ranges); anything else — quotes, nesting,
// lists, comments, block scalars, anchors, tags, duplicate keys, unusual characters — returns
// undefined and goes to the yaml library. A property test compares the two on random input.

export interface SimpleScalar {
  key: string;
  value: unknown;
  /** Offsets of the scalar's text in the front matter text (as yaml's `range[0]`, `range[1]`). */
  start: number;
  end: number;
}

export interface SimpleFrontMatter {
  record: Record<string, unknown>;
  scalars: SimpleScalar[];
}

const LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:( +)(.*?))? *$/;
/** Characters that give a plain scalar's first character a meaning of its own. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Control characters, the BOM, line separators and surrogates: left to the yaml library. */
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

export function readSimpleFrontMatter(text: string): SimpleFrontMatter | undefined {
  if (text.length === 0 || text.includes('\r')) return undefined;
  const record: Record<string, unknown> = {};
  const scalars: SimpleScalar[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) return undefined;
    const [, key, gap, raw = ''] = m;
    // `true:`, `null:`, `0x1:` are keys of other types; `__proto__` is special to objects.
    if (key === '__proto__' || typeof resolvePlain(key) !== 'string' || Object.prototype.hasOwnProperty.call(record, key)) return undefined;
    if (raw.length > 0 && (INDICATOR_START.test(raw) || raw.includes(': ') || raw.endsWith(':') || raw.includes(' #') || UNUSUAL.test(raw))) return undefined;
    const value = resolvePlain(raw);
    record[key] = value;
    if (raw.length > 0) {
      const start = offset + key.length + 1 + (gap?.length ?? 0);
      scalars.push({ key, value, start, end: start + raw.length });
    }
    offset += line.length + 1;
  }
  return { record, scalars };
}

/** A plain scalar's value under the YAML 1.2 core schema, as the yaml library resolves it. */
function resolvePlain(s: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return /nan$/i.test(s) ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
