import { expect } from 'vitest';
import type { TextUnit } from '../../src/core/index.js';

/**
 * A span must stand for a construct we know: a placeholder, a line break or fold, an entity, an
 * escape. Anything else means the aligner gave up on a stretch of text (its last-resort fallback).
 */
function spanIsExplained(text: string, from: string): boolean {
  if (text === '\uFFFC') return true;
  if (from.startsWith('\\') && from.length > 1 && from.length <= 10) return true;
  if (/^[ \n]+$/.test(text)) return /^(?:[\s\\>]*|<br\s*\/?>)$/i.test(from);
  if (/^&[#A-Za-z0-9]+;$/.test(from)) return true;
  if (from.startsWith('\\')) return true;
  if (text === '\uFFFD' && from === '\u0000') return true;
  return false;
}

/**
 * Every character of every unit maps back: segment characters to the identical source character,
 * span characters to a non-empty construct inside the document; each character exactly once.
 */
export function assertExactMap(unit: TextUnit, source: string): void {
  const covered = new Array<number>(unit.text.length).fill(0);
  for (const seg of unit.segments) {
    expect(seg.length).toBeGreaterThan(0);
    expect(seg.sourceStart).toBeGreaterThanOrEqual(0);
    expect(seg.sourceStart + seg.length).toBeLessThanOrEqual(source.length);
    for (let k = 0; k < seg.length; k++) {
      const t = seg.textStart + k;
      expect(unit.text[t], `text[${t}] of ${JSON.stringify(unit.text.slice(0, 200))}`).toBe(source[seg.sourceStart + k]);
      covered[t]++;
    }
  }
  for (const span of unit.spans) {
    expect(span.textEnd).toBeGreaterThan(span.textStart);
    expect(span.source.start).toBeGreaterThanOrEqual(0);
    expect(span.source.end).toBeGreaterThanOrEqual(span.source.start);
    expect(span.source.end).toBeLessThanOrEqual(source.length);
    for (let t = span.textStart; t < span.textEnd; t++) covered[t]++;
    const text = unit.text.slice(span.textStart, span.textEnd);
    const from = source.slice(span.source.start, span.source.end);
    expect(spanIsExplained(text, from), `span ${JSON.stringify(text.slice(0, 60))} <- ${JSON.stringify(from.slice(0, 60))} is a known construct`).toBe(true);
  }
  expect(covered.every((c) => c === 1), `every character of ${JSON.stringify(unit.text.slice(0, 200))} mapped exactly once`).toBe(true);
  if (unit.range) {
    expect(unit.range.start).toBeGreaterThanOrEqual(0);
    expect(unit.range.end).toBeLessThanOrEqual(source.length);
    for (const seg of unit.segments) {
      expect(seg.sourceStart).toBeGreaterThanOrEqual(unit.range.start);
      expect(seg.sourceStart + seg.length).toBeLessThanOrEqual(unit.range.end);
    }
  }
  for (const marker of unit.markers) {
    expect(marker.offset).toBeGreaterThanOrEqual(0);
    expect(marker.offset).toBeLessThanOrEqual(unit.text.length);
  }
}

