// Runs in a workbench with Workspace Trust on and the folder NOT trusted (run-tests.mjs --untrusted).
// The manifest declares limited support: the extension still checks copy, but registry paths from
// workspace settings are ignored and the lint-workspace command is hidden.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimlintApi } from '../../../src/extension/extension.js';
import { runAll, setupTest, test, waitFor } from './harness.js';

const EXTENSION_ID = 'claimlint.claimlint';
let api: ClaimlintApi;

setupTest('the folder is untrusted and the extension activates anyway (limited support)', async () => {
  assert.equal(vscode.workspace.isTrusted, false, 'the test folder should not be trusted');
  const extension = vscode.extensions.getExtension<ClaimlintApi>(EXTENSION_ID);
  assert.ok(extension);
  const files = await vscode.workspace.findFiles('site/*.md');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(files[0]));
  await waitFor('activation', () => extension.isActive, 20_000);
  api = extension.exports;
  await api.ready();
}, 40_000);

test('copy is still checked in an untrusted folder', async () => {
  const docs = await Promise.all((await vscode.workspace.findFiles('site/*.md')).map((f) => vscode.workspace.openTextDocument(f)));
  await waitFor('a claimlint diagnostic', () => docs.some((d) => vscode.languages.getDiagnostics(d.uri).some((x) => x.source === 'claimlint')), 30_000);
});

test('claimlint.registry from workspace settings is ignored (restricted configuration)', async () => {
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'claimlint.registry': ['../outside/*.registry.yaml'], 'claimlint.debounceMs': 321 }));
  // The unrestricted setting arrives; the restricted one does not.
  await waitFor('workspace settings to load', () => vscode.workspace.getConfiguration('claimlint').get('debounceMs') === 321, 15_000);
  // VS Code leaves restricted settings out of the workspace layer of an untrusted folder entirely.
  assert.equal(vscode.workspace.getConfiguration('claimlint').inspect<string[]>('registry')?.workspaceValue, undefined);
  assert.deepEqual(vscode.workspace.getConfiguration('claimlint').get('registry'), [], 'an untrusted workspace chose the registry paths');
});

test('the lint-workspace command is hidden from the palette while untrusted', async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const entry = (extension.packageJSON.contributes.menus.commandPalette as Array<{ command: string; when?: string }>)
    .find((m) => m.command === 'claimlint.lintWorkspace');
  assert.match(entry?.when ?? '', /isWorkspaceTrusted/);
});

export async function run(): Promise<void> {
  const { failed } = await runAll();
  if (failed) throw new Error(`${failed} test(s) failed`);
}
