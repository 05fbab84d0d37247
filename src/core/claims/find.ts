// Finds checkable claims in one unit of plain text. Each claim records what its wording promises
// (kind, comparator, quantity, hedge, negation, condition) so verdicts can follow the reading rules
// without looking at the wording again. Offsets are into the unit's text.
import { APPROX_SUFFIX, APPROX_SUFFIX_WRITTEN, type ClaimKind, type Comparator, type Quantity, type ScheduleClaim, type UnitId } from '../types.js';
import { scanNumbers, gluedToWord, SCALE_WORDS, type NumberToken } from '../quantities/numbers.js';
import { billingPeriod, currencyOfSymbol, dimensionOf } from '../quantities/units.js';
import { splitSentences } from './sentences.js';
import { escapeRegExp } from '../escape-regexp.js';
import * as V from './vocabulary.js';
import { gated, mayMatch } from '../literal-gates.js';
import { FirstMatch } from './first-match.js';

export interface FoundClaim {
  kind: ClaimKind;
  start: number;
  end: number;
  figureStart?: number;
  figureEnd?: number;
  sentenceStart: number;
  sentenceEnd: number;
  quantity?: Quantity;
  comparator: Comparator;
  hedge?: string;
  condition?: string;
  keyword?: string;
  bound?: Quantity;
  schedule?: ScheduleClaim;
  coverage?: { all: boolean; count?: number; noun?: string };
  ratio?: number;
}

export interface FindOptions {
  locale: string;
  /** Table column header (and row header) of a cell: gives a bare number its unit, and context words. */
  header?: string;
  /** A table cell's column header: "| Answered within |" makes "| 5 minutes |" a bound. */
  column?: string;
  /** Extra count nouns from the registry's count entries ("charging points", "lockers"). */
  countNouns?: string[];
  /**
   * Lower-case words the registry names its own subjects with ("ledgerly", "aero"): a press release's "Ledgerly says
   * its customers save 5 hours" is the company speaking of itself, not another party.
   */
  ownWords?: ReadonlySet<string>;
}

type Role = (typeof V.BEFORE_FIGURE)[number]['role'];

interface Span {
  start: number;
  end: number;
}

/** Verbs of time won back for the customer: a duration after them is a saving, more being better. */
const TIME_WON_BEFORE = /\b(?:sav(?:e|es|ed|ing)|(?:get|gets|got|getting|win|wins|won|claw|claws) back|free(?:s|d)? up|freeing up|reclaim(?:s|ed)?)\b/i;

/** The period of a count that is a rate: "parcels a week", "orders per day", "downloads every month". */
const COUNT_RATE_AFTER = /^\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b/i;

const TYPICAL_COLUMN = /\b(?:typical(?:ly)?|usual(?:ly)?)\b/i;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function findClaims(text: string, options: FindOptions): FoundClaim[] {
  const claims: FoundClaim[] = [];
  // Most copy holds no claim: one linear scan for anything that could start one skips the rest.
  if (!V.CLAIM_TRIGGER.test(text) && !(options.header && /\d/.test(text))) return claims;
  const countNouns = countNounPattern(options.countNouns ?? NO_NOUNS);
  // "**Drivers wanted:** … £14.50 an hour": in a job advert, amounts and lengths of time are the job's pay and hours.
  const jobAd = V.JOB_AD_START.test(text);
  /** The previous sentence compared us with something ("Cheaper than cable."), which a bare "Faster too." goes on doing. */
  let comparing = false;
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const elliptical = comparing ? V.ELLIPTICAL_COMPARATIVE.exec(sentence) : null;
    comparing = false;
    if (elliptical) {
      const start = elliptical.index + elliptical[0].indexOf(elliptical[1]);
      claims.push(shift({ kind: 'comparative', start, end: start + elliptical[1].length, sentenceStart: 0, sentenceEnd: sentence.length, comparator: '>=', keyword: elliptical[1] }, s.start, s.end));
      comparing = true;
      continue;
    }
    if (!V.CLAIM_TRIGGER.test(sentence)) continue;
    for (const c of findInSentence(sentence, options.locale, countNouns, options.header ?? '', options.column ?? '', options.ownWords ?? NO_WORDS)) {
      if (jobAd && (c.kind === 'price' || (c.kind === 'figure' && c.quantity && dimensionOf(c.quantity.unit) === 'duration'))) continue;
      // "| Typical delivery time |": the column's hedge applies to every cell, as it would in the sentence.
      if (!c.hedge && options.column && TYPICAL_COLUMN.test(options.column)) c.hedge = 'typically';
      if (c.kind === 'comparative' && /\bthan\b/i.test(c.keyword ?? '')) comparing = true;
      claims.push(shift(c, s.start, s.end));
    }
  }
  if (!claims.length && options.header) {
    const cell = headerFigure(text, options.header, options.locale, countNouns);
    if (cell) claims.push(cell);
  }
  return claims;
}

/** Moves a claim found in a sentence to unit offsets (in place: findInSentence made it fresh). */
function shift(c: FoundClaim, by: number, sentenceEnd: number): FoundClaim {
  c.start += by;
  c.end += by;
  if (c.figureStart !== undefined) c.figureStart += by;
  if (c.figureEnd !== undefined) c.figureEnd += by;
  c.sentenceStart = by;
  c.sentenceEnd = sentenceEnd;
  return c;
}

const NO_NOUNS: string[] = [];
/** No registry: no name is known to be the copy's own. */
const NO_WORDS: ReadonlySet<string> = new Set();
const countNounCache = new Map<string, RegExp>();
/** The same list (a registry index's) comes with every unit: found by identity without joining it. */
const countNounsByList = new WeakMap<string[], RegExp>();

/** The count-noun pattern for a registry's extra nouns, built once per distinct list. */
function countNounPattern(extra: string[]): RegExp {
  const known = countNounsByList.get(extra);
  if (known) return known;
  const key = extra.join('\u0000');
  let re = countNounCache.get(key);
  if (!re) {
    re = buildCountNouns(extra);
    if (countNounCache.size > 32) countNounCache.clear();
    countNounCache.set(key, re);
  }
  countNounsByList.set(extra, re);
  return re;
}

function buildCountNouns(extra: string[]): RegExp {
  const nouns = [...new Set([...V.COUNT_NOUNS, ...V.REGION_NOUNS, ...extra.map((e) => e.toLowerCase())])]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/ /g, '[\\s-]'))
    // Case-sensitive except for the first letter, so that only capitalised names can stand between.
    .map((n) => `[${n[0].toUpperCase()}${n[0]}]${n.slice(1)}`);
  // Up to two modifiers between the number and the noun: "500 UK stores", "1,200 trained drivers".
  // Between the number and the noun: brand names ("Harbor & Pine", "Vantor Charge") and up to two modifiers.
  return new RegExp(String.raw`^(\+|-plus\b|\s+plus\b|-odd\b)?(?:\s+(?:[A-Z][\w'-]*|&)){0,3}(?:\s+(?:more|additional|extra|new|happy|active|paying|trained|certified|local|UK|US|european|European|global|dedicated|expert|in-house|specialist|retail|partner|satisfied|zufriedene|gehostete|aktive|[a-z]+-[a-z]+))?(?:\s+(?:more|additional|extra|new|happy|active|paying|trained|certified|local|retail|partner))?\s+(${nouns.join('|')})(?![\p{L}])`, 'u');
}

/** A table cell holding only a number takes its unit from the column header ("Combined MPG" → 41 mpg). */
function headerFigure(text: string, header: string, locale: string, countNouns: RegExp): FoundClaim | undefined {
  const m = /^\s*([$£€]?)\s*([\d.,]+[kKmM]?)(\+?)\s*(?:[*†‡§¹²³]|\[\^[^\]]+\])?\s*$/.exec(text);
  if (!m) return undefined;
  const [t] = scanNumbers(m[2], locale);
  if (!t || t.ambiguous) return undefined;
  const start = m.index + m[0].indexOf(m[2]);
  const figureStart = m[1] ? start - (m[0].indexOf(m[2]) - m[0].indexOf(m[1])) : start;
  let unit: UnitId | undefined;
  if (m[1]) unit = `currency:${currencyOfSymbol(m[1])}`;
  else {
    for (let i = 0; i < header.length && !unit; i++) {
      if (i > 0 && /[\p{L}\d]/u.test(header[i - 1])) continue;
      const u = unitAfter(' ' + header.slice(i), 0);
      if (u && u.unit !== 'currency:' && u.unit !== 'count') unit = u.unit;
    }
  }
  const end = start + t.end + m[3].length;
  if (!unit) {
    // "| Customers | 38,000+ |", "| Countries | 31 |": the header names what is counted.
    const noun = header.split(/\s*\u2029\s*/).map((h) => countNouns.exec(` ${h.trim()}`)).find(Boolean);
    if (!noun) return undefined;
    const region = V.REGION_NOUNS.includes(noun[2].toLowerCase());
    return {
      kind: region ? 'coverage' : 'count', start: figureStart, end, figureStart, figureEnd: end, sentenceStart: 0, sentenceEnd: text.length,
      comparator: m[3] ? '>=' : '=', quantity: { value: t.value, unit: 'count', decimals: t.decimals },
      ...(region ? { coverage: { all: false, count: t.value, noun: noun[2].toLowerCase() } } : {}),
    };
  }
  const quantity: Quantity = { value: t.value, unit, decimals: t.decimals };
  const kind: ClaimKind = unit.startsWith('currency:') ? 'price' : /\baverage\b|\bmean\b/i.test(header) ? 'average' : unit === 'percent' ? 'percentage' : 'figure';
  return { kind, start: figureStart, end, figureStart, figureEnd: end, sentenceStart: 0, sentenceEnd: text.length, comparator: '=', quantity };
}

// The sentence patterns below that only stand for a few words are gated by them (see literal-gates.ts).
/** "weekdays 8–8", "Saturdays 9–1": bare hours after days. */
const DAYS_THEN_BARE_HOURS = gated(/\b(weekdays|weekends|daily|every day|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\s+(\d{1,2})\s?[–-]\s?(\d{1,2})\b(?!\s*(?:am|pm|%|days?|hours?))/gi, ['day', 'daily', 'weekend']);
/** "ring us between 9 and 5". */
const BETWEEN_BARE_HOURS = gated(/\bbetween\s+(\d{1,2})\s+and\s+(\d{1,2})\b(?=\s*(?:[.,;:!)]|$|on\b|every\b|daily\b|from\b|mon|tue|wed|thu|fri|sat|sun|week))/gi, ['between']);
const NINES = gated(/\b(three|four|five|3|4|5) nines\b/gi, ['nines']);
const FRACTION_OF = gated(/\b(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters)\b/gi, ['half', 'third', 'quarter']);
const DAYS_A_WEEK = gated(/\b(one|two|three|four|five|six|[1-6])\s+days\s+a\s+week\b/gi, ['days']);

