// What the server announces in its initialize result. Kept apart from the engine so that the
// entry point can answer `initialize` before the engine (remark, ajv, yaml) has loaded.
import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { SERVER_COMMANDS } from './protocol.js';

export const FIX_ALL_KIND = 'source.fixAll.claimlint';

export const INITIALIZE_RESULT: InitializeResult = {
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: { commands: SERVER_COMMANDS },
    completionProvider: { triggerCharacters: [':', ' ', '-'] },
    codeLensProvider: { resolveProvider: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  },
  serverInfo: { name: 'claimlint', version: '0.1.0' },
};
