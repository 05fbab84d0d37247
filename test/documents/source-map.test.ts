import { describe, expect, it } from 'vitest';
import { defaultSettings, extractDocument, type TextUnit } from '../../src/core/index.js';
import { toSourceOffset, toSourceRange } from '../../src/core/documents/source-map.js';

const yaml = defaultSettings().yaml;

function unitOf(source: string, language: 'markdown' | 'yaml' = 'markdown'): TextUnit {
  const doc = extractDocument({ uri: 'map', text: source }, language, { yaml });
  expect(doc.units).toHaveLength(1);
  return doc.units[0];
}

// [source, text start, text end, expected source slice]
const RANGES: Array<[string, number, number, string]> = [
  // Plain text maps one to one.
  ['Gets 45 mpg', 5, 7, '45'],
  // A range that ends inside an entity's text grows to the whole entity, and so does one that starts inside it.
  ['45&nbsp;mpg', 0, 3, '45&nbsp;'],
  ['45&nbsp;mpg', 2, 6, '&nbsp;mpg'],
  // Surrogate pairs from one entity: half of it maps to all of it.
  ['a &#x1F600; b', 2, 3, '&#x1F600;'],
  // Placeholders map to the whole construct.
  ['Only `$9` a month', 5, 6, '`$9`'],
  ['Only `$9` a month', 0, 8, 'Only `$9` a'],
  // Markup between characters is included when the range crosses it, not when it stops short.
  ['**45** mpg', 0, 2, '45'],
  ['**45** mpg', 0, 6, '45** mpg'],
  // Empty ranges are positions.
  ['**45** mpg', 2, 2, ''],
];

describe('toSourceRange', () => {
  for (const [source, s, e, want] of RANGES) {
    it(`${JSON.stringify(source)} [${s}, ${e}) → ${JSON.stringify(want)}`, () => {
      const unit = unitOf(source);
      const range = toSourceRange(unit, s, e);
      expect(source.slice(range.start, range.end)).toBe(want);
    });
  }

  it('clamps offsets outside the text', () => {
    const source = 'Up to **45** mpg';
    const unit = unitOf(source);
    expect(toSourceRange(unit, -10, 100)).toEqual({ start: 0, end: source.length });
    expect(toSourceRange(unit, 50, 60)).toEqual({ start: source.length, end: source.length });
  });
});

describe('toSourceOffset', () => {
  it('maps the start of a character, and the end of the text to the end of the last character', () => {
    const source = '> Reply in **1** hour&nbsp;';
    const unit = unitOf(source);
    expect(unit.text).toBe('Reply in 1 hour\u00a0');
    expect(toSourceOffset(unit, 0)).toBe(source.indexOf('Reply'));
    expect(toSourceOffset(unit, unit.text.indexOf('1'))).toBe(source.indexOf('1'));
    expect(toSourceOffset(unit, unit.text.length - 1)).toBe(source.indexOf('&nbsp;'));
    expect(toSourceOffset(unit, unit.text.length)).toBe(source.length);
  });

  it('maps YAML escapes and folds to their source', () => {
    const source = 'a: "Next\\u2011day\n  delivery"\n';
    const unit = unitOf(source, 'yaml');
    expect(unit.text).toBe('Next\u2011day delivery');
    expect(toSourceOffset(unit, 4)).toBe(source.indexOf('\\u2011'));
    const fold = toSourceRange(unit, 8, 9);
    expect(source.slice(fold.start, fold.end)).toBe('\n  ');
  });

  // The yaml library reads `"ab\"` (no closing quote) as `ab"` without an error: the escape takes the last quote.
  it('maps an escaped quote that ends a YAML string to the whole escape', () => {
    const source = 'a: "ab\\"';
    const unit = unitOf(source, 'yaml');
    expect(unit.text).toBe('ab"');
    const quote = toSourceRange(unit, 2, 3);
    expect(source.slice(quote.start, quote.end)).toBe('\\"');
  });
});
