// The eval script's arithmetic on a tiny hand-made prediction set, its corpus validator, and its exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimKind, Verdict } from '../../src/core/index.js';
import { formatReport, loadCorpus, matchClaims, predictCorpus, PROJECT_ROOT, scoreCases, type Label, type Prediction, type ScoredCase } from '../../scripts/eval.js';
import { makeTempDir } from '../temp-dir.js';

const text = 'We reply within 1 hour. Chat 24/7. Over 500 stores. From $9/mo.';
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const label = (span: string, kind: ClaimKind, verdict: Verdict, entry: string | null): Label => ({ span, occurrence: 1, kind, verdict, entry, range: at(span) });
const predict = (span: string, kind: ClaimKind, verdict: Verdict, entryId?: string): Prediction => ({ kind, verdict, entryId, range: at(span) });

// Labels: 4 claims. Predictions:
//  "reply within 1 hour" bound/contradicted/email   → detected, verdict hit
//  "24/7"                coverage/supported/chat     → matched, wrong kind (schedule labelled), verdict hit
//  "500 stores"          count/supported/web-stores  → detected, verdict wrong? no: verdict right, entry WRONG
//  (price missed)
//  "Chat"                schedule/supported/chat     → overlaps nothing: false positive
const cases: ScoredCase[] = [
  {
    id: 'one',
    text,
    lookAlike: false,
    labels: [
      label('within 1 hour', 'bound', 'contradicted', 'email'),
      label('24/7', 'schedule', 'supported', 'chat'),
      label('Over 500 stores', 'count', 'supported', 'stores'),
      label('From $9/mo', 'price', 'supported', 'prices'),
    ],
    predictions: [
      predict('reply within 1 hour', 'bound', 'contradicted', 'email'),
      predict('24/7', 'coverage', 'supported', 'chat'),
      predict('500 stores', 'count', 'supported', 'web-stores'),
      predict('Chat', 'schedule', 'supported', 'chat'),
    ],
  },
  // A look-alike case with one false positive and one without.
  { id: 'la-1', text: 'Founded in 1998.', lookAlike: true, tags: ['look-alike'], labels: [], predictions: [{ kind: 'figure', verdict: 'unsubstantiated', range: { start: 11, end: 15 } }] },
  { id: 'la-2', text: 'Call 555-0100.', lookAlike: true, tags: ['look-alike'], labels: [], predictions: [] },
  // An unsubstantiated label: the entry does not matter, and an unsubstantiated prediction is never a wrong link.
  {
    id: 'unsub',
    text: 'The fastest couriers.',
    lookAlike: false,
    tags: ['hedged'],
    labels: [{ span: 'fastest', occurrence: 1, kind: 'superlative', verdict: 'unsubstantiated', entry: null, range: { start: 4, end: 11 } }],
    predictions: [{ kind: 'superlative', verdict: 'unsubstantiated', entryId: 'rank', range: { start: 4, end: 11 } }],
  },
];

