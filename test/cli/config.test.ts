// parseConfig and resolveSettings: a table of config texts with the findings (line:column and
// message) and settings they must yield.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/index.js';
import { parseConfig, pathFromConfigDir, resolveSettings, matchesGlob, type LocatedConfig } from '../../src/core/config.js';

const cases: Array<{ name: string; text: string; findings: string[]; config?: object }> = [
  { name: 'empty file', text: '', findings: [], config: {} },
  { name: 'comments only', text: '# nothing yet\n', findings: [], config: {} },
  {
    name: 'every key', text: [
      'root: true', 'registry: data/*.registry.yaml', 'jurisdiction: UK', 'thresholds: { boundShare: 0.9 }', 'rules:', '  claim/stale: off',
      'reportSupported: true', 'locale: de', 'yaml: { ignoreKeys: [sku], copyKeys: [headline] }', 'requireSuppressionReason: true', 'ignore: drafts/**',
      'maxFileSize: 1000', 'overrides:', '  - files: ["uk/**", "*.uk.md"]', '    jurisdiction: US', '',
    ].join('\n'),
    findings: [],
    config: {
      root: true, registry: ['data/*.registry.yaml'], jurisdiction: 'UK', thresholds: { boundShare: 0.9 }, rules: { 'claim/stale': 'off' }, reportSupported: true, locale: 'de',
      yaml: { ignoreKeys: ['sku'], copyKeys: ['headline'] }, requireSuppressionReason: true, ignore: ['drafts/**'], maxFileSize: 1000, overrides: [{ files: ['uk/**', '*.uk.md'], jurisdiction: 'US' }],
    },
  },
  { name: 'unknown key', text: 'jurisdiction: US\nregistyr: a.yaml\n', findings: ['2:1 unknown key "registyr" in the config'], config: { jurisdiction: 'US' } },
  { name: 'unknown rule', text: 'rules:\n  claim/stale: off\n  claim/bogus: error\n', findings: ['3:3 unknown rule "claim/bogus" in "rules"'] },
  { name: 'bad severity', text: 'rules:\n  claim/stale: loud\n', findings: ['2:16 "rules.claim/stale" must be one of "error", "warning", "info", "off"'] },
  { name: 'bad jurisdiction', text: 'jurisdiction: FR\n', findings: ['1:15 "jurisdiction" must be one of "US", "UK"'] },
  { name: 'threshold out of range', text: 'thresholds:\n  upToShare: 1.5\n', findings: ['2:14 "thresholds.upToShare" must be <= 1'] },
  { name: 'threshold .nan', text: 'thresholds: { boundShare: .nan }\n', findings: ['1:27 "thresholds.boundShare" must be a number, not .nan'] },
  { name: 'two YAML documents', text: 'jurisdiction: US\n---\njurisdiction: UK\n', findings: ['2:1 the file holds more than one YAML document (a second "---" line); it must hold one'] },
  { name: 'unclosed quote', text: 'locale: "en\n', findings: ['1:9 this quoted string is never closed'] },
  { name: 'registry not a glob', text: 'registry: 42\n', findings: ['1:11 "registry" must be a glob or a list of globs'] },
  { name: 'override without files', text: 'overrides:\n  - jurisdiction: UK\n', findings: ['2:5 "overrides.0" must have required property \'files\''] },
  { name: 'not a map', text: '- a\n- b\n', findings: ['1:1 the config must be object'] },
  { name: 'YAML syntax error', text: 'rules: [a\n', findings: ['2:1'] },
  { name: 'duplicate key', text: 'locale: en\nlocale: de\n', findings: ['2:1 Map keys must be unique'] },
  { name: 'alias bomb', text: 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n', findings: ['1:1 Excessive alias count'] },
];

describe('parseConfig', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { config, findings } = parseConfig({ uri: 'claimlint.config.yaml', text: c.text });
      const lines = new LineIndex(c.text);
      const got = findings.map((f) => {
        const p = lines.position(f.range.start);
        return `${p.line}:${p.column} ${f.message.replace(/^Config: /, '')}`;
      });
      expect(got.length, got.join('\n')).toBe(c.findings.length);
      c.findings.forEach((expected, i) => expect(got[i].startsWith(expected), `${got[i]} should start with ${expected}`).toBe(true));
      for (const f of findings) expect(f.severity).toBe('error');
      if (c.config) expect(config).toEqual(c.config);
    });
  }
});

