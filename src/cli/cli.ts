// The claimlint command: arguments -> files -> lint (cache, workers) -> baseline -> reporters -> exit code.
// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage/config/registry error.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core/index.js';
import { CONFIG_FILE_NAMES, type ConfigSettings } from '../core/config.js';
import { Project, type ProjectOptions, type RegistryState } from '../node/project.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { applyBaseline, createBaseline, readBaseline, writeBaseline } from './baseline.js';
import { ResultCache } from './cache.js';
import { checkRef, runImpact } from './impact.js';
import { initProject } from './init.js';
import { buildReport, displayPath } from './lint-file.js';
import { Progress } from './progress.js';
import { REPORTERS } from './reporters/index.js';
import { stylish } from './reporters/stylish.js';
import type { FileReport, RunReport } from './report.js';
import { lintFileSafely, runFiles } from './run.js';
import { selectShard } from './shard.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

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
  readStdin: () => Promise<string>;
}

export async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: string[], io: Io): Promise<number> {
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
  const projectOptions: ProjectOptions = {
    root: path.resolve(cwd, options.root ?? '.'),
    cwd,
    configFile: options.config ? path.resolve(cwd, options.config) : undefined,
    registry: options.registry.length > 0 ? options.registry : undefined,
    overrides,
    today: options.today,
  };
  const project = new Project(projectOptions);
  const report = (files: FileReport[], registry: RegistryState | undefined): RunReport => ({
    tool: { name: 'claimlint', version, informationUri: 'https://github.com/claimlint/claimlint' },
    cwd,
    registry: { found: registry?.found ?? false, files: (registry?.files ?? []).map((f) => displayPath(cwd, f)), entries: registry?.registry.entries.length ?? 0, origin: registry?.origin ?? '' },
    files,
    baselined: 0,
  });
  const printProblems = (findings: Finding[], heading: string) => {
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) byFile.set(f.uri, [...(byFile.get(f.uri) ?? []), f]);
    const files = [...byFile].map(([uri, fs]) => buildReport(cwd, uri, safeRead(uri), fs));
    io.stderr.write(`claimlint: ${heading}\n${stylish(report(files, undefined), { color: false, quiet: false })}`);
  };

  if (options.command === 'print-config') {
    const file = path.resolve(cwd, options.printConfig!);
    const settings = project.settingsFor(file);
    const registry = project.registryFor(file);
    const configs = project.configsFor(file).map((c) => displayPath(cwd, c.uri));
    if (project.configFindings.length > 0) {
      printProblems(project.configFindings, 'the configuration has errors');
      return EXIT_ERROR;
    }
    io.stdout.write(`${JSON.stringify({ file: displayPath(cwd, file), configs, registry: { files: registry.files.map((f) => displayPath(cwd, f)), origin: registry.origin }, maxFileSize: project.maxFileSizeFor(file), settings, ignoredByConfig: project.isIgnoredByConfig(file) }, null, 2)}\n`);
    return EXIT_OK;
  }

  // Which files.
  let files: string[];
  let stdinText: string | undefined;
  const notices: Finding[] = [];
  if (options.stdin) {
    files = [path.resolve(cwd, options.stdinFilename)];
    stdinText = await io.readStdin();
  } else {
    const walk = project.listFiles(options.patterns.length > 0 ? options.patterns : ['.']);
    if (walk.unmatched.length > 0 && options.errorOnUnmatchedPattern) {
      io.stderr.write(`claimlint: no files match ${walk.unmatched.map((p) => `"${p}"`).join(', ')} (use --no-error-on-unmatched-pattern to allow this).\n`);
      return EXIT_ERROR;
    }
    files = walk.files;
    notices.push(...walk.notices);
  }
  if (options.shard) files = selectShard(files, (f) => displayPath(project.root, f), options.shard);

  // Configs and registries of every file, before linting: their errors are fatal (exit 2).
  const registries = new Map<string, RegistryState>();
  for (const file of files) {
    const state = project.registryFor(file);
    registries.set(state.hash + state.files.join('|'), state);
    project.settingsFor(file);
  }
  if (files.length === 0) project.settingsFor(path.join(cwd, 'index.md'));
  if (project.configFindings.length > 0) {
    printProblems(project.configFindings, `the configuration has errors (${CONFIG_FILE_NAMES.join(', ')})`);
    return EXIT_ERROR;
  }
  const registryFindings = [...registries.values()].flatMap((r) => r.findings);
  const registryErrors = registryFindings.filter((f) => f.severity === 'error');
  if (registryErrors.length > 0) {
    printProblems(registryFindings, 'the registry has errors; fix them before claims can be checked');
    return EXIT_ERROR;
  }
  const mainRegistry = [...registries.values()][0] ?? project.registryFor(path.join(cwd, 'index.md'));
  if ([...registries.values()].some((r) => !r.found) || registries.size === 0 && !mainRegistry.found) {
    const missing = [...registries.values()].find((r) => !r.found) ?? mainRegistry;
    io.stderr.write(`claimlint: no registry found (${missing.origin}: ${missing.globs.join(', ')}); every claim is reported as unsubstantiated. Run claimlint --init for a starter registry.\n`);
  }

  // Lint.
  const progress = new Progress(files.length, { requested: options.progress, stream: io.stderr, env: io.env });
  let fileReports: FileReport[];
  let impact: RunReport['impact'];
  if (options.command === 'impact') {
    const problem = checkRef(options.base!, cwd);
    if (problem) {
      io.stderr.write(`claimlint: ${problem}\n`);
      return EXIT_ERROR;
    }
    const result = runImpact(project, files, options.base!, (n) => progress.update(n));
    fileReports = result.reports;
    impact = { base: options.base!, changes: result.changes };
  } else if (stdinText !== undefined) {
    fileReports = [lintFileSafely(project, files[0], { fix: options.fix === 'write' ? 'dry-run' : options.fix }, stdinText)];
    fileReports[0].path = displayPath(cwd, options.stdinFilename);
  } else {
    // Only json and html list every claim; without them, reports carry findings alone (memory, speed).
    const claims = options.formats.some((f) => f.name === 'json' || f.name === 'html');
    const cache = options.cache ? new ResultCache(path.resolve(cwd, options.cacheLocation), version) : undefined;
    fileReports = await runFiles(project, files, { projectOptions, lint: { fix: options.fix, claims }, jobs: options.jobs, cache, onProgress: (n) => progress.update(n) });
    if (cache) {
      cache.pruneMissing();
      cache.save();
    }
  }
  progress.finish();

  // Notices from walking and registry warnings are reported with the files.
  const extra = [...notices, ...registryFindings];
  if (extra.length > 0) {
    const byUri = new Map<string, Finding[]>();
    for (const f of extra) byUri.set(f.uri, [...(byUri.get(f.uri) ?? []), f]);
    for (const [uri, findings] of byUri) {
      const existing = fileReports.find((r) => r.uri === uri);
      const built = buildReport(cwd, uri, safeRead(uri), findings);
      if (existing) existing.findings.push(...built.findings);
      else fileReports.push(built);
    }
  }

  const run = report(fileReports, mainRegistry);
  run.impact = impact;
  if (options.writeBaseline) {
    writeBaseline(path.resolve(cwd, options.writeBaseline), createBaseline(fileReports));
    io.stderr.write(`claimlint: wrote the baseline ${options.writeBaseline} (${fileReports.reduce((n, f) => n + f.findings.length, 0)} findings)\n`);
  }
  const baselineFile = options.baseline ?? options.writeBaseline;
  if (baselineFile) {
    const { baseline, error } = readBaseline(path.resolve(cwd, baselineFile));
    if (!baseline) {
      io.stderr.write(`claimlint: ${error}\n`);
      return EXIT_ERROR;
    }
    run.baselined = applyBaseline(fileReports, baseline);
  }
  if (options.quiet) for (const file of fileReports) file.findings = file.findings.filter((f) => f.severity === 'error');

  // Output.
  for (const target of options.formats) {
    const text = REPORTERS[target.name](run, { color: target.file ? false : color, quiet: options.quiet });
    if (target.file) {
      const out = path.resolve(cwd, target.file);
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, text);
    } else io.stdout.write(text);
  }

  let errors = 0;
  let warnings = 0;
  for (const file of fileReports) for (const f of file.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  if (errors > 0) return EXIT_FINDINGS;
  if (options.failOn === 'warning' && warnings > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`claimlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

function safeRead(uri: string): string {
  try {
    return readFileSync(uri, 'utf8');
  } catch {
    return '';
  }
}
