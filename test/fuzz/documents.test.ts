// Bounded fuzz run, part 1: random, mutated and hostile Markdown and YAML copy through the whole
// engine. No exception escapes; every range lies inside the document and on character
// boundaries; two runs give the same result. (Part 2: registries-fixes.test.ts.) Longer runs:
// `npm run fuzz -- --runs 100000`.
import { describe, expect, it } from 'vitest';
import { PROPERTIES, runProperty } from './properties.js';

describe('fuzz: copy documents through the engine', () => {
  for (const property of PROPERTIES.filter((p) => p.part === 'documents')) {
    it(`${property.name} (${property.bounded} cases)`, () => {
      const run = runProperty(property, property.bounded);
      expect(run.report ?? '').toBe('');
      expect(run.runs).toBe(property.bounded);
    }, 240_000);
  }
});
