// The suppression quick fix (offered in the editor): whatever the line, applying it leaves a
// document that parses as before and hides exactly that finding.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, DOCS_BASE_URL, lintDocument, loadRegistry, type DocumentLanguage } from '../../src/core/index.js';

const registry = loadRegistry([{ uri: 'file:///fuel.registry.yaml', text: readFileSync(path.resolve(__dirname, '../../examples/campaign/registry/fuel.registry.yaml'), 'utf8') }], { today: '2026-11-01', docsBaseUrl: DOCS_BASE_URL }).registry;
const settings = defaultSettings({ today: '2026-11-01' });

function suppressed(text: string, language: DocumentLanguage): { fixed: string; after: string[] } {
  const uri = language === 'markdown' ? 'file:///page.md' : 'file:///ad.yaml';
  const finding = lintDocument({ uri, text }, language, registry, settings).findings.find((f) => f.fixes.some((x) => x.kind === 'suppress'));
  expect(finding?.ruleId).toBe('claim/contradicted');
  const edit = finding!.fixes.find((x) => x.kind === 'suppress')!.edits[0];
  const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
  return { fixed, after: lintDocument({ uri, text: fixed }, language, registry, settings).findings.map((f) => f.ruleId) };
}

describe('the suppress fix', () => {
  it('writes a YAML comment for a claim in Markdown front matter, which stays valid', () => {
    const { fixed, after } = suppressed('---\ntitle: Aero\ndescription: The Aero 1.5 gets up to 45 mpg.\n---\n# Aero\n\nBody.\n', 'markdown');
    expect(fixed).toContain('description: The Aero 1.5 gets up to 45 mpg. # claimlint-disable-line claim/contradicted -- TODO');
    expect(after).toEqual([]);
  });

  it('writes an HTML comment where a "..." line would close YAML front matter: the parser reads Markdown there', () => {
    const { fixed, after } = suppressed('---\nThe Aero 1.5 gets up to 45 mpg.\n...\n', 'markdown');
    expect(fixed).toContain('up to 45 mpg. <!-- claimlint-disable-line claim/contradicted -- TODO');
    expect(after).toEqual([]);
  });

  it('writes an HTML comment for a claim in the Markdown body, also below front matter', () => {
    const { fixed, after } = suppressed('---\ntitle: Aero\n---\nThe Aero 1.5 gets up to 45 mpg.\n', 'markdown');
    expect(fixed).toContain('up to 45 mpg. <!-- claimlint-disable-line claim/contradicted -- TODO');
    expect(after).toEqual([]);
  });
});
