// Literals every match of a pattern must contain, read from the pattern's syntax (regexpp): a set R
// such that any text the pattern matches in holds some r ∈ R, case-insensitively. Positive
// lookarounds count (their text is in the input too); anything the analysis cannot pin down (\d, \w,
// wide classes, optional or repeated parts) adds nothing, so an answer is always safe, never complete.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** What a piece of pattern matches: exactly one of `exact` (when known and few), or some text holding one of `any`. */
interface Info {
  exact: Set<string> | null;
  any: Set<string> | null;
}

const MAX_STRINGS = 64;
const none = (): Info => ({ exact: null, any: null });
const empty = (): Info => ({ exact: new Set(['']), any: null });
const lower = (code: number) => String.fromCodePoint(code).toLowerCase();

function concat(a: Set<string>, b: Set<string>): Set<string> | null {
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    out.add(x + y);
    if (out.size > MAX_STRINGS) return null;
  }
  return out;
}

/** Literals one of which every match holds, if any can be named. */
function required(info: Info): Set<string> | null {
  if (info.exact && !info.exact.has('')) return info.exact;
  return info.any;
}

/** The more selective of two requirements: longer shortest literal, then fewer literals. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const score = (s: Set<string>) => Math.min(...[...s].map((x) => x.length)) * 100 - s.size;
  return score(b) > score(a) ? b : a;
}

function element(n: AST.Element): Info {
  switch (n.type) {
    case 'Character':
      return { exact: new Set([lower(n.value)]), any: null };
    case 'CharacterClass': {
      if (n.negate) return none();
      const chars = new Set<string>();
      for (const e of n.elements) {
        if (e.type === 'Character') chars.add(lower(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 8) for (let c = e.min.value; c <= e.max.value; c++) chars.add(lower(c));
        else return none();
      }
      return chars.size <= 8 ? { exact: chars, any: null } : none();
    }
    case 'Assertion':
      // Zero-width; a positive lookaround's text is in the input all the same (sequence() uses it).
      return empty();
    case 'Group':
    case 'CapturingGroup':
      return alternatives(n.alternatives);
    case 'Quantifier': {
      const inner = element(n.element);
      if (n.min === 1 && n.max === 1) return inner;
      if (n.min === 0 && n.max === 1) return inner.exact ? { exact: new Set([...inner.exact, '']), any: null } : none();
      if (n.min === 0) return none();
      return { exact: null, any: required(inner) };
    }
    default:
      // \d, \w, ., \p{…}, back-references, string alternatives: any text.
      return none();
  }
}

function lookaroundRequirement(n: AST.Element): Set<string> | null {
  if (n.type !== 'Assertion' || (n.kind !== 'lookahead' && n.kind !== 'lookbehind') || n.negate) return null;
  return required(alternatives(n.alternatives));
}

function sequence(alt: AST.Alternative): Info {
  let run: Set<string> | null = new Set(['']);
  let best: Set<string> | null = null;
  let exact = true;
  for (const e of alt.elements) {
    best = better(best, lookaroundRequirement(e));
    const info = element(e);
    const joined: Set<string> | null = info.exact && run ? concat(run, info.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    exact = false;
    if (run && !run.has('')) best = better(best, run);
    best = better(best, required(info));
    run = info.exact ? new Set(info.exact) : new Set(['']);
  }
  if (exact) return { exact: run, any: null };
  if (run && !run.has('')) best = better(best, run);
  return { exact: null, any: best };
}

function alternatives(alts: AST.Alternative[]): Info {
  const infos = alts.map(sequence);
  if (infos.every((i) => i.exact)) {
    const all = new Set<string>();
    for (const i of infos) for (const s of i.exact!) all.add(s);
    if (all.size <= MAX_STRINGS) return { exact: all, any: null };
  }
  const any = new Set<string>();
  for (const i of infos) {
    const r = required(i);
    if (!r) return none();
    for (const s of r) any.add(s);
  }
  return { exact: null, any };
}

/** Literals (lower-cased) one of which every match of `re` contains, or undefined when none can be named. */
export function requiredLiterals(re: RegExp): string[] | undefined {
  const pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') });
  const r = required(alternatives(pattern.alternatives));
  return r && !r.has('') ? [...r] : undefined;
}
