import type { Nodes, Parent, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { isMap, isPair, isScalar, parseDocument, visit } from 'yaml';
import { scanHtmlComments, scanYamlComments } from './directives.js';
import type { ExtractContext } from './extract-context.js';
import { appendMarkdownText } from './markdown-align.js';
import { CHUNK_TARGET, CHUNK_THRESHOLD, HARD_LIMIT, markdownChunks } from './markdown-chunks.js';
import type { ExtractedDocument, TextUnit } from './text-unit.js';
import { PLACEHOLDER, UnitBuilder } from './unit-builder.js';
import { readHtmlBlock } from './markdown-html.js';
import { parseMarkdown } from './markdown-syntax.js';
import { readSimpleFrontMatter } from './simple-front-matter.js';
import { MAX_ALIAS_COUNT, reportYamlErrors, ScalarRanges, scalarUnit, touchesError } from './yaml-copy.js';

// Markdown → one TextUnit per block that holds copy (heading, paragraph, list-item and blockquote
// paragraph, table cell, footnote paragraph, and each block of an HTML block's visible text). Code,
// HTML comments and front matter are not copy.

/** Front matter keys whose string values are copy. */
const FRONT_MATTER_COPY_KEYS: ReadonlySet<string> = new Set(['title', 'description', 'summary', 'subtitle', 'headline', 'excerpt']);
const LOCALE_KEYS = ['lang', 'locale', 'language'];
const BR = /^<br\s*\/?>$/i;

type Container = 'paragraph' | 'list-item' | 'blockquote' | 'footnote';

/**
 * Reads a Markdown document into `out`. Long documents are parsed in chunks (see
 * markdown-chunks.ts); the thresholds are parameters so tests can check chunked = whole.
 */
export function extractMarkdown(
  ctx: ExtractContext,
  out: ExtractedDocument,
  threshold = CHUNK_THRESHOLD,
  target = CHUNK_TARGET,
  hardLimit = HARD_LIMIT,
): void {
  const source = ctx.source;
  // micromark drops a leading BOM and counts offsets without it.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom === 0 ? source : source.slice(1);
  const reader = new MarkdownReader(ctx, out);
  for (const chunk of markdownChunks(body, threshold, target, hardLimit)) {
    // micromark also drops a BOM that begins a chunk (a second BOM in the file, say).
    const shift = chunk.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (chunk.forced) {
      const at = bom + chunk.start;
      ctx.problem(
        { start: at, end: at },
        `A block runs on for more than ${Math.round(hardLimit / 1024)} KB without a blank line; it was read in pieces, so a claim that spans this line may be missed`,
        'document/limit',
      );
    }
    // micromark turns NUL into U+FFFD but then reports some text values around it inconsistently;
    // replacing it first (same length) keeps values and positions in step.
    const text = chunk.text.includes('\0') ? chunk.text.replace(/\0/g, '\ufffd') : chunk.text;
    // A repeated table header (`prefix`) lies before the chunk: its units are not the chunk's.
    const prefix = chunk.prefix?.length ?? 0;
    reader.read(parseMarkdown(text), bom + chunk.start + shift - prefix, prefix + chunk.length - shift, bom + chunk.start);
  }
}

class MarkdownReader {
  private readonly source: string;
  /** Heading texts by depth (index 0 = h1). */
  private readonly headings: Array<string | undefined> = [];
  /** The chain of headings above the current block, nearest first. */
  private headingContext: string[] = [];
  /** The text of the block read last when it was a paragraph: a list right after it may be introduced by it. */
  private previousParagraph: string | undefined;
  /** The paragraph just read, if it is all bold: a heading in all but markup (an FAQ's question). */
  private previousBoldLine: string | undefined;
  /** Offset of the chunk being read in the document. */
  private base = 0;
  /** Units starting before this offset belong to text repeated from an earlier chunk. */
  private from = 0;
  /** Offsets of every `claimlint-` in the document, found on first need. */
  private directiveMentions: number[] | undefined;

  constructor(
    private readonly ctx: ExtractContext,
    private readonly out: ExtractedDocument,
  ) {
    this.source = ctx.source;
  }

  private start(node: Nodes): number {
    return this.base + (node.position?.start.offset ?? 0);
  }

  private end(node: Nodes): number {
    return this.base + (node.position?.end.offset ?? 0);
  }

  /**
   * Reads one chunk's tree; top-level nodes at or after `limit` come from stub definitions, and
   * units that start before `from` (a repeated table header) are not added.
   */
  read(tree: Root, base: number, limit: number, from = 0): void {
    this.base = base;
    this.from = from;
    // `lead`: what introduces a list, nearest first, context for its items: the paragraph before it ending in ":"
    // ("Why commuters choose the Aero 2.0:"), and for a list nested in an item, that item's own text ("DC fast charging").
    const stack: Array<{ node: RootContent; container: Container; lead: string[] }> = [];
    const pushChildren = (parent: Parent, container: Container, lead: string[]): void => {
      for (let k = parent.children.length - 1; k >= 0; k--) stack.push({ node: parent.children[k] as RootContent, container, lead });
    };
    for (let k = tree.children.length - 1; k >= 0; k--) {
      const child = tree.children[k];
      if ((child.position?.start.offset ?? 0) < limit) stack.push({ node: child, container: 'paragraph', lead: [] });
    }
    while (stack.length > 0) {
      const { node, container, lead } = stack.pop()!;
      const previous = this.previousParagraph;
      this.previousParagraph = undefined;
      const boldLine = this.previousBoldLine;
      this.previousBoldLine = undefined;
      try {
        switch (node.type) {
          case 'heading':
            this.heading(node.children, node.depth, node);
            break;
          case 'paragraph': {
            // "**How quickly does a Volta EV charge?**" above an answer names its subject as a heading would.
            const above = boldLine !== undefined ? [boldLine, ...this.headingContext] : this.headingContext;
            this.previousParagraph = this.unit(node.children, container, lead.length ? [...lead, ...above] : above, node).text;
            if (node.children.length === 1 && node.children[0].type === 'strong') this.previousBoldLine = contextText(this.previousParagraph);
            break;
          }
          case 'list':
            // An item's text above a list nested in it is that list's heading: its items go on from it.
            pushChildren(node, container, previous !== undefined && (/:\s*$/.test(previous) || container === 'list-item') ? [contextText(previous), ...lead] : lead);
            break;
          case 'listItem':
            pushChildren(node, 'list-item', lead);
            break;
          case 'blockquote':
            pushChildren(node, 'blockquote', lead);
            break;
          case 'footnoteDefinition':
            this.footnote(node.identifier, node.children);
            break;
          case 'table':
            this.table(node);
            break;
          case 'html':
            this.html(node);
            this.htmlCopy(node.value, node, container);
            break;
          case 'yaml':
            this.frontMatter(node);
            break;
          default:
            // code, thematic breaks, definitions, math: no copy.
            break;
        }
      } catch (error) {
        // One unreadable block must not cost the rest of the document.
        this.ctx.problem({ start: this.start(node), end: this.end(node) }, `Could not read this ${node.type}: ${String(error)}`);
      }
    }
  }

  /** Builds (and adds) a unit from inline content. */
  private unit(children: PhrasingContent[], block: TextUnit['block'], context: string[], node: Nodes, depth?: number): TextUnit {
    const b = new UnitBuilder(this.source);
    this.appendPhrasing(b, children, this.start(node), this.end(node));
    const unit = b.finish(block, context, { start: this.start(node), end: this.end(node) }, depth);
    if ((unit.text.length > 0 || unit.markers.length > 0) && this.start(node) >= this.from) this.ctx.addUnit(this.out, unit);
    return unit;
  }

  private heading(children: PhrasingContent[], depth: number, node: Nodes): void {
    const unit = this.unit(children, 'heading', this.headingsAbove(depth), node, depth);
    this.enterHeading(unit, depth);
  }

  /** The headings a heading of this depth stands under, nearest first. */
  private headingsAbove(depth: number): string[] {
    const above: string[] = [];
    for (let d = Math.min(depth - 1, this.headings.length); d >= 1; d--) {
      const h = this.headings[d - 1];
      if (h !== undefined) above.push(h);
    }
    return above;
  }

  /** Makes a heading just read the context of the blocks below it. */
  private enterHeading(unit: TextUnit, depth: number): void {
    this.headings.length = depth;
    this.headings[depth - 1] = contextText(unit.text);
    this.headingContext = [];
    for (let d = depth; d >= 1; d--) {
      const h = this.headings[d - 1];
      if (h !== undefined && h.length > 0) this.headingContext.push(h);
    }
  }

  private footnote(identifier: string, children: RootContent[]): void {
    const texts: string[] = [];
    // Footnote bodies are paragraphs, occasionally lists; read paragraphs at any depth.
    const stack = [...children].reverse();
    while (stack.length > 0) {
      const child = stack.pop()!;
      if (child.type === 'paragraph') {
        texts.push(this.unit(child.children, 'footnote', this.headingContext, child).text);
      } else if ('children' in child && child.type !== 'table') {
        for (let k = child.children.length - 1; k >= 0; k--) stack.push(child.children[k] as RootContent);
      }
    }
    const marker = `^${identifier}`;
    if (!this.out.notes.has(marker)) this.out.notes.set(marker, texts.join('\n').trim());
  }

  private table(table: Table): void {
    const header = table.children[0];
    if (header === undefined) return;
    const columnHeaders: string[] = [];
    const columnMarkers: string[][] = [];
    header.children.forEach((cell) => {
      const unit = this.unit(cell.children, 'table-cell', this.headingContext, cell);
      columnHeaders.push(contextText(unit.text));
      columnMarkers.push(unit.markers.map((m) => m.marker));
    });
    for (let r = 1; r < table.children.length; r++) {
      const row = table.children[r];
      let rowHeader = '';
      let rowMarkers: string[] = [];
      // Filled as the row is read; every cell of the row shares it, so each sees the whole row.
      const rowTexts: string[] = [];
      row.children.forEach((cell, c) => {
        const context: string[] = [];
        const columnHeader = columnHeaders[c];
        if (columnHeader) context.push(columnHeader);
        if (c > 0 && rowHeader) context.push(rowHeader);
        // The corner cell over the row names ("| Pro plan | Price |") names what the whole table is about.
        if (c > 0 && columnHeaders[0]) context.push(columnHeaders[0]);
        context.push(...this.headingContext);
        const unit = this.unit(cell.children, 'table-cell', context, cell);
        if (columnHeader) unit.column = columnHeader;
        // A note marked on a header ("Price*") belongs to every cell under or beside it.
        const headerMarkers = [...(columnMarkers[c] ?? []), ...(c > 0 ? rowMarkers : [])];
        if (headerMarkers.length) unit.headerMarkers = headerMarkers;
        unit.cell = { column: c, row: rowTexts, headers: columnHeaders };
        rowTexts.push(contextText(unit.text));
        if (c === 0) {
          rowHeader = contextText(unit.text);
          rowMarkers = unit.markers.map((m) => m.marker);
        }
      });
    }
  }

  /** An HTML block's visible text: one unit per block-level element (`<h2>` a heading). */
  private htmlCopy(value: string, node: Nodes, container: Container): void {
    const start = this.start(node);
    if (start < this.from) return;
    for (const piece of readHtmlBlock(this.source, value, start, this.end(node))) {
      const range = { start: piece.start, end: piece.end };
      if (piece.heading !== undefined) {
        const unit = piece.builder.finish('heading', this.headingsAbove(piece.heading), range, piece.heading);
        this.ctx.addUnit(this.out, unit);
        this.enterHeading(unit, piece.heading);
      } else {
        this.ctx.addUnit(this.out, piece.builder.finish(container, this.headingContext, range));
      }
    }
  }

  private html(node: Nodes): void {
    const start = this.start(node);
    const end = this.end(node);
    if (start < this.from) return;
    if (this.mentionsDirectiveIn(start, end)) {
      scanHtmlComments(this.source, start, end, this.ctx.lines(), this.out.directives);
    }
  }

  /**
   * Does source[start, end) contain `claimlint-`? Answered from one scan of the document, so
   * documents with thousands of HTML nodes do not rescan the text for each.
   */
  private mentionsDirectiveIn(start: number, end: number): boolean {
    if (this.directiveMentions === undefined) {
      const found: number[] = [];
      for (let at = this.source.indexOf('claimlint-'); at >= 0; at = this.source.indexOf('claimlint-', at + 1)) found.push(at);
      this.directiveMentions = found;
    }
    const mentions = this.directiveMentions;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < mentions.length && mentions[lo] < end;
  }

  /** Flattens inline content into the builder, without recursion (nesting can be deep). */
  private appendPhrasing(b: UnitBuilder, children: PhrasingContent[], parentStart: number, parentEnd: number): void {
    // `end`: source end of the container whose children these are, if it has a position.
    const stack: Array<{ nodes: PhrasingContent[]; index: number; end?: number }> = [{ nodes: children, index: 0 }];
    let cursor = parentStart; // end of the last placed node, for nodes that carry no position
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.index >= top.nodes.length) {
        stack.pop();
        if (top.end !== undefined) cursor = top.end;
        continue;
      }
      const node = top.nodes[top.index++];
      const positioned = node.position !== undefined;
      const start = positioned ? this.start(node) : cursor;
      const end = positioned ? this.end(node) : cursor;
      switch (node.type) {
        case 'text':
          if (positioned) appendMarkdownText(b, this.source, start, end, node.value);
          // Nodes made by tree transforms (GFM autolink literals after inline HTML) carry no
          // position: they continue where the last placed node ended.
          else {
            // The first such node may follow block markup (`## `, `| `) that no node accounts for.
            let from = cursor;
            const first = node.value.charCodeAt(0);
            while (from < parentEnd && !startsValueAt(this.source, from, first)) from++;
            cursor = appendMarkdownText(b, this.source, from < parentEnd ? from : cursor, parentEnd, node.value);
          }
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          stack.push({ nodes: node.children, index: 0, end: positioned ? end : undefined });
          break;
        case 'break':
          b.replace('\n', start, end);
          break;
        case 'html':
          if (BR.test(node.value.trim())) b.replace('\n', start, end);
          else {
            b.replace(PLACEHOLDER, start, end);
            this.html(node);
          }
          break;
        case 'footnoteReference':
          b.marker(`^${node.identifier}`);
          break;
        default:
          // inline code, images, inline math: one placeholder so figures never glue across them.
          if ('children' in node && !positioned) stack.push({ nodes: node.children as PhrasingContent[], index: 0 });
          else b.replace(PLACEHOLDER, start, end);
          break;
      }
      if (positioned && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete' && node.type !== 'link' && node.type !== 'linkReference') {
        cursor = end;
      }
    }
  }

  /** Keeps the front matter's values and takes the page's language from it. */
  private useFrontMatter(record: Record<string, unknown>): void {
    this.out.frontMatter = record;
    for (const key of LOCALE_KEYS) {
      const value = record[key];
      if (typeof value === 'string' && value.trim()) {
        this.out.locale = value.trim();
        break;
      }
    }
  }

  private frontMatter(node: Nodes): void {
    const source = this.source;
    const start = this.start(node);
    const end = this.end(node);
    // Content lies between the opening fence's line break and the closing fence's line.
    let contentStart = start;
    while (contentStart < end && source.charCodeAt(contentStart) !== 10) contentStart++;
    contentStart++;
    let closingLine = end;
    while (closingLine > contentStart && source.charCodeAt(closingLine - 1) !== 10) closingLine--;
    let contentEnd = Math.max(contentStart, closingLine);
    if (contentEnd > contentStart) contentEnd--; // the line break before the closing fence
    if (source.charCodeAt(contentEnd - 1) === 13 && contentEnd > contentStart) contentEnd--;
    if (contentEnd <= contentStart) return;
    const text = source.slice(contentStart, contentEnd);
    // Directive comments need the yaml library's comment and scalar positions.
    const simple = text.includes('claimlint-') ? undefined : readSimpleFrontMatter(text);
    if (simple) {
      this.useFrontMatter(simple.record);
      for (const s of simple.scalars) {
        if (!FRONT_MATTER_COPY_KEYS.has(s.key.toLowerCase())) continue;
        const unit = scalarUnit(this.ctx, { value: s.value, type: 'PLAIN', range: [s.start, s.end, s.end] }, contentStart, 'front-matter', [s.key]);
        if (unit && unit.text.trim().length > 0) this.ctx.addUnit(this.out, unit);
      }
      return;
    }
    const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
    reportYamlErrors(doc, contentStart, contentEnd, this.ctx, 'Malformed front matter');
    if (doc.errors.length === 0) {
      try {
        const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
          this.useFrontMatter(data as Record<string, unknown>);
        } else if (data !== null && data !== undefined) {
          this.ctx.problem({ start: contentStart, end: contentEnd }, 'Malformed front matter: expected a mapping of keys to values');
        }
      } catch (error) {
        this.ctx.problem({ start: contentStart, end: contentEnd }, `Malformed front matter: ${String(error instanceof Error ? error.message : error)}`);
      }
    }
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) continue;
        const key = String(pair.key.value);
        if (!FRONT_MATTER_COPY_KEYS.has(key.toLowerCase()) || touchesError(doc, pair.value.range)) continue;
        const unit = scalarUnit(this.ctx, pair.value, contentStart, 'front-matter', [key]);
        if (unit && unit.text.trim().length > 0) this.ctx.addUnit(this.out, unit);
      }
    }
    if (text.includes('claimlint-')) {
      const scalars = new ScalarRanges();
      visit(doc, {
        Scalar(_, scalar) {
          if (scalar.range) scalars.add(contentStart + scalar.range[0], contentStart + scalar.range[1]);
        },
      });
      scanYamlComments(source, contentStart, contentEnd, this.ctx.lines(), scalars.contains, this.out.directives);
    }
  }
}

/** Can a text value beginning with `first` start at `at` (verbatim, escaped or as an entity)? */
function startsValueAt(source: string, at: number, first: number): boolean {
  const c = source.charCodeAt(at);
  return c === first || c === 92 || c === 38 || (c === 0 && first === 0xfffd);
}

/** A unit's text as context: placeholders dropped, whitespace collapsed. */
function contextText(text: string): string {
  return text.replace(/\uFFFC/g, '').replace(/\s+/g, ' ').trim();
}
