// The reading rules: what each kind of wording promises, checked against the linked entry.
// Defaults follow the brief and docs/readings.md; thresholds come from Settings (US / UK profiles).
import { APPROX_SUFFIX, type Claim, type Distribution, type Evidence, type Qualifier, type RegistryEntry, type Settings, type UnitId, type Verdict } from '../types.js';
import { billingPeriod, convert, dimensionOf, formatQuantity, unitLabel } from '../quantities/units.js';
import { boundMetBy, casesOutside, figureReachedBy, pctText, shareReachingAtLeast, shareWithinAtLeast, type CasesOutside } from './evidence.js';
import { daysBetween, addDays } from '../registry/dates.js';
import { escapeRegExp } from '../escape-regexp.js';
import { clauseOf } from '../claims/clause.js';
import { quotable } from '../claims/quote.js';
import { splitSentences } from '../claims/sentences.js';
import { namedPercentile } from './named-statistic.js';
import { halfUnit, writtenScale } from '../quantities/rounding.js';
import { utcOffsetMinutes, zoneNamedIn } from './time-zones.js';

export interface Judgement {
  verdict: Verdict;
  /** Why, in plain words: what the copy promises under the reading rules and what the evidence shows. */
  reason: string;
  evidence?: Evidence;
  /** The figure the evidence supports under the same reading, in the entry's unit. */
  suggestion?: { value: number; unit: UnitId; round: 'down' | 'up' };
  missingQualifier?: Qualifier;
}

type Outcome = { holds: boolean | undefined; shows: string; statistic?: string; value?: number; suggestion?: Judgement['suggestion']; rule: string };

/** `complement`: the copy gives the rest of the entry's share (downtime where the entry records uptime). */
export function judge(claim: Claim, entry: RegistryEntry, settings: Settings, complement = false): Judgement {
  const stale = staleness(entry, settings.today);
  const base = complement ? complementOutcome(claim, entry) : outcomeFor(claim, entry, settings);
  // Assigned field by field (same key order as before): conditional spreads cost per claim.
  const evidence: Evidence = { entryId: entry.id, summary: base.shows } as Evidence;
  if (base.statistic) evidence.statistic = base.statistic;
  if (base.value !== undefined) evidence.value = base.value;
  if (entry.unit) evidence.unit = entry.unit;
  evidence.source = entry.provenance.source;
  if (entry.provenance.asOf) evidence.asOf = entry.provenance.asOf;
  if (stale) return { verdict: 'stale', reason: `${stale}; ${base.rule}`, evidence };
  if (base.holds === undefined) return { verdict: 'unsubstantiated', reason: `${base.rule}, and ${entry.id} does not record that (${base.shows})`, evidence };
  if (!base.holds) return { verdict: 'contradicted', reason: base.rule, evidence, ...(base.suggestion ? { suggestion: base.suggestion } : {}) };
  const missing = missingQualifier(claim, entry);
  if (missing) return { verdict: 'needs-qualifier', reason: `holds only with the qualifier “${missing.text}”, which the copy lacks`, evidence, missingQualifier: missing };
  return { verdict: 'supported', reason: base.rule, evidence };
}

/** Staleness per entry for the last `today` asked: every claim linked to an entry asks the same. */
const stalenessMemo = new WeakMap<RegistryEntry, { today: string; answer: string | undefined }>();

function staleness(entry: RegistryEntry, today: string): string | undefined {
  const memo = stalenessMemo.get(entry);
  if (memo?.today === today) return memo.answer;
  const answer = computeStaleness(entry, today);
  stalenessMemo.set(entry, { today, answer });
  return answer;
}

function computeStaleness(entry: RegistryEntry, today: string): string | undefined {
  const p = entry.provenance;
  if (p.expires && p.expires < today) return `the evidence expired on ${p.expires}`;
  if (p.asOf && p.maxAgeDays !== undefined && addDays(p.asOf, p.maxAgeDays) < today) {
    return `the evidence is from ${p.asOf}, ${daysBetween(p.asOf, today)} days old, older than the ${p.maxAgeDays} days allowed`;
  }
  return undefined;
}

/**
 * Text the reader sees with the claim: its sentence, its paragraph and any footnote or asterisk note linked to it.
 * Another sentence of the paragraph that states a price of its own keeps its words to that price: in "Gig for $70 a
 * month. Fiber 500 from $60/mo with autopay." the autopay is the second plan's term, not the first's.
 */
function nearText(claim: Claim): string {
  return [claim.sentence, paragraphAround(claim), ...claim.qualifiers].join(' ').toLowerCase();
}

const AMOUNT = /[$£€¥₹]\s?\d|\d\s?(?:€|USD|EUR|GBP)/;

function paragraphAround(claim: Claim): string {
  const paragraph = claim.paragraph ?? '';
  if (!AMOUNT.test(paragraph)) return paragraph;
  return splitSentences(paragraph)
    .map((sp) => paragraph.slice(sp.start, sp.end))
    .filter((sentence) => sentence.includes(claim.sentence.trim()) || !AMOUNT.test(sentence))
    .join(' ');
}

/**
 * Memoises a pattern built from a registry word or plan name: a page's claims share a few, and the
 * cache starts over at `limit` so a long-running language server does not keep every one it saw.
 */
function patternCache(limit: number, build: (text: string) => RegExp): (text: string) => RegExp {
  const patterns = new Map<string, RegExp>();
  return (text) => {
    let re = patterns.get(text);
    if (!re) {
      re = build(text);
      if (patterns.size >= limit) patterns.clear();
      patterns.set(text, re);
    }
    return re;
  };
}

