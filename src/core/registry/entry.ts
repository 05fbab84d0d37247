// Turns one schema-valid registry entry (snake_case YAML data) into a RegistryEntry and checks
// what a schema cannot: units, that the figures can all be true together, that there is evidence
// at all, and whether the evidence is still fresh. Problems are addressed by path inside the entry.
import type { Distribution, RegistryEntry, RuleId, ShareAtBound, UnitId } from '../types.js';
import { convert, defaultHigherIsBetter, dimensionOf, parseQuantityText, parseUnitName, unitLabel } from '../quantities/units.js';
import { parseWeeklyHours } from './schedule.js';
import { addDays, isValidDate, maxAgeInDays } from './dates.js';

export type EntryPath = Array<string | number>;

export interface EntryProblem {
  rule: RuleId;
  path: EntryPath;
  prefer?: 'key' | 'value';
  message: string;
  /** For schedule problems: offsets inside the string value at `path`. */
  inValue?: { start: number; end: number };
  related?: { path: EntryPath; message: string };
}

/** The YAML shape of an entry after schema validation (see schemas/registry.schema.json). */
export interface RawEntry {
  id: string;
  title: string;
  owner?: string;
  subjects?: string[];
  terms: string[];
  unit?: string;
  higher_is_better?: boolean;
  reading?: 'typical' | 'rating';
  preferred?: boolean;
  evidence?: Record<string, number | Record<string, number>>;
  rating?: { value: number; standard: string; label?: string[] };
  schedule?: { hours: string; timezone?: string };
  coverage?: { regions: string[]; universe?: string; universe_size?: number };
  prices?: Array<{ amount: number; currency: string; per?: string; plan?: string }>;
  comparison?: { rank?: number; ratio?: number; among?: string };
  offered?: boolean;
  substantiates?: string[];
  guarantee?: string;
  limit?: string;
  scope?: Record<string, string | number | boolean>;
  qualifiers?: Array<{ text: string; match?: string[] }>;
  approved_wording?: string[];
  source: string;
  as_of?: string;
  expires?: string;
  max_age?: number | string;
  sample_size?: number;
}

const EVIDENCE_FIELDS = ['evidence', 'rating', 'schedule', 'coverage', 'prices', 'comparison', 'offered', 'substantiates', 'guarantee'] as const;
const SHARE_SLACK = 0.01; // percentiles are interpolated: allow a point of rounding between figures

