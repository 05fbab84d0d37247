import type { OffsetRange } from '../types.js';
import type { TextUnit } from './text-unit.js';

// Maps offsets in a unit's `text` back to the document. Segments map character by character; a
// character inside a span (entity, placeholder, escape sequence, folded line break) maps to the
// span's whole source construct, so a range never ends half-way through `&nbsp;` or `` `code` ``.

type SourceOfChar = { start: number; end: number };

/** Index of the last element whose textStart <= t, or -1. */
function lastAtOrBefore<T extends { textStart: number }>(items: T[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].textStart <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Source range the text character at `t` came from; undefined if `t` is outside the text. */
function sourceOfChar(unit: TextUnit, t: number): SourceOfChar | undefined {
  if (t < 0 || t >= unit.text.length) return undefined;
  const si = lastAtOrBefore(unit.segments, t);
  if (si >= 0) {
    const seg = unit.segments[si];
    if (t < seg.textStart + seg.length) {
      const offset = seg.sourceStart + (t - seg.textStart);
      return { start: offset, end: offset + 1 };
    }
  }
  const pi = lastAtOrBefore(unit.spans, t);
  if (pi >= 0) {
    const span = unit.spans[pi];
    if (t < span.textEnd) return span.source;
  }
  return undefined;
}

/** Nearest mapped character at or before `t` (every character is mapped by construction; this is a guard). */
function sourceOfCharOrBefore(unit: TextUnit, t: number): SourceOfChar | undefined {
  for (let k = Math.min(t, unit.text.length - 1); k >= 0; k--) {
    const s = sourceOfChar(unit, k);
    if (s) return s;
  }
  return unit.range ? { start: unit.range.start, end: unit.range.start } : undefined;
}

/**
 * Source offset of a text offset, read as the start of the character there (offsets at the end
 * of the text map to the end of the last character's source).
 */
export function toSourceOffset(unit: TextUnit, textOffset: number): number {
  const t = Math.max(0, Math.min(textOffset, unit.text.length));
  if (t < unit.text.length) {
    const s = sourceOfChar(unit, t) ?? sourceOfCharOrBefore(unit, t);
    if (s) return s.start;
  }
  const last = sourceOfCharOrBefore(unit, t - 1);
  return last ? last.end : (unit.range?.end ?? 0);
}

/** Source range of text[textStart, textEnd); ranges that cut into a span grow to the whole construct. */
export function toSourceRange(unit: TextUnit, textStart: number, textEnd: number): OffsetRange {
  const length = unit.text.length;
  const s = Math.max(0, Math.min(textStart, length));
  const e = Math.max(s, Math.min(textEnd, length));
  if (e === s) {
    const offset = toSourceOffset(unit, s);
    return { start: offset, end: offset };
  }
  const first = sourceOfChar(unit, s) ?? sourceOfCharOrBefore(unit, s);
  const last = sourceOfChar(unit, e - 1) ?? sourceOfCharOrBefore(unit, e - 1);
  const start = first ? first.start : 0;
  const end = last ? Math.max(last.end, start) : start;
  return { start, end };
}
