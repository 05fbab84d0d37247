// fast-check generators for hostile and ordinary engine input: Markdown and YAML copy (random,
// claim-bearing, mutated), registries (random structures and mutated valid ones). Shared by the
// bounded fuzz run in `npm test` and the long run in scripts/fuzz.ts.
import fc from 'fast-check';

/** Characters that break naive text handling: BOM, NUL, lone surrogates, RTL marks, zero-width, emoji, CR. */
export const NASTY_CHARS = [
  '\uFEFF', '\u0000', '\uD800', '\uDFFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u202E', '\u202B', '\u200F',
  'ال', 'עברית', '😀', '👩‍👩‍👧', '🇬🇧', '\r', '\r\n', '\n', '\t', '\u00a0', '\u2028', '\u2029', '\u0085', '\f', '\v',
  'é', 'e\u0301', '\uFFFD', '\uFFFF', '𝟒𝟓', '٤٥', '४५', '½', '\u0007',
];

/** Markdown and YAML syntax fragments, including unterminated constructs. */
const MD_FRAGMENTS = [
  '# ', '## ', '###### ', '####### ', '> ', '>>>>> ', '- ', '* ', '+ ', '1. ', '1) ', '   ', '    ', '\t',
  '**', '*', '__', '_', '~~', '`', '```', '~~~', '```js\n', '[', ']', '(', ')', '![', '](', '<', '>', '<!--', '-->',
  '<!-- claimlint-disable-next-line -->', '<!-- claimlint-disable-line claim/contradicted -- ok -->',
  '<!-- claimlint-disable', '<!-- claimlint-enable -->', '<div>', '</div>', '<br>', '&amp;', '&#x1F600;', '&#0;',
  '&#xD800;', '&nbsp;', '&bogus;', '\\', '\\*', '|', ' | ', '|---|', '| --- | --- |', ':--', '---', '***', '___',
  '---\n', '+++', '[^1]', '[^1]: ', '[^note]:', '*', '†', '‡', '¹', '[link]: http://x', '<http://x>', '$', '$$',
  '==', '===', '- [ ] ', '- [x] ', '\n\n', '\n', '  \n', 'title: x\n', ': ', '{', '}', '%', '@',
];

const COPY_WORDS = [
  'Our', 'email', 'support', 'team', 'replies', 'within', '1', 'hour', 'hours', 'The', 'Aero', '1.5', 'gets', '45',
  'mpg', 'up to', '900', 'Mbps', 'average', 'over', '500', 'stores', '99.99%', 'uptime', '24/7', 'open', '7 days a week',
  'nationwide', 'all 50 states', 'always', 'never', 'guaranteed', 'unlimited', 'fastest', '#1', '2x faster than',
  'from', '$9/mo', '£12', '€1.234,56', '3–5 days', 'next-day', 'one hour', 'twenty-four', 'about', 'nearly', 'most',
  'aim to', 'not', 'order by 2pm', '2026', 'SKU-4512', '+1 555 0100', '9am-5pm', 'Mo-Fr', 'L/100 km', 'km/L',
  'per cent', 'in 30 countries', 'weekend support', 'same-day', 'delivery', 'deliver', 'EPA-estimated', '1,000,000',
  '0.000001', '1e308', '-5', '∞', 'NaN', '10^400', '99999999999999999999999', '.', ',', ';', '!', '?', '(', ')',
];

const pick = <T>(items: T[]) => fc.constantFrom(...items);

/**
 * How big generated documents get: 1 for the bounded run in `npm test` (small documents, many
 * cases), larger for `npm run fuzz` (set through CLAIMLINT_FUZZ_SCALE by scripts/fuzz.ts).
 */
export const SCALE = Math.max(1, Number(process.env.CLAIMLINT_FUZZ_SCALE ?? 1));
const upTo = (n: number) => Math.round(n * SCALE);

