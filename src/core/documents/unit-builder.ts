import type { OffsetRange } from '../types.js';
import type { TextUnit } from './text-unit.js';
import { findMarkers } from './markers.js';

/** The object replacement character: stands for inline code, inline HTML and images in `text`. */
export const PLACEHOLDER = '\uFFFC';

/**
 * Builds one TextUnit's text together with its map back to the source. Verbatim stretches become
 * `segments` (merged when contiguous in both text and source); anything else becomes a `span`.
 */
export class UnitBuilder {
  private readonly parts: string[] = [];
  private readonly segments: TextUnit['segments'] = [];
  private readonly spans: TextUnit['spans'] = [];
  private readonly footnoteMarkers: TextUnit['markers'] = [];
  /** Length of the text built so far. */
  length = 0;

  constructor(private readonly source: string) {}

  /** Appends source[start, end) verbatim. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const length = end - start;
    this.parts.push(this.source.slice(start, end));
    const last = this.segments[this.segments.length - 1];
    if (last !== undefined && last.textStart + last.length === this.length && last.sourceStart + last.length === start) {
      last.length += length;
    } else {
      this.segments.push({ textStart: this.length, sourceStart: start, length });
    }
    this.length += length;
  }

  /** Appends `text` that stands for the source construct at [start, end). */
  replace(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.spans.push({ textStart: this.length, textEnd: this.length + text.length, source: { start, end } });
    this.length += text.length;
  }

  /** Records a footnote marker ('^label') at the current end of the text. */
  marker(marker: string): void {
    this.footnoteMarkers.push({ marker, offset: this.length });
  }

  /** Finishes the unit; asterisk-style markers are found in the finished text. */
  finish(block: TextUnit['block'], context: string[], range: OffsetRange, depth?: number): TextUnit {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const found = findMarkers(text);
    let markers = this.footnoteMarkers;
    if (found.length > 0) markers = markers.length === 0 ? found : [...markers, ...found].sort((a, b) => a.offset - b.offset);
    const unit: TextUnit = { text, segments: this.segments, spans: this.spans, block, context, markers, range };
    if (depth !== undefined) unit.depth = depth;
    return unit;
  }
}
