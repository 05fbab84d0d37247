// Validates registry data against schemas/registry.schema.json (the same schema the editor uses)
// and turns ajv's errors into plain-language problems addressed by path.
import type { ErrorObject } from 'ajv';
// Precompiled by ajv's standalone mode (npm run gen:schema): loading ajv's compiler and compiling
// the schema cost ~200 ms in every process and worker thread; this module loads in a few ms.
import { validate } from './registry-validator.generated.js';

export interface SchemaProblem {
  /** Path to the offending value (or, for an unknown key, to the key itself). */
  path: Array<string | number>;
  /** Report at the key rather than the value. */
  prefer: 'key' | 'value';
  message: string;
}

export function validateRegistryData(data: unknown): SchemaProblem[] {
  if (data === null || data === undefined) {
    return [{ path: [], prefer: 'value', message: 'registry file is empty: expected a top-level "entries:" list' }];
  }
  if (validate(data)) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const p = toProblem(e, data);
    if (!p) continue;
    const key = `${p.path.join('/')}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems;
}

function parsePointer(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** "evidence.p90", "entries[3]" — how a person would name the place. */
function describe(path: Array<string | number>): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

const PATTERN_HINTS: Record<string, string> = {
  id: 'an id uses lower-case letters, digits, ".", "_" and "-", starting with a letter or digit (e.g. "support.email.first-reply")',
  as_of: 'dates are written YYYY-MM-DD',
  expires: 'dates are written YYYY-MM-DD',
  max_age: 'max_age is a number of days or a count with d, w, mo or y (e.g. "365d", "12mo")',
  currency: 'currency is an ISO 4217 code such as USD, GBP or EUR',
};

function toProblem(e: ErrorObject, data: unknown): SchemaProblem | undefined {
  const path = parsePointer(e.instancePath);
  const last = path[path.length - 1];
  const inner = describe(path.slice(entryPrefix(path)));
  const label = entryLabel(path, data);
  // "evidence.p90 … in entry "x"" inside an entry; "entry "x"" for the entry itself; else the file path.
  const at = label && inner ? ` in entry ${label}` : '';
  const where = inner || (label ? `entry ${label}` : describe(path) || 'the file');
  const inWhere = inner ? ` in ${inner}` : label ? ` in entry ${label}` : path.length ? ` in ${describe(path)}` : '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const guess = closest(extra, allowed);
      const hint = guess ? `; did you mean "${guess}"?` : allowed.length ? `; known keys: ${allowed.join(', ')}` : '';
      return { path: [...path, extra], prefer: 'key', message: `unknown key "${extra}"${inWhere}${at}${hint}` };
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return { path, prefer: 'key', message: `missing required key "${missing}"${inWhere}${at}` };
    }
    case 'dependencies': {
      const p = e.params as { property: string; missingProperty: string };
      const why = p.property === 'max_age' ? ' (the age is counted from it)' : ' (every number in it is read in that unit)';
      return { path: [...path, p.property], prefer: 'key', message: `"${p.property}" needs "${p.missingProperty}"${why}${at}` };
    }
    case 'type': {
      const t = (e.params as { type: string | string[] }).type;
      const want = Array.isArray(t) ? t.join(' or ') : t;
      return { path, prefer: 'value', message: `${where} must be ${article(want)}${at}, not ${kindOf(e.data)}` };
    }
    case 'pattern': {
      const hint = PATTERN_HINTS[String(last)] ?? `it must match ${String((e.params as { pattern: string }).pattern)}`;
      return { path, prefer: 'value', message: `${where} "${String(e.data)}" is not valid${at}: ${hint}` };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ');
      return { path, prefer: 'value', message: `${where} must be one of: ${allowed}${at}` };
    }
    case 'const':
      return { path, prefer: 'value', message: `${where} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}${at}` };
    case 'minItems':
      return { path, prefer: 'value', message: `${where} needs at least ${(e.params as { limit: number }).limit} item(s)${at}` };
    case 'minLength':
      return { path, prefer: 'value', message: `${where} must not be empty${at}` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, prefer: 'value', message: `${where} ${e.message ?? 'is too small'}${at}` };
    case 'allOf':
      return undefined; // its sub-errors are reported themselves
    default:
      return { path, prefer: 'value', message: `${where} ${e.message ?? 'is invalid'}${at}` };
  }
}

/** Paths inside an entry are named from the entry ("evidence.p90"), not from the file root. */
function entryPrefix(path: Array<string | number>): number {
  return path[0] === 'entries' && typeof path[1] === 'number' ? 2 : 0;
}

function entryLabel(path: Array<string | number>, data: unknown): string | undefined {
  if (path[0] !== 'entries' || typeof path[1] !== 'number') return undefined;
  const entries = (data as { entries?: unknown }).entries;
  const entry = Array.isArray(entries) ? entries[path[1]] : undefined;
  const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? `"${id}"` : `#${path[1] + 1}`;
}

function article(t: string): string {
  const words: Record<string, string> = { array: 'a list', object: 'a map', integer: 'a whole number', number: 'a number', string: 'a string', boolean: 'true or false' };
  return t.split(' or ').map((w) => words[w] ?? w).join(' or ');
}

function kindOf(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return String(v);
}

/** The allowed key closest to a typo: within 1 edit for short words, 2 for longer ones. */
function closest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestD = word.length <= 4 ? 2 : 3;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o);
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
