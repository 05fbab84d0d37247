// Lints a list of files: cache lookups, then the rest in this thread (small runs) or across worker
// threads (large runs), with a progress callback. Reports are handed on one by one in input order.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { makeFinding, DOCS_BASE_URL, type Settings } from '../core/index.js';
import { Project, type ProjectOptions } from '../node/project.js';
import { ResultCache } from './cache.js';
import { buildReport, displayPath, lintFile, relatedPath, type LintFileOptions } from './lint-file.js';
import type { FileReport } from './report.js';

export interface RunFilesOptions {
  projectOptions: ProjectOptions;
  lint: LintFileOptions;
  /** Worker threads; undefined: the number of cores. */
  jobs?: number;
  cache?: ResultCache;
  onProgress?: (done: number) => void;
  /** Called once the files to lint are known, with the number of threads that will lint them. */
  onStart?: (threads: number) => void;
  /** Stops the run (Ctrl-C): runFiles rejects with the signal's reason within a few files. */
  signal?: AbortSignal;
}

/** What a run did: for the progress bar and CLAIMLINT_STATS. */
export interface RunFilesStats {
  linted: number;
  fromCache: number;
  threads: number;
}

/**
 * Each thread must have at least this much copy to lint. A thread starts its own engine and
 * JIT-compiles the linting code anew (about 2.4 s of optimising-compiler CPU per thread on the
 * benchmark corpus, competing with the linting for the cores), and there two threads only beat
 * one from about 4.5 MB of Markdown (1,000 pages) up: 13 % slower at 600 pages, 7 % faster at 1,200.
 */
export const DEFAULT_BYTES_PER_THREAD = 2_500_000;
const BATCH_SIZE = 16;
const MAIN_BATCH_SIZE = 4;
/** Files a single thread lints between two looks at the event loop (signals, the abort signal). */
const FILES_BETWEEN_YIELDS = 16;
/** Marks a cache hit waiting in the reorder buffer. */
const FROM_CACHE = Symbol('from cache');

export interface WorkerRequest {
  id: number;
  files: string[];
}
export interface WorkerResponse {
  id: number;
  reports: FileReport[];
}
export interface WorkerInit {
  projectOptions: ProjectOptions;
  lint: LintFileOptions;
}

/** Bytes of copy per thread: CLAIMLINT_BYTES_PER_THREAD (for machines whose cores warm up faster) or the default. */
export function bytesPerThread(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CLAIMLINT_BYTES_PER_THREAD);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_BYTES_PER_THREAD;
}

/**
 * How many threads lint these files: at most `requested`, at most one per batch, and only as many
 * as the copy keeps busy (one per `perThread` bytes). Sizes are read only until that is decided.
 */
export function threadCount(requested: number, files: readonly string[], sizeOf: (file: string) => number, perThread: number): number {
  const cap = Math.min(requested, Math.ceil(files.length / BATCH_SIZE));
  if (cap <= 1) return 1;
  let bytes = 0;
  for (const file of files) {
    bytes += sizeOf(file);
    if (bytes >= cap * perThread) return cap;
  }
  return Math.max(1, Math.floor(bytes / perThread));
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // unreadable: the reader reports it; it costs no linting
  }
}

/** Checking one file for longer than this prints a warning that names it. */
export const DEFAULT_FILE_BUDGET_MS = 10_000;

/** The per-file time budget: CLAIMLINT_FILE_BUDGET_MS or the default. */
export function fileBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CLAIMLINT_FILE_BUDGET_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_FILE_BUDGET_MS;
}

/**
 * Lints one file; an engine failure becomes a finding on that file instead of ending the run.
 * The engine is synchronous and cannot be interrupted, so the time budget warns (on stderr, not
 * as a finding: timings must not change results, caches or baselines) rather than cuts short.
 */