function findInSentence(s: string, locale: string, countNouns: RegExp, header: string, column: string, ownWords: ReadonlySet<string>): FoundClaim[] {
  // A question asserts nothing ("Half the price of cable? No — …").
  if (/\?["'”’)]*\s*$/.test(s)) return [];
  const out: FoundClaim[] = [];
  const taken: Span[] = [];
  const excluded = exclusions(s);
  const unclaimed = (sp: Span) => !taken.some((t) => overlaps(t, sp));
  const free = (sp: Span) => unclaimed(sp) && !excluded.some((t) => overlaps(t, sp));
  // Callers pass a fresh literal: completed in place, as `{ ...c, more }` gets a new hidden class
  // per object on Node 20 (see scripts/markdown-parser-patch.mjs).
  const add = (c: Omit<FoundClaim, 'sentenceStart' | 'sentenceEnd'>) => {
    const claim = c as FoundClaim;
    claim.sentenceStart = 0;
    claim.sentenceEnd = s.length;
    out.push(claim);
    taken.push({ start: c.start, end: c.end });
  };

  // Keyword claims first: they contain digits ("24/7", "2x faster", "all 50 states", "No. 1") that must not be read as figures.
  for (const m of matchAll(V.SCHEDULE_ALWAYS, s)) {
    add({ kind: 'schedule', start: m.index, end: m.index + m[0].length, comparator: '=', keyword: m[0], schedule: { always: true } });
  }
  let everyDayNamed = false;
  for (const m of matchAll(V.SCHEDULE_DAYS, s)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    if (!free(sp)) continue;
    add({ kind: 'schedule', ...sp, comparator: '=', keyword: m[0], schedule: { days: [0, 1, 2, 3, 4, 5, 6] } });
    everyDayNamed = true;
  }
  // "Late-night shopping until 10pm, every day of the week": naming the days of service makes the sentence about hours.
  if (V.SCHEDULE_CONTEXT.test(s) || V.SCHEDULE_CONTEXT.test(header) || everyDayNamed) {
    for (const m of matchAll(V.SCHEDULE_EVERY_DAY, s)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      if (free(sp)) add({ kind: 'schedule', ...sp, comparator: '=', keyword: m[0], schedule: { days: [0, 1, 2, 3, 4, 5, 6] } });
    }
    for (const m of matchAll(V.SCHEDULE_WEEKEND, s)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const lower = m[0].toLowerCase();
      const days = lower.includes('weekend') ? [5, 6] : lower.includes('saturday') && lower.includes('sunday') ? [5, 6] : lower.includes('saturday') ? [5] : [6];
      if (free(sp)) add({ kind: 'schedule', ...sp, comparator: '=', keyword: m[0], schedule: { days } });
    }
    // "weekdays 8–8 and weekends 9–5", "Saturdays 9–1": bare hours after days read as morning to evening.
    for (const m of matchAll(DAYS_THEN_BARE_HOURS, s)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const [opens, closes] = bareHours(m[2], m[3]);
      const day = m[1].toLowerCase();
      const days = /weekend/.test(day) ? [5, 6] : /weekday/.test(day) ? [0, 1, 2, 3, 4] : /daily|every/.test(day) ? [0, 1, 2, 3, 4, 5, 6] : [V.DAY_NAMES[day.slice(0, 3)]];
      if (unclaimed(sp) && opens < closes && closes <= 1440) add({ kind: 'schedule', ...sp, comparator: '=', keyword: m[0], schedule: { opens, closes, days } });
    }
    // "ring us between 9 and 5": bare hours as above; never a range of a unit.
    for (const m of matchAll(BETWEEN_BARE_HOURS, s)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const [opens, closes] = bareHours(m[1], m[2]);
      const days = readDaysBefore(s, m.index) ?? readDaysAfter(s, sp.end);
      if (unclaimed(sp) && opens >= 5 * 60 && opens < closes && closes <= 1440) add({ kind: 'schedule', ...sp, comparator: '=', keyword: m[0], schedule: { opens, closes, ...(days ? { days } : {}) } });
    }
    // "between 9am and 5pm" is a range of hours as "9am–5pm" is (same groups as SCHEDULE_RANGE's first form).
    for (const m of [...matchAll(V.SCHEDULE_BETWEEN, s), ...matchAll(V.SCHEDULE_RANGE, s)]) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const hours = readHourRange(m);
      if (hours && unclaimed(sp)) {
        // Days written with "on" right after the hours are theirs ("seven days a week, 10am to 6pm on Sundays").
        const days = (DAYS_OWN_AFTER.test(s.slice(sp.end, sp.end + 48)) ? readDaysAfter(s, sp.end) : undefined) ?? readDaysBefore(s, m.index) ?? readDaysAfter(s, sp.end);
        add({ kind: 'schedule', ...sp, comparator: '=', keyword: m[0], schedule: { opens: hours[0], closes: hours[1], ...(days ? { days } : {}) } });
      } else excluded.push(sp);
    }
    for (const m of matchAll(V.SCHEDULE_DAY_RANGE, s)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const days = /weekday/i.test(m[0]) ? [0, 1, 2, 3, 4] : readDaysAfter(` ${m[0]}`, 0);
      // Days that only introduce a range of hours belong to that range's claim.
      if (days && free(sp) && !/^\s*,?\s*(?:from\s+)?\d/.test(s.slice(sp.end, sp.end + 8)) && !/\d\s*(?:am|pm)?\s*,?\s*(?:on\s+)?$/i.test(s.slice(Math.max(0, sp.start - 8), sp.start))) {
        add({ kind: 'schedule', ...sp, comparator: '=', keyword: m[0], schedule: { days } });
      }
    }
    for (const m of matchAll(V.SCHEDULE_CLOSES, s)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const closes = m[4] ? 24 * 60 : toMinutes(Number(m[1]), Number(m[2] ?? 0), m[3]);
      // Days written right after the time are its own ("until 8pm on weekdays and until 1pm on
      // Saturdays"); otherwise the days since the previous time of day, then days after a comma.
      const written = daysWrittenAfter(s, sp.end);
      const after = written && !/^\s*,/.test(s.slice(sp.end)) ? written : undefined;
      const days = after?.days ?? readDaysBefore(s, m.index) ?? written?.days;
      if (!unclaimed(sp)) continue;
      // "close at 9pm Monday through Saturday and 6pm on Sunday": a second closing time for other days.
      const more = days && CLOSES_ALSO.exec(s.slice(sp.end));
      const moreDays = more ? readDaysAfter(s, sp.end + more[0].length - more[5].length) : undefined;
      if (more && moreDays) {
        const also = { closes: toMinutes(Number(more[2]), Number(more[3] ?? 0), more[4]), days: moreDays };
        const whole = { start: sp.start, end: sp.end + more[0].length };
        add({ kind: 'schedule', ...whole, comparator: '=', keyword: s.slice(whole.start, whole.end), schedule: { parts: [{ closes, days }, also] } });
      } else {
        // "until 8pm on weekdays": the days written after the time are part of the claim.
        if (after && free({ start: sp.end, end: sp.end + after.length })) sp.end += after.length;
        add({ kind: 'schedule', ...sp, comparator: '=', keyword: s.slice(sp.start, sp.end), schedule: { closes, ...(days ? { days } : {}) } });
      }
    }
  }
  for (const m of matchAll(V.COVERAGE_WHOLE, s)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    if (free(sp)) add({ kind: 'coverage', ...sp, comparator: '=', keyword: m[0], coverage: { all: true } });
  }
  for (const m of matchAll(V.COMPARATIVE, s)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    if (!free(sp)) continue;
    const ratio = comparativeRatio(m);
    add({ kind: 'comparative', ...sp, comparator: '>=', keyword: m[0], ...(ratio !== undefined ? { ratio } : {}) });
  }
  for (const m of matchAll(V.SUPERLATIVE, s)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    if (!free(sp)) continue;
    const around = s.slice(Math.max(0, m.index - 12), m.index + m[0].length + 16);
    if (V.SUPERLATIVE_IDIOM.test(around)) continue;
    if (/^leading$/i.test(m[0]) && !/\b(?:the|a|our|uk'?s?|us|europe'?s?|world'?s?|america'?s?|britain'?s?) leading\b/i.test(s.slice(Math.max(0, m.index - 12), m.index + 7))) continue;
    add({ kind: 'superlative', ...sp, comparator: '=', keyword: m[0] });
  }
  for (const w of V.WINDOW_WORDS) {
    for (const m of matchAll(w.re, s)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      if (!free(sp)) continue;
      if (/\bthe\s+$/i.test(s.slice(Math.max(0, m.index - 4), m.index)) && /^next/i.test(m[0]) && /'s\b/.test(s.slice(sp.end, sp.end + 3))) continue;
      add({ kind: 'bound', ...sp, figureStart: sp.start, figureEnd: sp.end, comparator: '<=', keyword: m[0], quantity: { value: w.value, unit: w.unit, decimals: 0, words: true } });
    }
  }

  for (const m of matchAll(NINES, s)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    const n = ({ three: 3, four: 4, five: 5 } as Record<string, number>)[m[1].toLowerCase()] ?? Number(m[1]);
    const value = 100 - 10 ** (2 - n);
    if (free(sp)) add({ kind: 'percentage', ...sp, figureStart: sp.start, figureEnd: sp.end, comparator: '=', keyword: m[0], quantity: { value, unit: 'percent', decimals: n - 2, words: true } });
  }

  // Fractions in words: "half of all emails", "two-thirds of customers", "ninety-six in every hundred".
  for (const m of matchAll(FRACTION_OF, s)) {
    const sp = { start: m.index, end: m.index + m[1].length };
    const w = m[1].toLowerCase().replace(/[- ]/, ' ');
    const value = w === 'half' ? 50 : /three quarters/.test(w) ? 75 : /quarter/.test(w) ? 25 : /two thirds/.test(w) ? 66.7 : 33.3;
    // Only a share of a population ("of customers", "our customers") is a claim, not "half an hour".
    if (!/^\s+(?:of\s+|our\s+)/i.test(s.slice(sp.end)) || /^\s+an?\s/i.test(s.slice(sp.end))) continue;
    if (free(sp)) add({ kind: 'percentage', ...sp, figureStart: sp.start, figureEnd: sp.end, comparator: '=', keyword: m[1], quantity: { value, unit: 'percent', decimals: 0, words: true } });
  }
  // "six days a week": a count of opening days.
  for (const m of matchAll(DAYS_A_WEEK, s)) {
    const sp = { start: m.index, end: m.index + m[0].length };
    const n = ({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[m[1].toLowerCase()] ?? Number(m[1]);
    if (free(sp)) add({ kind: 'schedule', ...sp, comparator: '>=', keyword: m[0], schedule: { dayCount: n } });
  }

  // "tens of thousands of businesses", "hundreds of stores": a count of at least two of the named unit
  // (the plural says more than one), compared as a lower bound; no figure to rewrite.
  for (const m of matchAll(VAGUE_COUNT, s)) {
    const noun = countNouns.exec(s.slice(m.index + m[0].length));
    if (!noun) continue;
    const sp = { start: m.index, end: m.index + m[0].length + noun[0].length };
    if (!free(sp)) continue;
    const value = 2 * (m[1] ? VAGUE_SCALE[m[1].toLowerCase()] : 1) * VAGUE_SCALE[m[2].toLowerCase()];
    const nounText = noun[2].toLowerCase();
    const region = V.REGION_NOUNS.includes(nounText);
    add({ kind: region ? 'coverage' : 'count', ...sp, comparator: '>=', keyword: m[0], quantity: { value, unit: 'count', decimals: 0, words: true }, ...(region ? { coverage: { all: false, count: value, noun: nounText } } : {}) });
  }

  readFigures(s, locale, countNouns, free, add, header, column);

  for (const m of [...matchAll(V.ABSOLUTE, s), ...matchAll(V.ABSOLUTE_EVERY, s)]) {
    const sp = { start: m.index, end: m.index + m[0].length };
    if (!free(sp)) continue;
    // "always"/"never"/"every" need an operational word around them, or, for "every piece", a word of
    // origin or make ("responsibly sourced wood in every piece"); "no data caps", "unmetered",
    // "never goes down" carry their own.
    const around = /^(?:always|never(?! (?:goes )?down)|every|guarantee)/i.test(m[0]) ? `${s.slice(0, sp.start)} ${s.slice(sp.end)}` : s;
    if (!V.OPERATIONAL.test(around) && !(/^every/i.test(m[0]) && V.PROVENANCE.test(around))) continue;
    add({ kind: 'absolute', ...sp, comparator: '=', keyword: m[0].toLowerCase() });
  }
  // "All of our wood furniture is FSC-certified": "all" claims what "every" does, of the predicate after its verb.
  for (const m of matchAll(V.ABSOLUTE_ALL, s)) {
    const sp = { start: m.index, end: m.index + 3 };
    const predicate = s.slice(m.index + m[0].length).split(/[,;:.!?]|\s(?:and|but|while|whereas)\s/)[0];
    if (!free({ start: m.index, end: m.index + m[0].length }) || !(V.PROVENANCE.test(predicate) || V.OPERATIONAL.test(predicate))) continue;
    add({ kind: 'absolute', ...sp, comparator: '=', keyword: 'all' });
  }
  // "all parcels arrive next day", "all of our emails get a reply within 2 hours": kept only where it quantifies a
  // bound on time (postProcess), as "every parcel" is; "half of all emails" is a share.
  for (const m of matchAll(V.ABSOLUTE_ALL_POPULATION, s)) {
    const sp = { start: m.index, end: m.index + 3 };
    if (!free({ start: m.index, end: m.index + m[0].length }) || /(?:\bof|\d%?|\bin)\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    add({ kind: 'absolute', ...sp, comparator: '=', keyword: m[0].toLowerCase().replace(/\s+/g, ' ') });
  }

  return postProcess(s, out, ownWords);
}

/** Numbers followed by a unit, preceded by a currency, or followed by a count noun. */
function readFigures(
  s: string,
  locale: string,
  countNouns: RegExp,
  free: (sp: Span) => boolean,
  add: (c: Omit<FoundClaim, 'sentenceStart' | 'sentenceEnd'>) => void,
  header: string,
  column: string,
): void {
  const numbers = withArticleNumbers(s, scanNumbers(s, locale));
  for (let k = 0; k < numbers.length; k++) {
    const t = numbers[k];
    if (t.ambiguous || !free(t)) continue;
    // "a minute", "half an hour" are figures only after a bound or approximation word ("in under a minute").
    if (t.raw.startsWith('\u0000')) {
      const r = roleBefore(s.slice(Math.max(0, t.start - 40), t.start));
      if (!r || r.role === 'from') continue;
    }
    // "a million customers": a count only when the noun follows ("one in a million" is no share).
    if (t.raw.startsWith(SCALE_ARTICLE_MARK) && !countNouns.test(s.slice(t.end))) continue;
    if (!t.words && gluedToWord(s, t.start)) continue;
    if (isVersionOrCode(s, t)) continue;

    // Ranges: "3–5 days", "3 to 5 days", "between 3 and 5 days", "40-45 mpg".
    let high: NumberToken | undefined;
    const next = numbers[k + 1];
    if (next && !next.ambiguous) {
      const gap = s.slice(t.end, next.start);
      const between = /\bbetween\s+$/i.test(s.slice(Math.max(0, t.start - 9), t.start));
      if (/^\s?(?:–|-|to)\s?$/.test(gap) || /^–$/.test(gap) || (between && /^\s+and\s+$/.test(gap))) {
        // A range shares one unit written after its high end; its ends are of one magnitude, and a
        // number that ends a model name ("Aero 1.5 – 41 mpg") starts no range.
        // An article ("A 10–80% charge") is no name.
        const modelName = /\p{Lu}[\p{L}]*\s$/u.test(s.slice(Math.max(0, t.start - 20), t.start)) && !/\b(?:in|within|from|between|takes?|of|A|An|The)\s$/i.test(s.slice(Math.max(0, t.start - 10), t.start));
        if (next.value > t.value && next.value <= t.value * 20 && !modelName && unitAfter(s, next.end)) high = next;
      }
    }
    const last = high ?? t;

    // Fractions of a population: "9 out of 10", "nine in ten", "1 in 5".
    const frac = next && !next.raw.startsWith(SCALE_ARTICLE_MARK) && /^\s+(?:times\s+)?(?:out of|in)\s+$/i.test(s.slice(t.end, next.start)) && next.value > t.value && next.value > 0 && !unitAfter(s, next.end);
    // "ninety-six in every hundred parcels": a share of a hundred written in words.
    const perHundred = !frac && /^\s+(?:out\s+of|in)\s+(?:a|every|each)\s+hundred\b/i.exec(s.slice(t.end));
    if (perHundred && t.value <= 100) {
      const sp = { start: t.start, end: t.end + perHundred[0].length };
      if (free(sp)) {
        add({ kind: 'percentage', ...sp, figureStart: sp.start, figureEnd: sp.end, comparator: '=', quantity: { value: t.value, unit: 'percent', decimals: 0, words: t.words } });
        continue;
      }
    }
    if (frac && next) {
      const sp = { start: t.start, end: next.end };
      if (!free(sp)) continue;
      // "4.8 out of 5 stars", "rated 4 out of 5": a score on a scale, not a share of anyone.
      if (starRating(s, t, next)) {
        k++;
        continue;
      }
      const value = (t.value / next.value) * 100;
      add({ kind: 'percentage', ...sp, figureStart: sp.start, figureEnd: sp.end, comparator: '=', quantity: { value, unit: 'percent', decimals: 0, words: t.words } });
      k++;
      continue;
    }

    const before = s.slice(Math.max(0, t.start - 40), t.start);
    const currencySymbol = /([$£€¥₹])\s?$/.exec(before);
    const currencyCode = currencySymbol ? null : /\b(USD|EUR|GBP|CAD|AUD)\s?$/.exec(before);
    // "40-odd seconds", "40-ish minutes": an approximation written onto the figure, before its unit.
    const approxSuffix = APPROX_SUFFIX_WRITTEN.exec(s.slice(last.end));
    let unitMatch = unitAfter(s, last.end + (approxSuffix?.[0].length ?? 0));
    if (unitMatch && approxSuffix) unitMatch = { ...unitMatch, length: unitMatch.length + approxSuffix[0].length };
    let cycleWord = 0;
    // "28 city / 37 highway mpg": a driving cycle between the figure and its unit, or the unit after a sibling figure.
    if (!unitMatch && !currencySymbol && !currencyCode) {
      const cyc = /^\s+(city|highway|hwy|combined|motorway|urban|extra-urban)\b/i.exec(s.slice(last.end));
      if (cyc) {
        const direct = unitAfter(s, last.end + cyc[0].length);
        const later = /^(?:\s*[/,]\s*\d+(?:\.\d+)?\s+(?:city|highway|hwy|combined|motorway)\b)+/i.exec(s.slice(last.end + cyc[0].length));
        const borrowed = later ? unitAfter(s, last.end + cyc[0].length + later[0].length) : undefined;
        if (direct) {
          unitMatch = direct;
          cycleWord = cyc[0].length;
        } else if (borrowed && borrowed.unit !== 'currency:') {
          unitMatch = { ...borrowed, length: 0 };
          cycleWord = cyc[0].length;
        }
      }
    }
    // "arrive in 2 working days, and 98% arrive within 5": a bare number after a bound word, ending its clause,
    // is in the unit of the duration written before it in the sentence; the copy leaves the unit out, not changes it.
    if (!unitMatch && !currencySymbol && !currencyCode && !high) {
      const elided = elidedDurationUnit(s, numbers, k);
      if (elided) unitMatch = { unit: elided, length: 0 };
    }
    let unit: UnitId | undefined;
    let figureEnd = last.end;
    let figureStart = t.start;
    let kind: ClaimKind | undefined;
    let coverageNoun: string | undefined;
    let plus = false;
    let per: string | undefined;

    const currencyBefore = currencySymbol ?? currencyCode;
    if (currencyBefore) {
      unit = `currency:${currencySymbol ? currencyOfSymbol(currencySymbol[1]) : currencyBefore[1]}`;
      figureStart = t.start - currencyBefore[0].length;
      kind = 'price';
    } else if (unitMatch) {
      // "for just 20 pounds": money, as "20 pounds a month" is.
      const poundsMoney = unitMatch.unit === 'lb' && /^\s?pounds?\b/i.test(s.slice(last.end)) && V.POUNDS_AS_MONEY_BEFORE.test(s.slice(0, t.start));
      if (unitMatch.unit === 'currency:' || poundsMoney) {
        unit = `currency:${unitMatch.code ?? 'GBP'}`;
        kind = 'price';
      } else unit = unitMatch.unit;
      figureEnd = last.end + cycleWord + unitMatch.length;
      // "The 24 Days of Savings": a title, not a duration.
      // Units written in capitals anyway ("500 Mbps of Wi-Fi") are not title words.
      if (/^[\s\u00a0-]?\p{Lu}/u.test(s.slice(last.end)) && /^\s+(?:of|\p{Lu})/u.test(s.slice(last.end + unitMatch.length)) && !ALWAYS_CAPITALISED.has(dimensionOf(unit as UnitId))) continue;
      // "1990s" is a decade, "24 hours a day" a schedule, "30-day returns" a policy.
      if (unit === 'second' && t.value >= 1900 && t.value <= 2100 && !t.words) continue;
      if (dimensionOf(unit) === 'duration' && V.POLICY_AFTER_DURATION.test(s.slice(figureEnd))) continue;
      // "on call one week in six": a share of the time (a rota), not a length of time.
      if (dimensionOf(unit) === 'duration' && V.DURATION_FREQUENCY_AFTER.test(s.slice(figureEnd))) continue;
      // "Parcels up to 2 kg": the weight a service takes is its condition, not a claim (a car that "tows up to 5,000 lbs" claims one).
      if (dimensionOf(unit) === 'mass' && V.WEIGHT_LIMIT_BEFORE.test(s.slice(0, t.start))) continue;
      // "on a 150 kW DC fast charger": the power of the charger a charge is done on, a condition of the charge.
      if (dimensionOf(unit) === 'power' && V.CHARGER_AFTER_POWER.test(s.slice(figureEnd))) continue;
      // "a 1.5-liter engine": the engine's size, a description like a model name.
      if (dimensionOf(unit) === 'volume' && V.ENGINE_SIZE_AFTER.test(s.slice(figureEnd))) continue;
      // "Measured over the 8 weeks to 31 October", "in the past 12 weeks": the period a figure was measured over.
      if (dimensionOf(unit) === 'duration' && (V.MEASUREMENT_PERIOD_BEFORE.test(s.slice(0, t.start)) || V.MEASUREMENT_PERIOD_AFTER.test(s.slice(figureEnd)))) continue;
      // "Offer ends in 2 days", "The code expires in 10 minutes", "It's been 90 days since your trial ended": time left or gone by.
      if (dimensionOf(unit) === 'duration' && (V.TIME_LEFT_BEFORE.test(s.slice(0, t.start)) || V.TIME_ELAPSED_AFTER.test(s.slice(figureEnd)))) continue;
    } else {
      const noun = countNouns.exec(s.slice(last.end));
      if (!noun) {
        // "Data centres: 18" — a label naming what is counted, then the number.
        const label = countNouns.exec(` ${(/([\p{L} -]+):\s*$/u.exec(s.slice(0, t.start))?.[1] ?? '').trim()}`);
        if (!label || /\d/.test(s.slice(t.end, t.end + 2)) || !free(t)) continue;
        add({ kind: 'count', start: t.start, end: t.end, figureStart: t.start, figureEnd: t.end, comparator: '=', quantity: { value: t.value, unit: 'count', decimals: t.decimals } });
        continue;
      }
      // "Fibre 900 customers", "Fiber 500 downloads": a number right after a capitalised name is part of the name.
      // An approximation or bound word ("Roughly 750 dealers", "Approximately 40 stores") is no name, nor is a
      // number written as a quantity, which names never are: grouped thousands, a scale or "+" ("Browse 10,000+ products").
      const writtenAsQuantity = /\d[,\u00a0\u202f]\d{3}/.test(t.raw) || t.scale !== undefined || !!noun[1];
      if (!writtenAsQuantity && /(?:^|[^.!?]\s)[A-Z][\p{L}]+\s$/u.test(s.slice(Math.max(0, t.start - 30), t.start)) && !/(?:over|more than|about|nearly|almost|than|some|around|to|of|with|by|for|in)\s$/i.test(s.slice(Math.max(0, t.start - 12), t.start)) && !roleBefore(s.slice(Math.max(0, t.start - 40), t.start))) continue;
      plus = !!noun[1];
      unit = 'count';
      figureEnd = last.end + noun[0].length;
      const nounText = noun[2].toLowerCase();
      if (V.REGION_NOUNS.includes(nounText)) {
        kind = 'coverage';
        coverageNoun = nounText;
      } else {
        kind = 'count';
        // "2 million parcels a week": the rate belongs to the count (a throughput, not a size), and its words link it.
        const rate = COUNT_RATE_AFTER.exec(s.slice(figureEnd));
        if (rate) figureEnd += rate[0].length;
      }
      // Years and large round figures with no modifier are still counts; years alone never reach here (no noun).
    }
    if (kind === 'price') {
      if (V.PRICE_CONDITION.test(s.slice(0, figureStart))) continue; // "orders over $50": a condition
      if (V.PAY_BEFORE.test(s.slice(0, figureStart))) continue; // "earn £14.50 an hour": a wage, not a price
      // "was $59", "save $20", "$20 off": a former price or a saving, not a price the copy charges.
      if (V.FORMER_PRICE_OR_SAVING.test(s.slice(0, figureStart)) || V.MONEY_OFF_AFTER.test(s.slice(figureEnd))) continue;
      // The billing period after the figure belongs to it: "$9/mo", "€9 pro Monat", "$99 annually".
      const period = V.PRICE_PERIOD.exec(s.slice(figureEnd));
      if (period) {
        figureEnd += period[0].length;
        per = billingPeriod(period[1] ?? period[2]);
      }
      // "paid a contractor $600 or more": a threshold others pass. "Prices rise each April by £3 a month": a rise, not a price.
      if (V.AMOUNT_THRESHOLD_AFTER.test(s.slice(figureEnd)) || V.PERCENT_STEP_OR_RISE_BEFORE.test(s.slice(0, figureStart))) continue;
      // "a $1,195 destination charge", "an early exit fee of £5": a fee disclosed, not what a plan costs.
      if (V.FEE_BEFORE.test(s.slice(0, figureStart)) || V.FEE_AFTER.test(s.slice(figureEnd))) continue;
    }
    if (!unit) continue;
    // "Post-purchase survey of 12,400 customers": the sample a finding was drawn from, not a count of ours.
    if (kind === 'count' && V.SAMPLE_BEFORE.test(s.slice(0, figureStart))) continue;
    if (!t.words && t.raw.length === 4 && t.value >= 1900 && t.value <= 2100 && unit === 'count' && !plus) continue;
    if (/^\+/.test(s.slice(last.end)) && !plus) {
      plus = true;
      figureEnd = Math.max(figureEnd, last.end + 1);
    }

    // A figure that opens a table cell reads with its headers: "| Answered within |" over "| 5 minutes |"
    // is a bound, a row or column named "Average …" makes an average.
    const opensCell = header !== '' && s.slice(0, figureStart).trim() === '';
    const columnRole = opensCell && column ? roleBefore(`${column.trimEnd()} `) : undefined;
    const rawRole = roleBefore(s.slice(Math.max(0, figureStart - 40), figureStart)) ?? (columnRole ? { role: columnRole.role, text: columnRole.text, length: 0 } : undefined);
    let role = rawRole;
    // "from" opens a price ("from $9"); before a count it is just a preposition ("sites from 18 data centres").
    if (role?.role === 'from' && kind !== 'price') role = undefined;
    // "540 Mbps or more", "5 business days or fewer": the bound comes after the figure.
    const orMore = /^\s+or (more|higher|faster|better|above|over|fewer|less|under|below|sooner|quicker)\b/i.exec(s.slice(figureEnd));
    if (orMore && !role && kind !== 'price' && kind !== 'count' && kind !== 'coverage') {
      figureEnd += orMore[0].length;
      role = { role: /more|higher|faster|better|above|over/i.test(orMore[1]) ? 'lower' : 'within', text: '', length: 0 };
    }
    const startOfRole = role ? figureStart - role.length : figureStart;
    const sp = { start: startOfRole, end: figureEnd };
    if (!free(sp) || !free({ start: figureStart, end: figureEnd })) continue;

    const quantity: Quantity = { value: t.value, unit, decimals: t.decimals, ...(t.words ? { words: true } : {}) };
    if (high) quantity.high = high.value;
    if (per) quantity.per = per;
    if (role?.role === 'approx' || role?.role === 'typical') quantity.approx = role.text.trim().toLowerCase();
    if (role?.role === 'strict-lower' && kind !== 'count' && kind !== 'coverage') quantity.approx = undefined;
    if (approxSuffix && unitMatch && !quantity.approx) quantity.approx = APPROX_SUFFIX[approxSuffix[1].toLowerCase() as keyof typeof APPROX_SUFFIX];

    // "average" earlier in the sentence names this figure's statistic unless a new clause starts
    // between them: "2.4 days on average, and nine in ten within three days" holds a bound.
    const averageBefore = (!role || role.role === 'approx') && (/(?:\b(?:average|averag(?:es|ed|ing)|on average|mean|im schnitt)\b|durchschnittlich\w*)[^\d]*$/i.exec(s.slice(0, figureStart))?.[0].search(NEW_CLAUSE) === -1 || (opensCell && /\b(?:average|mean)\b/i.test(header)));
    let comparator: Comparator = high ? 'range' : '=';
    const dim = dimensionOf(unit);
    if (kind === 'price') {
      // "over $10,000", "more than £50": a threshold, not a price the copy promises.
      if (role?.role === 'strict-lower' || role?.role === 'lower') continue;
      if (role?.role === 'from') comparator = '>=';
      else if (role?.role === 'up-to') comparator = '<=';
    } else if (kind === 'count' || kind === 'coverage') {
      comparator = plus ? '>=' : role?.role === 'strict-lower' ? '>' : role?.role === 'lower' ? '>=' : role?.role === 'strict-upper' ? '<' : role?.role === 'within' ? '<=' : role?.role === 'up-to' ? '<=' : '=';
      if (role?.role === 'approx' && /nearly|almost|just under|close to/i.test(role.text)) comparator = '<';
    } else if (unit === 'percent') {
      // "a 10% bill credit", a "Service credit" column: the remedy, not a share; "Below 99.9%" opening a cell or in
      // a sentence about credits: the threshold of a band, not a promise.
      if (V.PERCENT_REMEDY_AFTER.test(s.slice(figureEnd)) || (opensCell && V.CREDIT_WORDS.test(column)) ||
        ((rawRole?.role === 'strict-upper' || rawRole?.role === 'within') && ((header !== '' && s.slice(0, figureStart - rawRole.length).trim() === '') || V.CREDIT_WORDS.test(s)))) continue;
      // "for each 0.1% that uptime falls below …", "prices rise by CPI + 3.9%": a step of a credit schedule or a price rise.
      if (V.PERCENT_STEP_OR_RISE_BEFORE.test(s.slice(0, figureStart))) continue;
      // "from 10 to 80%", "back to 80%": charge levels and ranges of a scale, not outcome claims.
      // "Up to 40% off" is an up-to claim, while "charges up to 80%" names a level reached.
      const upToShare = rawRole?.role === 'up-to' && !/\b(?:charg\w*|tops?|topping|battery|fill\w*)\b[^.]{0,12}$/i.test(s.slice(Math.max(0, figureStart - 30), figureStart - rawRole.length));
      // "a 10–80% fast charge": a range of charge levels before the charge it names.
      // "10 to 80% in under 45 minutes": the levels a charge takes a time to cover.
      // "10–80% typically takes about 32 minutes": the levels as the subject of the time taken.
      const chargeRange = high && /^\s+(?:(?:(?:fast|rapid|quick|dc|full)\s+)?(?:charg\w*|top[- ]?ups?|battery)\b|in\s+(?:just\s+|only\s+)?(?:under|less than|about|around|\d)|(?:(?:typically|usually|normally|generally|often|only|just|then)\s+)?(?:takes?|took|needs?|requires?|lasts?)\b)/i.test(s.slice(figureEnd));
      const levelReached = /\bto\s$/i.test(s.slice(Math.max(0, figureStart - 3), figureStart)) && !upToShare && !V.SERVED_TO_BEFORE.test(s.slice(0, figureStart));
      if (levelReached || (rawRole?.role === 'from' && t.value !== 100) || (high && /\bfrom\s$/i.test(s.slice(Math.max(0, figureStart - 5), figureStart))) || chargeRange) {
        if (high) k++; // "10–80%": the range's high end is not a figure of its own either
        continue;
      }
      kind = role?.role === 'up-to' ? 'up-to' : t.value === 100 && !high && (!role || role.role === 'from') ? 'absolute' : 'percentage';
      comparator = role?.role === 'strict-lower' ? '>' : role?.role === 'lower' ? '>=' : comparator;
    } else if (role?.role === 'up-to') {
      // "save up to 5 hours", "get back as much as 6 hours": time won is more-is-better; "delivered in up to 5 days": a bound.
      kind = dim === 'duration' && !TIME_WON_BEFORE.test(s.slice(0, figureStart)) ? 'bound' : 'up-to';
      comparator = '<=';
    } else if (averageBefore || /^[^.;]{0,12}\bon average\b|^\s+(?:average|mean)\b/i.test(s.slice(figureEnd)) || (role && averageBeforeRole(s.slice(0, startOfRole)))) {
      kind = 'average';
      if (role?.role === 'within') comparator = '<=';
      else if (role?.role === 'strict-upper') comparator = '<';
    } else if (role?.role === 'within' || role?.role === 'strict-upper') {
      kind = 'bound';
      comparator = role.role === 'within' ? '<=' : '<';
    } else if (role?.role === 'lower' || role?.role === 'strict-lower') {
      kind = 'bound';
      comparator = role.role === 'lower' ? '>=' : '>';
    } else if (role?.role === 'average' || averageBefore) {
      kind = 'average';
    } else if (high && dim === 'duration') {
      kind = 'bound';
      comparator = 'range';
    } else if (!role && dim === 'duration' && compoundUnit(s.slice(last.end, figureEnd)) && V.BOUND_COMPOUND_AFTER.test(s.slice(figureEnd))) {
      // "2-day delivery" promises delivery within 2 days, as "next-day delivery" does.
      kind = 'bound';
      comparator = '<=';
    } else {
      kind = 'figure';
    }
    add({
      kind: kind ?? 'figure',
      ...sp,
      figureStart,
      figureEnd,
      comparator,
      quantity,
      ...(coverageNoun ? { coverage: { all: false, count: t.value, noun: coverageNoun } } : {}),
    });
    if (high) k++;
  }
}

/** "4.8 out of 5 stars", "rated 4 out of 5", "4.5 in 5": a score (a share of a population is counted in whole ones). */
function starRating(s: string, t: NumberToken, denominator: NumberToken): boolean {
  if (t.decimals > 0) return true;
  if (/^[\s-]*stars?\b/i.test(s.slice(denominator.end))) return true;
  return /\brat(?:e|es|ed|ing)\b(?:\s+(?:us|it|them|her|him))?(?:\s+(?:at|as))?\s*$/i.test(s.slice(Math.max(0, t.start - 20), t.start));
}

/** A unit written as the head of a compound adjective: "-day", " hour" (singular, no abbreviation). */
function compoundUnit(unitText: string): boolean {
  return /^[\s\u00a0-]?(?:(?:business|working)[\s-])?(?:day|hour|minute|week)$/i.test(unitText);
}

/** Dimensions whose units are written in capitals in any sentence: Mbps, GB, MPG, kW, HP, L. */
const ALWAYS_CAPITALISED = new Set(['data-rate', 'data-size', 'fuel-economy', 'power', 'energy', 'torque', 'volume']);

/** Where a sentence starts a new clause with a new subject: ", and", "; but". */
const NEW_CLAUSE = /[,;]\s*(?:and|but|while|whereas)\b|;/i;

/** "average time within 2 days": "average" or "mean" before the figure's role word, no figure or new clause between. */
function averageBeforeRole(beforeRole: string): boolean {
  const at = beforeRole.search(/average|mean/i);
  if (at < 0) return false;
  const between = beforeRole.slice(at);
  return !/\d/.test(between) && !NEW_CLAUSE.test(between);
}

// "100s of integrations", "1,000s of stores": the plural of a round number written in digits reads as the word.
const VAGUE_SCALE: Record<string, number> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, '10s': 10, '100s': 100, '1000s': 1e3, '1,000s': 1e3 };
const VAGUE_COUNT = gated(/\b(?:(tens|hundreds|10s|100s) of\s+)?(hundreds|thousands|millions|billions|100s|1,?000s) of(?=\s)/gi, ['hundreds', 'thousands', 'millions', 'billions', '00s']);

const ARTICLE_NUMBER = gated(/\b(an?|half an?|a half|one and a half)\s+(?=(?:second|minute|hour|day|week|fortnight|business day|working day)s?\b)/gi, ['second', 'minute', 'hour', 'day', 'week', 'fortnight']);

/** "half-second", "half-hour": half of a unit written as a compound adjective. */
const HALF_COMPOUND = gated(/\bhalf(?=-(?:second|minute|hour)\b)/gi, ['half']);

/** "a million", "half a million": a scale word with an article, read as a number before a count noun. */
const ARTICLE_SCALE = gated(/\b(a|half a)\s+(hundred|thousand|million|billion)\b/gi, ['hundred', 'thousand', 'million', 'billion']);
const SCALE_ARTICLE_MARK = '\u0001';

/**
 * Adds "a"/"an"/"half a" before a time unit as numbers (marked with a NUL-prefixed raw so callers can tell),
 * and "a million" / "half a million" (marked with SCALE_ARTICLE_MARK).
 */
function withArticleNumbers(s: string, tokens: NumberToken[]): NumberToken[] {
  const extra: NumberToken[] = [];
  for (const m of matchAll(ARTICLE_NUMBER, s)) {
    const w = m[1].toLowerCase();
    const value = w === 'one and a half' ? 1.5 : w.startsWith('half') || w === 'a half' ? 0.5 : 1;
    const end = m.index + m[1].length;
    if (tokens.some((t) => t.start < end && m.index < t.end)) continue;
    extra.push({ start: m.index, end, value, decimals: value % 1 ? 1 : 0, words: true, raw: '\u0000' + m[1] });
  }
  // "half-second page loads" reads as "0.5-second page loads" does: a number like any other ("half-day" closing is no figure).
  for (const m of matchAll(HALF_COMPOUND, s)) {
    const end = m.index + m[0].length;
    if (tokens.some((t) => t.start < end && m.index < t.end)) continue;
    extra.push({ start: m.index, end, value: 0.5, decimals: 1, words: true, raw: m[0] });
  }
  for (const m of matchAll(ARTICLE_SCALE, s)) {
    const end = m.index + m[0].length;
    if (tokens.some((t) => t.start < end && m.index < t.end)) continue;
    const value = (m[1].length > 1 ? 0.5 : 1) * SCALE_WORDS[m[2].toLowerCase()];
    extra.push({ start: m.index, end, value, decimals: 0, words: true, raw: SCALE_ARTICLE_MARK + m[0] });
  }
  return extra.length ? [...tokens, ...extra].sort((a, b) => a.start - b.start) : tokens;
}

function unitAfter(s: string, offset: number): { unit: UnitId | 'currency:'; length: number; code?: string } | undefined {
  const rest = s.slice(offset, offset + 40);
  if (V.TIME_OF_DAY_AFTER.test(rest) || V.MONTHS.test(rest)) return undefined;
  const first = FIRST_UNIT.indexIn(rest);
  if (first < 0) return undefined;
  const u = V.COPY_UNITS[first];
  const m = u.re.exec(rest)!;
  if (u.unit === 'currency:') {
    const w = m[0].trim().toLowerCase();
    const code = m[1] ?? (w.startsWith('€') || w.startsWith('euro') ? 'EUR' : w.startsWith('pound') || w.startsWith('quid') ? 'GBP' : 'USD');
    return { unit: 'currency:', length: m[0].length, code };
  }
  return { unit: u.unit, length: m[0].length };
}
/** The first of the copy's units, in their order, written at the start of a text. */
const FIRST_UNIT = new FirstMatch(V.COPY_UNITS.map((u) => u.re));

/**
 * The unit a bare number after a bound word ("within 5", "in under 3") takes from the sentence: that of the
 * nearest figure before it with a unit, when that is a duration ("usually arrive in 2 working days, and 98%
 * arrive within 5"); a share ("98%") between them is skipped. Nothing when the number goes on to a noun.
 */
function elidedDurationUnit(s: string, numbers: NumberToken[], k: number): UnitId | undefined {
  const t = numbers[k];
  const role = roleBefore(s.slice(Math.max(0, t.start - 40), t.start));
  if (!role || (role.role !== 'within' && role.role !== 'strict-upper')) return undefined;
  if (!/^\s*(?:[.;,!?)]|$)/.test(s.slice(t.end))) return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const u = unitAfter(s, numbers[j].end);
    if (!u || u.unit === 'percent') continue;
    return u.unit !== 'currency:' && dimensionOf(u.unit) === 'duration' ? u.unit : undefined;
  }
  return undefined;
}

function roleBefore(before: string): { role: Role; text: string; length: number } | undefined {
  for (const b of V.BEFORE_FIGURE) {
    const m = b.re.exec(before);
    if (m) return { role: b.role, text: m[0], length: m[0].length };
  }
  return undefined;
}

function isVersionOrCode(s: string, t: NumberToken): boolean {
  if (/^\.\d/.test(s.slice(t.end, t.end + 2))) return true; // 2.3.1
  if (/\d\.$/.test(s.slice(Math.max(0, t.start - 2), t.start))) return true;
  if (/\b(?:v|version|model|sku|item|ref|order|no\.|route|room|suite|unit|flight|gate|platform|step|chapter|section|page|iphone|windows|series|gen|mk)\s?#?$/i.test(s.slice(Math.max(0, t.start - 9), t.start))) return true;
  if (/[A-Za-z]-$/.test(s.slice(Math.max(0, t.start - 2), t.start))) return true; // F-150
  if (/^[A-Za-z]{1,3}\d/.test(s.slice(t.end, t.end + 4))) return true; // 4K2, 3D1
  return false;
}

/** Spans that are never claims: phone numbers, dates, times of day, codes, questions quoted in a statement. */
function exclusions(s: string): Span[] {
  const out: Span[] = [];
  // A question in quotes asks and asserts nothing, whatever the sentence around it says ("“Within an hour?” is what we're asked").
  if (s.includes('?')) for (const m of matchAll(QUOTED_QUESTION, s)) out.push({ start: m.index, end: m.index + m[0].length });
  // Every pattern below holds a digit.
  if (!/\d/.test(s)) return out;
  for (const re of EXCLUDED) for (const m of matchAll(re, s)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A question in double quotes inside a sentence: "Will I hear back within an hour?" (single quotes are apostrophes too often). */
const QUOTED_QUESTION = /"[^"]{1,200}?\?"|“[^“”]{1,200}?\?”/g;

const EXCLUDED = [
  /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\b\d{3,4})[\s.-]\d{3}[\s.-]\d{3,4}\b/g, // phone numbers
  /\b1[\s.-]?8\d\d[\s.-][\dA-Z]{3}[\s.-][\dA-Z]{4}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, // dates
  /\b(?:[01]?\d|2[0-3]):[0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.)?(?![\d%])/gi, // times: 14:00, 9:30am
  /(?<![$£€¥₹\d])\b(?:1[0-2]|0?[1-9])\.[0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.)/gi, // 9.30pm
  /\b(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.)/gi,
  /\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b/g, // UK postcodes
  // Tracking, order and reference codes: three or more capitals-and-digits parts joined by hyphens ("SWL-8812-4410-GB").
  gated(/\b(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])[A-Z\d]+(?:-[A-Z\d]+){2,}\b/g, ['-']),
  /\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi,
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s\d{1,4}(?:st|nd|rd|th)?\b/gi,
];

const CLAUSE_START = new Set([...',;:—–('].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...',;:—–)'].map((c) => c.charCodeAt(0)));

function clauseAround(s: string, sp: Span): { start: number; text: string } {
  let a = sp.start;
  while (a > 0 && !CLAUSE_START.has(s.charCodeAt(a - 1))) a--;
  let b = sp.end;
  while (b < s.length && !CLAUSE_END.has(s.charCodeAt(b))) b++;
  return { start: a, text: s.slice(a, b) };
}

/** The text of the parenthesis the claim stands in ("(open 6am–10pm, run by Fairway)"), if any. */
function parentheticalAround(s: string, sp: Span): string | undefined {
  const open = s.lastIndexOf('(', sp.start);
  if (open < 0 || s.lastIndexOf(')', sp.start) > open) return undefined;
  const close = s.indexOf(')', sp.end);
  return close < 0 ? undefined : s.slice(open + 1, close);
}

/** The rest of the claim's clause denies it (up to a comma, a new "and/but" clause or a relative one: "within 2 days where next-day isn't available" keeps its bound). */
function negatedAfter(s: string, c: Span): boolean {
  const rest = s.slice(c.end);
  const clauseEnd = rest.search(/[,;:.!?]|\s(?:and|but|or|while|whereas|where|when|if|unless|that|which|who)\s/i);
  return V.NEGATED_AFTER.test(clauseEnd < 0 ? rest : rest.slice(0, clauseEnd));
}

/**
 * Is the claim's clause about another company? Its subject is a competitor, or it opens on what the copy
 * compares itself with; a relative clause ("…, who keep you on hold for 20 minutes") takes the clause before it.
 */
function competitorsFigure(s: string, c: Span, clausePrefix: string, ownWords: ReadonlySet<string>): boolean {
  // Both texts tested are parts of the sentence: its literal table stands for them.
  const aboutOthers = (text: string) => V.COMPARED_WITH.test(text) || (mayMatch(V.COMPETITOR_SUBJECT, s) && V.COMPETITOR_SUBJECT.test(text)) || V.COMPETITOR_STAND_IN.test(text) || otherPartysOwn(text, ownWords);
  if (aboutOthers(clausePrefix)) return true;
  if (!/^\s*(?:who|which|that)\b/i.test(clausePrefix)) return false;
  const clauseStart = c.start - clausePrefix.length;
  if (clauseStart < 1) return false;
  const previous = clauseAround(s, { start: clauseStart - 1, end: clauseStart - 1 });
  const before = previous.text.slice(0, clauseStart - 1 - previous.start);
  return aboutOthers(before);
}

/** "Kestrel says its hybrid gets 43 mpg": a named party speaking of its own, unless the name is one the registry knows. */
function otherPartysOwn(text: string, ownWords: ReadonlySet<string>): boolean {
  // The full pattern is costly on every clause; its verbs and "'s own" are cheap to look for first.
  if (!V.OTHER_PARTY_OWN_WORD.test(text)) return false;
  const m = V.OTHER_PARTY_OWN.exec(text);
  if (!m) return false;
  return !namedByRegistry(m.groups?.speaker ?? m.groups?.owner ?? '', ownWords);
}

/** A name one of whose words the registry uses for its own subjects ("Ledgerly", "Vantor Aero"). */
function namedByRegistry(name: string, ownWords: ReadonlySet<string>): boolean {
  return name.toLowerCase().split(/\s+/).some((w) => ownWords.has(w));
}

/**
 * A figure a survey or study the sentence cites gives about people in general: the sentence names neither the copy's
 * "we"/"our" nor the reader, and the claim's clause names no one (no capitalised word but the sentence's first).
 */
function studyFinding(s: string, clausePrefix: string, clauseStart: number): boolean {
  // "us" in capitals is the country ("sold in the US").
  // (The cheap test first: most copy speaks as "we" or to "you".)
  if (/\b(?:[Oo]ur|[Ww]e|[Uu]s|[Yy]ou|[Yy]our)\b/.test(s) || !(V.STUDY_ATTRIBUTION.test(s) || V.NAMED_SOURCE.test(s))) return false;
  // A market or place ("UK households", "in the US") names no one.
  const words = (clauseStart === 0 ? clausePrefix.replace(/^\W*\p{L}+/u, '') : clausePrefix).replace(V.MARKET_NAMES, '');
  return !/\p{Lu}/u.test(words);
}

/**
 * A figure the copy supposes rather than promises: inside a conditional clause that opens the sentence and ends at a
 * comma ("If you needed 10 TB of storage, …"), the arithmetic drawn from it ("…, that's about 14,600 miles a year"),
 * or a worked example in the conditional ("a 50 GB game would take about 7 minutes") with the terms an opening
 * phrase sets for it ("At 1 Gbps, …"). The main clause after a supposition keeps its own claims ("If you order by
 * 2pm, we deliver next day").
 */
function hypothetical(s: string, clause: { start: number; text: string }, clausePrefix: string): boolean {
  const clauseEnd = clause.start + clause.text.length;
  if (V.SUPPOSITION_OPEN.test(clausePrefix) && s[clauseEnd] === ',') return true;
  if (V.SUPPOSITION_RESULT.test(clausePrefix) && V.SUPPOSITION_OPEN.test(s)) return true;
  if (V.WORKED_EXAMPLE.test(clause.text)) return true;
  return clause.start === 0 && V.EXAMPLE_TERMS_OPEN.test(clause.text) && s[clauseEnd] === ',' && V.WORKED_EXAMPLE.test(clauseAround(s, { start: clauseEnd + 1, end: clauseEnd + 1 }).text);
}

/** Hours in a parenthesis opened right after a capitalised name none of whose words the registry knows. */
function othersPlaceHours(s: string, clausePrefix: string, clauseStart: number, ownWords: ReadonlySet<string>): boolean {
  if (!/^\s*(?:open(?:s|ing)?\b[^\d]{0,12})?$/i.test(clausePrefix)) return false;
  const name = V.NAMED_PLACE_BEFORE_PARENTHESIS.exec(s.slice(0, clauseStart));
  return !!name && !namedByRegistry(name[1], ownWords);
}

/** A new clause that opens on "every"/"all" after a conjunction ("…, and every new site is ready"), not "Usually, all …": see postProcess. */
const UNIVERSAL_CLAUSE = /(?:;|,?\s(?:and|but|while|whereas))\s+(?:every|all)\b/i;

/** The last quantifier hedge written in the text ("most", "usually"), with its place. */
function lastHedge(text: string): RegExpExecArray | null {
  ALL_HEDGES.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = ALL_HEDGES.exec(text); m; m = ALL_HEDGES.exec(text)) last = m;
  return last;
}
const ALL_HEDGES = new RegExp(V.QUANTIFIER_HEDGE.source, 'gi');

/** Negation, intent, hedges and conditions; merges share claims with the bound they are about. */
function postProcess(s: string, claims: FoundClaim[], ownWords: ReadonlySet<string>): FoundClaim[] {
  const kept: FoundClaim[] = [];
  const condition = mayMatch(V.CONDITION, s) ? V.CONDITION.exec(s)?.[0] : undefined;
  // Whether the sentence opens as an instruction or a request: the same for every claim in it.
  const imperative = V.IMPERATIVE_START.exec(s);
  const pleaseRequest = V.REQUEST_START.test(s);
  const request = !!imperative || pleaseRequest;
  for (const c of claims) {
    const prefix = s.slice(0, c.start);
    const clause = clauseAround(s, c);
    const clausePrefix = prefix.slice(clause.start);
    const negWindow = clausePrefix.replace(/\bnot (?:only|just)\b/gi, ' ');
    // "doesn't close at weekends" promises weekend opening: the claim takes in the denied closure.
    const denied = c.kind === 'schedule' ? V.DENIED_CLOSURE.exec(clausePrefix) : null;
    if (denied) c.start = Math.min(c.start, prefix.length - clausePrefix.length + denied.index);
    else if (V.NEGATION.test(negWindow) && !(c.kind === 'absolute' && c.keyword === 'never')) continue;
    else if (negatedAfter(s, c)) continue;
    // The clause as the claim now stands (a denied closure moved its start).
    const around = denied ? clauseAround(s, c) : clause;
    if (c.kind === 'absolute' && c.keyword === 'never' && V.NEVER_DENIES.test(s.slice(c.end))) continue;
    if ((mayMatch(V.INTENT, s) && V.INTENT.test(prefix)) || /\b(?:may|might|could)\b/.test(prefix)) continue;
    // "used to offer 24/7", "was open 24/7, but hours have changed": a past state, not a promise now.
    if (V.PAST_PROMISE.test(clausePrefix) || (/\b(?:was|were)\b/i.test(clausePrefix) && V.SINCE_CHANGED.test(s.slice(c.end)))) continue;
    // "Fair use policy: 500 GB per site": the label names a limit (across the colon a clause would stop at).
    if (V.THRESHOLD_CONDITION.test(clausePrefix) || V.LIMIT_BEFORE.test(clausePrefix) || V.LIMIT_LABEL.test(prefix)) continue;
    // "You must report damage within 2 days", "Returns accepted within 30 days": the customer's deadline or a policy term.
    // "Find it cheaper within 14 days and we'll refund the difference": the window of a price match, also the customer's.
    if (V.OBLIGATION.test(clausePrefix) || V.CUSTOMER_WINDOW.test(clausePrefix) || V.PRICE_MATCH_WINDOW.test(clausePrefix)) continue;
    // "Rival couriers take 3 days", "Unlike the big banks, who keep you on hold for 20 minutes, …": another company's figure.
    if (c.kind !== 'comparative' && c.kind !== 'superlative' && competitorsFigure(s, c, clausePrefix, ownWords)) continue;
    // "Service appointment: Tuesday, December 8, 2026, between 8am and 12pm": a slot on a calendar date, not service hours.
    if (c.kind === 'schedule' && (c.schedule?.opens !== undefined || c.schedule?.closes !== undefined) && V.CALENDAR_DATE.test(s)) continue;
    // "at any Prairie Mart (open 6am–10pm, independently operated)": the hours of a place someone else runs.
    if (c.kind === 'schedule' && V.OTHERS_PREMISES.test(parentheticalAround(s, c) ?? around.text)) continue;
    // "The average UK home broadband speed is 69Mbps", "Streaming a 4K film uses about 7 GB an hour": the market's or an activity's figure.
    if (V.MARKET_STATISTIC.test(clausePrefix) || (V.USAGE_FACT.test(prefix) && !/\b(?:our|we|us)\b/i.test(s))) continue;
    // "The FCC defines broadband as 100 Mbps", "According to the 2026 Small Business Survey, owners spend 11 hours a week on
    // paperwork": a definition's threshold, a study's finding about people in general.
    if (c.kind !== 'comparative' && c.kind !== 'superlative' && (V.DEFINITION.test(clausePrefix) || studyFinding(s, clausePrefix, prefix.length - clausePrefix.length))) continue;
    // "Pick up your router at any Prairie Mart (open 6am–10pm)": hours in a parenthesis after a place the registry does not know are that place's.
    if (c.kind === 'schedule' && othersPlaceHours(s, clausePrefix, prefix.length - clausePrefix.length, ownWords)) continue;
    // "If you needed 10 TB, talk to sales", "a 50 GB game would take about 7 minutes": a supposition or worked example.
    if (c.kind !== 'comparative' && c.kind !== 'superlative' && hypothetical(s, around, clausePrefix)) continue;
    // "Reply within 24 hours to confirm": a deadline set for the reader, not a promise made to them.
    if (imperative && c.start - imperative[0].length <= 12) continue;
    // "Please inspect your delivery and report any damage within 48 hours": a duty joined to the request is the reader's too;
    // "You must return the router within 30 days, or a $150 fee applies": the price of not doing it is the reader's.
    if (request && V.REQUESTED_DUTY.test(prefix)) continue;
    // "Please send the handset back within 21 days": the request's own first clause, no one else its subject.
    if (pleaseRequest && !/[,;:]/.test(prefix) && !V.REQUEST_OTHER_SUBJECT.test(prefix)) continue;
    if (V.OBLIGATION_CONSEQUENCE.test(clausePrefix) && (request || V.OBLIGATION_WORD.test(prefix.slice(0, prefix.length - clausePrefix.length)))) continue;
    // Hedges stand before the claim ("most emails …") or close the sentence ("…, typically").
    // A clause that opens on "every"/"all" after the hedge ("Most sites are live in 60 seconds, and every site within
    // 2 minutes") quantifies its own claims: the earlier hedge does not reach them.
    const hedgeBefore = lastHedge(prefix);
    const hedgeReaches = hedgeBefore && !UNIVERSAL_CLAUSE.test(s.slice(hedgeBefore.index + hedgeBefore[0].length, c.end));
    const hedge = ((hedgeReaches ? hedgeBefore : null) ?? /,?\s*\b(usually|typically|generally|normally|in most cases)\b[^,;]*$/i.exec(s.slice(c.end)))?.[1]?.toLowerCase();
    if (hedge) c.hedge = hedge;
    if (condition && !(c.start < s.indexOf(condition) + condition.length && s.indexOf(condition) < c.end)) c.condition = condition;
    kept.push(c);
  }
  // "unlimited data on every plan", "all our stores are open until 9pm": the other claim carries the promise; "every"
  // or "all" stresses it. "every email within 24 hours", "all parcels arrive next day": a promise about time made of
  // every case is a claim of its own beside the bound (no case outside it), read against the bound's figure.
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i];
    if (c.kind !== 'absolute' || !/^(?:every|all)\b/i.test(c.keyword ?? '')) continue;
    // "Always on time, every time": one absolute promise, said twice.
    if (c.keyword === 'every time' && kept.some((o) => o !== c && o.kind === 'absolute')) {
      kept.splice(i, 1);
      continue;
    }
    const clause = clauseAround(s, c);
    const inClause = kept.filter((o) => o !== c && o.start >= clause.start && o.end <= clause.start + clause.text.length + 1);
    const bound = c.keyword !== 'every time' ? universalTimeBound(c, inClause) : undefined;
    if (bound) {
      c.quantity = { ...bound.quantity! };
      c.comparator = '<=';
    } else if (inClause.length || ALL_OF_POPULATION.test(c.keyword ?? '')) kept.splice(i, 1);
  }
  // "never keeps you waiting more than 5 minutes": one absolute promise that every case is within the bound.
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i];
    if (c.kind !== 'bound' || (c.comparator !== '>' && c.comparator !== '>=') || !c.quantity) continue;
    const never = kept.find((n) => n.kind === 'absolute' && n.keyword === 'never' && n.end <= c.start && !/[,;.]/.test(s.slice(n.end, c.start)));
    if (!never) continue;
    never.end = c.end;
    never.figureStart = c.figureStart;
    never.figureEnd = c.figureEnd;
    never.quantity = c.quantity;
    never.comparator = '<=';
    kept.splice(i, 1);
  }
  // Schedule phrases in one clause are one promise: "weekend support from 9am to 5pm", "Mon–Fri 8am–8pm, Sat 9am–5pm".
  kept.sort((a, b) => a.start - b.start);
  // "8am–8pm ET on weekdays": days written right after hours are those hours' own (they already read them), so they
  // join the hours first and never stand as days of opening before the next part ("… and 9am–5pm on Saturdays").
  for (let i = kept.length - 1; i > 0; i--) {
    const a = kept[i - 1];
    const b = kept[i];
    if (a.kind !== 'schedule' || b.kind !== 'schedule' || !isDaySet(b.schedule) || !a.schedule?.days || (a.schedule.opens === undefined && a.schedule.closes === undefined)) continue;
    if (!sameDaySet(a.schedule.days, b.schedule!.days!) || !OWN_DAYS_GAP.test(s.slice(a.end, b.start))) continue;
    a.end = b.end;
    a.keyword = s.slice(a.start, a.end);
    kept.splice(i, 1);
  }
  for (let i = kept.length - 1; i > 0; i--) {
    const a = kept[i - 1];
    const b = kept[i];
    if (a.kind !== 'schedule' || b.kind !== 'schedule') continue;
    const gap = s.slice(a.end, b.start);
    // "weekdays 8–8 and weekends 9–5" is one timetable, and so is "8am–8pm on weekdays and 9am–5pm at weekends" (the
    // first hours' own days before the "and"); "9–5 on weekdays and our chat runs 24/7" two promises.
    const nextDays = NEXT_DAYS_GAP.test(gap);
    // "open 7 days a week and until 9pm": the days it opens and the hours it keeps, two promises joined by "and".
    const daysThenHours = isDaySet(a.schedule) && !!b.schedule && (b.schedule.opens !== undefined || b.schedule.closes !== undefined) && /^\s*(?:and|&)\s*$/i.test(gap);
    // "until 8pm on weekdays, or until 6pm at weekends": alternatives, each its own promise.
    // "open seven days a week, from 10am to 6pm on Sundays": hours with days of their own are a promise of their own.
    // "Open 7 days, until 9pm every night": hours that write their own days after them are a promise of their own too.
    const hoursOfOtherDays = isDaySet(a.schedule) && !!b.schedule?.days && (b.schedule.opens !== undefined || b.schedule.closes !== undefined) && (!sameDaySet(a.schedule!.days!, b.schedule.days) || OWN_DAYS_AT_END.test(s.slice(b.start, b.end)));
    if (daysThenHours || hoursOfOtherDays || /\bor\b/i.test(gap)) continue;
    if (!nextDays && (!/^[^.;!?]{0,40}$/.test(gap) || /\b(?:and|but|while|whereas|plus|with)\b/i.test(gap))) continue;
    // "until 6pm at weekends": the hours already read the days that follow them; no second part.
    const sameDays = isDaySet(b.schedule) && b.schedule!.days!.every((d) => a.schedule?.days?.includes(d));
    if (!sameDays) a.schedule = mergeSchedules(a.schedule ?? {}, b.schedule ?? {});
    a.end = b.end;
    a.keyword = s.slice(a.start, a.end);
    kept.splice(i, 1);
  }
  // "95% of orders arrive within 2 days": one share claim about the bound, not two claims.
  const result: FoundClaim[] = [];
  for (const c of kept) {
    if (c.kind === 'bound' && c.quantity) {
      // "loads under 1 second for 96% of visits": the share comes after the bound.
      // "arrive within 2 days 81% of the time", "within 24 hours, 9 times out of 10": a share right after the bound.
      const after = kept.find((p) => p.kind === 'percentage' && !p.bound && p.start >= c.end && (
        (/^\s+(?:for|in)\s+$/i.test(s.slice(c.end, p.start)) && /^\s+of\b/i.test(s.slice(p.end, p.end + 4))) ||
        (/^\s*,?\s+$/.test(s.slice(c.end, p.start)) && (/^\s+of the time\b/i.test(s.slice(p.end)) || (/\b(?:in|out of)\b/i.test(s.slice(p.start, p.end)) && /^\s*(?:[.;!)]|$)/.test(s.slice(p.end)))))));
      if (after) {
        after.bound = c.quantity;
        after.start = c.start;
        continue;
      }
      // "81% of orders delivered within 2 days", "81% delivered within 2 days": the share of the bound's cases.
      // "…, and 99% within 24 hours": the share right before the bound, its noun left out as the clause before has it.
      const share = kept.find((p) => p.kind === 'percentage' && p.end <= c.start && (/^\s+of\b/i.test(s.slice(p.end, p.end + 4)) || /^\s+$/.test(s.slice(p.end, c.start)) || SHARE_VERB_GAP.test(s.slice(p.end, c.start)) && !SHARE_GAP_BREAK.test(s.slice(p.end, c.start))));
      // "Nine in ten chats are picked up inside two minutes": a fraction before its bound, in one clause.
      // "Nine times out of ten, an agent answers inside two minutes": a fraction that opens the sentence
      // (after an "A:" label at most) may end at a comma.
      // "Half our customers get 810Mbps or more": a fraction written as a word reads the same way.
      const fraction = kept.find((p) => p.kind === 'percentage' && p.end <= c.start && !p.bound && (/\b(?:in|out of)\b/i.test(s.slice(p.start, p.end)) || (!!p.keyword && FRACTION_WORD.test(p.keyword))) && (!/[,;]|\d/.test(s.slice(p.end, c.start)) || (/^,[^,;\d]*$/.test(s.slice(p.end, c.start)) && /^\s*(?:\p{L}{1,8}:)?\s*$/u.test(s.slice(0, p.start)))));
      if (fraction) {
        fraction.bound = c.quantity;
        fraction.end = c.end;
        continue;
      }
      if (share) {
        share.bound = c.quantity;
        continue;
      }
    }
    result.push(c);
  }
  return result.sort((a, b) => a.start - b.start);
}