/** A line of copy-like words, syntax and nasty characters. */
const mdLine = fc.array(fc.oneof(
  { weight: 6, arbitrary: pick(COPY_WORDS) },
  { weight: 3, arbitrary: pick(MD_FRAGMENTS) },
  { weight: 1, arbitrary: pick(NASTY_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
), { maxLength: upTo(8) }).map((parts) => parts.join(' '));

/** Deeply nested constructs: lists, blockquotes, emphasis, links, brackets. */
const deepNesting = fc.tuple(
  fc.constantFrom('> ', '- ', '  - ', '* ', '**', '_', '[', '![', '(', '<span>', '1. ', '   '),
  fc.integer({ min: 10, max: upTo(90) }),
  pick(COPY_WORDS),
).map(([open, depth, word]) => `${open.repeat(depth)}${word} 45 mpg${open.trim().startsWith('*') || open === '_' ? open.repeat(depth) : ''}`);

/** A table with many rows and columns, sometimes ragged or missing its delimiter row. */
const table = fc.tuple(fc.integer({ min: 1, max: upTo(5) }), fc.integer({ min: 0, max: upTo(6) }), fc.boolean(), fc.array(pick(COPY_WORDS), { minLength: 1, maxLength: 8 }))
  .map(([cols, rows, delimiter, words]) => {
    const cell = (r: number, c: number) => words[(r * 7 + c) % words.length];
    const lines = [`| ${Array.from({ length: cols }, (_, c) => `h${c} ${cell(0, c)}`).join(' | ')} |`];
    if (delimiter) lines.push(`|${' --- |'.repeat(cols)}`);
    for (let r = 0; r < rows; r++) lines.push(`| ${Array.from({ length: (r % 3 === 0 ? cols + 1 : cols) }, (_, c) => cell(r + 1, c)).join(' | ')}`);
    return lines.join('\n');
  });

const frontMatter = fc.oneof(
  fc.constant('---\ntitle: Aero 1.5\nsubject: Aero 1.5\nlang: en\n---\n'),
  fc.constant('---\ntitle: [unclosed\n---\n'),
  fc.constant('---\nlocale: de\n---\n'),
  fc.constant('---\na: &a [x, *a]\n---\n'),
  fc.constant('---\n'),
  fc.constant('+++\ntitle = "x"\n+++\n'),
  fc.constant(''),
);

/** Line endings mixed within one document: LF, CRLF, lone CR. */
const lineBreak = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n');

export const markdownDocument: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('', '', '\uFEFF'),
  frontMatter,
  fc.array(fc.tuple(fc.oneof({ weight: 8, arbitrary: mdLine }, { weight: 1, arbitrary: deepNesting }, { weight: 1, arbitrary: table }), lineBreak), { maxLength: upTo(6) }),
).map(([bom, fm, blocks]) => bom + fm + blocks.map(([b, br]) => b + br).join(''));

// ---------------------------------------------------------------------------------------------
// YAML

const yamlScalar = fc.oneof(
  pick(COPY_WORDS).map((w) => `${w} 45 mpg`),
  mdLine.map((l) => JSON.stringify(l)),
  mdLine.map((l) => `'${l.replace(/'/g, "''")}'`),
  mdLine,
  fc.constantFrom('|', '>', '|-', '>+', '|2', '!!str 45 mpg', '!!binary aGVsbG8=', '!custom x', '!!int 45', '!!map {}', '~', 'null', 'yes', '0x2A', '.inf', '-.NaN', '2026-11-23', '&a x', '*a', '*undefined', '<<: *a', '? complex', '{', '[', '"unterminated', "'unterminated", '@reserved', '`reserved', '%YAML 1.2'),
  // Very long scalars, rarely: they cost the most time per case.
  fc.integer({ min: 0, max: 20 }).chain((k) => (k > 0 ? fc.constant('x') : fc.integer({ min: 500, max: upTo(3_000) }).map((n) => `"${'Our email support team replies within 1 hour. '.repeat(Math.ceil(n / 46)).slice(0, n)}"`))),
);

const yamlKey = fc.oneof(fc.constantFrom('headline', 'body', 'cta', 'id', 'url', 'title', 'subject', 'tags', 'copy', 'description', '? ', '"quoted key"', '[a, b]', '{x: y}', '<<', '-'), fc.string({ maxLength: 5 }));

type YamlTree = string | YamlTree[] | Array<[string, YamlTree]>;
const { tree: yamlTree } = fc.letrec<{ tree: YamlTree; seq: YamlTree[]; map: Array<[string, YamlTree]> }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, yamlScalar, tie('seq'), tie('map')),
  seq: fc.array(tie('tree'), { maxLength: 4 }),
  map: fc.array(fc.tuple(yamlKey, tie('tree')), { maxLength: 4 }),
}));

