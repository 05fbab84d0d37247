// The registry entry stub the editor writes: in every layout a registry file may have, the file
// stays valid and gains the entry; a list in flow style gets no stub rather than a broken one.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOCS_BASE_URL, loadRegistry } from '../../src/core/index.js';
import { stubEdit } from '../../src/server/registry-stub.js';

const claim = { text: 'over 300 service centres', keyword: undefined, quantity: undefined, kind: 'figure' as const };
const entry = (indent: string, nl = '\n') => [`${indent}- id: stores.count`, `${indent}  title: Stores`, `${indent}  terms: [stores]`, `${indent}  unit: count`, `${indent}  evidence: { value: 212 }`, `${indent}  source: Store register`, `${indent}  as_of: 2026-10-01`].join(nl);

function withStub(text: string): string | undefined {
  const before = loadRegistry([{ uri: 'file:///r.registry.yaml', text }], { today: '2026-11-01', docsBaseUrl: DOCS_BASE_URL });
  const edit = stubEdit(text, claim, before.registry, '2026-11-01', 'page.md');
  return edit && text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
}

/** The ids the file lists (a stub has no evidence yet, so the loader keeps it out of the registry) and its syntax errors. */
function entriesOf(text: string): { ids: string[]; syntax: string[] } {
  const loaded = loadRegistry([{ uri: 'file:///r.registry.yaml', text }], { today: '2026-11-01', docsBaseUrl: DOCS_BASE_URL });
  const entries = (parse(text) as { entries?: Array<{ id: string }> } | null)?.entries ?? [];
  return { ids: entries.map((e) => e.id), syntax: loaded.findings.filter((f) => f.ruleId === 'registry/syntax' || f.ruleId === 'registry/schema').map((f) => f.message) };
}

describe('stubEdit', () => {
  it.each([
    ['two-space items', `version: 1\nentries:\n${entry('  ')}\n`],
    ['items at the left margin', `version: 1\nentries:\n${entry('')}\n`],
    ['four-space items', `version: 1\nentries:\n${entry('    ')}\n`],
    ['CRLF line ends', `version: 1\r\nentries:\r\n${entry('  ', '\r\n')}\r\n`],
    ['another key after the list', `version: 1\nentries:\n${entry('  ')}\n# trailing notes\n`],
    ['an empty list with a comment', 'version: 1\nentries: []  # none yet\n'],
    ['an empty list', 'version: 1\nentries: []\n'],
    ['no entries key', 'version: 1\n'],
  ])('%s: the file stays valid and gains the entry', (_name, text) => {
    const fixed = withStub(text)!;
    const { ids, syntax } = entriesOf(fixed);
    expect(syntax).toEqual([]);
    expect(ids).toEqual([...entriesOf(text).ids, 'todo.over-300-service-centres']);
    if (text.includes('\r\n')) expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    if (text.includes('# none yet')) expect(fixed).toContain('# none yet');
  });

  it('offers nothing for entries written in flow style', () => {
    expect(withStub('version: 1\nentries: [{ id: stores.count, title: Stores, terms: [stores], unit: count, evidence: { value: 212 }, source: Store register, as_of: 2026-10-01 }]\n')).toBeUndefined();
  });
});