export function buildEntry(
  raw: RawEntry,
  location: RegistryEntry['location'],
  today: string,
): { entry: RegistryEntry; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  const report = (rule: RuleId, path: EntryPath, message: string, extra: Partial<EntryProblem> = {}) =>
    problems.push({ rule, path, message, ...extra });

  // Unit.
  let unit: UnitId | undefined;
  if (raw.unit !== undefined) {
    unit = parseUnitName(raw.unit);
    if (!unit) {
      report('registry/unknown-unit', ['unit'], `unknown unit "${raw.unit}"; use one of ms, s, min, h, d, business-day, business-hour, week, fortnight, mpg-us, mpg-uk, l-per-100km, km-per-l, mpge, kbps, mbps, gbps, MB/s, MB, GB, TB, percent, count, mile, km or a currency code such as USD`);
    }
  }

  const evidence = unit ? readEvidence(raw, unit, report) : undefined;

  // Schedule.
  let schedule: RegistryEntry['schedule'];
  if (raw.schedule) {
    const { week, problems: sp } = parseWeeklyHours(raw.schedule.hours);
    for (const p of sp) report('registry/schema', ['schedule', 'hours'], p.message, { inValue: { start: p.start, end: p.end } });
    if (raw.schedule.timezone !== undefined && !isTimeZone(raw.schedule.timezone)) {
      report('registry/schema', ['schedule', 'timezone'], `unknown time zone "${raw.schedule.timezone}": use an IANA name such as America/New_York or Europe/London`);
    }
    schedule = { hours: raw.schedule.hours, timezone: raw.schedule.timezone, week };
  }

  // Coverage.
  if (raw.coverage?.universe_size !== undefined && new Set(raw.coverage.regions).size > raw.coverage.universe_size) {
    report('registry/contradictory-evidence', ['coverage', 'universe_size'], `coverage lists ${new Set(raw.coverage.regions).size} regions but universe_size says the whole has only ${raw.coverage.universe_size}`);
  }

  // Missing evidence: empty lists and maps record nothing either.
  if (!EVIDENCE_FIELDS.some((f) => present(raw[f]))) {
    report('registry/missing-evidence', ['id'], `entry "${raw.id}" records no evidence: give at least one of evidence, rating, schedule, coverage, prices, comparison, offered, substantiates or guarantee`);
  }
  if (raw.comparison && raw.comparison.rank === undefined && raw.comparison.ratio === undefined) {
    report('registry/missing-evidence', ['comparison'], 'comparison records neither rank nor ratio, so no superlative or comparative can rest on it', { prefer: 'key' });
  }
  if (raw.reading === 'rating' && !raw.rating) {
    report('registry/missing-evidence', ['reading'], 'reading is "rating" but the entry records no rating');
  }

  // Provenance: dates must be real; expiry before measurement cannot be right; then staleness.
  for (const key of ['as_of', 'expires'] as const) {
    const v = raw[key];
    if (v !== undefined && !isValidDate(v)) report('registry/schema', [key], `${key} "${v}" is not a calendar date`);
  }
  const asOfValid = raw.as_of !== undefined && isValidDate(raw.as_of);
  const expiresValid = raw.expires !== undefined && isValidDate(raw.expires);
  let maxAgeDays: number | undefined;
  if (raw.max_age !== undefined && asOfValid) maxAgeDays = maxAgeInDays(raw.max_age, raw.as_of!);
  if (asOfValid && expiresValid && raw.expires! < raw.as_of!) {
    report('registry/contradictory-evidence', ['expires'], `expires (${raw.expires}) is before as_of (${raw.as_of})`, { related: { path: ['as_of'], message: 'measured here' } });
  } else if (expiresValid && raw.expires! < today) {
    report('registry/expired', ['expires'], `entry "${raw.id}" expired on ${raw.expires}; claims resting on it are stale until the evidence is renewed`);
  } else if (asOfValid && maxAgeDays !== undefined && addDays(raw.as_of!, maxAgeDays) < today) {
    report('registry/expired', ['max_age'], `entry "${raw.id}" is older than its max_age: measured ${raw.as_of}, stale since ${addDays(raw.as_of!, maxAgeDays)}; renew the evidence and update as_of`, { related: { path: ['as_of'], message: 'measured here' } });
  }

  const entry: RegistryEntry = {
    id: raw.id,
    title: raw.title,
    owner: raw.owner,
    subjects: raw.subjects ?? [],
    terms: raw.terms,
    dimension: unit ? dimensionOf(unit) : undefined,
    unit,
    higherIsBetter: raw.higher_is_better ?? (unit ? defaultHigherIsBetter(unit) : true),
    evidence,
    rating: raw.rating ? { value: raw.rating.value, standard: raw.rating.standard, label: raw.rating.label ?? [] } : undefined,
    reading: raw.reading,
    schedule,
    coverage: raw.coverage ? { regions: raw.coverage.regions, universe: raw.coverage.universe, universeSize: raw.coverage.universe_size } : undefined,
    prices: raw.prices?.map((p) => ({ amount: p.amount, currency: p.currency, per: p.per, plan: p.plan })),
    comparison: raw.comparison ? { ...raw.comparison } : undefined,
    offered: raw.offered,
    substantiates: raw.substantiates,
    guarantee: raw.guarantee,
    limit: raw.limit,
    scope: Object.fromEntries(Object.entries(raw.scope ?? {}).map(([k, v]) => [k, String(v)])),
    preferred: raw.preferred,
    provenance: { source: raw.source, asOf: raw.as_of, expires: raw.expires, maxAgeDays, sampleSize: raw.sample_size },
    qualifiers: (raw.qualifiers ?? []).map((q) => ({ text: q.text, match: q.match?.length ? q.match : [q.text] })),
    approvedWording: raw.approved_wording,
    location,
  };
  dropUndefined(entry);
  return { entry, problems };
}

type Report = (rule: RuleId, path: EntryPath, message: string, extra?: Partial<EntryProblem>) => void;

/** A figure on the distribution with the percentile rank it stands for and where it was written. */
interface RankedFigure {
  rank: number;
  value: number;
  key: string;
}

