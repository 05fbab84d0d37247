// Command-line parsing (node:util parseArgs) into a checked CliOptions; mistakes are UsageErrors (exit 2).
import { parseArgs } from 'node:util';
import type { Jurisdiction } from '../core/index.js';
import { REPORTER_NAMES, type ReporterName } from './reporters/index.js';

export class UsageError extends Error {}

export interface FormatTarget {
  name: ReporterName;
  /** Write to this file instead of stdout. */
  file?: string;
}

export interface CliOptions {
  command: 'lint' | 'impact' | 'init' | 'print-config' | 'help' | 'version';
  patterns: string[];
  stdin: boolean;
  stdinFilename: string;
  root?: string;
  config?: string;
  registry: string[];
  printConfig?: string;
  formats: FormatTarget[];
  maxWarnings?: number;
  failOn: 'error' | 'warning';
  fix: 'none' | 'write' | 'dry-run';
  jurisdiction?: Jurisdiction;
  color?: boolean;
  quiet: boolean;
  requireSuppressionReason: boolean;
  reportSupported: boolean;
  writeBaseline?: string;
  baseline?: string;
  cache: boolean;
  cacheLocation: string;
  jobs?: number;
  progress?: boolean;
  shard?: { index: number; count: number };
  base?: string;
  today?: string;
  errorOnUnmatchedPattern: boolean;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  init: { type: 'boolean' },
  'print-config': { type: 'string' },
  root: { type: 'string' },
  config: { type: 'string', short: 'c' },
  registry: { type: 'string', short: 'r', multiple: true },
  format: { type: 'string', short: 'f', multiple: true },
  'max-warnings': { type: 'string' },
  'fail-on': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  jurisdiction: { type: 'string' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'stdin-filename': { type: 'string' },
  'require-suppression-reason': { type: 'boolean' },
  'report-supported': { type: 'boolean' },
  'write-baseline': { type: 'string' },
  baseline: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  progress: { type: 'boolean' },
  shard: { type: 'string' },
  base: { type: 'string' },
  today: { type: 'string' },
  'error-on-unmatched-pattern': { type: 'boolean' },
} as const;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  let positionals = [...parsed.positionals];
  let command: CliOptions['command'] = 'lint';
  if (positionals[0] === 'impact') {
    command = 'impact';
    positionals = positionals.slice(1);
    if (!v.base) throw new UsageError('claimlint impact needs --base <git-ref> (the registry version to compare with).');
  } else if (v.base) throw new UsageError('--base is only for `claimlint impact`.');
  if (v.help) command = 'help';
  else if (v.version) command = 'version';
  else if (v.init) command = 'init';
  else if (v['print-config'] !== undefined) command = 'print-config';

  const formats: FormatTarget[] = (v.format ?? ['stylish']).map((spec) => {
    const eq = spec.indexOf('=');
    const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
    const file = eq < 0 ? undefined : spec.slice(eq + 1);
    if (!(REPORTER_NAMES as readonly string[]).includes(name)) throw new UsageError(`Unknown format "${name}". Formats: ${REPORTER_NAMES.join(', ')}.`);
    if (file !== undefined && file.length === 0) throw new UsageError(`--format ${name}= needs a file name after "=".`);
    return { name: name as ReporterName, file };
  });
  if (formats.filter((f) => f.file === undefined).length > 1) throw new UsageError('Only one --format can write to standard output; give the others a file: --format sarif=out.sarif.');

