// Starts the claimlint language server (dist/server.cjs, IPC) and wires settings and file watching.
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { readClientSettings, SECTION } from './settings.js';

/** Registry and config files the server re-reads when they change on disk. */
export const WATCHED_FILES =
  '**/{*.registry.yaml,*.registry.yml,claims-registry.yaml,claimlint.config.yaml,.claimlint.yaml,.claimlintrc.yaml}';

/** A client and the file watchers it owns (disposed with it: the client does not dispose them). */
export interface ClientHandle {
  client: LanguageClient;
  watchers: vscode.Disposable;
}

export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): ClientHandle {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const watchers = [vscode.workspace.createFileSystemWatcher(WATCHED_FILES)];
  // Registry globs from settings may name files outside the default patterns.
  for (const glob of readClientSettings().registry) watchers.push(vscode.workspace.createFileSystemWatcher(glob));

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    initializationOptions: readClientSettings(),
    synchronize: { configurationSection: SECTION, fileEvents: watchers },
    outputChannel,
    // The server reports its own failures in the output channel; do not pop it open on every error.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return {
    client: new LanguageClient('claimlint', 'claimlint', serverOptions, clientOptions),
    watchers: vscode.Disposable.from(...watchers),
  };
}
