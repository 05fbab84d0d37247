// "Open report": the CLI's self-contained HTML report of every claim, shown in a webview.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';

/** Runs the bundled CLI with `--format html=<file>` and returns the HTML. */
export async function buildHtmlReport(context: vscode.ExtensionContext, folder: vscode.WorkspaceFolder): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-report-'));
  const out = path.join(dir, 'report.html');
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [context.asAbsolutePath('dist/cli.cjs'), '--format', `html=${out}`, '--no-color', '.'],
        { cwd: folder.uri.fsPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
        (error, _stdout, stderr) => {
          // Exit code 1 only means "findings reported"; 2 and crashes are real failures.
          if (error && (error as { code?: unknown }).code !== 1) reject(new Error(stderr.trim() || error.message));
          else resolve();
        },
      );
    });
    return await readFile(out, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function openHtmlReport(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<vscode.WebviewPanel | undefined> {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  if (!folder) {
    void vscode.window.showWarningMessage('claimlint: open a folder to build a report.');
    return undefined;
  }
  try {
    const html = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'claimlint: building the claims report…' },
      () => buildHtmlReport(context, folder),
    );
    const panel = vscode.window.createWebviewPanel('claimlint.report', `Claims report — ${folder.name}`, vscode.ViewColumn.Active, {
      // The report's own filter script needs scripts; it loads nothing from outside the page.
      enableScripts: true,
      localResourceRoots: [],
    });
    panel.webview.html = withContentSecurityPolicy(html);
    return panel;
  } catch (error) {
    output.error(`Report failed: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('claimlint: the report could not be built. See the output for details.', 'Show output').then((choice) => {
      if (choice) output.show();
    });
    return undefined;
  }
}

/**
 * The report is self-contained: its own inline style and filter script, nothing from the network.
 * A CSP says so, so that even copy text that slipped through escaping could load nothing.
 */
export function withContentSecurityPolicy(html: string): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; font-src data:">`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + csp + html.slice(head.index + head[0].length);
  return csp + html;
}
