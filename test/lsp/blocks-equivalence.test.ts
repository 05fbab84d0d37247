// Block-wise checking (the language server's keystroke path) must read a Markdown document exactly
// as the whole-document lint (the CLI) does. These cases are ordinary Markdown where the small
// document a block is read in used to differ from the whole: a thematic break read as front
// matter, a note definition that is not a block's first line, and an unclosed comment or fence in
// a block that refers to a note swallowing the note.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, lintDocument, loadRegistry, type LintResult, type SourceFile } from '../../src/core/index.js';
import { IncrementalLinter } from '../../src/server/incremental.js';
import { planBlocks } from '../../src/server/markdown-blocks.js';
import { projectRoot } from './harness.js';

const registryDir = path.join(projectRoot, 'examples/campaign/registry');
const registry = loadRegistry(
  readdirSync(registryDir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => ({ uri: path.join(registryDir, n), text: readFileSync(path.join(registryDir, n), 'utf8') })),
  { today: '2026-11-23', docsBaseUrl: 'https://docs' },
).registry;
const settings = defaultSettings({ today: '2026-11-23' });
const lint = (f: SourceFile) => lintDocument(f, 'markdown', registry, settings);

/** What must agree between the two ways of checking, in a comparable form. */
function summary(result: LintResult) {
  return {
    claims: result.claims.map((c) => ({
      text: c.claim.text, range: c.claim.range, figure: c.claim.figureRange, verdict: c.verdict, entry: c.entryId, kind: c.claim.kind,
      context: c.claim.context, qualifiers: c.claim.qualifiers,
    })),
    findings: result.findings.map((f) => ({ rule: f.ruleId, range: f.range, message: f.message, fixes: f.fixes.map((x) => ({ kind: x.kind, edits: x.edits })) })),
  };
}

function blockwise(text: string, linter = new IncrementalLinter(lint)): LintResult {
  const run = linter.run({ uri: 'file:///doc.md', text }, { blocks: true });
  expect(run.stats.mode).toBe('blocks');
  return run.result;
}

function expectSame(text: string): void {
  const whole = lint({ uri: 'file:///doc.md', text });
  expect(summary(blockwise(text)), JSON.stringify(text)).toEqual(summary(whole));
}

const rules = (r: LintResult) => r.findings.map((f) => f.ruleId);

