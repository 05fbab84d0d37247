import { expect } from 'vitest';
import type { TextUnit } from '../../src/core/index.js';

/**
 * A span must stand for a construct we know: a placeholder, a line break or fold, an entity, an
 * escape. Anything else means the aligner gave up on a stretch of text (its last-resort fallback).
 */
function spanIsExplained(text: string, from: string): boolean {
  if (text === '\uFFFC') return true;
  if (from.startsWith('\\') && from.length > 1 && from.length <= 10) return true;
  // Whitespace, or an HTML line break with the whitespace around it ("\r<br>", "<br> <br>").
  if (/^[ \n]+$/.test(text)) return /^(?:[\s\\>]|<br\s*\/?>)*$/i.test(from);
  if (/^&[#A-Za-z0-9]+;$/.test(from)) return true;
  if (text === '\uFFFD' && from === '\u0000') return true;
  return false;
}

/** What is wrong with a unit's map back to the source; empty when nothing is. */
export function exactMapProblems(unit: TextUnit, source: string): string[] {
  const problems: string[] = [];
  const show = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
  const covered = new Uint8Array(unit.text.length);
  for (const seg of unit.segments) {
    if (seg.length <= 0 || seg.sourceStart < 0 || seg.sourceStart + seg.length > source.length) {
      problems.push(`segment out of bounds: ${JSON.stringify(seg)}`);
      continue;
    }
    for (let k = 0; k < seg.length; k++) {
      const t = seg.textStart + k;
      if (unit.text[t] !== source[seg.sourceStart + k]) {
        problems.push(`text[${t}] ${show(unit.text[t] ?? '')} maps to source ${show(source[seg.sourceStart + k])} in ${show(unit.text)}`);
        break;
      }
      covered[t]++;
    }
  }
  for (const span of unit.spans) {
    if (span.textEnd <= span.textStart || span.source.start < 0 || span.source.end < span.source.start || span.source.end > source.length) {
      problems.push(`span out of bounds: ${JSON.stringify(span)}`);
      continue;
    }
    for (let t = span.textStart; t < span.textEnd; t++) covered[t]++;
    const text = unit.text.slice(span.textStart, span.textEnd);
    const from = source.slice(span.source.start, span.source.end);
    if (!spanIsExplained(text, from)) problems.push(`span ${show(text)} <- ${show(from)} is no known construct`);
  }
  const uncovered = covered.findIndex((c) => c !== 1);
  if (uncovered >= 0) problems.push(`text[${uncovered}] of ${show(unit.text)} is mapped ${covered[uncovered]} times`);
  if (unit.range) {
    if (unit.range.start < 0 || unit.range.end > source.length) problems.push(`unit range out of bounds: ${JSON.stringify(unit.range)}`);
    for (const seg of unit.segments) {
      if (seg.sourceStart < unit.range.start || seg.sourceStart + seg.length > unit.range.end) {
        problems.push(`segment ${JSON.stringify(seg)} outside the unit's range ${JSON.stringify(unit.range)}`);
      }
    }
  }
  for (const marker of unit.markers) {
    if (marker.offset < 0 || marker.offset > unit.text.length) problems.push(`marker out of bounds: ${JSON.stringify(marker)}`);
  }
  return problems;
}

/**
 * Every character of every unit maps back: segment characters to the identical source character,
 * span characters to a known construct inside the document; each character exactly once.
 */
export function assertExactMap(unit: TextUnit, source: string): void {
  expect(exactMapProblems(unit, source)).toEqual([]);
}
