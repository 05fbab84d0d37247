// Offsets (UTF-16 code units, what core uses) <-> LSP positions, for open documents and for
// files the server only knows as text (closed registry files, workspace copy).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';
import type { OffsetRange } from '../core/index.js';

/** Anything that converts offsets to positions: an open TextDocument or a TextLines. */
export interface PositionMapper {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** A TextDocument over text the server read itself; built once per text and reused. */
export function textLines(uri: string, text: string): PositionMapper {
  return TextDocument.create(uri, 'plaintext', 0, text);
}

export function toRange(mapper: PositionMapper, range: OffsetRange): Range {
  return { start: mapper.positionAt(range.start), end: mapper.positionAt(range.end) };
}

export function toOffsets(mapper: PositionMapper, range: Range): OffsetRange {
  return { start: mapper.offsetAt(range.start), end: mapper.offsetAt(range.end) };
}

export function containsOffset(range: OffsetRange, offset: number): boolean {
  // A cursor right after the last character still counts as "on" the claim.
  return offset >= range.start && offset <= range.end;
}

export function rangesOverlap(a: OffsetRange, b: OffsetRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}
