// Cheap tests in front of costly patterns. Most sentences hold none of the words a pattern is about,
// yet V8 still tries the pattern at every position of the sentence. A gated pattern names literals,
// lower-cased, at least one of which every match contains (test/core/literal-gates.test.ts proves
// that against the pattern's syntax). A text is read once into a table of the character pairs (and
// characters) it holds; a literal one of whose pairs is missing is not in the text, so the pattern
// is skipped only where it cannot match. A few bit tests per literal cost far less than a
// substring search, and a pattern tested on part of a sentence may be gated by the whole sentence.

/**
 * Characters that /i matches to a letter other than their toLowerCase() (ſ ~ s, ς ~ σ, …), and Σ,
 * which toLowerCase() turns into ς at the end of a word: in a text holding one, no literal test is trusted.
 */
export const UNFOLDABLE = /[\u017f\u0345\u03a3\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1e9b\u1fbe]/;

const PAIR_BITS = 4096;
/** Bit index of a pair of character codes; unrelated pairs may share one (a test then passes needlessly). */
const pairBit = (a: number, b: number) => ((Math.imul(a, 0x9e3779b1) >>> 20) ^ b) & (PAIR_BITS - 1);
/** Bit index of a single character (for one-character literals), after the pairs' bits. */
const charBit = (c: number) => PAIR_BITS + (c & 255);

/** A literal as the bits its characters set: all must be set where it occurs. */
type LiteralBits = Int32Array;

function literalBits(literal: string): LiteralBits {
  if (literal.length === 1) return Int32Array.of(charBit(literal.charCodeAt(0)));
  const bits = new Int32Array(literal.length - 1);
  for (let i = 1; i < literal.length; i++) bits[i - 1] = pairBit(literal.charCodeAt(i - 1), literal.charCodeAt(i));
  return bits;
}

const gates = new Map<RegExp, { literals: readonly string[]; bits: LiteralBits[] }>();

/** Declares `re`'s literals (see above) and returns it. */
export function gated<T extends RegExp>(re: T, anyOf: readonly string[]): T {
  if (!anyOf.length || anyOf.some((l) => !l || l !== l.toLowerCase())) throw new Error(`gated(${re}): literals must be non-empty and lower-case`);
  gates.set(re, { literals: anyOf, bits: anyOf.map(literalBits) });
  return re;
}

/** Every gated pattern with its literals, for the test that checks them. */
export function gatedPatterns(): Array<[RegExp, readonly string[]]> {
  return [...gates].map(([re, gate]) => [re, gate.literals]);
}

// The table of the text read last: callers ask several patterns about one sentence in a row.
const table = new Int32Array((PAIR_BITS + 256) / 32);
let tableText: string | undefined;
let tableUntrusted = false;

function readIntoTable(text: string): void {
  tableText = text;
  table.fill(0);
  tableUntrusted = UNFOLDABLE.test(text);
  const lower = text.toLowerCase();
  let previous = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const single = charBit(c);
    table[single >> 5] |= 1 << (single & 31);
    if (previous >= 0) {
      const pair = pairBit(previous, c);
      table[pair >> 5] |= 1 << (pair & 31);
    }
    previous = c;
  }
}

/**
 * False when `re` is gated and none of its literals is in `text`: then it cannot match there, nor in
 * any part of it. True otherwise.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  const gate = gates.get(re);
  if (gate === undefined) return true;
  if (text !== tableText) readIntoTable(text);
  if (tableUntrusted) return true;
  next: for (const bits of gate.bits) {
    for (let i = 0; i < bits.length; i++) if ((table[bits[i] >> 5] & (1 << (bits[i] & 31))) === 0) continue next;
    return true;
  }
  return false;
}
