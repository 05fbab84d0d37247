// Runs the TextMate grammar tests (test/grammar/*.test.{md,yaml}) with vscode-tmgrammar-test against
// VS Code's own Markdown, HTML and YAML grammars, taken from the installed code-server at test time
// (they are not committed). Exit code: 0 pass, 1 fail, 3 skipped (code-server missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const builtins = process.env.VSCODE_BUILTIN_EXTENSIONS ??
  path.join(root, '.vscode-test/code-server/node_modules/code-server/lib/vscode/extensions');
if (!existsSync(path.join(builtins, 'markdown-basics'))) {
  console.log(`skipped: VS Code's built-in grammars not found in ${builtins} (run scripts/vscode/install-code-server.sh)`);
  process.exit(3);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'claimlint-tmg-'));
const rel = (p) => path.relative(tmp, p);
// Base grammars as VS Code's own extensions declare them.
const grammars = [];
for (const ext of ['markdown-basics', 'html', 'yaml']) {
  const pkg = JSON.parse(readFileSync(path.join(builtins, ext, 'package.json'), 'utf8'));
  for (const g of pkg.contributes.grammars ?? []) {
    if (g.language === 'dockercompose') continue;
    grammars.push({ ...g, path: rel(path.join(builtins, ext, g.path)) });
  }
}
// Ours, exactly as the extension's package.json contributes them.
const ours = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).contributes.grammars;
for (const g of ours) grammars.push({ ...g, path: rel(path.join(root, g.path)) });
writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ name: 'grammar-test', contributes: { grammars } }));

const cli = path.join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
const result = spawnSync(process.execPath, [cli, '--config', path.join(tmp, 'package.json'), ...(process.argv.slice(2).length ? process.argv.slice(2) : ['test/grammar/**/*.test.{md,yaml}'])], {
  cwd: root,
  encoding: 'utf8',
});
rmSync(tmp, { recursive: true, force: true });
// Embedded languages the base grammars reference (css, js, ...) are not needed for these tests.
const noise = /grammar not found for|^\s*$/;
process.stdout.write(result.stdout.split('\n').filter((l) => !noise.test(l)).join('\n') + '\n');
process.stderr.write(result.stderr.split("\n").filter((l) => !noise.test(l)).join("\n"));
process.exit(result.status ?? 1);
