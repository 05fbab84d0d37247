// How a registry word matches copy: light inflection both ways, never a longer word.
import { describe, expect, it } from 'vitest';
import { wordPattern } from '../../src/core/linking/link.js';

const matches = (word: string, text: string) => new RegExp(wordPattern(word)!.source, 'iu').test(text);

// [registry word, words it matches, words it does not]
const TABLE: Array<[string, string[], string[]]> = [
  ['orders', ['order', 'orders', "order's"], ['orderly', 'reorder']],
  ['reply', ['reply', 'replies', 'replied'], ['replay']],
  ['countries', ['country', 'countries'], ['countryside', 'count']],
  ['movies', ['movie', 'movies'], ['moving']],
  ['deliver', ['deliver', 'delivers', 'delivered', 'delivering'], ['deliverables']],
  ['page load', ['page load', 'page-load', 'page loads'], ['pageload']],
];

describe('registry word patterns', () => {
  for (const [word, yes, no] of TABLE) {
    it(`"${word}" matches ${yes.join(', ')} but not ${no.join(', ')}`, () => {
      for (const text of yes) expect(matches(word, `we ${text} now`), text).toBe(true);
      for (const text of no) expect(matches(word, `we ${text} now`), text).toBe(false);
    });
  }
});
