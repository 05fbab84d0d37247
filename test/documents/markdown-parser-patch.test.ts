// The bundles patch the Markdown parser for speed on Node 20 (scripts/markdown-parser-patch.mjs):
// mdast-util-from-markdown's per-event `{...context, sliceSerialize}` becomes a plain literal, the
// compile function and micromark's merged constructs are kept across documents, and
// micromark-util-chunked splices without temporary arrays, and micromark-util-subtokenize's
// subcontent() writes its gaps where subtokenize() keeps them. The parser
// bundled with the patch must give exactly the trees the library gives unpatched, document after
// document, and the patch must refuse a library that no longer looks as it expects instead of
// silently doing nothing.
import { build, type Plugin } from 'esbuild';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/core/documents/markdown-syntax.js';
import { markdownFilesAtHand } from './markdown-files.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');
// The build scripts are plain JavaScript run by node; imported through a URL so they are not type-checked.
const script = (name: string) => import(pathToFileURL(path.join(projectRoot, 'scripts', name)).href);
const { markdownParserPatch, patchChunked, patchCompile, patchParse, patchSubtokenize } = (await script('markdown-parser-patch.mjs')) as {
  markdownParserPatch: Plugin;
  patchChunked(source: string): string;
  patchSubtokenize(source: string): string;
  patchCompile(source: string): string;
  patchParse(source: string): string;
};
const { NODE_TARGET } = (await script('esbuild-target.mjs')) as { NODE_TARGET: Record<string, unknown> };
// The file esbuild bundles (its production build, not the `development` condition's dev/ copy).
const librarySource = readFileSync(path.join(projectRoot, 'node_modules/mdast-util-from-markdown/lib/index.js'), 'utf8');
const micromarkParseSource = readFileSync(path.join(projectRoot, 'node_modules/micromark/lib/parse.js'), 'utf8');
const chunkedSource = readFileSync(path.join(projectRoot, 'node_modules/micromark-util-chunked/index.js'), 'utf8');
const subtokenizeSource = readFileSync(path.join(projectRoot, 'node_modules/micromark-util-subtokenize/index.js'), 'utf8');

/** splice() and push() from a copy of micromark-util-chunked's source. */
function chunkedFunctions(source: string): { splice: (list: unknown[], start: number, remove: number, items: unknown[]) => void; push: (list: unknown[], items: unknown[]) => unknown[] } {
  return new Function(`${source.replace(/^export /gm, '')}\nreturn { splice, push };`)();
}

let dir: string;
let patchedParse: typeof parseMarkdown;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimlint-patch-'));
  const out = path.join(dir, 'parser.cjs');
  await build({
    entryPoints: [path.join(projectRoot, 'src/core/documents/markdown-syntax.ts')],
    outfile: out, bundle: true, format: 'cjs', ...NODE_TARGET, plugins: [markdownParserPatch], logLevel: 'silent',
  });
  const bundled = readFileSync(out, 'utf8');
  expect(bundled).not.toMatch(/\.\.\.context,\s*sliceSerialize/);
  expect(bundled).toContain('compilerFor(options)(postprocess(');
  expect(bundled).toContain('combinedConstructs(settings.extensions)');
  expect(bundled).not.toContain('parameters.unshift(start, remove)');
  expect(bundled).not.toContain('Object.assign(jumps, subcontent(');
  patchedParse = createRequire(import.meta.url)(out).parseMarkdown;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = [
  '---', 'title: Page', '# Heading', 'Setext', '===', '- item', '  - nested', '1. one', '> quote', '| a | b |', '|---|---|', '| 1 | 2 |',
  'Text with *emphasis*, **strong**, `code`, [link](https://x.test) and ![img](a.png).', '[ref]: https://x.test "t"', 'See [ref] and [^1].',
  '[^1]: A footnote.', '```js', 'code()', '```', '<div>html</div>', '~~gone~~', '- [x] done', 'Line with trailing spaces  ', 'hard\\', '',
  '&amp; &#35; &copy;', 'auto <https://a.test> link', '***', '    indented code',
];

