// Runs the TextMate grammar tests (directives.test.md / directives.test.yaml) through
// scripts/vscode/test-grammar.mjs, which needs VS Code's built-in grammars from the installed
// code-server (scripts/vscode/install-code-server.sh); skipped with a message when it is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const builtins = path.join(root, '.vscode-test/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics');
const script = path.join(root, 'scripts/vscode/test-grammar.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

if (!existsSync(builtins)) console.log('skipped: grammar tests need code-server in .vscode-test/code-server (scripts/vscode/install-code-server.sh)');

it.runIf(existsSync(builtins))('directive grammars pass their syntax tests in Markdown and YAML', () => {
  const result = run();
  expect(result.stdout + result.stderr).toMatch(/directives\.test\.md run successfuly/);
  expect(result.stdout).toMatch(/directives\.test\.yaml run successfuly/);
  expect(result.status).toBe(0);
});
