// Process entry of the claimlint command (bundled to dist/cli.cjs); the logic lives in cli.ts.
import '../node/regexp-compilation.js';
import { EXIT_ERROR, main, readAll } from './cli.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), readStdin: () => readAll(process.stdin) })
  .then((code) => {
    // exitCode, not exit(): piped output is flushed before the process ends.
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`claimlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_ERROR;
  });