  const integer = (flag: string, value: string | undefined, min: number): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${flag} needs a whole number ≥ ${min}, not "${value}".`);
    return Number(value);
  };

  const failOn = v['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on must be "error" or "warning", not "${failOn}".`);
  const jurisdiction = v.jurisdiction?.toUpperCase();
  if (jurisdiction !== undefined && jurisdiction !== 'US' && jurisdiction !== 'UK') throw new UsageError(`--jurisdiction must be US or UK, not "${v.jurisdiction}".`);
  if (v.fix && v['fix-dry-run']) throw new UsageError('Use either --fix or --fix-dry-run, not both.');

  let shard: CliOptions['shard'];
  if (v.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(v.shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not "${v.shard}".`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  if (v.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.today)) throw new UsageError(`--today must be YYYY-MM-DD, not "${v.today}".`);
  if (v.today !== undefined && !isCalendarDate(v.today)) throw new UsageError(`--today must be a real date, not "${v.today}".`);

  if (command === 'print-config' && positionals.length > 0) throw new UsageError(`--print-config shows the settings of one file (${v['print-config']}); remove ${positionals.map((p) => `"${p}"`).join(', ')}.`);
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) throw new UsageError('"-" (standard input) cannot be combined with other paths.');
  if (stdin && v.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run with --format json to get the fixed text.');
  if (stdin && shard) throw new UsageError('--shard splits the files of a run among machines; standard input is one document: lint it without --shard.');
  if (stdin && command === 'impact') throw new UsageError('claimlint impact lints files on disk with the registry at both refs; it cannot read standard input.');
  // Impact findings are verdict changes, not a file's findings: nothing to fix, nothing to record.
  if (command === 'impact' && (v.fix || v['fix-dry-run'])) throw new UsageError(`claimlint impact reports verdict changes and never rewrites files; run claimlint ${v.fix ? '--fix' : '--fix-dry-run'} without impact.`);
  if (command === 'impact' && v['write-baseline'] !== undefined) throw new UsageError('claimlint impact reports only the claims whose verdict changed, so a baseline of them would be incomplete; run claimlint --write-baseline without impact.');

  return {
    command,
    patterns: stdin ? [] : positionals,
    stdin,
    stdinFilename: v['stdin-filename'] ?? 'stdin.md',
    root: v.root,
    config: v.config,
    registry: v.registry ?? [],
    printConfig: v['print-config'],
    formats,
    maxWarnings: integer('max-warnings', v['max-warnings'], 0),
    failOn,
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : 'none',
    jurisdiction: jurisdiction as Jurisdiction | undefined,
    color: v.color,
    quiet: v.quiet ?? false,
    requireSuppressionReason: v['require-suppression-reason'] ?? false,
    reportSupported: v['report-supported'] ?? false,
    writeBaseline: v['write-baseline'],
    baseline: v.baseline,
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'] ?? '.claimlintcache',
    jobs: integer('jobs', v.jobs, 1),
    progress: v.progress,
    shard,
    base: v.base,
    today: v.today,
    errorOnUnmatchedPattern: v['error-on-unmatched-pattern'] ?? true,
  };
}

export const HELP = `Usage: claimlint [options] [paths|globs...]
       claimlint impact --base <git-ref> [options] [paths|globs...]
       claimlint - --stdin-filename page.md       (lint standard input)

Lints marketing copy (Markdown, YAML) against the registry of verified capabilities and measurements.
With no paths, lints the current folder.

Configuration:
  -c, --config FILE               use only this config file (no cascade)
  -r, --registry FILE|GLOB        registry files (repeatable; replaces the config's "registry")
      --root DIR                  project root: config discovery stops here (default: current folder)
      --jurisdiction US|UK        reading defaults for "up to", bounds and averages
      --require-suppression-reason  suppression directives must give a reason after "--"
      --report-supported          report supported claims as info findings
      --today YYYY-MM-DD          date used for staleness (default: today)
      --init                      write a starter claimlint.config.yaml and claims.registry.yaml
      --print-config FILE         print the effective settings for FILE and exit

Output:
  -f, --format NAME[=FILE]        stylish (default), json, sarif, junit, github, markdown, html;
                                  repeatable, one to stdout and the rest to files
  -q, --quiet                     report errors only
      --no-color                  plain output (colour is on for a terminal)
      --progress / --no-progress  progress bar on stderr (default: on a terminal, not in CI)

Exit status:
      --fail-on error|warning     lowest severity that fails the run (default: error)
      --max-warnings N            also fail when there are more than N warnings
      --write-baseline FILE       record current findings; with --baseline, report only new ones
      --baseline FILE             hide findings recorded in FILE
      --no-error-on-unmatched-pattern  a path or glob that matches no file is not an error

Fixes:
      --fix                       apply safe fixes to the files
      --fix-dry-run               compute safe fixes without writing (json shows the output)

Speed:
      --cache                     reuse results of unchanged files (content hash, config and registry)
      --cache-location FILE       default .claimlintcache
  -j, --jobs N                    most threads (default: number of cores; one per 2.5 MB of copy)
      --shard i/n                 lint only the i-th of n deterministic parts (CI matrix)

Impact:
      impact --base REF           lint with the registry as it was at git REF and as it is now;
                                  report every claim whose verdict changed

  -h, --help                      this help
  -v, --version                   the version

Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage, config or registry error,
130 interrupted (Ctrl-C).
Docs: docs/cli.md`;

/** Is YYYY-MM-DD a day of the calendar (not 2026-13-45)? */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
