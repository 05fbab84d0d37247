// The claimlint command: arguments -> files -> lint (cache, workers) -> per file: baseline, reporters -> exit code.
// Reports stream: each file's report is finalised and written by every reporter as it arrives.
// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage/config/registry error.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { LineIndex, type Finding } from '../core/index.js';
import type { ConfigSettings } from '../core/config.js';
import { configAbove, Project, type ProjectOptions, type RegistryState } from '../node/project.js';
import { unreadableKind } from '../node/read-document.js';
import { HELP, parseCliArgs, UsageError, type CliOptions, type FormatTarget } from './args.js';
import { prepareBaselineFile, readBaseline, writeBaseline, type Baseline } from './baseline.js';
import { ResultCache } from './cache.js';
import { resolveCommit } from './git.js';
import { runImpact } from './impact.js';
import { initProject } from './init.js';
import { buildReport, displayPath } from './lint-file.js';
import { Progress } from './progress.js';
import { CannotWriteError, FileSink, Spool, type Sink } from './output.js';
import { ReportStream } from './report-stream.js';
import { REPORTERS, STREAMING_REPORTERS, type ReporterName } from './reporters/index.js';
import { plural, type FileReport, type RunEnd, type RunReport, type Totals } from './report.js';
import { lintFileSafely, runFiles, type RunFilesStats } from './run.js';
import { selectShard } from './shard.js';
import { writeClash } from './write-targets.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** GitHub code scanning rejects a SARIF upload with more results than this in one run. */
export const SARIF_RESULTS_GITHUB_ACCEPTS = 25_000;

/** A warning when a SARIF output holds more results than GitHub code scanning accepts in a run. */
export function sarifTooLargeWarning(formats: readonly FormatTarget[], totals: Totals): string | undefined {
  const results = totals.errors + totals.warnings + totals.infos;
  if (!formats.some((f) => f.name === 'sarif') || results <= SARIF_RESULTS_GITHUB_ACCEPTS) return undefined;
  return `the SARIF output has ${results} results; GitHub code scanning rejects an upload with more than ${SARIF_RESULTS_GITHUB_ACCEPTS} results in a run (and shows at most 5000). Upload each --shard with its own category, or adopt a --baseline so only new findings are reported (docs/cli.md, SARIF).`;
}

