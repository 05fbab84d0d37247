// Process entry of the claimlint command (bundled to dist/cli.cjs); the logic lives in cli.ts.
import './set-v8-flags.js';
import { EXIT_ERROR, main, readAll, type InterruptSignal } from './cli.js';

// A reader that stops early (`claimlint . | head`) closes the pipe. The rest of the output is then
// dropped quietly and the run still ends with its own exit code, instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

/** While subscribed, Ctrl-C and SIGTERM go to the run; a second Ctrl-C ends the process at once. */
function onInterrupt(handler: (signal: InterruptSignal) => void): () => void {
  const listeners = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const listener = () => handler(signal);
    process.once(signal, listener);
    return () => process.off(signal, listener);
  });
  return () => listeners.forEach((off) => off());
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), readStdin: () => readAll(process.stdin), onInterrupt })
  .then((code) => {
    // exitCode, not exit(): piped output is flushed before the process ends.
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`claimlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_ERROR;
  });
