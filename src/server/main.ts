// Entry point of dist/server.cjs. Transport from the command line: --stdio or --node-ipc (how
// the VS Code client starts it); anything else falls back to vscode-languageserver's own choice.
// Start-up is kept to what answering `initialize` needs: vscode-languageserver and the static
// capabilities. The engine (server.ts with remark, yaml, ajv and the core) is a second bundle,
// dist/server-engine.cjs, required only once the client has the initialize result — when its
// `initialized` notification arrives. Messages read meanwhile wait in a GatedReader.
import './set-v8-flags.js';
import {
  ErrorCodes, IPCMessageReader, IPCMessageWriter, ProposedFeatures, ResponseError, StreamMessageReader, StreamMessageWriter, createConnection,
  type Connection, type InitializeParams, type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { INITIALIZE_RESULT } from './capabilities.js';
import { AFTER_SHUTDOWN, GatedReader } from './gated-reader.js';
import type * as Engine from './server.js';

// The engine bundle takes vscode-languageserver from here (scripts/server-bundles.mjs), so the
// library is evaluated once per process, not once per bundle.
export * from 'vscode-languageserver/node';

function transport(): { reader: MessageReader; writer: MessageWriter } | undefined {
  if (process.argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout) };
  if (process.argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  return undefined;
}

let initializeParams: InitializeParams | undefined;
let engineWanted = false;
let engineStarted = false;

const chosen = transport();
// The first message after `initialize` (normally `initialized`) means the result reached the
// client: load the engine then, on a later turn so the reader finishes its current chunk first.
const gate = chosen ? new GatedReader(chosen.reader, () => {
  engineWanted = true;
  setImmediate(loadEngine);
}) : undefined;
const connection: Connection = chosen && gate ? createConnection(ProposedFeatures.all, gate, chosen.writer) : createConnection(ProposedFeatures.all);

// The library ends the process when its input ends only if it was handed the stream itself; here
// it has the gate. Without this, a server whose editor died would live on (exit code as for `exit`).
if (gate) {
  const inputEnded = () => process.exit(gate.shutdownRequested ? 0 : 1);
  if (process.argv.includes('--stdio')) {
    process.stdin.on('end', inputEnded);
    process.stdin.on('close', inputEnded);
  } else process.on('disconnect', inputEnded);
}
connection.onRequest(AFTER_SHUTDOWN, () => new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down: only "exit" is accepted after "shutdown"'));

// Last line of defence: whatever escapes a handler is logged and the server keeps serving.
process.on('uncaughtException', (error) => connection.console.error(`claimlint: uncaught error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`claimlint: unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));

/** Requires the engine and hands it the connection; then lets the held messages through. Runs once. */
function loadEngine(): void {
  if (engineStarted || !initializeParams) return;
  engineStarted = true;
  try {
    // The engine bundle beside this file; scripts/build.mjs marks it external, so it is not inlined.
    const engine = require('./server-engine.cjs') as typeof Engine;
    engine.startServer(connection, initializeParams, {
      faultMarker: process.env.CLAIMLINT_FAULT_MARKER || undefined,
      latestVersion: gate ? (uri) => gate.latestVersion(uri) : undefined,
    });
  } catch (error) {
    connection.console.error(`claimlint: the server could not start: ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    gate?.open();
  }
}

connection.onInitialize((params) => {
  initializeParams = params;
  // Without a gate, later messages would reach the connection before the engine's handlers
  // exist: load the engine before answering instead (slower start, nothing lost).
  if (!gate) loadEngine();
  // A client that sent more before awaiting this result gets the engine once it is answered.
  else if (engineWanted) setImmediate(loadEngine);
  return INITIALIZE_RESULT;
});
connection.listen();