describe('Markdown parser patch', () => {
  it('rewrites the three per-event spreads of the installed library', () => {
    const patched = patchCompile(librarySource);
    expect(patched).not.toMatch(/\.\.\.context/);
    expect(patched.match(/tokenStack: context\.tokenStack/g)).toHaveLength(3);
  });

  it('keeps one compile function per extension list and clears its flags at the start of each compile', () => {
    const patched = patchCompile(librarySource);
    expect(patched).toContain('return compilerFor(options)(postprocess(');
    expect(patched).not.toContain('return compiler(options)(postprocess(');
    expect(patched).toMatch(/for \(const key in data\) data\[key\] = undefined;\s*const context = \{/);
  });

  it('keeps micromark\'s merged constructs per extension list', () => {
    const patched = patchParse(micromarkParseSource);
    expect(patched).toContain('const constructs = /** @type {FullNormalizedExtension} */\n  combinedConstructs(settings.extensions);');
    expect(patched).not.toContain("...(settings.extensions");
  });

  it('splices and pushes exactly as micromark-util-chunked does, without its temporary arrays', () => {
    const patched = patchChunked(chunkedSource);
    expect(patched).not.toContain('parameters.unshift(start, remove)');
    const original = chunkedFunctions(chunkedSource);
    const rewritten = chunkedFunctions(patched);
    const list = fc.array(fc.integer(), { maxLength: 30 });
    fc.assert(
      fc.property(list, fc.integer({ min: -40, max: 40 }), fc.integer({ min: -5, max: 40 }), list, (base, start, remove, items) => {
        const a = [...base];
        const b = [...base];
        original.splice(a, start, remove, items);
        rewritten.splice(b, start, remove, items);
        expect(b).toEqual(a);
        const c = [...base];
        const d = [...base];
        expect(rewritten.push(d, items)).toEqual(original.push(c, items));
        expect(d).toEqual(c);
      }),
      { numRuns: 2000 },
    );
    // Appending a list to itself appends its original items once.
    const self = [1, 2, 3];
    rewritten.push(self, self);
    expect(self).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('lets subcontent() write its gaps straight into subtokenize()\'s jumps', () => {
    const patched = patchSubtokenize(subtokenizeSource);
    expect(patched).toContain('subcontent(events, index, jumps);');
    expect(patched).toContain('function subcontent(events, eventIndex, gaps) {');
    expect(patched).not.toMatch(/const gaps = \{\}/);
    expect(patched).not.toContain('Object.assign(jumps');
  });

  it('refuses a library whose compile context or spreads differ from what it rewrites', () => {
    expect(() => patchCompile(librarySource.replace('resume,\n      data\n', 'resume,\n      data,\n      extra\n'))).toThrow(/no longer matches/);
    expect(() => patchCompile(librarySource.replace(/\.\.\.context,(\s*)sliceSerialize/, 'sliceSerialize: undefined,$1sliceSerialize'))).toThrow(/2 of 3 spreads/);
    expect(() => patchCompile(librarySource.replace('return compiler(options)(', 'const compile = compiler(options);\n  return compile('))).toThrow(/no longer calls compiler/);
    expect(() => patchParse(micromarkParseSource.replace('...(settings.extensions || [])', '...(settings.extensions || []), extra'))).toThrow(/no longer merges/);
    expect(() => patchChunked(chunkedSource.replace('parameters = Array.from(items);', 'parameters = items.slice();'))).toThrow(/no longer copies/);
    expect(() => patchSubtokenize(subtokenizeSource.replace('Object.assign(jumps, subcontent(events, index));', 'const gaps = subcontent(events, index);\n        Object.assign(jumps, gaps);'))).toThrow(/no longer merges/);
    expect(() => patchSubtokenize(`${subtokenizeSource}\nexport const again = () => subcontent(null, 0);`)).toThrow(/no longer merges/);
  });

  it('gives the same trees as the unpatched library on every Markdown file at hand', () => {
    const files = markdownFilesAtHand(projectRoot);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(patchedParse(text), file).toEqual(parseMarkdown(text));
    }
  });

  // One process, one compile function: a flag a document left behind would show in a later tree.
  it('gives the same trees on random documents of every block and inline construct, one after another', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 16 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        expect(patchedParse(text)).toEqual(parseMarkdown(text));
      }),
      { numRuns: 500 },
    );
  });
});
