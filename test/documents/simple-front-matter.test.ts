// Simple front matter is read without the yaml library (simple-front-matter.ts). Whenever the
// fast reader accepts a text, it must give exactly what yaml gives: the same values (core schema)
// and the same scalar ranges, with no error; and it must accept the everyday shape.
import fc from 'fast-check';
import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleFrontMatter } from '../../src/core/documents/simple-front-matter.js';
import { defaultSettings, type ExtractedDocument } from '../../src/core/index.js';
import { ExtractContext } from '../../src/core/documents/extract-context.js';
import { extractMarkdown } from '../../src/core/documents/markdown.js';

const KEYS = ['title', 'Title', 'description', 'lang', 'locale', 'a-b', '_x', 'x1', 'true', 'null', 'Null', '0x1', 'on', 'yes', '__proto__', 'my key', 'date'];
const SEPARATORS = [': ', ':  ', ':', ': ', ':\t'];
const VALUES = [
  'Larkspur page 12', 'Every email is answered within 24 hours.', '12', '+12', '-3', '012', '0o17', '0x1F', '1.5', '.5', '1e3', '1.', '+.inf', '.inf', '.NaN', '.nan',
  '~', 'null', 'Null', 'NULL', 'true', 'False', 'TRUE', 'yes', 'on', '2026-01-01', 'a: b', 'a #c', 'a#b', 'x:', 'http://x.test/a', "Don't stop", '"quoted"', "'single'",
  '[a]', '{a}', '* star', '& amp', '!tag', '|', '>', '%x', '@x', '`x`', '- item', '? q', 'a\tb', 'émoji 😀', 'a  b', 'value   ', 'x, y', 'a [b] c', '',
];

function yamlView(text: string) {
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  const scalars: Array<{ key: string; value: unknown; start: number; end: number }> = [];
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isPair(pair) && isScalar(pair.key) && isScalar(pair.value) && pair.value.range && pair.value.range[1] > pair.value.range[0]) {
        scalars.push({ key: String(pair.key.value), value: pair.value.value, start: pair.value.range[0], end: pair.value.range[1] });
      }
    }
  }
  return { errors: doc.errors.length + doc.warnings.length, record: doc.errors.length ? undefined : doc.toJS(), scalars };
}

const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SEPARATORS), fc.constantFrom(...VALUES)).map(([k, s, v]) => `${k}${s}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment', '  nested: x', '- item', '---') },
);

describe('simple front matter', () => {
  it('gives what the yaml library gives whenever it reads a text', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 7 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const simple = readSimpleFrontMatter(text);
        if (!simple) return;
        accepted++;
        const y = yamlView(text);
        expect(y.errors).toBe(0);
        expect(simple.record).toEqual(y.record);
        expect(simple.scalars).toEqual(y.scalars);
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('reads the everyday shape, and leaves the rest to yaml', () => {
    expect(readSimpleFrontMatter('title: Larkspur page 3\ndescription: Fast parts\nlang: en\ndate: 2026-02-01\ndraft: false\nweight: 3')).toEqual({
      record: { title: 'Larkspur page 3', description: 'Fast parts', lang: 'en', date: '2026-02-01', draft: false, weight: 3 },
      scalars: [
        { key: 'title', value: 'Larkspur page 3', start: 7, end: 22 },
        { key: 'description', value: 'Fast parts', start: 36, end: 46 },
        { key: 'lang', value: 'en', start: 53, end: 55 },
        { key: 'date', value: '2026-02-01', start: 62, end: 72 },
        { key: 'draft', value: false, start: 80, end: 85 },
        { key: 'weight', value: 3, start: 94, end: 95 },
      ],
    });
    for (const text of ['title: "quoted"', 'tags:\n  - a', 'title: a # note', 'title: x\ntitle: y', 'a: |\n  text']) expect(readSimpleFrontMatter(text)).toBeUndefined();
  });

  it('extracts the same units, front matter and language through either reader', () => {
    const yaml = defaultSettings().yaml;
    const read = (text: string): ExtractedDocument => {
      const out: ExtractedDocument = { units: [], notes: new Map(), directives: [], problems: [] };
      extractMarkdown(new ExtractContext({ uri: 'fm.md', text }, { yaml }, out.problems), out);
      return out;
    };
    const body = '\n\n# Page\n\nEvery email is answered within 24 hours.\n';
    // A trailing comment sends the same front matter through the yaml library.
    const fast = read(`---\ntitle: Parts in 2 days\ndescription: Answered within 24 hours.\nlang: en-GB\n---${body}`);
    const viaYaml = read(`---\ntitle: Parts in 2 days\ndescription: Answered within 24 hours.\nlang: en-GB\n# note\n---${body}`);
    const frontMatterUnits = (d: ExtractedDocument) => d.units.filter((u) => u.block === 'front-matter');
    expect(frontMatterUnits(fast)).toEqual(frontMatterUnits(viaYaml)); // same offsets: the comment comes after them
    expect(fast.units.map((u) => u.text)).toEqual(viaYaml.units.map((u) => u.text));
    expect(fast.frontMatter).toEqual(viaYaml.frontMatter);
    expect(fast.locale).toBe('en-GB');
    expect(fast.units.filter((u) => u.block === 'front-matter').map((u) => u.text)).toEqual(['Parts in 2 days', 'Answered within 24 hours.']);
  });
});
