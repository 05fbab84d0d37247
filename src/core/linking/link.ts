// Links a claim to the registry entry it speaks about, using only the entry's own words (subjects,
// terms, scope values) and units. The claimed number never takes part: choosing the entry whose
// figure is closest to the claim would "verify" claims against the wrong evidence.
import type { Claim, Registry, RegistryEntry } from '../types.js';
import { comparable, dimensionOf } from '../quantities/units.js';
import { clauseOf, offsetInSentence } from '../claims/clause.js';
import { escapeRegExp } from '../escape-regexp.js';
import { UNFOLDABLE } from '../literal-gates.js';
import { complementOf } from './complements.js';
import { impliedTerms } from './implied-terms.js';

/**
 * A registry word's test. One class for every word (plain or proper name) so the linker's hot
 * loop sees a single shape.
 */
class Matcher {
  constructor(
    /** Position among the index's matchers, where a Probe keeps its answer. */
    readonly id: number,
    /** The word's own letters (global: candidates are scanned for in turn). */
    private readonly core: RegExp,
    /** What must not come right before the word, if anything (sticky, shared by many words). */
    private readonly start: RegExp | undefined,
    /** How the word may end and what must not follow it (sticky, shared by many words). */
    private readonly end: RegExp,
    /** The literal text any match must contain (lower case), if known. */
    readonly stem: string | undefined,
    /** For a proper name: which of its words must be capitalised in the copy too. */
    private readonly caps: boolean[] | undefined,
  ) {}

  test(text: string): boolean {
    const core = this.core;
    const caps = this.caps;
    core.lastIndex = 0;
    for (let m = core.exec(text); m; m = core.exec(text)) {
      const at = m.index;
      const end = this.wordEnd(text, at, at + m[0].length);
      if (end >= 0 && (caps === undefined || capitalisedAsNamed(text.slice(at, end), caps))) return true;
      // The next word starts after this one, or (no word here) at the next character.
      core.lastIndex = end > at ? end : at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
    }
    return false;
  }

  /** Where the word that starts at `at` and whose core ends at `coreEnd` ends; -1 if none does. */
  private wordEnd(text: string, at: number, coreEnd: number): number {
    const start = this.start;
    if (start) {
      start.lastIndex = at;
      if (!start.test(text)) return -1;
    }
    const end = this.end;
    end.lastIndex = coreEnd;
    return end.test(text) ? end.lastIndex : -1;
  }
}

function capitalisedAsNamed(match: string, caps: boolean[]): boolean {
  const words = match.split(/[\s\u00a0-]+/);
  return caps.every((c, i) => !c || /^[\p{Lu}\d]/u.test(words[i] ?? ''));
}

/**
 * A text the linker asks about (a claim's clause, sentence, headings…): lower-cased once, with each
 * word's answer remembered. Most registry words are absent from most texts; a substring check on
 * the lower-cased text rules them out without running their patterns.
 */
class Probe {
  /** Lower-cased text; '' until first asked. */
  private lower = '';
  /** Holds characters whose case folding (what /i matches by) differs from their lower case. */
  private unfoldable = false;
  /** Per matcher id: 0 not asked yet, 1 absent, 2 present; allocated on the first question. */
  private answers: number[] | undefined;
  constructor(
    readonly text: string,
    private readonly matchers: number,
  ) {}
  has(m: Matcher): boolean {
    if (!this.answers) {
      this.answers = new Array<number>(this.matchers).fill(0);
      this.lower = this.text.toLowerCase();
      this.unfoldable = UNFOLDABLE.test(this.text);
    }
    const id = m.id;
    const known = this.answers[id];
    if (known !== 0) return known === 2;
    const answer = (m.stem === undefined || this.unfoldable || this.lower.includes(m.stem)) && m.test(this.text);
    this.answers[id] = answer ? 2 : 1;
    return answer;
  }
}


interface IndexedEntry {
  entry: RegistryEntry;
  /** Lower-case subject and plan words, for telling a name the entry knows from one it does not. */
  ownWords: Set<string>;
  terms: Matcher[];
  /** Weight of each term: 1 / number of entries using it, so distinguishing words decide. */
  termWeights: number[];
  /** For a share (percent) entry: the complements of its metric words ("uptime" → "downtime"), weighted as they are. */
  complementTerms: Matcher[];
  complementWeights: number[];
  subjects: Matcher[];
  scopeWords: Matcher[];
  /** Qualities the entry's terms are about ("speed", "price"), for comparatives and superlatives. */
  families: Set<string>;
  /** Per subject: a company name shared by many entries (names no one entry). */
  subjectGeneric: boolean[];
  /** Which named metrics its terms and scope are about ("city", "download"): see METRIC_ASPECTS. */
  aspects: Set<string>;
  /** Its subjects are all product names ("Zephyr", "Aero 1.5"): see namesProductsOnly. */
  productNamed: boolean;
  /** Its subjects that name something newly made ("new site"), as a whole phrase: see timeOfMaking. */
  making: RegExp[];
  /** For a comparison entry: its words that name what it is compared with ("second-class post", "cable"), not a quality. */
  objectTerms: Matcher[];
  /** Its metric words, lower case: entries sharing one are rivals (see isRival). */
  termSet: Set<string>;
  /** Its subject-like scope values by dimension ("channel" → "email"): see SUBJECT_SCOPES. */
  subjectScopes: Map<string, string>;
  /** What its evidence is (hours, coverage, a ranking, prices, or the dimension of its unit): see isRival. */
  shape: string;
  /** The standard its rating is made under ("epa", "wltp"), lower case: see standardNamedNear. */
  standard?: string;
}

/** A subject (or plan) some entries name, with its owners: see rivalNamed. */
interface KnownSubject {
  matcher: Matcher;
  /** The subject as the registry writes it ("email"), for messages. */
  subject: string;
  /** Its words, lower case, for telling whether another entry shares it. */
  words: string[];
  /** Indexes of the entries that name it. */
  owners: number[];
}

export interface RegistryIndex {
  entries: IndexedEntry[];
  /** Subject words shared by entries of three or more families (company names): they name no one entry. */
  genericWords: Set<string>;
  /** Every entry's own words together: the names this registry knows. */
  knownWords: Set<string>;
  /** Count nouns the registry's count entries use ("charging points"), for the claim finder. */
  countNouns: string[];
  /** How many distinct word matchers the entries share. */
  matchers: number;
  /** Every distinct subject and plan name, with the entries that name it. */
  subjects: KnownSubject[];
  /** Things count entries count ("dealerships"), with those entries: what a coverage claim may be about. */
  counted: CountedThing[];
  /** The rating standards the registry's entries are rated under ("EPA", "WLTP"), each with its matcher. */
  standards: Array<{ standard: string; words: RegExp }>;
}

/** A count entry's term that names what it counts: a plural noun phrase ("stores", "charging points"). */
const COUNTED_NOUN = /^[a-z][a-z -]+s$/i;

/** A plural noun a count entry counts, with the entries that count it. */
interface CountedThing {
  matcher: Matcher;
  /** The noun as the registry writes it, lower case. */
  noun: string;
  owners: number[];
}

const PROBES_KEPT = 256;

/**
 * What the linker remembers while one document is linked: claims of one paragraph share its
 * sentence, headings and page words. Made per document, not kept on the registry index: a young
 * cache dies young, whereas one held by the long-lived index keeps every text it ever saw alive
 * through minor GCs until a major one (it cost ~20 % of all promoted bytes on a 10,000-page run).
 */
export class LinkMemo {
  readonly probes = new Map<string, Probe>();
  /** Last joined text per parts array (see joined()). */
  readonly joins = new Map<readonly string[], { last: string | undefined; text: string }>();
}

/**
 * `parts` (and `last`) joined with paragraph separators. Claims of one unit share its context and
 * paragraph arrays: the same joined string is returned for them, so its probe is found at once.
 */
function joined(memo: LinkMemo, parts: readonly string[], last?: string): string {
  const known = memo.joins.get(parts);
  if (known && known.last === last) return known.text;
  const text = (last === undefined ? parts : [...parts, last]).join(' \u2029 ');
  memo.joins.set(parts, { last, text });
  return text;
}

function probe(index: RegistryIndex, memo: LinkMemo, text: string): Probe {
  let p = memo.probes.get(text);
  if (!p) {
    if (memo.probes.size >= PROBES_KEPT) memo.probes.clear();
    p = new Probe(text, index.matchers);
    memo.probes.set(text, p);
  }
  return p;
}