function renderYaml(node: YamlTree, indent: number, anchors: { n: number }): string {
  const pad = ' '.repeat(indent);
  if (typeof node === 'string') return ` ${node}\n`;
  if (node.length === 0) return Array.isArray(node[0]) ? ' {}\n' : ' []\n';
  let out = '\n';
  for (const item of node) {
    if (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && !Array.isArray(item[0])) {
      const [key, value] = item as [string, YamlTree];
      const anchor = anchors.n++ % 5 === 0 ? ` &a${anchors.n}` : '';
      out += `${pad}${key}:${anchor}${renderYaml(value, indent + 2, anchors)}`;
    } else {
      out += `${pad}-${renderYaml(item as YamlTree, indent + 2, anchors)}`;
    }
  }
  return out;
}

export const yamlDocument: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('', '\uFEFF', '%YAML 1.2\n---\n', '---\n', '# claimlint-disable-next-line\n'),
  fc.array(fc.tuple(yamlKey, yamlTree), { maxLength: upTo(4) }),
  fc.constantFrom('', '...\n', '---\nsecond: doc 45 mpg\n', 'extra: *a1\n', 'bomb: [*a1, *a1, *a1]\n'),
).map(([head, pairs, tail]) => head + renderYaml(pairs, 0, { n: 0 }).slice(1) + tail);

// ---------------------------------------------------------------------------------------------
// Claim-bearing documents against a known registry (for fix properties)

/** A registry whose entries the claim sentences below speak about; the verdicts vary with the figures. */
export const FIX_REGISTRY = `version: 1
entries:
  - id: support.email.reply
    title: Email support — time to first reply
    subjects: [email support, support team]
    terms: [reply, replies, respond, responds, response, answer]
    unit: h
    evidence: { median: 2, mean: 2.6, p90: 6, within: { "1 h": 0.35, "24 h": 0.99 } }
    source: Helpdesk export, Oct 2026
    as_of: 2026-10-31
  - id: fuel.aero.combined
    title: Aero 1.5 — combined fuel economy
    subjects: [Aero 1.5, Aero]
    terms: [mpg, fuel economy, L/100 km]
    unit: mpg-us
    evidence: { median: 38.2, mean: 38.9, p90: 44.1 }
    rating: { value: 41, standard: EPA combined, label: [EPA, estimated] }
    qualifiers:
      - { text: EPA-estimated, match: [EPA, estimated] }
    source: Owner fuel logs, 1,420 vehicles
    as_of: 2026-09-30
  - id: delivery.standard
    title: Standard delivery time
    subjects: [delivery, deliveries, orders, parcels]
    terms: [delivery, deliver, delivered, arrive, arrives, ships]
    unit: day
    evidence: { median: 1, p95: 5, within: { "1 day": 0.62, "3 days": 0.9, "5 days": 0.97 } }
    source: Carrier scans, Q3 2026
    as_of: 2026-10-01
  - id: stores.count
    title: Stores open
    subjects: []
    terms: [stores, locations]
    unit: count
    evidence: { value: 412 }
    source: Store list
    as_of: 2026-11-01
  - id: uptime
    title: Platform uptime
    subjects: []
    terms: [uptime, availability]
    unit: percent
    evidence: { value: 99.9 }
    source: Monitoring
    as_of: 2026-10-31
  - id: support.phone.hours
    title: Phone support hours
    subjects: [phone support, phone lines]
    terms: [open, support, available, answer]
    schedule: { hours: "Mo-Fr 08:00-18:00", timezone: UTC }
    offered: true
    source: Rota
    as_of: 2026-10-01
  - id: plans.price
    title: Plan prices
    subjects: [Basic plan, plans]
    terms: [price, plans, costs, from]
    prices:
      - { amount: 12, currency: USD, per: month, plan: Basic }
    source: Price list
    as_of: 2026-11-01
`;