const HYPHENS_OR_SPACES = /[\s\-\u2010\u2011]+/;

/** Finds the words with hyphens and spaces alike: "fair use" also in "fair-use", "EPA-estimated" in "EPA estimated". */
const looseMatcher = patternCache(1000, (words) => new RegExp(words.toLowerCase().trim().split(HYPHENS_OR_SPACES).map(escapeRegExp).join(HYPHENS_OR_SPACES.source)));

function missingQualifier(claim: Claim, entry: RegistryEntry): Qualifier | undefined {
  const unlimited = claim.kind === 'absolute' && !!entry.limit && /unlimited/i.test(claim.keyword ?? '');
  // Most entries require nothing: the claim's surroundings are read only when something is required.
  if (entry.qualifiers.length === 0 && !entry.rating && !unlimited) return undefined;
  const near = nearText(claim);
  const required: Qualifier[] = [...entry.qualifiers];
  if (entry.rating && readsRating(claim, entry, near)) {
    required.push({ text: `${entry.rating.label.join('-')}`, match: entry.rating.label });
  }
  if (unlimited) required.push({ text: entry.limit!, match: limitWords(entry.limit!) });
  return required.find((q) => !q.match.some((m) => looseMatcher(m).test(near)));
}

function limitWords(limit: string): string[] {
  const words = limit.match(/\b(?:fair[- ]use|limit\w*|cap\w*|\d+\s?(?:GB|TB|MB))\b/gi);
  return words?.length ? words : [limit];
}

function readsRating(claim: Claim, entry: RegistryEntry, near = nearText(claim)): boolean {
  if (!entry.rating) return false;
  if (entry.reading === 'rating') return claim.kind === 'figure' || claim.kind === 'bound';
  // Copy that names the rating's basis ("EPA-estimated") quotes the rating, whatever the entry's default.
  return (claim.kind === 'figure' || claim.kind === 'average') && entry.rating.label.some((l) => looseMatcher(l).test(near));
}

/** Tolerance in the entry's unit: the rounding of the copy's figure plus the profile's relative tolerance. */
function tolerance(claim: Claim, value: number, entryUnit: UnitId, settings: Settings): number {
  const q = claim.quantity!;
  const half = halfUnit(q, claim.text);
  const a = convert(q.value - half, q.unit, entryUnit);
  const b = convert(q.value + half, q.unit, entryUnit);
  const rounding = a !== undefined && b !== undefined ? Math.abs(b - a) / 2 : 0;
  const rel = q.approx && /about|around|roughly|approx|circa|some|close|ish|~|≈/.test(q.approx) ? settings.thresholds.approxTolerance : settings.thresholds.tolerance;
  return rounding + Math.abs(value) * rel;
}

function fmt(value: number, unit: UnitId): string {
  return formatQuantity(value, unit);
}

function outcomeFor(claim: Claim, entry: RegistryEntry, settings: Settings): Outcome {
  switch (claim.kind) {
    case 'schedule':
      return scheduleOutcome(claim, entry, settings.today);
    case 'coverage':
      return coverageOutcome(claim, entry);
    case 'superlative':
    case 'comparative':
      return comparisonOutcome(claim, entry);
    case 'price':
      return priceOutcome(claim, entry);
    case 'absolute':
      return absoluteOutcome(claim, entry);
    default:
      return quantityOutcome(claim, entry, settings);
  }
}

/**
 * A share of the complement ("less than 0.1% downtime") read against the entry's share (99.95 %
 * uptime): the copy's figure is compared with 100 % minus the measured value, and what is better
 * turns round (less downtime is better where more uptime is).
 */
function complementOutcome(claim: Claim, entry: RegistryEntry): Outcome {
  const q = claim.quantity;
  const measured = entry.evidence?.value ?? entry.evidence?.median;
  if (!q || q.unit !== 'percent' || entry.unit !== 'percent' || measured === undefined) {
    return { holds: undefined, shows: 'no measured share', rule: 'a share of the complement is read as 100% minus the measured share' };
  }
  // Rounded so that 100 − 99.95 reads 0.05, not 0.04999….
  const rest = Math.round((100 - measured) * 1e9) / 1e9;
  const hib = !entry.higherIsBetter;
  const claimed = hib ? q.value : (q.high ?? q.value);
  const half = 0.5 * 10 ** -q.decimals;
  // An absolute ("0% downtime") allows no exceptions.
  const holds = claim.kind === 'absolute' ? (hib ? rest >= 100 : rest <= 0) : hib ? rest >= claimed - half : rest <= claimed + half;
  const shows = `measured ${fmt(measured, 'percent')}, which leaves ${fmt(rest, 'percent')}`;
  return {
    holds,
    shows,
    statistic: '100% minus value',
    value: rest,
    rule: `“${quotable(claim.text)}” is read as the rest of the share ${entry.id} records: ${shows}`,
    suggestion: { value: rest, unit: 'percent', round: hib ? 'down' : 'up' },
  };
}

