// LineIndex: offsets to 1-based line/column and back, for LF, CRLF and lone CR line ends (a text
// without CR takes a faster path; both paths must agree with a plain reading of the text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/documents/line-index.js';

/** Line starts read one character at a time: after LF, after CRLF, after a lone CR. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

const textOf = fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '\n\n', '😀'), { maxLength: 60 }).map((parts) => parts.join(''));

describe('LineIndex', () => {
  it('places every offset on the line the text puts it on', () => {
    fc.assert(
      fc.property(textOf, (text) => {
        const starts = referenceStarts(text);
        const lines = new LineIndex(text);
        expect(lines.lineCount).toBe(starts.length);
        for (let offset = 0; offset <= text.length; offset++) {
          let line = 0;
          while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
          expect(lines.position(offset)).toEqual({ line: line + 1, column: offset - starts[line] + 1 });
          // Back again, except from inside a line break (offset() clamps to the line's content).
          if (offset <= lines.lineContentEnd(line + 1)) expect(lines.offset(lines.position(offset))).toBe(offset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads LF, CRLF and lone CR line ends', () => {
    expect(new LineIndex('a\nb').position(2)).toEqual({ line: 2, column: 1 });
    expect(new LineIndex('a\r\nb').position(3)).toEqual({ line: 2, column: 1 });
    expect(new LineIndex('a\rb').position(2)).toEqual({ line: 2, column: 1 });
    expect(new LineIndex('a\n\nb').lineCount).toBe(3);
    expect(new LineIndex('').position(5)).toEqual({ line: 1, column: 1 });
  });
});
