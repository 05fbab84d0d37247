import { entityAt } from './markdown-align.js';
import { PLACEHOLDER, UnitBuilder } from './unit-builder.js';

// The visible text of a raw HTML block (`<p>Hosting in <strong>12 countries</strong></p>`): a page
// shows it, so it is copy. Block-level tags end one piece of copy and start the next; `<br>` is a line
// break; other tags are placeholders, as inline HTML in a paragraph is (so `<sup>1</sup>` stays a
// note marker); comments, and the contents of script, style, code and the like, are no copy.

/** Tags that start or end a block of their own. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content no reader sees as copy. */
const HIDDEN_TAGS: ReadonlySet<string> = new Set([
  'code', 'head', 'iframe', 'math', 'noscript', 'object', 'pre', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title',
]);

const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<![A-Za-z][^>]*>?|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*(\/?)>/g;

/** One piece of copy read from an HTML block; `heading`: its depth when an `<h1>`–`<h6>` opened it. */
export interface HtmlPiece {
  builder: UnitBuilder;
  start: number;
  end: number;
  heading?: number;
}

/**
 * Reads the HTML block whose text (container prefixes such as `> ` removed) is `value` and which
 * spans source[start, end) into pieces of copy, each mapped back to the source.
 */
export function readHtmlBlock(source: string, value: string, start: number, end: number): HtmlPiece[] {
  const toSource = valueToSource(source, value, start, end);
  const pieces: HtmlPiece[] = [];
  let current: HtmlPiece | undefined;
  let heading: number | undefined;
  let pending: { text: string; start: number; end: number } | undefined; // whitespace not yet written
  let hiddenDepth = 0;
  let hiddenTag = '';

  const piece = (at: number): HtmlPiece => {
    if (current === undefined) {
      current = { builder: new UnitBuilder(source), start: at, end: at };
      if (heading !== undefined) current.heading = heading;
    }
    return current;
  };
  const closePiece = (): void => {
    if (current !== undefined && current.builder.length > 0) pieces.push(current);
    current = undefined;
    pending = undefined;
  };
  const writePending = (b: UnitBuilder): void => {
    if (pending !== undefined && b.length > 0) {
      if (pending.text === ' ' && pending.end - pending.start === 1 && source.charCodeAt(pending.start) === 32) b.copy(pending.start, pending.end);
      else b.replace(pending.text, pending.start, pending.end);
    }
    pending = undefined;
  };
  const addSpace = (text: string, from: number, to: number): void => {
    if (pending === undefined) pending = { text, start: from, end: to };
    else {
      if (text === '\n') pending.text = '\n';
      pending.end = to;
    }
  };
  const copyRun = (b: UnitBuilder, from: number, to: number): void => {
    const s = toSource(from);
    if (source.slice(s, s + (to - from)) === value.slice(from, to)) {
      b.copy(s, s + (to - from));
      return;
    }
    // Not verbatim (NUL read as U+FFFD, a line the map could not place): character by character.
    for (let k = from; k < to; k++) {
      const at = toSource(k);
      if (source[at] === value[k]) b.copy(at, at + 1);
      else b.replace(value[k], at, Math.min(end, at + 1));
    }
  };
  const addText = (from: number, to: number): void => {
    // Value offsets [from, to): whitespace runs are held back so a piece neither starts nor ends with them.
    let i = from;
    while (i < to) {
      const c = value.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        let j = i;
        let newline = false;
        while (j < to && /[ \t\r\n]/.test(value[j])) {
          if (value[j] === '\n' || value[j] === '\r') newline = true;
          j++;
        }
        addSpace(newline ? '\n' : ' ', toSource(i), toSource(j));
        i = j;
        continue;
      }
      let j = i;
      while (j < to && !/[ \t\r\n&]/.test(value[j])) j++;
      const p = piece(toSource(i));
      writePending(p.builder);
      if (j > i) {
        copyRun(p.builder, i, j);
        p.end = toSource(j);
        i = j;
        continue;
      }
      // `&`: a character reference, or a plain ampersand.
      const entity = entityAt(value, i);
      if (entity !== undefined) p.builder.replace(entity.text, toSource(i), toSource(i + entity.length));
      else copyRun(p.builder, i, i + 1);
      const length = entity?.length ?? 1;
      p.end = toSource(i + length);
      i += length;
    }
  };

  let at = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(value); m !== null; m = MARKUP.exec(value)) {
    if (m[0].length === 0) {
      MARKUP.lastIndex++;
      continue;
    }
    const tag = m[2]?.toLowerCase();
    const closing = m[1] === '/';
    if (hiddenDepth > 0) {
      if (tag === hiddenTag) hiddenDepth += closing ? -1 : m[3] === '/' ? 0 : 1;
      at = MARKUP.lastIndex;
      continue;
    }
    addText(at, m.index);
    at = MARKUP.lastIndex;
    const from = toSource(m.index);
    const to = toSource(MARKUP.lastIndex);
    if (tag === undefined) continue; // a comment, declaration or processing instruction
    if (HIDDEN_TAGS.has(tag)) {
      if (!closing && m[3] !== '/') {
        hiddenTag = tag;
        hiddenDepth = 1;
      }
      addSpace(' ', from, to);
    } else if (tag === 'br') {
      addSpace('\n', from, to);
    } else if (BLOCK_TAGS.has(tag)) {
      closePiece();
      const depth = /^h([1-6])$/.exec(tag);
      heading = depth !== null && !closing ? Number(depth[1]) : undefined;
    } else {
      const p = piece(from);
      writePending(p.builder);
      p.builder.replace(PLACEHOLDER, from, to);
      p.end = to;
    }
  }
  if (hiddenDepth === 0) addText(at, value.length);
  closePiece();
  return pieces;
}

/**
 * Maps offsets in an HTML node's value to the source. The value is the source with each line's
 * container prefix (`> `, list indentation) removed, so a value line is the end of its source line.
 */
function valueToSource(source: string, value: string, start: number, end: number): (offset: number) => number {
  const valueStarts: number[] = [];
  const sourceStarts: number[] = [];
  let s = start;
  let v = 0;
  while (v <= value.length) {
    let vEnd = v;
    while (vEnd < value.length && value[vEnd] !== '\n' && value[vEnd] !== '\r') vEnd++;
    let sEnd = s;
    while (sEnd < end && source[sEnd] !== '\n' && source[sEnd] !== '\r') sEnd++;
    const length = vEnd - v;
    // The value line is the source line's end; if not (tabs expanded), map it to the line's start.
    const prefix = sEnd - s >= length && source.slice(sEnd - length, sEnd) === value.slice(v, vEnd) ? sEnd - s - length : 0;
    valueStarts.push(v);
    sourceStarts.push(s + prefix);
    if (vEnd >= value.length) break;
    const vBreak = value[vEnd] === '\r' && value[vEnd + 1] === '\n' ? 2 : 1;
    const sBreak = source[sEnd] === '\r' && source[sEnd + 1] === '\n' ? 2 : 1;
    v = vEnd + vBreak;
    s = Math.min(end, sEnd + sBreak);
  }
  return (offset: number): number => {
    let lo = 0;
    let hi = valueStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (valueStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.min(end, sourceStarts[lo] + (offset - valueStarts[lo]));
  };
}