describe('resolveSettings', () => {
  const located = (dir: string, text: string): LocatedConfig => ({ dir, uri: `${dir}/claimlint.config.yaml`, config: parseConfig({ uri: dir, text }).config });
  const chain = [
    located('/p', 'jurisdiction: US\nrules: { claim/stale: off, claim/unsubstantiated: error }\nthresholds: { boundShare: 0.9 }\noverrides:\n  - files: "uk/**"\n    jurisdiction: UK\n  - files: "*.draft.md"\n    rules: { claim/contradicted: warning }\n'),
    located('/p/site', 'rules: { claim/unsubstantiated: warning }\nyaml: { copyKeys: [headline] }\n'),
  ];

  it('nearest config wins key by key; nested maps merge', () => {
    const s = resolveSettings(chain, '/p/site/a.md', '2026-11-01');
    expect(s.severities).toEqual({ 'claim/stale': 'off', 'claim/unsubstantiated': 'warning' });
    expect(s.yaml.copyKeys).toEqual(['headline']);
    expect(s.yaml.ignoreKeys).toContain('sku'); // defaults kept when only copyKeys is set
    expect(s.thresholds.boundShare).toBe(0.9);
    expect(s.today).toBe('2026-11-01');
  });

  it('overrides apply by glob relative to their config file', () => {
    expect(resolveSettings(chain, '/p/uk/a.md', '2026-11-01').jurisdiction).toBe('UK');
    expect(resolveSettings(chain, '/p/uk/a.md', '2026-11-01').thresholds.upToShare).toBe(0.1);
    expect(resolveSettings(chain, '/p/site/uk/a.md', '2026-11-01').jurisdiction).toBe('US');
    expect(resolveSettings(chain, '/p/site/deep/x.draft.md', '2026-11-01').severities['claim/contradicted']).toBe('warning');
  });

  it('a config outside the file\'s folders (--config ci/c.yaml) matches it by a ../ path from its own folder', () => {
    const ci = [located('/p/ci', 'overrides:\n  - files: "../site/uk/**"\n    jurisdiction: UK\n')];
    expect(resolveSettings(ci, '/p/site/uk/a.md', '2026-11-01').jurisdiction).toBe('UK');
    expect(resolveSettings(ci, '/p/site/a.md', '2026-11-01').jurisdiction).toBe('US');
    expect(pathFromConfigDir('/p/ci', '/p/site/uk/a.md')).toBe('../site/uk/a.md');
    expect(pathFromConfigDir('/p/ci/', '/p/ci/a.md')).toBe('a.md');
    expect(pathFromConfigDir('/p/cia', '/p/ci/a.md')).toBe('../ci/a.md');
    expect(pathFromConfigDir('/a/b/c', '/x/y.md')).toBe('../../../x/y.md');
  });

  it('command-line settings win over every config', () => {
    expect(resolveSettings(chain, '/p/uk/a.md', '2026-11-01', { jurisdiction: 'US' }).jurisdiction).toBe('US');
  });

  it('globs: slash-free globs match base names anywhere, others from the config folder', () => {
    expect(matchesGlob('a/b/c.md', '*.md')).toBe(true);
    expect(matchesGlob('a/b/c.md', 'b/*.md')).toBe(false);
    expect(matchesGlob('a/b/c.md', 'a/**')).toBe(true);
    expect(matchesGlob('.hidden/c.md', '**/*.md')).toBe(true);
  });
});
