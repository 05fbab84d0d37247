// Finalises each file's report as it arrives (in file order) and hands it to every reporter: adds
// the run's notices and registry warnings that belong to the file, records it for --write-baseline,
// hides baselined findings, applies --quiet and counts totals. Nothing of the report is kept after
// that, so memory stays flat in the number of files.
import { LineIndex, type Finding } from '../core/index.js';
import { applyBaseline, BaselineBuilder, type Baseline } from './baseline.js';
import { buildReport } from './lint-file.js';
import { TotalsCounter, type FileReport, type RunEnd, type RunStart } from './report.js';
import type { Reporter } from './reporters/index.js';

export interface ReportStreamOptions {
  cwd: string;
  /** Findings from walking the files and from the registry, reported with the files they name. */
  extras: Finding[];
  /**
   * A baseline read before the run, or 'written': the baseline is the one this run writes, so it
   * records every finding of every file and hides them all.
   */
  baseline?: Baseline | 'written';
  /** Absolute path of the baseline read (its keys are paths relative to its folder). */
  baselineFile?: string;
  /** Absolute path --write-baseline writes to: fingerprints are collected for it. */
  writeBaseline?: string;
  quiet: boolean;
  /** Text of a file that extra findings name (for their line and column). */
  readText: (uri: string) => string;
}

export class ReportStream {
  private readonly counter = new TotalsCounter();
  private readonly extras = new Map<string, Finding[]>();
  private baselined = 0;
  /** Line indexes of other files that extra findings point into (a first definition in another registry file), each read once. */
  private readonly lines = new Map<string, LineIndex>();
  private readonly linesOf = (uri: string): LineIndex => {
    let lines = this.lines.get(uri);
    if (!lines) this.lines.set(uri, (lines = new LineIndex(this.options.readText(uri))));
    return lines;
  };
  readonly baselineBuilder: BaselineBuilder | undefined;

  constructor(private readonly options: ReportStreamOptions, private readonly reporters: Reporter[]) {
    for (const f of options.extras) {
      const list = this.extras.get(f.uri);
      if (list) list.push(f);
      else this.extras.set(f.uri, [f]);
    }
    this.baselineBuilder = options.writeBaseline ? new BaselineBuilder(options.writeBaseline) : undefined;
  }

  start(run: RunStart): void {
    this.counter.countFixable = !run.impact;
    for (const reporter of this.reporters) reporter.start(run);
  }

  /** One file's report; reports must arrive in file order. */
  add(report: FileReport): void {
    const extra = this.extras.get(report.uri);
    if (extra) {
      this.extras.delete(report.uri);
      report.findings.push(...buildReport(this.options.cwd, report.uri, this.options.readText(report.uri), extra, undefined, undefined, this.linesOf).findings);
    }
    this.finalise(report);
  }

  /** Reports files that only extra findings name, then ends every reporter. */
  finish(): RunEnd {
    for (const [uri, findings] of this.extras) this.finalise(buildReport(this.options.cwd, uri, this.options.readText(uri), findings, undefined, undefined, this.linesOf));
    this.extras.clear();
    const end: RunEnd = { totals: this.counter.totals, baselined: this.baselined };
    for (const reporter of this.reporters) reporter.end(end);
    return end;
  }

  private finalise(report: FileReport): void {
    this.baselineBuilder?.add(report);
    const { baseline } = this.options;
    if (baseline === 'written') {
      this.baselined += report.findings.length;
      report.findings = [];
    } else if (baseline) this.baselined += applyBaseline([report], baseline, this.options.baselineFile!);
    if (this.options.quiet) report.findings = report.findings.filter((f) => f.severity === 'error');
    this.counter.add(report);
    for (const reporter of this.reporters) reporter.file(report);
  }
}