const CLAIM_TEMPLATES: Array<(n: number) => string> = [
  (n) => `Our email support team replies within ${n} hour${n === 1 ? '' : 's'}.`,
  (n) => `Email support replies within ${n} minutes.`,
  (n) => `The Aero 1.5 gets ${n} mpg.`,
  (n) => `The Aero 1.5 gets **${n}** mpg on the highway.`,
  (n) => `The Aero 1.5 gets up to ${n} mpg.`,
  (n) => `The Aero 1.5 averages ${n}.${n % 10} mpg.`,
  (n) => `The Aero 1.5 needs ${n / 10} L/100 km.`,
  (n) => `Orders arrive within ${n} days.`,
  (n) => `Delivery in ${n}–${n + 2} days.`,
  (n) => `We deliver next-day, every time ${n}.`,
  (n) => `Over ${n * 10} stores nationwide.`,
  (n) => `${90 + (n % 10)}.9% uptime.`,
  () => 'Phone support is open 24/7.',
  () => 'Phone lines are open 7 days a week, 8am to 8pm.',
  (n) => `Basic plan from $${n}/mo.`,
  () => 'The fastest support in the industry.',
  () => 'Unlimited support, always.',
];

/** Where a claim sentence stands in Markdown. */
const MD_PLACES: Array<(s: string) => string> = [
  (s) => s,
  (s) => `- ${s}`,
  (s) => `> ${s}`,
  (s) => `## ${s}`,
  (s) => `| Plan | Claim |\n| --- | --- |\n| Basic | ${s} |`,
  (s) => `1. *${s}*`,
  (s) => `${s}[^1]\n\n[^1]: Measured on EPA tests.`,
  (s) => `${s} <!-- note -->`,
  (s) => `Text before.\u00a0${s}\u200b`,
];

const claimNumber = fc.integer({ min: 1, max: 60 });