function quantityOutcome(claim: Claim, entry: RegistryEntry, settings: Settings): Outcome {
  const q = claim.quantity;
  const unit = entry.unit;
  const d = entry.evidence;
  if (!q || !unit) return { holds: undefined, shows: 'no figure', rule: 'the claim states no comparable figure' };
  const hib = entry.higherIsBetter;
  const th = settings.thresholds;

  if (claim.kind === 'percentage' && claim.bound) return shareOutcome(claim, entry);
  if (q.unit === 'business-day' && unit !== 'business-day' && dimensionOf(unit) === 'duration' && (claim.kind === 'bound' || claim.kind === 'up-to')) {
    return businessDayBound(claim, entry, requiredShare(claim, settings));
  }
  const low = convert(q.value, q.unit, unit);
  const high = q.high !== undefined ? convert(q.high, q.unit, unit) : undefined;
  if (low === undefined) {
    return { holds: undefined, shows: `evidence in ${unitLabel(unit)}`, rule: `the copy's ${unitLabel(q.unit)} cannot be compared with evidence in ${unitLabel(unit)}` };
  }
  // A conversion that inverts the scale (L/100 km ↔ mpg) flips which end of the claim is the promise.
  const inverted = convert(q.value * 2, q.unit, unit)! < low;
  const claimed = (q.high !== undefined && high !== undefined) ? (inverted ? Math.max(low, high) : low) : low;
  const upperOfRange = high !== undefined ? (inverted ? Math.min(low, high) : high) : low;
  // "40-odd seconds" is 40 to 50: on a lower-is-better measure the copy stands by its upper end.
  const oddUpper = q.approx === APPROX_SUFFIX.odd && !inverted && !hib ? convert(q.value + oddStep(q.value), q.unit, unit) : undefined;
  let comparator = claim.comparator;
  if (inverted) comparator = comparator === '<' ? '>' : comparator === '<=' ? '>=' : comparator === '>' ? '<' : comparator === '>=' ? '<=' : comparator;

  if (claim.kind === 'count' || (claim.kind === 'coverage' && claim.coverage?.count !== undefined)) {
    return countOutcome(claim, entry, settings);
  }
  if (claim.kind === 'percentage' || (unit === 'percent' && claim.kind !== 'up-to')) {
    const measured = d?.value ?? d?.median;
    if (measured === undefined) return { holds: undefined, shows: 'no measured value', rule: `a percentage is read as the measured value` };
    const half = 0.5 * 10 ** -q.decimals;
    const holds = hib ? measured >= claimed - half : measured <= claimed + half;
    return { holds, shows: `measured ${fmt(measured, unit)}`, statistic: 'value', value: measured, rule: `the copy claims ${fmt(claimed, unit)}; measured ${fmt(measured, unit)}`, suggestion: { value: measured, unit, round: hib ? 'down' : 'up' } };
  }

  // Bounds on lower-is-better measures (durations): the large majority must meet them.
  const upperBound = comparator === '<=' || comparator === '<' || (comparator === 'range' && !hib);
  if ((claim.kind === 'bound' || (claim.kind === 'up-to' && !hib)) && upperBound && !hib) {
    // A range promises its upper end ("within 2–4 hours" is kept if replies come within 4 hours).
    const bound = q.high !== undefined ? upperOfRange : claimed;
    const required = requiredShare(claim, settings);
    const holds = shareWithinAtLeast(d, bound, required);
    const met = boundMetBy(d, required);
    const shows = describeDistribution(entry, bound);
    return {
      holds,
      shows,
      statistic: `share within ${fmt(bound, unit)}`,
      rule: `“${quotable(claim.text)}” is read as met by at least ${pctText(required)} of cases${statisticNamed(claim)}; ${shows}`,
      ...(met ? { suggestion: { value: met.value, unit, round: 'up' as const } } : {}),
    };
  }
  if (claim.kind === 'up-to' && hib) {
    const required = th.upToShare;
    const holds = shareReachingAtLeast(d, claimed, required);
    const reach = figureReachedBy(d, required);
    return {
      holds,
      shows: describeDistribution(entry),
      statistic: `share reaching ${fmt(claimed, unit)}`,
      rule: `“up to ${fmt(claimed, unit)}” is read (${settings.jurisdiction}) as reached by at least ${pctText(required)} of cases; ${describeDistribution(entry)}`,
      ...(reach ? { suggestion: { value: reach.value, unit, round: 'down' as const } } : {}),
    };
  }
  // Average: the mean (UK broadband: the median); flag when mean and median tell different stories.
  if (claim.kind === 'average') {
    const useMedian = settings.jurisdiction === 'UK' && dimensionOf(unit) === 'data-rate';
    const stat = useMedian ? d?.median : d?.mean;
    const name = useMedian ? 'median' : 'mean';
    if (stat === undefined) return { holds: undefined, shows: `no ${name} recorded`, rule: `“average” is read as the ${name}` };
    const tol = tolerance(claim, stat, unit, settings);
    const holds = hib ? claimed <= stat + tol : (oddUpper ?? claimed) >= stat - tol;
    return { holds, shows: `${name} ${fmt(stat, unit)}${d?.median !== undefined && !useMedian ? `, median ${fmt(d.median, unit)}` : ''}`, statistic: name, value: stat, rule: `“average” is read as the ${name}: ${fmt(stat, unit)} against the copy's ${fmt(claimed, unit)}`, suggestion: { value: stat, unit, round: hib ? 'down' : 'up' } };
  }
  // Bare figures (and bounds on higher-is-better measures): the typical value, or the official rating.
  const rating = readsRating(claim, entry) ? entry.rating : undefined;
  // "p95 chat wait: 2 minutes" names its percentile; otherwise the typical (median) value.
  const rank = rating ? undefined : namedPercentile(claim);
  const percentile = rank !== undefined && rank !== 50 ? rank : undefined;
  const stat = rating ? rating.value : percentile !== undefined ? d?.percentiles?.[percentile] : d?.median;
  const name = rating ? `${rating.standard} rating` : percentile !== undefined ? `p${percentile}` : 'median';
  if (stat === undefined) return { holds: undefined, shows: `no ${name} recorded`, rule: percentile !== undefined ? `“${quotable(claim.text)}” names the ${ordinal(percentile)} percentile` : `a bare figure is read as the typical (median) value` };
  const tol = tolerance(claim, stat, unit, settings);
  let holds: boolean;
  if (comparator === '>' || comparator === '>=') holds = hib ? stat >= claimed - tol : stat <= claimed + tol;
  else if (comparator === '<' || comparator === '<=') holds = hib ? stat <= claimed + tol : stat >= claimed - tol;
  else holds = hib ? claimed <= stat + tol : (oddUpper ?? claimed) >= stat - tol;
  return {
    holds,
    shows: rating ? `${rating.standard} rating ${fmt(stat, unit)}${d?.median !== undefined ? `; owners measure a median of ${fmt(d.median, unit)}` : ''}` : `median ${fmt(stat, unit)}`,
    statistic: name,
    value: stat,
    rule: `“${quotable(claim.text)}” is read as the ${rating ? `${rating.standard} rating` : percentile !== undefined ? `${ordinal(percentile)} percentile` : 'typical (median) value'}: ${fmt(stat, unit)}`,
    suggestion: { value: stat, unit, round: hib ? 'down' : 'up' },
  };
}

