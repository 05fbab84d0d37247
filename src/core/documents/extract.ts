import type { DocumentLanguage, Settings, SourceFile } from '../types.js';
import type { ExtractedDocument } from './text-unit.js';

export interface ExtractOptions {
  yaml: Settings['yaml'];
}

// Placeholder until the Markdown/YAML extractors land: the whole text as one unit.
export function extractDocument(file: SourceFile, _language: DocumentLanguage, _options: ExtractOptions): ExtractedDocument {
  return {
    units: [{ text: file.text, segments: [{ textStart: 0, sourceStart: 0, length: file.text.length }], spans: [], block: 'paragraph', context: [], markers: [] }],
    notes: new Map(),
    directives: [],
    problems: [],
  };
}