describe('scoreCases', () => {
  const report = scoreCases(cases);
  const kind = (k: ClaimKind) => report.kinds.find((r) => r.kind === k)!;

  it('counts detection per kind: a hit needs the labelled kind', () => {
    expect(kind('bound').detectionPrecision).toEqual({ hits: 1, total: 1, value: 1 });
    expect(kind('bound').detectionRecall).toEqual({ hits: 1, total: 1, value: 1 });
    expect(kind('schedule').detectionRecall).toEqual({ hits: 0, total: 1, value: 0 });
    // The schedule prediction on "Chat" is a false positive: precision 0 of 1.
    expect(kind('schedule').detectionPrecision).toEqual({ hits: 0, total: 1, value: 0 });
    expect(kind('coverage').detectionPrecision).toEqual({ hits: 0, total: 1, value: 0 });
    expect(kind('coverage').detectionRecall.value).toBeNull();
    expect(kind('price').detectionRecall).toEqual({ hits: 0, total: 1, value: 0 });
    expect(kind('price').detectionPrecision.value).toBeNull();
    expect(kind('figure').detectionPrecision).toEqual({ hits: 0, total: 1, value: 0 });
  });

  it('counts verdict hits by labelled kind (recall) and predicted kind (precision); the entry must match', () => {
    expect(kind('bound').verdictRecall.hits).toBe(1);
    expect(kind('schedule').verdictRecall).toEqual({ hits: 1, total: 1, value: 1 });
    expect(kind('coverage').verdictPrecision).toEqual({ hits: 1, total: 1, value: 1 });
    expect(kind('count').verdictRecall).toEqual({ hits: 0, total: 1, value: 0 });
    expect(kind('superlative').verdictRecall).toEqual({ hits: 1, total: 1, value: 1 });
  });

  it('sums overall figures', () => {
    expect(report.overall.labelled).toBe(5);
    expect(report.overall.predicted).toBe(6);
    expect(report.overall.detectionPrecision).toEqual({ hits: 3, total: 6, value: 0.5 });
    expect(report.overall.detectionRecall).toEqual({ hits: 3, total: 5, value: 0.6 });
    expect(report.overall.verdictRecall).toEqual({ hits: 3, total: 5, value: 0.6 });
    expect(report.overall.verdictPrecision).toEqual({ hits: 3, total: 6, value: 0.5 });
    expect(report.matched).toBe(4);
  });

  it('reports wrong links over linked matched claims, and supported-on-wrong-entry', () => {
    // Linked (matched, not unsubstantiated, with an entry): bound, schedule/coverage, count → 3; one wrong.
    expect(report.wrongEntry).toEqual({ hits: 1, total: 3, value: 1 / 3 });
    expect(report.supportedOnWrongEntry).toBe(1);
  });

  it('breaks results down by case tag', () => {
    expect(report.tags).toEqual([
      { tag: 'hedged', cases: 1, labelled: 1, detectionRecall: { hits: 1, total: 1, value: 1 }, verdictRecall: { hits: 1, total: 1, value: 1 }, falsePositives: 0 },
      { tag: 'look-alike', cases: 2, labelled: 0, detectionRecall: { hits: 0, total: 0, value: null }, verdictRecall: { hits: 0, total: 0, value: null }, falsePositives: 1 },
    ]);
  });

  it('reports false positives on look-alikes', () => {
    expect(report.lookAlike).toEqual({ cases: 2, casesWithFalsePositives: 1, falsePositives: 1 });
  });

  it('fills the verdict confusion matrix from matched pairs', () => {
    expect(report.confusion.contradicted.contradicted).toBe(1);
    expect(report.confusion.supported.supported).toBe(2);
    expect(report.confusion.unsubstantiated.unsubstantiated).toBe(1);
  });

  it('lists each miss, false positive, wrong kind and wrong entry with the case id', () => {
    const summary = report.issues.map((i) => `${i.type}:${i.caseId}`).sort();
    expect(summary).toEqual(['false-positive:la-1', 'false-positive:one', 'missed:one', 'wrong-entry:one', 'wrong-kind:one'].sort());
  });
});

describe('formatReport', () => {
  it('prints one row per kind plus overall, and with verbose every issue with its case id', () => {
    const report = scoreCases(cases);
    const plain = formatReport(report, { verbose: false });
    expect(plain).toMatch(/^bound\s+1\s+1\s+100\.0%\s+100\.0%\s+100\.0%\s+100\.0%$/m);
    expect(plain).toMatch(/^overall\s+5\s+6\s+50\.0%\s+60\.0%\s+50\.0%\s+60\.0%$/m);
    expect(plain).toMatch(/^price\s+1\s+0\s+–\s+0\.0%/m);
    expect(plain).toContain('linked to the wrong entry: 1 of 3 linked (33.3%)');
    expect(plain).toContain('look-alikes: 1 false positives in 1 of 2 look-alike cases');
    expect(plain).not.toContain('== missed');
    const verbose = formatReport(report, { verbose: true });
    expect(verbose).toContain('== missed (1)');
    expect(verbose).toContain('[one] label "From $9/mo" price/supported → prices');
    expect(verbose).toContain('== false-positive (2)');
    expect(verbose).toContain('[la-1] predicted "1998" figure/unsubstantiated');
    expect(verbose).toContain('== wrong-entry (1)');
  });
});

describe('matchClaims', () => {
  it('pairs one-to-one by the largest overlap first', () => {
    const labels = [label('within 1 hour', 'bound', 'supported', 'x'), label('24/7', 'schedule', 'supported', 'y')];
    // The wide prediction overlaps both labels; the narrow one only the first. Largest overlap wins the first
    // label, so the narrow prediction is left over and the second label goes to nobody.
    const wide = { kind: 'bound' as const, verdict: 'supported' as const, range: { start: at('within 1 hour').start, end: at('24/7').end } };
    const narrow = predict('1 hour', 'bound', 'supported');
    expect(matchClaims(labels, [narrow, wide])).toEqual([[0, 1]]);
    expect(matchClaims(labels, [predict('24/7', 'schedule', 'supported'), narrow])).toEqual([[0, 1], [1, 0]]);
    expect(matchClaims(labels, [])).toEqual([]);
  });
});

/** A labelled-corpus folder (registry/ and cases/) holding the given files, lines joined. */
function corpusFolder(files: Record<string, string[]>): string {
  const dir = makeTempDir('claimlint-corpus');
  mkdirSync(path.join(dir, 'registry'));
  mkdirSync(path.join(dir, 'cases'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, name), lines.join('\n'));
  return dir;
}

