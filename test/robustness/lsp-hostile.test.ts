// The hostile-fixture suite through the language server over stdio (dist/server.cjs): every
// hostile document gets a clear diagnostic or none, within bounded time; the server stays up and
// keeps serving ordinary documents; a half-typed registry keeps the last good index.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, TestClient } from '../lsp/harness.js';
import { aliasBomb, makeHostileWorkspace, ORDINARY, REGISTRY, type HostileWorkspace } from './hostile-fixtures.js';

/** Generous per-document limit: the point is that nothing hangs or blows up. */
const LIMIT_MS = 30_000;

let ws: HostileWorkspace;
let client: TestClient;
const uri = (rel: string) => pathToFileURL(path.join(ws.root, rel)).href;

beforeAll(async () => {
  ensureServerBuilt();
  ws = makeHostileWorkspace();
  client = new TestClient({ root: ws.root, initializationOptions: { debounceMs: 0 } });
  await client.initialize();
}, 180_000);
afterAll(async () => {
  await client?.stop();
  if (ws) rmSync(ws.root, { recursive: true, force: true });
});

/** What an editor would send for each fixture: its text as the editor decoded it. */
const DOCUMENTS: Array<[string, string, () => string, (codes: string[], messages: string[]) => void]> = [
  ['an alias bomb (YAML copy)', 'site/bomb.yaml', aliasBomb, (codes) => expect(codes).toContain('claim/contradicted')],
  ['a 50 MB document', 'site/huge.md', () => ORDINARY.repeat(Math.ceil((50 * 1024 * 1024) / ORDINARY.length)), (codes, messages) => {
    expect(codes).toEqual(['document/limit']);
    expect(messages[0]).toMatch(/over the 2(\.0)? MB size limit/);
  }],
  ['binary content (NUL and control characters)', 'site/binary.md', () => '# Hi\n\u0000\u0001\u0002\uFFFD\uFFFDPNG\n' + ORDINARY, () => undefined],
  ['text decoded from invalid UTF-8', 'site/latin1.md', () => 'Caf\uFFFD support replies within 1 hour.\n', () => undefined],
  ['ReDoS-shaped text against ReDoS-shaped registry terms', 'site/redos.md', () => `${'a'.repeat(50_000)}!\n\nThe support team replies within 1 hour, (a+)+$ ${'a'.repeat(5_000)}!\n`, (codes) => expect(codes).toContain('claim/contradicted')],
  ['10,000 levels of Markdown nesting', 'site/deep.md', () => `${'> '.repeat(10_000)}${ORDINARY}`, (codes, messages) => {
    expect(codes).toEqual(['document/limit']);
    expect(messages[0]).toMatch(/nest deeper than 64 levels/);
  }],
  ['10,000 levels of YAML nesting', 'site/deep.yaml', () => `headline: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, (codes) => expect(codes).toEqual(['document/limit'])],
  ['lone surrogates, bidi overrides and zero-width characters', 'site/odd.md', () => `\uFEFF\uD800 \u202E${ORDINARY}\u200B\uDFFF\r\n\r`, () => undefined],
];

describe('language server: hostile documents', () => {
  it.each(DOCUMENTS)('%s: diagnostics within bounded time, the server stays up', async (_name, rel, text, check) => {
    const started = Date.now();
    await client.open(uri(rel), text(), rel.endsWith('.md') ? 'markdown' : 'yaml');
    const diagnostics = await client.diagnosticsFor(uri(rel), () => true, 1);
    expect(Date.now() - started).toBeLessThan(LIMIT_MS);
    check(diagnostics.map((d) => String(d.code)), diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value)));
    for (const d of diagnostics) {
      expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      expect(d.range.start.character).toBeGreaterThanOrEqual(0);
    }
    expect(client.alive).toBe(true);
    // An ordinary document is still served after each hostile one.
    const ordinary = uri(`site/after-${path.basename(rel)}.md`);
    await client.open(ordinary, ORDINARY, 'markdown');
    const ok = await client.diagnosticsFor(ordinary, () => true, 1);
    expect(ok.map((d) => d.code)).toEqual(['claim/contradicted']);
    await client.close(uri(rel));
    await client.close(ordinary);
  }, LIMIT_MS * 3);

  it('a workspace-wide claims request walks past the symlink loop and the named pipe and answers', async () => {
    const started = Date.now();
    const result = await client.connection.sendRequest('claimlint/workspaceClaims', {}) as { files: Array<{ uri: string; claims: unknown[] }> };
    expect(Date.now() - started).toBeLessThan(LIMIT_MS * 2);
    expect(result.files.some((f) => f.uri.endsWith('site/ordinary.md') && f.claims.length === 1)).toBe(true);
    expect(client.alive).toBe(true);
  }, LIMIT_MS * 3);

  it('a half-typed registry keeps the last good index (shown as stale) until a valid one loads', async () => {
    const registryUri = uri('claims.registry.yaml');
    const page = uri('site/ordinary.md');
    await client.open(page, ORDINARY, 'markdown');
    await client.diagnosticsFor(page, (d) => d.some((x) => x.code === 'claim/contradicted'));
    await client.open(registryUri, REGISTRY, 'yaml');
    type Status = { registry: { staleIndex: boolean; entries: number; errors: number } };
    // Half-typed: the entry list cut off mid-mapping.
    await client.replace(registryUri, '    evidence: { median: 2,', '    evidence: { median: 2, p90');
    const stale = await client.waitFor('stale-but-valid status', () => (client.statuses as Status[]).filter((s) => s.registry.staleIndex).at(-1), LIMIT_MS);
    expect(stale.registry.entries).toBe(1);
    const page2 = uri('site/another.md');
    await client.open(page2, ORDINARY, 'markdown');
    // Still checked against the last good entry.
    await client.diagnosticsFor(page2, (d) => d.some((x) => x.code === 'claim/contradicted'), 1);
    await client.replace(registryUri, '    evidence: { median: 2, p90', '    evidence: { median: 2,');
    await client.waitFor('fresh index', () => {
      const last = client.statuses.at(-1) as Status | undefined;
      return last && !last.registry.staleIndex && last.registry.errors === 0;
    }, LIMIT_MS);
    expect(client.alive).toBe(true);
  }, LIMIT_MS * 4);

  it('logged nothing that looks like an unhandled crash', () => {
    expect(client.stderr).not.toMatch(/Unhandled|RangeError|Maximum call stack/);
  });
});