function readEvidence(raw: RawEntry, unit: UnitId, report: Report): Distribution | undefined {
  const ev = raw.evidence;
  checkRange(raw, unit, report);
  if (!ev) return undefined;
  const out: Distribution = {};
  const ranked: RankedFigure[] = [];
  for (const [key, v] of Object.entries(ev)) {
    if (typeof v !== 'number') continue;
    const pm = /^p(\d+)$/.exec(key);
    if (pm) {
      (out.percentiles ??= {})[Number(pm[1])] = v;
      ranked.push({ rank: Number(pm[1]), value: v, key });
    } else if (key === 'median') {
      out.median = v;
      ranked.push({ rank: 50, value: v, key });
    } else if (key === 'min') {
      out.min = v;
      ranked.push({ rank: 0, value: v, key });
    } else if (key === 'max') {
      out.max = v;
      ranked.push({ rank: 100, value: v, key });
    } else if (key === 'mean') out.mean = v;
    else if (key === 'value') out.value = v;
  }

  // Order statistics must not fall as the rank rises: min ≤ p10 ≤ median ≤ p90 ≤ max.
  ranked.sort((a, b) => a.rank - b.rank || (a.key === 'median' ? 1 : -1));
  for (let i = 1; i < ranked.length; i++) {
    const a = ranked[i - 1];
    const b = ranked[i];
    if (a.rank === b.rank && a.value !== b.value) {
      report('registry/contradictory-evidence', ['evidence', b.key], `${b.key} (${b.value}) and ${a.key} (${a.value}) name the same point of the distribution but differ`, { related: { path: ['evidence', a.key], message: `${a.key} is ${a.value}` } });
    } else if (b.value < a.value) {
      report('registry/contradictory-evidence', ['evidence', b.key], `${b.key} (${b.value}) is below ${a.key} (${a.value}); ${rankWord(b)} cannot be lower than ${rankWord(a)}`, { related: { path: ['evidence', a.key], message: `${a.key} is ${a.value}` } });
    }
  }
  if (out.mean !== undefined) {
    if (out.min !== undefined && out.mean < out.min) report('registry/contradictory-evidence', ['evidence', 'mean'], `mean (${out.mean}) is below min (${out.min})`, { related: { path: ['evidence', 'min'], message: `min is ${out.min}` } });
    if (out.max !== undefined && out.mean > out.max) report('registry/contradictory-evidence', ['evidence', 'mean'], `mean (${out.mean}) is above max (${out.max})`, { related: { path: ['evidence', 'max'], message: `max is ${out.max}` } });
  }

  const within = readShares(ev.within, 'within', unit, report);
  const reaching = readShares(ev.reaching, 'reaching', unit, report);
  checkShareOrder(within, 'within', report);
  checkShareOrder(reaching, 'reaching', report);
  checkSharesAgainstFigures(within, 'within', ranked, report);
  checkSharesAgainstFigures(reaching, 'reaching', ranked, report);
  if (within.length) out.within = within.map(({ bound, share }) => ({ bound, share }));
  if (reaching.length) out.reaching = reaching.map(({ bound, share }) => ({ bound, share }));
  dropUndefined(out);
  return out;
}

function rankWord(f: RankedFigure): string {
  if (f.key === 'min') return 'the smallest case';
  if (f.key === 'max') return 'the largest case';
  if (f.key === 'median') return 'the median';
  return `the ${f.rank}th percentile`;
}

/** Numbers that cannot be measured: negative figures, percentages above 100. */
function checkRange(raw: RawEntry, unit: UnitId, report: Report): void {
  const figures: Array<[EntryPath, number]> = [];
  for (const [k, v] of Object.entries(raw.evidence ?? {})) if (typeof v === 'number') figures.push([['evidence', k], v]);
  if (raw.rating) figures.push([['rating', 'value'], raw.rating.value]);
  for (const [path, v] of figures) {
    if (v < 0) report('registry/contradictory-evidence', path, `${path.join('.')} is negative (${v}); no ${dimensionOf(unit).replace('-', ' ')} can be`);
    else if (unit === 'percent' && v > 100) report('registry/contradictory-evidence', path, `${path.join('.')} is ${v}%, more than 100%`);
  }
}

type BoundShare = ShareAtBound & { text: string };

