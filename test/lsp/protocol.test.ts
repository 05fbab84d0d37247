// The server over the real protocol: transport, sync, debounce, settings, commands, custom
// requests, registry editing and robustness. These do not depend on which claims the engine finds.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type CodeLens, type CompletionItem, type Hover } from 'vscode-languageserver/node';
import { makeWorkspace, TestClient, useServerLifecycle } from './harness.js';
import { ADS, FAQ, LAUNCH, REGISTRY } from './fixtures.js';

const { clients, workspaces } = useServerLifecycle();

function setup(files: Record<string, string> = { 'claims.registry.yaml': REGISTRY, 'campaigns/launch.md': LAUNCH, 'site/faq.md': FAQ }, options: Partial<ConstructorParameters<typeof TestClient>[0]> = {}) {
  const ws = makeWorkspace(files);
  workspaces.push(ws);
  const client = new TestClient({ root: ws.root, ...options });
  clients.push(client);
  return { ws, client };
}


describe('claimlint language server: protocol', () => {
  it('announces its capabilities (incremental sync, hover, navigation, code actions, commands, completion, CodeLens)', async () => {
    const { client } = setup();
    const result = await client.initialize();
    const caps = result.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: { includeText: false } });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.definitionProvider).toBe(true);
    expect(caps.referencesProvider).toBe(true);
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.claimlint'] });
    expect(caps.executeCommandProvider?.commands).toEqual(['claimlint.applyFix', 'claimlint.createRegistryEntry']);
    expect(caps.completionProvider).toBeTruthy();
    expect(caps.codeLensProvider).toBeTruthy();
  });

  it('publishes versioned diagnostics on open and a claimlint/status after each lint', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('campaigns/launch.md');
    await client.open(uri, LAUNCH);
    await client.diagnosticsFor(uri, () => true, 1);
    const status = await client.waitFor('a status with the registry loaded', () =>
      client.statuses.find((s) => (s as { registry: { entries: number } }).registry.entries === 2));
    expect(status).toEqual({
      counts: { contradicted: expect.any(Number), unsubstantiated: expect.any(Number), stale: expect.any(Number), 'needs-qualifier': expect.any(Number), supported: expect.any(Number) },
      registry: { files: 1, entries: 2, errors: 0, staleIndex: false },
    });
  });

  it('debounces changes per document and publishes only for the latest version', async () => {
    const { ws, client } = setup(undefined, { initializationOptions: { debounceMs: 150 } });
    await client.initialize();
    const uri = ws.uri('campaigns/launch.md');
    await client.open(uri, LAUNCH);
    await client.diagnosticsFor(uri, () => true, 1);
    let version = 1;
    for (let i = 0; i < 5; i++) version = await client.replace(uri, 'launch', 'launch!');
    await client.diagnosticsFor(uri, () => true, version);
    // Give a stray timer the chance to publish an intermediate version; none may appear.
    await new Promise((r) => setTimeout(r, 400));
    expect(client.publishes(uri).map((p) => p.version)).toEqual([1, version]);
  });

  it('drops a result that a newer change outdated while it was being computed', async () => {
    const { ws, client } = setup(undefined, { initializationOptions: { debounceMs: 0 } });
    await client.initialize();
    const uri = ws.uri('campaigns/long.md');
    const text = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i}: our email support team replies within 1 hour.`).join('\n\n') + '\n';
    // didOpen and didChange back to back: the change is read while version 1 is being linted.
    await client.open(uri, text);
    const v2 = await client.replace(uri, 'Paragraph 0:', 'Paragraph zero:');
    await client.diagnosticsFor(uri, (d) => d.length > 0, v2);
    expect(client.publishes(uri).map((p) => p.version)).not.toContain(1);
  });

  it('with run: onSave (workspace/configuration) lints on save, not on every change', async () => {
    const { ws, client } = setup(undefined, { configuration: { run: 'onSave', debounceMs: 0 } });
    await client.initialize();
    const uri = ws.uri('site/faq.md');
    await client.open(uri, FAQ);
    await client.diagnosticsFor(uri, () => true, 1);
    const v2 = await client.replace(uri, 'FAQ', 'Questions');
    await new Promise((r) => setTimeout(r, 300));
    // Version 1 may be published twice (on open, and again once the pulled settings arrive).
    expect(client.publishes(uri).every((p) => p.version === 1)).toBe(true);
    await client.save(uri);
    await client.diagnosticsFor(uri, () => true, v2);
  });

  it('claimlint.applyFix applies edits for the current version and refuses an outdated one', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('site/faq.md');
    await client.open(uri, FAQ);
    const range = { start: client.positionOf(uri, 'FAQ'), end: client.positionOf(uri, 'FAQ', 3) };
    const stale = await client.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.applyFix', arguments: [uri, 7, [{ range, newText: 'Help' }]] });
    expect(stale).toMatchObject({ applied: false, reason: expect.stringContaining('out of date') });
    expect(client.appliedEdits).toHaveLength(0);
    const ok = await client.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.applyFix', arguments: [uri, 1, [{ range, newText: 'Help' }]] });
    expect(ok).toMatchObject({ applied: true });
    expect(client.text(uri)).toBe(FAQ.replace('FAQ', 'Help'));
  });

  it('answers the custom requests claimlint/documentClaims and claimlint/workspaceClaims', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('campaigns/launch.md');
    await client.open(uri, LAUNCH);
    const doc = await client.connection.sendRequest<{ claims: unknown[] }>('claimlint/documentClaims', { uri });
    expect(Array.isArray(doc.claims)).toBe(true);
    // A closed file is read from disk.
    const closed = await client.connection.sendRequest<{ claims: unknown[] }>('claimlint/documentClaims', { uri: ws.uri('site/faq.md') });
    expect(Array.isArray(closed.claims)).toBe(true);
    const all = await client.connection.sendRequest<{ files: Array<{ uri: string; claims: unknown[] }> }>('claimlint/workspaceClaims', {});
    expect(Array.isArray(all.files)).toBe(true);
    for (const f of all.files) expect(f.uri.startsWith('file:')).toBe(true);
    // Registry files are never treated as copy.
    expect(all.files.map((f) => f.uri)).not.toContain(ws.uri('claims.registry.yaml'));
  });

  it('works over --node-ipc as the VS Code client starts it', async () => {
    const { ws, client } = setup(undefined, { transport: 'ipc' });
    const result = await client.initialize();
    expect(result.serverInfo?.name).toBe('claimlint');
    const uri = ws.uri('ads/spring.yaml');
    await client.open(uri, ADS);
    await client.diagnosticsFor(uri, () => true, 1);
  });
});

describe('claimlint language server: registry files', () => {
  it('completes registry keys from the schema, statistics under evidence, and units', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('claims.registry.yaml');
    const text = REGISTRY + '  - id: new.entry\n    \n';
    await client.open(uri, text);
    const lines = text.split('\n');
    const keyLine = lines.length - 2;
    const keys = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: keyLine, character: 4 } });
    const keyLabels = keys.map((k) => k.label);
    expect(keyLabels).toEqual(expect.arrayContaining(['title', 'terms', 'unit', 'evidence', 'source', 'as_of', 'subjects']));
    expect(keyLabels).not.toContain('median');

    const evidenceLine = lines.findIndex((l) => l.includes('p90: 6'));
    const stats = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: evidenceLine, character: 6 } });
    expect(stats.map((k) => k.label)).toEqual(expect.arrayContaining(['median', 'mean', 'p90', 'p95', 'within', 'reaching', 'value', 'min', 'max']));
    expect(stats.map((k) => k.label)).not.toContain('title');

    const unitLine = lines.findIndex((l) => l.includes('unit: h'));
    const units = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: unitLine, character: lines[unitLine].length } });
    expect(units.map((k) => k.label)).toEqual(expect.arrayContaining(['mpg-us', 'l-per-100km', 'business-day', 'mbps', 'USD']));
  });

  it('explains a registry key on hover from the schema description', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('claims.registry.yaml');
    await client.open(uri, REGISTRY);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, 'within', 2) });
    expect(JSON.stringify(hover.contents)).toMatch(/\*\*within\*\*.*at or below/);
    const unitHover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, 'unit:', 1) });
    expect(JSON.stringify(unitHover.contents)).toMatch(/mpg-us/);
  });

  it('shows a CodeLens on each registry entry with its usage', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('claims.registry.yaml');
    await client.open(uri, REGISTRY);
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses).toHaveLength(2);
    expect(lenses.map((l) => l.range.start.line)).toEqual([2, 14]);
    for (const lens of lenses) expect(lens.command?.title).toMatch(/^used by (no claims|\d+ claims? in \d+ files?)$/);
  });

  it('reports a half-typed registry at exact positions, keeps the last good index, and recovers', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const registryUri = ws.uri('claims.registry.yaml');
    const copyUri = ws.uri('campaigns/launch.md');
    await client.open(copyUri, LAUNCH);
    await client.open(registryUri, REGISTRY);
    await client.waitFor('registry loaded', () => client.statuses.some((s) => (s as { registry: { entries: number } }).registry.entries === 2));
    // Break the YAML mid-edit: an unclosed flow sequence on line 5.
    const broken = await client.replace(registryUri, 'terms: [reply, replies, respond, responds, response]', 'terms: [reply, replies');
    const diags = await client.diagnosticsFor(registryUri, (d) => d.some((x) => String(x.code).startsWith('registry/')), broken);
    const syntax = diags.find((d) => d.code === 'registry/syntax' || d.code === 'registry/schema');
    expect(syntax, JSON.stringify(diags)).toBeTruthy();
    expect(syntax!.range.start.line).toBeGreaterThanOrEqual(5);
    expect(syntax!.severity).toBe(DiagnosticSeverity.Error);
    expect(syntax!.codeDescription?.href).toMatch(/registry-(syntax|schema)\.md$/);
    type Status = { registry: { entries: number; staleIndex: boolean; errors: number } };
    const stale = await client.waitFor('stale-but-valid status', () => (client.statuses as Status[]).filter((s) => s.registry.staleIndex).at(-1));
    expect(stale.registry.entries).toBe(2);
    expect(stale.registry.errors).toBeGreaterThan(0);
    // The server keeps serving requests on the copy while the registry is broken.
    const claims = await client.connection.sendRequest<{ claims: unknown[] }>('claimlint/documentClaims', { uri: copyUri });
    expect(Array.isArray(claims.claims)).toBe(true);
    // Fixing the text clears the diagnostics and the stale flag.
    const fixed = await client.replace(registryUri, 'terms: [reply, replies', 'terms: [reply, replies, respond, responds, response]');
    await client.diagnosticsFor(registryUri, (d) => d.length === 0, fixed);
    await client.waitFor('fresh status', () => {
      const last = client.statuses.at(-1) as { registry: { staleIndex: boolean; entries: number } };
      return !last.registry.staleIndex && last.registry.entries === 2;
    });
  });

  it('re-lints open copy when the open registry is edited (unsaved) and when a registry file changes on disk', async () => {
    const { ws, client } = setup(undefined, { initializationOptions: { debounceMs: 50 } });
    await client.initialize();
    const copyUri = ws.uri('campaigns/launch.md');
    await client.open(copyUri, LAUNCH);
    await client.diagnosticsFor(copyUri, () => true, 1);
    const before = client.publishes(copyUri).length;
    const registryUri = ws.uri('claims.registry.yaml');
    await client.open(registryUri, REGISTRY);
    await client.replace(registryUri, 'median: 2\n', 'median: 3\n');
    await client.waitFor('copy re-linted after registry edit', () => client.publishes(copyUri).length > before);

    // A second registry file appears on disk.
    const extra = ws.file('more.registry.yaml');
    writeFileSync(extra, 'entries:\n  - id: coverage.states\n    title: States served\n    terms: [states]\n    coverage: { regions: [CA, NY], universe: US states, universe_size: 50 }\n    source: Ops list\n    as_of: 2026-10-01\n');
    const count = client.publishes(copyUri).length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('more.registry.yaml'), type: 1 }] });
    await client.waitFor('status with 3 entries', () => client.statuses.some((s) => (s as { registry: { entries: number; files: number } }).registry.entries === 3));
    await client.waitFor('copy re-linted after registry file created', () => client.publishes(copyUri).length > count);
  });
});

describe('claimlint language server: ignore files', () => {
  it('gives no diagnostics for files .claimlintignore or .gitignore exclude, and clears them when a file becomes ignored', async () => {
    const { ws, client } = setup({ 'claims.registry.yaml': REGISTRY, 'campaigns/launch.md': LAUNCH, 'drafts/old.md': LAUNCH, '.claimlintignore': 'drafts/\n' });
    await client.initialize();
    const draft = ws.uri('drafts/old.md');
    const launch = ws.uri('campaigns/launch.md');
    await client.open(draft, LAUNCH);
    await client.open(launch, LAUNCH);
    await client.diagnosticsFor(launch, (d) => d.some((x) => x.code === 'claim/contradicted'), 1);
    // The launch page was linted after the draft was opened: a draft publish would have come first.
    expect(client.publishes(draft).every((p) => p.diagnostics.length === 0)).toBe(true);

    // The launch page becomes ignored through .gitignore: its diagnostics are cleared.
    writeFileSync(ws.file('.gitignore'), 'campaigns/launch.md\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.gitignore'), type: 1 }] });
    await client.waitFor('diagnostics cleared for the newly ignored page', () => client.latest(launch)?.diagnostics.length === 0);
  });
});

describe('claimlint language server: config files', () => {
  it('checks an open config as it is typed, and applies a saved config to open copy', async () => {
    const { ws, client } = setup(undefined, { initializationOptions: { debounceMs: 50 } });
    await client.initialize();
    const copyUri = ws.uri('campaigns/launch.md');
    await client.open(copyUri, LAUNCH);
    await client.diagnosticsFor(copyUri, (d) => d.some((x) => x.code === 'claim/contradicted'), 1);
    const configUri = ws.uri('claimlint.config.yaml');
    const text = 'jurisdiction: XX\n';
    writeFileSync(ws.file('claimlint.config.yaml'), text);
    await client.open(configUri, text);
    const bad = await client.diagnosticsFor(configUri, (d) => d.length === 1, 1);
    expect(bad[0].message).toMatch(/jurisdiction.*US.*UK/);
    expect(bad[0].code).toBe('config/invalid');
    expect(bad[0].range).toEqual({ start: { line: 0, character: 14 }, end: { line: 0, character: 16 } });
    // Fix it, turn contradicted claims off, save: the config is clean and open copy follows it.
    const fixed = 'jurisdiction: US\nrules:\n  claim/contradicted: "off"\n';
    const version = await client.change(configUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: fixed }]);
    await client.diagnosticsFor(configUri, (d) => d.length === 0, version);
    writeFileSync(ws.file('claimlint.config.yaml'), client.text(configUri));
    await client.save(configUri);
    await client.diagnosticsFor(copyUri, (d) => d.length > 0 && !d.some((x) => x.code === 'claim/contradicted'));
  });
});

describe('claimlint language server: robustness', () => {
  it('gives a 5 MB document one document/limit notice instead of linting it, and keeps serving', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const big = ws.uri('campaigns/huge.md');
    const line = 'Our email support team replies within 1 hour, every day of the week, with care.\n';
    const text = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    await client.open(big, text);
    const diags = await client.diagnosticsFor(big, (d) => d.length > 0, 1);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ code: 'document/limit', severity: DiagnosticSeverity.Information, range: { start: { line: 0, character: 0 } } });
    expect(diags[0].message).toMatch(/5(\.0)? MB.*2(\.0)? MB/);
    // Typing in it stays cheap and the server still answers other documents.
    const v2 = await client.change(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.diagnosticsFor(big, (d) => d.length === 1, v2);
    const other = ws.uri('site/faq.md');
    await client.open(other, FAQ);
    await client.diagnosticsFor(other, () => true, 1);
    expect(client.alive).toBe(true);
  });

  it('lints a 5,000-line document and keeps answering requests', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('campaigns/long.md');
    const paragraphs: string[] = [];
    for (let i = 0; i < 2500; i++) paragraphs.push(i % 10 === 0 ? `## Section ${i}` : `Paragraph ${i}: our email support team replies within ${1 + (i % 3)} hours.`);
    const text = paragraphs.join('\n\n') + '\n';
    expect(text.split('\n').length).toBeGreaterThanOrEqual(5000);
    const started = Date.now();
    await client.open(uri, text);
    await client.diagnosticsFor(uri, () => true, 1);
    const v2 = await client.replace(uri, 'Paragraph 1:', 'Paragraph one:');
    await client.diagnosticsFor(uri, () => true, v2);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4000, character: 20 } });
    expect(hover === null || typeof hover === 'object').toBe(true);
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it('survives an exception while checking one document: logs it with the file name and keeps checking others', async () => {
    const { ws, client } = setup(undefined, { env: { CLAIMLINT_FAULT_MARKER: '@@explode@@' } });
    await client.initialize();
    const bad = ws.uri('campaigns/bad.md');
    await client.open(bad, '# Bad\n\nThis text makes the engine throw: @@explode@@\n');
    const diags = await client.diagnosticsFor(bad, (d) => d.length === 1, 1);
    expect(diags[0]).toMatchObject({ code: 'document/parse', severity: DiagnosticSeverity.Information });
    await client.waitFor('error logged with the file name', () => client.logs.find((l) => l.includes('bad.md') && l.includes('injected fault')));
    const good = ws.uri('site/faq.md');
    await client.open(good, FAQ);
    await client.diagnosticsFor(good, () => true, 1);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: bad }, position: { line: 2, character: 5 } });
    expect(hover).toBeNull();
    expect(client.alive).toBe(true);
  });

  it('ignores malformed requests and arguments without dying', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const r1 = await client.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.createRegistryEntry', arguments: [42] });
    expect(r1).toMatchObject({ applied: false });
    const r2 = await client.connection.sendRequest('claimlint/documentClaims', { uri: 'untitled:nothing' });
    expect(r2).toEqual({ claims: [] });
    const r3 = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: ws.uri('nope.md') }, position: { line: 0, character: 0 } });
    expect(r3).toBeNull();
    expect(client.alive).toBe(true);
  });
});
