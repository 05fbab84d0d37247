// Claim features over the real protocol with the real engine: diagnostics with docs links,
// related registry locations and fix data; hover; definition; references; every code action
// kind; commands; the claims requests; CodeLens counts; re-lint when evidence changes.
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type CodeAction, type CodeLens, type Diagnostic, type Hover, type Location, type TextDocumentEdit, type CreateFile } from 'vscode-languageserver/node';
import { makeWorkspace, TestClient, useServerLifecycle } from './harness.js';
import { ADS, FAQ, LAUNCH, REGISTRY } from './fixtures.js';

const { clients, workspaces } = useServerLifecycle();

async function start(files: Record<string, string> = { 'claims.registry.yaml': REGISTRY, 'campaigns/launch.md': LAUNCH, 'site/faq.md': FAQ, 'ads/spring.yaml': ADS }) {
  const ws = makeWorkspace(files);
  workspaces.push(ws);
  const client = new TestClient({ root: ws.root, initializationOptions: { debounceMs: 50 } });
  clients.push(client);
  await client.initialize();
  return { ws, client };
}


function textAt(client: TestClient, uri: string, d: { range: Diagnostic['range'] }): string {
  const doc = client.docs.get(uri)!;
  return doc.getText().slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
}

async function openLaunch() {
  const { ws, client } = await start();
  const uri = ws.uri('campaigns/launch.md');
  await client.open(uri, LAUNCH);
  const diagnostics = await client.diagnosticsFor(uri, (d) => d.length >= 3, 1);
  return { ws, client, uri, diagnostics };
}

async function actionsFor(client: TestClient, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only },
  });
}

