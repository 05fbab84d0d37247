// Lints real pages from public repositories (../shared/corpus/real-world, never copied into the project):
// nothing throws, nothing fails to parse, and every range the engine reports lies inside the file on
// whole UTF-16 characters. Prints how many claims were found per file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings, lintDocument, loadRegistry, LineIndex,
  type LintResult, type OffsetRange, type Registry,
} from '../../src/core/index.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const realWorldDir = path.join(path.resolve(projectRoot, '../shared'), 'corpus/real-world');
const present = existsSync(realWorldDir);
if (!present) console.log('skipped: ../shared not present (real-world corpus test)');

const files = present
  ? readdirSync(realWorldDir).filter((f) => f.endsWith('.md')).sort().map((name) => ({ name, text: readFileSync(path.join(realWorldDir, name), 'utf8') }))
  : [];

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Problems with a range in `text`: outside the file, reversed, or cutting a surrogate pair in two. */
function rangeProblems(text: string, range: OffsetRange, what: string): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end)) problems.push(`${what}: non-integer range ${JSON.stringify(range)}`);
  if (range.start < 0 || range.end > text.length || range.start > range.end) problems.push(`${what}: range ${range.start}-${range.end} outside 0-${text.length}`);
  for (const at of [range.start, range.end]) {
    if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) problems.push(`${what}: offset ${at} splits a surrogate pair`);
  }
  return problems;
}

/** Every range a lint result carries that points into the linted file. */
function allProblems(uri: string, text: string, result: LintResult): string[] {
  const problems: string[] = [];
  const where = (range: OffsetRange): string => {
    const p = new LineIndex(text).position(range.start);
    return `${uri}:${p.line}:${p.column}`;
  };
  for (const f of result.findings) {
    // Every diagnostic says something and links to its rule's documentation.
    if (!f.message.trim()) problems.push(`${where(f.range)}: ${f.ruleId} finding without a message`);
    if (!/^https?:\/\//.test(f.docsUrl)) problems.push(`${where(f.range)}: ${f.ruleId} finding without a documentation link`);
    if (f.ruleId === 'document/parse') problems.push(`${where(f.range)}: document/parse: ${f.message}`);
    if (f.uri !== uri) problems.push(`finding for another file: ${f.uri}`);
    problems.push(...rangeProblems(text, f.range, `${f.ruleId} finding`));
    for (const r of f.related) if (r.uri === uri) problems.push(...rangeProblems(text, r.range, `${f.ruleId} related location`));
    for (const fix of f.fixes) for (const e of fix.edits) if (e.uri === uri) problems.push(...rangeProblems(text, e.range, `${f.ruleId} fix "${fix.title}"`));
  }
  for (const { claim } of result.claims) {
    problems.push(...rangeProblems(text, claim.range, `${claim.kind} claim "${claim.text}"`));
    if (claim.figureRange) problems.push(...rangeProblems(text, claim.figureRange, `${claim.kind} claim figure`));
  }
  return problems;
}

function lintAll(registry: Registry): Array<{ name: string; result?: LintResult; error?: string; problems: string[] }> {
  const settings = defaultSettings({ today: '2026-11-23', reportSupported: true });
  return files.map(({ name, text }) => {
    const uri = `real-world/${name}`;
    try {
      const result = lintDocument({ uri, text }, 'markdown', registry, settings);
      return { name, result, problems: allProblems(uri, text, result) };
    } catch (error) {
      return { name, error: (error as Error).stack ?? String(error), problems: [] };
    }
  });
}

describe.skipIf(!present)('real-world pages', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('lints every page with an empty registry: no exception, no parse error, every range inside the file', () => {
    const empty = loadRegistry([], { today: '2026-11-23', docsBaseUrl: defaultSettings().docsBaseUrl });
    expect(empty.findings).toEqual([]);
    const runs = lintAll(empty.registry);
    expect(runs.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`)).toEqual([]);
    expect(runs.flatMap((r) => r.problems)).toEqual([]);

    // With an empty registry nothing can be supported, stale or contradicted by evidence.
    for (const r of runs) for (const c of r.result!.claims) expect(c.verdict, `${r.name}: ${c.claim.text}`).toBe('unsubstantiated');

    const rows = runs.map((r) => {
      const byKind = new Map<string, number>();
      for (const { claim } of r.result!.claims) byKind.set(claim.kind, (byKind.get(claim.kind) ?? 0) + 1);
      return { file: r.name, claims: r.result!.claims.length, findings: r.result!.findings.length, kinds: [...byKind].map(([k, n]) => `${k} ${n}`).join(', ') };
    });
    const width = Math.max(...rows.map((r) => r.file.length));
    console.log([
      `claims found per real-world page (empty registry)`,
      `${'file'.padEnd(width)}  claims  findings  kinds`,
      ...rows.map((r) => `${r.file.padEnd(width)}  ${String(r.claims).padStart(6)}  ${String(r.findings).padStart(8)}  ${r.kinds}`),
      `${'total'.padEnd(width)}  ${String(rows.reduce((s, r) => s + r.claims, 0)).padStart(6)}`,
    ].join('\n'));
  }, 120_000);

  it('also survives a full registry (the accuracy corpus registries) with ranges intact', () => {
    const registryDir = path.join(projectRoot, 'test/corpus/registry');
    const sources = readdirSync(registryDir).filter((f) => f.endsWith('.registry.yaml')).map((f) => ({ uri: path.join(registryDir, f), text: readFileSync(path.join(registryDir, f), 'utf8') }));
    const { registry } = loadRegistry(sources, { today: '2026-11-23', docsBaseUrl: defaultSettings().docsBaseUrl });
    expect(registry.entries.length).toBeGreaterThan(50);
    const runs = lintAll(registry);
    expect(runs.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`)).toEqual([]);
    expect(runs.flatMap((r) => r.problems)).toEqual([]);
  }, 120_000);
});
