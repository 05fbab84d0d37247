// Entry point of dist/server.cjs. The transport comes from the command line: --stdio,
// --node-ipc (how the VS Code client starts it) or --socket=<port>.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: whatever escapes a handler is logged and the server keeps serving.
process.on('uncaughtException', (error) => connection.console.error(`claimlint: uncaught error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`claimlint: unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));

startServer(connection, { faultMarker: process.env.CLAIMLINT_FAULT_MARKER || undefined });
