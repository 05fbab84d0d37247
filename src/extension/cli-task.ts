// "Lint workspace" as a VS Code Task: runs the bundled CLI over a workspace folder; the
// `$claimlint` problem matcher (package.json) turns its GitHub-annotation lines into Problems.
import * as vscode from 'vscode';

export const TASK_TYPE = 'claimlint';
export const PROBLEM_MATCHER = '$claimlint';

interface ClaimlintTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  /** Paths or globs to lint, relative to the workspace folder; default: the whole folder. */
  paths?: string[];
}

/** Arguments for the bundled CLI; `github` output is one parseable line per finding. */
export function cliArgs(cliPath: string, paths: string[]): string[] {
  return [cliPath, '--format', 'github', '--no-color', ...(paths.length ? paths : ['.'])];
}

export function createLintTask(
  context: vscode.ExtensionContext,
  folder: vscode.WorkspaceFolder,
  definition: ClaimlintTaskDefinition = { type: TASK_TYPE },
): vscode.Task {
  // The extension host's own runtime runs the CLI (Electron acts as Node with ELECTRON_RUN_AS_NODE):
  // nothing from the workspace is executed, and no `node` on PATH is needed.
  const execution = new vscode.ProcessExecution(
    process.execPath,
    cliArgs(context.asAbsolutePath('dist/cli.cjs'), definition.paths ?? []),
    { cwd: folder.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } },
  );
  const task = new vscode.Task(definition, folder, 'lint workspace', 'claimlint', execution, [PROBLEM_MATCHER]);
  task.group = vscode.TaskGroup.Test;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}

export class ClaimlintTaskProvider implements vscode.TaskProvider {
  constructor(private readonly context: vscode.ExtensionContext) {}

  provideTasks(): vscode.Task[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .filter((f) => f.uri.scheme === 'file')
      .map((f) => createLintTask(this.context, f));
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const definition = task.definition as ClaimlintTaskDefinition;
    const folder = task.scope && typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
    if (definition.type !== TASK_TYPE || !folder) return undefined;
    return createLintTask(this.context, folder, definition);
  }
}

/** Runs the task for the first workspace folder and resolves with its exit code. */
export async function runLintWorkspace(context: vscode.ExtensionContext): Promise<number | undefined> {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  if (!folder) {
    void vscode.window.showWarningMessage('claimlint: open a folder to lint the workspace.');
    return undefined;
  }
  const execution = await vscode.tasks.executeTask(createLintTask(context, folder));
  return new Promise((resolve) => {
    const listener = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution !== execution) return;
      listener.dispose();
      resolve(e.exitCode);
    });
  });
}
