// A minimal LSP client for tests: starts dist/server.cjs as a child process and speaks the real
// protocol to it. It records published diagnostics, status notifications, log messages and
// workspace edits (applied to its own copies of the open documents, as an editor would).
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, createProtocolConnection,
  type ApplyWorkspaceEditParams, type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent, type TextDocumentEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeAll, vi } from 'vitest';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverPath = path.join(projectRoot, 'dist/server.cjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The engine bundle dist/server.cjs requires after `initialize` (built with it by scripts/build.mjs). */
export const serverEnginePath = path.join(projectRoot, 'dist/server-engine.cjs');

/** When both server bundles were last built (0 if either is missing). */
function builtServerMtime(): number {
  try {
    return Math.min(statSync(serverPath).mtimeMs, statSync(serverEnginePath).mtimeMs);
  } catch {
    return 0;
  }
}

/** Builds dist/server.cjs and dist/server-engine.cjs once if any source is newer (a lock keeps parallel test files from racing). */
export function ensureServerBuilt(): void {
  const lock = path.join(projectRoot, 'dist/.lsp-test-build.lock');
  const sourcesMtime = Math.max(newestMtime(path.join(projectRoot, 'src')), statSync(path.join(projectRoot, 'schemas')).mtimeMs);
  const builtMtime = builtServerMtime();
  if (builtMtime >= sourcesMtime) return;
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building: wait for it, then re-check.
      if (i > 600) throw new Error('timed out waiting for the server build lock');
      execFileSync('sleep', ['0.1']);
      try {
        if (builtServerMtime() >= sourcesMtime) return;
      } catch {
        /* not built yet */
      }
    }
  }
  try {
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A temp folder with the given files ('/'-separated relative paths). */
export function makeWorkspace(files: Record<string, string>): { root: string; uri: (rel: string) => string; file: (rel: string) => string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'claimlint-lsp-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return {
    root,
    file: (rel) => path.join(root, rel),
    uri: (rel) => pathToFileURL(path.join(root, rel)).href,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface ClientOptions {
  root: string;
  initializationOptions?: unknown;
  /** Answers workspace/configuration for section 'claimlint' (undefined: the client has no configuration support). */
  configuration?: Record<string, unknown>;
  transport?: 'stdio' | 'ipc';
  env?: Record<string, string>;
  /** The server entry to start (default: dist/server.cjs). */
  server?: string;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly statuses: unknown[] = [];
  readonly logs: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly docs = new Map<string, TextDocument>();
  stderr = '';
  private waiters: Array<() => void> = [];
  initializeResult?: InitializeResult;

  constructor(readonly options: ClientOptions) {
    if (options.transport === 'ipc') {
      this.child = fork(options.server ?? serverPath, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], env: { ...process.env, ...options.env } });
      this.connection = createProtocolConnection(new IPCMessageReader(this.child), new IPCMessageWriter(this.child));
    } else {
      this.child = spawn(process.execPath, [options.server ?? serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
      this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    }
    this.child.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, [...(this.diagnostics.get(p.uri) ?? []), p]);
      this.wake();
    });
    this.connection.onNotification('claimlint/status', (p: unknown) => {
      this.statuses.push(p);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.logs.push(`[showMessage] ${p.message}`);
      this.wake();
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((item) => (item.section === 'claimlint' ? (this.options.configuration ?? null) : null)));
    this.connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(p.edit);
      const ok = this.applyWorkspaceEdit(p.edit);
      this.wake();
      return { applied: ok };
    });
    this.connection.listen();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Polls a condition on every message from the server (no sleeping), failing after `timeoutMs`. */
  async waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 40_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value as T;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}\nserver logs:\n${this.logs.join('\n')}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async initialize(extraCapabilities: Record<string, unknown> = {}): Promise<InitializeResult> {
    const rootUri = pathToFileURL(this.options.root).href;
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'fixture' }],
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: this.options.configuration !== undefined,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          workspaceFolders: true,
          applyEdit: true,
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        },
      },
      ...extraCapabilities,
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  async open(uri: string, text: string, languageId = uri.endsWith('.md') ? 'markdown' : 'yaml'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes (ranges into the current text) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.update(doc, changes, doc.version + 1);
    this.docs.set(uri, next);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: changes });
    return next.version;
  }

  /** Replaces the first occurrence of `find` with `replace` as one incremental change. */
  async replace(uri: string, find: string, replace: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const at = doc.getText().indexOf(find);
    if (at < 0) throw new Error(`"${find}" not in ${uri}`);
    return this.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + find.length) }, text: replace }]);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Position of the first occurrence of `text` in an open document (plus `delta` characters). */
  positionOf(uri: string, text: string, delta = 0) {
    const doc = this.docs.get(uri)!;
    const at = doc.getText().indexOf(text);
    if (at < 0) throw new Error(`"${text}" not in ${uri}`);
    return doc.positionAt(at + delta);
  }

  publishes(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.publishes(uri).at(-1);
  }

  /** Waits for diagnostics of `uri` at `version` (or any version) that satisfy `check`. */
  async diagnosticsFor(uri: string, check: (d: Diagnostic[]) => boolean = () => true, version?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}${version ? ` v${version}` : ''}`, () => {
      const last = this.latest(uri);
      if (!last || (version !== undefined && last.version !== version)) return undefined;
      return check(last.diagnostics) ? last.diagnostics : undefined;
    });
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    const apply = (uri: string, edits: TextEdit[], version?: number | null) => {
      const doc = this.docs.get(uri);
      if (!doc) return true; // a closed file: the test inspects the recorded edit instead
      if (version !== undefined && version !== null && version !== doc.version) return false;
      this.docs.set(uri, TextDocument.create(uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, edits)));
      return true;
    };
    let ok = true;
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) ok = apply(change.textDocument.uri, (change as TextDocumentEdit).edits as TextEdit[], change.textDocument.version) && ok;
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) ok = apply(uri, edits) && ok;
    return ok;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
}

/**
 * The lifecycle every protocol test file shares: build the server once, allow for a loaded CI
 * machine, and after each test stop the clients and remove the workspaces it started.
 */
export function useServerLifecycle(): { clients: TestClient[]; workspaces: Array<{ cleanup: () => void }> } {
  const clients: TestClient[] = [];
  const workspaces: Array<{ cleanup: () => void }> = [];
  vi.setConfig({ testTimeout: 90_000 });
  beforeAll(() => ensureServerBuilt(), 120_000);
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.stop();
    for (const w of workspaces.splice(0)) w.cleanup();
  });
  return { clients, workspaces };
}
