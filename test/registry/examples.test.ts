// The shipped examples stay honest: the campaign's registry loads cleanly (one deliberately stale
// entry), a lint of the campaign shows every verdict and every claim kind, and the broken registry
// reports every registry rule where the mistake stands.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/core/registry/load.js';
import { lintDocument } from '../../src/core/lint.js';
import { languageOf } from '../../src/core/language.js';
import { defaultSettings } from '../../src/core/settings.js';
import { LineIndex } from '../../src/core/documents/line-index.js';
import { CLAIM_KINDS, type SourceFile, type Verdict } from '../../src/core/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const today = '2026-11-23';
const read = (dir: string): SourceFile[] =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.(ya?ml|md)$/.test(f))
    .sort()
    .map((f) => ({ uri: `${dir}/${f}`, text: readFileSync(path.join(root, dir, f), 'utf8') }));

describe('examples/campaign', () => {
  const registryFiles = read('examples/campaign/registry');
  const { registry, findings } = loadRegistry(registryFiles, { today, docsBaseUrl: 'https://docs.example/rules' });

  test('its registry loads with no errors; the one stale entry is reported as expired', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => `${f.ruleId} ${f.message.match(/"([^"]+)"/)?.[1]}`)).toEqual(['registry/expired roadside.arrival']);
    expect(registry.entries.length).toBeGreaterThanOrEqual(20);
    expect(registryFiles.length).toBeGreaterThanOrEqual(5);
  });

  test('the registry covers what the campaign is about', () => {
    const has = (pred: (e: (typeof registry.entries)[number]) => boolean) => registry.entries.some(pred);
    expect(has((e) => !!e.rating && !!e.evidence)).toBe(true); // EPA rating beside owner measurements
    expect(has((e) => !!e.evidence?.within && e.dimension === 'duration')).toBe(true);
    expect(has((e) => !!e.evidence?.reaching && e.unit === 'mbps')).toBe(true);
    expect(has((e) => !!e.schedule)).toBe(true);
    expect(has((e) => !!e.coverage)).toBe(true);
    expect(has((e) => !!e.prices)).toBe(true);
    expect(has((e) => !!e.comparison)).toBe(true);
    expect(has((e) => e.unit === 'count')).toBe(true);
    expect(has((e) => e.unit === 'percent')).toBe(true);
    expect(has((e) => e.qualifiers.length > 0)).toBe(true);
  });

  test('a lint of the copy shows every verdict, and every claim kind kept and broken', () => {
    const settings = defaultSettings({ today, reportSupported: true });
    const copy = [...read('examples/campaign/site'), ...read('examples/campaign/ads')];
    const verdicts = new Map<Verdict, number>();
    const kinds = new Set<string>();
    const kept = new Set<string>();
    const broken = new Set<string>();
    for (const file of copy) {
      const language = languageOf(file.uri);
      expect(language).toBeDefined();
      const result = lintDocument(file, language!, registry, settings);
      for (const c of result.claims) {
        verdicts.set(c.verdict, (verdicts.get(c.verdict) ?? 0) + 1);
        kinds.add(c.claim.kind);
        (c.verdict === 'supported' ? kept : broken).add(c.claim.kind);
      }
      for (const f of result.findings) {
        expect(f.range.end).toBeLessThanOrEqual(file.text.length);
        if (f.verdict && f.verdict !== 'unsubstantiated') expect(f.evidence?.entryId).toBeTruthy();
        expect(f.docsUrl).toMatch(/\/claim-[a-z-]+\.md$|\/document-|\/directive-/);
      }
    }
    for (const v of ['contradicted', 'unsubstantiated', 'stale', 'needs-qualifier', 'supported'] as Verdict[]) {
      expect(verdicts.get(v) ?? 0, `verdict ${v}`).toBeGreaterThan(0);
    }
    expect([...kinds].sort()).toEqual([...CLAIM_KINDS].sort());
    // Every kind appears both as a promise kept and as one broken (or unbacked).
    expect([...kept].sort()).toEqual([...CLAIM_KINDS].sort());
    expect([...broken].sort()).toEqual([...CLAIM_KINDS].sort());
    expect(verdicts.get('contradicted')!).toBeGreaterThanOrEqual(5);
    expect(verdicts.get('supported')!).toBeGreaterThanOrEqual(5);
  });
});

describe('examples/broken-registry', () => {
  test('reports every registry rule at the mistake', () => {
    const files = read('examples/broken-registry/registry');
    const { findings, registry } = loadRegistry(files, { today, docsBaseUrl: 'https://docs.example/rules' });
    const at = (f: (typeof findings)[number]) => {
      const text = files.find((x) => x.uri === f.uri)!.text;
      const p = new LineIndex(text).position(f.range.start);
      return `${path.basename(f.uri)}:${p.line}:${p.column} ${f.ruleId}`;
    };
    expect(findings.map(at)).toEqual([
      'stores.registry.yaml:7:5 registry/syntax',
      'support.registry.yaml:8:11 registry/unknown-unit',
      'support.registry.yaml:19:7 registry/schema',
      'support.registry.yaml:31:12 registry/contradictory-evidence',
      'support.registry.yaml:32:26 registry/contradictory-evidence',
      'support.registry.yaml:32:41 registry/contradictory-evidence',
      'support.registry.yaml:32:41 registry/contradictory-evidence',
      'support.registry.yaml:36:9 registry/missing-evidence',
      'support.registry.yaml:50:14 registry/expired',
      'support.registry.yaml:52:9 registry/duplicate-id',
    ]);
    // Only the expired entry (a warning) survives: every other entry has an error.
    expect(registry.entries.map((e) => e.id)).toEqual(['support.callback']);
  });
});
