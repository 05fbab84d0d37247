// Entry point of dist/server.cjs. Transport from the command line: --stdio or --node-ipc (how
// the VS Code client starts it); anything else falls back to vscode-languageserver's own choice.
// `initialize` is answered at once; the engine loads meanwhile (esbuild keeps the dynamically
// imported server module lazy), and later messages wait in a GatedReader until it is ready.
import {
  IPCMessageReader, IPCMessageWriter, ProposedFeatures, StreamMessageReader, StreamMessageWriter, createConnection,
  type Connection, type InitializeParams, type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { INITIALIZE_RESULT } from './capabilities.js';
import { GatedReader } from './gated-reader.js';

function transport(): { reader: MessageReader; writer: MessageWriter } | undefined {
  if (process.argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout) };
  if (process.argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  return undefined;
}

const chosen = transport();
const gate = chosen ? new GatedReader(chosen.reader) : undefined;
const connection: Connection = chosen && gate ? createConnection(ProposedFeatures.all, gate, chosen.writer) : createConnection(ProposedFeatures.all);

// Last line of defence: whatever escapes a handler is logged and the server keeps serving.
process.on('uncaughtException', (error) => connection.console.error(`claimlint: uncaught error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`claimlint: unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));

function loadServer(params: InitializeParams): void {
  import('./server.js')
    .then((server) => {
      server.startServer(connection, params, {
        faultMarker: process.env.CLAIMLINT_FAULT_MARKER || undefined,
        latestVersion: gate ? (uri) => gate.latestVersion(uri) : undefined,
      });
      gate?.open();
    })
    .catch((error: unknown) => {
      connection.console.error(`claimlint: the server could not start: ${(error as Error)?.stack ?? String(error)}`);
      gate?.open();
    });
}

connection.onInitialize((params) => {
  // Load the engine once the initialize result is on its way (its module setup blocks the thread).
  setImmediate(() => loadServer(params));
  return INITIALIZE_RESULT;
});
connection.listen();