/** "all parcels", "all of our emails": read as a claim only where it quantifies a bound on time (see universalTimeBound). */
const ALL_OF_POPULATION = /^all /;

/**
 * The bound on time that "every"/"all" quantifies in its clause: one unhedged upper bound on a duration, no share
 * written beside it ("every email within 24 hours", "all orders arrive next day"). A hedged bound ("most emails
 * within 4 hours") or a share ("99% of the time") promises less than every case.
 */
function universalTimeBound(c: FoundClaim, inClause: FoundClaim[]): FoundClaim | undefined {
  if (c.hedge || inClause.some((o) => o.kind === 'percentage')) return undefined;
  const bounds = inClause.filter((o) => o.kind === 'bound' && o.quantity && !o.hedge && (o.comparator === '<=' || o.comparator === '<') && dimensionOf(o.quantity.unit) === 'duration');
  return bounds.length === 1 ? bounds[0] : undefined;
}

/** Fractions written as words ("half", "two-thirds"): a share of a population, like "9 in 10". */
const FRACTION_WORD = /^(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters)$/i;

/** Only the verb between a share and its bound ("97% answered within", "81% are delivered in"): "a 10–80% fast charge in 35 minutes" is not one. */
const SHARE_VERB_GAP = /^\s+(?:(?:are|is|were|was|get|gets|got)\s+)?(?:\p{L}{3,}ed(?:\s+to)?|arrive|arrives|land|lands|ship|ships|reach you|get a reply|get an answer)\s+$/iu;
/** Words that start another promise or make the share about something else ("20% off", "99.9% uptime"). */
const SHARE_GAP_BREAK = /\b(?:and|or|but|plus|while|off|save[sd]?|saving|discount|cashback|uptime|faster|quicker|cheaper|more|less|fewer)\b/i;

