// FirstMatch finds the first of a list of start-anchored patterns that matches, by joining the
// patterns of each set of flags: it must answer exactly as trying them one by one does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstMatch } from '../../src/core/claims/first-match.js';
import { COPY_UNITS } from '../../src/core/claims/vocabulary.js';

const oneByOne = (patterns: RegExp[], text: string) => patterns.findIndex((re) => re.test(text));

describe('FirstMatch', () => {
  it('answers as trying the patterns in order does, whatever their flags and groups', () => {
    const pieces = ['a', 'b', 'A', '(a)', '(?:ab|a)', '(b)?', '\\s?', 'ä', '(?<x>b)', '[aä]', '(?=b)', '(?!a)', 'a+', '$'];
    const pattern = fc.tuple(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }), fc.constantFrom('', 'i', 'u', 'iu')).filter(([parts]) => parts.filter((p) => p.includes('<x>')).length < 2).map(([parts, flags]) => new RegExp(`^${parts.join('')}`, flags));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('a', 'b', 'A', 'B', 'ä', ' '), { maxLength: 6 }).map((c) => c.join('')), (patterns, text) => {
        expect(new FirstMatch(patterns).indexIn(text)).toBe(oneByOne(patterns, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the copy units as the list orders them', () => {
    const first = new FirstMatch(COPY_UNITS.map((u) => u.re));
    const units = COPY_UNITS.map((u) => u.re);
    for (const text of [' mpg (UK)', ' mpg', 'mpg', ' business days', ' working hours', '-hour', ' hours', 'h', ' Mbps', ' MB/s', ' Mb/s', ' GB', ' gig', ' Gig homes', ' ms', ' MS', 's', ' s of', ' sekunden', ' €', ' euros', ' pounds', ' lbs', ' kWh', ' kW', ' %', ' percent', ' l/100km', ' litres', 'x', '', ' of customers']) {
      expect(first.indexIn(text), text).toBe(oneByOne(units, text));
    }
  });

  it('refuses patterns it cannot join without changing their meaning', () => {
    expect(() => new FirstMatch([/a/])).toThrow(/anchored/);
    expect(() => new FirstMatch([/^a/g])).toThrow(/global/);
    expect(() => new FirstMatch([/^(a)\1/])).toThrow(/back-reference/);
  });
});