export function lintFileSafely(project: Project, file: string, lint: LintFileOptions, stdin?: Uint8Array): FileReport {
  const started = performance.now();
  try {
    return lintFile(project, file, lint, stdin);
  } catch (error) {
    const message = `claimlint failed on this file: ${error instanceof Error ? error.message : String(error)}`;
    return buildReport(project.cwd, file, '', [makeFinding('document/parse', file, { start: 0, end: 0 }, message, { docsBaseUrl: DOCS_BASE_URL }, 'error')]);
  } finally {
    const ms = performance.now() - started;
    const budget = fileBudgetMs();
    if (ms > budget) {
      process.stderr.write(`claimlint: warning: ${displayPath(project.cwd, path.resolve(project.cwd, file))} took ${(ms / 1000).toFixed(1)} s to check, over the per-file budget of ${(budget / 1000).toFixed(1)} s (CLAIMLINT_FILE_BUDGET_MS); consider splitting it or listing it under "ignore" in the config.\n`);
    }
  }
}

function workerScript(): string | undefined {
  // Bundled: dist/cli.cjs and dist/worker.cjs sit side by side.
  const candidate = path.join(__dirname, 'worker.cjs');
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * Lints the files and hands each report to onReport in input order, as soon as it and every report
 * before it are ready (workers finish out of order; a small reorder buffer holds the early ones).
 * Cache hits are only marked while waiting and read from the cache when their turn comes.
 */
/** A folder's files share one settings object (Project.settingsFor): written out once, not per file. */
const settingsTexts = new WeakMap<Settings, string>();
function settingsJson(settings: Settings): string {
  let text = settingsTexts.get(settings);
  if (text === undefined) settingsTexts.set(settings, (text = JSON.stringify(settings)));
  return text;
}

export async function runFiles(project: Project, files: string[], options: RunFilesOptions, onReport: (report: FileReport, index: number) => void): Promise<RunFilesStats> {
  const pending: number[] = [];
  const keys = new Map<number, string>();
  let done = 0;
  const tick = () => options.onProgress?.(++done);

  const ready = new Map<number, FileReport | typeof FROM_CACHE>();
  let nextOut = 0;
  // A cached report's path is as the run that stored it showed it: this run may start elsewhere.
  const fromCache = (index: number): FileReport => {
    const report = options.cache!.get(files[index], keys.get(index)!)!;
    report.path = displayPath(project.cwd, report.uri);
    for (const f of report.findings) for (const r of f.related ?? []) r.path = relatedPath(project.cwd, r.uri);
    return report;
  };
  const deliver = (index: number, report: FileReport | typeof FROM_CACHE) => {
    ready.set(index, report);
    while (ready.has(nextOut)) {
      const item = ready.get(nextOut)!;
      ready.delete(nextOut);
      const out = item === FROM_CACHE ? fromCache(nextOut) : item;
      keys.delete(nextOut);
      onReport(out, nextOut++);
    }
  };
  const linted = (index: number, report: FileReport) => {
    const key = keys.get(index);
    // Stored now, before the report is finalised (baseline, notices) and handed on.
    if (key && options.cache && report.output === undefined) options.cache.set(files[index], key, report);
    tick();
    deliver(index, report);
  };

  for (let i = 0; i < files.length; i++) {
    if (options.cache && options.lint.fix === 'none') {
      let content: Buffer | undefined;
      try {
        // Only regular files: reading a named pipe would block the run (the reader reports it).
        content = statSync(files[i]).isFile() ? readFileSync(files[i]) : undefined;
      } catch {
        content = undefined; // unreadable: lint it and let the reader report why
      }
      if (content) {
        // Everything the file's result depends on besides its content: settings, size limit, registry, mode.
        const settings = `${settingsJson(project.settingsFor(files[i]))}\0${project.maxFileSizeFor(files[i])}`;
        const key = ResultCache.key(content, settings, project.registryFor(files[i]).hash, options.lint.claims === false ? 'findings' : 'claims');
        keys.set(i, key);
        if (options.cache.has(files[i], key)) {
          tick();
          deliver(i, FROM_CACHE);
          continue;
        }
      }
    }
    pending.push(i);
  }

  const script = workerScript();
  const requested = script ? Math.max(1, options.jobs ?? availableParallelism()) : 1;
  const threads = threadCount(requested, pending.map((i) => files[i]), fileSize, bytesPerThread());
  options.onStart?.(threads);
  if (threads > 1) {
    await runInWorkers(script!, threads, pending, files, project, options, linted);
  } else {
    for (let k = 0; k < pending.length; k++) {
      // Now and then a turn of the event loop, so Ctrl-C is heard during a long run.
      if (k % FILES_BETWEEN_YIELDS === 0 && k > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        options.signal?.throwIfAborted();
      }
      linted(pending[k], lintFileSafely(project, files[pending[k]], options.lint));
    }
  }
  return { linted: pending.length, fromCache: files.length - pending.length, threads };
}

// jobs - 1 workers plus the main thread: the main thread would otherwise sit idle, and one fewer
// isolate saves its start-up and memory. Each worker keeps two batches queued so it never waits
// while the main thread is busy linting its own batch.
async function runInWorkers(script: string, jobs: number, pending: number[], files: string[], project: Project, options: RunFilesOptions, onReport: (index: number, report: FileReport) => void): Promise<void> {
  const init: WorkerInit = { projectOptions: options.projectOptions, lint: { fix: options.lint.fix, claims: options.lint.claims } };
  let next = 0;
  let nextId = 0;
  let remaining = pending.length;
  const inFlight = new Map<number, number[]>();
  const take = (size: number): number[] => {
    const batch = pending.slice(next, next + size);
    next += batch.length;
    return batch;
  };
  // Loaded here: most runs are small and lint on one thread, and worker_threads costs start-up time.
  const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
  const workers: Worker[] = [];
  let failed: unknown;

  const allDone = new Promise<void>((resolve, reject) => {
    const settle = () => {
      if (remaining === 0) resolve();
    };
    // Whatever fails while reports are handed on (a report or cache file that cannot be written)
    // ends the run through runFiles' caller: thrown from an event handler it would end the process.
    const fail = (error: unknown) => {
      failed ??= error;
      reject(error);
    };
    const feed = (worker: Worker) => {
      // Smaller batches towards the end, so no thread sits idle while another works through a full batch.
      const batch = take(Math.max(1, Math.min(BATCH_SIZE, Math.floor((pending.length - next) / (4 * jobs)))));
      if (batch.length === 0) return;
      const id = nextId++;
      inFlight.set(id, batch);
      worker.postMessage({ id, files: batch.map((i) => files[i]) } satisfies WorkerRequest);
    };
    for (let w = 0; w < jobs - 1; w++) {
      const worker = new WorkerThread(script, { workerData: init });
      workers.push(worker);
      worker.on('message', (message: WorkerResponse) => {
        if (failed) return;
        try {
          const batch = inFlight.get(message.id)!;
          inFlight.delete(message.id);
          message.reports.forEach((report, k) => onReport(batch[k], report));
          remaining -= batch.length;
          feed(worker);
          settle();
        } catch (error) {
          fail(error);
        }
      });
      worker.on('error', fail);
      feed(worker);
      feed(worker);
    }
    // The main thread's share, in small batches so worker messages are handled promptly.
    options.signal?.addEventListener('abort', () => fail(options.signal!.reason), { once: true });
    const mainLoop = () => {
      if (failed) return;
      try {
        const batch = take(MAIN_BATCH_SIZE);
        for (const i of batch) onReport(i, lintFileSafely(project, files[i], options.lint));
        remaining -= batch.length;
        if (batch.length > 0) setImmediate(mainLoop);
        else settle();
      } catch (error) {
        fail(error);
      }
    };
    setImmediate(mainLoop);
  });
  try {
    await allDone;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
