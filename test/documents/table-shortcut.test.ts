// The parser skips micromark's table attempt where the next line cannot be a delimiter row
// (markdown-syntax.ts). That is only an optimisation: the tree, positions included, must be exactly
// what the plain GFM table construct gives — for tables at the top level, in block quotes, list
// items and footnotes, with LF, CRLF and lone CR line ends, and on every Markdown file at hand.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdownParser, parseMarkdown } from '../../src/core/documents/markdown-syntax.js';
import { markdownFilesAtHand } from './markdown-files.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const reference = createMarkdownParser(false);

function expectSameTree(text: string): void {
  expect(parseMarkdown(text)).toEqual(reference.parse(text));
}

const LINES = [
  '| A | B |', '|---|---|', '| - | :-: |', '| 1 | 2 |', 'A | B', '--- | ---', ':-', '-:', '|-|', '| a |', '-', '- item', '- | x | y |',
  '  | --- |', '> | a | b |', '> |---|---|', '> > | c |', '>', '> quote text', '[^1]: | a | b |', '    | - |', '\t|-|', ' | a\tb |',
  'Plain prose with words, more words and 45 mpg.', 'Another line of copy', '', '', '# Heading | with pipe', '```', '~~~', '* star',
  '1. one', '   continued', '<div>', '---', '***', 'Setext', '===', '| a | b | c |', '| --- | --- |', 'x\\|y | z', '|:---:|', 'a|b|c',
];
const EOLS = ['\n', '\r\n', '\r'];

describe('table shortcut', () => {
  it('parses random blocks of table-like and prose lines exactly as the plain table construct does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 14 }), fc.constantFrom(...EOLS), fc.boolean(), (lines, eol, trailing) => {
        expectSameTree(lines.join(eol) + (trailing ? eol : ''));
      }),
      { numRuns: 1500 },
    );
  });

  it('still finds tables: at the top, in quotes, lists and footnotes, and body rows after the head', () => {
    const text = ['| Plan | Price |', '| --- | ---: |', '| Plus | $14.99 |', '', '> | a | b |', '> | - | - |', '> | 1 | 2 |', '', '- | x | y |', '  | - | - |', '', '[^1]: | n | m |', '    | - | - |'].join('\n');
    const tree = parseMarkdown(text);
    expectSameTree(text);
    const tables = JSON.stringify(tree).match(/"type":"table"/g) ?? [];
    expect(tables.length).toBe(4);
  });

  it('gives the same trees on every Markdown file in the project and the shared corpus', () => {
    const files = markdownFilesAtHand(projectRoot);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expectSameTree(readFileSync(file, 'utf8'));
  });
});
