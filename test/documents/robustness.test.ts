import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, extractDocument } from '../../src/core/index.js';
import { toSourceOffset, toSourceRange } from '../../src/core/documents/source-map.js';
import { assertExactMap } from './exact-map.js';

// Random documents built from the constructs that make alignment hard: whatever comes out, nothing
// throws and every character of every unit maps back exactly.

const MARKDOWN_PIECES = [
  '**', '*', '_', '__', '`', '``', '\\', '\\*', '&nbsp;', '&amp;', '&#x24;', '&#0;', '&bogus;', '&', '<br>', '<br/>', '<span>',
  '</span>', '<small>', '<!-- claimlint-disable -->', '<!--', '-->', '<div>', '\n', '\r\n', '\r', '\n\n', '> ', '>', '- ', '* ', '1. ',
  '  ', '    ', '\t', '|', '| a | b |\n|---|---|\n', '---', '```', '~~~', '[^1]', '[^1]: ', '[x](y)', '![i](j)', '[ref]', '[ref]: /u\n',
  '# ', '## ', '===', '45', 'mpg', '†', '‡', '¹', 'word', ' ', '\uFEFF', '\u0000', '\u00a0', '~~', 'www.x.com', 'a@b.co', '[', ']',
  '(', ')', '$', '%', '😀', '\uD800', 'é',
];

const YAML_PIECES = [
  'key: ', 'k2: ', '- ', 'value', '45 mpg', '"', "'", "''", '\\n', '\\u00e9', '\\x41', '\\U0001F600', '\\', '|', '|-', '>', '>+', '|2',
  '\n', '\r\n', '\r', '  ', '    ', '\t', '# claimlint-disable-line', '# note', '#', '&a ', '*a', '[', ']', '{', '}', ',', ': ', '---', '...',
  '? ', '%YAML 1.2\n', '!!str ', '\uFEFF', 'a_b', 'x.y', 'https://u', '24/7', ' ', '\u0000',
];

function documents(pieces: string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));
}

const yaml = defaultSettings().yaml;
/** More runs on demand: CLAIMLINT_FUZZ_RUNS=20000 npx vitest run test/documents */
const RUNS = Number(process.env.CLAIMLINT_FUZZ_RUNS ?? 400);
const TIMEOUT = Math.max(60_000, RUNS * 30);

function check(text: string, language: 'markdown' | 'yaml'): void {
  const doc = extractDocument({ uri: 'fuzz', text }, language, { yaml });
  for (const unit of doc.units) {
    assertExactMap(unit, text);
    // The helpers never leave the document, whatever offsets they are given.
    for (const [s, e] of [[0, unit.text.length], [-5, 3], [2, 1], [unit.text.length, unit.text.length + 9]]) {
      const range = toSourceRange(unit, s, e);
      expect(range.start).toBeGreaterThanOrEqual(0);
      expect(range.end).toBeGreaterThanOrEqual(range.start);
      expect(range.end).toBeLessThanOrEqual(text.length);
      const offset = toSourceOffset(unit, s);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThanOrEqual(text.length);
    }
  }
  for (const d of doc.directives) {
    expect(d.range.start).toBeGreaterThanOrEqual(0);
    expect(d.range.end).toBeLessThanOrEqual(text.length);
    expect(d.line).toBeGreaterThanOrEqual(1);
  }
  for (const p of doc.problems) {
    expect(p.ruleId).toBe('document/parse');
    expect(p.range.start).toBeGreaterThanOrEqual(0);
    expect(p.range.end).toBeLessThanOrEqual(text.length);
  }
}

