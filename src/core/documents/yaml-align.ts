import type { UnitBuilder } from './unit-builder.js';

// A YAML string scalar's value differs from its source: quotes, `''` and `\` escapes, folded line
// breaks, block-scalar headers and indentation. We walk value and source side by side; verbatim
// runs become segments, escapes and folds become spans, so each character maps back exactly.

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const BACKSLASH = 92;
const QUOTE = 39;

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

class Aligner {
  i = 0;
  j: number;
  run = -1;

  constructor(
    readonly b: UnitBuilder,
    readonly source: string,
    readonly value: string,
    start: number,
    readonly end: number,
  ) {
    this.j = start;
  }

  flush(): void {
    if (this.run >= 0) this.b.copy(this.run, this.j);
    this.run = -1;
  }

  /** One verbatim character. */
  same(): void {
    if (this.run < 0) this.run = this.j;
    this.i++;
    this.j++;
  }

  /** value[i, i+count) stands for source[j, j+length). */
  span(count: number, length: number): void {
    this.flush();
    this.b.replace(this.value.slice(this.i, this.i + count), this.j, this.j + length);
    this.i += count;
    this.j += length;
  }

  skip(length: number): void {
    this.flush();
    this.j += length;
  }

  /** Map whatever could not be aligned to the rest of the scalar's source. */
  finish(): void {
    this.flush();
    if (this.i < this.value.length) {
      const from = Math.min(this.j, this.end);
      this.b.replace(this.value.slice(this.i), from, Math.max(from, this.end));
      this.i = this.value.length;
    }
  }
}

function isBreak(c: number): boolean {
  return c === LF || c === CR;
}

/**
 * Appends a string scalar's value, aligned against its source range [start, end) (the node's
 * `range[0]`, `range[1]`).
 */
export function appendYamlScalar(b: UnitBuilder, source: string, style: ScalarStyle, value: string, start: number, end: number): void {
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') appendBlockScalar(b, source, value, start, end);
  else appendFlowScalar(b, source, style, value, start, end);
}

function appendFlowScalar(b: UnitBuilder, source: string, style: ScalarStyle, value: string, start: number, end: number): void {
  const quoted = style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE';
  const a = new Aligner(b, source, value, quoted ? start + 1 : start, quoted ? end - 1 : end);
  while (a.i < value.length && a.j < a.end) {
    const sc = source.charCodeAt(a.j);
    const vc = value.charCodeAt(a.i);
    if (style === 'QUOTE_DOUBLE' && sc === BACKSLASH) {
      const next = source.charCodeAt(a.j + 1);
      if (isBreak(next)) {
        // Escaped line break: joins lines without a space; the next line's indentation is dropped.
        let k = a.j + 1;
        k += next === CR && source.charCodeAt(k + 1) === LF ? 2 : 1;
        while (k < a.end && (source.charCodeAt(k) === SPACE || source.charCodeAt(k) === TAB)) k++;
        a.skip(k - a.j);
        continue;
      }
      let length = 2;
      if (next === 120) length = 4; // \xXX
      else if (next === 117) length = 6; // \uXXXX
      else if (next === 85) length = 10; // \UXXXXXXXX
      const count = next === 85 && (value.codePointAt(a.i) ?? 0) > 0xffff ? 2 : 1;
      // `"…\"` with no closing quote: the yaml library reads the last quote as escaped and reports
      // nothing, so the escape may run through the quote that ends the node's range.
      a.span(count, Math.min(length, a.end + 1 - a.j));
      continue;
    }
    if (style === 'QUOTE_SINGLE' && sc === QUOTE && source.charCodeAt(a.j + 1) === QUOTE && vc === QUOTE) {
      a.skip(1); // `''` → `'`: the second quote maps to the value's quote
      a.same();
      continue;
    }
    // The yaml library reads a lone CR as content, not as a line break; so do we.
    const crlf = sc === CR && source.charCodeAt(a.j + 1) === LF;
    if (sc === SPACE || sc === TAB || sc === LF || crlf) {
      // Whitespace: verbatim unless it contains a line break, which folds to a space (one break)
      // or to n-1 line feeds (n breaks); indentation around the break is dropped.
      let k = a.j;
      let breaks = 0;
      while (k < a.end) {
        const c = source.charCodeAt(k);
        if (c === LF) breaks++;
        else if (c === CR) {
          if (source.charCodeAt(k + 1) !== LF) break;
        } else if (c !== SPACE && c !== TAB) break;
        k++;
      }
      if (breaks === 0) {
        if (vc === sc) a.same();
        else break;
        continue;
      }
      const count = breaks === 1 ? 1 : breaks - 1;
      const expected = breaks === 1 ? SPACE : LF;
      let ok = true;
      for (let n = 0; n < count; n++) if (value.charCodeAt(a.i + n) !== expected) ok = false;
      if (!ok) {
        // A trailing fold at the end of a plain scalar (value exhausted) or an escaped space.
        if (vc === sc) {
          a.same();
          continue;
        }
        break;
      }
      a.span(count, k - a.j);
      continue;
    }
    if (vc === sc) {
      a.same();
      continue;
    }
    break;
  }
  a.finish();
}

/** Leading spaces of the first line of `text` from `from` that is not blank; -1 if none. */
function firstContentIndent(text: string, from: number, end: number): number {
  let lineStart = from;
  while (lineStart < end) {
    let k = lineStart;
    while (k < end && text.charCodeAt(k) === SPACE) k++;
    if (k < end && !isBreak(text.charCodeAt(k))) return k - lineStart;
    while (k < end && !isBreak(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === CR && text.charCodeAt(k + 1) === LF) k++;
    lineStart = k + 1;
  }
  return -1;
}

function appendBlockScalar(b: UnitBuilder, source: string, value: string, start: number, end: number): void {
  // Skip the header line (`|`, `>-`, `|2 # comment`); a lone CR does not end it (the yaml library
  // reads it as part of the comment, as it reads one in a scalar as content).
  let j = start;
  while (j < end && source.charCodeAt(j) !== LF) j++;
  j++;
  // The block's indentation is what the first content line loses in the value.
  const sourceIndent = firstContentIndent(source, j, end);
  const valueIndent = firstContentIndent(value, 0, value.length);
  const indent = sourceIndent < 0 || valueIndent < 0 ? 0 : Math.max(0, sourceIndent - valueIndent);
  const a = new Aligner(b, source, value, Math.min(j, end), end);
  let atLineStart = true;
  while (a.i < value.length && a.j < a.end) {
    if (atLineStart) {
      let k = 0;
      while (k < indent && a.j + k < a.end && source.charCodeAt(a.j + k) === SPACE) k++;
      if (k > 0) a.skip(k);
      atLineStart = false;
      continue;
    }
    const sc = source.charCodeAt(a.j);
    const vc = value.charCodeAt(a.i);
    if (sc === CR && source.charCodeAt(a.j + 1) === LF) {
      a.skip(1);
      continue;
    }
    if (vc === sc) {
      a.same();
      if (sc === LF) atLineStart = true;
      continue;
    }
    if (sc === LF) {
      // Folded: a single break between lines becomes a space; a break the value dropped is skipped.
      if (vc === SPACE) a.span(1, 1);
      else a.skip(1);
      atLineStart = true;
      continue;
    }
    break;
  }
  a.finish();
}