export const claimMarkdown: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('', '---\nsubject: Aero 1.5\n---\n', '\uFEFF'),
  fc.array(fc.tuple(fc.nat(CLAIM_TEMPLATES.length - 1), claimNumber, fc.nat(MD_PLACES.length - 1), fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n')), { minLength: 1, maxLength: upTo(4) }),
).map(([head, parts]) => head + parts.map(([t, n, p, br]) => MD_PLACES[p](CLAIM_TEMPLATES[t](n)) + br).join(''));

const YAML_PLACES: Array<(s: string) => string> = [
  (s) => `headline: ${JSON.stringify(s)}`,
  (s) => `body: '${s.replace(/'/g, "''")}'`,
  (s) => `copy: |\n  ${s}\n  Second line.`,
  (s) => `items:\n  - ${JSON.stringify(s)}`,
  (s) => `cta: ${s.replace(/[:#]/g, ' ')}`,
  (s) => `description: >-\n  ${s}`,
];

export const claimYaml: fc.Arbitrary<string> = fc.array(
  fc.tuple(fc.nat(CLAIM_TEMPLATES.length - 1), claimNumber, fc.nat(YAML_PLACES.length - 1)),
  { minLength: 1, maxLength: upTo(4) },
).map((parts) => parts.map(([t, n, p], i) => YAML_PLACES[p](CLAIM_TEMPLATES[t](n)).replace(/^(\w+):/, `$1${i}:`)).join('\n') + '\n');

// ---------------------------------------------------------------------------------------------
// Mutation

/** Applies random edits to a text: insert nasty characters or syntax, delete, duplicate, truncate, swap line endings. */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat(), fc.oneof(pick(NASTY_CHARS), pick(MD_FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 })), fc.nat(5));
  return fc.tuple(base, fc.array(edit, { maxLength: 8 })).map(([text, edits]) => {
    let out = text;
    for (const [a, b, insert, kind] of edits) {
      const at = out.length === 0 ? 0 : a % (out.length + 1);
      const span = out.length === 0 ? 0 : b % Math.min(20, out.length - at + 1);
      switch (kind) {
        case 0: out = out.slice(0, at) + insert + out.slice(at); break;
        case 1: out = out.slice(0, at) + out.slice(at + span); break;
        case 2: out = out.slice(0, at) + out.slice(at, at + span).repeat(3) + out.slice(at); break;
        case 3: out = out.slice(0, at); break;
        case 4: out = out.replace(/\n/g, b % 2 ? '\r\n' : '\r'); break;
        default: out = out.slice(0, at) + insert + out.slice(at + span);
      }
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Registries

const UNITS = ['h', 'min', 's', 'day', 'days', 'business days', 'mpg', 'mpg-us', 'L/100 km', 'Mbps', 'percent', '%', 'count', 'USD', 'furlongs', '', '42'];
const entryField = fc.oneof(
  fc.constantFrom(
    'id: x', 'id: x', 'id: ""', 'id: 42', 'id: [a]', 'title: A', 'title: ', 'subjects: [Aero 1.5]', 'subjects: x', 'subjects: [[nested]]',
    'terms: [mpg]', 'terms: []', 'terms: ["(a+)+$"]', 'terms: ["(.*a){20}"]', 'terms: ["[", "\\\\", "*", "+?"]', 'terms: [""]',
    'evidence: { median: 2, p90: 6 }', 'evidence: { median: 9, p90: 1 }', 'evidence: { median: -1 }', 'evidence: { median: .nan }',
    'evidence: { median: 1e400 }', 'evidence: { within: { "1 h": 1.5 } }', 'evidence: { within: { "banana": 0.5 } }', 'evidence: []',
    'evidence: { p999: 3 }', 'evidence: { value: "high" }', 'source: S', 'source: ', 'as_of: 2026-10-31', 'as_of: 2026-13-45', 'as_of: yesterday',
    'expires: 2020-01-01', 'max_age: 90d', 'max_age: -3d', 'max_age: forever', 'schedule: { hours: "Mo-Fr 08:00-18:00" }',
    'schedule: { hours: "Mo-Zz 25:00-99:00" }', 'schedule: { hours: "24/7", timezone: Mars/Olympus }', 'schedule: { hours: "" }',
    'coverage: { regions: [US, CA], universe_size: 1 }', 'coverage: { regions: [] }', 'prices: [{ amount: 9, currency: USD }]',
    'prices: [{ amount: -9, currency: XXX }]', 'comparison: { rank: 0 }', 'comparison: { ratio: -2 }', 'offered: maybe',
    'qualifiers: [{ text: EPA, match: [] }]', 'qualifiers: x', 'scope: { plan: Pro }', 'scope: [a]', 'rating: { value: 41 }',
    'reading: rating', 'reading: sideways', 'preferred: true', 'unknown_key: 1', '<<: *base', 'substantiates: [always]',
  ),
  pick(UNITS).map((u) => `unit: ${u}`),
  fc.string({ maxLength: 12 }).map((s) => `title: ${JSON.stringify(s)}`),
  fc.string({ maxLength: 8 }).map((s) => `terms: [${JSON.stringify(s)}]`),
);

const entry = fc.array(entryField, { minLength: 0, maxLength: 9 }).map((fields) => fields.length === 0 ? '  - {}' : fields.map((f, i) => `${i === 0 ? '  - ' : '    '}${f}`).join('\n'));

export const registryDocument: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('version: 1\n', 'version: 2\n', '', 'version: "1"\n', '\uFEFF', 'base: &base { source: S, as_of: 2026-10-31 }\n'),
  fc.constantFrom('entries:\n', 'entries: \n', 'entries: {}\n', 'entries: 7\n', 'entry:\n', 'entries: !!map\n', ''),
  fc.array(entry, { maxLength: 6 }),
).map(([head, key, entries]) => head + key + entries.join('\n') + '\n');

/** Random registries: structured ones, mutated valid ones, and mutated structured ones. */
export const anyRegistry: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: registryDocument },
  { weight: 2, arbitrary: mutated(fc.constant(FIX_REGISTRY)) },
  { weight: 1, arbitrary: mutated(registryDocument) },
  { weight: 1, arbitrary: yamlDocument },
);
