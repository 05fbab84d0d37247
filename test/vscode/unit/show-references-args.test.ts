import { describe, expect, it } from 'vitest';
import { readShowReferencesArguments } from '../../../src/extension/show-references-args.js';

const at = (line: number, character: number) => ({ line, character });
const loc = (uri: string, line: number) => ({ uri, range: { start: at(line, 4), end: at(line, 10) } });

describe('claimlint.showReferences arguments (the registry CodeLens)', () => {
  it('reads what the server sends: registry uri, entry start, claim locations', () => {
    const args = ['file:///w/claims.registry.yaml', at(2, 4), [loc('file:///w/a.md', 3), loc('file:///w/b.md', 0)]];
    expect(readShowReferencesArguments(args)).toEqual(args);
  });

  it('drops extra fields the converters would not expect', () => {
    const read = readShowReferencesArguments(['file:///r.yaml', { ...at(1, 2), extra: true }, [{ ...loc('file:///a.md', 1), targetUri: 'x' }]]);
    expect(read).toEqual(['file:///r.yaml', at(1, 2), [loc('file:///a.md', 1)]]);
  });

  // Each row carries its own expectation: these argument lists are refused (undefined).
  const refused: Array<[string, unknown[]]> = [
    ['no arguments', []],
    ['empty uri', ['', at(0, 0), []]],
    ['position missing', ['file:///r.yaml', undefined, []]],
    ['negative line', ['file:///r.yaml', at(-1, 0), []]],
    ['fractional character', ['file:///r.yaml', at(0, 1.5), []]],
    ['locations not an array', ['file:///r.yaml', at(0, 0), {}]],
    ['a location without a range', ['file:///r.yaml', at(0, 0), [{ uri: 'file:///a.md' }]]],
    ['a location with a broken end', ['file:///r.yaml', at(0, 0), [{ uri: 'file:///a.md', range: { start: at(0, 0), end: null } }]]],
    ['a null location', ['file:///r.yaml', at(0, 0), [null]]],
  ];
  for (const [name, args] of refused) it(`refuses ${name}`, () => expect(readShowReferencesArguments(args)).toBeUndefined());
});
