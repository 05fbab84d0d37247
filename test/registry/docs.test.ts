// The registry documentation stays true: the complete example loads without findings, and the
// first example on each registry rule page triggers that rule.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/core/registry/load.js';
import { RULES } from '../../src/core/rules.js';
import type { RuleId } from '../../src/core/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const options = { today: '2026-11-23', docsBaseUrl: 'https://docs.example/rules' };
const yamlBlocks = (markdown: string) => [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

test('docs/registry.md: the complete example loads with no findings', () => {
  const doc = readFileSync(path.join(root, 'docs/registry.md'), 'utf8');
  const example = yamlBlocks(doc.slice(doc.indexOf('## A complete example')))[0];
  const { registry, findings } = loadRegistry([{ uri: 'example.yaml', text: example }], options);
  expect(findings).toEqual([]);
  expect(registry.entries.map((e) => e.id)).toEqual(['fuel.aero15.combined', 'support.chat', 'parts.delivery.coverage']);
});

test('docs/registry.md names every registry rule and links its page', () => {
  const doc = readFileSync(path.join(root, 'docs/registry.md'), 'utf8');
  for (const id of Object.keys(RULES).filter((r) => r.startsWith('registry/'))) {
    expect(doc).toContain(`[\`${id}\`](rules/${id.replace('/', '-')}.md)`);
  }
});

describe('rule pages', () => {
  const ids = (Object.keys(RULES) as RuleId[]).filter((r) => r.startsWith('registry/'));
  test.each(ids)('%s: the page exists and its first example triggers the rule', (id) => {
    const page = readFileSync(path.join(root, 'docs/rules', `${id.replace('/', '-')}.md`), 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toMatch(/## What it means[\s\S]*## Example[\s\S]*## How to fix/);
    let example = yamlBlocks(page)[0];
    if (/^\s+- id:/.test(example)) example = `entries:\n${example}`; // pages show entries out of their file
    const { findings } = loadRegistry([{ uri: 'page.yaml', text: example }], options);
    expect(findings.map((f) => f.ruleId)).toContain(id);
  });
});
