// Splits Markdown into top-level blocks (separated by blank lines) with what each block needs from
// the rest of the document to be read exactly as in the whole: the front matter, the blocks holding
// the headings above it, and the note blocks (footnote and link-reference definitions, asterisk
// notes). The engine reads each block with only that context (see core/lint.ts: per unit, the
// heading chain, front-matter subject, paragraph and notes), so a block can be re-checked alone.
//
// The split must never cut a construct that spans blank lines (fenced code, HTML blocks, an
// unclosed comment runs to the end of the page), and what it reports about a block errs on the
// safe side: a block that may hold a note is a note, a line that may be a heading is kept as
// context (see `certain` below). Taking too much context costs time, never correctness.
import { frontMatterEnd } from '../core/documents/markdown-syntax.js';

export interface Block {
  start: number;
  /** 0-based line the block starts on. */
  line: number;
  /** End offset (exclusive), at the end of the block's last line (before its line break). */
  end: number;
  /**
   * Headings (possibly) declared in this block, in order: depth and source text of the heading
   * line(s). `certain` headings are surely top-level headings of that depth, so they end the
   * headings of the same or lower rank above them; the others (a heading in a list or quote, a
   * `---` that may be a thematic break) are only ever added to the context, never end another.
   */
  headings: Array<{ depth: number; source: string; certain: boolean }>;
  /** May hold footnote/link-reference definitions or asterisk notes (on any of its lines): other blocks may refer to it. */
  note: boolean;
  /**
   * Front matter — or a `---` first line left unclosed, which the parser still starts to read as
   * front matter: either way part of every block's context.
   */
  frontMatter: boolean;
}

export interface BlockPlan {
  blocks: Block[];
  /** False when block-wise checking could read the document differently (range directives). */
  separable: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return lines;
}

