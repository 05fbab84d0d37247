// The engine's robustness properties, as data: each pairs a generator with a check that returns
// the violated invariants. The bounded run in `npm test` (engine.test.ts) and the long run
// (scripts/fuzz.ts) execute the same list.
import fc from 'fast-check';
import {
  defaultSettings, extractDocument, lintDocument, loadRegistry, type DocumentLanguage, type Finding, type LintResult, type Registry, type TextEdit,
} from '../../src/core/index.js';
import { applySafeFixes } from '../../src/cli/fix.js';
import { anyRegistry, claimMarkdown, claimYaml, FIX_REGISTRY, markdownDocument, mutated, yamlDocument } from './arbitraries.js';
import { lintProblems, rangeProblems, registryProblems, stable } from './invariants.js';

export const TODAY = '2026-11-23';
const DOCS = 'https://docs.example/rules';
export const settings = defaultSettings({ today: TODAY });
export const REGISTRY_URI = 'fuzz.registry.yaml';
const registryTexts = new Map([[REGISTRY_URI, FIX_REGISTRY]]);

let fixRegistry: Registry | undefined;
/** The fixed registry the document properties lint against (loaded once; it must load cleanly). */
export function knownRegistry(): Registry {
  if (!fixRegistry) {
    const loaded = loadRegistry([{ uri: REGISTRY_URI, text: FIX_REGISTRY }], { today: TODAY, docsBaseUrl: DOCS });
    const errors = loaded.findings.filter((f) => f.severity === 'error');
    if (errors.length) throw new Error(`fuzz registry does not load: ${errors.map((f) => f.message).join('; ')}`);
    fixRegistry = loaded.registry;
  }
  return fixRegistry;
}

export interface Property {
  name: string;
  /** Share of the total runs this property gets in `npm run fuzz`. */
  weight: number;
  /** Cases in the bounded run of `npm test` (together more than 5,000). */
  bounded: number;
  /** Which bounded test file runs it (two files, so vitest spreads them over two cores). */
  part: 'documents' | 'registries-fixes';
  arbitrary: fc.Arbitrary<string>;
  /** Violations of the invariants for one input; empty when all hold. Must not throw for the engine's sake. */
  check: (input: string) => string[];
}

function guarded(what: string, run: () => string[]): string[] {
  try {
    return run();
  } catch (error) {
    return [`${what} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`];
  }
}

/** Lint twice: no throw, ranges valid, identical results. */
function checkDocument(text: string, language: DocumentLanguage): string[] {
  const uri = language === 'yaml' ? 'fuzz.yaml' : 'fuzz.md';
  return guarded(`lintDocument(${language})`, () => {
    const registry = knownRegistry();
    const first = lintDocument({ uri, text }, language, registry, settings);
    const problems = lintProblems(first, uri, text, registryTexts);
    const extracted = extractDocument({ uri, text }, language, { yaml: settings.yaml });
    for (const p of extracted.problems) problems.push(...rangeProblems(`extract problem ${p.ruleId}`, p.range, text));
    for (const d of extracted.directives) problems.push(...rangeProblems('directive', d.range, text));
    const second = lintDocument({ uri, text }, language, registry, settings);
    if (stable(first) !== stable(second)) problems.push('results differ between two runs on the same input');
    return problems;
  });
}

function checkRegistry(text: string): string[] {
  return guarded('loadRegistry', () => {
    // Beside a valid file half the time, so ids can clash across files.
    const files = [{ uri: 'random.registry.yaml', text }, ...(text.length % 2 ? [{ uri: REGISTRY_URI, text: FIX_REGISTRY }] : [])];
    const first = loadRegistry(files, { today: TODAY, docsBaseUrl: DOCS });
    const texts = new Map(files.map((f) => [f.uri, f.text]));
    const problems = registryProblems(first.findings, first.registry, texts);
    const second = loadRegistry(files, { today: TODAY, docsBaseUrl: DOCS });
    if (stable(first) !== stable(second)) problems.push('registry results differ between two loads of the same text');
    // Whatever loaded must be usable: linting claim-bearing copy against it never throws.
    const doc = 'Our email support team replies within 1 hour. The Aero 1.5 gets 45 mpg. Open 24/7. Over 500 stores. From $9/mo.\n';
    const result = lintDocument({ uri: 'copy.md', text: doc }, 'markdown', first.registry, settings);
    problems.push(...lintProblems(result, 'copy.md', doc, texts));
    return problems;
  });
}

/** Where an offset of the original text lands after one edit. */
function mapOffset(offset: number, edit: TextEdit, bias: 'start' | 'end'): number {
  const delta = edit.newText.length - (edit.range.end - edit.range.start);
  if (offset < edit.range.start || (offset === edit.range.start && bias === 'start')) return offset;
  if (offset >= edit.range.end) return offset + delta;
  return bias === 'start' ? edit.range.start : edit.range.start + edit.newText.length;
}

const sameFinding = (a: Finding, b: Finding) => a.ruleId === b.ruleId && a.claim?.kind === b.claim?.kind;