/** The subjects among `among` that `text` names (one probe: a substring check rules most out at once). */
export function subjectsNamedIn(index: RegistryIndex, text: string, among: readonly KnownSubject[]): KnownSubject[] {
  const p = new Probe(text, index.matchers);
  return among.filter((k) => p.has(k.matcher));
}

const indexCache = new WeakMap<Registry, RegistryIndex>();

/** What may not come right before a registry word: a letter, a letter or digit, or anything goes. */
type WordStart = 'letter' | 'letter-or-digit' | 'any';
/** How a registry word may end: lightly inflected, with a y/ies form, or exactly as written. */
type WordEnd = 'inflected' | 'y' | 'y-or-ie' | 'exact';

/**
 * The checks around a word, compiled once and shared by every word: a Unicode class such as \p{L}
 * under /iu costs V8 about 0.2 ms to compile, against 0.015 ms for a word's plain letters, and a
 * registry has hundreds of words. Sticky: each is tried exactly where the word's core starts or ends.
 * Case-insensitive like the core: under /i, \p{L} also takes characters that fold to a letter (U+0345).
 */
const WORD_STARTS: Record<WordStart, RegExp | undefined> = {
  letter: /(?<!\p{L})/iuy,
  'letter-or-digit': /(?<![\p{L}\p{N}])/iuy,
  any: undefined,
};
const WORD_ENDS: Record<WordEnd, RegExp> = {
  // Light inflection: plurals, possessives, "charge" → "charger", "deliver" → "delivered".
  inflected: /(?:s|es|'s|d|ed|r|rs|er|ers|ing)?(?![\p{L}\p{N}])/iuy,
  y: /(?:y|ies|ied)(?![\p{L}\p{N}])/iuy,
  'y-or-ie': /(?:y|ies|ied|ie)(?![\p{L}\p{N}])/iuy,
  exact: /(?![\p{L}\p{N}])/iuy,
};

/** How a registry word is matched in copy. */
interface WordPattern {
  /** Regular-expression source of the word's own letters, spaces matching any run of spaces or hyphens. */
  core: string;
  start: WordStart;
  end: WordEnd;
  /** The literal text any match must contain (lower case), if known. */
  stem: string | undefined;
}

/** A registry term written as a participle before its noun: "promised day", "agreed time", "booked slot". */
const PARTICIPLE_BEFORE_NOUN = /^(promise|agree|quote|arrange|book)e?d[\s-]+([\p{L}]+)$/iu;

/** A registry word for something newly made: "new site", "new account" (the word "new", then what is new). */
const MAKING_WORD = /^(new)\s+(\p{L}.*)$/u;

const GAP = '[\\s\\u00a0]+';
/** A share written as a figure: "99.9%", "100 per cent", "ninety-nine percent". */
const SHARE_FIGURE = `(?:\\d[\\d.,]*\\s?%|(?:\\d[\\d.,]*|\\p{L}+(?:-\\p{L}+)?)${GAP}per(?:${GAP})?cent)`;

/**
 * Metric words copy often says without them, and how it says them instead. Fixed alternatives only (no
 * user input), so nothing can backtrack.
 * - Punctuality: arriving "when we said", "when promised", "as promised", "on the day we promised", "on
 *   the promised date" says the promise was kept, which is what an on-time metric measures.
 * - Uptime: "up 99.9% of the time", "up and running 100 per cent of the time" (the figure may stand
 *   blanked out, when it is the claim itself: "up 100% of the time" as an absolute).
 */
const PARAPHRASES: ReadonlyArray<{ word: RegExp; said: string; stem?: string }> = [
  {
    word: /^(?:on[\s-]+time|punctual(?:ly)?)$/i,
    said: [
      `when${GAP}(?:we|you|they)${GAP}(?:said|promised)`,
      `when${GAP}promised`,
      `as${GAP}promised`,
      `on${GAP}the${GAP}(?:day|date)${GAP}(?:we|you|they)${GAP}(?:said|promised)`,
      `on${GAP}the${GAP}promised${GAP}(?:day|date)`,
    ].join('|'),
  },
  {
    word: /^(?:up[\s-]*time)$/i,
    said: `up(?:${GAP}and${GAP}running)?[\\s\\u00a0\\u2029]+(?:${SHARE_FIGURE}${GAP})?of${GAP}the${GAP}time`,
    stem: 'up',
  },
];

// Registry words are matched literally (escaped), so no user-supplied pattern can backtrack.
function wordPattern(word: string): WordPattern | undefined {
  const w = word.trim();
  if (!w) return undefined;
  // "on time" is also said as "when we said", "as promised": the word or any of its paraphrases.
  const paraphrase = PARAPHRASES.find((p) => p.word.test(w));
  if (paraphrase) {
    return { core: `(?:${escapeRegExp(w).replace(/\s+/g, '[\\s\\u00a0-]+')}|${paraphrase.said})`, start: 'letter', end: 'inflected', stem: paraphrase.stem };
  }
  // "orders" also matches "order", "reply" matches "replies": registry authors write either form.
  let base = /[^s]s$/i.test(w) && w.length > 3 ? w.slice(0, -1) : w;
  let end: WordEnd = /[\p{L}]$/u.test(w) ? 'inflected' : 'exact';
  // "countries" also matches "country", as "country" matches "countries" ("movies" still "movie").
  if (/[^aeiou]ies$/i.test(w) && w.length > 5) {
    base = w.slice(0, -3);
    end = 'y-or-ie';
  } else if (/[^aeiou]y$/i.test(base) && base.length > 3) {
    base = base.slice(0, -1);
    end = 'y';
  }
  // A unit glued to its figure ("150Mbps") still counts as the word, so only letters may precede it.
  const start: WordStart = /^[\p{L}]/u.test(w) ? 'letter' : /^[\p{N}]/u.test(w) ? 'letter-or-digit' : 'any';
  // "promised day" is also "the day we promise", "agreed time" "the time you agreed": the participle as a clause.
  const participle = PARTICIPLE_BEFORE_NOUN.exec(base);
  if (participle && end === 'inflected') {
    const [, verb, noun] = participle;
    const clause = `${escapeRegExp(noun)}(?:s|es)?[\\s\\u00a0-]+(?:we|you|they)[\\s\\u00a0-]+${escapeRegExp(verb.toLowerCase())}`;
    return { core: `(?:${escapeRegExp(base).replace(/\s+/g, '[\\s\\u00a0-]+')}|${clause})`, start, end, stem: undefined };
  }
  // Every match begins with the base's first word, as written (escaping aside).
  const stem = base.split(/\s+/)[0].toLowerCase();
  // "new site" is also "new WordPress site", "new client sites": one word may name what kind of thing is new.
  const making = MAKING_WORD.exec(base);
  if (making) {
    return { core: `${escapeRegExp(making[1])}(?:[\\s\\u00a0]+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)?[\\s\\u00a0-]+${escapeRegExp(making[2]).replace(/\s+/g, '[\\s\\u00a0-]+')}`, start, end, stem: stem && !UNFOLDABLE.test(stem) ? stem : undefined };
  }
  return { core: escapeRegExp(base).replace(/\s+/g, '[\\s\\u00a0-]+'), start, end, stem: stem && !UNFOLDABLE.test(stem) ? stem : undefined };
}

/**
 * A "new …" subject as the whole of what comes before a claim: "A new WordPress site ", "Your new store, ".
 * A verb there ("New sites get backed up within 2 hours") would name some other time.
 */
function makingPhrase(word: string): RegExp | undefined {
  const pattern = wordPattern(word);
  return pattern && new RegExp(`^\\s*(?:(?:a|an|the|your|our|each|every|any)\\s+)?(?:${pattern.core})(?:s|es|'s)?[\\s,:\u2013\u2014-]*$`, 'iu');
}

/** The claim is a time given for something new and nothing else: "A new WordPress site in under 90 seconds." */
function timeOfMaking(claim: Claim, making: RegExp[]): boolean {
  const at = offsetInSentence(claim);
  if (at < 0 || !/^[\s.!]*$/.test(claim.sentence.slice(at + claim.text.length))) return false;
  const before = claim.sentence.slice(0, at);
  return making.some((re) => re.test(before));
}

/** The test of one registry word; with `caps`, only where the copy capitalises the words so marked. */
export function wordMatcher(word: string, id: number, caps?: boolean[]): Matcher | undefined {
  const pattern = wordPattern(word);
  return pattern && new Matcher(id, new RegExp(pattern.core, 'giu'), WORD_STARTS[pattern.start], WORD_ENDS[pattern.end], pattern.stem, caps);
}

/**
 * A subject written as a proper name ("Next Day", "Premium") matches only where the copy writes it
 * with the same capitals: "next-day delivery" is a speed, "Next Day" is the service.
 */
function subjectMatcher(word: string, id: number): Matcher | undefined {
  const caps = word.trim().split(/[\s\u00a0-]+/).map((w) => /^\p{Lu}/u.test(w));
  return wordMatcher(word, id, caps.some(Boolean) ? caps : undefined);
}

/**
 * Every subject is a product's name ("Zephyr", "Aero 1.5"): capitalised, and neither the company's
 * own name (words many entries share: "Harbor & Pine"), which its copy leaves unsaid, nor holding a
 * price plan's ("Next Day service"), which copy writes in lower case as often as not ("next-day").
 */
function namesProductsOnly(subjects: string[], genericWords: Set<string>, plans: string[]): boolean {
  return subjects.length > 0 && subjects.every((subject) => {
    const words = subject.trim().split(/[\s&]+/).filter((w) => w && !/^(?:and|of|the)$/i.test(w)).map((w) => w.toLowerCase());
    if (!/^\p{Lu}/u.test(subject.trim()) || words.every((w) => genericWords.has(w))) return false;
    const spaced = ` ${words.join(' ')} `;
    return !plans.some((plan) => spaced.includes(` ${plan} `));
  });
}

export function indexRegistry(registry: Registry): RegistryIndex {
  const cached = indexCache.get(registry);
  if (cached) return cached;
  const df = new Map<string, number>();
  for (const e of registry.entries) for (const t of new Set(e.terms.map((x) => x.toLowerCase().trim()))) df.set(t, (df.get(t) ?? 0) + 1);
  // Entries share words ("mpg", "delivery"): one matcher per word, whose answer a Probe remembers,
  // so linking a claim tests each word once rather than once per entry.
  const interned = new Map<string, Matcher | undefined>();
  let matchers = 0;
  const intern = (kind: string, word: string, make: (w: string, id: number) => Matcher | undefined): Matcher | undefined => {
    const key = `${kind}\u0000${word.trim().toLowerCase()}\u0000${kind === 's' ? word.trim() : ''}`;
    if (!interned.has(key)) {
      const m = make(word, matchers);
      if (m) matchers++;
      interned.set(key, m);
    }
    return interned.get(key);
  };
  const families = new Map<string, Set<string>>();
  for (const e of registry.entries) {
    // Only proper names (capitalised in the registry) can be company names; "parcels" stays specific.
    for (const w of new Set([...e.subjects, ...(e.prices ?? []).map((p) => p.plan ?? '')].flatMap((s) => s.split(/[\s&]+/)).filter((x) => /^\p{Lu}/u.test(x)).map((x) => x.toLowerCase()))) {
      const set = families.get(w) ?? new Set<string>();
      set.add(e.id.split('.')[0]);
      families.set(w, set);
    }
  }
  const genericWords = new Set([...families].filter(([, f]) => f.size >= 3).map(([w]) => w));
  const plans = [...new Set(registry.entries.flatMap((e) => (e.prices ?? []).map((p) => (p.plan ?? '').trim().toLowerCase().split(/\s+/).join(' '))))].filter(Boolean);
  const entries = registry.entries.map((entry) => ({
    entry,
    ownWords: new Set([...subjectWords(entry), ...entry.terms.flatMap((t) => t.toLowerCase().split(/\s+/))]),
    terms: entry.terms.map((t) => intern('t', t, wordMatcher)).filter((r): r is Matcher => !!r),
    termWeights: entry.terms.filter((t) => t.trim()).map((t) => 1 / (df.get(t.toLowerCase().trim()) ?? 1)),
    ...complementTermsOf(entry, df, (w) => intern('t', w, wordMatcher)),
    // Plan names in a price list name the entry as much as its subjects do.
    subjects: [...entry.subjects, ...(entry.prices ?? []).map((p) => p.plan ?? '')].map((w) => intern('s', w, subjectMatcher)).filter((r): r is Matcher => !!r),
    scopeWords: Object.values(entry.scope)
      .filter((v) => v && !/^(?:all|any|\*)$/i.test(v))
      .map((w) => intern('t', w, wordMatcher))
      .filter((r): r is Matcher => !!r),
    families: new Set(entry.terms.map(comparisonFamily).filter((f): f is string => !!f)),
    subjectGeneric: entry.subjects.map((subj) => genericWords.has(subj.toLowerCase())),
    aspects: aspectsIn([...entry.terms, ...Object.values(entry.scope)].join(' \u2029 ')),
    productNamed: namesProductsOnly(entry.subjects, genericWords, plans),
    making: entry.subjects.filter((w) => MAKING_WORD.test(w.trim())).map(makingPhrase).filter((r): r is RegExp => !!r),
    termSet: new Set(entry.terms.map((t) => t.trim().toLowerCase())),
    objectTerms: entry.comparison
      ? entry.terms.filter((t) => t.trim() && !comparisonFamily(t) && !/^(?:than|as)$/i.test(t.trim())).map((t) => intern('t', t, wordMatcher)).filter((r): r is Matcher => !!r)
      : [],
    shape: evidenceShape(entry),
    subjectScopes: new Map(Object.entries(entry.scope).filter(([k, v]) => SUBJECT_SCOPES.test(k) && v && !/^(?:all|any|\*)$/i.test(v.trim())).map(([k, v]) => [k, v.trim().toLowerCase()])),
    standard: entry.rating?.standard.trim().toLowerCase() || undefined,
  }));
  const standards = [...new Set(entries.map((ie) => ie.standard).filter((s): s is string => !!s))].map((standard) => ({
    standard,
    words: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(standard)}(?![\\p{L}\\p{N}])`, 'giu'),
  }));
  const subjects = knownSubjects(entries);
  const countNouns = registry.entries
    .filter((e) => e.unit === 'count')
    .flatMap((e) => e.terms)
    .filter((t) => COUNTED_NOUN.test(t));
  const knownWords = new Set(entries.flatMap((e) => [...e.ownWords]));
  const counted: CountedThing[] = [];
  entries.forEach((ie, i) => {
    if (ie.entry.unit !== 'count') return;
    for (const t of ie.entry.terms) {
      const noun = t.trim().toLowerCase();
      if (!COUNTED_NOUN.test(noun)) continue;
      const known = counted.find((c) => c.noun === noun);
      if (known) known.owners.push(i);
      else {
        const matcher = intern('t', noun, wordMatcher);
        if (matcher) counted.push({ matcher, noun, owners: [i] });
      }
    }
  });
  const index: RegistryIndex = { entries, countNouns, genericWords, knownWords, matchers, subjects, counted, standards };
  indexCache.set(registry, index);
  return index;
}

/** The complements of a share entry's metric words, with the weight of the word each complements. */
function complementTermsOf(entry: RegistryEntry, df: Map<string, number>, matcher: (w: string) => Matcher | undefined): { complementTerms: Matcher[]; complementWeights: number[] } {
  const complementTerms: Matcher[] = [];
  const complementWeights: number[] = [];
  if (entry.unit !== 'percent') return { complementTerms, complementWeights };
  for (const t of entry.terms) {
    const other = complementOf(t);
    // A registry that lists the complement itself ("downtime") measures it directly.
    if (!other || entry.terms.some((u) => u.trim().toLowerCase() === other)) continue;
    const m = matcher(other);
    if (!m) continue;
    complementTerms.push(m);
    complementWeights.push(1 / (df.get(t.toLowerCase().trim()) ?? 1));
  }
  return { complementTerms, complementWeights };
}

/**
 * Scope dimensions that tell one subject from another (email or phone, Growth or Pro). A market, period
 * or population does not: a US figure and a UK one are about the same thing, and marketFit ranks them.
 */
const SUBJECT_SCOPES = /^(?:channel|service|plan|product|team)$/i;

/** Every distinct subject and plan name of the registry, with the entries that name it. */
function knownSubjects(entries: IndexedEntry[]): KnownSubject[] {
  const byMatcher = new Map<Matcher, KnownSubject>();
  entries.forEach((ie, i) => {
    // Aligned with ie.subjects, which holds a matcher for every non-blank name.
    const names = [...ie.entry.subjects, ...(ie.entry.prices ?? []).map((p) => p.plan ?? '')].filter((w) => w.trim());
    names.forEach((subject, k) => {
      const matcher = ie.subjects[k];
      if (!matcher) return;
      const known = byMatcher.get(matcher);
      if (known) {
        if (known.owners[known.owners.length - 1] !== i) known.owners.push(i);
        return;
      }
      byMatcher.set(matcher, { matcher, subject: subject.trim(), words: subject.toLowerCase().split(/[\s&]+/).filter((w) => w.length > 1), owners: [i] });
    });
  });
  return [...byMatcher.values()];
}

/** What an entry's evidence is: hours, coverage, a ranking, prices, a measure of some dimension, or words. */
function evidenceShape(e: RegistryEntry): string {
  if (e.schedule) return 'schedule';
  if (e.coverage) return 'coverage';
  if (e.comparison) return 'comparison';
  if (e.prices) return 'prices';
  return e.unit ? `measure:${dimensionOf(e.unit) ?? e.unit}` : 'words';
}

/**
 * Rivals are entries of one metric family told apart by their subjects: they share a metric word
 * ("reply" for email and chat replies) or a subject-like scope dimension with another value
 * (channel: email / phone / chat; plan; service).
 */
function isRival(a: IndexedEntry, b: IndexedEntry): boolean {
  if (a === b) return false;
  for (const [k, v] of a.subjectScopes) {
    const w = b.subjectScopes.get(k);
    if (w !== undefined && w !== v) return true;
  }
  // A word shared by evidence of different shapes ("available" for an app's uptime and for roadside
  // cover across the states) makes no family: neither could answer the other's claims.
  if (a.shape !== b.shape) return false;
  const [small, large] = a.termSet.size <= b.termSet.size ? [a.termSet, b.termSet] : [b.termSet, a.termSet];
  for (const t of small) if (large.has(t)) return true;
  return false;
}

export interface LinkInput {
  claim: Claim;
  /** Words around the claim that may name its subject but not its metric: front matter subject/title. */
  documentSubject: string[];
  /** The whole paragraph (or YAML value) the claim stands in: a subject named in an earlier sentence. */
  paragraph?: string;
  /** The other values of the YAML map the claim's value stands in (an ad's subhead): they may name its subject. */
  siblings?: string;
  /** Market the copy is for (the jurisdiction profile): entries scoped to another market rank lower. */
  market?: string;
  /**
   * The copy's language capitalises every noun (German): a capital letter then marks no name, so
   * only words some entry knows count as names ("Ihre Seiten laden …" names no other product).
   */
  nounsCapitalised?: boolean;
  /** Today's date (YYYY-MM-DD): an entry past its `expires` date is a withdrawn offer, read only where nothing current fits as well. */
  today?: string;
  /**
   * The one product the page's headings or values name (see pageProductOf): the subject of copy that
   * names none, read only where nothing else fits.
   */
  pageProduct?: string;
}

const MARKET_NAMES: Record<string, RegExp> = {
  US: /^(?:us|usa|united states|america)$/i,
  UK: /^(?:uk|gb|united kingdom|great britain|britain)$/i,
  EU: /^(?:eu|europe|de|germany|deutschland|fr|france|es|spain|it|italy|nl|netherlands|at|austria)$/i,
};

export type LinkResult =
  /** `complement`: the copy speaks of the rest of the entry's share (downtime against uptime). */
  | { entry: RegistryEntry; complement?: boolean }
  | { entry?: undefined; reason: string; candidates: string[] };

function subjectWords(e: RegistryEntry): string[] {
  return [...e.subjects, ...(e.prices ?? []).map((p) => p.plan ?? ''), ...Object.values(e.scope)]
    .flatMap((s) => s.toLowerCase().split(/[\s&]+/))
    .filter((w) => w.length > 1);
}

/** The probed words of a claim's own text, clause, sentence and context (headings, table headers). */
interface WordTiers {
  own: Probe | undefined;
  inClause: Probe;
  inSentence: Probe;
  inContext: Probe;
}

/** Metric words found: their score (a nearer tier always outweighs farther ones) and their plain weight. */
interface TermTally {
  score: number;
  weight: number;
}

/**
 * Tallies the entry's metric words found around the claim into `tally`, weighted by how near they are.
 * A plain loop into a reused tally: this runs for every entry and claim, and a closure or result object
 * per entry was a few per cent of everything a run allocates.
 */
function tallyTerms(terms: readonly Matcher[], weights: readonly number[], around: WordTiers, tally: TermTally): void {
  tally.score = 0;
  tally.weight = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const w = weights[i];
    if (around.own?.has(t)) tally.score += 1000 * w;
    else if (around.inClause.has(t)) tally.score += 100 * w;
    else if (around.inSentence.has(t)) tally.score += 10 * w;
    else if (around.inContext.has(t)) tally.score += w;
    else continue;
    tally.weight += w;
  }
}

/**
 * The thing a count claim counts, as its last word ("10,000+ products" → "products", "over 40 charging
 * points" → "points"): the reader ends a count's words with its noun. None for a bare number under a label.
 */
function countedNounOf(claim: Claim): string | undefined {
  if (claim.kind !== 'count') return undefined;
  return /(\p{L}[\p{L}'-]*)$/u.exec(claim.text)?.[1].toLowerCase();
}

/** The entry names the word among its subjects or terms, singular or plural. */
function knowsWord(ie: IndexedEntry, word: string): boolean {
  const stem = word.replace(/(?:e?s)$/, '');
  return ie.ownWords.has(word) || ie.ownWords.has(stem) || ie.ownWords.has(`${stem}s`) || ie.ownWords.has(`${stem}es`);
}

/** What fitsKind reads from the claim's sentence: the same for every entry, so read once per claim. */
interface ClaimReading {
  /** "faster than last year": the claim compares us with our own past. */
  selfComparison: boolean;
  /** An absolute about timeliness or availability ("never late", "always online"). */
  aboutTimeliness: boolean;
  /** An absolute about every member of a population ("all of our furniture", "every piece"), not every occasion ("every time"). */
  aboutPopulation: boolean;
}

function readClaim(claim: Claim): ClaimReading {
  return {
    selfComparison: claim.kind === 'comparative' && /\bthan (?:last|previous) (?:year|month|quarter|week)|\bthan a (?:year|month|quarter|week) ago\b|\bthan (?:before|ever)\b|\b(?:last year'?s|previous|outgoing|older|old) (?:model|generation|version)\b|\bthan (?:the|our|its) (?:\d{4}|previous|last|old|older|outgoing)\b[^.]{0,20}?\b(?:model|version|generation)\b|\bpredecessor\b/i.test(claim.sentence),
    aboutTimeliness: claim.kind === 'absolute' && /\b(?:on[- ]time|late|miss\w*|fail\w*|delay\w*|within|next[- ]day|wait\w*|downtime|uptime|outage\w*|los[et]\w*|damage\w*|arriv\w*|down|offline|online|up and running|drops? out|dropouts?)\b/i.test(claim.sentence),
    aboutPopulation: claim.kind === 'absolute' && /^(?:all|every (?:single )?(?!time\b)\w)/i.test(claim.keyword ?? ''),
  };
}

const ONE_COUNTRY = /\b(?:the (?:country|nation)|nation-?wide|country-?wide|coast to coast)\b/i;

/** Can this entry's evidence speak to this kind of claim at all? */
function fitsKind(claim: Claim, reading: ClaimReading, e: RegistryEntry): boolean {
  const q = claim.quantity;
  switch (claim.kind) {
    case 'schedule':
      return !!e.schedule;
    case 'coverage':
      // "across the country", "nationwide" speak of one country: a list of countries does not answer them.
      return !!e.coverage && !(ONE_COUNTRY.test(claim.text) && /^countr/i.test(e.coverage.universe ?? ''));
    case 'superlative':
      return !!e.comparison;
    case 'comparative': {
      // "faster than last year" compares us with ourselves: only evidence about our own past answers it.
      if (!e.comparison) return false;
      const selfClaim = reading.selfComparison;
      const selfEvidence = /previous|last year|prior|predecessor|outgoing|year[- ]on[- ]year|generation/i.test(`${e.comparison.among ?? ''} ${e.title} ${e.terms.join(' ')}`);
      return selfClaim === selfEvidence;
    }
    case 'price': {
      const currency = q?.unit.startsWith('currency:') ? q.unit.slice(9) : undefined;
      return !!e.prices?.some((p) => !currency || p.currency.toUpperCase() === currency);
    }
    case 'absolute':
      // "every parcel within 2 business days": a bound on time in units no calendar converts to reaches the
      // duration entries its bound does, which then judge whether they can tell.
      if (q && e.unit) return comparable(q.unit, e.unit) || (dimensionOf(q.unit) === 'duration' && dimensionOf(e.unit) === 'duration') || !!e.substantiates?.length;
      // Only evidence that can substantiate or refute an absolute: explicit words, a remedy, a limit —
      // or outcome shares when the absolute is about timeliness ("never late", "always on time"), or a
      // measured share when it speaks of every member of a population ("all of our wood furniture is
      // FSC-certified" against the share that is).
      if (e.substantiates?.length || e.guarantee || e.limit || e.offered !== undefined) return true;
      if (reading.aboutPopulation && e.unit === 'percent' && e.evidence?.value !== undefined) return true;
      return !!e.evidence && reading.aboutTimeliness;
    case 'percentage':
      // "95% within 2 days"; "9 in 10 homes get 900 Mbps or faster": a share of cases meeting a bound.
      if (claim.bound && e.unit) return dimensionOf(e.unit) === 'duration' || comparable(claim.bound.unit, e.unit);
      return e.unit === 'percent';
    case 'count':
      return e.unit === 'count';
    default:
      if (!q || !e.unit) return false;
      return dimensionOf(q.unit) === dimensionOf(e.unit);
  }
}


/**
 * Markets copy names in so many words ("UK plans", "for US customers", "Britain's fastest"), written as
 * a name is: "us" is a pronoun. Europe is left out: copy names it as a destination ("to Europe") as
 * often as a market.
 */
const MARKETS_NAMED: Array<[string, RegExp]> = [
  ['US', /\b(?:US|USA|U\.S\.(?:A\.)?|United States|America|American)(?![\p{L}\p{N}])/u],
  ['UK', /\b(?:UK|U\.K\.|United Kingdom|Great Britain|Britain|British)(?![\p{L}\p{N}])/u],
];

/** The one market the text names, if it names exactly one (and is not written in capitals throughout: "CALL US"). */
function marketNamedIn(text: string): string | undefined {
  if (!/\p{Ll}/u.test(text)) return undefined;
  const named = MARKETS_NAMED.filter(([, re]) => re.test(text));
  return named.length === 1 ? named[0][0] : undefined;
}

/** The market (or country, or region) an entry is scoped to, as the registry writes it. */
function marketOf(e: RegistryEntry): string | undefined {
  return e.scope.market ?? e.scope.country ?? e.scope.region;
}

/** +1 when the entry's market is the copy's, -1 when it is another market, 0 when either is unknown. */
function marketFit(e: RegistryEntry, market: string | undefined): number {
  const m = marketOf(e);
  if (!m || !market) return 0;
  const re = MARKET_NAMES[market];
  if (!re) return 0;
  return re.test(m.trim()) ? 1 : Object.values(MARKET_NAMES).some((r) => r.test(m.trim())) ? -1 : 0;
}

const COMMON_CAPITALS = /^(?:The|A|An|Our|Your|We|You|It|This|These|Its|All|Every|Each|Get|Try|Save|Call|Visit|Join|With|From|For|In|On|At|And|Or|But|Now|New|Free|Up|Over|More|Most|Just|Only|Plus|Premium|Standard|Basic|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|UK|US|USA|EU|EPA|WLTP|FAQ|SLA|GB|TB|MB|Mbps|Gbps|I|America|American|Britain|British|Europe|European|England|English|Christmas|Der|Die|Das|Ihre|Unsere|Wir|Sie|Le|La|Les|Nos|Vos)$/;

const FAMILIES: Array<[string, RegExp]> = [
  ['speed', /\b(?:fast\w*|quick\w*|speed\w*|rapid\w*|slow\w*)\b/i],
  ['price', /\b(?:cheap\w*|price\w*|cost\w*|afford\w*|value|lowest|expensive|undercut\w*)\b/i],
  ['efficiency', /\b(?:efficien\w*|frugal|economical|mpg|fuel)\b/i],
  ['reliability', /\b(?:reliab\w*|punctual|on[- ]time|uptime|dependab\w*)\b/i],
  ['satisfaction', /\b(?:rated|satisf\w*|loved|trusted|popular|favou?rite|recommend\w*)\b/i],
  ['size', /\b(?:larg\w*|bigg\w*|more (?:stores|locations))\b/i],
  ['accuracy', /\b(?:accura\w*|precis\w*|error[- ]free)\b/i],
];

/**
 * Metrics that exclude one another: a figure for one is no figure for another. Copy that names one
 * ("41 mpg city", "480 Mbps upload") is not answered by an entry about another of its group
 * ("combined", "download"), however well the other words fit: `preferred` and the download default
 * decide only where the copy names none.
 */
const METRIC_ASPECTS: Array<{ group: string; aspect: string; words: RegExp }> = [
  { group: 'cycle', aspect: 'city', words: /\b(?:city|in town|around town|urban)\b/i },
  { group: 'cycle', aspect: 'highway', words: /\b(?:highway|freeway|interstate)\b/i },
  { group: 'cycle', aspect: 'combined', words: /\bcombined\b/i },
  { group: 'direction', aspect: 'upload', words: /\b(?:uploads?|uploading|upstream)\b/i },
  { group: 'direction', aspect: 'download', words: /\b(?:downloads?|downloading|downstream)\b/i },
];

/** The aspects of each group ("cycle": city, highway, combined), for aboutOtherMetric. */
const METRIC_GROUPS: string[][] = [...new Set(METRIC_ASPECTS.map((a) => a.group))].map((group) => METRIC_ASPECTS.filter((a) => a.group === group).map((a) => a.aspect));

function aspectsIn(text: string): Set<string> {
  return new Set(METRIC_ASPECTS.filter((a) => a.words.test(text)).map((a) => a.aspect));
}

/**
 * The entry is about some metric of a group the copy names, but about none of those the copy names
 * there. An entry about no metric of the group (a plain "speed") is not ruled out.
 */
function aboutOtherMetric(entry: Set<string>, named: Set<string>): boolean {
  if (!named.size || !entry.size) return false;
  for (const inGroup of METRIC_GROUPS) {
    const copyNames = inGroup.filter((a) => named.has(a));
    const entryIs = inGroup.filter((a) => entry.has(a));
    if (copyNames.length && entryIs.length && !copyNames.some((a) => entry.has(a))) return true;
  }
  return false;
}

/**
 * The rating standard the copy names for the claim ("the EPA rates it at 41 mpg"): of those the registry's
 * ratings are made under, the one its clause (or table row) names, the one written nearest the claim
 * when it names several ("56.5 mpg on the WLTP cycle, the same car the EPA rates at 41 mpg").
 */
function standardNamedNear(index: RegistryIndex, clause: string, claimAt: number, claimLength: number): string | undefined {
  let nearest: { standard: string; distance: number } | undefined;
  for (const { standard, words } of index.standards) {
    words.lastIndex = 0;
    for (let m = words.exec(clause); m; m = words.exec(clause)) {
      const distance = m.index >= claimAt + claimLength ? m.index - (claimAt + claimLength) : Math.max(0, claimAt - (m.index + m[0].length));
      if (!nearest || distance < nearest.distance) nearest = { standard, distance };
    }
  }
  return nearest?.standard;
}

const UPLOAD_WORDS = /\b(?:uploads?|uploading|upstream|upload speeds?|symmetric(?:al)?)\b/i;

/** Which quality a comparative or superlative is about ("fastest" → speed), if it says. */
function comparisonFamily(text: string): string | undefined {
  return FAMILIES.find(([, re]) => re.test(text))?.[0];
}

/**
 * A rank that names no quality ("#1", "number one", "leading") is a rank in what the copy says it is
 * for, right after it ("#1 for support satisfaction", "number one in speed"), or in being rated ("rated #1").
 */
function qualityRankedFor(claim: Claim): string | undefined {
  const s = claim.sentence;
  const at = offsetInSentence(claim);
  if (at < 0) return undefined;
  const after = /^\s+(?:for|in|on|at)\s+([^,;:.()\u2029]+)/i.exec(s.slice(at + claim.text.length))?.[1];
  const rankedIn = after ? comparisonFamily(after) : undefined;
  if (rankedIn) return rankedIn;
  return /\brated\s+$/i.test(s.slice(0, at)) ? comparisonFamily('rated') : undefined;
}

/** A capitalised word that is not a common sentence word or abbreviation: maybe a product name. */
function looksLikeName(w: string): boolean {
  return /^\p{Lu}[\p{Ll}\d]/u.test(w) && !COMMON_CAPITALS.test(w);
}

/** Capitalised names right before the claim ("The Zephyr gets 50 mpg" → Zephyr): candidates for a subject. */
function namesBeforeClaim(claim: Claim): string[] {
  const at = offsetInSentence(claim);
  const upTo = at >= 0 ? at : claim.sentence.length;
  // Only the last words count: read a window, not the whole sentence (one without an end may be a
  // whole page, and there is one such read per claim). A word cut by the window is dropped.
  const from = Math.max(0, upTo - 400);
  const all = claim.sentence.slice(from, upTo).split(/\s+/).filter(Boolean);
  if (from > 0 && !/\s/.test(claim.sentence[from - 1]) && !/^\s/.test(claim.sentence.slice(from, from + 1))) all.shift();
  const words = all.slice(-5);
  const out: string[] = [];
  words.forEach((raw, i) => {
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}\d]+$/gu, '').replace(/['’]s$/, '');
    if (!looksLikeName(w)) return;
    // The first word of a sentence is capitalised anyway.
    if (from === 0 && all.length - words.length + i === 0) return;
    out.push(w);
  });
  return out;
}

/**
 * The first subject named near the claim that belongs to a rival of the entry and not to the entry
 * (its words all its own, or company names many entries share): copy naming it ("Email support is
 * available 7 days a week") is about that subject, so evidence about another (the phone lines'
 * hours) never answers it.
 */
function rivalNamed(index: RegistryIndex, ie: IndexedEntry, named: KnownSubject[]): string | undefined {
  for (const n of named) {
    if (n.words.every((w) => index.genericWords.has(w) || ie.ownWords.has(w))) continue;
    if (n.owners.some((j) => isRival(ie, index.entries[j]))) return n.subject;
  }
  return undefined;
}

/**
 * A coverage claim's clause that names a thing some entry counts ("over 400 dealerships nationwide") is
 * about where those things are: the first such thing the entry neither names among its words nor shares
 * a subject with an entry counting it (the company's stores and their states), if any.
 */
function coversOtherThing(index: RegistryIndex, ie: IndexedEntry, covered: CountedThing[]): string | undefined {
  const own = ie.entry.subjects.map((s) => s.trim().toLowerCase());
  for (const c of covered) {
    if (c.noun.split(/\s+/).every((w) => ie.ownWords.has(w))) continue;
    if (c.owners.some((j) => index.entries[j] === ie || index.entries[j].entry.subjects.some((s) => own.includes(s.trim().toLowerCase())))) continue;
    return c.noun;
  }
  return undefined;
}

/** Length of the longest subject of the entry named in the text(s): generic company names or specific ones. */
function longestSubjectIn(ie: IndexedEntry, texts: Probe | Probe[], generic: boolean): number {
  let longest = 0;
  const subjects = ie.entry.subjects;
  for (let i = 0; i < subjects.length; i++) {
    const m = ie.subjects[i];
    if (!m || ie.subjectGeneric[i] !== generic || subjects[i].length <= longest) continue;
    if (Array.isArray(texts) ? texts.some((t) => t.has(m)) : texts.has(m)) longest = subjects[i].length;
  }
  return longest;
}

/**
 * A short question right before the claim's sentence in its paragraph ("Downtime? Less than 0.1%
 * of the year."): it names what the answer is about, as a heading would.
 */
function questionBefore(sentence: string, paragraph: string | undefined): string | undefined {
  if (!paragraph) return undefined;
  const at = paragraph.indexOf(sentence);
  if (at <= 0) return undefined;
  const before = paragraph.slice(Math.max(0, at - 120), at).trimEnd();
  if (!before.endsWith('?')) return undefined;
  return /[^.!?\u2029]*\?$/.exec(before)?.[0].trim() || undefined;
}

/** Services whose hours copy promises: naming one says whose hours a schedule is. */
const SERVICE_NAMED = /\b(?:customer (?:service|services|care|support)|help ?desk|helpline|live chat|chat|phone lines?|call cent(?:re|er)|email support|tech(?:nical)? support|support)\b/i;

/** The service a schedule's clause names, if any ("customer service"). */
function serviceNamedIn(clause: string): string | undefined {
  return SERVICE_NAMED.exec(clause)?.[0];
}

/**
 * The sentence before a claim that is a sentence on its own ("Gig fiber. Up to 940 Mbps."): the fragment
 * goes on from it, so it names what the claim is about, as a heading would.
 */
function sentenceBeforeFragment(claim: Claim, paragraph: string | undefined): string | undefined {
  if (!paragraph || claim.sentence.replace(/[\s.!…]+$/u, '') !== claim.text) return undefined;
  const at = paragraph.indexOf(claim.sentence);
  if (at <= 0) return undefined;
  const before = paragraph.slice(Math.max(0, at - 120), at).trimEnd();
  if (!/[.!]$/.test(before)) return undefined;
  return /[^.!?\u2029]*[.!]$/.exec(before)?.[0].trim() || undefined;
}

/** The entries tied at the best score seen so far. */
interface Ranking {
  score: number;
  items: IndexedEntry[];
}

/** `ranking` with `ie` taken into account: a new best starts a new tie, an equal score joins it. */
function ranked(ranking: Ranking, score: number, ie: IndexedEntry): Ranking {
  if (score > ranking.score) return { score, items: [ie] };
  if (score === ranking.score) ranking.items.push(ie);
  return ranking;
}

export function linkClaim(input: LinkInput, index: RegistryIndex, memo: LinkMemo = new LinkMemo()): LinkResult {
  const { claim } = input;
  // The claim's own words never name its subject, and the keyword of an absolute, superlative or
  // comparative ("unlimited", "fastest") never names its metric: blank them before looking.
  const selfWords = claim.kind === 'absolute' || claim.kind === 'superlative' || claim.kind === 'comparative';
  // An absolute's keyword is its first word ("unlimited" in "unlimited data", "never" in "never lose a parcel").
  const keyword = claim.kind === 'absolute' ? (/^(?:no|zero|every single|without fail|every)\b/i.exec(claim.text)?.[0] ?? claim.text.split(/\s+/)[0]) : claim.text;
  const blank = (text: string, what: string) => text.split(what).join(' \u2029 ');
  const sentenceForSubjects = claim.sentence;
  const clauseForSubjects = clauseOf(claim);
  // What the claim is compared with: the words after "than"/"as", up to the end of that clause.
  const comparedWith = claim.kind === 'comparative' ? (/\b(?:than|as)\b(.*)$/i.exec(claim.sentence.slice(claim.offsetInSentence ?? 0))?.[1] ?? '').split(/[,;:]|\s(?:and|but|while|whereas)\s/)[0] : '';
  // Metric words the copy implies ("hear back" is a reply) stand beside the words it writes.
  const withImplied = (text: string) => {
    const implied = impliedTerms(text);
    return implied ? `${text} \u2029 ${implied}` : text;
  };
  const sentence = withImplied(selfWords ? blank(claim.sentence, keyword) : claim.sentence);
  const clause = withImplied(selfWords ? blank(clauseForSubjects, keyword) : clauseForSubjects);
  const ownText = selfWords ? (claim.kind === 'absolute' ? claim.text.slice(keyword.length) : '') : claim.text;
  const context = joined(memo, claim.context, questionBefore(claim.sentence, input.paragraph) ?? sentenceBeforeFragment(claim, input.paragraph));
  // A table row's first cell names the row's subject as plainly as the clause does.
  const rowHeader = claim.tableRow ?? '';
  const docSubject = joined(memo, input.documentSubject, input.paragraph ?? '');
  // Names before the claim, and the row name of a table cell ("| Aero 1.5 LE | $27,450 |").
  // Built in one array: spreading an empty literal and a filled one took V8 two array kinds here
  // and cost linkClaim three re-optimisations per run.
  const names: string[] = [];
  for (const w of namesBeforeClaim(claim)) names.push(w);
  if (claim.tableRow) {
    for (const raw of claim.tableRow.split(/\s+/)) {
      const w = raw.replace(/[^\p{L}\d]+$/gu, '');
      if (looksLikeName(w)) names.push(w);
    }
  }
  for (let i = names.length - 1; i >= 0; i--) {
    names[i] = names[i].toLowerCase();
    if (index.genericWords.has(names[i]) || (input.nounsCapitalised && !index.knownWords.has(names[i]))) names.splice(i, 1);
  }
  const family = comparisonFamily(claim.text) ?? (claim.kind === 'superlative' ? qualityRankedFor(claim) : undefined);
  const reading = readClaim(claim);
  // "UK plans from £10" is about the UK whatever market the rest of the copy is for.
  const market = marketNamedIn(clauseForSubjects) ?? marketNamedIn(claim.sentence) ?? input.market;
  // Metrics the copy names next to the claim ("41 mpg city"): in its clause or its table row.
  const namedAspects = aspectsIn(rowHeader ? `${clauseForSubjects} \u2029 ${rowHeader}` : clauseForSubjects);
  // A rating standard named there ("the EPA rates it at 41 mpg") rules out ratings made under another (WLTP).
  const namedStandard = index.standards.length
    ? (standardNamedNear(index, clauseForSubjects, Math.max(0, clauseForSubjects.indexOf(claim.text)), claim.text.length) ?? (rowHeader ? standardNamedNear(index, rowHeader, 0, 0) : undefined))
    : undefined;
  const own = ownText ? probe(index, memo, ownText) : undefined;
  const inClause = probe(index, memo, clause);
  const inSentence = probe(index, memo, sentence);
  const inContext = probe(index, memo, context);
  const inClaimText = probe(index, memo, claim.text);
  const inComparedWith = comparedWith ? probe(index, memo, comparedWith) : undefined;
  const subjectClause = rowHeader ? probe(index, memo, `${clauseForSubjects} \u2029 ${rowHeader}`) : probe(index, memo, clauseForSubjects);
  const subjectSentence = probe(index, memo, sentenceForSubjects);
  const subjectClauseOnly = probe(index, memo, clauseForSubjects);
  const subjectPage = probe(index, memo, docSubject);
  const inSiblings = input.siblings ? probe(index, memo, input.siblings) : undefined;
  const inPageProduct = input.pageProduct ? probe(index, memo, input.pageProduct) : undefined;
  /** Whether a product is named around the claim (its clause, sentence, headings, an ad's other lines, the paragraph or front matter). */
  let productNear: boolean | undefined;
  const nearProduct = () =>
    (productNear ??= index.subjects.some((k) => k.owners.some((j) => index.entries[j].productNamed) &&
      (subjectClause.has(k.matcher) || subjectSentence.has(k.matcher) || inContext.has(k.matcher) || !!inSiblings?.has(k.matcher) || subjectPage.has(k.matcher))));
  // Where a company name shared by many entries may stand: anywhere around the claim.
  const anywhere = [subjectSentence, inContext, subjectPage];
  let best: Ranking = { score: -1, items: [] };
  /** Entries about the page's product that the copy around the claim does not name: read only if nothing else fits. */
  let pageBest: Ranking = { score: -Infinity, items: [] };
  /** For an absolute: the best of the entries whose evidence answers its keyword and whose subject is named. */
  let answering: Ranking = { score: -1, items: [] };
  /** Entries that fit on their subject alone, without a metric word. */
  let subjectOnly: Set<IndexedEntry> | undefined;
  const considered: string[] = [];
  /** Entries about a named product that the copy does not name: why nothing fits, if nothing does. */
  const subjectUnnamed: string[] = [];
  /** Entries that fit but whose family's other subject the copy names: why nothing fits, if nothing does. */
  const namedElsewhere: Array<{ id: string; subject: string }> = [];
  /** Entries that fit but are scoped to another market than the copy's, with that market: why nothing fits, if nothing does. */
  const otherMarket: Array<{ id: string; market: string }> = [];
  let named: KnownSubject[] | undefined;
  /** For a coverage claim: the counted things its clause names ("400 dealerships nationwide"). */
  let covered: CountedThing[] | undefined;
  const shareClaim = claim.quantity?.unit === 'percent';
  const countedNoun = countedNounOf(claim);
  // A time measures anything (a page load, a reply, a status update): naming the subject does not say
  // which, so prose must name the metric too. A table's column header names it in the table's own words.
  const timed = claim.kind !== 'percentage' && !claim.tableRow && !!claim.quantity && dimensionOf(claim.quantity.unit) === 'duration';
  /** Entries linked through the complement of their metric words (see complementTermsOf). */
  let complemented: Set<IndexedEntry> | undefined;
  const linked = (ie: IndexedEntry): LinkResult => (complemented?.has(ie) ? { entry: ie.entry, complement: true } : { entry: ie.entry });
  // Where the claim's metric words may be found, nearest first, and the running tally of those found.
  const around: WordTiers = { own, inClause, inSentence, inContext };
  const tally: TermTally = { score: 0, weight: 0 };
  // "twice as fast as second-class post": a comparison whose object names what some entries compare
  // with answers only from those entries, not from a comparison with others (a rank among couriers).
  const objectNamed = inComparedWith ? index.entries.filter((o) => o.objectTerms.some((m) => inComparedWith.has(m))) : [];
  for (const ie of index.entries) {
    const e = ie.entry;
    if (objectNamed.length && e.comparison && !objectNamed.includes(ie)) continue;
    if (!fitsKind(claim, reading, e)) continue;
    if (aboutOtherMetric(ie.aspects, namedAspects)) continue;
    if (namedStandard && ie.standard && ie.standard !== namedStandard) continue;
    // "10,000+ products": a count is of the thing it names, so an entry that counts something else (stores)
    // never answers it, however well the words around fit ("check store hours").
    if (countedNoun && !knowsWord(ie, countedNoun)) continue;
    if (claim.kind === 'coverage') {
      covered ??= index.counted.filter((c) => inClause.has(c.matcher));
      const thing = covered.length ? coversOtherThing(index, ie, covered) : undefined;
      if (thing) {
        namedElsewhere.push({ id: e.id, subject: thing });
        continue;
      }
    }
    let familyMatch = false;
    if (selfWords) {
      // "faster" is not "cheaper": evidence about one quality never answers a claim about another.
      const entryFamilies = ie.families;
      if (family && entryFamilies.size && !entryFamilies.has(family)) continue;
      familyMatch = !!family && entryFamilies.has(family);
    }
    // Metric words, nearest first: the claim's own words (the unit), its clause, its sentence, then
    // headings and table headers. A nearer word always outweighs farther ones; within a tier,
    // words fewer entries use weigh more.
    tallyTerms(ie.terms, ie.termWeights, around, tally);
    // A share the copy gives of the complement ("less than 0.1% downtime") is read against the entry's
    // own share, where the copy names none of the entry's own metric words.
    if (tally.score === 0 && shareClaim && ie.complementTerms.length) {
      tallyTerms(ie.complementTerms, ie.complementWeights, around, tally);
      if (tally.score > 0) (complemented ??= new Set()).add(ie);
    }
    let terms = tally.score;
    const termsAround = tally.weight;
    // Superlatives like "#1" or "leading" say nothing of what they lead at: the copy must name it.
    if (selfWords && claim.kind !== 'absolute' && !family && termsAround === 0) continue;
    if (familyMatch) terms += 200;
    // "twice as frugal as the Aero 2.0 Turbo" compares our own products: evidence about rivals does not answer it.
    if (inComparedWith && index.entries.some((o) => o !== ie && o.entry.subjects.some((subj, i) => !o.subjectGeneric[i] && !ie.ownWords.has(subj.toLowerCase()) && o.subjects[i] && inComparedWith.has(o.subjects[i])))) continue;
    // Subjects: a specific name in the clause, the sentence, the headings or row, the page; a company
    // name shared by many entries counts least.
    let subjectScore = 0;
    let subjectLength = 0;
    /** Its subject is named only as the page's product (see pageProduct). */
    let fromPage = false;
    if (ie.subjects.length) {
      // The claim's own words ("Every Swiftline parcel") name what it promises before the rest of its clause does.
      if (inClaimText && (subjectLength = longestSubjectIn(ie, inClaimText, false))) subjectScore = 6;
      else if ((subjectLength = longestSubjectIn(ie, subjectClause, false))) subjectScore = 5;
      else if ((subjectLength = longestSubjectIn(ie, subjectSentence, false))) subjectScore = 4;
      else if ((subjectLength = longestSubjectIn(ie, inContext, false))) subjectScore = 3;
      // An ad's other lines ("Swiftline Premium, £7.99") name its subject as a heading would.
      else if (inSiblings && (subjectLength = longestSubjectIn(ie, inSiblings, false))) subjectScore = 3;
      else if ((subjectLength = longestSubjectIn(ie, subjectPage, false))) subjectScore = 2;
      else if ((subjectLength = longestSubjectIn(ie, anywhere, true))) subjectScore = 1;
      else if (ie.subjects.some((r) => subjectClauseOnly.has(r) || subjectSentence.has(r) || inContext.has(r))) subjectScore = 4; // plan names
      // Evidence about a product answers only copy that names it: "Our delivery truck gets 45 mpg"
      // is not the Zephyr's figure, however well "mpg" fits.
      // The page's one product (an FAQ's earlier question named it) is the subject of copy that names
      // no product and no other name, as page context, the weakest tier: read only where nothing else fits.
      else if (ie.productNamed) {
        fromPage = !!inPageProduct && !names.some((w) => !ie.ownWords.has(w)) && !!(subjectLength = longestSubjectIn(ie, inPageProduct, false)) && !nearProduct();
        if (!fromPage) {
          subjectUnnamed.push(e.id);
          continue;
        }
      }
      else if (names.some((w) => !ie.ownWords.has(w))) continue;
    } else if (names.some((w) => !ie.ownWords.has(w))) continue;
    // Copy that names another subject of this entry's family ("Email support is available 7 days a
    // week") is about that subject, not this one (the phone lines' hours); copy that names none
    // may still imply this entry's ("Lines open until 8pm").
    if (subjectScore < 3) {
      // Subjects named in the claim's clause or row, sentence or headings: found once per claim.
      named ??= index.subjects.filter((k) => subjectClause.has(k.matcher) || subjectSentence.has(k.matcher) || inContext.has(k.matcher) || !!inSiblings?.has(k.matcher));
      const other = named.length ? rivalNamed(index, ie, named) : undefined;
      if (other) {
        namedElsewhere.push({ id: e.id, subject: other });
        continue;
      }
    }
    // "Our stores are open 7 days a week, with customer service on hand any time": a schedule's clause that
    // names a service the entry does not know is about that service, whatever the rest of the sentence names.
    if (claim.kind === 'schedule' && subjectScore < 5) {
      const service = serviceNamedIn(clauseForSubjects);
      if (service && !service.toLowerCase().split(/\s+/).some((w) => knowsWord(ie, w))) {
        namedElsewhere.push({ id: e.id, subject: service.toLowerCase() });
        continue;
      }
    }
    // Without its metric words an entry fits only where its subject is named in the copy itself.
    // A time given for something new and nothing else ("A new WordPress site in under 90 seconds.") is the
    // time to make it: a subject the entry names as new says which time as plainly as a metric word.
    if (terms === 0 && (subjectScore < 3 || (timed && !(ie.making.length && timeOfMaking(claim, ie.making))))) continue;
    // A comparison of one quality ("3x faster") of one part of the business (chat) answers a claim
    // only where that part is named or measured in the copy: "Close your books 3x faster" is not
    // about chat. A comparison of the company as a whole needs no such word.
    if (familyMatch && termsAround === 0 && subjectScore === 0 && ie.subjects.length > 0 && !ie.subjectGeneric.some(Boolean)) continue;
    // Evidence that answers the keyword itself: a remedy for "guaranteed", a limit for "unlimited", listed words.
    let answersKeyword = false;
    if (claim.kind === 'absolute' && terms > 0) {
      const k = keyword.toLowerCase();
      answersKeyword = (/^(?:guarantee|or your money|money)/.test(k) && !!e.guarantee) || (/^(?:unlimited|unmetered|no)$/.test(k) && !!e.limit) || !!e.substantiates?.some((w) => claim.text.toLowerCase().includes(w.toLowerCase()));
      if (answersKeyword) terms += 5000;
    }
    if (!fromPage) considered.push(e.id);
    const scopeScore = ie.scopeWords.filter((r) => inClaimText.has(r) || inSentence.has(r) || inContext.has(r)).length;
    const marketScore = marketFit(e, market);
    // The longer the subject named ("Strata Hybrid" over "Strata"), the more specific the entry.
    // In order of weight: where the subject is named, a wrong market, how specific the subject is, scope words, metric words.
    // Without any metric word, a longer subject is no reason to prefer one entry: leave it a tie.
    const specificity = terms > 0 ? Math.min(subjectLength, 30) : 0;
    // Evidence for another market ranks below any for this one; a matching market only breaks ties.
    const score = subjectScore * 1e7 + (marketScore < 0 ? -4e6 : marketScore * 5) + specificity * 1e5 + scopeScore * 1e4 + terms;
    if (fromPage) {
      pageBest = ranked(pageBest, score, ie);
      continue;
    }
    if (marketScore < 0) otherMarket.push({ id: e.id, market: marketOf(e)! });
    best = ranked(best, score, ie);
    if (terms === 0 && claim.kind === 'absolute') (subjectOnly ??= new Set()).add(ie);
    // Its subject named near the claim (up to an ad's other lines), with evidence that answers the keyword.
    if (answersKeyword && subjectScore >= 3) answering = ranked(answering, score, ie);
  }
  // "guaranteed next-day delivery" beside "Swiftline Premium": an entry that fits on its subject alone
  // ("deliveries", an on-time share) has nothing to say of the guarantee; the entry whose evidence answers
  // the keyword, and whose subject the copy names, outranks it.
  if (answering.items.length && best.items.every((ie) => subjectOnly?.has(ie))) best = answering;
  if (!best.items.length && pageBest.items.length) best = pageBest;
  if (best.items.length === 1) return linked(best.items[0]);
  if (best.items.length > 1) {
    // Several entries fit equally (on words alone, or with the same subject named). Still never guess.
    const preferred = best.items.filter((i) => i.entry.preferred);
    if (preferred.length === 1) return linked(preferred[0]);
    // A withdrawn offer (past its `expires` date) is what copy speaks of only where it names it: among
    // entries that fit equally, the ones still current are read.
    const today = input.today;
    if (today) {
      const current = best.items.filter((i) => !i.entry.provenance.expires || i.entry.provenance.expires >= today);
      if (current.length === 1) return linked(current[0]);
    }
    // A connection speed that names no direction is its download speed, as broadband labels and
    // regulators read it; copy about uploads says so.
    const measured = claim.bound ?? claim.quantity;
    if (measured && dimensionOf(measured.unit) === 'data-rate' && !UPLOAD_WORDS.test(`${claim.sentence} ${context}`)) {
      const download = best.items.filter((i) => i.entry.terms.some((t) => /^downloads?$/i.test(t)) && !i.entry.terms.some((t) => /^(?:uploads?|upstream)$/i.test(t)));
      if (download.length === 1) return linked(download[0]);
    }
    const ids = best.items.map((i) => i.entry.id);
    return { reason: `it fits ${ids.join(', ')} equally; name the subject or scope in the copy, or mark one entry preferred`, candidates: ids };
  }
  if (!considered.length && namedElsewhere.length) {
    const subjects = [...new Set(namedElsewhere.map((n) => `“${n.subject}”`))].slice(0, 2).join(' and ');
    const ids = namedElsewhere.map((n) => n.id);
    return { reason: `the copy names ${subjects}, and no entry about that fits it (${ids.slice(0, 3).join(', ')} ${ids.length > 1 ? 'use' : 'uses'} these words but ${ids.length > 1 ? 'are' : 'is'} about another subject)`, candidates: ids };
  }
  // Every entry that fits is for another market, and nothing ranks it above the copy's own.
  if (considered.length && considered.every((id) => otherMarket.some((o) => o.id === id))) {
    const ids = otherMarket.map((o) => o.id);
    const markets = [...new Set(otherMarket.map((o) => o.market))].join(', ');
    return { reason: `${ids.length > 1 ? 'entries' : 'entry'} ${ids.slice(0, 3).join(', ')} ${ids.length > 1 ? 'use' : 'uses'} these words but ${ids.length > 1 ? 'are' : 'is'} scoped to another market (${markets}); this copy is read for the ${market} market, unless it names another`, candidates: ids };
  }
  const unnamed = considered.length ? considered : subjectUnnamed;
  if (unnamed.length) {
    return { reason: `entries ${unnamed.slice(0, 3).join(', ')} use these words but name a subject the copy does not mention`, candidates: unnamed };
  }
  return { reason: 'no registry entry uses these words and units', candidates: [] };
}
