import type { DocumentLanguage, SourceFile } from '../types.js';
import { ExtractContext, type ExtractOptions } from './extract-context.js';
import { extractMarkdown } from './markdown.js';
import type { ExtractedDocument } from './text-unit.js';
import { extractYaml } from './yaml-copy.js';

export type { ExtractOptions } from './extract-context.js';

/**
 * Turns a copy document into text units with exact source maps, notes, front matter and
 * suppression directives. Never throws: problems come back in `problems`.
 */
export function extractDocument(file: SourceFile, language: DocumentLanguage, options: ExtractOptions): ExtractedDocument {
  const out: ExtractedDocument = { units: [], notes: new Map(), directives: [], problems: [] };
  const ctx = new ExtractContext(file, options, out.problems);
  try {
    if (language === 'yaml') extractYaml(ctx, out);
    else extractMarkdown(ctx, out);
  } catch (error) {
    // Last resort: whatever was read so far is kept and the failure is a finding.
    const message = error instanceof Error ? error.message : String(error);
    try {
      ctx.problem({ start: 0, end: 0 }, `Could not read this ${language === 'yaml' ? 'YAML' : 'Markdown'} document: ${message}`);
    } catch {
      // ctx.problem itself failed (e.g. out of memory building the line index): keep it minimal.
    }
  }
  return out;
}