/** The same days, in any order. */
function sameDaySet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((d) => b.includes(d));
}

/** Days of service without hours: "7 days a week", "weekend support". */
function isDaySet(x: ScheduleClaim | undefined): boolean {
  return !!x?.days && x.opens === undefined && x.closes === undefined && !x.always && !x.parts;
}

/** Two schedule promises in one clause must both hold: keep both as parts of one claim. */
function mergeSchedules(a: ScheduleClaim, b: ScheduleClaim): ScheduleClaim {
  const partsOf = (x: ScheduleClaim) => x.parts ?? [x];
  const parts = [...partsOf(a), ...partsOf(b)];
  // A bare day set ("weekend support") and bare hours ("9am to 5pm") describe the same days.
  if (parts.length === 2 && parts[0].days && parts[0].opens === undefined && parts[0].closes === undefined && !parts[1].days && !parts[1].always) {
    return { ...parts[1], days: parts[0].days };
  }
  if (parts.length === 2 && parts[1].days && parts[1].opens === undefined && parts[1].closes === undefined && !parts[0].days && !parts[0].always) {
    return { ...parts[0], days: parts[1].days };
  }
  return { parts };
}

function comparativeRatio(m: RegExpExecArray): number | undefined {
  // "half the price of X" is twice as good on price: ratios are oriented so that > 1 is better.
  if (/^half the (?:price|cost)/i.test(m[0])) return 2;
  // "cut your cable bill in half", "halve your energy bill": half the price, as above.
  if (/^(?:in\s+half|halv)/i.test(m[0])) return 2;
  const word: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10, twice: 2, half: 0.5 };
  if (m[1]) return word[m[1].toLowerCase()] ?? Number(m[1]);
  if (/^twice/i.test(m[0])) return 2;
  if (m[2]) return 1 + (Number.isNaN(Number(m[2])) ? (scanNumbers(m[2])[0]?.value ?? 0) : Number(m[2])) / 100;
  return undefined;
}