describe('claims over the protocol', () => {
  it('reports contradicted and unsubstantiated claims with rule code, docs link, registry location and fix data', async () => {
    const { ws, client, uri, diagnostics } = await openLaunch();
    const hour = diagnostics.find((d) => textAt(client, uri, d).includes('1 hour'))!;
    expect(hour).toMatchObject({ code: 'claim/contradicted', severity: DiagnosticSeverity.Error, source: 'claimlint' });
    expect(hour.codeDescription?.href).toMatch(/claim-contradicted\.md$/);
    expect(hour.relatedInformation?.[0].location.uri).toBe(ws.uri('claims.registry.yaml'));
    // The entry's location: line 2 ("- id: support.email.first-reply").
    expect(hour.relatedInformation?.[0].location.range.start.line).toBe(2);
    expect(hour.data).toMatchObject({ entryId: 'support.email.first-reply', verdict: 'contradicted' });
    expect((hour.data as { fixes: string[] }).fixes).toEqual(expect.arrayContaining(['replace-figure', 'suppress']));

    const mpg = diagnostics.find((d) => textAt(client, uri, d).includes('45 mpg'))!;
    expect(mpg.code).toBe('claim/contradicted');
    expect(mpg.relatedInformation?.[0].location.range.start.line).toBe(14);

    const states = diagnostics.find((d) => textAt(client, uri, d).includes('50 states'))!;
    expect(states).toMatchObject({ code: 'claim/unsubstantiated', severity: DiagnosticSeverity.Warning });
    expect(states.codeDescription?.href).toMatch(/claim-unsubstantiated\.md$/);

    const status = await client.waitFor('status counting the launch claims', () =>
      client.statuses.map((s) => s as { counts: Record<string, number> }).find((s) => s.counts.contradicted === 2));
    expect(status.counts.unsubstantiated).toBe(1);
  });

  it('hovers a claim with the verdict, the claim, the evidence (statistic, source, date) and links', async () => {
    const { ws, client, uri } = await openLaunch();
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '1 hour', 2) });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('Contradicted');
    expect(value).toContain('“within 1 hour”');
    expect(value).toMatch(/35% within 1 hour/);
    expect(value).toContain('Helpdesk export, Oct 2026');
    expect(value).toContain('2026-10-31');
    expect(value).toMatch(/\(https:[^)]*claim-contradicted\.md\)/);
    expect(value).toContain(`${ws.uri('claims.registry.yaml')}#L3`);
    expect(hover.range).toEqual({ start: client.positionOf(uri, 'within 1 hour'), end: client.positionOf(uri, 'within 1 hour', 13) });
    // Away from any claim there is no hover.
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(none).toBeNull();
  });

  it('hovers a supported claim too (plain-language "Supported" with the evidence)', async () => {
    const { ws, client } = await start();
    const uri = ws.uri('site/faq.md');
    await client.open(uri, FAQ);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '24 hours', 1) });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('Supported');
    expect(value).toMatch(/99% within 24 hours/);
  });

  it('goes to the registry entry from a claim (definition)', async () => {
    const { ws, client, uri } = await openLaunch();
    const def = await client.connection.sendRequest<Location>('textDocument/definition', { textDocument: { uri }, position: client.positionOf(uri, '45 mpg', 1) });
    expect(def.uri).toBe(ws.uri('claims.registry.yaml'));
    expect(def.range.start.line).toBe(14);
    const none = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: client.positionOf(uri, '50 states', 1) });
    expect(none).toBeNull();
  });

  it('finds every claim resting on a registry entry across the workspace (open and closed files)', async () => {
    const { ws, client } = await start();
    const registryUri = ws.uri('claims.registry.yaml');
    await client.open(registryUri, REGISTRY);
    const refs = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: registryUri }, position: client.positionOf(registryUri, 'support.email.first-reply', 3), context: { includeDeclaration: false },
    });
    const where = refs.map((r) => `${r.uri.slice(ws.uri('').length + 1)}:${r.range.start.line}`).sort();
    expect(where).toEqual(['campaigns/launch.md:2', 'site/faq.md:2']);
    const fuel = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: registryUri }, position: client.positionOf(registryUri, 'Owner fuel logs'), context: { includeDeclaration: true },
    });
    expect(fuel.map((r) => `${r.uri.slice(ws.uri('').length + 1)}:${r.range.start.line}`).sort()).toEqual(['ads/spring.yaml:0', 'campaigns/launch.md:4', 'claims.registry.yaml:14']);
  });

  it('finds the other claims on the same entry from a claim in copy', async () => {
    const { ws, client, uri } = await openLaunch();
    const refs = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri }, position: client.positionOf(uri, '45 mpg', 2), context: { includeDeclaration: true },
    });
    expect(refs.map((r) => `${r.uri.slice(ws.uri('').length + 1)}:${r.range.start.line}`).sort()).toEqual(['ads/spring.yaml:0', 'campaigns/launch.md:4', 'claims.registry.yaml:14']);
  });

  it('lints untitled documents with the workspace settings and registry', async () => {
    const { client } = await start();
    const uri = 'untitled:Untitled-1';
    await client.open(uri, LAUNCH, 'markdown');
    const diags = await client.diagnosticsFor(uri, (d) => d.length >= 3, 1);
    expect(diags.filter((d) => d.code === 'claim/contradicted')).toHaveLength(2);
  });

  it('shows "used by N claims in M files" on each registry entry', async () => {
    const { ws, client } = await start();
    const registryUri = ws.uri('claims.registry.yaml');
    await client.open(registryUri, REGISTRY);
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: registryUri } });
    expect(lenses.map((l) => l.command?.title)).toEqual(['used by 2 claims in 2 files', 'used by 2 claims in 2 files']);
  });

  it('makes each CodeLens clickable: claimlint.showReferences with the entry and the same claims as find references', async () => {
    const { ws, client } = await start();
    const registryUri = ws.uri('claims.registry.yaml');
    await client.open(registryUri, REGISTRY);
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: registryUri } });
    const rel = (l: Location) => `${l.uri.slice(ws.uri('').length + 1)}:${l.range.start.line}:${l.range.start.character}`;
    // Expected per entry: its line in the registry and its claims, in file order (fixtures.ts notes each claim's line).
    const expected: Array<[string, number, string[]]> = [
      ['support.email.first-reply', 2, ['campaigns/launch.md:2', 'site/faq.md:2']],
      ['fuel.aero15.combined', 14, ['ads/spring.yaml:0', 'campaigns/launch.md:4']],
    ];
    expect(lenses).toHaveLength(expected.length);
    for (const [i, [id, line, claims]] of expected.entries()) {
      const lens = lenses[i];
      expect(lens.command?.command, id).toBe('claimlint.showReferences');
      const [uri, position, locations] = lens.command!.arguments as [string, { line: number; character: number }, Location[]];
      expect(uri).toBe(registryUri);
      expect(position).toEqual(lens.range.start);
      expect(position.line, id).toBe(line);
      expect(locations.map((l) => rel(l).replace(/:\d+$/, '')), id).toEqual(claims);
      // The lens lists exactly what find references lists for the entry.
      const refs = await client.connection.sendRequest<Location[]>('textDocument/references', {
        textDocument: { uri: registryUri }, position, context: { includeDeclaration: false },
      });
      expect(locations.map(rel), id).toEqual(refs.map(rel).sort());
    }
  });

  it('leaves the CodeLens of an entry no claim uses as a plain label', async () => {
    const { ws, client } = await start({ 'claims.registry.yaml': REGISTRY, 'campaigns/launch.md': 'Our email support team replies within 1 hour.\n' });
    const registryUri = ws.uri('claims.registry.yaml');
    await client.open(registryUri, REGISTRY);
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: registryUri } });
    expect(lenses.map((l) => [l.command?.title, l.command?.command])).toEqual([
      ['used by 1 claim in 1 file', 'claimlint.showReferences'],
      ['used by no claims', ''],
    ]);
  });

  it('offers "replace figure" as the preferred quick fix and applies it as a versioned edit', async () => {
    const { client, uri, diagnostics } = await openLaunch();
    const hour = diagnostics.find((d) => textAt(client, uri, d).includes('1 hour'))!;
    const actions = await actionsFor(client, uri, hour);
    const replace = actions.find((a) => a.isPreferred)!;
    expect(replace.title).toMatch(/24 hours/);
    const change = replace.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri, version: 1 });
    expect(client.applyWorkspaceEdit(replace.edit!)).toBe(true);
    expect(client.text(uri)).toContain('replies within 24 hours.');
  });

  it('offers a suppression with a reason placeholder that silences the finding once applied', async () => {
    const { client, uri, diagnostics } = await openLaunch();
    const mpg = diagnostics.find((d) => textAt(client, uri, d).includes('45 mpg'))!;
    const suppress = (await actionsFor(client, uri, mpg)).find((a) => /suppress/i.test(a.title))!;
    expect(suppress).toBeTruthy();
    client.applyWorkspaceEdit(suppress.edit!);
    expect(client.text(uri)).toMatch(/claimlint-disable-(next-)?line claim\/contradicted -- /);
    const version = await client.change(uri, []);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: client.text(uri) }] });
    const after = await client.diagnosticsFor(uri, (d) => !d.some((x) => textAt(client, uri, x).includes('45 mpg') && x.code === 'claim/contradicted'));
    expect(after.some((d) => d.code === 'claim/contradicted')).toBe(true); // the "1 hour" claim is still reported
  });

  it('offers "create registry entry" for an unsubstantiated claim as an edit into the registry file', async () => {
    const { ws, client, uri, diagnostics } = await openLaunch();
    const states = diagnostics.find((d) => d.code === 'claim/unsubstantiated')!;
    const create = (await actionsFor(client, uri, states)).find((a) => /registry entry/i.test(a.title))!;
    expect(create).toBeTruthy();
    const registryEdit = (create.edit!.documentChanges ?? []).find((c) => 'textDocument' in c && c.textDocument.uri === ws.uri('claims.registry.yaml')) as TextDocumentEdit;
    expect((registryEdit.edits[0] as { newText: string }).newText).toMatch(/- id: todo\.all-50-states/);
  });

  it('executes claimlint.createRegistryEntry: writes a stub entry into the registry through workspace/applyEdit', async () => {
    const { ws, client, uri } = await openLaunch();
    const registryUri = ws.uri('claims.registry.yaml');
    await client.open(registryUri, REGISTRY);
    const range = { start: client.positionOf(uri, '50 states'), end: client.positionOf(uri, '50 states', 9) };
    const result = await client.connection.sendRequest<{ applied: boolean; entryId: string }>('workspace/executeCommand', { command: 'claimlint.createRegistryEntry', arguments: [uri, range] });
    expect(result).toMatchObject({ applied: true, entryId: expect.stringMatching(/^todo\./) });
    const text = client.text(registryUri);
    expect(text.startsWith(REGISTRY)).toBe(true);
    expect(text).toContain(`- id: ${result.entryId}`);
    expect(text).toMatch(/source: "TODO: /);
  });

  it('creates the registry file when the workspace has none', async () => {
    const { ws, client } = await start({ 'campaigns/launch.md': LAUNCH });
    const uri = ws.uri('campaigns/launch.md');
    await client.open(uri, LAUNCH);
    const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'claim/unsubstantiated'), 1);
    const mpg = diags.find((d) => textAt(client, uri, d).includes('45 mpg'))!;
    const create = (await actionsFor(client, uri, mpg)).find((a) => /registry entry/i.test(a.title))!;
    const ops = create.edit!.documentChanges!;
    expect((ops[0] as CreateFile).kind).toBe('create');
    expect((ops[0] as CreateFile).uri).toBe(ws.uri('claims.registry.yaml'));
    expect(((ops[1] as TextDocumentEdit).edits[0] as { newText: string }).newText).toMatch(/^version: 1\nentries:\n {2}- id: todo\./);
  });

  it('fixes all safe problems at once with source.fixAll.claimlint', async () => {
    const { client, uri, diagnostics } = await openLaunch();
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.claimlint'] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('source.fixAll.claimlint');
    client.applyWorkspaceEdit(actions[0].edit!);
    expect(client.text(uri)).toContain('within 24 hours');
    expect(client.text(uri)).toContain('38 mpg');
    expect(client.text(uri)).not.toContain('claimlint-disable'); // suppressions are never "safe"
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
  });

  it('adds a missing qualifier (needs-qualifier) as a quick fix', async () => {
    const registry = REGISTRY + `  - id: fuel.aero15.epa
    title: Aero 1.5 — EPA combined rating
    subjects: [Aero 1.5]
    terms: [mpg, combined]
    unit: mpg-us
    reading: rating
    preferred: true
    rating: { value: 41, standard: EPA, label: [EPA, estimated] }
    qualifiers:
      - { text: EPA-estimated, match: [EPA, estimated] }
    source: EPA fueleconomy.gov
    as_of: 2026-08-01
`;
    const copy = '# Aero 1.5\n\nThe Aero 1.5 gets 41 mpg combined.\n';
    const { ws, client } = await start({ 'claims.registry.yaml': registry, 'a.md': copy });
    const uri = ws.uri('a.md');
    await client.open(uri, copy);
    const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'claim/needs-qualifier'), 1);
    const needs = diags.find((d) => d.code === 'claim/needs-qualifier')!;
    const qualify = (await actionsFor(client, uri, needs)).find((a) => /EPA/.test(a.title))!;
    expect(qualify).toBeTruthy();
    client.applyWorkspaceEdit(qualify.edit!);
    expect(client.text(uri)).toMatch(/EPA-estimated/);
  });

  it('returns every claim of a document and of the workspace (claims view protocol)', async () => {
    const { ws, client, uri } = await openLaunch();
    const { claims } = await client.connection.sendRequest<{ claims: Array<Record<string, unknown>> }>('claimlint/documentClaims', { uri });
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([['within 1 hour', 'contradicted'], ['45 mpg', 'contradicted'], ['all 50 states', 'unsubstantiated']]);
    expect(claims[0]).toMatchObject({ kind: 'bound', entryId: 'support.email.first-reply', range: { start: { line: 2 } } });
    expect(claims[0].evidence).toMatch(/35% within 1 hour.*Helpdesk export/);
    const all = await client.connection.sendRequest<{ files: Array<{ uri: string; claims: Array<{ verdict: string }> }> }>('claimlint/workspaceClaims', {});
    const byFile = Object.fromEntries(all.files.map((f) => [f.uri.slice(ws.uri('').length + 1), f.claims.map((c) => c.verdict)]));
    expect(byFile).toEqual({ 'ads/spring.yaml': ['contradicted'], 'campaigns/launch.md': ['contradicted', 'contradicted', 'unsubstantiated'], 'site/faq.md': ['supported'] });
  });

  it('re-judges open copy against the unsaved registry text when the evidence changes', async () => {
    const { ws, client, uri } = await openLaunch();
    const registryUri = ws.uri('claims.registry.yaml');
    await client.open(registryUri, REGISTRY);
    // Faster replies measured: 97% within the hour (median and p90 move with it, or the loader rejects the entry).
    await client.replace(registryUri, 'median: 2\n      p90: 6\n      within: { "1 h": 0.35', 'median: 0.4\n      p90: 0.9\n      within: { "1 h": 0.97');
    const after = await client.diagnosticsFor(uri, (d) => !d.some((x) => textAt(client, uri, x).includes('1 hour')));
    expect(after.some((d) => textAt(client, uri, d).includes('45 mpg'))).toBe(true);
    const { claims } = await client.connection.sendRequest<{ claims: Array<{ text: string; verdict: string }> }>('claimlint/documentClaims', { uri });
    expect(claims.find((c) => c.text === 'within 1 hour')?.verdict).toBe('supported');
  });
});
