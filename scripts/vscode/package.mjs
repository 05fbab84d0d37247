// `npm run package`: production build, then `vsce package --no-dependencies` (offline) in a staging
// folder that holds only what .vscodeignore whitelists, then checks the VSIX (contents, ≤ 2 MB).
// The bundles are built straight into the staging folder (minified, no source maps), so a
// concurrent development build writing dist/ cannot leak into the VSIX. Option: --out FILE.
// CLAIMLINT_FAKE_SERVER=1 ships test/vscode/fake-server.ts as dist/server.cjs (harness development only).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ENTRY_EXTERNALS, SERVER_ENGINE, SERVER_ENTRY, engineUsesEntryLsp } from '../server-bundles.mjs';
import { NODE_TARGET } from '../esbuild-target.mjs';
import { markdownParserPatch } from '../markdown-parser-patch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outArg = args.indexOf('--out');
const out = path.resolve(root, outArg >= 0 ? args[outArg + 1] : `${pkg.name}-${pkg.version}.vsix`);
const MAX_BYTES = 2 * 1024 * 1024;
const fake = process.env.CLAIMLINT_FAKE_SERVER === '1';

const run = (cmd, cmdArgs, cwd) => execFileSync(cmd, cmdArgs, { cwd, stdio: 'inherit' });
const fail = (message) => {
  console.error(`package: ${message}`);
  process.exit(1);
};

// Same entries and options as scripts/build.mjs --production.
const BUNDLES = [
  { in: 'src/cli/main.ts', out: 'dist/cli.cjs' },
  { in: 'src/cli/worker.ts', out: 'dist/worker.cjs' },
  SERVER_ENTRY,
  SERVER_ENGINE,
  { in: 'src/extension/extension.ts', out: 'dist/extension.cjs' },
];
const bundle = (b, entry, outfile) =>
  build({
    entryPoints: [entry], outfile, bundle: true, ...NODE_TARGET, format: 'cjs',
    external: ['vscode', ...(b === SERVER_ENTRY ? ENTRY_EXTERNALS : [])], plugins: [markdownParserPatch, ...(b === SERVER_ENGINE ? [engineUsesEntryLsp] : [])],
    minify: true, sourcemap: false, logLevel: 'warning',
  });

// Staging keeps vsce from walking node_modules and .vscode-test, and lets the checks below see
// exactly the files the VSIX will hold.
const stage = mkdtempSync(path.join(tmpdir(), 'claimlint-vsix-'));
try {
  const copy = (rel) => {
    const from = path.join(root, rel);
    if (!existsSync(from)) return false;
    mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
    cpSync(from, path.join(stage, rel), { recursive: true });
    return true;
  };
  for (const rel of ['package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', 'images/icon.png', 'schemas', 'syntaxes']) copy(rel);
  for (const b of BUNDLES) {
    let entry = path.join(root, b.in);
    if (fake && b.out === 'dist/server.cjs') {
      console.warn('package: CLAIMLINT_FAKE_SERVER=1 — shipping the FAKE server (harness development only)');
      entry = path.join(root, 'test/vscode/fake-server.ts');
    }
    if (existsSync(entry)) await bundle(b, entry, path.join(stage, b.out));
  }
  for (const required of ['dist/extension.cjs', 'dist/server.cjs', 'dist/server-engine.cjs', 'images/icon.png']) {
    if (!existsSync(path.join(stage, required))) fail(`${required} is missing — is its source written and built?`);
  }
  const vsceArgs = ['package', '--no-dependencies', '--allow-missing-repository', '--out', out];
  if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => existsSync(path.join(stage, f)))) vsceArgs.push('--skip-license');
  run(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), ...vsceArgs], stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const size = statSync(out).size;
const listing = execFileSync('unzip', ['-Z1', out], { encoding: 'utf8' }).split('\n').filter(Boolean);
const shipped = listing.filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
for (const required of ['package.json', 'dist/extension.cjs', 'dist/server.cjs', 'dist/server-engine.cjs', 'images/icon.png']) {
  if (!shipped.includes(required)) fail(`the VSIX lacks ${required}`);
}
const unexpected = shipped.filter((f) => /(^|\/)(src|test|node_modules)\/|\.map$|\.ts$/.test(f));
if (unexpected.length) fail(`the VSIX ships files it should not: ${unexpected.join(', ')}`);
console.log(`package: ${path.relative(root, out)} — ${(size / 1024).toFixed(0)} KB, ${shipped.length} files`);
if (size > MAX_BYTES) fail(`the VSIX is ${(size / 1024 / 1024).toFixed(2)} MB, over the 2 MB budget`);
