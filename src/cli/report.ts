// What a run hands to reporters: plain data (it crosses worker threads), positions already in
// line/column, each finding with its baseline fingerprint.
import type { Claim, ClaimKind, Evidence, Finding, LineColumn, OffsetRange, Severity, Verdict } from '../core/index.js';

/** The parts of a claim reporters use; the sentence and context stay behind (memory on 10k-file runs). */
export type ReportedClaimRef = Pick<Claim, 'kind' | 'text' | 'range'>;

/** A place a finding refers to, such as the registry entry its verdict rests on (SARIF relatedLocations). */
export interface ReportedRelated {
  /** Absolute path. */
  uri: string;
  /** Relative to the working directory, '/'-separated, like FileReport.path. */
  path: string;
  range: OffsetRange;
  start: LineColumn;
  end: LineColumn;
  message: string;
}

export interface ReportedFinding extends Omit<Finding, 'claim' | 'related'> {
  claim?: ReportedClaimRef;
  /** Only when there are some (and reports cached by an older version have none). */
  related?: ReportedRelated[];
  /** 1-based start and end, computed once where the text is at hand. */
  start: LineColumn;
  end: LineColumn;
  /** Stable identity for baselines and SARIF partialFingerprints (no line numbers in it). */
  fingerprint: string;
  /** In impact mode: the verdict before the registry change. */
  previousVerdict?: Verdict;
}

export interface ReportedClaim {
  kind: ClaimKind;
  text: string;
  verdict: Verdict;
  entryId?: string;
  evidence?: Evidence;
  start: LineColumn;
  end: LineColumn;
  /** Offsets in the text: impact points a finding of its own at a claim the lint did not report. */
  range: OffsetRange;
  /** The finding's message when the claim was reported. */
  message?: string;
  /** A directive suppresses the claim's finding: a lint run does not report it. */
  suppressed?: true;
  previousVerdict?: Verdict;
}

export interface FileReport {
  /** Absolute path (or the stdin name). */
  uri: string;
  /** Path relative to the working directory, '/'-separated: what people and CI tools read. */
  path: string;
  findings: ReportedFinding[];
  claims: ReportedClaim[];
  /** Text after --fix / --fix-dry-run, when fixes changed it. */
  output?: string;
  /** Served from the cache. */
  cached?: boolean;
}

export interface ImpactChange {
  entryId: string;
  /** "p90 2 h → 6 h" style description of what the entry's evidence did, when it changed. */
  evidenceBefore?: string;
  evidenceAfter?: string;
  /** Claims whose verdict changed, counted by new verdict. */
  byVerdict: Partial<Record<Verdict, number>>;
  claims: number;
  files: number;
}

export interface RunReport {
  tool: { name: string; version: string; informationUri: string };
  cwd: string;
  registry: { found: boolean; files: string[]; entries: number; origin: string };
  files: FileReport[];
  /** Findings hidden by the baseline. */
  baselined: number;
  /** Present in `claimlint impact` runs. */
  impact?: { base: string; changes: ImpactChange[] };
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a `--fix` run would fix; always 0 in `claimlint impact`, which refuses --fix. */
  fixable: number;
  files: number;
  filesWithFindings: number;
}

/** Totals counted file by file as reports stream past (nothing else of the report is kept). */
export class TotalsCounter {
  readonly totals: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0, files: 0, filesWithFindings: 0 };
  /**
   * False in impact runs: they refuse --fix, so nothing they report is "fixable with --fix" (the
   * findings still carry their fixes, for a lint run or the editor).
   */
  countFixable = true;

  add(file: FileReport): void {
    const t = this.totals;
    t.files++;
    if (file.findings.length > 0) t.filesWithFindings++;
    for (const f of file.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.infos++;
      if (this.countFixable && f.fixes.some((x) => x.safe)) t.fixable++;
    }
  }
}

export function totals(report: RunReport): Totals {
  const counter = new TotalsCounter();
  counter.countFixable = !report.impact;
  for (const file of report.files) counter.add(file);
  return counter.totals;
}

/** What reporters know before the first file: everything in a RunReport but the files and the baseline count. */
export type RunStart = Omit<RunReport, 'files' | 'baselined'>;

/** What reporters learn after the last file. */
export interface RunEnd {
  totals: Totals;
  /** Findings hidden by the baseline. */
  baselined: number;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
