// The Markdown syntax claimlint reads: CommonMark + front matter + the GFM constructs that change
// what the copy says (tables, footnotes, strikethrough, task-list items) — but not GFM autolink
// literals. A bare `www.example.com` or `help@example.com` becomes a link node whose text is the
// same characters as without it, so the extracted copy is identical; yet recognising those
// literals is almost half of micromark's work on prose (it inspects every word boundary), and the
// tree transform that follows walks every text node again.
//
// GFM tables are looked for at the start of every block, and micromark's table construct reads
// the whole first line (a token per word, a closure per space) before it learns from the next
// line that no delimiter row follows: on prose that is a second tokenisation of each paragraph's
// first line, and about a quarter of everything the parser allocates. A head row needs a
// delimiter row right below it, so the attempt is skipped where the next line cannot be one.
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';

/**
 * Where a Markdown document's front matter ends (after its closing `---`), or 0 when it has none:
 * as this parser reads it (remark-frontmatter's YAML fences), `---` to `---`; YAML's own `...`
 * document end does not close it.
 */
export function frontMatterEnd(text: string): number {
  const open = /^\ufeff?---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
  return close ? open[0].length + close.index + close[0].length : 0;
}

/** The text being parsed (micromark gives a construct its position, not the text ahead of it). */
let parsing: { text: string; hasCr: boolean } | undefined;

/** Parses Markdown with the syntax above. */
export function parseMarkdown(text: string): Root {
  parsing = { text, hasCr: text.includes('\r') };
  try {
    return markdownParser.parse(text) as Root;
  } finally {
    parsing = undefined;
  }
}

// The parts of micromark's construct and tokenizer types this file touches.
type State = (code: number | null) => unknown;
interface TokenizeContext {
  events: Array<[string, { type: string }, unknown]>;
  now(): { offset: number };
}
interface Construct {
  tokenize(this: TokenizeContext, effects: unknown, ok: State, nok: State): State;
}

/** GFM tables, with the head-row attempt skipped where no delimiter row can follow (see above). */
function gfmTableWhereDelimited(): ReturnType<typeof gfmTable> {
  const extension = gfmTable();
  const flow = extension.flow as unknown as { null: Construct };
  const table = flow.null;
  const construct: Construct = {
    ...table,
    tokenize(effects, ok, nok) {
      if (parsing !== undefined && !continuesTable(this.events) && !nextLineMayBeDelimiterRow(parsing, this.now().offset)) return nok;
      return table.tokenize.call(this, effects, ok, nok);
    },
  };
  return { ...extension, flow: { null: construct } } as unknown as ReturnType<typeof gfmTable>;
}

/** Is the block before this one a table's head or row (ignoring line ends and prefixes)? Then this line may be a body row. */
function continuesTable(events: TokenizeContext['events']): boolean {
  let index = events.length - 1;
  while (index > -1 && (events[index][1].type === 'lineEnding' || events[index][1].type === 'linePrefix')) index--;
  const tail = index > -1 ? events[index][1].type : undefined;
  return tail === 'tableHead' || tail === 'tableRow';
}

/**
 * Could the line after the one holding `offset` be a table's delimiter row? It must hold a `-` and
 * nothing but `|`, `:`, `-`, spaces and tabs — besides container prefixes (`>`, indentation).
 */
function nextLineMayBeDelimiterRow(source: { text: string; hasCr: boolean }, offset: number): boolean {
  const { text, hasCr } = source;
  let i: number;
  if (!hasCr) {
    i = text.indexOf('\n', offset);
    if (i < 0) return false;
    i++;
  } else {
    i = offset;
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    if (i >= text.length) return false;
    i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  let dash = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 45) dash = true;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9 && c !== 62) return false;
  }
  return dash;
}

/** remark plugin: the GFM constructs above, registered the way remark-gfm registers all of them. */
function remarkCopySyntax(this: Processor, options: { tableShortcut: boolean }): void {
  const data = this.data();
  const table = options.tableShortcut ? gfmTableWhereDelimited() : gfmTable();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), table, gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

/** The parser; without the table shortcut it is the reference the shortcut is tested against. */
export function createMarkdownParser(tableShortcut = true) {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkCopySyntax, { tableShortcut }).freeze();
}

/** Created once: freezing a unified processor is costly and it holds no per-document state. */
const markdownParser = createMarkdownParser();
