// `npm run eval`: measures the claim engine against the labelled corpus in test/corpus (see docs/corpus.md).
// Loading and scoring are exported as plain functions so test/eval can check the corpus and the arithmetic.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import {
  CLAIM_KINDS, defaultSettings, lintDocument, loadRegistry,
  type ClaimKind, type DocumentLanguage, type Jurisdiction, type OffsetRange, type Registry, type Verdict,
} from '../src/core/index.js';

export const VERDICTS: Verdict[] = ['contradicted', 'unsubstantiated', 'stale', 'needs-qualifier', 'supported'];
export const KNOWN_TAGS = [
  'look-alike', 'qualified', 'negated', 'hedged', 'formatting', 'table', 'footnote', 'locale', 'words', 'range',
  'approx', 'yaml', 'scope', 'units', 'condition', 'context', 'jurisdiction',
];

export interface Label {
  span: string;
  occurrence: number;
  kind: ClaimKind;
  verdict: Verdict;
  entry: string | null;
  /** Where the span sits in the case text. */
  range: OffsetRange;
}

export interface CorpusCase {
  id: string;
  format: DocumentLanguage;
  text: string;
  labels: Label[];
  tags: string[];
  /** "file:line" of the case, for messages. */
  where: string;
}

export interface CaseFile {
  path: string;
  jurisdiction: Jurisdiction;
  today: string;
  /** Registry file names (without .registry.yaml) this file is linted against. */
  registryNames: string[];
  cases: CorpusCase[];
}

export interface Corpus {
  files: CaseFile[];
  /** Registry entry ids per registry name. */
  registryIds: Map<string, Set<string>>;
  /** Registry file texts per registry name, for loadRegistry. */
  registryTexts: Map<string, { uri: string; text: string }>;
  /** Problems that make the corpus unusable, each "file:line:column: message". */
  problems: string[];
}

const REGISTRY_SUFFIX = '.registry.yaml';

/** Every occurrence of `needle` in `text`, as start offsets. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Reads test/corpus (or another corpus root) and checks it; never throws on bad case files. */
export function loadCorpus(corpusRoot: string): Corpus {
  const problems: string[] = [];
  const registryIds = new Map<string, Set<string>>();
  const registryTexts = new Map<string, { uri: string; text: string }>();
  const registryDir = path.join(corpusRoot, 'registry');
  for (const name of existsSync(registryDir) ? readdirSync(registryDir).sort() : []) {
    if (!name.endsWith(REGISTRY_SUFFIX)) continue;
    const file = path.join(registryDir, name);
    const text = readFileSync(file, 'utf8');
    const key = name.slice(0, -REGISTRY_SUFFIX.length);
    registryTexts.set(key, { uri: file, text });
    const ids = new Set<string>();
    const doc = parseDocument(text);
    const entries = doc.toJS()?.entries;
    if (doc.errors.length || !Array.isArray(entries)) problems.push(`${file}:1:1: not a registry file with an entries list`);
    else for (const e of entries) if (e && typeof e.id === 'string') ids.add(e.id);
    registryIds.set(key, ids);
  }

  const files: CaseFile[] = [];
  const seenIds = new Map<string, string>();
  const casesDir = path.join(corpusRoot, 'cases');
  for (const name of existsSync(casesDir) ? readdirSync(casesDir).sort() : []) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = path.join(casesDir, name);
    const loaded = loadCaseFile(file, readFileSync(file, 'utf8'), registryIds, problems);
    if (!loaded) continue;
    for (const c of loaded.cases) {
      const before = seenIds.get(c.id);
      if (before) problems.push(`${c.where}: duplicate case id "${c.id}" (first at ${before})`);
      else seenIds.set(c.id, c.where);
    }
    files.push(loaded);
  }
  return { files, registryIds, registryTexts, problems };
}

