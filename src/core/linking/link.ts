// Links a claim to the registry entry it speaks about, using only the entry's own words (subjects,
// terms, scope values) and units. The claimed number never takes part: choosing the entry whose
// figure is closest to the claim would "verify" claims against the wrong evidence.
import type { Claim, Registry, RegistryEntry } from '../types.js';
import { comparable, dimensionOf } from '../quantities/units.js';

interface IndexedEntry {
  entry: RegistryEntry;
  terms: RegExp[];
  subjects: RegExp[];
  scopeWords: RegExp[];
}

export interface RegistryIndex {
  entries: IndexedEntry[];
  /** Count nouns the registry's count entries use ("charging points"), for the claim finder. */
  countNouns: string[];
}

const indexCache = new WeakMap<Registry, RegistryIndex>();

// Registry words are matched literally (escaped), so no user-supplied pattern can backtrack.
function wordPattern(word: string): RegExp | undefined {
  const w = word.trim();
  if (!w) return undefined;
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0-]+');
  const startsWord = /^[\p{L}\p{N}]/u.test(w) ? '(?<![\\p{L}\\p{N}])' : '';
  const endsWord = /[\p{L}\p{N}]$/u.test(w) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(startsWord + escaped + endsWord, 'iu');
}

export function indexRegistry(registry: Registry): RegistryIndex {
  const cached = indexCache.get(registry);
  if (cached) return cached;
  const entries = registry.entries.map((entry) => ({
    entry,
    terms: entry.terms.map(wordPattern).filter((r): r is RegExp => !!r),
    subjects: entry.subjects.map(wordPattern).filter((r): r is RegExp => !!r),
    scopeWords: Object.values(entry.scope)
      .filter((v) => v && !/^(?:all|any|\*)$/i.test(v))
      .map(wordPattern)
      .filter((r): r is RegExp => !!r),
  }));
  const countNouns = registry.entries
    .filter((e) => e.unit === 'count')
    .flatMap((e) => e.terms)
    .filter((t) => /^[a-z][a-z -]+s$/i.test(t));
  const index = { entries, countNouns };
  indexCache.set(registry, index);
  return index;
}

export interface LinkInput {
  claim: Claim;
  /** Words around the claim that may name its subject but not its metric: front matter subject/title. */
  documentSubject: string[];
}

export type LinkResult =
  | { entry: RegistryEntry }
  | { entry?: undefined; reason: string; candidates: string[] };

/** Can this entry's evidence speak to this kind of claim at all? */
function fitsKind(claim: Claim, e: RegistryEntry): boolean {
  const q = claim.quantity;
  switch (claim.kind) {
    case 'schedule':
      return !!e.schedule;
    case 'coverage':
      return !!e.coverage;
    case 'superlative':
    case 'comparative':
      return !!e.comparison;
    case 'price':
      return !!e.prices?.length;
    case 'absolute':
      if (q && e.unit) return comparable(q.unit, e.unit) || !!e.substantiates?.length;
      return true;
    case 'percentage':
      if (claim.bound && e.unit) return dimensionOf(e.unit) === 'duration';
      return e.unit === 'percent';
    case 'count':
      return e.unit === 'count';
    default:
      if (!q || !e.unit) return false;
      return dimensionOf(q.unit) === dimensionOf(e.unit);
  }
}


export function linkClaim(input: LinkInput, index: RegistryIndex): LinkResult {
  const { claim } = input;
  const sentence = claim.sentence;
  const context = claim.context.join(' \u2029 ');
  const docSubject = input.documentSubject.join(' \u2029 ');
  let best: { score: number; items: IndexedEntry[] } = { score: -1, items: [] };
  const considered: string[] = [];
  for (const ie of index.entries) {
    const e = ie.entry;
    if (!fitsKind(claim, e)) continue;
    // Metric words: in the sentence (strong) or in headings / table headers / key paths (weaker).
    const termsInSentence = ie.terms.filter((t) => t.test(sentence)).length;
    const termsInContext = ie.terms.filter((t) => t.test(context)).length;
    if (termsInSentence + termsInContext === 0) continue;
    considered.push(e.id);
    // Subject words: required when the entry names subjects.
    let subjectScore = 0;
    if (ie.subjects.length) {
      if (ie.subjects.some((s) => s.test(sentence))) subjectScore = 3;
      else if (ie.subjects.some((s) => s.test(context))) subjectScore = 2;
      else if (ie.subjects.some((s) => s.test(docSubject))) subjectScore = 1;
      else continue;
    }
    const scopeScore = ie.scopeWords.filter((s) => s.test(sentence) || s.test(context)).length;
    const score = subjectScore * 100 + scopeScore * 10 + termsInSentence * 2 + termsInContext;
    if (score > best.score) best = { score, items: [ie] };
    else if (score === best.score) best.items.push(ie);
  }
  if (best.items.length === 1) return { entry: best.items[0].entry };
  if (best.items.length > 1) {
    const preferred = best.items.filter((i) => i.entry.preferred);
    if (preferred.length === 1) return { entry: preferred[0].entry };
    const ids = best.items.map((i) => i.entry.id);
    return { reason: `it fits ${ids.join(', ')} equally; name the subject or scope in the copy, or mark one entry preferred`, candidates: ids };
  }
  if (considered.length) {
    return { reason: `entries ${considered.slice(0, 3).join(', ')} use these words but name a subject the copy does not mention`, candidates: considered };
  }
  return { reason: 'no registry entry uses these words and units', candidates: [] };
}
