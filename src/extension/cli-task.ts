// "Lint workspace" as a VS Code Task: runs the bundled CLI over a workspace folder with its JSON
// output and prints one line per finding, which the `$claimlint` problem matcher (package.json)
// turns into Problems.
import { spawn } from 'node:child_process';
import * as vscode from 'vscode';
import { problemLines } from './problem-lines.js';

export const TASK_TYPE = 'claimlint';
export const PROBLEM_MATCHER = '$claimlint';

interface ClaimlintTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  /** Paths or globs to lint, relative to the workspace folder; default: the whole folder. */
  paths?: string[];
}

/** What a finished run reports back (the lint-workspace command resolves with it). */
export interface LintRun {
  exitCode: number;
  lines: string[];
}

/** A terminal that runs the CLI and writes problem-matcher lines; closes with the CLI's exit code. */
class CliTerminal implements vscode.Pseudoterminal {
  private readonly writer = new vscode.EventEmitter<string>();
  private readonly closer = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.writer.event;
  readonly onDidClose = this.closer.event;
  private child: ReturnType<typeof spawn> | undefined;

  constructor(
    private readonly cliPath: string,
    private readonly folder: vscode.WorkspaceFolder,
    private readonly paths: string[],
    private readonly onDone?: (run: LintRun) => void,
  ) {}

  open(): void {
    const write = (text: string) => this.writer.fire(text.replace(/\r?\n/g, '\r\n'));
    write(`claimlint: linting ${this.folder.name}…\n`);
    // The extension host's own runtime runs the CLI (Electron acts as Node with ELECTRON_RUN_AS_NODE):
    // nothing from the workspace is executed, and no `node` on PATH is needed.
    const child = spawn(process.execPath, [this.cliPath, '--format', 'json', '--no-color', ...(this.paths.length ? this.paths : ['.'])], {
      cwd: this.folder.uri.fsPath,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    this.child = child;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (error) => this.finish(2, [], `claimlint: could not run the CLI: ${error.message}\n`));
    child.on('close', (code) => {
      let lines: string[] = [];
      let text = stderr ? `${stderr.trimEnd()}\n` : '';
      try {
        const result = problemLines(stdout);
        lines = result.lines;
        text += lines.map((l) => `${l}\n`).join('') + `${result.summary}\n`;
      } catch (error) {
        text += `claimlint: unreadable CLI output (${error instanceof Error ? error.message : String(error)})\n`;
      }
      this.finish(code ?? 2, lines, text);
    });
  }

  private finish(exitCode: number, lines: string[], text: string): void {
    this.writer.fire(text.replace(/\r?\n/g, '\r\n'));
    this.onDone?.({ exitCode, lines });
    this.closer.fire(exitCode);
  }

  close(): void {
    this.child?.kill();
  }
}

export function createLintTask(
  context: vscode.ExtensionContext,
  folder: vscode.WorkspaceFolder,
  definition: ClaimlintTaskDefinition = { type: TASK_TYPE },
  onDone?: (run: LintRun) => void,
): vscode.Task {
  const cliPath = context.asAbsolutePath('dist/cli.cjs');
  const execution = new vscode.CustomExecution(async () => new CliTerminal(cliPath, folder, definition.paths ?? [], onDone));
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

/** Runs the task for the first workspace folder; resolves when the CLI has finished. */
export async function runLintWorkspace(context: vscode.ExtensionContext): Promise<LintRun | undefined> {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  if (!folder) {
    void vscode.window.showWarningMessage('claimlint: open a folder to lint the workspace.');
    return undefined;
  }
  return new Promise((resolve) => {
    void vscode.tasks.executeTask(createLintTask(context, folder, { type: TASK_TYPE }, resolve));
  });
}
