import { defineConfig } from 'vitest/config';

// The project's vitest config excludes test/vscode/** (the in-editor suite needs VS Code); the
// extension's pure parts are unit-tested here: `npx vitest run -c test/vscode/vitest.config.ts`.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/vscode/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