/** Bare hours "8–8", "9 and 5" as minutes: morning to evening (a closing hour at or before the opening, or before noon, is pm). */
function bareHours(open: string, close: string): [number, number] {
  const o = Number(open);
  const c = Number(close);
  return [o * 60, (c <= o || c < 12 ? c + 12 : c) * 60];
}

function readHourRange(m: RegExpExecArray): [number, number] | undefined {
  // "8am to midnight": open until the end of the day.
  if (m[13] !== undefined) return [toMinutes(Number(m[11]), Number(m[12] ?? 0), m[13]), 24 * 60];
  if (m[7] !== undefined) return [Number(m[7]) * 60 + Number(m[8]), Number(m[9]) * 60 + Number(m[10])];
  if (!m[6]) return undefined;
  const endMer = m[6];
  const startMer = m[3] ?? (Number(m[1]) > Number(m[4]) && /p/i.test(endMer) ? 'am' : endMer);
  return [toMinutes(Number(m[1]), Number(m[2] ?? 0), startMer), toMinutes(Number(m[4]), Number(m[5] ?? 0), endMer)];
}

/** After a closing time and its days: "and 6pm on Sunday" (group 5: the days). */
const CLOSES_ALSO = /^(\s+(?:on\s+)?[a-z]+\.?(?:\s?(?:–|-|—|to|through|thru)\s?[a-z]+)?\s*,?\s*and\s+)(1[0-2]|[1-9])(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)(\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)/i;

