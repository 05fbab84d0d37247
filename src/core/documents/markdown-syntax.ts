// The Markdown syntax claimlint reads: CommonMark + front matter + the GFM constructs that change
// what the copy says (tables, footnotes, strikethrough, task-list items) — but not GFM autolink
// literals. A bare `www.example.com` or `help@example.com` becomes a link node whose text is the
// same characters as without it, so the extracted copy is identical; yet recognising those
// literals is almost half of micromark's work on prose (it inspects every word boundary), and the
// tree transform that follows walks every text node again.
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
import { unified, type Processor } from 'unified';

/** remark plugin: the GFM constructs above, registered the way remark-gfm registers all of them. */
function remarkCopySyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

/** Created once: freezing a unified processor is costly and it holds no per-document state. */
export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkCopySyntax).freeze();