function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input's bytes (decoded like a file's: BOM, binary, invalid UTF-8). */
  readStdin: () => Promise<Uint8Array>;
  /**
   * Calls the handler on Ctrl-C or SIGTERM until the returned function is called. The process
   * entry provides it; while it is subscribed the run cleans up (no half-written report, cache or
   * temporary file) and exits 130 or 143 instead of dying mid-write.
   */
  onInterrupt?: (handler: (signal: InterruptSignal) => void) => () => void;
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** The run was stopped by a signal; exit 128 + its number, as shells report it. */
export class InterruptedError extends Error {
  constructor(readonly signal: InterruptSignal) {
    super(`interrupted (${signal})`);
  }
  get exitCode(): number {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}

export async function readAll(stream: NodeJS.ReadStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    // A file it was told to write (report, baseline, cache): a usage problem, said in one line.
    if (error instanceof CannotWriteError) {
      io.stderr.write(`claimlint: ${error.message}\n`);
      return EXIT_ERROR;
    }
    if (error instanceof InterruptedError) {
      io.stderr.write(`\nclaimlint: ${error.message}; no report or cache file was written\n`);
      return error.exitCode;
    }
    throw error;
  }
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`claimlint: ${error.message}\nRun claimlint --help for usage.\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
  const version = toolVersion();
  if (options.command === 'help') {
    io.stdout.write(`${HELP}\n`);
    return EXIT_OK;
  }
  if (options.command === 'version') {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  const color = options.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
  const cwd = io.cwd;
  if (options.command === 'init') {
    const { written, kept } = initProject(cwd);
    for (const name of written) io.stdout.write(`wrote ${name}\n`);
    for (const name of kept) io.stdout.write(`kept ${name} (already exists)\n`);
    return EXIT_OK;
  }

  const overrides: ConfigSettings = {};
  if (options.jurisdiction) overrides.jurisdiction = options.jurisdiction;
  if (options.requireSuppressionReason) overrides.requireSuppressionReason = true;
  if (options.reportSupported) overrides.reportSupported = true;
  const root = path.resolve(cwd, options.root ?? '.');
  if (options.root !== undefined && !statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr.write(`claimlint: --root ${options.root} is not a folder.\n`);
    return EXIT_ERROR;
  }
  const projectOptions: ProjectOptions = {
    root,
    cwd,
    configFile: options.config ? path.resolve(cwd, options.config) : undefined,
    registry: options.registry.length > 0 ? options.registry : undefined,
    overrides,
    today: options.today,
    // One run, one registry: read once rather than re-checked for every file.
    readOnce: true,
  };
  const project = new Project(projectOptions);
  const tool = { name: 'claimlint', version, informationUri: 'https://github.com/claimlint/claimlint' };
  /** What the reports say of the registry a run used. */
  const registrySummary = (registry: RegistryState | undefined): RunReport['registry'] => ({ found: registry?.found ?? false, files: (registry?.files ?? []).map((f) => displayPath(cwd, f)), entries: registry?.registry.entries.length ?? 0, origin: registry?.origin ?? '' });
  const report = (files: FileReport[], registry: RegistryState | undefined): RunReport => ({
    tool,
    cwd,
    registry: registrySummary(registry),
    files,
    baselined: 0,
  });
  const printProblems = (findings: Finding[], heading: string) => {
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) byFile.set(f.uri, [...(byFile.get(f.uri) ?? []), f]);
    const files = [...byFile].map(([uri, fs]) => buildReport(cwd, uri, safeRead(uri), fs, undefined, undefined, (u) => new LineIndex(safeRead(u))));
    io.stderr.write(`claimlint: ${heading}\n${REPORTERS.stylish(report(files, undefined), { color: false, quiet: false })}`);
  };

  /** One reporter per output; colour only on a terminal, never in a file. */
  const reportersFor = (outputs: Output[]) => outputs.map((o) => STREAMING_REPORTERS[o.name](o.sink, { color: o.file ? false : color, quiet: options.quiet }));

  // Config or registry errors end the run before linting (exit 2). They go to stderr, and to every
  // requested format but stylish on standard output (stderr has them), so CI annotations, SARIF
  // uploads and job summaries point at the broken line too.
  const setupFailed = (findings: Finding[], heading: string, registry?: RegistryState): number => {
    printProblems(findings, heading);
    const formats = options.formats.filter((f) => f.file !== undefined || f.name !== 'stylish');
    const outputs = openOutputs({ ...options, formats }, io, cwd, true);
    const stream = new ReportStream({ cwd, extras: findings, quiet: options.quiet, readText: safeRead }, reportersFor(outputs));
    try {
      stream.start({ tool, cwd, registry: registrySummary(registry) });
      stream.finish();
      for (const output of outputs) output.close();
    } catch (error) {
      for (const output of outputs) output.abort();
      throw error;
    }
    return EXIT_ERROR;
  };
  /** The config files named in findings, as the user would look for them. */
  const configNames = (findings: Finding[]): string => options.config ?? [...new Set(findings.map((f) => displayPath(cwd, f.uri)))].join(', ');

  if (options.command === 'print-config') {
    const file = path.resolve(cwd, options.printConfig!);
    // Settings depend on the file's name (overrides by glob): a folder has none of its own.
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      io.stderr.write(`claimlint: --print-config needs a file, and ${options.printConfig} is a folder; name a file in it (it need not exist yet): --print-config ${path.join(options.printConfig!, 'page.md')}\n`);
      return EXIT_ERROR;
    }
    const settings = project.settingsFor(file);
    const registry = project.registryFor(file);
    const configs = project.configsFor(file).map((c) => displayPath(cwd, c.uri));
    if (project.configFindings.length > 0) {
      printProblems(project.configFindings, 'the configuration has errors');
      return EXIT_ERROR;
    }
    io.stdout.write(`${JSON.stringify({ file: displayPath(cwd, file), configs, registry: { files: registry.files.map((f) => displayPath(cwd, f)), origin: registry.origin }, maxFileSize: project.maxFileSizeFor(file), settings, ignoredByConfig: project.isIgnoredByConfig(file), ignoredByIgnoreFiles: project.isIgnoredByIgnoreFiles(file) }, null, 2)}\n`);
    if (!existsSync(file)) io.stderr.write(`claimlint: ${options.printConfig} does not exist; these are the settings it would get.\n`);
    return EXIT_OK;
  }

  // Which files.
  let files: string[];
  let stdinBytes: Uint8Array | undefined;
  const notices: Finding[] = [];
  if (options.stdin) {
    files = [path.resolve(cwd, options.stdinFilename)];
    stdinBytes = await io.readStdin();
  } else {
    const walk = project.listFiles(options.patterns.length > 0 ? options.patterns : ['.']);
    if (walk.unmatched.length > 0 && options.errorOnUnmatchedPattern) {
      io.stderr.write(`claimlint: no files match ${walk.unmatched.map((p) => `"${p}"`).join(', ')} (use --no-error-on-unmatched-pattern to allow this).\n`);
      return EXIT_ERROR;
    }
    files = walk.files;
    notices.push(...walk.notices);
    for (const named of walk.excludedNamed) {
      const why = project.isRegistryOrConfigFile(named) ? 'it is a registry or config file' : 'an "ignore" glob of the config excludes it';
      io.stderr.write(`claimlint: not linting ${named}: ${why}.\n`);
    }
  }
  // The baseline a run applies: the one --baseline names, or the one it writes, which then records
  // every finding and hides them all (also when --baseline names that same file: it is rewritten).
  const baselineFile = options.baseline ?? options.writeBaseline;
  const rewritesBaseline = options.writeBaseline !== undefined && path.resolve(cwd, baselineFile!) === path.resolve(cwd, options.writeBaseline);
  const clash = writeClash(
    [
      ...options.formats.filter((f) => f.file !== undefined).map((f) => ({ file: path.resolve(cwd, f.file!), shownAs: `--format ${f.name}=${f.file}` })),
      ...(options.writeBaseline ? [{ file: path.resolve(cwd, options.writeBaseline), shownAs: `--write-baseline ${options.writeBaseline}` }] : []),
      ...(options.cache ? [{ file: path.resolve(cwd, options.cacheLocation), shownAs: `--cache-location ${options.cacheLocation}` }] : []),
    ],
    options.baseline && !rewritesBaseline ? [{ file: path.resolve(cwd, options.baseline), shownAs: `the baseline ${options.baseline}` }] : [],
    stdinBytes === undefined ? files : [],
  );
  if (clash) {
    io.stderr.write(`claimlint: ${clash}\n`);
    return EXIT_ERROR;
  }

  // A shard's part of the files, and of the findings about registry, config and skipped files:
  // each is reported by one shard only, chosen as a file is, so merged shards count it once.
  const inShard = <T>(items: T[], pathOf: (item: T) => string): T[] => (options.shard ? selectShard(items, (item) => displayPath(project.root, pathOf(item)), options.shard) : items);

  // Configs and registries of every file of the run (of every shard: their errors fail each shard
  // alike), before linting: their errors are fatal (exit 2). With nothing to lint, those that would
  // apply in the working folder are checked, so a broken registry never passes as "0 files checked"
  // (claimlint --registry x.yaml on its own).
  const registries = new Map<string, RegistryState>();
  for (const file of files.length > 0 ? files : [path.join(cwd, 'index.md')]) {
    const state = project.registryFor(file);
    registries.set(state.hash + state.files.join('|'), state);
    project.settingsFor(file);
  }
  files = inShard(files, (f) => f);
  if (project.configFindings.length > 0) {
    return setupFailed(project.configFindings, `the configuration has errors (${configNames(project.configFindings)})`);
  }
  const registryFindings = [...registries.values()].flatMap((r) => r.findings);
  const registryErrors = registryFindings.filter((f) => f.severity === 'error');
  const mainRegistry = [...registries.values()][0];
  if (registryErrors.length > 0) {
    return setupFailed(registryFindings, 'the registry has errors; fix them before claims can be checked', mainRegistry);
  }
  const missing = [...registries.values()].find((r) => !r.found);
  if (missing) {
    // Config discovery stops at the project root (the current folder unless --root says otherwise).
    const above = missing.origin === 'default registry globs' ? configAbove(root) : undefined;
    const aboveDir = above && path.relative(cwd, path.dirname(above));
    const hint = above ? `${path.relative(cwd, above)} is above the project root; run claimlint from ${aboveDir} or pass --root ${aboveDir}` : 'Run claimlint --init for a starter registry';
    io.stderr.write(`claimlint: no registry found (${missing.origin}: ${missing.globs.join(', ')}); every claim is reported as unsubstantiated. ${hint}.\n`);
  }

  // Baseline to apply, read before the run so each file is finalised as it arrives.
  let baseline: Baseline | 'written' | undefined;
  if (baselineFile) {
    if (rewritesBaseline) baseline = 'written';
    else {
      const read = readBaseline(path.resolve(cwd, baselineFile));
      if (!read.baseline) {
        io.stderr.write(`claimlint: ${read.error}\n`);
        return EXIT_ERROR;
      }
      baseline = read.baseline;
    }
  }

  // The baseline is written after the run: a path it cannot be written to should fail now, not
  // after a long run.
  if (options.writeBaseline) prepareBaselineFile(path.resolve(cwd, options.writeBaseline), options.writeBaseline);

  const progress = new Progress(files.length, { requested: options.progress, stream: io.stderr, env: io.env });
  let impact: RunReport['impact'];
  let impactReports: FileReport[] | undefined;
  let sameOnBothSides: string[] = [];
  if (options.command === 'impact') {
    // Impact compares two complete runs, so its reports are collected before anything is written.
    const base = resolveCommit(options.base!, cwd);
    if ('problem' in base) {
      io.stderr.write(`claimlint: ${base.problem}\n`);
      return EXIT_ERROR;
    }
    const result = runImpact(project, files, base.commit, (n) => progress.update(n));
    sameOnBothSides = result.sameOnBothSides;
    for (const file of result.configProblemsAtCommit) io.stderr.write(`claimlint: ${displayPath(cwd, file)} has errors at ${options.base}: impact reads what it can of it there.\n`);
    impactReports = result.reports;
    impact = { base: options.base!, changes: result.changes };
  }

  // Output: reporters write while files are linted. Only the first stdout format writes at once,
  // and only when no progress bar shares the terminal; the others wait in spools so each format's
  // text stays in one piece, in the order given.
  const outputs = openOutputs(options, io, cwd, !progress.enabled);
  const reporters = reportersFor(outputs);
  const stream = new ReportStream({
    cwd,
    extras: inShard([...notices, ...registryFindings], (f) => f.uri),
    baseline,
    baselineFile: baselineFile ? path.resolve(cwd, baselineFile) : undefined,
    writeBaseline: options.writeBaseline ? path.resolve(cwd, options.writeBaseline) : undefined,
    quiet: options.quiet,
    readText: safeRead,
  }, reporters);
  let end: RunEnd;
  let cache: ResultCache | undefined;
  let stats: RunFilesStats = { linted: files.length, fromCache: 0, threads: 1 };
  /** Files --fix rewrote (or --fix-dry-run would rewrite). */
  let changedFiles = 0;
  try {
    stream.start({
      tool,
      cwd,
      registry: registrySummary(mainRegistry),
      impact,
    });
    if (impactReports) {
      for (const fileReport of impactReports) stream.add(fileReport);
    } else if (stdinBytes !== undefined) {
      const fileReport = lintFileSafely(project, files[0], { fix: options.fix === 'write' ? 'dry-run' : options.fix }, stdinBytes);
      fileReport.path = displayPath(cwd, options.stdinFilename);
      stream.add(fileReport);
    } else {
      // Only json and html list every claim; without them, reports carry findings alone (memory, speed).
      const claims = options.formats.some((f) => f.name === 'json' || f.name === 'html');
      cache = options.cache ? new ResultCache(path.resolve(cwd, options.cacheLocation), version) : undefined;
      const interrupt = new AbortController();
      const unsubscribe = io.onInterrupt?.((signal) => interrupt.abort(new InterruptedError(signal)));
      try {
        stats = await runFiles(project, files, { projectOptions, lint: { fix: options.fix, claims }, jobs: options.jobs, cache, signal: interrupt.signal, onProgress: (n) => progress.update(n), onStart: (threads) => (progress.threads = threads) }, (fileReport) => {
          if (fileReport.output !== undefined) changedFiles++;
          stream.add(fileReport);
        });
      } finally {
        unsubscribe?.();
      }
      if (cache) {
        cache.pruneMissing();
        cache.save();
      }
    }
    progress.finish();
    end = stream.finish();
    if (stream.baselineBuilder) {
      writeBaseline(path.resolve(cwd, options.writeBaseline!), stream.baselineBuilder.build(), options.writeBaseline);
      io.stderr.write(`claimlint: wrote the baseline ${options.writeBaseline} (${stream.baselineBuilder.findings} findings)\n`);
    }
    for (const output of outputs) output.close();
  } catch (error) {
    cache?.discard();
    for (const output of outputs) output.abort();
    throw error;
  }

  // For tuning --jobs and --cache, and for the memory tests.
  if (io.env.CLAIMLINT_STATS) io.stderr.write(`claimlint: stats: ${stats.linted} files linted, ${stats.fromCache} from the cache, on ${stats.threads} thread${stats.threads === 1 ? '' : 's'}; peak RSS ${process.resourceUsage().maxRSS} KB\n`);
  // On stderr, so machine-readable formats on stdout stay as they are.
  for (const file of sameOnBothSides) io.stderr.write(`claimlint: ${displayPath(cwd, file)} is outside the git repository: impact reads it as it is now on both sides.\n`);
  if (options.fix === 'write' && stdinBytes === undefined) io.stderr.write(`claimlint: --fix rewrote ${plural(changedFiles, 'file')}\n`);
  if (options.fix === 'dry-run' && stdinBytes === undefined) io.stderr.write(`claimlint: --fix-dry-run: ${plural(changedFiles, 'file')} would change (the json format shows the fixed text)\n`);
  const tooLarge = sarifTooLargeWarning(options.formats, end.totals);
  if (tooLarge) io.stderr.write(`claimlint: warning: ${tooLarge}\n`);
  const { errors, warnings } = end.totals;
  if (errors > 0) return EXIT_FINDINGS;
  if (options.failOn === 'warning' && warnings > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`claimlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

interface Output {
  name: ReporterName;
  file?: string;
  sink: Sink;
  /** Finishes the output: renames the file into place, or copies a spool to stdout. */
  close(): void;
  /** Drops partial output after a failure. */
  abort(): void;
}

function openOutputs(options: CliOptions, io: Io, cwd: string, stdoutDirect: boolean): Output[] {
  const stdout: Sink = { write: (chunk) => void io.stdout.write(chunk) };
  let directTaken = !stdoutDirect;
  const outputs: Output[] = [];
  try {
    for (const target of options.formats) {
      if (target.file) {
        const sink = new FileSink(path.resolve(cwd, target.file), 'the report', target.file);
        outputs.push({ name: target.name, file: target.file, sink, close: () => sink.close(), abort: () => sink.abort() });
      } else if (!directTaken) {
        directTaken = true;
        outputs.push({ name: target.name, sink: stdout, close: () => {}, abort: () => {} });
      } else {
        const spool = new Spool();
        outputs.push({ name: target.name, sink: spool, close: () => spool.drainTo(stdout), abort: () => spool.dispose() });
      }
    }
  } catch (error) {
    for (const output of outputs) output.abort();
    throw error;
  }
  return outputs;
}

/** A file's text for the line and column of findings about it; '' where it cannot be read (a FIFO would block). */
function safeRead(uri: string): string {
  try {
    return unreadableKind(uri) ? '' : readFileSync(uri, 'utf8');
  } catch {
    return '';
  }
}
