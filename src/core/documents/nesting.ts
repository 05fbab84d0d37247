// Pre-parse guard against pathological nesting. micromark (remark) takes time that grows faster
// than linearly with nesting depth (1,000 nested list items take seconds, 3,000 take ~20 s, and
// 10,000 block quotes overflow the stack); the yaml parser recurses per level. Real copy nests a
// handful of levels, so documents nesting deeper than a limit are refused before parsing.

/** Deepest nesting of block containers (block quotes, list items) or emphasis a Markdown document may use. */
export const MAX_MARKDOWN_NESTING = 64;
/** Deepest nesting of YAML collections (flow brackets or block indentation) in copy. */
export const MAX_YAML_NESTING = 64;

const SPACE = 32;
const TAB = 9;

/**
 * Offset of the first point where block quotes and list items nest deeper than `limit` (on one
 * line, "> > > - - x", or by indentation over several lines), or where a run of emphasis
 * delimiters ("****…") could open more than `limit` levels; undefined when the text is within
 * bounds. One linear pass; approximate on purpose (code blocks are not recognised), since real
 * copy never comes near the limit.
 */
export function findExcessiveMarkdownNesting(text: string, limit: number): number | undefined {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Block containers at the start of a line; list nesting by indentation counts ~2 columns a level.
    let depth = 0;
    let indent = 0;
    for (;;) {
      let col = 0;
      while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
        col += text.charCodeAt(i) === TAB ? 4 : 1;
        i++;
      }
      if (depth === 0) indent = col;
      const c = text[i];
      const next = text.charCodeAt(i + 1);
      if (c === '>') {
        i++;
      } else if ((c === '-' || c === '*' || c === '+') && (next === SPACE || next === TAB)) {
        i += 2;
      } else {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const after = text.charCodeAt(j + 1);
        if (j > i && (text[j] === '.' || text[j] === ')') && (after === SPACE || after === TAB)) i = j + 2;
        else break;
      }
      depth++;
      if (depth + (depth > 0 ? Math.floor(indent / 2) : 0) > limit) return i;
    }
    // Rest of the line: runs of emphasis delimiters ("**" × 500 opens 500 nested strong nodes).
    let run = 0;
    const lineStart = i;
    for (; i < n && text[i] !== '\n' && text[i] !== '\r'; i++) {
      const c = text[i];
      if (c !== '*' && c !== '_' && c !== '~') run = 0;
      else if (++run > limit * 2) {
        // A line of nothing but marks is a thematic break, not emphasis; checked once per line.
        if (!onlyMarks(text, lineStart)) return i;
        while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
        break;
      }
    }
    i++;
  }
  return undefined;
}

/** Is the line from `start` made of delimiter characters and spaces only? */
function onlyMarks(text: string, start: number): boolean {
  for (let k = start; k < text.length && text[k] !== '\n' && text[k] !== '\r'; k++) {
    const c = text[k];
    if (c !== '*' && c !== '_' && c !== '~' && c !== '-' && c !== ' ' && c !== '\t') return false;
  }
  return true;
}
