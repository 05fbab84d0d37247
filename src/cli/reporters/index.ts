// Reporter registry: each format is a pure function from a RunReport to text.
import type { RunReport } from '../report.js';
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

export const REPORTER_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

export const REPORTERS: Record<ReporterName, (report: RunReport, context: ReporterContext) => string> = {
  stylish, json, sarif, junit, github, markdown, html,
};
