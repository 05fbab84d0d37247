// The JSON Schema is also the editor's documentation: every property must describe itself, and the
// schema must stay strict (unknown keys rejected) where typos would otherwise lose evidence.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/registry.schema.json'), 'utf8'));

type Node = Record<string, unknown>;
const resolve = (node: Node): Node => (typeof node.$ref === 'string' ? { ...schema.definitions[node.$ref.split('/').pop()!], ...node } : node);

function walk(node: Node, where: string, visit: (node: Node, where: string) => void): void {
  visit(node, where);
  for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) walk(resolve(child), `${where}.${name}`, visit);
  for (const [name, child] of Object.entries((node.patternProperties ?? {}) as Record<string, Node>)) walk(resolve(child), `${where}[${name}]`, visit);
  if (node.items && typeof node.items === 'object') walk(resolve(node.items as Node), `${where}[]`, visit);
}

test('every property has a description (shown on hover in the editor)', () => {
  const missing: string[] = [];
  walk(schema, '$', (node, where) => {
    for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      if (typeof resolve(child).description !== 'string') missing.push(`${where}.${name}`);
    }
  });
  expect(missing).toEqual([]);
});

test('objects that hold fixed keys reject unknown ones', () => {
  const open: string[] = [];
  walk(schema, '$', (node, where) => {
    if (node.type === 'object' && node.properties && node.additionalProperties !== false) open.push(where);
  });
  expect(open).toEqual([]);
});

test('the snake_case keys of an entry are the ones the loader reads', () => {
  const keys = Object.keys(schema.definitions.entry.properties).sort();
  expect(keys).toEqual([
    'approved_wording', 'as_of', 'comparison', 'coverage', 'evidence', 'expires', 'guarantee', 'higher_is_better', 'id', 'limit',
    'max_age', 'notes', 'offered', 'owner', 'preferred', 'prices', 'qualifiers', 'rating', 'reading', 'sample_size', 'schedule',
    'scope', 'source', 'subjects', 'substantiates', 'terms', 'title', 'unit',
  ]);
});
