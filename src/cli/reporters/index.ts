// Reporter registry. Each format is incremental: start() before the first file, file() per file
// report in order, end() with the totals; text goes to its sink as soon as it is known, so output
// size does not grow the heap. REPORTERS renders a whole RunReport to a string (tests, small runs).
import { StringSink, type Sink } from '../output.js';
import { TotalsCounter, type FileReport, type RunEnd, type RunReport, type RunStart } from '../report.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export interface ReporterContext {
  /** ANSI colour (stylish only). */
  color: boolean;
  quiet: boolean;
}

export interface Reporter {
  start(run: RunStart): void;
  file(file: FileReport): void;
  end(run: RunEnd): void;
}

export type ReporterFactory = (sink: Sink, context: ReporterContext) => Reporter;

export const REPORTER_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

export const STREAMING_REPORTERS: Record<ReporterName, ReporterFactory> = {
  stylish, json, sarif, junit, github, markdown, html,
};

/** Runs a streaming reporter over a complete RunReport and returns its text. */
export function renderReport(factory: ReporterFactory, report: RunReport, context: ReporterContext): string {
  const sink = new StringSink();
  const reporter = factory(sink, context);
  const { files, baselined, ...start } = report;
  const counter = new TotalsCounter();
  counter.countFixable = !report.impact;
  reporter.start(start);
  for (const file of files) {
    counter.add(file);
    reporter.file(file);
  }
  reporter.end({ totals: counter.totals, baselined });
  return sink.toString();
}

export const REPORTERS = Object.fromEntries(
  REPORTER_NAMES.map((name) => [name, (report: RunReport, context: ReporterContext) => renderReport(STREAMING_REPORTERS[name], report, context)]),
) as Record<ReporterName, (report: RunReport, context: ReporterContext) => string>;