function readShares(map: unknown, key: 'within' | 'reaching', unit: UnitId, report: Report): BoundShare[] {
  if (!map || typeof map !== 'object') return [];
  const out: BoundShare[] = [];
  for (const [text, share] of Object.entries(map as Record<string, number>)) {
    const path = ['evidence', key, text];
    let bound: number | undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(text)) bound = Number(text); // a bare number is in the entry's unit
    else {
      const q = parseQuantityText(text);
      if (!q) {
        const rule = /^\s*\d/.test(text) ? 'registry/unknown-unit' : 'registry/schema';
        report(rule, path, rule === 'registry/unknown-unit' ? `unknown unit in bound "${text}"` : `cannot read "${text}" as a bound; write a number with its unit, e.g. "24 h"`, { prefer: 'key' });
        continue;
      }
      bound = convert(q.value, q.unit, unit);
      if (bound === undefined) {
        report('registry/unknown-unit', path, `bound "${text}" cannot be converted to the entry's unit (${unitLabel(unit)})${q.unit === 'business-day' || unit === 'business-day' ? '; business days are not a fixed number of hours' : ''}`, { prefer: 'key' });
        continue;
      }
    }
    if (share < 0 || share > 1) {
      const hint = share > 1 && share <= 100 ? ` (write ${share}% as ${share / 100})` : '';
      report('registry/contradictory-evidence', path, `share ${share} for "${text}" is outside 0..1${hint}`);
      continue;
    }
    out.push({ bound, share, text });
  }
  out.sort((a, b) => a.bound - b.bound);
  return out;
}

/** More cases fit under a larger bound; fewer reach a larger one. */
function checkShareOrder(shares: BoundShare[], key: 'within' | 'reaching', report: Report): void {
  for (let i = 1; i < shares.length; i++) {
    const a = shares[i - 1];
    const b = shares[i];
    if (a.bound === b.bound) {
      if (a.share !== b.share) {
        report('registry/contradictory-evidence', ['evidence', key, b.text], `"${b.text}" and "${a.text}" are the same bound but record different shares (${b.share} and ${a.share})`, { related: { path: ['evidence', key, a.text], message: `${a.text}: ${a.share}` } });
      }
      continue;
    }
    if (key === 'within' ? b.share >= a.share : b.share <= a.share) continue;
    report(
      'registry/contradictory-evidence',
      ['evidence', key, b.text],
      key === 'within'
        ? `share within "${b.text}" (${b.share}) is smaller than within the shorter "${a.text}" (${a.share}); every case within "${a.text}" is also within "${b.text}"`
        : `share reaching "${b.text}" (${b.share}) is larger than reaching the lower "${a.text}" (${a.share}); every case reaching "${b.text}" also reaches "${a.text}"`,
      { related: { path: ['evidence', key, a.text], message: `${a.text}: ${a.share}` } },
    );
  }
}

/**
 * Shares at bounds and order statistics describe the same distribution: if 95% of cases are within
 * 1 h, the 90th percentile cannot be 6 h. Checked with a point of slack for interpolation.
 */
function checkSharesAgainstFigures(shares: BoundShare[], key: 'within' | 'reaching', ranked: RankedFigure[], report: Report): void {
  for (const s of shares) {
    for (const f of ranked) {
      const p = f.rank / 100; // share of cases at or below f.value
      let problem: string | undefined;
      if (key === 'within') {
        if (f.value < s.bound && s.share < p - SHARE_SLACK) problem = `only ${s.share} within "${s.text}" although ${f.key} (${f.value}) is below it, so at least ${p} are`;
        if (f.value > s.bound && s.share > p + SHARE_SLACK) problem = `${s.share} within "${s.text}" although ${f.key} (${f.value}) is above it, so at most ${p} are`;
      } else {
        if (f.value > s.bound && s.share < 1 - p - SHARE_SLACK) problem = `only ${s.share} reaching "${s.text}" although ${f.key} (${f.value}) is above it, so at least ${round(1 - p)} do`;
        if (f.value < s.bound && s.share > 1 - p + SHARE_SLACK) problem = `${s.share} reaching "${s.text}" although ${f.key} (${f.value}) is below it, so at most ${round(1 - p)} do`;
      }
      if (problem) {
        report('registry/contradictory-evidence', ['evidence', key, s.text], problem, { related: { path: ['evidence', f.key], message: `${f.key} is ${f.value}` } });
        break;
      }
    }
  }
}

/** Is the text an IANA time zone the platform knows? (Intl is pure: no clock, no file system.) */
// Building an Intl.DateTimeFormat to test a zone costs milliseconds; registries repeat a few zones.
const knownZones = new Map<string, boolean>();
// The canonical names are listed in about 1 ms, while the first Intl.DateTimeFormat with a zone loads
// ICU's zone data (about 10 ms, a twentieth of a small site's run). Aliases ("UTC", "Asia/Kolkata")
// are not all listed: for those the formatter still decides.
let canonicalZones: Set<string> | undefined;
function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
    known = canonicalZones.has(zone) || formatsInZone(zone);
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

function formatsInZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function dropUndefined(o: object): void {
  for (const [k, v] of Object.entries(o)) if (v === undefined) delete (o as Record<string, unknown>)[k];
}