function toMinutes(h: number, min: number, meridiem: string): number {
  const pm = /p/i.test(meridiem);
  const hour = (h % 12) + (pm ? 12 : 0);
  return hour * 60 + min;
}

function readDaysBefore(s: string, offset: number): number[] | undefined {
  let before = s.slice(Math.max(0, offset - 40), offset).toLowerCase();
  // Only the days since the previous time of day: in "weekdays 8am–8pm and Saturdays 9am–5pm" the
  // second hours are Saturday's.
  const lastTime = /.*(?:\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d:\d\d|\d\s?[–-]\s?\d+)/s.exec(before);
  if (lastTime) before = before.slice(lastTime[0].length);
  // "8am–8pm ET on weekdays, 9am–5pm …": days written with "on" right after the previous time are that time's own.
  const previousOwn = lastTime && DAYS_OWN_AFTER.test(before) ? daysWrittenAfter(before.replace(ZONE_AFTER_TIME, ''), 0) : undefined;
  if (previousOwn) before = before.replace(ZONE_AFTER_TIME, '').slice(previousOwn.length);
  if (/\b(?:7|seven) days\b|\bevery ?day\b|\bdaily\b/.test(before)) return [0, 1, 2, 3, 4, 5, 6];
  if (/\bweekdays?\b/.test(before)) return [0, 1, 2, 3, 4];
  const range = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(?:–|-|—|to|through|thru)\s?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/.exec(before);
  if (range) return dayRange(V.DAY_NAMES[range[1]], V.DAY_NAMES[range[2]]);
  const single = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:from\s+)?$/.exec(before);
  if (single) return [V.DAY_NAMES[single[1]]];
  return undefined;
}

