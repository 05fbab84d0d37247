// claimlint's VS Code client: starts the language server and adds what only VS Code has —
// the Claims view, the status bar item, the lint-workspace task and the report.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, State, type LanguageClient } from 'vscode-languageclient/node';
import {
  CreateRegistryEntryCommand,
  DocumentClaimsRequest,
  StatusNotification,
  WorkspaceClaimsRequest,
  type ClaimItem,
  type CommandResult,
  type DocumentClaimsResult,
  type StatusParams,
  type WorkspaceClaimsResult,
} from '../server/protocol.js';
import { ClaimsTreeProvider, REVEAL_COMMAND, type ClaimsScope, type TreeSnapshotNode } from './claims-tree.js';
import { ClaimlintTaskProvider, runLintWorkspace, TASK_TYPE, type LintRun } from './cli-task.js';
import { createClient } from './client.js';
import { openHtmlReport } from './report.js';
import { registerShowReferences } from './show-references.js';
import { SECTION } from './settings.js';
import { ClaimsStatusBar } from './status-bar.js';

/** What the extension exports (used by its integration tests and open to other extensions). */
export interface ClaimlintApi {
  /** Resolves once the language server is running (rejects if it failed to start). */
  ready(): Promise<void>;
  claimsTree(): Promise<TreeSnapshotNode[]>;
  setClaimsScope(scope: ClaimsScope): void;
  statusBarText(): string;
  lastStatus(): StatusParams | undefined;
  documentClaims(uri: string): Promise<ClaimItem[]>;
  /** Runs the lint-workspace task; resolves with the CLI's exit code and the problem lines it printed. */
  lintWorkspace(): Promise<LintRun | undefined>;
}

type PlainRange = ClaimItem['range'];

let client: LanguageClient | undefined;
let clientWatchers: vscode.Disposable | undefined;
let starting: Promise<void> | undefined;

