// The labelled corpus itself: well-formed, big enough, and consistent with its own registries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLAIM_KINDS, loadRegistry } from '../../src/core/index.js';
import { VERDICTS, corpusStats, loadCorpus, predictCorpus, PROJECT_ROOT } from '../../scripts/eval.js';

const corpus = loadCorpus(path.join(PROJECT_ROOT, 'test/corpus'));
const allCases = corpus.files.flatMap((f) => f.cases.map((c) => ({ file: f, c })));

describe('labelled corpus', () => {
  it('has no problems (spans occur, entries exist, kinds and verdicts valid, ids unique)', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.files.length).toBeGreaterThan(5);
  });

  it('has unique case ids', () => {
    const ids = allCases.map(({ c }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels spans that sit exactly in the text and entries that exist in the file\'s own registries', () => {
    for (const { file, c } of allCases) {
      const known = new Set(file.registryNames.flatMap((n) => [...(corpus.registryIds.get(n) ?? [])]));
      for (const l of c.labels) {
        expect(c.text.slice(l.range.start, l.range.end), c.id).toBe(l.span);
        expect(CLAIM_KINDS, c.id).toContain(l.kind);
        expect(VERDICTS, c.id).toContain(l.verdict);
        if (l.entry !== null) expect(known.has(l.entry), `${c.id}: ${l.entry}`).toBe(true);
        expect(l.entry === null, `${c.id}: entry null exactly when unsubstantiated`).toBe(l.verdict === 'unsubstantiated');
      }
    }
  });

  it('is big enough: ≥300 spans, ≥15 per kind, ≥60 look-alikes, ≥40 qualified/negated/hedged claims', () => {
    const stats = corpusStats(corpus);
    expect(stats.spans).toBeGreaterThanOrEqual(300);
    for (const kind of CLAIM_KINDS) expect(stats.byKind[kind], kind).toBeGreaterThanOrEqual(15);
    expect(stats.lookAlikeCases).toBeGreaterThanOrEqual(60);
    expect(stats.qualifiedNegatedHedgedSpans).toBeGreaterThanOrEqual(40);
  });

  it('covers every verdict, both jurisdictions and both formats', () => {
    const verdicts = new Set(allCases.flatMap(({ c }) => c.labels.map((l) => l.verdict)));
    expect([...verdicts].sort()).toEqual([...VERDICTS].sort());
    expect(new Set(corpus.files.map((f) => f.jurisdiction))).toEqual(new Set(['US', 'UK']));
    expect(new Set(allCases.map(({ c }) => c.format))).toEqual(new Set(['markdown', 'yaml']));
  });

  it('look-alike cases hold no claims', () => {
    for (const { c } of allCases) if (c.tags.includes('look-alike')) expect(c.labels, c.id).toEqual([]);
  });
});

describe('corpus registries', () => {
  it('load through the engine with no problem other than the deliberately stale entries', () => {
    for (const [name, source] of corpus.registryTexts) {
      const { registry, findings } = loadRegistry([source], { today: '2026-11-23', docsBaseUrl: 'https://example.invalid' });
      expect(findings.filter((f) => f.ruleId !== 'registry/expired').map((f) => `${name}: ${f.ruleId} ${f.message}`)).toEqual([]);
      expect(registry.entries.length, name).toBe(corpus.registryIds.get(name)?.size);
    }
  });

  // A slip in a label (a price linked to an uptime entry) shows as a claim kind the entry has no evidence for.
  it('link each labelled claim to an entry holding the kind of evidence its kind is read against', () => {
    const entries = new Map<string, Record<string, unknown>>();
    for (const source of corpus.registryTexts.values()) {
      for (const e of (parse(readFileSync(source.uri, 'utf8')) as { entries: Array<Record<string, unknown>> }).entries) entries.set(String(e.id), e);
    }
    const numeric = (e: Record<string, unknown>): boolean => e.evidence !== undefined || e.rating !== undefined;
    const fits: Record<string, (e: Record<string, unknown>) => boolean> = {
      figure: numeric,
      bound: numeric,
      'up-to': (e) => e.evidence !== undefined,
      average: (e) => (e.evidence as Record<string, unknown> | undefined)?.mean !== undefined,
      count: (e) => e.unit === 'count',
      // A measured ratio, or a share of cases read off a distribution ("96% of visits under 1 s", "half reach 810").
      percentage: (e) => e.unit === 'percent' || ['within', 'reaching', 'median'].some((k) => (e.evidence as Record<string, unknown> | undefined)?.[k] !== undefined),
      schedule: (e) => e.schedule !== undefined,
      coverage: (e) => e.coverage !== undefined,
      absolute: (e) => e.substantiates !== undefined || e.guarantee !== undefined || e.limit !== undefined || numeric(e),
      superlative: (e) => e.comparison !== undefined,
      comparative: (e) => e.comparison !== undefined,
      price: (e) => e.prices !== undefined,
    };
    const misfits: string[] = [];
    for (const { c } of allCases) {
      for (const l of c.labels) {
        if (l.entry === null) continue;
        if (!fits[l.kind](entries.get(l.entry)!)) misfits.push(`${c.id}: ${l.kind} "${l.span}" → ${l.entry}`);
      }
    }
    expect(misfits).toEqual([]);
  });

  // Staleness computed here from the YAML, independently of the engine: a "stale" label must rest on an entry
  // that is stale at the file's date, and an entry that is stale can only yield "stale" labels.
  it('label a claim stale exactly when its entry is expired or too old at the file\'s date', () => {
    const entries = new Map<string, Record<string, unknown>>();
    for (const source of corpus.registryTexts.values()) {
      for (const e of (parse(readFileSync(source.uri, 'utf8')) as { entries: Array<Record<string, unknown>> }).entries) entries.set(String(e.id), e);
    }
    const isStale = (e: Record<string, unknown>, today: string): boolean => {
      const date = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
      if (e.expires !== undefined && date(e.expires) < today) return true;
      if (e.as_of === undefined || e.max_age === undefined) return false;
      const m = /^(\d+)\s*(d|mo|y)?$/.exec(String(e.max_age));
      if (!m) throw new Error(`unreadable max_age ${String(e.max_age)}`);
      const n = Number(m[1]);
      const asOf = new Date(`${date(e.as_of)}T00:00:00Z`);
      if (m[2] === 'mo') asOf.setUTCMonth(asOf.getUTCMonth() + n);
      else if (m[2] === 'y') asOf.setUTCFullYear(asOf.getUTCFullYear() + n);
      else asOf.setUTCDate(asOf.getUTCDate() + n);
      return asOf.toISOString().slice(0, 10) < today;
    };
    let staleLabels = 0;
    for (const { file, c } of allCases) {
      for (const l of c.labels) {
        if (l.entry === null) continue;
        const stale = isStale(entries.get(l.entry)!, file.today);
        expect(l.verdict === 'stale', `${c.id}: ${l.entry} stale=${stale}`).toBe(stale);
        if (stale) staleLabels++;
      }
    }
    expect(staleLabels).toBeGreaterThanOrEqual(12);
  });
});

describe('the engine on the corpus', () => {
  // Not an accuracy threshold (that is npm run eval's job): only that every case lints without throwing and
  // every claim the engine reports points into its case's text.
  it('lints every case without throwing, with claim ranges inside the text', () => {
    const { cases, registryProblems } = predictCorpus(corpus);
    expect(registryProblems).toEqual([]);
    const outside = cases.flatMap((c) => c.predictions
      .filter((p) => p.range.start < 0 || p.range.end > c.text.length || p.range.start > p.range.end)
      .map((p) => `${c.id}: ${p.kind} ${p.range.start}-${p.range.end}`));
    expect(outside).toEqual([]);
  }, 120_000);
});