function readDaysAfter(s: string, offset: number): number[] | undefined {
  return daysWrittenAfter(s, offset)?.days;
}

/** The days written right after a time ("until 8pm on weekdays") and how many characters they take. */
function daysWrittenAfter(s: string, offset: number): { days: number[]; length: number } | undefined {
  const raw = s.slice(offset, offset + 48).toLowerCase();
  // A time zone between the time and its days ("8am–8pm ET on weekdays") is part of what the days follow.
  const zone = ZONE_AFTER_TIME.exec(raw)?.[0].length ?? 0;
  const found = daysWrittenRightAfter(raw.slice(zone, zone + 40));
  return found && { days: found.days, length: found.length + zone };
}

/** Days written at the end of a schedule claim, after its time ("until 9pm every night", "8am–8pm on weekdays"). */
const OWN_DAYS_AT_END = /\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:\p{L}{2,4}\s+)?,?\s*(?:on\s+)?(?:every ?day|daily|every (?:night|evening)|nightly|weekdays|weekends|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)$/iu;

/** The time zones schedule copy writes after a time of day ("ET", "UK time"), lower case. */
const TIME_ZONE = '(?:et|pt|ct|mt|[ecmp][sd]t|gmt|utc|bst|cet|cest|uk time|local time)';
/** A day or set of days as a timetable names it ("Saturdays", "weekdays", "Mon."). */
const DAY_WORD = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|weekends?|weekdays?)`;

/** "on" right after a time, past its zone: the days it introduces are that time's own. */
const DAYS_OWN_AFTER = new RegExp(String.raw`^\s*(?:${TIME_ZONE}\s+)?on\s`, 'i');

/** Between hours and the days they are for: "8am–8pm ET on weekdays". */
const OWN_DAYS_GAP = new RegExp(String.raw`^\s*(?:${TIME_ZONE}\s*)?(?:on|at)?\s*$`, 'i');
/** Between two parts of one timetable: the first part's own days, "and", the next part's days. */
const NEXT_DAYS_GAP = new RegExp(String.raw`^\s*(?:(?:on|at)\s+${DAY_WORD}\s+)?(?:and|&)\s+(?:(?:on|at)\s+)?${DAY_WORD}?\s*$`, 'i');
/** A time zone written after a time of day, as daysWrittenAfter reads it (lower case). */
const ZONE_AFTER_TIME = new RegExp(String.raw`^\s*${TIME_ZONE}(?=\s+on\s|\s*,?\s*(?:weekdays|every|daily|mon|tue|wed|thu|fri|sat|sun|7 days|seven days|at weekends)\b)`);

function daysWrittenRightAfter(after: string): { days: number[]; length: number } | undefined {
  let m = /^,?\s*(?:on )?weekdays\b|^,?\s*monday to friday\b|^,?\s*mon(?:day)?\s?(?:–|-|to)\s?fri(?:day)?\b/.exec(after);
  if (m) return { days: [0, 1, 2, 3, 4], length: m[0].length };
  if ((m = /^,?\s*(?:every ?day|daily|every (?:night|evening)|nightly|7 days a week|seven days a week)\b/.exec(after))) return { days: [0, 1, 2, 3, 4, 5, 6], length: m[0].length };
  if ((m = /^,?\s*(?:on\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(?:–|-|—|to|through|thru)\s?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/.exec(after))) return { days: dayRange(V.DAY_NAMES[m[1]], V.DAY_NAMES[m[2]]), length: m[0].length };
  if ((m = /^,?\s*(?:on\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*?s?\b/.exec(after))) return { days: [V.DAY_NAMES[m[1]]], length: m[0].length };
  if ((m = /^,?\s*(?:at|on) weekends\b/.exec(after))) return { days: [5, 6], length: m[0].length };
  return undefined;
}

function dayRange(a: number, b: number): number[] {
  const days: number[] = [];
  for (let d = a; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === b || days.length >= 7) break;
  }
  return days;
}

/** Every non-empty match, collected before the caller acts on any (a generator costs more per call). */
const globalVersions = new WeakMap<RegExp, RegExp>();

function matchAll(re: RegExp, s: string): readonly RegExpExecArray[] {
  if (!mayMatch(re, s)) return NO_MATCHES;
  let g = re.global ? re : globalVersions.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags + 'g');
    globalVersions.set(re, g);
  }
  // Most patterns find nothing in most sentences: no array is made for them.
  let out: RegExpExecArray[] | undefined;
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    if (m[0].length === 0) g.lastIndex++;
    else (out ??= []).push(m);
  }
  return out ?? NO_MATCHES;
}
const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);
