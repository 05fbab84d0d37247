// Worker thread: builds its own Project (configs and registry are read once per worker) and lints
// the batches of files the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { Project } from '../node/project.js';
import { lintFileSafely, type WorkerInit, type WorkerRequest, type WorkerResponse } from './run.js';

const init = workerData as WorkerInit;
const project = new Project(init.projectOptions);

parentPort?.on('message', (request: WorkerRequest) => {
  const reports = request.files.map((file) => lintFileSafely(project, file, init.lint));
  parentPort!.postMessage({ id: request.id, reports } satisfies WorkerResponse);
});