/** " (the copy names the median)" when the claim names the percentile its share comes from. */
function statisticNamed(claim: Claim): string {
  const rank = namedPercentile(claim);
  return rank === undefined ? '' : ` (the copy names the ${rank === 50 ? 'median' : `${ordinal(rank)} percentile`})`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The share of cases a bound must hold for: the profile's default, or what a hedge says ("most", "usually"). */
function requiredShare(claim: Claim, settings: Settings): number {
  // "median reply under 4 hours" is kept when half the replies come within 4 hours; "p90 …" when 90 % do.
  const named = namedPercentile(claim);
  if (named !== undefined) return named / 100;
  const h = claim.hedge ?? '';
  if (h === 'most' || /majority/.test(h)) return settings.thresholds.mostShare;
  if (/usually|typically|generally|normally|often/.test(h)) return 0.5;
  return settings.thresholds.boundShare;
}

/** n business days in the entry's unit: at least n calendar days, at most n plus two weekend days per started week. */
function businessDaysIn(n: number, unit: UnitId): { low: number; high: number } {
  return { low: convert(n, 'day', unit)!, high: convert(n + 2 * Math.ceil(n / 5), 'day', unit)! };
}

/** Whether `required` of cases fall within the bound on every reading from `low` to `high`; undefined when the readings disagree. */
function withinOnEveryReading(entry: RegistryEntry, low: number, high: number, required: number): boolean | undefined {
  if (shareWithinAtLeast(entry.evidence, low, required) === true) return true;
  return shareWithinAtLeast(entry.evidence, high, required) === false ? false : undefined;
}

/**
 * "within 2 business days" against evidence in calendar time: N business days span at least N and
 * at most N + 2·⌈N/5⌉ calendar days, so the evidence decides only when both ends agree.
 */
function businessDayBound(claim: Claim, entry: RegistryEntry, required: number): Outcome {
  const q = claim.quantity!;
  const unit = entry.unit!;
  const n = q.high ?? q.value;
  const { low, high: calendarHigh } = businessDaysIn(n, unit);
  // An entry whose own metric words are the claim's working-day wording ("next working day") counts its
  // days as those: its "1 d" is the next working day, so the claim has one reading, not a range.
  const ownWording = workingDayWording(claim, entry);
  const high = ownWording ? low : calendarHigh;
  const shows = describeDistribution(entry, low);
  const holds = withinOnEveryReading(entry, low, high, required);
  const met = boundMetBy(entry.evidence, required);
  return {
    holds,
    shows,
    statistic: `share within ${fmt(n, 'business-day')}`,
    rule: `“${quotable(claim.text)}” is read as met by at least ${pctText(required)} of cases (${ownWording ? `within ${fmt(low, unit)}: ${entry.id} names “${ownWording}” among its own words, so its days are those` : `${fmt(n, 'business-day')} = ${fmt(low, unit)} to ${fmt(high, unit)}`}); ${shows}`,
    ...(met && holds === false ? { suggestion: { value: met.value, unit, round: 'up' as const } } : {}),
  };
}

/** The working- or business-day phrase the claim says that the entry lists among its metric words, if any. */
function workingDayWording(claim: Claim, entry: RegistryEntry): string | undefined {
  const said = claim.text.toLowerCase();
  return entry.terms.find((t) => /\b(?:working|business)\b/i.test(t) && looseMatcher(t).test(said));
}

function shareOutcome(claim: Claim, entry: RegistryEntry): Outcome {
  const q = claim.quantity!;
  const unit = entry.unit!;
  const bound = convert(claim.bound!.value, claim.bound!.unit, unit);
  if (bound === undefined) return { holds: undefined, shows: `evidence in ${unitLabel(unit)}`, rule: `the bound cannot be compared with evidence in ${unitLabel(unit)}` };
  const share = q.value / 100;
  // "half our customers get 810 Mbps or more" is about reaching a figure; "95% within 2 days" about staying under one.
  const tolerance = 0.5 * 10 ** -(q.decimals + 2);
  const holds = entry.higherIsBetter ? shareReachingAtLeast(entry.evidence, bound, share - tolerance) : shareWithinAtLeast(entry.evidence, bound, share - tolerance);
  const shows = describeDistribution(entry, bound);
  const meets = `${entry.higherIsBetter ? 'reaching' : 'within'} ${fmt(bound, unit)}`;
  return { holds, shows, statistic: `share ${meets}`, rule: `the copy claims ${pctText(share)} ${meets}; ${shows}` };
}

function countOutcome(claim: Claim, entry: RegistryEntry, settings: Settings): Outcome {
  const q = claim.quantity!;
  const measured = entry.evidence?.value;
  if (measured === undefined) return { holds: undefined, shows: 'no current count', rule: 'a count is read as the current recorded count' };
  const v = q.value;
  const approxBand = q.approx ? settings.thresholds.approxTolerance * v : 0.5 * 10 ** -q.decimals;
  let holds: boolean;
  switch (claim.comparator) {
    case '>': holds = measured > v; break;
    case '>=': holds = measured >= v; break;
    case '<': holds = measured < v && measured >= v * (1 - settings.thresholds.approxTolerance); break;
    case '<=': holds = measured <= v; break;
    default: {
      // A scale written with the figure sets its last digit ("1.2k", "2 million"); a plain round
      // number is read to its last non-zero digit ("500", "1,200"). More than claimed understates.
      const r = writtenScale(q, claim.text) > 1 ? halfUnit(q, claim.text) : roundingOf(v);
      holds = q.approx ? Math.abs(measured - v) <= approxBand : measured >= v - r;
    }
  }
  return { holds, shows: `current count ${measured.toLocaleString('en-US')}`, statistic: 'count', value: measured, rule: `the copy claims ${quotable(claim.text)}; the registry counts ${measured.toLocaleString('en-US')}`, suggestion: { value: niceCountBelow(measured, claim.comparator === '>'), unit: 'count', round: 'down' } };
}

/** What "-odd" adds to a round figure: "40-odd" is 40 to 50, "200-odd" 200 to 300. */
function oddStep(v: number): number {
  return 10 ** trailingZeros(v);
}

/** "500" → 2, "1,200" → 2, "45" → 0. */
function trailingZeros(v: number): number {
  return /0*$/.exec(String(Math.round(v)))![0].length;
}

/** Half a unit of a plain round count's last non-zero digit: "500" is read down to 450, "1,200" to 1,150. */
function roundingOf(v: number): number {
  if (v < 10) return 0.5;
  return Math.max(0.5, 10 ** trailingZeros(v) / 2);
}

function niceCountBelow(measured: number, strict: boolean): number {
  const digits = Math.max(0, Math.floor(Math.log10(Math.max(1, measured))) - 1);
  const step = 10 ** digits;
  let v = Math.floor(measured / step) * step;
  if (strict && v >= measured) v -= step;
  return v;
}

function describeDistribution(entry: RegistryEntry, focus?: number): string {
  const d = entry.evidence;
  const unit = entry.unit!;
  if (!d) return 'no distribution recorded';
  const parts: string[] = [];
  const within = [...(d.within ?? [])].sort((a, b) => Math.abs(a.bound - (focus ?? a.bound)) - Math.abs(b.bound - (focus ?? b.bound)));
  for (const w of within.slice(0, 2)) parts.push(`${pctText(w.share)} within ${fmt(w.bound, unit)}`);
  for (const r of (d.reaching ?? []).slice(0, 2)) parts.push(`${pctText(r.share)} reach ${fmt(r.bound, unit)}`);
  if (d.median !== undefined) parts.push(`median ${fmt(d.median, unit)}`);
  for (const [k, v] of Object.entries(d.percentiles ?? {})) parts.push(`p${k} ${fmt(v, unit)}`);
  if (d.mean !== undefined && parts.length < 3) parts.push(`mean ${fmt(d.mean, unit)}`);
  if (d.max !== undefined && parts.length < 4) parts.push(`max ${fmt(d.max, unit)}`);
  return parts.length ? `measured: ${parts.join(', ')}` : 'no distribution recorded';
}

const DAY = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

function scheduleOutcome(claim: Claim, entry: RegistryEntry, today: string): Outcome {
  if (claim.schedule?.parts) {
    const outcomes = claim.schedule.parts.map((part) => scheduleOutcome({ ...claim, schedule: part }, entry, today));
    const failed = outcomes.find((o) => o.holds === false);
    return failed ?? outcomes[0];
  }
  const s = entry.schedule!;
  const sc = claim.schedule ?? {};
  const shows = `recorded hours: ${s.hours}${s.timezone ? ` (${s.timezone})` : ''}`;
  const openAllDay = (d: number) => s.week[d]?.some(([a, b]) => a <= 0 && b >= 1440) ?? false;
  const openOn = (d: number) => (s.week[d]?.length ?? 0) > 0;
  if (sc.always) {
    const gaps = [0, 1, 2, 3, 4, 5, 6].filter((d) => !openAllDay(d));
    return { holds: gaps.length === 0, shows, rule: gaps.length ? `“${quotable(claim.text)}” promises round-the-clock service; ${shows}` : `${shows}` };
  }
  if (sc.dayCount !== undefined) {
    const open = [0, 1, 2, 3, 4, 5, 6].filter(openOn).length;
    return { holds: open >= sc.dayCount, shows, rule: `“${quotable(claim.text)}” promises ${sc.dayCount} days a week; ${shows}` };
  }
  const days = sc.days ?? [0, 1, 2, 3, 4, 5, 6].filter(openOn);
  // Hours written in a time zone ("until 8pm PT") are compared in the roster's zone, on `today`'s offsets.
  const named = sc.opens !== undefined || sc.closes !== undefined ? zoneNamedIn(clauseOf(claim)) : undefined;
  if (named) {
    const shift = s.timezone ? zoneShift(named.zone, s.timezone, today) : undefined;
    if (shift === undefined) {
      return { holds: undefined, shows, rule: `“${quotable(claim.text)}” gives its hours in ${named.written}, which can be checked only against hours whose time zone is recorded` };
    }
    if (shift !== 0) return shiftedHoursOutcome(claim, sc, days, shift, named.written, s, shows);
  }
  const closed = days.filter((d) => !openOn(d));
  if (closed.length) return { holds: false, shows, rule: `“${quotable(claim.text)}” promises service on ${closed.map((d) => DAY[d]).join(', ')}; ${shows}` };
  if (sc.opens !== undefined || sc.closes !== undefined) {
    const short = days.filter((d) => {
      const iv = s.week[d] ?? [];
      const opens = Math.min(...iv.map(([a]) => a));
      const closes = Math.max(...iv.map(([, b]) => b));
      return (sc.opens !== undefined && opens > sc.opens) || (sc.closes !== undefined && closes < sc.closes);
    });
    if (short.length) return { holds: false, shows, rule: `“${quotable(claim.text)}” is not kept on ${short.map((d) => DAY[d]).join(', ')}; ${shows}` };
  }
  return { holds: true, shows, rule: shows };
}

/** Minutes to add to a time in `from` to get the same moment in `to`, on `date`. */
function zoneShift(from: string, to: string, date: string): number | undefined {
  const a = utcOffsetMinutes(from, date);
  const b = utcOffsetMinutes(to, date);
  return a === undefined || b === undefined ? undefined : b - a;
}

const WEEK_MINUTES = 7 * 1440;

/**
 * Hours the copy writes in another zone than the roster's: each promised opening and closing moment,
 * moved into the roster's zone (and across midnight, to the next or previous day, if it falls there),
 * must find the service open: at the opening minute, and in the minute before the closing one.
 */
function shiftedHoursOutcome(claim: Claim, sc: NonNullable<Claim['schedule']>, days: number[], shift: number, written: string, s: NonNullable<RegistryEntry['schedule']>, shows: string): Outcome {
  const openAt = (minute: number) => {
    const m = ((minute % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
    return s.week.some((iv, d) => iv.some(([a, b]) => {
      const start = d * 1440 + a;
      const end = d * 1440 + b;
      return (m >= start && m < end) || (m + WEEK_MINUTES >= start && m + WEEK_MINUTES < end);
    }));
  };
  // "1pm–1am" closes after midnight.
  const closes = sc.closes !== undefined && sc.opens !== undefined && sc.closes <= sc.opens ? sc.closes + 1440 : sc.closes;
  const short = days.filter((d) => (sc.opens !== undefined && !openAt(d * 1440 + sc.opens + shift)) || (closes !== undefined && !openAt(d * 1440 + closes + shift - 1)));
  const moved = [sc.opens, closes].filter((t): t is number => t !== undefined).map((t) => `${clock(t)} ${written} is ${clock(t + shift)} ${s.timezone}`).join(', ');
  if (short.length) return { holds: false, shows, rule: `“${quotable(claim.text)}” is not kept on ${short.map((d) => DAY[d]).join(', ')} (${moved}); ${shows}` };
  return { holds: true, shows, rule: `${moved}; ${shows}` };
}

/** "23:00" for minutes from midnight, wrapped into one day. */
function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function coverageOutcome(claim: Claim, entry: RegistryEntry): Outcome {
  const c = entry.coverage!;
  const n = c.regions.length;
  const shows = `${n} regions recorded${c.universeSize ? ` of ${c.universeSize} ${c.universe ?? ''}`.trimEnd() : ''}`;
  if (claim.coverage?.all) {
    if (!c.universeSize) return { holds: undefined, shows, rule: `“${quotable(claim.text)}” claims the whole territory, but the entry records no universe_size to compare with` };
    return { holds: n >= c.universeSize, shows, rule: `“${quotable(claim.text)}” claims all ${c.universeSize} ${c.universe ?? 'regions'}; ${shows}` };
  }
  const v = claim.coverage?.count ?? claim.quantity?.value;
  if (v === undefined) return { holds: undefined, shows, rule: 'no count claimed' };
  const holds = claim.comparator === '>' ? n > v : claim.comparator === '<' ? n < v && n >= v * 0.9 : n >= v;
  return { holds, shows, value: n, statistic: 'count', rule: `the copy claims ${quotable(claim.text)}; ${shows}`, suggestion: { value: n, unit: 'count', round: 'down' } };
}

function comparisonOutcome(claim: Claim, entry: RegistryEntry): Outcome {
  const c = entry.comparison!;
  const among = c.among ? ` among ${c.among}` : '';
  if (claim.kind === 'comparative') {
    if (c.ratio !== undefined) {
      const need = claim.ratio ?? 1;
      const holds = claim.ratio !== undefined ? c.ratio >= need - 0.05 : c.ratio > 1;
      return { holds, shows: `measured ratio ${c.ratio}×${among}`, statistic: 'ratio', value: c.ratio, rule: `the copy claims ${claim.ratio !== undefined ? `${claim.ratio}×` : 'an advantage'}; comparative evidence shows ${c.ratio}×${among}` };
    }
    if (c.rank !== undefined && claim.ratio === undefined) return { holds: c.rank === 1, shows: `ranked #${c.rank}${among}`, rule: `comparative evidence ranks us #${c.rank}${among}` };
    return { holds: undefined, shows: 'no ratio recorded', rule: 'a comparative claim needs a measured ratio' };
  }
  if (c.rank === undefined) return { holds: undefined, shows: 'no rank recorded', rule: 'a superlative needs comparative evidence with a rank' };
  return { holds: c.rank === 1, shows: `ranked #${c.rank}${among}`, statistic: 'rank', value: c.rank, rule: `“${quotable(claim.text)}” claims first place; comparative evidence ranks us #${c.rank}${among}` };
}

/** A plan name as a whole word or phrase in copy; built once per name (claims of a page share a few plans). */
const planPattern = patternCache(256, (plan) => new RegExp(`(?<![\\p{L}])${escapeRegExp(plan).replace(/\s+/g, '[\\s\\u00a0-]+')}(?![\\p{L}])`, 'iu'));

/** A name as the registry capitalises it, case-sensitive: "Parts Express" but not "parts express". */
const namePattern = patternCache(256, (name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}])`, 'gu'));

/**
 * The text with the entry's capitalised subjects that contain a plan's name blanked out: "Parts
 * Express: shipping from $4.95" names the product, not its Express plan.
 */
function withoutNamesHoldingPlans(text: string, entry: RegistryEntry, plans: string[]): string {
  for (const subject of entry.subjects) {
    if (!/^\p{Lu}/u.test(subject) || !plans.some((plan) => subject.length > plan.length && planPattern(plan).test(subject))) continue;
    text = text.replace(namePattern(subject), ' \u2029 ');
  }
  return text;
}

function priceOutcome(claim: Claim, entry: RegistryEntry): Outcome {
  const q = claim.quantity!;
  const currency = q.unit.startsWith('currency:') ? q.unit.slice(9) : undefined;
  // The finder records the period it read after the figure; a table cell's price may name it elsewhere.
  const period = q.per ?? periodOf(claim.text);
  let prices = (entry.prices ?? []).filter((p) => p.currency.toUpperCase() === currency);
  if (period) prices = prices.filter((p) => !p.per || billingPeriod(p.per) === period);
  // The plan named nearest the price: its clause ("Next Day from £5.49"), else the sentence and headings.
  const plans = prices.flatMap((p) => (p.plan ? [p.plan] : []));
  const namedIn = (text: string) => {
    const plain = withoutNamesHoldingPlans(text, entry, plans);
    return prices.filter((p) => p.plan && planPattern(p.plan).test(plain));
  };
  const inClause = namedIn(clauseOf(claim));
  const named = inClause.length ? inClause : namedIn(`${claim.sentence} ${claim.context.join(' ')}`);
  const list = (ps: typeof prices) => ps.map((p) => `${p.plan ? `${p.plan} ` : ''}${formatQuantity(p.amount, `currency:${p.currency}`)}${p.per ? `/${p.per}` : ''}`).join(', ');
  if (!prices.length) return { holds: undefined, shows: `no ${currency ?? ''} prices${period ? ` per ${period}` : ''} recorded`, rule: 'prices are compared only in the same currency and period' };
  const unit = q.unit;
  if (claim.comparator === '>=') {
    // "Next Day from £5.49": the cheapest price of the plan named, else of the whole list.
    const min = Math.min(...(named.length ? named : prices).map((p) => p.amount));
    const half = Math.max(0.005, 0.5 * 10 ** -q.decimals);
    return { holds: Math.abs(min - q.value) <= half, shows: `cheapest recorded price ${formatQuantity(min, unit)}`, statistic: 'min price', value: min, rule: `“${quotable(claim.text)}” is read as the cheapest recorded price; the registry lists ${list(prices)}`, suggestion: { value: min, unit, round: 'up' } };
  }
  const pool = named.length ? named : prices;
  const hit = pool.some((p) => Math.abs(p.amount - q.value) < 0.005);
  const suggestion = named.length === 1 ? { suggestion: { value: named[0].amount, unit, round: 'up' as const } } : {};
  return { holds: hit, shows: `recorded prices: ${list(pool)}`, statistic: 'price', rule: `the copy quotes ${formatQuantity(q.value, unit)}; the registry lists ${list(pool)}`, ...suggestion };
}

function periodOf(text: string): string | undefined {
  const m = /(?:\/|per |a |an |each )\s?(mo|month|yr|year|annum|week|wk|user|seat|day)\b/i.exec(text);
  return m ? billingPeriod(m[1]) : undefined;
}

/** "every parcel within 2 business days": every case within the bound under every reading of business days (as businessDayBound). */
function everyCaseWithinBusinessDays(claim: Claim, entry: RegistryEntry): Outcome {
  const q = claim.quantity!;
  const unit = entry.unit!;
  const n = q.high ?? q.value;
  const { low, high } = businessDaysIn(n, unit);
  const shows = describeDistribution(entry, low);
  const holds = withinOnEveryReading(entry, low, high, 1);
  const which = holds === false ? outsideNote(claim, entry.evidence!, high, unit) : '';
  return { holds, shows, statistic: `share within ${fmt(n, 'business-day')}`, rule: `“${quotable(claim.text)}” allows no case over ${fmt(n, 'business-day')} (${fmt(low, unit)} to ${fmt(high, unit)})${which}; ${shows}` };
}

/** What "every"/"all" is said of, in the plural: "every email" → "emails", "all parcels arrive …" → "parcels"; else "cases". */
function populationOf(claim: Claim): string {
  const every = /^every (?:single )?([\p{L}-]+)$/iu.exec(claim.text.trim());
  if (every && every[1].toLowerCase() !== 'time') return /s$/i.test(every[1]) ? every[1] : `${every[1]}s`;
  if (/^all$/i.test(claim.text.trim()) && claim.offsetInSentence !== undefined) {
    const after = /^\s+(?:of\s+)?(?:our\s+|your\s+|the\s+)?(?:[\p{L}-]+\s+)??([\p{L}-]+s)\b/iu.exec(claim.sentence.slice(claim.offsetInSentence + claim.text.length));
    if (after) return after[1];
  }
  return 'cases';
}

/** ": 1% of emails take longer than 24 hours", for a rule's text: the cases outside a bound, '' when the evidence shows none. */
function outsideNote(claim: Claim, d: Distribution, bound: number, unit: UnitId): string {
  const outside = casesOutside(d, bound);
  return outside ? `: ${describeOutside(outside, populationOf(claim), bound, unit)}` : '';
}

/** "1% of emails take longer than 24 hours (max 52 hours)": the cases the evidence shows outside a bound. */
function describeOutside(o: CasesOutside, population: string, bound: number, unit: UnitId): string {
  const max = o.max !== undefined ? ` (max ${fmt(o.max, unit)})` : '';
  if (o.share === undefined) return `some ${population} take longer than ${fmt(bound, unit)}${max}`;
  // Rounded so that 1 − 0.86 reads 14%, not 14.0%.
  const share = `${Number((o.share * 100).toFixed(1))}%`;
  if (o.percentile) return `at least ${share} of ${population} take longer than ${fmt(bound, unit)} (p${o.percentile.rank} ${fmt(o.percentile.value, unit)})${max}`;
  return `${o.atLeast ? 'at least ' : ''}${share} of ${population} take longer than ${fmt(o.over, unit)}${max}`;
}

/** Absolute words that allow no exceptions, so that any measured exception contradicts them. */
const NO_EXCEPTIONS = new Set(['never', 'always', 'every', 'all']);

function absoluteOutcome(claim: Claim, entry: RegistryEntry): Outcome {
  const word = (claim.keyword ?? claim.text).toLowerCase();
  const key = /guarantee|money[- ]back/.test(word) ? 'guaranteed' : /^every/.test(word) ? 'every' : /100/.test(word) ? '100%' : word.split(/\s+/)[0];
  const subst = (entry.substantiates ?? []).map((s) => s.toLowerCase());
  if (subst.includes(key) || subst.includes(word)) return { holds: true, shows: `substantiated: ${entry.substantiates!.join(', ')}`, rule: `${entry.id} substantiates “${key}”` };
  if (key === 'guaranteed' && entry.guarantee) return { holds: true, shows: `guarantee: ${entry.guarantee}`, rule: `a guarantee is read as a remedy promise: ${entry.guarantee}` };
  if (key === 'unlimited' && entry.limit) return { holds: true, shows: `limit: ${entry.limit}`, rule: `“unlimited” must disclose the limit: ${entry.limit}` };
  // Evidence of exceptions contradicts an absolute.
  const d = entry.evidence;
  const q = claim.quantity;
  if (q && entry.unit && q.unit !== 'percent' && claim.comparator === '<=') {
    // "never waits more than 5 minutes", "every email within 24 hours": every case within the bound.
    if (q.unit === 'business-day' && entry.unit !== 'business-day' && dimensionOf(entry.unit) === 'duration') return everyCaseWithinBusinessDays(claim, entry);
    const bound = convert(q.value, q.unit, entry.unit);
    if (bound !== undefined) {
      const all = shareWithinAtLeast(d, bound, 1);
      const shows = describeDistribution(entry, bound);
      const which = all === false ? outsideNote(claim, d!, bound, entry.unit) : '';
      return { holds: all, shows, statistic: `share within ${fmt(bound, entry.unit)}`, rule: `“${quotable(claim.text)}” allows no case over ${fmt(bound, entry.unit)}${which}; ${shows}` };
    }
    return { holds: undefined, shows: `evidence in ${unitLabel(entry.unit)}`, rule: `the copy's ${unitLabel(q.unit)} cannot be compared with evidence in ${unitLabel(entry.unit)}` };
  }
  if (q && q.unit === 'percent' && entry.unit === 'percent' && d?.value !== undefined) {
    return { holds: d.value >= 100, shows: `measured ${fmt(d.value, 'percent')}`, statistic: 'value', value: d.value, rule: `“${quotable(claim.text)}” allows no exceptions; measured ${fmt(d.value, 'percent')}`, suggestion: { value: d.value, unit: 'percent', round: 'down' } };
  }
  if (d?.within?.some((w) => w.share < 1) && NO_EXCEPTIONS.has(key)) {
    const w = [...d.within].sort((a, b) => b.bound - a.bound)[0];
    return { holds: false, shows: describeDistribution(entry), rule: `“${quotable(claim.text)}” allows no exceptions; ${pctText(w.share)} within ${fmt(w.bound, entry.unit!)}` };
  }
  if (d?.value !== undefined && entry.unit === 'percent' && d.value < 100 && NO_EXCEPTIONS.has(key)) {
    return { holds: false, shows: `measured ${fmt(d.value, 'percent')}`, rule: `“${quotable(claim.text)}” allows no exceptions; measured ${fmt(d.value, 'percent')}` };
  }
  if (entry.offered === false) return { holds: false, shows: 'not offered', rule: `${entry.id} records the capability as not offered` };
  return { holds: undefined, shows: 'no explicit substantiation', rule: `an absolute (“${key}”) needs explicit substantiation: list it under substantiates` };
}
