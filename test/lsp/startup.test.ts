// Start-up: dist/server.cjs answers `initialize` from its own small bundle and loads the engine
// (dist/server-engine.cjs: remark, yaml, ajv, the core) only once the client has the result.
// Messages sent while the engine loads are held, not lost.
import { copyFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver/node';
import { makeWorkspace, serverEnginePath, serverPath, TestClient, useServerLifecycle } from './harness.js';
import { LAUNCH, REGISTRY } from './fixtures.js';

const { clients, workspaces } = useServerLifecycle();

function setup(options: Partial<ConstructorParameters<typeof TestClient>[0]> = {}) {
  const ws = makeWorkspace({ 'claims.registry.yaml': REGISTRY, 'campaigns/launch.md': LAUNCH });
  workspaces.push(ws);
  const client = new TestClient({ root: ws.root, ...options });
  clients.push(client);
  return { ws, client };
}

describe('claimlint language server: start-up', () => {
  it('keeps the engine out of the entry bundle (a rule id of the core is only in dist/server-engine.cjs)', () => {
    expect(readFileSync(serverEnginePath, 'utf8')).toContain('claim/contradicted');
    expect(readFileSync(serverPath, 'utf8')).not.toContain('claim/contradicted');
    expect(readFileSync(serverPath, 'utf8')).toContain('server-engine.cjs');
  });

  it('bundles vscode-languageserver once: the engine takes it from the entry (the JSON-RPC framing is only in dist/server.cjs)', () => {
    const engine = readFileSync(serverEnginePath, 'utf8');
    expect(readFileSync(serverPath, 'utf8')).toContain('Content-Length');
    expect(engine).not.toContain('Content-Length');
    expect(engine).toMatch(/require\("\.\/server\.cjs"\)/);
  });

  it('answers initialize with every capability without the engine, and reports a missing engine instead of dying', async () => {
    const full = setup();
    const expected = await full.client.initialize();

    // The entry bundle alone, in a folder without dist/server-engine.cjs beside it.
    const lonely = makeWorkspace({});
    workspaces.push(lonely);
    const entryOnly = path.join(lonely.root, 'server.cjs');
    copyFileSync(serverPath, entryOnly);
    const { client } = setup({ server: entryOnly });
    expect(await client.initialize()).toEqual(expected);
    await client.waitFor('the engine load error in the log', () => client.logs.find((l) => l.includes('the server could not start')));
    expect(client.logs.join('\n')).toContain('server-engine.cjs');
    // Still serving the protocol: shutdown is answered and the process is alive until exit.
    await client.connection.sendRequest('shutdown');
    expect(client.alive).toBe(true);
  });

  for (const transport of ['stdio', 'ipc'] as const) {
    it(`holds what the client sends while the engine loads (${transport}): open, hover and a change right after initialized`, async () => {
      const { ws, client } = setup({ transport });
      await client.initialize();
      const uri = ws.uri('campaigns/launch.md');
      // No waiting between these: they arrive while the engine is still loading.
      await client.open(uri, LAUNCH);
      const hover = client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '45 mpg', 1) });
      const version = await client.replace(uri, '45 mpg', '38 mpg');
      const diagnostics = await client.diagnosticsFor(uri, () => true, version);
      expect(diagnostics.map((d) => d.code)).not.toContain(undefined);
      expect(client.publishes(uri).map((p) => p.version).at(-1)).toBe(version);
      // The hover was asked about version 1, where "45 mpg" is contradicted by the 38.2 mpg median.
      const answered = await hover;
      expect(JSON.stringify(answered?.contents ?? '')).toMatch(/38\.2/);
    });
  }
});

describe('claimlint language server: end of life', () => {
  const exitOf = (client: TestClient) => new Promise<number | null>((resolve) => {
    if (!client.alive) resolve(client.child.exitCode);
    else client.child.once('exit', (code) => resolve(code));
  });

  for (const [transport, after] of [['stdio', 'shutdown'], ['stdio', 'nothing'], ['ipc', 'nothing']] as const) {
    it(`exits when its input ends (${transport}, after ${after}): an editor that died leaves no server behind`, async () => {
      const { ws, client } = setup({ transport });
      await client.initialize();
      await client.open(ws.uri('campaigns/launch.md'), LAUNCH);
      if (after === 'shutdown') await client.connection.sendRequest('shutdown');
      const exited = exitOf(client);
      if (transport === 'stdio') client.child.stdin!.end();
      else client.child.disconnect();
      expect(await exited).toBe(after === 'shutdown' ? 0 : 1);
    });
  }

  it('refuses requests after shutdown and publishes nothing more', async () => {
    const { ws, client } = setup();
    await client.initialize();
    const uri = ws.uri('campaigns/launch.md');
    await client.open(uri, LAUNCH);
    await client.diagnosticsFor(uri, () => true);
    const published = client.publishes(uri).length;
    await client.connection.sendRequest('shutdown');
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '45 mpg', 1) }))
      .rejects.toMatchObject({ code: -32600 });
    await client.replace(uri, '45 mpg', '38 mpg');
    // A request answered after the change shows it was read: still nothing published for it.
    await expect(client.connection.sendRequest('claimlint/workspaceClaims', {})).rejects.toMatchObject({ code: -32600 });
    expect(client.publishes(uri)).toHaveLength(published);
    expect(client.alive).toBe(true);
  });

  it('keeps working when the client refuses its registrations', async () => {
    const { ws, client } = setup();
    client.connection.onRequest('client/registerCapability', () => {
      throw new Error('client says no');
    });
    await client.initialize({ workspace: { didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } });
    const uri = ws.uri('campaigns/launch.md');
    await client.open(uri, LAUNCH);
    await client.diagnosticsFor(uri, () => true);
    await client.waitFor('the refusal in the log', () => client.logs.find((l) => l.includes('the client did not register')));
    expect(client.logs.join('\n')).not.toMatch(/unhandled rejection/);
  });
});