const BLANK = /^[ \t]*$/;
/** A fence opens at most three spaces in (more is indented code); a backtick fence's info has no backtick. */
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;
/** Container markers (quote, list item) and indentation before a line's own text. */
const CONTAINER = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/;
const CONTAINER_START = /^ {0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|\[\^[^\]]+\]:)/;
const ATX_TOP = /^#{1,6}(?:[ \t]|$)/;
const ATX_ANY = /^(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^(=+|-+)[ \t]*$/;
/** A line that can only be paragraph text (for a setext heading known to be one). */
const NOT_PLAIN = /^(?: {4}|\t| {0,3}(?:[>#<|[`~=_*+\\!-]|\d{1,9}[.)](?:[ \t]|$)))/;
// Multi-line HTML blocks that run past blank lines (CommonMark kinds 1-5), from their start line to their end.
const HTML_SPANNING: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
// HTML blocks that end at the next blank line (kinds 6 and 7): no Markdown construct starts inside them.
const HTML_TO_BLANK =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const HTML_TAG_LINE = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
// claimlint-disable / -enable (not -line / -next-line) act over a stretch of blocks.
const RANGE_DIRECTIVE = /claimlint-(?:disable|enable)(?![-\w])/;
const DEFINITION = /^\[(\^?)((?:[^\]\\]|\\.)+)\]:/;
/** Characters a note's marker may be written with (a symbol, a superscript, an entity, an escape, or digits wrapped in inline HTML or code). */
const NOTE_LEAD = /[†‡§⁰¹²³⁴⁵⁶⁷⁸⁹<`!&\\]/;

/**
 * May this line (outside code and HTML blocks) start a text unit that states a note, or define a
 * footnote or link reference? Errs towards yes: "*italic* text" is not a note, "*EPA-estimated." is.
 */
export function mayStateNote(line: string): boolean {
  const own = line.slice(CONTAINER.exec(line)![0].length).replace(/^#{1,6}(?:[ \t]+|$)/, '');
  if (DEFINITION.test(own)) return true;
  // Every table cell is a unit of its own.
  for (const cell of own.includes('|') ? own.split('|') : [own]) {
    const lead = /^[^\p{L}0-9]*/u.exec(cell)![0];
    if (NOTE_LEAD.test(lead)) return true;
    // A `*` that opens emphasis closed later on the line reads as nothing; otherwise it is a marker.
    if (lead.includes('*') && !/[^\s*]\*/.test(cell.slice(lead.lastIndexOf('*') + 1))) return true;
  }
  return false;
}

/**
 * What a block referring to the notes in `text` must contain (lower-cased): `[^label` for a
 * footnote, the marker (or a way of writing it) for an asterisk note. Empty: no note found.
 */
export function noteNeedles(text: string): string[] {
  const needles = new Set<string>();
  for (const line of text.split('\n')) {
    if (!mayStateNote(line)) continue;
    const own = line.slice(CONTAINER.exec(line)![0].length).replace(/^#{1,6}(?:[ \t]+|$)/, '');
    const definition = DEFINITION.exec(own);
    if (definition) {
      // A link reference can be written `[label]`, `[text][label]` or `[label][]`: any `[` may be one.
      needles.add(definition[1] ? `[^${definition[2].toLowerCase()}]` : '[');
      continue;
    }
    // The marker the note's text begins with, or — written as an entity, an escape or digits
    // wrapped in HTML or code — any marker.
    const lead = /^[^\p{L}0-9]*/u.exec(own)![0];
    const symbols = [...lead].filter((c) => '*†‡§'.includes(c));
    const any = /[⁰¹²³⁴⁵⁶⁷⁸⁹<`!&|]/.test(lead) || symbols.length === 0;
    for (const n of any ? ['*', '†', '‡', '§', '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '<', '`', '![', '&'] : [...symbols, '&']) needles.add(n);
  }
  return [...needles];
}

export function planBlocks(text: string): BlockPlan {
  const lines = linesOf(text);
  const blocks: Block[] = [];
  let i = 0;
  // Front matter as the parser reads it: '---' to '---' ('+++' and a '...' end are plain Markdown to it).
  const frontEnd = frontMatterEnd(text);
  if (frontEnd > 0) {
    while (lines[i].end < frontEnd) i++;
    blocks.push({ start: 0, line: 0, end: lines[i].end, headings: [], note: false, frontMatter: true });
    i++;
  }
  while (i < lines.length) {
    if (BLANK.test(lines[i].text)) {
      i++;
      continue;
    }
    const first = i;
    const headings: Block['headings'] = [];
    let note = false;
    let fence: { char: string; length: number; unsure: boolean } | undefined;
    let html: { end: RegExp; unsure: boolean } | undefined;
    let htmlToBlank = false;
    // A line starting with `<` may begin an HTML block: nothing after it is surely a heading.
    let sawHtml = false;
    // Inside a list item, quote or footnote, an indented line can still hold a heading or note.
    let inContainer = false;
    let last = i;
    // Headings and notes a line may hold (`sure`: known to be outside any code or HTML block).
    const scan = (k: number, sure: boolean): void => {
      const line = lines[k].text;
      if (!note && mayStateNote(line)) note = true;
      const own = line.slice(CONTAINER.exec(line)![0].length);
      const atx = ATX_ANY.exec(own);
      if (atx) {
        headings.push({ depth: atx[1].length, source: line, certain: sure && ATX_TOP.test(line) && !sawHtml });
        return;
      }
      const setext = SETEXT.exec(own);
      if (setext && k > first && !BLANK.test(lines[k - 1].text)) {
        // "Title\n=====": a heading of the paragraph line(s) above it, surely so when the block is
        // nothing but plain paragraph lines up to it.
        let p = first;
        while (p < k && !NOT_PLAIN.test(lines[p].text) && !lines[p].text.includes('|')) p++;
        const certain = sure && p === k && !sawHtml && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line);
        headings.push({ depth: setext[1][0] === '=' ? 1 : 2, source: lines.slice(first, k + 1).map((l) => l.text).join('\n'), certain });
      }
    };
    for (; i < lines.length; i++) {
      const line = lines[i].text;
      // Inside fenced code or a multi-line HTML block the block goes on past blank lines. Where the
      // construct may already have ended (it sits in a list item, or a closing fence is indented
      // more than the top level allows), its lines are also scanned as text.
      if (fence) {
        last = i;
        const close = FENCE_CLOSE.exec(line);
        if (close && close[2][0] === fence.char && close[2].length >= fence.length) {
          if (!fence.unsure && /^ {0,3}$/.test(close[1])) fence = undefined;
          else fence.unsure = true;
        } else if (fence.unsure && !BLANK.test(line)) scan(i, false);
        continue;
      }
      if (html) {
        last = i;
        if (html.end.test(line)) html = undefined;
        else if (html.unsure && !BLANK.test(line)) scan(i, false);
        continue;
      }
      if (BLANK.test(line)) {
        htmlToBlank = false;
        // A blank line ends the block unless the next content line is indented (list item or
        // footnote continuation, indented code), which keeps it part of the same construct.
        let k = i + 1;
        while (k < lines.length && BLANK.test(lines[k].text)) k++;
        if (k < lines.length && /^[ \t]/.test(lines[k].text)) continue;
        break;
      }
      last = i;
      // An indented opener after a list item or quote may belong to it and end with it.
      const unsure = inContainer && /^[ \t]/.test(line);
      if (!htmlToBlank) {
        const f = FENCE_OPEN.exec(line);
        if (f && !(f[2][0] === '`' && f[3].includes('`'))) {
          fence = { char: f[2][0], length: f[2].length, unsure };
          continue;
        }
        const spanning = HTML_SPANNING.find(([open]) => open.test(line));
        if (spanning) {
          sawHtml = true;
          if (!spanning[1].test(line.slice(line.indexOf('<') + 1))) html = { end: spanning[1], unsure };
          continue;
        }
        if (HTML_TO_BLANK.test(line) || (HTML_TAG_LINE.test(line) && (i === first || ATX_TOP.test(lines[i - 1].text)))) {
          htmlToBlank = true;
          sawHtml = true;
          continue;
        }
      }
      if (/^ {0,3}</.test(line)) sawHtml = true;
      if (CONTAINER_START.test(line)) inContainer = true;
      // Indented four columns outside any list, quote or footnote: code or a paragraph's continuation.
      else if (!inContainer && /^(?: {4}| {0,3}\t)/.test(line)) continue;
      // An HTML block's lines are not Markdown; still, a note there is only a wasted check.
      if (htmlToBlank) {
        if (!note && mayStateNote(line)) note = true;
        continue;
      }
      scan(i, true);
    }
    // A `---` first line the parser tried to read as front matter and found unclosed changes how it
    // reads the rest of the page (no quotes, lists or footnotes after it): read every block with it.
    const opensPage = first === 0 && /^\uFEFF?---[ \t]*$/.test(lines[0].text);
    blocks.push({ start: lines[first].start, line: first, end: lines[last].end, headings, note, frontMatter: opensPage });
  }
  return { blocks, separable: !RANGE_DIRECTIVE.test(text) };
}

/**
 * For each block, the blocks (indices, in document order) whose headings may be in force at its
 * start: every heading that is, plus uncertain ones that a certain heading has not ended since.
 * Read in document order with the block, they give it the heading chain it has in the whole.
 */
export function headingChains(blocks: Block[]): number[][] {
  const chains: number[][] = [];
  let stack: Array<{ block: number; depth: number }> = [];
  for (let b = 0; b < blocks.length; b++) {
    const chain: number[] = [];
    for (const entry of stack) if (chain[chain.length - 1] !== entry.block) chain.push(entry.block);
    chains.push(chain);
    for (const h of blocks[b].headings) {
      if (h.certain) stack = stack.filter((e) => e.depth < h.depth);
      stack.push({ block: b, depth: h.depth });
    }
  }
  return chains;
}
