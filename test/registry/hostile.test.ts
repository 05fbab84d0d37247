// Hostile and malformed registry text: rejected quickly with a positioned finding, never a throw.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadRegistry } from '../../src/core/registry/load.js';
import { LineIndex } from '../../src/core/documents/line-index.js';

const options = { today: '2026-11-23', docsBaseUrl: 'https://docs.example/rules' };
// Generous: CI machines are shared and slow. Unguarded, the alias bomb below expands to 387 million
// nodes (minutes and gigabytes) and deep nesting overflows the parser's stack after seconds.
const FAST_MS = 2000;
const load = (text: string) => {
  const t0 = performance.now();
  const result = loadRegistry([{ uri: 'hostile.yaml', text }], options);
  return { ...result, ms: performance.now() - t0 };
};

function aliasBomb(levels: number): string {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let prev = 'a';
  for (const name of 'bcdefghijklmnop'.slice(0, levels)) {
    text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    prev = name;
  }
  return `${text}entries: *${prev}\n`;
}

describe('hostile input', () => {
  test('a billion-laughs alias bomb is refused quickly, at an alias', () => {
    const text = aliasBomb(9);
    const { findings, registry, ms } = load(text);
    expect(ms).toBeLessThan(FAST_MS);
    expect(registry.entries).toEqual([]);
    const f = findings.find((x) => x.message.includes('alias'));
    expect(f?.ruleId).toBe('registry/syntax');
    expect(text[f!.range.start]).toBe('*');
  });

  test.each([
    ['flow', '['.repeat(10_000) + ']'.repeat(10_000)],
    // 10,000 block levels need 50 MB of indentation (refused by size); 2,000 stay under the size cap.
    ['block maps', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
    ['compact sequences', `entries:\n  ${'- '.repeat(10_000)}x\n`],
    ['flow inside an entry', `entries:\n  - id: x\n    title: ${'{a: '.repeat(5000)}b${'}'.repeat(5000)}\n`],
  ])('thousands of levels of %s nesting are refused before parsing', (_name, text) => {
    const { findings, ms } = load(text);
    expect(ms).toBeLessThan(FAST_MS);
    expect(findings).toHaveLength(1);
    expect(findings[0].ruleId).toBe('registry/syntax');
    expect(findings[0].message).toMatch(/nests deeper than \d+ levels; refused without parsing/);
    expect(new LineIndex(text).position(findings[0].range.start).line).toBeLessThan(60);
  });

  test('ordinary nesting inside block scalars and brackets in quoted strings is not mistaken for depth', () => {
    const deepText = Array.from({ length: 80 }, (_, i) => `${' '.repeat(6 + i)}line ${i}`).join('\n');
    const text = `entries:\n  - id: x\n    title: "${'['.repeat(100)}"\n    notes: |\n${deepText}\n    terms: [x]\n    offered: true\n    source: s\n`;
    const { findings, registry } = load(text);
    expect(findings).toEqual([]);
    expect(registry.entries.map((e) => e.id)).toEqual(['x']);
  });

  test('binary content is refused at the NUL byte', () => {
    const { findings } = load('entries:\n  - id: a\u0000b\n');
    expect(findings.map((f) => [f.ruleId, f.range.start])).toEqual([['registry/syntax', 18]]);
  });

  test('an oversized file is refused without parsing', () => {
    const { findings, ms } = load('#'.repeat(9 * 1024 * 1024));
    expect(findings.map((f) => f.ruleId)).toEqual(['registry/syntax']);
    expect(ms).toBeLessThan(FAST_MS);
  });

  test.each([
    ['empty file', '', 'empty'],
    ['only a comment', '# nothing yet\n', 'empty'],
    ['a scalar', 'hello\n', 'must be a map'],
    ['a list at the top', '- id: x\n', 'must be a map'],
    ['entries null', 'entries:\n', 'must be a list'],
    ['several documents', 'entries: []\n---\nentries: []\n', 'more than one YAML document'],
    ['tabs for indentation', 'entries:\n\t- id: x\n', ''],
    ['duplicate keys', 'entries:\n  - id: x\n    id: y\n', 'Map keys must be unique'],
  ])('%s → a finding, not an exception', (_name, text, words) => {
    const { findings } = load(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId.startsWith('registry/'))).toBe(true);
    if (words) expect(findings.map((f) => f.message).join('\n')).toContain(words);
  });

  test('arbitrary text never throws and every range lies inside the file', () => {
    const fragments = fc.constantFrom('entries:', '\n', '  - ', 'id: x', 'title: T', 'terms: [a]', 'unit: h', 'evidence: {', '}', 'median: 3', 'p90: 1', '"', "'", '&a ', '*a', '<<: ', '[', ']', ': ', '#', '\t', 'within: { "1 h": 2 }', 'schedule: { hours: "Mo-Fx" }', 'source: s', 'as_of: 2020-01-01', 'max_age: 1d');
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 40 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join('') + noise;
        const { findings } = loadRegistry([{ uri: 'f.yaml', text }], options);
        for (const f of findings) {
          expect(f.range.start).toBeGreaterThanOrEqual(0);
          expect(f.range.end).toBeGreaterThanOrEqual(f.range.start);
          expect(f.range.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