function loadCaseFile(file: string, source: string, registryIds: Map<string, Set<string>>, problems: string[]): CaseFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const at = (node: unknown): string => {
    const range = (node as YamlNode | undefined)?.range;
    const pos = lineCounter.linePos(range ? range[0] : 0);
    return `${file}:${pos.line}:${pos.col}`;
  };
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`${file}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const root = doc.contents;
  if (!isMap(root)) {
    problems.push(`${at(root)}: a case file is a mapping with a cases list`);
    return undefined;
  }
  const top = doc.toJS() as Record<string, unknown>;
  const jurisdiction = (top.jurisdiction ?? 'US') as Jurisdiction;
  if (jurisdiction !== 'US' && jurisdiction !== 'UK') problems.push(`${at(root.get('jurisdiction', true))}: jurisdiction must be US or UK`);
  const today = String(top.today ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) problems.push(`${at(root.get('today', true) ?? root)}: today must be a YYYY-MM-DD date`);
  const registryNames = Array.isArray(top.registry) ? top.registry.map(String) : [...registryIds.keys()];
  for (const r of registryNames) if (!registryIds.has(r)) problems.push(`${at(root.get('registry', true))}: unknown registry "${r}"`);
  const knownEntries = new Set(registryNames.flatMap((r) => [...(registryIds.get(r) ?? [])]));

  const casesNode = root.get('cases', true);
  if (!isSeq(casesNode)) {
    problems.push(`${at(casesNode ?? root)}: cases must be a list`);
    return undefined;
  }
  const cases: CorpusCase[] = [];
  casesNode.items.forEach((item, index) => {
    const where = at(item);
    const raw = (item as YamlNode).toJSON() as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') {
      problems.push(`${where}: case ${index + 1} is not a mapping`);
      return;
    }
    const id = typeof raw.id === 'string' ? raw.id : '';
    if (!id) problems.push(`${where}: case ${index + 1} has no id`);
    const text = typeof raw.text === 'string' ? raw.text : '';
    if (!text) problems.push(`${where}: case ${id} has no text`);
    const format = (raw.format ?? 'markdown') as DocumentLanguage;
    if (format !== 'markdown' && format !== 'yaml') problems.push(`${where}: case ${id}: format must be markdown or yaml`);
    const tags = Array.isArray(raw.tags) ? raw.tags.map(String) : [];
    for (const t of tags) if (!KNOWN_TAGS.includes(t)) problems.push(`${where}: case ${id}: unknown tag "${t}"`);
    if (!Array.isArray(raw.claims)) problems.push(`${where}: case ${id}: claims must be a list (use [] for none)`);
    const labels: Label[] = [];
    const claimsNode = isMap(item) ? item.get('claims', true) : undefined;
    (Array.isArray(raw.claims) ? raw.claims : []).forEach((c: Record<string, unknown>, i: number) => {
      const claimWhere = isSeq(claimsNode) ? at(claimsNode.items[i]) : where;
      const label = checkLabel(c, text, knownEntries, `${claimWhere}: case ${id} claim ${i + 1}`, problems);
      if (label) labels.push(label);
    });
    cases.push({ id, format, text, labels, tags, where });
  });
  return { path: file, jurisdiction, today, registryNames, cases };
}

function checkLabel(c: Record<string, unknown>, text: string, knownEntries: Set<string>, where: string, problems: string[]): Label | undefined {
  const before = problems.length;
  const span = typeof c?.span === 'string' ? c.span : '';
  const kind = c?.kind as ClaimKind;
  const verdict = c?.verdict as Verdict;
  const entry = c?.entry === null || c?.entry === undefined ? null : String(c.entry);
  const occurrence = c?.occurrence === undefined ? 1 : Number(c.occurrence);
  if (!CLAIM_KINDS.includes(kind)) problems.push(`${where}: unknown kind "${String(kind)}"`);
  if (!VERDICTS.includes(verdict)) problems.push(`${where}: unknown verdict "${String(verdict)}"`);
  if (entry !== null && !knownEntries.has(entry)) problems.push(`${where}: unknown entry "${entry}" in this file's registry`);
  if (entry === null && verdict !== 'unsubstantiated') problems.push(`${where}: only an unsubstantiated claim may have entry: null`);
  if (entry !== null && verdict === 'unsubstantiated') problems.push(`${where}: an unsubstantiated claim has entry: null`);
  const found = occurrences(text, span);
  if (!span || found.length === 0) problems.push(`${where}: span "${span}" does not occur in the text`);
  else if (c?.occurrence === undefined && found.length > 1) problems.push(`${where}: span "${span}" occurs ${found.length} times; say which with occurrence`);
  else if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > found.length) problems.push(`${where}: occurrence ${String(c?.occurrence)} of "${span}" does not exist`);
  if (problems.length > before) return undefined;
  const start = found[occurrence - 1];
  return { span, occurrence, kind, verdict, entry, range: { start, end: start + span.length } };
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface Prediction {
  kind: ClaimKind;
  range: OffsetRange;
  verdict: Verdict;
  entryId?: string;
  text?: string;
}

