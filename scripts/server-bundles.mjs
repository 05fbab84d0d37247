// How the language server is split into two bundles (used by scripts/build.mjs and
// scripts/vscode/package.mjs). dist/server.cjs answers `initialize` with little more than
// vscode-languageserver; it requires dist/server-engine.cjs (remark, yaml, ajv, the core) once
// the client has the result. The engine takes vscode-languageserver from the entry instead of
// bundling a second copy: evaluating it twice would delay the first diagnostics.

export const SERVER_ENTRY = { in: 'src/server/main.ts', out: 'dist/server.cjs' };
export const SERVER_ENGINE = { in: 'src/server/server.ts', out: 'dist/server-engine.cjs' };

/** Specifiers the entry requires at run time rather than bundles ('./server-engine.cjs'). */
export const ENTRY_EXTERNALS = ['./server-engine.cjs'];

/** esbuild plugin for the engine bundle: vscode-languageserver resolves to the entry (main.ts re-exports it). */
export const engineUsesEntryLsp = {
  name: 'claimlint-engine-uses-entry-lsp',
  setup(build) {
    // Both bundles live in dist/, so the entry is a sibling of the engine.
    const entry = `./${SERVER_ENTRY.out.split('/').pop()}`;
    build.onResolve({ filter: /^vscode-languageserver(\/node)?$/ }, () => ({ path: entry, external: true }));
  },
};
