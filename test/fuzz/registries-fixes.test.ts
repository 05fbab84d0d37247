// Bounded fuzz run, part 2: random and mutated registries (every problem a positioned registry/…
// finding, nothing throws, whatever loads can be linted against) and every offered fix applied to
// claim-bearing copy (only its range changes, the result still parses, a safe fix removes its
// finding). Longer runs: `npm run fuzz -- --runs 100000`.
import { describe, expect, it } from 'vitest';
import { PROPERTIES, runProperty } from './properties.js';

describe('fuzz: registries and fixes', () => {
  for (const property of PROPERTIES.filter((p) => p.part === 'registries-fixes')) {
    it(`${property.name} (${property.bounded} cases)`, () => {
      const run = runProperty(property, property.bounded);
      expect(run.report ?? '').toBe('');
      expect(run.runs).toBe(property.bounded);
    }, 240_000);
  }

  it('the bounded run covers every property with more than 5,000 cases in total', () => {
    expect(PROPERTIES.every((p) => p.bounded > 0)).toBe(true);
    expect(PROPERTIES.reduce((n, p) => n + p.bounded, 0)).toBeGreaterThanOrEqual(5000);
  });
});
