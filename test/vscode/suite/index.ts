// Integration tests inside a real VS Code (code-server's Node extension host). The extension under
// test is the installed VSIX; the workspace is a temp copy of the example campaign. Expectations are
// discovered from the workspace (which file holds a contradicted claim, and so on), then checked
// through VS Code's own APIs: diagnostics, hover and code-action providers, the extension's exports.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimlintApi } from '../../../src/extension/extension.js';
import type { ClaimItem } from '../../../src/server/protocol.js';
import { runAll, screenshot, setupTest, test, waitFor } from './harness.js';

const EXTENSION_ID = 'claimlint.claimlint';
const VERDICT_LABELS = ['Contradicted', 'Unsubstantiated', 'Stale evidence', 'Needs a qualifier', 'Supported'];

let api: ClaimlintApi;
let extension: vscode.Extension<ClaimlintApi>;
let target: vscode.TextDocument;
let contradiction: vscode.Diagnostic;

const claimlintDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimlint');
const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const toRange = (r: ClaimItem['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

/** Plain names and folder prefixes from the workspace's .claimlintignore (enough for the example). */
function ignoredByProject(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  let patterns: string[] = [];
  try {
    patterns = readFileSync(path.join(folder, '.claimlintignore'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  } catch {
    return false;
  }
  const rel = path.relative(folder, uri.fsPath).split(path.sep).join('/');
  return patterns.some((p) => rel === p.replace(/^\//, '') || rel.startsWith(p.replace(/^\//, '').replace(/\/?$/, '/')));
}

setupTest('the packaged extension is installed, activates on copy files only, and starts its server', async () => {
  const found = vscode.extensions.getExtension<ClaimlintApi>(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not installed`);
  extension = found;
  const extensionsDir = process.env.CLAIMLINT_TEST_EXTENSIONS_DIR;
  if (extensionsDir) {
    assert.ok(extension.extensionPath.startsWith(extensionsDir), `loaded from ${extension.extensionPath}, not from the installed VSIX`);
  }
  const events: string[] = extension.packageJSON.activationEvents;
  assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `eager activation: ${events.join(', ')}`);
  assert.deepEqual([...events].sort(), ['onLanguage:markdown', 'onLanguage:yaml', 'workspaceContains:**/*.registry.yaml']);
  const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**');
  assert.ok(files.length > 0, 'the workspace has no Markdown files');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(files[0]));
  await waitFor('activation', () => extension.isActive, 20_000);
  api = extension.exports;
  await api.ready();
}, 40_000);

setupTest('diagnostics appear on a Markdown file, with rule links and registry evidence', async () => {
  // Campaign copy only: files the project's .claimlintignore leaves out (its README) are not copy.
  const files = (await vscode.workspace.findFiles('**/*.md', '**/node_modules/**'))
    .filter((f) => !ignoredByProject(f))
    .sort((a, b) => a.path.localeCompare(b.path));
  const docs = await Promise.all(files.map((f) => vscode.workspace.openTextDocument(f)));
  // The first file (by path) with a contradicted claim is the one the remaining tests work on.
  for (const doc of docs) {
    if ((await api.documentClaims(doc.uri.toString())).some((c) => c.verdict === 'contradicted')) {
      target = doc;
      break;
    }
  }
  assert.ok(target, 'no Markdown file in the workspace has a contradicted claim');
  await waitFor('a contradicted-claim diagnostic', () => claimlintDiagnostics(target.uri).some((x) => ruleOf(x) === 'claim/contradicted'), 30_000);
  const diagnostics = claimlintDiagnostics(target.uri);
  contradiction = diagnostics.find((d) => ruleOf(d) === 'claim/contradicted')!;
  console.log(`    target ${vscode.workspace.asRelativePath(target.uri)}: ${diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)}`).join(', ')}`);
  for (const d of diagnostics) {
    assert.ok(!d.range.isEmpty, `empty range for ${ruleOf(d)}`);
    assert.ok(d.message.length > 10, `terse message: ${d.message}`);
    assert.ok(typeof d.code === 'object' && d.code.target.toString().includes(ruleOf(d).replace('/', '-')), `no docs link on ${ruleOf(d)}`);
  }
  assert.equal(contradiction.severity, vscode.DiagnosticSeverity.Error);
  // The diagnostic covers the claim's words.
  const claimWords = target.getText(contradiction.range);
  assert.match(claimWords, /\d|[a-z]/i);
  const related = contradiction.relatedInformation ?? [];
  assert.ok(related.length > 0, 'a contradicted claim should point at its registry entry');
  assert.match(related[0].location.uri.path, /\.ya?ml$/);
}, 45_000);

test('YAML ad copy is checked too, registry files are not treated as copy', async () => {
  const yamlFiles = (await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/node_modules/**'))
    .filter((f) => !ignoredByProject(f) && !/(\.registry\.ya?ml|claims-registry\.yaml|claimlint\.config\.yaml)$/.test(f.path));
  if (yamlFiles.length === 0) {
    console.log('    skipped: the workspace has no YAML copy');
    return;
  }
  const docs = await Promise.all(yamlFiles.map((f) => vscode.workspace.openTextDocument(f)));
  const withClaims = await waitFor('diagnostics on a YAML copy file', () =>
    docs.find((d) => claimlintDiagnostics(d.uri).some((x) => ruleOf(x).startsWith('claim/'))), 20_000);
  // Keys are not copy: every claim diagnostic sits in a value, after the key's colon.
  for (const d of claimlintDiagnostics(withClaims.uri).filter((x) => ruleOf(x).startsWith('claim/'))) {
    const line = withClaims.lineAt(d.range.start.line).text;
    assert.ok(line.indexOf(':') >= 0 && line.indexOf(':') < d.range.start.character || /^\s*-\s/.test(line), `a claim in a key: ${line}`);
  }
  const registry = (await vscode.workspace.findFiles('**/*.registry.yaml'))[0];
  const registryDoc = await vscode.workspace.openTextDocument(registry);
  assert.deepEqual(await api.documentClaims(registryDoc.uri.toString()), [], 'a registry file was read as copy');
  assert.ok(!claimlintDiagnostics(registryDoc.uri).some((d) => ruleOf(d).startsWith('claim/')), 'a registry file was linted as copy');
});

test('hover explains the verdict and the evidence', async () => {
  const claims = await api.documentClaims(target.uri.toString());
  const claim = claims.find((c) => toRange(c.range).intersection(contradiction.range) && c.verdict === 'contradicted');
  assert.ok(claim, 'documentClaims has no contradicted claim at the diagnostic');
  const position = contradiction.range.start.translate(0, 1);
  const text = await waitFor('a hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', target.uri, position);
    const t = hoverText(hovers ?? []);
    return /contradict/i.test(t) ? t : undefined;
  });
  console.log(`    hover: ${text.replace(/\s+/g, ' ').slice(0, 240)}`);
  if (claim.entryId) assert.ok(text.includes(claim.entryId), `hover does not name the registry entry ${claim.entryId}`);
  assert.match(text, /\d/, 'hover shows no measured figure');
});

test('go to definition leads from a claim to its registry entry, which shows usage in a CodeLens', async () => {
  const claims = await api.documentClaims(target.uri.toString());
  const claim = claims.find((c) => toRange(c.range).intersection(contradiction.range) && c.entryId);
  assert.ok(claim?.entryId, 'the contradicted claim names no registry entry');
  const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
    'vscode.executeDefinitionProvider', target.uri, contradiction.range.start.translate(0, 1));
  assert.ok(locations?.length, 'no definition');
  const first = locations[0];
  const uri = 'targetUri' in first ? first.targetUri : first.uri;
  const range = 'targetUri' in first ? first.targetRange : first.range;
  assert.match(uri.path, /\.registry\.ya?ml$/);
  const registry = await vscode.workspace.openTextDocument(uri);
  assert.ok(registry.getText(range).includes(claim.entryId) || registry.lineAt(range.start.line).text.includes(claim.entryId),
    `the definition does not land on ${claim.entryId}`);
  const lenses = await waitFor('usage CodeLenses', async () => {
    const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    return l?.some((x) => x.command?.title.startsWith('used by')) ? l : undefined;
  }, 20_000);
  const lens = lenses.find((l) => l.range.start.line <= range.start.line + 1 && l.range.end.line >= range.start.line - 1 && l.command);
  assert.ok(lens, `no CodeLens at the entry ${claim.entryId}`);
  assert.match(lens.command!.title, /^used by [1-9]\d* claims? in [1-9]\d* files?$/);
  // Clicking the lens runs its command with its arguments: it lists the claim's file among the
  // references, and editor.action.showReferences (which rejects anything but a Uri, a Position
  // and Locations) accepts what the extension converted.
  assert.equal(lens.command!.command, 'claimlint.showReferences');
  const [lensUri, , lensLocations] = lens.command!.arguments as [string, unknown, Array<{ uri: string }>];
  assert.equal(vscode.Uri.parse(lensUri).toString(), uri.toString());
  assert.ok(lensLocations.some((l) => vscode.Uri.parse(l.uri).toString() === target.uri.toString()), 'the lens does not list the claim\'s file');
  await vscode.commands.executeCommand(lens.command!.command, ...lens.command!.arguments!);
  await waitFor('the registry in the active editor (references peek)', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), 10_000);
  await vscode.commands.executeCommand('closeReferenceSearch');
}, 40_000);

test('screenshot: a diagnostic and its hover in the editor', async () => {
  await vscode.commands.executeCommand('claimlint.claims.focus');
  const editor = await vscode.window.showTextDocument(target, { preview: false });
  const position = contradiction.range.start.translate(0, 1);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(contradiction.range, vscode.TextEditorRevealType.InCenter);
  // The runner checks the hover widget is visible before it takes the picture; retry if not.
  await waitFor('a visible hover in the screenshot', async () => {
    await vscode.commands.executeCommand('editor.action.showHover');
    return (await screenshot('vscode-hover')) === 'hover-visible';
  }, 25_000);
});

test('the Claims view lists the current file\'s claims grouped by verdict', async () => {
  api.setClaimsScope('file');
  await vscode.window.showTextDocument(target, { preview: false });
  const claims = await api.documentClaims(target.uri.toString());
  assert.ok(claims.length > 0);
  const tree = await waitFor('the Claims view to show every claim of the file', async () => {
    const t = await api.claimsTree();
    const shown = t.reduce((n, g) => n + (g.children?.length ?? 0), 0);
    return shown === claims.length ? t : undefined;
  });
  const labels = tree.map((g) => g.label);
  assert.deepEqual(labels, VERDICT_LABELS.filter((l) => labels.includes(l)), `groups out of order: ${labels.join(', ')}`);
  assert.equal(labels[0], 'Contradicted');
  const contradicted = tree[0].children ?? [];
  assert.equal(contradicted.length, claims.filter((c) => c.verdict === 'contradicted').length);
  assert.equal(tree[0].description, String(contradicted.length));
  const first = claims.filter((c) => c.verdict === 'contradicted').sort((a, b) => a.range.start.line - b.range.start.line)[0];
  assert.equal(contradicted[0].label, first.text);
  assert.match(contradicted[0].tooltip ?? '', /Contradicted/);
  if (first.evidence) assert.match(contradicted[0].tooltip ?? '', /Evidence/);
  // A click reveals the claim: run the item's command from another editor and check the selection.
  const click = contradicted[0].command;
  assert.ok(click, 'claim items have no click command');
  await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
  await vscode.commands.executeCommand(click.command, ...click.arguments);
  const editor = await waitFor('the claim revealed', () => {
    const e = vscode.window.activeTextEditor;
    return e?.document.uri.toString() === target.uri.toString() ? e : undefined;
  });
  assert.ok(editor.selection.isEqual(new vscode.Selection(toRange(first.range).start, toRange(first.range).end)), 'the claim is not selected');
  await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
});

test('the Claims view in workspace scope groups files under verdicts', async () => {
  api.setClaimsScope('workspace');
  try {
    const tree = await waitFor('workspace claims', async () => {
      const t = await api.claimsTree();
      return t.length && t[0].children?.[0]?.children ? t : undefined;
    });
    const contradictedFiles = tree.find((g) => g.label === 'Contradicted')?.children ?? [];
    const name = path.basename(target.uri.path);
    assert.ok(contradictedFiles.some((f) => f.label === name), `workspace view lacks ${name}: ${contradictedFiles.map((f) => f.label).join(', ')}`);
  } finally {
    api.setClaimsScope('file');
  }
});

test('the status bar shows the claim counts', async () => {
  const status = await waitFor('a status notification', () => api.lastStatus());
  const text = api.statusBarText();
  const m = /^\$\(law\) claimlint \$\(error\) (\d+) \$\(warning\) (\d+) \$\(pass\) (\d+)/.exec(text);
  assert.ok(m, `unexpected status bar text: ${text}`);
  const c = status.counts;
  assert.equal(Number(m[1]), c.contradicted);
  assert.equal(Number(m[2]), c.unsubstantiated + c.stale + c['needs-qualifier']);
  assert.equal(Number(m[3]), c.supported);
  const inTarget = claimlintDiagnostics(target.uri).filter((d) => ruleOf(d) === 'claim/contradicted').length;
  assert.ok(c.contradicted >= inTarget, `status counts ${c.contradicted} contradicted, the file alone has ${inTarget}`);
  assert.ok(status.registry.entries > 0, 'status reports an empty registry');
});

test('typing a broken promise re-lints the document', async () => {
  const editor = await vscode.window.showTextDocument(target, { preview: false });
  const before = claimlintDiagnostics(target.uri).filter((d) => ruleOf(d) === 'claim/contradicted').length;
  const sentence = target.lineAt(contradiction.range.start.line).text;
  const end = target.lineAt(target.lineCount - 1).range.end;
  assert.ok(await editor.edit((b) => b.insert(end, `\n\n${sentence}\n`)));
  await waitFor('a new contradicted diagnostic for the typed sentence', () =>
    claimlintDiagnostics(target.uri).filter((d) => ruleOf(d) === 'claim/contradicted').length > before, 10_000);
});

test('a quick fix rewrites a contradicted claim to what the evidence supports', async () => {
  const quickFixes = async (doc: vscode.TextDocument, range: vscode.Range) =>
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  // The renderer learns about diagnostics after the extension host does: poll until it offers actions.
  await waitFor('quick fixes for the contradicted claim', async () => (await quickFixes(target, contradiction.range)).length > 0);
  // The preferred fix rewrites the figure; not every contradiction has one (e.g. "next-day"), so
  // look through the open documents' contradictions for one that does.
  const docs = [target, ...vscode.workspace.textDocuments.filter((d) => d !== target && d.languageId === 'markdown')];
  let chosen: { doc: vscode.TextDocument; diagnostic: vscode.Diagnostic; fix: vscode.CodeAction } | undefined;
  for (const doc of docs) {
    for (const diagnostic of claimlintDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'claim/contradicted')) {
      const fix = (await waitFor('quick fixes', () => quickFixes(doc, diagnostic.range).then((a) => (a.length ? a : undefined)), 5000).catch(() => []))
        .find((a) => a.isPreferred && a.edit);
      if (fix) {
        chosen = { doc, diagnostic, fix };
        break;
      }
    }
    if (chosen) break;
  }
  assert.ok(chosen, 'no contradicted claim offers a preferred (figure-replacing) quick fix');
  const { doc, diagnostic, fix } = chosen;
  console.log(`    applying "${fix.title}" in ${vscode.workspace.asRelativePath(doc.uri)}:${diagnostic.range.start.line + 1}`);
  const lineBefore = doc.lineAt(diagnostic.range.start.line).text;
  const start = diagnostic.range.start;
  assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit refused the fix');
  const lineAfter = doc.lineAt(start.line).text;
  assert.notEqual(lineAfter, lineBefore, 'the fix did not change the claim\'s line');
  assert.doesNotMatch(lineAfter, /claimlint-disable/, 'the preferred fix suppressed instead of rewriting');
  await waitFor('the rewritten claim to stop being contradicted', () =>
    !claimlintDiagnostics(doc.uri).some((d) => ruleOf(d) === 'claim/contradicted' && d.range.start.line === start.line && d.range.start.character === start.character), 10_000);
}, 60_000);

test('the lint-workspace task runs the bundled CLI and feeds the problem matcher', async () => {
  // The CLI reads files from disk; save the edits made above so both sides see the same text.
  await vscode.workspace.saveAll(false);
  const run = await api.lintWorkspace();
  assert.ok(run, 'the task did not run');
  assert.equal(run.exitCode, 1, 'the campaign has contradicted claims: the CLI must exit 1');
  const matcher = extension.packageJSON.contributes.problemMatchers[0];
  const regexp = new RegExp(matcher.pattern.regexp);
  assert.ok(run.lines.length > 0, 'the task printed no findings');
  for (const line of run.lines) assert.match(line, regexp);
  // The CLI and the language server agree on every contradiction in the target file.
  const rel = vscode.workspace.asRelativePath(target.uri, false);
  const contradictions = claimlintDiagnostics(target.uri).filter((d) => ruleOf(d) === 'claim/contradicted');
  assert.ok(contradictions.length > 0);
  for (const d of contradictions) {
    const prefix = `${rel}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}: error claim/contradicted `;
    assert.ok(run.lines.some((l) => l.startsWith(prefix)), `no task line starts with ${prefix}\n${run.lines.filter((l) => l.startsWith(rel)).join('\n')}`);
  }
  // The problem matcher turned the lines into Problems (source claimlint-cli), at the same ranges.
  const problems = await waitFor('Problems from the task', () => {
    const p = vscode.languages.getDiagnostics(target.uri).filter((d) => d.source === 'claimlint-cli');
    return p.length >= contradictions.length ? p : undefined;
  });
  for (const d of contradictions) {
    assert.ok(problems.some((p) => p.range.isEqual(d.range) && ruleOf(p) === 'claim/contradicted' && p.severity === vscode.DiagnosticSeverity.Error),
      `no task problem at ${d.range.start.line + 1}:${d.range.start.character + 1}`);
  }
}, 60_000);

test('"Open Claims Report" shows the CLI\'s HTML report in a webview', async () => {
  const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('claimlint.openReport');
  assert.ok(panel, 'no report panel');
  try {
    assert.match(panel.webview.html, /<html/i);
    assert.match(panel.webview.html, /Content-Security-Policy[^>]*default-src 'none'/, 'the report webview has no CSP');
    assert.ok(panel.webview.html.includes(path.basename(target.uri.path)), 'the report does not list the target file');
  } finally {
    panel.dispose();
  }
}, 60_000);

test('settings reach the server: a severity override turns contradictions into warnings', async () => {
  const config = vscode.workspace.getConfiguration('claimlint');
  const isError = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Error;
  const contradictions = () => claimlintDiagnostics(target.uri).filter((d) => ruleOf(d) === 'claim/contradicted');
  assert.ok(contradictions().some(isError));
  await config.update('severity', { 'claim/contradicted': 'warning' }, vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor('contradictions reported as warnings', () => contradictions().length > 0 && contradictions().every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  } finally {
    await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor('contradictions back to errors', () => contradictions().length > 0 && contradictions().every(isError));
});

test('turning claimlint.enable off stops the server and clears its diagnostics; on restarts it', async () => {
  const config = vscode.workspace.getConfiguration('claimlint');
  await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor('diagnostics cleared', () => claimlintDiagnostics(target.uri).length === 0);
    await waitFor('a disabled status', () => /circle-slash/.test(api.statusBarText()));
  } finally {
    await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await api.ready();
  await waitFor('diagnostics back', () => claimlintDiagnostics(target.uri).some((d) => ruleOf(d) === 'claim/contradicted'), 20_000);
  await waitFor('counts back in the status bar', () => /\$\(error\) \d+/.test(api.statusBarText()));
}, 45_000);

test('the status bar warns when a broken registry is served from its last valid version', async () => {
  const registryUri = (await vscode.workspace.findFiles('**/*.registry.yaml'))[0];
  const doc = await vscode.workspace.openTextDocument(registryUri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const original = doc.getText();
  await waitFor('a healthy registry before the edit', () => api.lastStatus()?.registry.staleIndex === false);
  // Half-typed YAML in the editor (not saved): the server keeps linting against the last good index.
  assert.ok(await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n  - id: [broken\n    title: "unterminated\n')));
  try {
    await waitFor('a stale-index status', () => api.lastStatus()?.registry.staleIndex, 15_000);
    assert.match(api.statusBarText(), /stale registry/);
    assert.ok((api.lastStatus()?.counts.contradicted ?? 0) > 0, 'claims lost their verdicts while the registry was broken');
  } finally {
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original));
  }
  await waitFor('the status to recover', () => api.lastStatus()?.registry.staleIndex === false, 15_000);
  assert.doesNotMatch(api.statusBarText(), /stale registry/);
});

test('"Create Registry Entry" writes a stub for an unsubstantiated claim into the registry', async () => {
  // Any copy file's unsubstantiated claim (Markdown pages or YAML ads).
  const copyFiles = (await vscode.workspace.findFiles('**/*.{md,yaml,yml}', '**/node_modules/**'))
    .filter((f) => !ignoredByProject(f) && !/(\.registry\.ya?ml|claims-registry\.yaml|claimlint\.config\.yaml)$/.test(f.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  let found: { uri: string; claim: ClaimItem } | undefined;
  for (const file of copyFiles) {
    const doc = await vscode.workspace.openTextDocument(file); // the server writes stubs for open documents
    const claim = (await api.documentClaims(doc.uri.toString())).find((c) => c.verdict === 'unsubstantiated');
    if (claim) {
      found = { uri: doc.uri.toString(), claim };
      break;
    }
  }
  assert.ok(found, 'no copy file has an unsubstantiated claim');
  const result = await vscode.commands.executeCommand<{ applied: boolean; reason?: string; entryId?: string }>(
    'claimlint.newRegistryEntry', { type: 'claim', uri: found.uri, claim: found.claim });
  assert.ok(result?.applied, `not applied: ${result?.reason}`);
  assert.ok(result.entryId, 'no entry id reported');
  const registryDoc = await waitFor('the stub in a registry document', () =>
    vscode.workspace.textDocuments.find((d) => /\.registry\.ya?ml$/.test(d.uri.path) && d.getText().includes(`id: ${result.entryId}`)));
  console.log(`    stub ${result.entryId} in ${vscode.workspace.asRelativePath(registryDoc.uri)}`);
});

export async function run(): Promise<void> {
  const { failed } = await runAll();
  if (failed) throw new Error(`${failed} test(s) failed`);
}
