// No user-controlled catastrophic patterns: registry words are matched as escaped literals, config
// globs go through picomatch, and the claim finder's own patterns stay linear on long adversarial
// lines. Limits are generous (the machine may be busy); the point is that nothing is exponential
// or quadratic, which would take minutes at these sizes.
import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/core/claims/vocabulary.js';
import { findClaims } from '../../src/core/claims/find.js';
import { globProblem, matchesGlob, parseConfig } from '../../src/core/config.js';
import { defaultSettings, lintDocument, loadRegistry } from '../../src/core/index.js';

const settings = defaultSettings({ today: '2026-11-23' });

function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

/** Classic catastrophic-backtracking shapes, as they might be typed into a registry's terms. */
const REDOS_TERMS = ['(a+)+$', '(a|aa)+$', '(.*a){25}', '^(\\w+\\s?)*$', '([a-zA-Z]+)*$', '(a|a?)+b', '\\d+\\d+\\d+x', '(x+x+)+y', 'a'.repeat(40) + '!', '[[[[', '\\'];

describe('registry words are literals', () => {
  const registryText = `version: 1
entries:
${REDOS_TERMS.map((t, i) => `  - id: redos.${i}
    title: ReDoS-shaped words ${i}
    subjects: [${JSON.stringify(t)}]
    terms: [${JSON.stringify(t)}, mpg]
    unit: mpg
    evidence: { median: 40 }
    source: test
    as_of: 2026-11-01`).join('\n')}
`;

  it('loads terms and subjects that look like catastrophic regular expressions without complaint', () => {
    const { registry, findings } = loadRegistry([{ uri: 'redos.registry.yaml', text: registryText }], { today: '2026-11-23', docsBaseUrl: 'x' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(registry.entries).toHaveLength(REDOS_TERMS.length);
  });

  it('matches them literally, in bounded time, against long inputs built to trigger backtracking', () => {
    const { registry } = loadRegistry([{ uri: 'redos.registry.yaml', text: registryText }], { today: '2026-11-23', docsBaseUrl: 'x' });
    const attack = ['a'.repeat(30_000) + '!', 'x'.repeat(30_000) + 'z', ('1'.repeat(50) + ' ').repeat(400), ('word ').repeat(6_000) + '@'];
    for (const line of attack) {
      const text = `${line} gets 45 mpg.\n\nThe (a+)+$ gets 45 mpg.\n`;
      const { value, ms } = timed(() => lintDocument({ uri: 'attack.md', text }, 'markdown', registry, settings));
      expect(ms).toBeLessThan(15_000);
      // The literal term "(a+)+$" in the copy links; the attack strings do not match anything by accident.
      const literal = value.claims.find((c) => c.claim.sentence.includes('(a+)+$'));
      expect(literal?.entryId).toBe('redos.0');
    }
  });
});

describe('config globs', () => {
  it.each([
    ['many stars', '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', /17 "\*" wildcards in one path segment/],
    ['a repeating extglob', '+(a|aa)b', /repeating extglob/],
    ['a repeating extglob after a folder', 'site/*(a|aa)*(b|bb)c', /repeating extglob/],
  ])('a glob with %s is refused at its position in the config and never compiled', (_name, glob, message) => {
    const text = `ignore:\n  - drafts/**\n  - ${JSON.stringify(glob)}\n`;
    const { findings, config } = parseConfig({ uri: 'claimlint.config.yaml', text });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(message);
    expect(text.slice(findings[0].range.start, findings[0].range.end)).toBe(JSON.stringify(glob));
    expect(config.ignore).toContain('drafts/**');
    // Against a name built to make it backtrack: answered at once, and never as a match.
    const { value, ms } = timed(() => matchesGlob('a'.repeat(250), glob));
    expect(value).toBe(false);
    expect(ms).toBeLessThan(1_000);
  });

  it.each([
    ['nested braces', '{a,{b,{c,{d,{e,{f,{g,{h,{i,{j,k}}}}}}}}}}/**/*.md'],
    ['many globstars', '**/'.repeat(60) + '*.md'],
    ['three stars', '*a*a*b'],
    ['ranges', '{1..1000}/*.md'],
  ])('an accepted glob with %s is matched in bounded time against hostile paths', (_name, glob) => {
    expect(globProblem(glob)).toBeUndefined();
    const paths = ['a/'.repeat(200) + 'x.md', 'a'.repeat(250), 'site/' + 'a'.repeat(100) + 'c'];
    const { ms } = timed(() => paths.map((p) => matchesGlob(p, glob)));
    expect(ms).toBeLessThan(5_000);
  });
});

describe('the claim finder on long adversarial lines', () => {
  const patterns: Array<[string, RegExp]> = [];
  for (const [name, value] of Object.entries(vocabulary)) {
    if (value instanceof RegExp) patterns.push([name, value]);
    else if (Array.isArray(value)) value.forEach((item: unknown, i) => {
      const re = (item as { re?: unknown })?.re;
      if (re instanceof RegExp) patterns.push([`${name}[${i}]`, re]);
    });
  }
  const LINES: Record<string, (n: number) => string> = {
    digits: (n) => '1'.repeat(n),
    'digits and spaces': (n) => '1 '.repeat(n / 2),
    'digits and commas': (n) => '1,'.repeat(n / 2),
    'mixed separators': (n) => '1, 2 3,4 '.repeat(n / 9),
    spaces: (n) => ' '.repeat(n) + 'x',
    'decimal points': (n) => '1.'.repeat(n / 2),
    'times of day': (n) => '9am-'.repeat(n / 4),
    slashes: (n) => '24/'.repeat(n / 3),
    'bound words': (n) => 'within up to over '.repeat(n / 18),
    'no-break spaces': (n) => '1\u00a0'.repeat(n / 2),
  };

  it('finds the vocabulary to test', () => {
    expect(patterns.length).toBeGreaterThan(30);
  });

  it.each(Object.keys(LINES))('every vocabulary pattern runs in bounded time on 100,000 characters of %s', (line) => {
    const text = LINES[line](100_000);
    for (const [name, re] of patterns) {
      const { ms } = timed(() => (re.global ? [...text.matchAll(re)].length : re.test(text)));
      expect({ name, slow: ms > 2_000 }).toEqual({ name, slow: false });
    }
  });

  /** Best of three runs, to keep a busy machine from faking a trend. */
  const best = (run: () => void) => Math.min(timed(run).ms, timed(run).ms, timed(run).ms);

  it.each([
    ['percentages', (n: number) => '1% '.repeat(n / 3)],
    ['durations', (n: number) => '1 hour '.repeat(n / 7)],
    ['prices', (n: number) => '$1 '.repeat(n / 3)],
    ['digits and spaces', (n: number) => '1 '.repeat(n / 2)],
  ])('findClaims grows linearly on a line of %s with no sentence end (4× the text, < 10× the time)', (_name, make) => {
    const small = best(() => findClaims(make(5_000), { locale: 'en', countNouns: [] }));
    const large = best(() => findClaims(make(20_000), { locale: 'en', countNouns: [] }));
    // Quadratic growth would be 16×; 100 ms of slack absorbs timer noise on a busy machine.
    expect(large).toBeLessThan(10 * small + 100);
  });
});