export interface ScoredCase {
  id: string;
  text: string;
  labels: Label[];
  predictions: Prediction[];
  lookAlike: boolean;
  /** The case's tags, for the per-tag breakdown. */
  tags?: string[];
}

export interface Counts {
  labelled: number;
  predicted: number;
  detected: number; // matched with the right kind, counted once per pair
  verdictHitsByLabel: number;
  verdictHitsByPrediction: number;
}

export interface Ratio {
  hits: number;
  total: number;
  /** hits/total, or null when there is nothing to divide by. */
  value: number | null;
}

export interface KindReport {
  kind: ClaimKind | 'overall';
  labelled: number;
  predicted: number;
  detectionPrecision: Ratio;
  detectionRecall: Ratio;
  verdictPrecision: Ratio;
  verdictRecall: Ratio;
}

export type IssueType = 'missed' | 'false-positive' | 'wrong-kind' | 'wrong-verdict' | 'wrong-entry';

export interface Issue {
  type: IssueType;
  caseId: string;
  text: string;
  label?: Label;
  prediction?: Prediction;
}

/** How the engine does on the cases carrying one tag (negated, locale, table, ...). */
export interface TagReport {
  tag: string;
  cases: number;
  labelled: number;
  detectionRecall: Ratio;
  verdictRecall: Ratio;
  /** Predicted claims that match no label in these cases. */
  falsePositives: number;
}

export interface EvalReport {
  kinds: KindReport[];
  tags: TagReport[];
  overall: KindReport;
  matched: number;
  /** Matched pairs whose predicted verdict is not unsubstantiated and whose entry differs from the label's. */
  wrongEntry: Ratio;
  /** Of those, the ones the engine called supported: "verified against the wrong entry". */
  supportedOnWrongEntry: number;
  lookAlike: { cases: number; casesWithFalsePositives: number; falsePositives: number };
  /** confusion[labelled verdict][predicted verdict] over matched pairs. */
  confusion: Record<Verdict, Record<Verdict, number>>;
  issues: Issue[];
}

const ratio = (hits: number, total: number): Ratio => ({ hits, total, value: total === 0 ? null : hits / total });

