// Links a claim to the registry entry it speaks about, using only the entry's own words (subjects,
// terms, scope values) and units. The claimed number never takes part: choosing the entry whose
// figure is closest to the claim would "verify" claims against the wrong evidence.
import type { Claim, Registry, RegistryEntry } from '../types.js';
import { comparable, dimensionOf } from '../quantities/units.js';

interface IndexedEntry {
  entry: RegistryEntry;
  terms: RegExp[];
  /** Weight of each term: 1 / number of entries using it, so distinguishing words decide. */
  termWeights: number[];
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
  // "orders" also matches "order": registry authors write either form.
  const base = /[^s]s$/i.test(w) && w.length > 3 ? w.slice(0, -1) : w;
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0-]+');
  const startsWord = /^[\p{L}\p{N}]/u.test(w) ? '(?<![\\p{L}\\p{N}])' : '';
  // Plural and possessive forms of a word count as the word ("emails", "store's").
  const endsWord = /[\p{L}]$/u.test(w) ? "(?:s|es|'s)?(?![\\p{L}\\p{N}])" : /[\p{N}]$/u.test(w) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(startsWord + escaped + endsWord, 'iu');
}

export function indexRegistry(registry: Registry): RegistryIndex {
  const cached = indexCache.get(registry);
  if (cached) return cached;
  const df = new Map<string, number>();
  for (const e of registry.entries) for (const t of new Set(e.terms.map((x) => x.toLowerCase().trim()))) df.set(t, (df.get(t) ?? 0) + 1);
  const entries = registry.entries.map((entry) => ({
    entry,
    terms: entry.terms.map(wordPattern).filter((r): r is RegExp => !!r),
    termWeights: entry.terms.filter((t) => t.trim()).map((t) => 1 / (df.get(t.toLowerCase().trim()) ?? 1)),
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
  /** The whole paragraph (or YAML value) the claim stands in: a subject named in an earlier sentence. */
  paragraph?: string;
  /** Market the copy is for (the jurisdiction profile): entries scoped to another market rank lower. */
  market?: string;
}

const MARKET_NAMES: Record<string, RegExp> = {
  US: /^(?:us|usa|united states|america)$/i,
  UK: /^(?:uk|gb|united kingdom|great britain|britain)$/i,
};

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
      return !!e.comparison;
    case 'comparative':
      // "faster than last year" compares us with ourselves, not with the competitors in the evidence.
      if (/\bthan (?:last|previous|a) (?:year|month|quarter|week)\b|\bthan (?:before|ever)\b/i.test(claim.sentence)) return false;
      return !!e.comparison;
    case 'price':
      return !!e.prices?.length;
    case 'absolute':
      if (q && e.unit) return comparable(q.unit, e.unit) || !!e.substantiates?.length;
      // Only evidence that can substantiate or refute an absolute: explicit words, a remedy, a limit —
      // or outcome shares when the absolute is about timeliness ("never late", "always on time").
      if (e.substantiates?.length || e.guarantee || e.limit || e.offered !== undefined) return true;
      return !!e.evidence && /\b(?:on[- ]time|late|miss\w*|fail\w*|delay\w*|within|next[- ]day|wait\w*|downtime|uptime|outage\w*)\b/i.test(claim.sentence);
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


/** +1 when the entry's market is the copy's, -1 when it is another market, 0 when either is unknown. */
function marketFit(e: RegistryEntry, market: string | undefined): number {
  const m = e.scope.market ?? e.scope.country ?? e.scope.region;
  if (!m || !market) return 0;
  const re = MARKET_NAMES[market];
  if (!re) return 0;
  return re.test(m.trim()) ? 1 : Object.values(MARKET_NAMES).some((r) => r.test(m.trim())) ? -1 : 0;
}

const COMMON_CAPITALS = /^(?:The|A|An|Our|Your|We|You|It|This|These|Its|All|Every|Each|Get|Try|Save|Call|Visit|Join|With|From|For|In|On|At|And|Or|But|Now|New|Free|Up|Over|More|Most|Just|Only|Plus|Pro|Premium|Standard|Basic|Business|Enterprise|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|UK|US|USA|EU|EPA|WLTP|FAQ|SLA|GB|TB|MB|Mbps|Gbps|I)$/;

/**
 * Does the copy name, right before the claim, something the registry does not know ("The Zephyr
 * gets 50 mpg")? Then no entry may be linked on its words alone.
 */
function namesUnknownSubject(claim: Claim, index: RegistryIndex): boolean {
  const at = claim.sentence.indexOf(claim.text);
  const before = (at >= 0 ? claim.sentence.slice(0, at) : claim.sentence).split(/\s+/).slice(-5);
  const known = (w: string) => index.entries.some((ie) => ie.subjects.some((r) => r.test(w)) || ie.terms.some((r) => r.test(w)) || ie.scopeWords.some((r) => r.test(w)));
  return before.some((raw, i) => {
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}\d]+$/gu, '');
    if (!/^\p{Lu}[\p{Ll}\d]/u.test(w) || COMMON_CAPITALS.test(w)) return false;
    // The first word of a sentence is capitalised anyway.
    if (i === 0 && before.length < 5 && at >= 0 && claim.sentence.trimStart().startsWith(raw)) return false;
    return !known(w);
  });
}

export function linkClaim(input: LinkInput, index: RegistryIndex): LinkResult {
  const { claim } = input;
  const sentence = claim.sentence;
  const context = claim.context.join(' \u2029 ');
  const docSubject = [...input.documentSubject, input.paragraph ?? ''].join(' \u2029 ');
  const unknownName = namesUnknownSubject(claim, index);
  let best: { score: number; items: IndexedEntry[] } = { score: -1, items: [] };
  const considered: string[] = [];
  for (const ie of index.entries) {
    const e = ie.entry;
    if (!fitsKind(claim, e)) continue;
    // Metric words: in the sentence (strong) or in headings / table headers / key paths (weaker).
    let termsInSentence = 0;
    let termsInContext = 0;
    ie.terms.forEach((t, i) => {
      if (t.test(sentence)) termsInSentence += ie.termWeights[i];
      else if (t.test(context)) termsInContext += ie.termWeights[i];
    });
    if (termsInSentence + termsInContext === 0) continue;
    considered.push(e.id);
    // Subject words: required when the entry names subjects.
    // Subject words: where the copy names one, it must be this entry's; copy that names no subject at
    // all speaks for the company, and any entry may fit on its words alone.
    let subjectScore = 0;
    if (ie.subjects.length) {
      if (ie.subjects.some((s) => s.test(sentence))) subjectScore = 4;
      else if (ie.subjects.some((s) => s.test(context))) subjectScore = 3;
      else if (ie.subjects.some((s) => s.test(docSubject))) subjectScore = 2;
      else if (!unknownName) subjectScore = 0;
      else continue;
    } else if (unknownName) continue;
    const scopeScore = ie.scopeWords.filter((s) => s.test(sentence) || s.test(context)).length;
    const marketScore = marketFit(e, input.market);
    const score = subjectScore * 100 + marketScore * 40 + scopeScore * 10 + termsInSentence * 2 + termsInContext;
    if (score > best.score) best = { score, items: [ie] };
    else if (score === best.score) best.items.push(ie);
  }
  if (best.items.length === 1) return { entry: best.items[0].entry };
  if (best.items.length > 1 && best.score < 100) {
    // No subject named: several entries fit on words alone. Still never guess.
    const preferred = best.items.filter((i) => i.entry.preferred);
    if (preferred.length === 1) return { entry: preferred[0].entry };
  }
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