describe('block-wise checking reads ordinary Markdown as the whole document does', () => {
  it('a thematic break that begins a block is not front matter', () => {
    const text = 'Intro paragraph.\n\n---\nThe Aero 1.5 gets up to 45 mpg.\n---\n\nMore copy.\n';
    expect(rules(lint({ uri: 'file:///doc.md', text }))).toEqual(['claim/contradicted']);
    expect(rules(blockwise(text))).toEqual(['claim/contradicted']);
    expectSame(text);
    // Nor is a `---` block after blank lines at the top of the page.
    expectSame('\n\n---\nThe Aero 1.5 gets up to 45 mpg.\n---\n\nMore copy.\n');
    expectSame('# Fuel\n\n---\nThe Aero 1.5 gets up to 45 mpg.\n---\n');
    expectSame('Intro.\n\n+++\ntitle = "x"\n+++\n\nThe Aero 1.5 gets up to 45 mpg.\n');
  });

  it('a note definition on a later line of a block is a note', () => {
    const text = 'Fuel figures below.\n[^1]: EPA-estimated.\n\nThe Aero 1.5 returns 41 mpg.[^1]\n';
    expect(planBlocks(text).blocks[0].note).toBe(true);
    expect(rules(blockwise(text))).toEqual([]);
    expectSame(text);
    expectSame('# Fuel\n[^1]: EPA-estimated.\n\nThe Aero 1.5 returns 41 mpg.[^1]\n');
    expectSame('Fuel figures below.\n\\* EPA-estimated.\n\nThe Aero 1.5 returns 41 mpg.*\n');
    expectSame('Fuel figures:\n> \\* EPA-estimated.\n\nThe Aero 1.5 returns 41 mpg.*\n');
    expectSame('The Aero 1.5 returns 41 mpg.[^Fuel]\n\nFuel figures below.\n[^fuel]: EPA-estimated.\n');
  });

  it('an unclosed comment or fence after a note does not swallow it', () => {
    const text = 'The Aero 1.5 is efficient.[^1]\n\n[^1]: Drive gently and the Aero 1.5 gets up to 45 mpg.\n\n<!-- TODO: re-check [^1] with product\n';
    expect(rules(lint({ uri: 'file:///doc.md', text }))).toEqual(['claim/contradicted']);
    expect(rules(blockwise(text))).toEqual(['claim/contradicted']);
    expectSame(text);
    expectSame('The Aero 1.5 is efficient.[^1]\n\n[^1]: Drive gently and the Aero 1.5 gets up to 45 mpg.\n\n```\nsee [^1]\n');
    expectSame('The Aero 1.5 is efficient.*\n\n\\* The Aero 1.5 gets up to 45 mpg.\n\nLater.*\n\n~~~\nsee *\n');
  });

  it('two notes with the same marker: the first one counts, in every block', () => {
    expectSame('The Aero 1.5 returns 41 mpg.*\n\n\\* EPA-estimated.\n\nMore.\n\n\\* The Aero 1.5 gets up to 45 mpg.\n');
    // The second note's own claim is qualified by the first.
    expectSame('EPA figures\n\n\\* EPA-estimated.\n\nMore.\n\n\\* The Aero 1.5 returns 41 mpg.*\n');
  });

  it('a setext heading over a multi-line paragraph is the whole paragraph', () => {
    expectSame('Owner stories\nfrom 2026\n---\n\nThe Aero 1.5 gets up to 45 mpg.\n');
  });

  it('constructs that run past blank lines are never cut', () => {
    // A closing fence indented four spaces does not close; `+++` is no front matter to the parser.
    expectSame('  ```\n\n    ```\n\nThe Aero 1.5 gets up to 45 mpg.\n');
    expectSame('+++\n\n<div>\n+++\nThe Aero 1.5 gets up to 45 mpg.\n\n');
    expectSame('<?php\n\nThe Aero 1.5 gets up to 45 mpg.\n\n?>\n');
    // An unclosed `---` first line changes how the parser reads the whole page.
    expectSame('---\n\n> Owners average 38.6 mpg.[^1]\n\nThe Aero 1.5 gets up to 45 mpg.\n');
  });

  it('a block is read right after the blocks that lead to it, and after no other', () => {
    // The note block is read with the bold line (its "**" could be a "*" marker), which must not
    // become the note paragraph's FAQ question as it would right above it.
    expectSame('**Why our live chat:**\n\nThe Aero 1.5 gets up to 45 mpg.\n\nThe Aero 1.5 gets up to 45 mpg.\n&dagger; Only on highways.\n\nThe Aero 1.5 gets up to 45 mpg.\n\n');
    // A bold line that ends a block after another line of it still introduces the next block.
    expectSame('    ```\n**Why our live chat:**\n\nThe Aero 1.5 gets up to 45 mpg.\n\n');
    // A loose list's items are blocks of their own; the intro before the list leads each of them.
    expectSame('Why commuters choose the Aero:\n\n1. 46 mpg highway\n\n1. 46 mpg highway\n\nThe Aero 1.5 gets up to 45 mpg.\n\n');
    expectSame('**Why our live chat:**\n\n1. 46 mpg highway\n\n- 41 mpg combined\n\n1. 46 mpg highway\n');
    // The same for a list after a heading's block that ends in ":".
    expectSame('# Why commuters choose the Aero:\n\nIntro.\n\n- 41 mpg combined\n');
  });

  // Blocks that each read fine alone but interact: thematic breaks, setext underlines, notes in
  // every place a note can start, unclosed comments and fences (a page being typed).
  const PIECES = [
    'The Aero 1.5 gets up to 45 mpg.', 'The Aero 1.5 returns 41 mpg.[^1]', 'The Aero 1.5 gets 45 mpg.*', 'Terra Hybrid gets 44 mpg†',
    'Fuel figures below.', 'Why commuters choose the Aero:', '- 41 mpg combined', '1. 46 mpg highway', '> Owners average 38.6 mpg.[^1]',
    '[^1]: EPA-estimated.', '[^1]: Drive gently and the Aero 1.5 gets up to 45 mpg.', '\\* EPA-estimated.', '† Actual mileage will vary.',
    '<sup>1</sup> Owner logs.', '[^Fuel]: EPA-estimated.', 'See [^fuel].',
    '---', '***', '- - -', '+++', '# The 2027 Aero 1.5', '## Terra Hybrid', 'Title 45 mpg\n===',
    '<!-- TODO: re-check [^1]', '<!-- note 45 mpg -->', '```', '```\n45 mpg\n```', '~~~', '<?php', '?>', '<pre>', '</pre>',
    '    indented 45 mpg', '| Trim | MPG |\n|---|---|\n| Aero S | 41 |',
    '> # Quoted heading', '- ## Listed heading', '**Why our live chat:**', '*EPA-estimated.*', '*EPA-estimated.', '<div>', '</div>', '<div>\n```\n</div>',
    '[ref]: https://x.test', 'See [the ref][ref] for 45 mpg.', 'The Aero 1.5 gets 45 mpg<sup>1</sup>.', '¹ EPA-estimated.', '&dagger; Only on highways.',
    '- a\n---', 'Line one\nline two\n===', '    # code comment', '### Deep', '# Top', '<!-- claimlint-disable-next-line claim/contradicted -- ok -->',
    '- [^1]: listed note', '> [^1]: quoted note', '| *Trim | MPG |\n|---|---|\n| Aero S | 41 |', '<!--', '-->', '    ```', '  ```',
  ];
  const SEPARATORS = ['\n\n', '\n', '\n\n\n', '\r\n\r\n'];

  it('random documents of such pieces read the same block-wise and whole', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 }), (parts) => {
        expectSame(parts.map(([p, s]) => p + s).join(''));
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('an edit re-checks few blocks and still agrees with the whole', () => {
    const base = 'Intro paragraph.\n\n---\nThe Aero 1.5 gets up to 45 mpg.\n---\n\nThe Aero 1.5 returns 41 mpg.[^1]\n\nMore copy.\n\n[^1]: EPA-estimated.\n';
    const linter = new IncrementalLinter(lint);
    expect(summary(blockwise(base, linter))).toEqual(summary(lint({ uri: 'file:///doc.md', text: base })));
    for (const typed of ['<!-- TODO: re-check [^1]\n', '```\n', '---\n', 'Notes below.\n[^1]: Actual mileage will vary.\n']) {
      const text = base + '\n' + typed;
      const again = linter.run({ uri: 'file:///doc.md', text });
      expect(again.stats.mode).toBe('blocks');
      expect(summary(again.result), JSON.stringify(text)).toEqual(summary(lint({ uri: 'file:///doc.md', text })));
    }
  });
});
