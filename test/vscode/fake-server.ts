// A tiny stand-in for the claimlint language server, speaking the same custom protocol. Used only
// to develop the client and the VS Code harness before/without the real server
// (`CLAIMLINT_FAKE_SERVER=1 npm run package`); the integration tests' final runs use dist/server.cjs.
// It "finds" one claim kind: the word "guaranteed" (unsubstantiated) and "<N> mpg" (contradicted unless 38).
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimItem } from '../../src/server/protocol.js';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

function claimsOf(doc: TextDocument): ClaimItem[] {
  const text = doc.getText();
  const claims: ClaimItem[] = [];
  for (const m of text.matchAll(/\bguaranteed\b/g)) {
    const range = { start: doc.positionAt(m.index), end: doc.positionAt(m.index + m[0].length) };
    claims.push({ range, text: m[0], kind: 'absolute', verdict: 'unsubstantiated', message: 'Nothing in the registry backs "guaranteed".' });
  }
  for (const m of text.matchAll(/\b(\d+) mpg\b/g)) {
    const range = { start: doc.positionAt(m.index), end: doc.positionAt(m.index + m[0].length) };
    const ok = m[1] === '38';
    claims.push({
      range, text: m[0], kind: 'figure', verdict: ok ? 'supported' : 'contradicted', entryId: 'fuel.aero15.combined',
      evidence: 'Median 38 mpg (owner logs, Oct 2026)',
      message: ok ? 'Supported: median 38 mpg.' : `Claims ${m[1]} mpg; owners measure a median of 38 mpg.`,
    });
  }
  return claims;
}

function publish(doc: TextDocument): void {
  const claims = claimsOf(doc);
  const diagnostics: Diagnostic[] = claims
    .filter((c) => c.verdict !== 'supported')
    .map((c) => ({
      range: c.range,
      message: c.message,
      source: 'claimlint',
      code: c.verdict === 'contradicted' ? 'claim/contradicted' : 'claim/unsubstantiated',
      severity: c.verdict === 'contradicted' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    }));
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  const counts = { contradicted: 0, unsubstantiated: 0, stale: 0, 'needs-qualifier': 0, supported: 0 };
  for (const d of documents.all()) for (const c of claimsOf(d)) counts[c.verdict as keyof typeof counts]++;
  void connection.sendNotification('claimlint/status', { counts, registry: { files: 1, entries: 1, errors: 0, staleIndex: false } });
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    executeCommandProvider: { commands: ['claimlint.applyFix', 'claimlint.createRegistryEntry'] },
  },
}));
documents.onDidChangeContent((e) => publish(e.document));
connection.onHover(({ textDocument, position }) => {
  const doc = documents.get(textDocument.uri);
  const claim = doc && claimsOf(doc).find((c) => c.range.start.line === position.line && c.range.start.character <= position.character && position.character <= c.range.end.character);
  return claim ? { contents: { kind: 'markdown', value: `**${claim.verdict}** — ${claim.message}` } } : null;
});
connection.onCodeAction(({ textDocument, context }) => {
  const doc = documents.get(textDocument.uri);
  if (!doc) return [];
  return context.diagnostics
    .filter((d) => d.code === 'claim/contradicted')
    .map((d) => ({
      title: 'Replace with 38 mpg (median)', kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: d.range, newText: '38 mpg' }] } },
    }));
});
connection.onRequest('claimlint/documentClaims', ({ uri }: { uri: string }) => {
  const doc = documents.get(uri);
  return { claims: doc ? claimsOf(doc) : [] };
});
connection.onRequest('claimlint/workspaceClaims', () => ({ files: documents.all().map((d) => ({ uri: d.uri, claims: claimsOf(d) })) }));
connection.onExecuteCommand(() => ({ applied: false, reason: 'fake server' }));
documents.listen(connection);
connection.listen();
