// Block-wise checking must read a Markdown document exactly as the whole-document lint does:
// same claims, verdicts, entries, ranges, messages and fixes. Checked over the labelled corpus
// (each file's Markdown cases joined into one long document), the example campaign and fixtures.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultSettings, lintDocument, loadRegistry, type LintResult, type SourceFile } from '../../src/core/index.js';
import { IncrementalLinter } from '../../src/server/incremental.js';
import { planBlocks } from '../../src/server/markdown-blocks.js';
import { projectRoot } from './harness.js';
import { FAQ, LAUNCH, REGISTRY } from './fixtures.js';

function registryOf(files: string[]) {
  return loadRegistry(files.map((f) => ({ uri: f, text: readFileSync(f, 'utf8') })), { today: '2026-11-23', docsBaseUrl: 'https://docs' }).registry;
}

/** What must agree between the two ways of checking, in a comparable form. */
function summary(result: LintResult) {
  return {
    claims: result.claims.map((c) => ({ text: c.claim.text, range: c.claim.range, figure: c.claim.figureRange, verdict: c.verdict, entry: c.entryId, kind: c.claim.kind })),
    findings: result.findings.map((f) => ({ rule: f.ruleId, range: f.range, message: f.message, fixes: f.fixes.map((x) => ({ kind: x.kind, edits: x.edits })) })),
  };
}

interface Sample {
  name: string;
  text: string;
  registryFiles: string[];
}

function corpusSamples(): Sample[] {
  const dir = path.join(projectRoot, 'test/corpus/cases');
  if (!existsSync(dir)) return [];
  const samples: Sample[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const suite = parse(readFileSync(path.join(dir, name), 'utf8')) as { registry?: string[]; cases?: Array<{ id: string; format?: string; text: string }> };
    const cases = (suite.cases ?? []).filter((c) => (c.format ?? 'markdown') === 'markdown' && typeof c.text === 'string');
    if (cases.length === 0) continue;
    const registryFiles = (suite.registry ?? []).map((r) => path.join(projectRoot, 'test/corpus/registry', `${r}.registry.yaml`)).filter(existsSync);
    // One long document: every case under its own heading, as a real page would hold them.
    const text = cases.map((c) => `## Case ${c.id}\n\n${c.text.trim()}\n`).join('\n');
    samples.push({ name, text, registryFiles });
  }
  return samples;
}

function exampleSamples(): Sample[] {
  const site = path.join(projectRoot, 'examples/campaign/site');
  const registryDir = path.join(projectRoot, 'examples/campaign/registry');
  if (!existsSync(site) || !existsSync(registryDir)) return [];
  const registryFiles = readdirSync(registryDir).filter((n) => n.endsWith('.yaml')).map((n) => path.join(registryDir, n));
  return readdirSync(site).filter((n) => n.endsWith('.md')).map((n) => ({ name: `examples/${n}`, text: readFileSync(path.join(site, n), 'utf8'), registryFiles }));
}

