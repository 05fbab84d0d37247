import type { DocumentLanguage, SourceFile } from '../types.js';
import { DOCS_BASE_URL, makeFinding } from '../settings.js';
import { findExcessiveNesting } from '../registry/yaml-source.js';
import { ExtractContext, type ExtractOptions } from './extract-context.js';
import { extractMarkdown } from './markdown.js';
import { findExcessiveMarkdownNesting, MAX_MARKDOWN_NESTING, MAX_YAML_NESTING } from './nesting.js';
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
  // Pathological nesting is refused before the parsers see it: their time grows faster than the depth.
  const limit = language === 'yaml' ? MAX_YAML_NESTING : MAX_MARKDOWN_NESTING;
  const deep = language === 'yaml' ? findExcessiveNesting(file.text, limit) : findExcessiveMarkdownNesting(file.text, limit);
  if (deep !== undefined) {
    const at = Math.min(deep, file.text.length);
    const { line, column } = ctx.lines().position(at);
    const what = language === 'yaml' ? 'YAML collections' : 'Markdown block quotes, lists or emphasis';
    out.problems.push(makeFinding('document/limit', file.uri, { start: at, end: Math.min(at + 1, file.text.length) },
      `Not checked: ${what} nest deeper than ${limit} levels here (line ${line}, column ${column}); such nesting is refused because parsing it takes too long.`,
      { docsBaseUrl: options.docsBaseUrl ?? DOCS_BASE_URL }));
    return out;
  }
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