function overlap(a: OffsetRange, b: OffsetRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matching by overlapping range, largest overlap first (ties: earlier label, then earlier prediction). */
export function matchClaims(labels: Label[], predictions: Prediction[]): Array<[number, number]> {
  const candidates: Array<{ l: number; p: number; size: number }> = [];
  labels.forEach((label, l) => predictions.forEach((prediction, p) => {
    const size = overlap(label.range, prediction.range);
    if (size > 0) candidates.push({ l, p, size });
  }));
  candidates.sort((x, y) => y.size - x.size || x.l - y.l || x.p - y.p);
  const usedL = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedL.has(c.l) || usedP.has(c.p)) continue;
    usedL.add(c.l);
    usedP.add(c.p);
    pairs.push([c.l, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

const verdictHit = (label: Label, prediction: Prediction): boolean =>
  prediction.verdict === label.verdict && (label.entry === null || prediction.entryId === label.entry);

const linkedWrongly = (label: Label, prediction: Prediction): boolean =>
  prediction.verdict !== 'unsubstantiated' && prediction.entryId !== undefined && prediction.entryId !== label.entry;

/** Scores predictions against labels: per-kind detection and verdict precision/recall, wrong links, look-alike FPs. */
export function scoreCases(cases: ScoredCase[]): EvalReport {
  const perKind = new Map<ClaimKind, Counts>(CLAIM_KINDS.map((k) => [k, { labelled: 0, predicted: 0, detected: 0, verdictHitsByLabel: 0, verdictHitsByPrediction: 0 }]));
  const confusion = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))])) as EvalReport['confusion'];
  const issues: Issue[] = [];
  let matched = 0;
  let linked = 0;
  let wrongEntry = 0;
  let supportedOnWrongEntry = 0;
  const lookAlike = { cases: 0, casesWithFalsePositives: 0, falsePositives: 0 };
  const perTag = new Map<string, { cases: number; labelled: number; detected: number; verdictHits: number; falsePositives: number }>();
  const counts = (kind: ClaimKind): Counts => perKind.get(kind) ?? perKind.set(kind, { labelled: 0, predicted: 0, detected: 0, verdictHitsByLabel: 0, verdictHitsByPrediction: 0 }).get(kind)!;

  for (const c of cases) {
    for (const l of c.labels) counts(l.kind).labelled++;
    for (const p of c.predictions) counts(p.kind).predicted++;
    const pairs = matchClaims(c.labels, c.predictions);
    const matchedL = new Set(pairs.map(([l]) => l));
    const matchedP = new Set(pairs.map(([, p]) => p));
    for (const [li, pi] of pairs) {
      const label = c.labels[li];
      const prediction = c.predictions[pi];
      matched++;
      confusion[label.verdict][prediction.verdict]++;
      if (prediction.kind === label.kind) counts(label.kind).detected++;
      else issues.push({ type: 'wrong-kind', caseId: c.id, text: c.text, label, prediction });
      if (verdictHit(label, prediction)) {
        counts(label.kind).verdictHitsByLabel++;
        counts(prediction.kind).verdictHitsByPrediction++;
      } else if (prediction.verdict !== label.verdict) {
        issues.push({ type: 'wrong-verdict', caseId: c.id, text: c.text, label, prediction });
      }
      if (prediction.verdict !== 'unsubstantiated' && prediction.entryId !== undefined) linked++;
      if (linkedWrongly(label, prediction)) {
        wrongEntry++;
        if (prediction.verdict === 'supported') supportedOnWrongEntry++;
        issues.push({ type: 'wrong-entry', caseId: c.id, text: c.text, label, prediction });
      }
    }
    c.labels.forEach((label, i) => { if (!matchedL.has(i)) issues.push({ type: 'missed', caseId: c.id, text: c.text, label }); });
    let fps = 0;
    c.predictions.forEach((prediction, i) => {
      if (matchedP.has(i)) return;
      fps++;
      issues.push({ type: 'false-positive', caseId: c.id, text: c.text, prediction });
    });
    const detected = pairs.filter(([l, p]) => c.predictions[p].kind === c.labels[l].kind).length;
    const verdictHits = pairs.filter(([l, p]) => verdictHit(c.labels[l], c.predictions[p])).length;
    for (const tag of c.tags ?? []) {
      const t = perTag.get(tag) ?? { cases: 0, labelled: 0, detected: 0, verdictHits: 0, falsePositives: 0 };
      t.cases++;
      t.labelled += c.labels.length;
      t.detected += detected;
      t.verdictHits += verdictHits;
      t.falsePositives += fps;
      perTag.set(tag, t);
    }
    if (c.lookAlike) {
      lookAlike.cases++;
      lookAlike.falsePositives += fps;
      if (fps > 0) lookAlike.casesWithFalsePositives++;
    }
  }

  const report = (kind: ClaimKind | 'overall', k: Counts): KindReport => ({
    kind,
    labelled: k.labelled,
    predicted: k.predicted,
    detectionPrecision: ratio(k.detected, k.predicted),
    detectionRecall: ratio(k.detected, k.labelled),
    verdictPrecision: ratio(k.verdictHitsByPrediction, k.predicted),
    verdictRecall: ratio(k.verdictHitsByLabel, k.labelled),
  });
  const total: Counts = { labelled: 0, predicted: 0, detected: 0, verdictHitsByLabel: 0, verdictHitsByPrediction: 0 };
  for (const k of perKind.values()) {
    total.labelled += k.labelled;
    total.predicted += k.predicted;
    total.detected += k.detected;
    total.verdictHitsByLabel += k.verdictHitsByLabel;
    total.verdictHitsByPrediction += k.verdictHitsByPrediction;
  }
  return {
    kinds: [...perKind.entries()].map(([kind, k]) => report(kind, k)),
    tags: [...perTag.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([tag, t]) => ({
      tag, cases: t.cases, labelled: t.labelled, detectionRecall: ratio(t.detected, t.labelled), verdictRecall: ratio(t.verdictHits, t.labelled), falsePositives: t.falsePositives,
    })),
    overall: report('overall', total),
    matched,
    wrongEntry: ratio(wrongEntry, linked),
    supportedOnWrongEntry,
    lookAlike,
    confusion,
    issues,
  };
}

// ---------------------------------------------------------------------------------------------
// Running the engine

