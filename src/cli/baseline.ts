// Baseline files let a team adopt claimlint on an existing site: findings recorded once are hidden,
// new ones fail. Entries are counts per file and fingerprint, so two identical claims on one page
// are two entries, and line shifts or unrelated edits do not matter.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { FileReport } from './report.js';
import { writeFileAtomically } from './fix.js';
import { unreadableKind } from '../node/read-document.js';
import { CannotWriteError, makeDirectories } from './output.js';

export interface Baseline {
  version: 1;
  files: Record<string, Record<string, number>>;
}

/**
 * A file's key in a baseline: its path relative to the baseline file's folder, '/'-separated, so a
 * run from another folder (`--root ..` from a subfolder) still finds its entries. From the folder
 * the baseline sits in, that is the path every format shows.
 */
export function baselineKey(baselineFile: string, file: FileReport): string {
  return path.relative(path.dirname(baselineFile), file.uri).split(path.sep).join('/');
}

/** Collects baseline counts file by file (a streamed run keeps only these, not the reports). */
export class BaselineBuilder {
  private readonly files = new Map<string, Record<string, number>>();
  /** Findings recorded so far. */
  findings = 0;

  /** `baselineFile`: the absolute path the baseline will be written to (its keys are relative to its folder). */
  constructor(private readonly baselineFile: string) {}

  add(file: FileReport): void {
    if (file.findings.length === 0) return;
    const counts: Record<string, number> = {};
    for (const f of file.findings) counts[f.fingerprint] = (counts[f.fingerprint] ?? 0) + 1;
    this.files.set(baselineKey(this.baselineFile, file), counts);
    this.findings += file.findings.length;
  }

  build(): Baseline {
    const baseline: Baseline = { version: 1, files: {} };
    for (const [file, counts] of [...this.files].sort(([a], [b]) => a.localeCompare(b))) {
      baseline.files[file] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
    }
    return baseline;
  }
}

/** Creates the baseline file's folder and checks the path is not a folder, before the run. */
export function prepareBaselineFile(file: string, shownAs = file): void {
  try {
    makeDirectories(path.dirname(file));
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
  } catch (error) {
    throw new CannotWriteError('the baseline', shownAs, error);
  }
}

/** Writes the baseline file (its folder made by prepareBaselineFile); `shownAs` is the path as the user gave it. */
export function writeBaseline(file: string, baseline: Baseline, shownAs = file): void {
  writeFileAtomically(file, `${JSON.stringify(baseline, null, 2)}\n`, 'the baseline', shownAs);
}

/** Reads a baseline file; a problem is returned as a message (usage error, exit 2). */
export function readBaseline(file: string): { baseline?: Baseline; error?: string } {
  const kind = unreadableKind(file, { pipeAllowed: true });
  if (kind) return { error: `cannot read the baseline ${file}: it is ${kind}, not a regular file` };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: `cannot read the baseline ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const value = JSON.parse(text) as unknown;
    const problem = baselineProblem(value);
    if (problem) return { error: `${file} is not a claimlint baseline: ${problem} (expected {"version": 1, "files": {"page.md": {"<fingerprint>": 1}}}, as --write-baseline writes it)` };
    return { baseline: value as Baseline };
  } catch (error) {
    return { error: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What makes `value` no baseline (another JSON file given by mistake, a hand edit gone wrong), or undefined. */
function baselineProblem(value: unknown): string | undefined {
  if (!isRecord(value) || value.version !== 1) return '"version" is not 1';
  if (!isRecord(value.files)) return '"files" is not an object';
  for (const [page, counts] of Object.entries(value.files)) {
    if (!isRecord(counts)) return `"files"."${page}" is not an object of fingerprints`;
    for (const [fingerprint, count] of Object.entries(counts)) {
      if (!Number.isInteger(count) || (count as number) < 0) return `"files"."${page}"."${fingerprint}" is not a count (a whole number)`;
    }
  }
  return undefined;
}

/** Removes findings recorded in the baseline read from `baselineFile` (each recorded count hides that many); returns how many were hidden. */
export function applyBaseline(files: FileReport[], baseline: Baseline, baselineFile: string): number {
  let hidden = 0;
  for (const file of files) {
    const recorded = baseline.files[baselineKey(baselineFile, file)];
    if (!recorded) continue;
    const remaining = { ...recorded };
    file.findings = file.findings.filter((f) => {
      if ((remaining[f.fingerprint] ?? 0) > 0) {
        remaining[f.fingerprint]--;
        hidden++;
        return false;
      }
      return true;
    });
  }
  return hidden;
}