describe('block-wise checking of Markdown', () => {
  it('splits blocks at blank lines, keeping fences, comments, front matter and indented continuations whole', () => {
    const text = '---\ntitle: X\n---\n\n# A\n\npara one\nstill one\n\n```\ncode\n\nmore code\n```\n\n- item\n\n  continued\n\n<!--\ncomment\n\n-->\n\n[^1]: note\n\n## B\n\nlast\n';
    const plan = planBlocks(text);
    const pieces = plan.blocks.map((b) => text.slice(b.start, b.end));
    expect(pieces).toEqual(['---\ntitle: X\n---', '# A', 'para one\nstill one', '```\ncode\n\nmore code\n```', '- item\n\n  continued', '<!--\ncomment\n\n-->', '[^1]: note', '## B', 'last']);
    expect(plan.blocks.map((b) => b.note)).toEqual([false, false, false, false, false, false, true, false, false]);
    expect(plan.blocks[0].frontMatter).toBe(true);
    expect(plan.separable).toBe(true);
    expect(planBlocks('<!-- claimlint-disable claim/stale -- old page -->\n\ntext\n').separable).toBe(false);
  });

  const samples: Sample[] = [
    { name: 'fixtures', text: `${LAUNCH}\n${FAQ}`, registryFiles: [] },
    {
      name: 'notes of every kind',
      text: [
        '# Aero 1.5', '', 'The Aero 1.5 gets 45 mpg.* Email support replies within 1 hour.† We answer within 24 hours.[^sla]', '',
        'Owners report 38 mpg<sup>1</sup> on average.', '', '## Small print', '', '* EPA-estimated 41 mpg combined.', '',
        '† Business days only; replies within 24 hours.', '', '<sup>1</sup> Owner fuel logs, 2026.', '',
        '[^sla]: Email support replies within 24 hours on working days.', '',
      ].join('\n'),
      registryFiles: [],
    },
    {
      // A paragraph ending in ':' gives the list after it its subject; a heading ending in ':' does not.
      name: 'lists introduced by a paragraph',
      text: [
        '# Support', '', 'Why customers love our live chat:', '', '- answers in 42 seconds', '- real people', '',
        'Our email team:', '', '* replies within 1 hour', '', '## Plans:', '', '- answers in 42 seconds', '',
        '> Why our chat:', '', '1. answers in 42 seconds', '', 'A paragraph.', '', '- answers in 42 seconds', '',
        '**Why our live chat:**', '', '- answers in 42 seconds', '', 'Our live chat: *fast*', '', '- answers in 42 seconds', '',
      ].join('\n'),
      registryFiles: [fileURLToPath(new URL('../engine/fixtures/acme.registry.yaml', import.meta.url))],
    },
    ...exampleSamples(),
    ...corpusSamples(),
  ];
  it.each(samples.map((s) => [s.name, s] as const))('%s: block-wise results equal whole-document results', (_name, sample) => {
    const registry = sample.registryFiles.length ? registryOf(sample.registryFiles) : loadRegistry([{ uri: 'reg', text: REGISTRY }], { today: '2026-11-23', docsBaseUrl: 'https://docs' }).registry;
    const settings = defaultSettings({ today: '2026-11-23' });
    const file: SourceFile = { uri: 'file:///doc.md', text: sample.text };
    const lint = (f: SourceFile) => lintDocument(f, 'markdown', registry, settings);
    const whole = lint(file);
    const linter = new IncrementalLinter(lint);
    const blockwise = linter.run(file, { blocks: true });
    expect(blockwise.stats.mode).toBe('blocks');
    expect(summary(blockwise.result)).toEqual(summary(whole));
    // An edit in one paragraph re-checks one block and still agrees with the whole.
    const paragraphs = planBlocks(sample.text).blocks.filter((b) => !b.note && !b.frontMatter && b.headings.length === 0 && /^[A-Za-z]/.test(sample.text.slice(b.start)));
    if (paragraphs.length === 0) return; // every block is a heading, note or front matter
    const at = paragraphs[Math.floor(paragraphs.length / 2)].start;
    const edited = { ...file, text: sample.text.slice(0, at) + 'Note: ' + sample.text.slice(at) };
    const again = linter.run(edited);
    // The edited block, plus any note it may point to (a note reads with its referrers) and a list it may introduce.
    expect(again.stats.checked).toBeLessThanOrEqual(2 + planBlocks(sample.text).blocks.filter((b) => b.note).length);
    expect(summary(again.result)).toEqual(summary(lint(edited)));
  });

  it('an edit to a heading that names the page\'s product re-reads the later sections that name none', () => {
    const registry = loadRegistry([{ uri: 'reg', text: REGISTRY }], { today: '2026-11-23', docsBaseUrl: 'https://docs' }).registry;
    const settings = defaultSettings({ today: '2026-11-23' });
    const lint = (f: SourceFile) => lintDocument(f, 'markdown', registry, settings);
    const linter = new IncrementalLinter(lint);
    // The fuel section's own heading names no car; the section before it names the Aero 1.5.
    const page = (heading: string) => `## ${heading}\n\nIt is new this year.\n\n## Fuel economy\n\nOwners average 45 mpg.\n\n## Warranty\n\nFive years.\n`;
    const mpg = (r: LintResult) => r.findings.filter((f) => f.claim?.text.includes('mpg')).map((f) => `${f.ruleId} ${f.entryId ?? '-'}`);
    const named = { uri: 'file:///doc.md', text: page('Meet the Aero 1.5') };
    expect(mpg(linter.run(named).result)).toEqual(['claim/contradicted fuel.aero15.combined']);
    for (const [heading, expected] of [
      ['Meet the newcomer', 'claim/unsubstantiated -'],
      ['Meet the Aero 1.5 today', 'claim/contradicted fuel.aero15.combined'],
    ] as const) {
      const edited = { uri: 'file:///doc.md', text: page(heading) };
      const again = linter.run(edited);
      expect(again.stats.mode).toBe('blocks');
      expect(mpg(again.result), heading).toEqual([expected]);
      expect(summary(again.result)).toEqual(summary(lint(edited)));
    }
    // An edit elsewhere keeps the page's product and re-checks only the edited block.
    const typed = linter.run({ uri: 'file:///doc.md', text: page('Meet the Aero 1.5 today').replace('Five years.', 'Five full years.') });
    expect(typed.stats.checked).toBe(1);
    expect(mpg(typed.result)).toEqual(['claim/contradicted fuel.aero15.combined']);
  });
});