/** Lints every case of the corpus with the engine and returns what it predicted. */
export function predictCorpus(corpus: Corpus): { cases: ScoredCase[]; registryProblems: string[] } {
  const cases: ScoredCase[] = [];
  const registryProblems: string[] = [];
  const registries = new Map<string, Registry>();
  for (const file of corpus.files) {
    const key = `${file.registryNames.join('+')}@${file.today}`;
    let registry = registries.get(key);
    if (!registry) {
      const sources = file.registryNames.map((n) => corpus.registryTexts.get(n)).filter((s) => s !== undefined);
      const loaded = loadRegistry(sources, { today: file.today, docsBaseUrl: defaultSettings().docsBaseUrl });
      // Stale entries are part of the corpus on purpose; anything else means the corpus registry is broken.
      for (const f of loaded.findings) if (f.ruleId !== 'registry/expired') registryProblems.push(`${f.uri}: ${f.ruleId}: ${f.message}`);
      registry = loaded.registry;
      registries.set(key, registry);
    }
    const settings = defaultSettings({ jurisdiction: file.jurisdiction, today: file.today, reportSupported: true });
    for (const c of file.cases) {
      let predictions: Prediction[] = [];
      try {
        const uri = `corpus/${c.id}.${c.format === 'yaml' ? 'yaml' : 'md'}`;
        const result = lintDocument({ uri, text: c.text }, c.format, registry, settings);
        predictions = result.claims.map(({ claim, verdict, entryId }) => ({ kind: claim.kind, range: claim.range, verdict, entryId, text: claim.text }));
      } catch (error) {
        // Core must never throw; record it as a corpus-level failure rather than aborting the run.
        registryProblems.push(`${c.where}: lintDocument threw on case ${c.id}: ${(error as Error).message}`);
      }
      cases.push({ id: c.id, text: c.text, labels: c.labels, predictions, lookAlike: c.tags.includes('look-alike'), tags: c.tags });
    }
  }
  return { cases, registryProblems };
}

// ---------------------------------------------------------------------------------------------
// Output

const pct = (r: Ratio): string => (r.value === null ? '   –  ' : `${(r.value * 100).toFixed(1).padStart(5)}%`);

export function formatReport(report: EvalReport, options: { verbose: boolean }): string {
  const lines: string[] = [];
  const header = `${'kind'.padEnd(12)} ${'labels'.padStart(6)} ${'found'.padStart(6)}   detect P   detect R   verdict P  verdict R`;
  lines.push(header, '-'.repeat(header.length));
  const row = (k: KindReport): string =>
    `${k.kind.padEnd(12)} ${String(k.labelled).padStart(6)} ${String(k.predicted).padStart(6)}   ${pct(k.detectionPrecision)}     ${pct(k.detectionRecall)}     ${pct(k.verdictPrecision)}     ${pct(k.verdictRecall)}`;
  for (const k of report.kinds) lines.push(row(k));
  lines.push('-'.repeat(header.length), row(report.overall), '');
  lines.push(`matched claims: ${report.matched}`);
  lines.push(`linked to the wrong entry: ${report.wrongEntry.hits} of ${report.wrongEntry.total} linked (${pct(report.wrongEntry).trim()}); called supported on a wrong entry: ${report.supportedOnWrongEntry}`);
  lines.push(`look-alikes: ${report.lookAlike.falsePositives} false positives in ${report.lookAlike.casesWithFalsePositives} of ${report.lookAlike.cases} look-alike cases`);
  if (report.tags.length) {
    lines.push('', `${'tag'.padEnd(14)} ${'cases'.padStart(5)} ${'labels'.padStart(6)}   detect R  verdict R   false pos`);
    for (const t of report.tags) lines.push(`${t.tag.padEnd(14)} ${String(t.cases).padStart(5)} ${String(t.labelled).padStart(6)}    ${pct(t.detectionRecall)}     ${pct(t.verdictRecall)}   ${String(t.falsePositives).padStart(9)}`);
  }
  lines.push('', 'verdict confusion (rows: labelled, columns: predicted, matched claims only)');
  const short: Record<Verdict, string> = { contradicted: 'contra', unsubstantiated: 'unsubst', stale: 'stale', 'needs-qualifier': 'needs-q', supported: 'support' };
  lines.push(`${''.padEnd(16)}${VERDICTS.map((v) => short[v].padStart(9)).join('')}`);
  for (const v of VERDICTS) lines.push(`${v.padEnd(16)}${VERDICTS.map((w) => String(report.confusion[v][w]).padStart(9)).join('')}`);
  if (options.verbose) {
    lines.push('');
    const order: IssueType[] = ['missed', 'false-positive', 'wrong-kind', 'wrong-verdict', 'wrong-entry'];
    for (const type of order) {
      const list = report.issues.filter((i) => i.type === type);
      lines.push(`== ${type} (${list.length})`);
      for (const i of list) lines.push(describeIssue(i));
    }
  }
  return lines.join('\n');
}