describe('robustness', () => {
  it('random Markdown never throws and always maps exactly', () => {
    // Found by this property once raw HTML became copy: a line break tag after a bare CR.
    fc.assert(fc.property(documents(MARKDOWN_PIECES), (text) => check(text, 'markdown')), { numRuns: RUNS, examples: [['<div>**\r<br>**']] });
  }, TIMEOUT);

  it('random YAML never throws and always maps exactly', () => {
    fc.assert(fc.property(documents(YAML_PIECES), (text) => check(text, 'yaml')), { numRuns: RUNS });
  }, TIMEOUT);

  it('random Markdown front matter never throws', () => {
    fc.assert(fc.property(documents(YAML_PIECES), (text) => check(`---\n${text}\n---\n\nBody 45 mpg.\n`, 'markdown')), { numRuns: Math.ceil(RUNS / 2) });
  }, TIMEOUT);

  it('an alias bomb in front matter is a problem, not an expansion', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let k = 1; k < 9; k++) {
      const prev = String.fromCharCode(96 + k);
      const next = String.fromCharCode(97 + k);
      bomb.push(`${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
    }
    const text = `---\n${bomb.join('\n')}\ntitle: Fast\n---\n\nBody.\n`;
    const doc = extractDocument({ uri: 'bomb.md', text }, 'markdown', { yaml });
    expect(doc.problems.map((p) => p.message).join('\n')).toMatch(/Malformed front matter.*alias/i);
    expect(doc.frontMatter).toBeUndefined();
    expect(doc.units.map((u) => u.text)).toEqual(['Fast', 'Body.']);
    // The same bomb as a YAML copy file is walked, never expanded.
    const yamlDoc = extractDocument({ uri: 'bomb.yaml', text: `${bomb.join('\n')}\ntitle: Fast\n` }, 'yaml', { yaml });
    expect(yamlDoc.units.map((u) => u.text)).toContain('Fast');
  });

  it('binary content is read without throwing', () => {
    const bytes = Array.from({ length: 4096 }, (_, k) => String.fromCharCode((k * 7919) % 65536)).join('');
    check(bytes, 'markdown');
    check(bytes, 'yaml');
  });

  it('garbage YAML lists its first 50 errors and sums up the rest', () => {
    const text = ': [ { ] } \n'.repeat(2000);
    const doc = extractDocument({ uri: 'garbage.yaml', text }, 'yaml', { yaml });
    expect(doc.problems).toHaveLength(51);
    expect(doc.problems[50].message).toMatch(/^Invalid YAML: \d+ more errors not listed \(line \d+, column \d+\)$/);
  });

  it('structured YAML: every scalar style maps exactly and each value is one unit', () => {
    const word = fc.constantFrom('45', 'mpg', 'Next-day', 'delivery', 'in', '30', 'countries', '24/7', 'é', '😀', '#1', 'a:b', "it's", '"q"');
    const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const lines = fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 5 }).filter((ls) => ls.some((l) => l !== ''));
    const escape = fc.constantFrom('\\n', '\\t', '\\"', '\\\\', '\\u00e9', '\\x41', '\\U0001F600', '\\ ', '\\/', '\\_');
    const value = fc.oneof(
      // block scalars: style, chomping, extra indentation on some lines, blank lines
      fc.tuple(fc.constantFrom('|', '>'), fc.constantFrom('', '-', '+'), lines, fc.array(fc.boolean(), { maxLength: 5 }), fc.constantFrom('\n', '\r\n')).map(
        ([style, chomp, ls, extra, nl]) => {
          const body = ls.map((l, k) => (l === '' ? '' : `  ${extra[k] && k > 0 ? '  ' : ''}${l}`)).join(nl);
          return `${style}${chomp}${nl}${body}${nl}`;
        },
      ),
      // double-quoted with escapes and folded lines
      fc.tuple(lines, fc.array(escape, { maxLength: 4 })).map(([ls, es]) => `"${ls.map((l) => l.replace(/[\\"]/g, '')).join('\n  ')}${es.join('')}"\n`),
      // single-quoted with doubled quotes and folded lines
      lines.map((ls) => `'${ls.map((l) => l.replace(/'/g, "''")).join('\n  ')}'\n`),
      // plain, folded over lines
      lines.map((ls) => `${ls.filter((l) => l !== '').map((l) => l.replace(/[#:"']/g, '').replace(/^[-?|>!&*%@`,[\]{}]+/, '') || 'x').join('\n  ')}\n`),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        const text = values.map((v, k) => `key${k}: ${v}`).join('');
        const doc = extractDocument({ uri: 'structured.yaml', text }, 'yaml', { yaml });
        for (const unit of doc.units) assertExactMap(unit, text);
        if (doc.problems.length === 0) {
          for (const unit of doc.units) expect(unit.context[0]).toMatch(/^key\d+$/);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
