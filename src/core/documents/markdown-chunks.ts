// remark's parse time grows faster than linearly with document size (a 1 MB page takes minutes,
// a 5 MB one does not finish). Long documents are therefore parsed in chunks cut only where
// CommonMark guarantees nothing carries across: at a blank line followed by an unindented line,
// outside fenced code, multi-line HTML blocks and front matter. Footnote and link definitions do
// carry across; each chunk gets stub definitions (after its own text) for the labels it uses
// that are defined elsewhere, so references parse exactly as they would in the whole document.

export interface MarkdownChunk {
  /** Offset of the chunk in the (BOM-less) text. */
  start: number;
  /** Length of the chunk's own text; anything parsed beyond it comes from the stubs. */
  length: number;
  /** The text handed to the parser: the chunk plus stub definitions. */
  text: string;
}

/** Documents up to this size are parsed whole. */
export const CHUNK_THRESHOLD = 48 * 1024;
/** Chunks are cut at the first safe point after this many characters. */
export const CHUNK_TARGET = 16 * 1024;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_START: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:/gm;
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\]/g;
const LINK_DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:/gm;
const BRACKETED = /\[((?:[^\][\\]|\\.){1,999})\]/g;

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** End of the front matter block at the start of the text, or 0. */
function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  return m ? open[0].length + m.index + m[0].length : 0;
}

/** Offsets where chunks may start (besides 0). */
function cutPoints(text: string, target: number): number[] {
  const cuts: number[] = [];
  let lastCut = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  let lineStart = frontMatterEnd(text);
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const blank = /^[ \t]*$/.test(line);
      // A chunk must not begin with `---`: at the start of a text it would open front matter.
      if (!blank && previousBlank && !/^[ \t]/.test(line) && !line.startsWith('---') && lineStart - lastCut >= target) {
        cuts.push(lineStart);
        lastCut = lineStart;
      }
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) fence = { char: open[1][0], length: open[1].length };
      else {
        for (const [start, end] of HTML_START) {
          const m = start.exec(line);
          if (m) {
            // The block may end on its first line, after the opening.
            if (!end.test(line.slice(m[0].length))) htmlEnd = end;
            break;
          }
        }
      }
      previousBlank = blank;
    }
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/** Labels defined by the regex's first group, normalized. */
function labels(text: string, pattern: RegExp): Set<string> {
  const found = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.add(normalizeLabel(m[1]));
  return found;
}

/** Splits a long document into chunks that parse exactly as the whole would; short ones stay whole. */
export function markdownChunks(text: string, threshold = CHUNK_THRESHOLD, target = CHUNK_TARGET): MarkdownChunk[] {
  if (text.length <= threshold) return [{ start: 0, length: text.length, text }];
  const cuts = cutPoints(text, target);
  if (cuts.length === 0) return [{ start: 0, length: text.length, text }];
  const footnotes = labels(text, FOOTNOTE_DEFINITION);
  const links = labels(text, LINK_DEFINITION);
  const chunks: MarkdownChunk[] = [];
  const bounds = [0, ...cuts, text.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const own = text.slice(bounds[k], bounds[k + 1]);
    const stubs: string[] = [];
    if (footnotes.size > 0 && own.includes('[^')) {
      const defined = labels(own, FOOTNOTE_DEFINITION);
      for (const label of labels(own, FOOTNOTE_REFERENCE)) {
        if (footnotes.has(label) && !defined.has(label)) stubs.push(`[^${label}]: -\n`);
      }
    }
    if (links.size > 0) {
      const defined = labels(own, LINK_DEFINITION);
      for (const label of labels(own, BRACKETED)) {
        if (links.has(label) && !defined.has(label) && !label.startsWith('^')) stubs.push(`[${label}]: #\n`);
      }
    }
    const chunkText = stubs.length === 0 ? own : `${own}\n\n${stubs.join('\n')}`;
    chunks.push({ start: bounds[k], length: own.length, text: chunkText });
  }
  return chunks;
}
