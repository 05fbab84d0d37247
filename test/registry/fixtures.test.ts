// Fixture table: every file in fixtures/ states the findings it must produce in a header line
// "# expect: <rule> <line>:<col>, ..." (or "# expect: none"); the test holds the loader to it.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/core/registry/load.js';
import { LineIndex } from '../../src/core/documents/line-index.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

function expectations(text: string): string[] {
  const m = /^# expect: (.*)$/m.exec(text);
  if (!m) throw new Error('fixture has no "# expect:" line');
  return m[1].trim() === 'none' ? [] : m[1].split(',').map((s) => s.trim());
}

describe('registry fixtures', () => {
  test.each(files)('%s', (name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const { findings } = loadRegistry([{ uri: name, text }], { today: '2026-11-23', docsBaseUrl: 'https://docs.example/rules' });
    const lines = new LineIndex(text);
    const actual = findings.map((f) => {
      const p = lines.position(f.range.start);
      return `${f.ruleId} ${p.line}:${p.column}`;
    });
    expect(actual.sort(), findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n')).toEqual(expectations(text).sort());
    for (const f of findings) {
      expect(f.uri).toBe(name);
      expect(f.range.end).toBeGreaterThanOrEqual(f.range.start);
      expect(f.range.end).toBeLessThanOrEqual(text.length);
      expect(f.docsUrl).toBe(`https://docs.example/rules/${f.ruleId.replace('/', '-')}.md`);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });
});
