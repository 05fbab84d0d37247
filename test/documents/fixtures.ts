import type { Directive, Settings, TextUnit } from '../../src/core/index.js';

// Each fixture carries its own expectations. `units` lists every unit's text in order (exact);
// `unit` checks details of the unit with that text; `maps` says which source a piece of unit
// text must map back to ([text in some unit, expected source slice]).

export interface UnitExpectation {
  block?: TextUnit['block'];
  context?: string[];
  markers?: string[];
  depth?: number;
}

export interface Fixture {
  name: string;
  language: 'markdown' | 'yaml';
  source: string;
  units?: string[];
  unit?: Record<string, UnitExpectation>;
  maps?: Array<[string, string]>;
  notes?: Record<string, string>;
  directives?: Array<Partial<Directive>>;
  /** Problems: message pattern and the source text the problem's range starts at. */
  problems?: Array<{ message: RegExp; at?: string }>;
  /** Expected front matter; null: none. */
  frontMatter?: Record<string, unknown> | null;
  locale?: string;
  yaml?: Partial<Settings['yaml']>;
}

const P = '\uFFFC';

export const FIXTURES: Fixture[] = [
  // ---------------------------------------------------------------- Markdown: inline flattening
  {
    name: 'split formatting is flattened and maps back across the markup',
    language: 'markdown',
    source: 'Gets **45** mpg and _up to_ ~~50~~ [900 Mbps](https://x.test) speeds.\n',
    units: ['Gets 45 mpg and up to 50 900 Mbps speeds.'],
    maps: [
      ['45 mpg', '45** mpg'],
      ['Gets 45', 'Gets **45'],
      ['900 Mbps', '900 Mbps'],
      ['up to 50', 'up to_ ~~50'],
    ],
    unit: { 'Gets 45 mpg and up to 50 900 Mbps speeds.': { block: 'paragraph', context: [], markers: [] } },
  },
  {
    // The parser leaves GFM autolink literals out (markdown-syntax.ts): bare addresses stay text, the copy is the same.
    name: 'bare web and email addresses read as the text they are',
    language: 'markdown',
    source: 'Visit www.larkspur.test/24-7 or mail help@larkspur.test — replies within **2 hours**, see https://larkspur.test/sla.\n',
    units: ['Visit www.larkspur.test/24-7 or mail help@larkspur.test — replies within 2 hours, see https://larkspur.test/sla.'],
    maps: [
      ['www.larkspur.test/24-7', 'www.larkspur.test/24-7'],
      ['help@larkspur.test', 'help@larkspur.test'],
      ['2 hours', '2 hours'],
    ],
  },
  {
    name: 'entities are decoded and map to the whole entity',
    language: 'markdown',
    source: 'Up to 45&nbsp;mpg &amp; 3&ndash;5 days &#8212; &#x24;9.\n',
    units: ['Up to 45\u00a0mpg & 3\u20135 days \u2014 $9.'],
    maps: [
      ['45\u00a0mpg', '45&nbsp;mpg'],
      ['\u00a0', '&nbsp;'],
      ['3\u20135', '3&ndash;5'],
      ['$9', '&#x24;9'],
    ],
  },
  {
    name: 'backslash escapes resolve to the escaped character',
    language: 'markdown',
    source: 'Save 20\\% on \\*all\\* plans \\[today\\]; a\\\\b stays.\n',
    units: ['Save 20% on *all* plans [today]; a\\b stays.'],
    maps: [
      ['20%', '20\\%'],
      ['*all*', '*all\\*'],
    ],
  },
  {
    name: 'unknown entities and lone ampersands stay literal',
    language: 'markdown',
    source: 'Fish &chips; AT&T &amp 4 & more\n',
    units: ['Fish &chips; AT&T &amp 4 & more'],
  },
  {
    name: 'soft breaks, trailing spaces and hard breaks',
    language: 'markdown',
    source: 'one \ntwo  \nthree\\\nfour<br>five<br />six\n',
    units: ['one\ntwo\nthree\nfour\nfive\nsix'],
    maps: [
      ['one\ntwo', 'one \ntwo'],
      ['two\nthree', 'two  \nthree'],
      ['four\nfive', 'four<br>five'],
    ],
  },
  {
    name: 'soft breaks inside blockquotes drop the continuation prefix',
    language: 'markdown',
    source: '> We reply\n> within **1 hour**\n>  on weekdays.\n',
    units: ['We reply\nwithin 1 hour\non weekdays.'],
    unit: { 'We reply\nwithin 1 hour\non weekdays.': { block: 'blockquote' } },
    maps: [
      ['reply\nwithin', 'reply\n> within'],
      ['hour\non', 'hour**\n>  on'],
    ],
  },
  {
    name: 'soft breaks inside nested lists drop the indentation',
    language: 'markdown',
    source: '- Next-day\n  delivery\n  - nested 2\n    days\n\n1. Ordered\n   item\n',
    units: ['Next-day\ndelivery', 'nested 2\ndays', 'Ordered\nitem'],
    unit: { 'nested 2\ndays': { block: 'list-item' }, 'Ordered\nitem': { block: 'list-item' } },
    maps: [['2\ndays', '2\n    days']],
  },
  {
    name: 'a lazy continuation line and content that starts with ">" after deep indentation',
    language: 'markdown',
    source: '> quoted\nlazy line\n\npara\n    >5 days\n',
    units: ['quoted\nlazy line', 'para\n>5 days'],
    maps: [['>5 days', '>5 days']],
  },
  {
    // Found by the random-Markdown property: the `&` after the `>` could have been an entity for `>`.
    name: 'content that starts with "> " before an entity, after deep indentation',
    language: 'markdown',
    source: 'para\n    > &amp; 5 days\n',
    units: ['para\n> & 5 days'],
    maps: [['> & 5', '> &amp; 5']],
  },
  {
    name: 'inline code, inline HTML and images become one placeholder each',
    language: 'markdown',
    source: 'Price `$9` per <span>month</span> ![logo](x.png) 45`x`mpg\n',
    units: [`Price ${P} per ${P}month${P} ${P} 45${P}mpg`],
    maps: [
      [`${P} per`, '`$9` per'],
      [`45${P}mpg`, '45`x`mpg'],
      [`month${P}`, 'month</span>'],
    ],
  },
  {
    name: 'code blocks, indented code and thematic breaks are not copy; an HTML block\'s visible text is',
    language: 'markdown',
    source: 'Intro 24/7.\n\n```\n45 mpg\n```\n\n    99% indented\n\n<div>\n100% html\n</div>\n\n---\n\nOutro.\n',
    units: ['Intro 24/7.', '100% html', 'Outro.'],
  },
  {
    name: 'HTML blocks: one unit per block element, <br> a line break, inline tags placeholders, <hN> a heading, hidden content and comments no copy',
    language: 'markdown',
    source:
      '<section class="hero">\n  <h2>Fibre &amp; phone</h2>\n  <p>Speeds of <b>500 Mbps</b><br/>on every plan.</p>\n  <script>var cap = "45 mpg";</script>\n  <!-- 99% -->\n  <ul><li>Free router</li><li>No setup fee</li></ul>\n</section>\n\nAfter.\n\n> <p>Quoted\n> 24/7 help</p>\n',
    units: ['Fibre & phone', `Speeds of ${P}500 Mbps${P}\non every plan.`, 'Free router', 'No setup fee', 'After.', 'Quoted\n24/7 help'],
    unit: {
      'Fibre & phone': { block: 'heading', depth: 2, context: [] },
      [`Speeds of ${P}500 Mbps${P}\non every plan.`]: { block: 'paragraph', context: ['Fibre & phone'] },
      'After.': { context: ['Fibre & phone'] },
      'Quoted\n24/7 help': { block: 'blockquote' },
    },
    maps: [
      ['Fibre & phone', 'Fibre &amp; phone'],
      [`${P}500 Mbps${P}`, '<b>500 Mbps</b>'],
      ['Quoted\n24/7', 'Quoted\n> 24/7'],
    ],
  },
  {
    name: 'headings give context, nearest first, and reset at their own depth',
    language: 'markdown',
    source: '# Aero 1.5\n\nIntro.\n\n## Fuel economy\n\nGets 45 mpg.\n\n### Highway\n\nUp to 50.\n\n## Support\n\nReplies in 1 hour.\n\nSetext\n======\n\nAfter.\n',
    units: ['Aero 1.5', 'Intro.', 'Fuel economy', 'Gets 45 mpg.', 'Highway', 'Up to 50.', 'Support', 'Replies in 1 hour.', 'Setext', 'After.'],
    unit: {
      'Aero 1.5': { block: 'heading', depth: 1, context: [] },
      'Intro.': { context: ['Aero 1.5'] },
      'Fuel economy': { block: 'heading', depth: 2, context: ['Aero 1.5'] },
      'Gets 45 mpg.': { context: ['Fuel economy', 'Aero 1.5'] },
      'Up to 50.': { context: ['Highway', 'Fuel economy', 'Aero 1.5'] },
      'Replies in 1 hour.': { context: ['Support', 'Aero 1.5'] },
      Setext: { depth: 1, context: [] },
      'After.': { context: ['Setext'] },
    },
  },
  {
    name: 'a paragraph all in bold (an FAQ question) is context for the next paragraph only',
    language: 'markdown',
    source: '## FAQ\n\n**How quickly does a Volta EV charge?**\n\nIn under 40 minutes.\n\nAnd the Aero?\n\nSome **bold** words.\n\nGets 45 mpg.\n',
    unit: {
      'In under 40 minutes.': { context: ['How quickly does a Volta EV charge?', 'FAQ'] },
      'And the Aero?': { context: ['FAQ'] },
      'Gets 45 mpg.': { context: ['FAQ'] },
    },
  },
  {
    name: 'table cells get their column header, row header and corner cell, then headings',
    language: 'markdown',
    source: '## Range\n\n| Model | Combined MPG | Price |\n|:--|--:|---|\n| Aero **1.5** | 45 | from $9\\|mo |\n| Aero 2 | 38&nbsp;mpg | |\n',
    units: ['Range', 'Model', 'Combined MPG', 'Price', 'Aero 1.5', '45', 'from $9|mo', 'Aero 2', '38\u00a0mpg'],
    unit: {
      Model: { block: 'table-cell', context: ['Range'] },
      'Aero 1.5': { block: 'table-cell', context: ['Model', 'Range'] },
      '45': { block: 'table-cell', context: ['Combined MPG', 'Aero 1.5', 'Model', 'Range'] },
      'from $9|mo': { context: ['Price', 'Aero 1.5', 'Model', 'Range'] },
      '38\u00a0mpg': { context: ['Combined MPG', 'Aero 2', 'Model', 'Range'] },
    },
    maps: [['$9|mo', '$9\\|mo']],
  },
  {
    name: 'GFM footnotes: references are markers, definitions are notes and units',
    language: 'markdown',
    source: 'We reply within 1 hour[^support] and deliver next-day[^2].\n\n[^support]: During business hours, *Mon–Fri*.\n[^2]: Order by 2pm.\n',
    units: ['We reply within 1 hour and deliver next-day.', 'During business hours, Mon–Fri.', 'Order by 2pm.'],
    unit: {
      'We reply within 1 hour and deliver next-day.': { markers: ['^support', '^2'] },
      'During business hours, Mon–Fri.': { block: 'footnote' },
    },
    notes: { '^support': 'During business hours, Mon–Fri.', '^2': 'Order by 2pm.' },
    maps: [['1 hour and', '1 hour[^support] and']],
  },
  {
    name: 'asterisk markers after words and figures; note paragraphs (escaped and unmatched asterisks)',
    language: 'markdown',
    source:
      'Up to 45 mpg* and next-day delivery†. Save 20%\\*\\* today.\n\n' +
      '\\*EPA-estimated highway figure.\n\n' +
      '† Order by 2pm, mainland only.\n\n' +
      '*\\*Ends Sunday.*\n\n' +
      '<small>‡ Fair use applies.</small>\n\n' +
      '- ¹ Within business hours.\n\n' +
      'Not a marker: 2 * 3 and *emphasis* here.\n',
    units: [
      'Up to 45 mpg* and next-day delivery†. Save 20%** today.',
      '*EPA-estimated highway figure.',
      '† Order by 2pm, mainland only.',
      '*Ends Sunday.',
      `${P}‡ Fair use applies.${P}`,
      '¹ Within business hours.',
      'Not a marker: 2 * 3 and emphasis here.',
    ],
    unit: {
      'Up to 45 mpg* and next-day delivery†. Save 20%** today.': { markers: ['*', '†', '**'] },
      'Not a marker: 2 * 3 and emphasis here.': { markers: [] },
      '*EPA-estimated highway figure.': { markers: [] },
    },
    notes: {
      '*': 'EPA-estimated highway figure.',
      '†': 'Order by 2pm, mainland only.',
      '‡': 'Fair use applies.',
      '¹': 'Within business hours.',
    },
    maps: [
      ['mpg*', 'mpg*'],
      ['20%**', '20%\\*\\*'],
    ],
  },
  {
    name: 'HTML superscripts: <sup>1</sup> after a word is the footnote ¹, and a paragraph starting with one is its note',
    language: 'markdown',
    source: 'Up to 45 mpg<sup>1</sup> and 99.9% uptime<sup>2</sup>. Save <b>20</b>% now.\n\n<sup>1</sup> EPA estimate.\n\n<sup>*</sup>Prices exclude VAT.\n',
    units: [`Up to 45 mpg${P}1${P} and 99.9% uptime${P}2${P}. Save ${P}20${P}% now.`, `${P}1${P} EPA estimate.`, `${P}*${P}Prices exclude VAT.`],
    unit: { [`Up to 45 mpg${P}1${P} and 99.9% uptime${P}2${P}. Save ${P}20${P}% now.`]: { markers: ['¹', '²'] } },
    notes: { '¹': 'EPA estimate.', '*': 'Prices exclude VAT.' },
    maps: [[`mpg${P}1${P}`, 'mpg<sup>1</sup>']],
  },
  {
    name: 'front matter: parsed, locale read, copy keys become units, body still read',
    language: 'markdown',
    source: '---\ntitle: "Up to 45\\u00a0mpg"\ndescription: >\n  Next-day\n  delivery\nlang: en-GB\nslug: aero_15\n---\n# Aero\n\nBody 24/7.\n',
    units: ['Up to 45\u00a0mpg', 'Next-day delivery\n', 'Aero', 'Body 24/7.'],
    unit: {
      'Up to 45\u00a0mpg': { block: 'front-matter', context: ['title'] },
      'Next-day delivery\n': { block: 'front-matter', context: ['description'] },
      'Body 24/7.': { context: ['Aero'] },
    },
    frontMatter: { title: 'Up to 45\u00a0mpg', description: 'Next-day delivery\n', lang: 'en-GB', slug: 'aero_15' },
    locale: 'en-GB',
    maps: [
      ['45\u00a0mpg', '45\\u00a0mpg'],
      ['Next-day delivery', 'Next-day\n  delivery'],
    ],
  },
  {
    name: 'malformed front matter is a positioned problem and the body is still read',
    language: 'markdown',
    source: '---\ntitle: "unclosed\nlocale: [de\n---\n\nStill read: 45 mpg.\n',
    units: ['Still read: 45 mpg.'],
    problems: [{ message: /Malformed front matter.*line \d+, column \d+/}],
    frontMatter: null,
  },
  {
    name: 'front matter that is not a mapping is reported',
    language: 'markdown',
    source: '---\n- a\n- b\n---\n\nText.\n',
    units: ['Text.'],
    problems: [{ message: /expected a mapping/, at: '- a' }],
    frontMatter: null,
  },
  {
    name: 'Markdown directives: block and inline comments, valid and malformed',
    language: 'markdown',
    source:
      '<!-- claimlint-disable-next-line claim/unsubstantiated, claim/stale -- launch copy, approved -->\n' +
      'Fastest in town.\n\n' +
      'Always on time. <!-- claimlint-disable-line -->\n\n' +
      '<!-- claimlint-disable claim/* -->\n\n' +
      '<!--claimlint-enable-->\n\n' +
      '<!-- claimlint-disabel-line -->\n\n' +
      '<!-- claimlint-disable-line claim/bogus -->\n\n' +
      '<!-- an ordinary comment mentioning claimlint-disable -->\n\n' +
      '```\n<!-- claimlint-disable -->\n```\n',
    directives: [
      { kind: 'disable-next-line', rules: ['claim/unsubstantiated', 'claim/stale'], reason: 'launch copy, approved', line: 1 },
      { kind: 'disable-line', rules: [], line: 4, reason: undefined },
      { kind: 'disable', rules: ['claim/*'], line: 6 },
      { kind: 'enable', rules: [], line: 8 },
      { malformed: "unknown directive 'claimlint-disabel-line'", line: 10 },
      { kind: 'disable-line', malformed: "unknown rule 'claim/bogus'", line: 12 },
    ],
  },
  {
    name: 'CRLF line endings: soft breaks become "\\n" mapped to the LF',
    language: 'markdown',
    source: '# Title\r\n\r\nWe reply\r\nwithin 1 hour.\r\n\r\n> quote\r\n> more\r\n\r\n<!-- claimlint-disable-next-line -->\r\nx\r\n',
    units: ['Title', 'We reply\nwithin 1 hour.', 'quote\nmore', 'x'],
    maps: [['reply\nwithin', 'reply\r\nwithin']],
    directives: [{ kind: 'disable-next-line', line: 9 }],
  },
  {
    name: 'lone CR line endings also become "\\n"',
    language: 'markdown',
    source: 'We reply\rwithin 1 hour.\r\r- next\r  day\r',
    units: ['We reply\nwithin 1 hour.', 'next\nday'],
    maps: [['reply\nwithin', 'reply\rwithin']],
  },
  {
    name: 'a byte order mark shifts nothing',
    language: 'markdown',
    source: '\uFEFF---\ntitle: Hi there\n---\n# Aero\n\nGets **45** mpg.\n',
    units: ['Hi there', 'Aero', 'Gets 45 mpg.'],
    maps: [['45 mpg', '45** mpg']],
    frontMatter: { title: 'Hi there' },
  },
  {
    name: 'empty and whitespace-only documents',
    language: 'markdown',
    source: '   \n\n',
    units: [],
  },
  // ---------------------------------------------------------------- YAML copy
  {
    name: 'YAML: string values are copy with key paths; keys, ids, URLs, paths and numbers are not',
    language: 'yaml',
    source:
      'id: aero-ad\n' +
      'headline: Up to 45 mpg*\n' +
      'url: https://example.com/aero\n' +
      'hero: images/aero.png\n' +
      'contact: sales@example.com\n' +
      'token: AERO_15\n' +
      'module: app.config\n' +
      'mpg: 45\n' +
      'hours: 24/7\n' +
      'price: $9/mo\n' +
      'ads:\n' +
      '  - title: Aero launch\n' +
      '    body: Next-day delivery\n' +
      '  - name: Help desk\n' +
      '    copy:\n' +
      '      - We reply within 1 hour\n' +
      'tags: [fast, cheap, "best seller"]\n' +
      'disclaimer: "*EPA-estimated."\n',
    units: ['Up to 45 mpg*', '24/7', '$9/mo', 'Aero launch', 'Next-day delivery', 'Help desk', 'We reply within 1 hour', '*EPA-estimated.'],
    unit: {
      'Up to 45 mpg*': { block: 'yaml-value', context: ['headline'], markers: ['*'] },
      'Aero launch': { context: ['title', 'ads[0]'] },
      'Next-day delivery': { context: ['body', 'Aero launch', 'ads[0]'] },
      'We reply within 1 hour': { context: ['copy[0]', 'Help desk', 'ads[1]'] },
    },
    notes: { '*': 'EPA-estimated.' },
  },
  {
    name: 'YAML: ignoreKeys (case-insensitive, whole subtree) and copyKeys',
    language: 'yaml',
    source: 'Headline: Fast\nmeta:\n  note: internal 45 mpg\nbody: Slow\n',
    yaml: { ignoreKeys: ['META', 'headline'] },
    units: ['Slow'],
  },
  {
    name: 'YAML: copyKeys restricts copy to those keys and what is under them',
    language: 'yaml',
    source: 'headline: Fast\nbody: Slow\nads:\n  - text: one\n',
    yaml: { copyKeys: ['Headline', 'ads'] },
    units: ['Fast', 'one'],
  },
  {
    name: 'YAML: block scalars (literal, folded, chomping, indentation indicator) map back exactly',
    language: 'yaml',
    source: 'lit: |\n  Line 45 mpg\n    indented\n\n  last\nfold: >-\n  Next-day\n  delivery\n\n  in 30 countries\nind: |2\n    two extra\n   one extra\nkeep: |+\n  kept\n\nafter: x y\n',
    units: ['Line 45 mpg\n  indented\n\nlast\n', 'Next-day delivery\nin 30 countries', '  two extra\n one extra\n', 'kept\n\n', 'x y'],
    maps: [
      ['Next-day delivery', 'Next-day\n  delivery'],
      ['  indented', '  indented'],
      ['delivery\nin', 'delivery\n\n  in'],
      ['  two extra', '  two extra'],
    ],
  },
  {
    // Found by the random-YAML property: the yaml library reads a lone CR as part of the header's comment.
    name: 'YAML: a block scalar whose header comment holds a lone CR',
    language: 'yaml',
    source: '>- # note\r%YAML 1.2\nDelivery in 2 days',
    units: ['Delivery in 2 days'],
    maps: [['2 days', '2 days']],
  },
  {
    name: 'YAML: quoted scalars with escapes and folding map back exactly',
    language: 'yaml',
    source: 'a: "45\\u00a0mpg \\"EPA\\"\\tnow"\nb: \'it\'\'s 24/7\'\nc: "folded\n  line \\\n  joined"\nd: plain\n  folded 3\u20135 days\ne: "\\U0001F600 fun \\x41"\n',
    units: ['45\u00a0mpg "EPA"\tnow', "it's 24/7", 'folded line joined', 'plain folded 3\u20135 days', '\u{1F600} fun A'],
    maps: [
      ['45\u00a0mpg', '45\\u00a0mpg'],
      ['"EPA"', '\\"EPA\\"'],
      ["it's", "it''s"],
      ['folded line', 'folded\n  line'],
      ['line joined', 'line \\\n  joined'],
      ['plain folded', 'plain\n  folded'],
      ['\u{1F600}', '\\U0001F600'],
    ],
  },
  {
    name: 'YAML: syntax errors are positioned problems and what parsed is still read',
    language: 'yaml',
    source: 'headline: Good copy\nbody: "unclosed\n',
    units: ['Good copy'],
    problems: [{ message: /^Invalid YAML: Missing closing "quote \(line 3, column 1\)$/, at: '' }],
  },
  {
    name: 'YAML: several documents, aliases not re-read, flow collections',
    language: 'yaml',
    source: 'a: &x Shared line\nb: *x\n---\nc: {d: In 30 countries, e: [Open daily]}\n',
    units: ['Shared line', 'In 30 countries', 'Open daily'],
    unit: { 'Open daily': { context: ['e[0]', 'c'] }, 'In 30 countries': { context: ['d', 'c'] } },
  },
  {
    name: 'YAML: directives in comments, not in strings',
    language: 'yaml',
    source:
      '# claimlint-disable-next-line claim/contradicted -- legal approved\n' +
      'headline: Fastest # claimlint-disable-line claim/superlative\n' +
      'body: "# claimlint-disable not a comment"\n' +
      'lit: |\n  # claimlint-enable inside a block scalar\n' +
      '# claimlint-disable\n' +
      'x: y#claimlint-enable\n' +
      '  # claimlint-enable -- done\n' +
      '# claimlint-disable-lin\n',
    directives: [
      { kind: 'disable-next-line', rules: ['claim/contradicted'], reason: 'legal approved', line: 1 },
      { kind: 'disable-line', malformed: "unknown rule 'claim/superlative'", line: 2 },
      { kind: 'disable', rules: [], line: 6 },
      { kind: 'enable', rules: [], reason: 'done', line: 8 },
      { malformed: "unknown directive 'claimlint-disable-lin'", line: 9 },
    ],
  },
  {
    name: 'YAML: CRLF and BOM',
    language: 'yaml',
    source: '\uFEFFheadline: Next-day\r\n  delivery\r\nbody: |\r\n  We reply\r\n  fast\r\n# claimlint-disable-line\r\n',
    units: ['Next-day delivery', 'We reply\nfast\n'],
    maps: [['Next-day delivery', 'Next-day\r\n  delivery']],
    directives: [{ kind: 'disable-line', line: 6 }],
  },
];