export function activate(context: vscode.ExtensionContext): ClaimlintApi {
  const output = vscode.window.createOutputChannel('claimlint', { log: true });
  const statusBar = new ClaimsStatusBar();
  context.subscriptions.push(output, statusBar);

  const runningClient = (): LanguageClient => {
    if (!client || client.state !== State.Running) throw new Error('the claimlint server is not running');
    return client;
  };
  const documentClaims = async (uri: string): Promise<ClaimItem[]> =>
    (await runningClient().sendRequest<DocumentClaimsResult>(DocumentClaimsRequest, { uri })).claims;

  const tree = new ClaimsTreeProvider({
    documentClaims,
    workspaceClaims: async () => (await runningClient().sendRequest<WorkspaceClaimsResult>(WorkspaceClaimsRequest, {})).files,
  });
  const view = vscode.window.createTreeView('claimlint.claims', { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;
  tree.setScope('file');
  context.subscriptions.push(tree, view);

  const start = async (): Promise<void> => {
    if (client) return;
    const handle = createClient(context, output);
    const c = handle.client;
    client = c;
    clientWatchers = handle.watchers;
    c.onNotification(StatusNotification, (status: StatusParams) => {
      statusBar.update(status);
      tree.refresh();
    });
    c.onDidChangeState((e) => {
      if (e.newState === State.Stopped && client === c) {
        statusBar.showMessage('$(error) claimlint stopped', 'The claimlint server stopped. See the output for details.');
      }
    });
    try {
      await c.start();
      tree.refresh(0);
    } catch (error) {
      output.error(`The claimlint server failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      statusBar.showMessage('$(error) claimlint', 'The claimlint server failed to start. See the output for details.');
      throw error;
    }
  };
  /** Stops the server; `disabled` says whether it stays off (else a restart follows). */
  const stop = async (disabled = false): Promise<void> => {
    const c = client;
    client = undefined;
    starting = undefined;
    clientWatchers?.dispose();
    clientWatchers = undefined;
    if (c) await c.stop().catch((e: unknown) => output.warn(`Stopping the server: ${String(e)}`));
    if (disabled) statusBar.showMessage('$(circle-slash) claimlint', 'claimlint is disabled (setting claimlint.enable).');
    else statusBar.showMessage('$(sync~spin) claimlint', 'claimlint is restarting');
    tree.refresh(0);
  };
  const ensureStarted = (): Promise<void> => {
    starting ??= start();
    return starting;
  };

  if (vscode.workspace.getConfiguration(SECTION).get<boolean>('enable', true)) {
    ensureStarted().catch(() => undefined);
  } else {
    statusBar.showMessage('$(circle-slash) claimlint', 'claimlint is disabled (setting claimlint.enable).');
  }

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(`${SECTION}.enable`) && !e.affectsConfiguration(`${SECTION}.registry`)) return;
      // Registry globs change the file watchers, which are fixed at client creation: restart.
      const enabled = vscode.workspace.getConfiguration(SECTION).get<boolean>('enable', true);
      await stop(!enabled);
      if (enabled) await ensureStarted().catch(() => undefined);
    }),
    // Settings restricted in untrusted workspaces take effect once trust is granted.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      if (!client) return; // disabled: it reads the settings afresh when enabled
      await stop();
      await ensureStarted().catch(() => undefined);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      if (tree.scope === 'file') tree.refresh();
    }),
    vscode.tasks.registerTaskProvider(TASK_TYPE, new ClaimlintTaskProvider(context)),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string, range: PlainRange) => {
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: r, preserveFocus: false });
    }),
    // The registry CodeLens ("used by N claims in M files") opens its claims as references.
    registerShowReferences(output),
    vscode.commands.registerCommand('claimlint.lintWorkspace', () => runLintWorkspace(context)),
    vscode.commands.registerCommand('claimlint.openReport', () => openHtmlReport(context, output)),
    vscode.commands.registerCommand('claimlint.showOutput', () => output.show()),
    vscode.commands.registerCommand('claimlint.restartServer', async () => {
      await stop();
      await ensureStarted();
    }),
    vscode.commands.registerCommand('claimlint.claims.showWorkspace', () => tree.setScope('workspace')),
    vscode.commands.registerCommand('claimlint.claims.showFile', () => tree.setScope('file')),
    vscode.commands.registerCommand('claimlint.claims.refresh', () => tree.refresh(0)),
    vscode.commands.registerCommand('claimlint.newRegistryEntry', (node?: unknown) =>
      createRegistryEntry(node, documentClaims, runningClient, output),
    ),
  );

  return {
    ready: ensureStarted,
    claimsTree: () => tree.snapshot(),
    setClaimsScope: (scope) => tree.setScope(scope),
    statusBarText: () => statusBar.text,
    lastStatus: () => statusBar.status,
    documentClaims,
    lintWorkspace: () => runLintWorkspace(context),
  };
}

/**
 * Asks the server to write a registry stub for a claim: the one passed from the Claims view, or
 * the claim under the cursor.
 */
async function createRegistryEntry(
  node: unknown,
  documentClaims: (uri: string) => Promise<ClaimItem[]>,
  runningClient: () => LanguageClient,
  output: vscode.LogOutputChannel,
): Promise<CommandResult | undefined> {
  let target: { uri: string; range: PlainRange } | undefined;
  if (isClaimNode(node)) target = { uri: node.uri, range: node.claim.range };
  else {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('claimlint: put the cursor on a claim to create its registry entry.');
      return undefined;
    }
    const uri = editor.document.uri.toString();
    const cursor = editor.selection.active;
    const claim = (await documentClaims(uri)).find((c) =>
      new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character).contains(cursor),
    );
    if (!claim) {
      void vscode.window.showInformationMessage('claimlint: there is no claim at the cursor.');
      return undefined;
    }
    target = { uri, range: claim.range };
  }
  const result = (await runningClient().sendRequest(ExecuteCommandRequest.type, {
    command: CreateRegistryEntryCommand,
    arguments: [target.uri, target.range],
  })) as CommandResult | undefined;
  if (result && !result.applied) {
    output.warn(`Registry entry not created: ${result.reason ?? 'no reason given'}`);
    void vscode.window.showWarningMessage(`claimlint: registry entry not created (${result.reason ?? 'see output'}).`);
  }
  return result;
}

function isClaimNode(node: unknown): node is { type: 'claim'; uri: string; claim: ClaimItem } {
  return typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'claim';
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  starting = undefined;
  clientWatchers?.dispose();
  clientWatchers = undefined;
  if (c) await c.stop();
}
