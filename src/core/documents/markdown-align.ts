import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { UnitBuilder } from './unit-builder.js';

// remark's text `value` is not a slice of the source: entities are decoded, backslash escapes
// resolved, trailing spaces before a soft break dropped and the next line's container prefix
// (`> `, list indentation) removed. We walk value and source side by side and emit verbatim runs
// as segments and everything else as spans, so every character of the unit maps back exactly.

const BACKSLASH = 92;
const AMPERSAND = 38;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const GT = 62;

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** A character reference at `at`: its decoded text and source length; undefined if none is there. */
export function entityAt(source: string, at: number): { text: string; length: number } | undefined {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(source);
  if (!m) return undefined;
  let text: string | false;
  if (m[1] !== undefined) text = decodeNumericCharacterReference(m[1], 16);
  else if (m[2] !== undefined) text = decodeNumericCharacterReference(m[2], 10);
  else text = decodeNamedCharacterReference(m[3]);
  if (text === false || text.length === 0) return undefined;
  return { text, length: m[0].length };
}

/**
 * Appends a text node's `value` to the builder, aligned against source[start, end); returns where
 * the value's source ends. Soft line breaks become "\n" whatever the source's line ending.
 */
export function appendMarkdownText(b: UnitBuilder, source: string, start: number, end: number, value: string): number {
  // Most text nodes are verbatim; GFM autolink literals always are (their entities stay as written).
  if (value.length === end - start && !value.includes('\r') && source.startsWith(value, start)) {
    b.copy(start, end);
    return end;
  }
  let i = 0;
  let j = start;
  let run = -1; // start of the pending verbatim run in the source, or -1
  const flush = (): void => {
    if (run >= 0) b.copy(run, j);
    run = -1;
  };
  while (i < value.length) {
    if (j >= end) break;
    const vc = value.charCodeAt(i);
    const sc = source.charCodeAt(j);
    if (sc === BACKSLASH && j + 1 < end && isAsciiPunctuation(source.charCodeAt(j + 1)) && vc === source.charCodeAt(j + 1)) {
      // `\*` → `*`: the character maps to itself, the backslash to nothing.
      flush();
      j++;
      run = j;
      j++;
      i++;
      continue;
    }
    if (sc === AMPERSAND) {
      const entity = entityAt(source, j);
      // GFM autolink literals keep entities as written: prefer the verbatim reading when it fits.
      const verbatim = entity !== undefined && value.startsWith(source.slice(j, j + entity.length), i);
      if (entity !== undefined && !verbatim && j + entity.length <= end && value.startsWith(entity.text, i)) {
        flush();
        b.replace(entity.text, j, j + entity.length);
        i += entity.text.length;
        j += entity.length;
        continue;
      }
    }
    if (sc === 0 && vc === 0xfffd) {
      // CommonMark replaces NUL with U+FFFD.
      flush();
      b.replace('\ufffd', j, j + 1);
      i++;
      j++;
      continue;
    }
    if (vc === sc) {
      if (vc === CR && value.charCodeAt(i + 1) === LF && source.charCodeAt(j + 1) === LF) {
        // CRLF soft break: the text gets "\n", mapped to the source's LF.
        flush();
        i++;
        j++;
        continue;
      }
      if (vc === CR) {
        // A lone CR line ending: the text still gets "\n".
        flush();
        b.replace('\n', j, j + 1);
      } else if (run < 0) run = j;
      i++;
      j++;
      if (vc === LF || vc === CR) {
        flush();
        j = skipContinuationPrefix(source, j, end, value, i);
      }
      continue;
    }
    if ((vc === LF || vc === CR) && (sc === SPACE || sc === TAB || sc === CR)) {
      // Trailing whitespace before a soft break, or the CR of a CRLF the value wrote as LF.
      flush();
      j++;
      continue;
    }
    break;
  }
  flush();
  if (i < value.length) {
    // Could not align (should not happen): map the rest to what is left of the node's source.
    const rest = value.slice(i).replace(/\r\n?/g, '\n');
    const from = Math.min(j, end);
    b.replace(rest, from, Math.max(from, end));
    return end;
  }
  return j;
}

/**
 * After a line break inside a paragraph: skip the next line's container prefix and indentation
 * (`> `, spaces, tabs). A `>` can also be content (`    >b` continuing a paragraph), so when the
 * greedy skip lands on a character that cannot start the value's next line, step back to the
 * last position that can.
 */
function skipContinuationPrefix(source: string, j: number, end: number, value: string, i: number): number {
  let e = j;
  while (e < end) {
    const c = source.charCodeAt(e);
    if (c !== SPACE && c !== TAB && c !== GT) break;
    e++;
  }
  if (i >= value.length) return e;
  const want = value.charCodeAt(i);
  if (e < end && fitsAt(source, e, want)) return e;
  for (let k = e - 1; k >= j; k--) if (source.charCodeAt(k) === want) return k;
  return e;
}

/** Can the value's character `want` start at source[at]: as itself, escaped, as an entity or as NUL's U+FFFD? */
function fitsAt(source: string, at: number, want: number): boolean {
  const c = source.charCodeAt(at);
  if (c === want) return true;
  if (c === BACKSLASH) return source.charCodeAt(at + 1) === want;
  if (c === AMPERSAND) return entityAt(source, at)?.text.charCodeAt(0) === want;
  return c === 0 && want === 0xfffd;
}