describe('corpus validator and exit codes', () => {
  const dir = corpusFolder({
    'registry/acme.registry.yaml': [
      'entries:',
      '  - id: support.email',
      '    title: Email replies',
      '    terms: [reply]',
      '    unit: h',
      '    evidence: { median: 3, p95: 9 }',
      '    source: export',
      '',
    ],
    'cases/broken.yaml': [
      'today: 2026-11-23',
      'registry: [acme]',
      'cases:',
      '  - id: a-1',
      '    text: "We reply within 1 hour. We reply within 1 hour."',
      '    claims:',
      '      - { span: "within 2 hours", kind: bound, verdict: supported, entry: support.email }',
      '      - { span: "within 1 hour", kind: bound, verdict: supported, entry: support.email }',
      '      - { span: "reply", occurrence: 1, kind: boundary, verdict: fine, entry: support.phone }',
      '  - id: a-1',
      '    text: "Nothing here."',
      '    claims: []',
      '    tags: [lookalike]',
      '',
    ],
  });

  it('names file, line and column for each broken label', () => {
    const { problems } = loadCorpus(dir);
    const file = path.join(dir, 'cases', 'broken.yaml');
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:9: .*"within 2 hours" does not occur`)),
      expect.stringContaining(':8:9: case a-1 claim 2: span "within 1 hour" occurs 2 times'),
      expect.stringContaining('unknown kind "boundary"'),
      expect.stringContaining('unknown verdict "fine"'),
      expect.stringContaining('unknown entry "support.phone"'),
      expect.stringContaining(':10:5: duplicate case id "a-1"'),
      expect.stringContaining('unknown tag "lookalike"'),
    ]));
    expect(problems).toHaveLength(7);
  });

  it('reports YAML syntax errors, a missing claims list, an unknown registry and a bad jurisdiction with positions', () => {
    const other = corpusFolder({
      'cases/syntax.yaml': ['today: 2026-11-23', 'cases:', '  - id: s-1', '    text: "unterminated', ''],
      'cases/shape.yaml': ['jurisdiction: FR', 'today: 23/11/2026', 'registry: [nobody]', 'cases:', '  - id: s-2', '    text: "Some text."', '  - just a string', ''],
    });
    const { problems } = loadCorpus(other);
    const syntax = path.join(other, 'cases', 'syntax.yaml');
    const shape = path.join(other, 'cases', 'shape.yaml');
    expect(problems.some((p) => p.startsWith(`${syntax}:`))).toBe(true);
    expect(problems).toEqual(expect.arrayContaining([
      `${shape}:1:15: jurisdiction must be US or UK`,
      `${shape}:2:8: today must be a YYYY-MM-DD date`,
      `${shape}:3:11: unknown registry "nobody"`,
      `${shape}:5:5: case s-2: claims must be a list (use [] for none)`,
      `${shape}:7:5: case 2 is not a mapping`,
    ]));
  });

  it('reports registry problems other than staleness when it runs the engine', () => {
    const other = corpusFolder({
      'registry/odd.registry.yaml': ['entries:', '  - id: odd.speed', '    title: Speed in furlongs', '    terms: [speed]', '    unit: furlongs', '    evidence: { median: 3 }', '    source: nowhere', ''],
      'cases/c.yaml': ['today: 2026-11-23', 'cases:', '  - id: c-1', '    text: "Nothing."', '    claims: []', ''],
    });
    const corpus = loadCorpus(other);
    expect(corpus.problems).toEqual([]);
    const { cases, registryProblems } = predictCorpus(corpus);
    expect(cases.map((c) => c.id)).toEqual(['c-1']);
    expect(registryProblems.join('\n')).toContain('registry/unknown-unit');
  });

  const tsx = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  it('exits 1 on a broken corpus and lists the problems', () => {
    const run = spawnSync(tsx, [path.join(PROJECT_ROOT, 'scripts/eval.ts'), '--corpus', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The corpus is broken');
    expect(run.stderr).toContain('does not occur');
  });

  it('exits 0 and prints JSON figures for a valid corpus', () => {
    writeFileSync(path.join(dir, 'cases', 'broken.yaml'), [
      'today: 2026-11-23',
      'registry: [acme]',
      'cases:',
      '  - id: a-1',
      '    text: "We reply within 1 hour."',
      '    claims:',
      '      - { span: "within 1 hour", kind: bound, verdict: contradicted, entry: support.email }',
      '',
    ].join('\n'));
    const out = execFileSync(tsx, [path.join(PROJECT_ROOT, 'scripts/eval.ts'), '--corpus', dir, '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out) as { stats: { spans: number }; overall: { labelled: number }; kinds: unknown[] };
    expect(json.stats.spans).toBe(1);
    expect(json.overall.labelled).toBe(1);
    expect(json.kinds).toHaveLength(12);
  });
});
