import { DOCS_BASE_URL, makeFinding } from '../settings.js';
import type { OffsetRange, Settings, SourceFile } from '../types.js';
import { LineIndex } from './line-index.js';
import { leadingNote } from './markers.js';
import type { ExtractedDocument, TextUnit } from './text-unit.js';

export interface ExtractOptions {
  yaml: Settings['yaml'];
  /** Base URL of rule documentation for document/parse findings (defaults to the project's). */
  docsBaseUrl?: string;
}

/** What the Markdown and YAML extractors share while reading one document. */
export class ExtractContext {
  private lineIndex: LineIndex | undefined;

  constructor(
    readonly file: SourceFile,
    readonly options: ExtractOptions,
    readonly problems: ExtractedDocument['problems'],
  ) {}

  get source(): string {
    return this.file.text;
  }

  /** Line index of the whole text, built on first use. */
  lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.file.text);
    return this.lineIndex;
  }

  /** Records a document/parse (or document/limit) problem; the message names line and column. */
  problem(range: OffsetRange, message: string, rule: 'document/parse' | 'document/limit' = 'document/parse'): void {
    // Parsers report errors at end of input one past the text (yaml: "missing closing quote"); clamp
    // so every range stays inside the document and off the middle of a surrogate pair.
    const clamped = { start: this.clamp(range.start), end: this.clamp(Math.max(range.start, range.end)) };
    const { line, column } = this.lines().position(clamped.start);
    this.problems.push(
      makeFinding(rule, this.file.uri, clamped, `${message} (line ${line}, column ${column})`, {
        docsBaseUrl: this.options.docsBaseUrl ?? DOCS_BASE_URL,
      }),
    );
  }

  private clamp(offset: number): number {
    const text = this.file.text;
    let o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
    const c = text.charCodeAt(o);
    if (o > 0 && c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(o - 1) & 0xfc00) === 0xd800) o--;
    return o;
  }

  /** Adds a unit; a unit that begins with a marker (`*EPA-estimated…`) also states that marker's note. */
  addUnit(out: ExtractedDocument, unit: TextUnit): void {
    out.units.push(unit);
    if (unit.block === 'heading' || unit.block === 'table-cell') return;
    const note = leadingNote(unit.text);
    if (note !== undefined && !out.notes.has(note.marker)) out.notes.set(note.marker, note.note);
  }
}
