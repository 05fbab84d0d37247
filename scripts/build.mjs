// Bundles each process entry into one CommonJS file (remark is ESM-only; esbuild converts it).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { NODE_TARGET } from './esbuild-target.mjs';
import { markdownParserPatch } from './markdown-parser-patch.mjs';
import { ENTRY_EXTERNALS, SERVER_ENGINE, SERVER_ENTRY, engineUsesEntryLsp } from './server-bundles.mjs';

const entries = [
  { in: 'src/cli/main.ts', out: 'dist/cli.cjs' },
  { in: 'src/cli/worker.ts', out: 'dist/worker.cjs' },
  SERVER_ENTRY,
  SERVER_ENGINE,
  { in: 'src/extension/extension.ts', out: 'dist/extension.cjs' },
].filter((e) => existsSync(e.in));

const production = process.argv.includes('--production');
await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      ...NODE_TARGET,
      format: 'cjs',
      external: ['vscode', ...(e === SERVER_ENTRY ? ENTRY_EXTERNALS : [])],
      plugins: [markdownParserPatch, ...(e === SERVER_ENGINE ? [engineUsesEntryLsp] : [])],
      minify: production,
      sourcemap: !production,
      logLevel: 'warning',
    }),
  ),
);
