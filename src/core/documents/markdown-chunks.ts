// remark's parse time grows faster than linearly with document size (a 1 MB page takes minutes,
// a 5 MB one does not finish). Long documents are therefore parsed in chunks cut only where
// CommonMark guarantees nothing carries across: at a blank line followed by an unindented line,
// outside fenced code, multi-line HTML blocks and front matter. Footnote and link definitions do
// carry across; each chunk gets stub definitions (after its own text) for the labels it uses
// that are defined elsewhere, so references parse exactly as they would in the whole document.
import { frontMatterEnd } from './markdown-syntax.js';

export interface MarkdownChunk {
  /** Offset of the chunk in the (BOM-less) text. */
  start: number;
  /** Length of the chunk's own text; anything parsed beyond it comes from the stubs. */
  length: number;
  /** The text handed to the parser: the chunk plus stub definitions. */
  text: string;
  /**
   * Set when the chunk had to start inside a block (more than HARD_LIMIT without a safe cut, e.g.
   * a 1 MB paragraph or table): the block is read in pieces and a claim across the cut may be split.
   */
  forced?: boolean;
  /**
   * Text put before the chunk's own text (a forced cut inside a table repeats the table's header
   * and delimiter rows so the cells keep their columns); `text` begins with it.
   */
  prefix?: string;
}

/** Documents up to this size are parsed whole. */
export const CHUNK_THRESHOLD = 48 * 1024;
/** Chunks are cut at the first safe point after this many characters. */
export const CHUNK_TARGET = 16 * 1024;
/**
 * Past this many characters without a safe cut (outside code and HTML blocks), a chunk is cut at
 * a line start anyway: remark is quadratic on a long run of lines in one block.
 */
export const HARD_LIMIT = 64 * 1024;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_START: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:/gm;
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\]/g;
const LINK_DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:/gm;
const BRACKETED = /\[((?:[^\][\\]|\\.){1,999})\]/g;

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Offsets where chunks may start (besides 0). */
function cutPoints(text: string, target: number, hardLimit: number): Array<{ at: number; forced: boolean; prefix?: string }> {
  const cuts: Array<{ at: number; forced: boolean; prefix?: string }> = [];
  let previousLine = '';
  let tableHeader: string | undefined; // header + delimiter rows of the table being read
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
      const run = lineStart - lastCut;
      if (!blank && previousBlank && !/^[ \t]/.test(line) && !line.startsWith('---') && run >= target) {
        cuts.push({ at: lineStart, forced: false });
        lastCut = lineStart;
      } else if (!blank && !line.startsWith('---') && (run >= 2 * hardLimit || (run >= hardLimit && !/^[ \t]/.test(line)))) {
        const cut: { at: number; forced: boolean; prefix?: string } = { at: lineStart, forced: true };
        if (tableHeader !== undefined && line.includes('|')) cut.prefix = tableHeader;
        cuts.push(cut);
        lastCut = lineStart;
      }
      if (blank) tableHeader = undefined;
      else if (previousLine.includes('|') && TABLE_DELIMITER.test(line)) tableHeader = `${previousLine}\n${line}\n`;
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
    previousLine = line;
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
export function markdownChunks(text: string, threshold = CHUNK_THRESHOLD, target = CHUNK_TARGET, hardLimit = HARD_LIMIT): MarkdownChunk[] {
  if (text.length <= threshold) return [{ start: 0, length: text.length, text }];
  const cuts = cutPoints(text, target, hardLimit);
  if (cuts.length === 0) return [{ start: 0, length: text.length, text }];
  const footnotes = labels(text, FOOTNOTE_DEFINITION);
  const links = labels(text, LINK_DEFINITION);
  const chunks: MarkdownChunk[] = [];
  const bounds = [0, ...cuts.map((c) => c.at), text.length];
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
    const cut = k > 0 ? cuts[k - 1] : undefined;
    const prefix = cut?.prefix ?? '';
    const chunkText = prefix + (stubs.length === 0 ? own : `${own}\n\n${stubs.join('\n')}`);
    const chunk: MarkdownChunk = { start: bounds[k], length: own.length, text: chunkText };
    if (cut?.forced) chunk.forced = true;
    if (prefix) chunk.prefix = prefix;
    chunks.push(chunk);
  }
  return chunks;
}
