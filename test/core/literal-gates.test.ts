// Literal gates (src/core/literal-gates.ts) skip a pattern where none of its declared literals is in
// the text. That is only safe if every match of the pattern contains one of them. This test reads each
// gated pattern's syntax (regexpp) and derives literals every match must contain — a set R such that
// any match holds some r ∈ R, case-insensitively — then checks that each r contains a declared
// literal. Then the gate passes whenever the pattern could match. It also checks the analysis
// itself, on patterns whose answer is known and on random ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Loading the claim finder declares its gates.
import '../../src/core/claims/find.js';
import { gated, gatedPatterns, mayMatch } from '../../src/core/literal-gates.js';
import { requiredLiterals } from './required-literals.js';

describe('the literal analysis', () => {
  it('names the words a pattern cannot match without', () => {
    expect(requiredLiterals(/\b(three|four|five|3|4|5) nines\b/gi)?.sort()).toEqual(['3 nines', '4 nines', '5 nines', 'five nines', 'four nines', 'three nines']);
    expect(requiredLiterals(/\bsame[- ]day\b/gi)?.sort()).toEqual(['same day', 'same-day']);
    // A positive lookahead's words are in the text too.
    expect(requiredLiterals(/\b(an?)\s+(?=(?:second|minute|hour)s?\b)/gi)?.sort()).toEqual(['hour', 'hours', 'minute', 'minutes', 'second', 'seconds']);
    // A separator that may be any space is no fixed text: "business days" need not hold "businessdays".
    expect(requiredLiterals(/\bbusiness[\s-]?days\b/i)).toEqual(['business']);
    // Optional parts and repetitions add nothing; the required part does.
    expect(requiredLiterals(/(?:very\s+)*fast(?:est)?/i)?.sort()).toEqual(['fast', 'fastest']);
    expect(requiredLiterals(/[Ee]very \w+/)).toEqual(['every ']);
  });

  it('names nothing where a match may hold no fixed text', () => {
    expect(requiredLiterals(/\d+/)).toBeUndefined();
    expect(requiredLiterals(/foo|\w+/)).toBeUndefined();
    expect(requiredLiterals(/(?:abc)?/)).toBeUndefined();
    expect(requiredLiterals(/(?!never)\w+/)).toBeUndefined();
  });

  it('is sound: every match of a random pattern holds one of its literals', () => {
    const atoms = ['a', 'b', 'ab', 'ba', '\\d', '[ab]', '(?:a|bb)', '(?=a)', '(?!b)', '\\b', 'a?', 'b*', '(?:ab)+', '[^a]', '.', '\\d?', '.?', '[^b]?', '[a\\s]?', '(?<=b)'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...atoms), { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(...atoms), { maxLength: 4 }), fc.array(fc.constantFrom('a', 'b', 'A', 'B', '1', ' '), { maxLength: 12 }).map((chars) => chars.join('')), (left, right, text) => {
        const re = new RegExp(right.length ? `${left.join('')}|${right.join('')}` : left.join(''), 'gi');
        const literals = requiredLiterals(re);
        if (!literals) return;
        if (re.test(text)) expect(literals.some((l) => text.toLowerCase().includes(l))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('literal gates', () => {
  const declared = [...gatedPatterns()];

  it('are declared by the claim finder', () => {
    expect(declared.length).toBeGreaterThan(20);
  });

  it.each(declared.map(([re, anyOf]) => [re.source.slice(0, 60), re, anyOf] as const))('%s: every match holds a declared literal', (_, re, anyOf) => {
    const literals = requiredLiterals(re);
    expect(literals, 'no literal could be derived for this pattern: it cannot be gated').toBeDefined();
    const uncovered = literals!.filter((l) => !anyOf.some((d) => l.includes(d)));
    expect(uncovered).toEqual([]);
    for (const d of anyOf) expect(d).toBe(d.toLowerCase());
  });

  it('skips a pattern only where none of its literals is in the text', () => {
    const re = gated(/\bfive nines\b/i, ['nines']);
    expect(mayMatch(re, 'We promise five nines of uptime.')).toBe(true);
    expect(mayMatch(re, 'We promise FIVE NINES of uptime.')).toBe(true);
    expect(mayMatch(re, 'We promise great uptime.')).toBe(false);
    // A character whose case folding differs from its lower case: no literal test is trusted.
    expect(mayMatch(re, 'We promise ſomething.')).toBe(true);
    // Ungated patterns always may match.
    expect(mayMatch(/nines/, 'nothing here')).toBe(true);
  });

  it('tests literals by their characters and character pairs, never missing one that is there', () => {
    const re = gated(/\b(?:x|twice) as fast\b|\bsame[- ]day\b|#1\b/i, ['x as', 'twice', 'same', '#']);
    expect(mayMatch(re, 'Our couriers are 2x as fast.')).toBe(true);
    expect(mayMatch(re, 'Ranked #1 for service.')).toBe(true);
    expect(mayMatch(re, 'Our couriers are fast.')).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('x as', 'twice', 'same', '#'), fc.string({ maxLength: 40 }), (before, literal, after) => {
        expect(mayMatch(re, `${before}${literal.toUpperCase()}${after}`)).toBe(true);
      }),
    );
  });
});