/** Apply every offered fix on its own, then all safe fixes together, and check the results. */
function checkFixes(text: string, language: DocumentLanguage): string[] {
  const uri = language === 'yaml' ? 'fix.yaml' : 'fix.md';
  return guarded(`fixes(${language})`, () => {
    const registry = knownRegistry();
    const lint = (t: string) => lintDocument({ uri, text: t }, language, registry, settings);
    const parseProblems = (t: string) => extractDocument({ uri, text: t }, language, { yaml: settings.yaml }).problems.length;
    const before: LintResult = lint(text);
    const baseParse = parseProblems(text);
    const problems: string[] = [];
    for (const finding of before.findings) {
      for (const fix of finding.fixes) {
        const edits = fix.edits.filter((e) => e.uri === uri);
        if (edits.length !== 1) continue; // registry stubs edit the registry file; checked by range validity
        const [edit] = edits;
        const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
        const label = `${fix.kind} fix "${fix.title}" on ${JSON.stringify(text.slice(finding.range.start, finding.range.end))}`;
        if (parseProblems(fixed) > baseParse) problems.push(`${label}: the fixed text no longer parses cleanly`);
        if (!fix.safe) continue;
        const after = lint(fixed);
        const start = mapOffset(finding.range.start, edit, 'start');
        const end = mapOffset(finding.range.end, edit, 'end');
        const again = after.findings.find((f) => sameFinding(f, finding) && f.range.start < end && f.range.end > start);
        if (again) problems.push(`${label}: re-linting the fixed text still reports ${again.ruleId}: ${again.message}`);
      }
    }
    // All safe fixes at once (what --fix does): only the offered ranges change.
    const safeEdits = before.findings.flatMap((f) => f.fixes.find((x) => x.safe && x.edits.every((e) => e.uri === uri))?.edits ?? []);
    const applied = applySafeFixes(text, uri, before.findings);
    if (applied.applied > 0) {
      const changedFrom = commonPrefix(text, applied.text);
      const changedTo = text.length - commonSuffix(text, applied.text, changedFrom);
      const lo = Math.min(...safeEdits.map((e) => e.range.start));
      const hi = Math.max(...safeEdits.map((e) => e.range.end));
      if (changedFrom < lo || changedTo > hi) problems.push(`--fix changed ${changedFrom}-${changedTo}, outside the offered edits ${lo}-${hi}`);
      if (parseProblems(applied.text) > baseParse) problems.push('--fix output no longer parses cleanly');
    }
    return problems;
  });
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
function commonSuffix(a: string, b: string, prefix: number): number {
  let i = 0;
  while (i < a.length - prefix && i < b.length - prefix && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

export const PROPERTIES: Property[] = [
  { name: 'markdown: random documents', weight: 20, bounded: 1200, part: 'documents', arbitrary: markdownDocument, check: (t) => checkDocument(t, 'markdown') },
  { name: 'markdown: mutated claim copy', weight: 14, bounded: 800, part: 'documents', arbitrary: mutated(claimMarkdown), check: (t) => checkDocument(t, 'markdown') },
  { name: 'yaml: random documents', weight: 14, bounded: 700, part: 'documents', arbitrary: yamlDocument, check: (t) => checkDocument(t, 'yaml') },
  { name: 'yaml: mutated claim copy', weight: 10, bounded: 600, part: 'documents', arbitrary: mutated(claimYaml), check: (t) => checkDocument(t, 'yaml') },
  { name: 'registry: random and mutated registries', weight: 22, bounded: 900, part: 'registries-fixes', arbitrary: anyRegistry, check: checkRegistry },
  { name: 'fixes: markdown claim copy', weight: 12, bounded: 500, part: 'registries-fixes', arbitrary: claimMarkdown, check: (t) => checkFixes(t, 'markdown') },
  { name: 'fixes: yaml claim copy', weight: 8, bounded: 400, part: 'registries-fixes', arbitrary: claimYaml, check: (t) => checkFixes(t, 'yaml') },
];

export interface PropertyRun {
  name: string;
  runs: number;
  failed: boolean;
  /** fast-check's report (seed, path, shrunk counterexample) when it failed. */
  report?: string;
  counterexample?: string;
  slowest: { ms: number; input: string };
}

/** Runs one property for `runs` cases; never throws. */
export function runProperty(property: Property, runs: number, seed?: number): PropertyRun {
  const slowest = { ms: 0, input: '' };
  const details = fc.check(fc.property(property.arbitrary, (input) => {
    const t0 = performance.now();
    const problems = property.check(input);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) {
      slowest.ms = ms;
      slowest.input = input;
    }
    if (problems.length) throw new Error(problems.join('\n'));
  }), { numRuns: runs, seed, endOnFailure: false });
  const run: PropertyRun = { name: property.name, runs: details.numRuns, failed: details.failed, slowest };
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    run.report = `${fc.defaultReportMessage(details)}\n${error}`;
    run.counterexample = details.counterexample ? JSON.stringify(details.counterexample[0]) : undefined;
  }
  return run;
}

/** Splits a total number of runs across the properties by weight. */
export function runsPerProperty(total: number): number[] {
  const sum = PROPERTIES.reduce((n, p) => n + p.weight, 0);
  return PROPERTIES.map((p) => Math.max(1, Math.round((total * p.weight) / sum)));
}
