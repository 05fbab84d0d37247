// Bundles each process entry into one CommonJS file (remark is ESM-only; esbuild converts it).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'src/cli/main.ts', out: 'dist/cli.cjs' },
  { in: 'src/cli/worker.ts', out: 'dist/worker.cjs' },
  { in: 'src/server/main.ts', out: 'dist/server.cjs' },
  // The language server's engine, required by dist/server.cjs after `initialize` is answered.
  { in: 'src/server/server.ts', out: 'dist/server-engine.cjs' },
  { in: 'src/extension/extension.ts', out: 'dist/extension.cjs' },
].filter((e) => existsSync(e.in));

const production = process.argv.includes('--production');
await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // './server-engine.cjs' is required at run time by the server entry, never bundled into it.
      external: ['vscode', './server-engine.cjs'],
      minify: production,
      sourcemap: !production,
      logLevel: 'warning',
    }),
  ),
);