function describeIssue(i: Issue): string {
  const snippet = (range: OffsetRange): string => JSON.stringify(i.text.slice(range.start, range.end));
  const label = i.label ? `label ${snippet(i.label.range)} ${i.label.kind}/${i.label.verdict}${i.label.entry ? ` → ${i.label.entry}` : ''}` : '';
  const prediction = i.prediction
    ? `predicted ${snippet(i.prediction.range)} ${i.prediction.kind}/${i.prediction.verdict}${i.prediction.entryId ? ` → ${i.prediction.entryId}` : ''}`
    : '';
  const text = i.text.trim().replace(/\s*\n\s*/g, ' ⏎ ');
  return `  [${i.caseId}] ${[label, prediction].filter(Boolean).join('; ')}\n      ${text.length > 160 ? `${text.slice(0, 157)}...` : text}`;
}

export interface FileReport {
  file: string;
  cases: number;
  overall: KindReport;
  falsePositives: number;
}

export function formatFiles(files: FileReport[]): string {
  const width = Math.max(4, ...files.map((f) => f.file.length));
  const lines = [`${'file'.padEnd(width)} ${'cases'.padStart(5)} ${'labels'.padStart(6)}   detect P   detect R   verdict P  verdict R  false pos`];
  for (const f of files) {
    const o = f.overall;
    lines.push(`${f.file.padEnd(width)} ${String(f.cases).padStart(5)} ${String(o.labelled).padStart(6)}   ${pct(o.detectionPrecision)}     ${pct(o.detectionRecall)}     ${pct(o.verdictPrecision)}     ${pct(o.verdictRecall)}  ${String(f.falsePositives).padStart(9)}`);
  }
  return lines.join('\n');
}

export function corpusStats(corpus: Corpus): { spans: number; byKind: Record<string, number>; lookAlikeCases: number; qualifiedNegatedHedgedSpans: number; qualifiedNegatedHedgedCases: number } {
  const byKind: Record<string, number> = Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0]));
  let spans = 0;
  let lookAlikeCases = 0;
  let qnhSpans = 0;
  let qnhCases = 0;
  for (const f of corpus.files) for (const c of f.cases) {
    spans += c.labels.length;
    for (const l of c.labels) byKind[l.kind]++;
    if (c.tags.includes('look-alike') && c.labels.length === 0) lookAlikeCases++;
    if (c.tags.some((t) => t === 'qualified' || t === 'negated' || t === 'hedged')) {
      qnhCases++;
      qnhSpans += c.labels.length;
    }
  }
  return { spans, byKind, lookAlikeCases, qualifiedNegatedHedgedSpans: qnhSpans, qualifiedNegatedHedgedCases: qnhCases };
}

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const json = argv.includes('--json');
  const filterAt = argv.indexOf('--cases');
  const filter = filterAt >= 0 ? argv[filterAt + 1] : undefined;
  const corpusAt = argv.indexOf('--corpus');
  const corpus = loadCorpus(corpusAt >= 0 ? path.resolve(argv[corpusAt + 1]) : path.join(PROJECT_ROOT, 'test/corpus'));
  if (corpus.problems.length) {
    process.stderr.write(`The corpus is broken:\n${corpus.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  if (filter) corpus.files = corpus.files.filter((f) => path.basename(f.path).includes(filter));
  const { cases, registryProblems } = predictCorpus(corpus);
  const report = scoreCases(cases);
  // Cases come back in file order, so each file's slice can be scored on its own (newer files act as a hold-out).
  const byFile: FileReport[] = [];
  let next = 0;
  for (const f of corpus.files) {
    const slice = cases.slice(next, next + f.cases.length);
    next += f.cases.length;
    const r = scoreCases(slice);
    byFile.push({ file: path.basename(f.path), cases: slice.length, overall: r.overall, falsePositives: r.issues.filter((i) => i.type === 'false-positive').length });
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ stats: corpusStats(corpus), registryProblems, ...report, files: byFile, issues: verbose ? report.issues : undefined }, null, 2)}\n`);
  } else {
    const stats = corpusStats(corpus);
    process.stdout.write(`claimlint accuracy on ${cases.length} cases, ${stats.spans} labelled claims, ${stats.lookAlikeCases} look-alike cases\n\n`);
    if (registryProblems.length) process.stdout.write(`registry/engine problems:\n${registryProblems.map((p) => `  ${p}`).join('\n')}\n\n`);
    process.stdout.write(`${formatReport(report, { verbose })}\n`);
    if (argv.includes('--by-file')) process.stdout.write(`\n${formatFiles(byFile)}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
