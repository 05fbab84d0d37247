// Splits Markdown into top-level blocks (separated by blank lines) with what each block needs from
// the rest of the document to be read exactly as in the whole: the front matter, the chain of
// headings above it, and the note blocks (footnote and link-reference definitions, asterisk
// notes). The engine reads each block with only that context (see core/lint.ts: per unit, the
// heading chain, front-matter subject, paragraph and notes), so a block can be re-checked alone.

export interface Block {
  start: number;
  /** 0-based line the block starts on. */
  line: number;
  /** End offset (exclusive), at the end of the block's last line (before its line break). */
  end: number;
  /** Headings declared in this block, in order: depth and source text of the heading line(s). */
  headings: Array<{ depth: number; source: string }>;
  /** Footnote/link-reference definitions or asterisk notes: other blocks may refer to it. */
  note: boolean;
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
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const NOTE_START = /^[ \t]{0,3}(?:\[\^[^\]]+\]:|\[[^\]]+\]:[ \t]|\\\*|\*(?![\s*])|[†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|<(?:small|sup)\b)/;
const RAW_HTML_OPEN = /^[ \t]{0,3}<(script|pre|style|textarea)\b/i;
// claimlint-disable / -enable (not -line / -next-line) act over a stretch of blocks.
const RANGE_DIRECTIVE = /claimlint-(?:disable|enable)(?![-\w])/;

export function planBlocks(text: string): BlockPlan {
  const lines = linesOf(text);
  const blocks: Block[] = [];
  let i = 0;
  // Front matter: '---' (YAML) or '+++' (TOML) on the first line, to its closing fence.
  if (lines.length > 1 && /^(---|\+\+\+)[ \t]*$/.test(lines[0].text)) {
    const fence = lines[0].text.trim();
    let j = 1;
    while (j < lines.length && !(lines[j].text.trim() === fence || (fence === '---' && lines[j].text.trim() === '...'))) j++;
    if (j < lines.length) {
      blocks.push({ start: 0, line: 0, end: lines[j].end, headings: [], note: false, frontMatter: true });
      i = j + 1;
    }
  }
  while (i < lines.length) {
    if (BLANK.test(lines[i].text)) {
      i++;
      continue;
    }
    const first = i;
    const headings: Block['headings'] = [];
    let fence: string | undefined;
    let inComment = false;
    let rawHtml: string | undefined;
    let last = i;
    for (; i < lines.length; i++) {
      const line = lines[i].text;
      if (fence) {
        const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line);
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
        last = i;
        continue;
      }
      if (inComment) {
        if (line.includes('-->')) inComment = false;
        last = i;
        continue;
      }
      if (rawHtml) {
        if (new RegExp(`</${rawHtml}>`, 'i').test(line)) rawHtml = undefined;
        last = i;
        continue;
      }
      if (BLANK.test(line)) {
        // A blank line ends the block unless the next content line is indented (list item or
        // footnote continuation, indented code), which keeps it part of the same construct.
        let k = i + 1;
        while (k < lines.length && BLANK.test(lines[k].text)) k++;
        if (k < lines.length && /^[ \t]/.test(lines[k].text)) continue;
        break;
      }
      const f = FENCE.exec(line);
      if (f) fence = f[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
      else {
        const raw = RAW_HTML_OPEN.exec(line);
        if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) rawHtml = raw[1];
      }
      const atx = ATX.exec(line);
      if (atx && !f) headings.push({ depth: atx[1].length, source: line });
      else if (i > first && SETEXT.exec(line) && !BLANK.test(lines[i - 1].text) && !f) {
        // "Title\n=====" is a heading of the paragraph line(s) above it in this block.
        const depth = line.trim()[0] === '=' ? 1 : 2;
        const previous = lines[i - 1];
        headings.push({ depth, source: `${previous.text}\n${line}` });
      }
      last = i;
    }
    blocks.push({ start: lines[first].start, line: first, end: lines[last].end, headings, note: NOTE_START.test(lines[first].text), frontMatter: false });
  }
  return { blocks, separable: !RANGE_DIRECTIVE.test(text) };
}

/** The heading chain (outermost first) in force at the start of each block. */
export function headingChains(blocks: Block[]): string[][] {
  const chains: string[][] = [];
  const byDepth: Array<string | undefined> = [];
  for (const block of blocks) {
    chains.push(byDepth.filter((h): h is string => h !== undefined));
    for (const h of block.headings) {
      byDepth.length = h.depth;
      byDepth[h.depth - 1] = h.source;
    }
  }
  return chains;
}
