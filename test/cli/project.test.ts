// The Node Project shared by the CLI and the language server: file discovery with ignore files,
// config cascade, registry discovery and its cache, safe reading.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../src/node/project.js';
import { isNormalisedAbsolute } from '../../src/node/walk.js';
import { makeTempDir } from '../temp-dir.js';

function tree(files: Record<string, string | Buffer>): string {
  const root = makeTempDir('claimlint-project');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const REGISTRY = 'version: 1\nentries:\n  - id: stores.count\n    title: Stores\n    terms: [stores]\n    unit: count\n    evidence: { value: 212 }\n    source: Store register\n';

describe('Project.listFiles', () => {
  const root = tree({
    '.gitignore': 'build/\n*.tmp.md\n!keep.tmp.md\n',
    'site/.gitignore': 'private.md\n',
    '.claimlintignore': 'legal/**\n',
    'site/a.md': 'a', 'site/b.yaml': 'b: c', 'site/private.md': 'p', 'site/keep.tmp.md': 'k', 'site/x.tmp.md': 'x',
    'site/notes.txt': 'not copy', 'build/out.md': 'o', 'legal/terms.md': 't', 'node_modules/pkg/readme.md': 'r',
    '.github/workflows/ci.yml': 'on: push', 'data/shop.registry.yaml': REGISTRY, 'claimlint.config.yaml': 'jurisdiction: US\n',
  });
  const project = new Project({ root });
  const rel = (files: string[]) => files.map((f) => path.relative(root, f));

  it('walks folders honouring .gitignore (nested, negated) and .claimlintignore; skips registry, config, dot folders, node_modules', () => {
    const { files, notices, unmatched } = project.listFiles(['.']);
    expect(rel(files)).toEqual(['site/a.md', 'site/b.yaml', 'site/keep.tmp.md']);
    expect(notices).toEqual([]);
    expect(unmatched).toEqual([]);
  });

  it('expands globs and negations; reports patterns that match nothing', () => {
    const { files, unmatched } = project.listFiles(['site/*.md', '!site/keep*', 'nothing/**/*.md', 'missing.md']);
    expect(rel(files)).toEqual(['site/a.md']);
    expect(unmatched).toEqual(['nothing/**/*.md', 'missing.md']);
  });

  it('lints a file named explicitly even when ignored, but never the registry', () => {
    expect(rel(project.listFiles(['build/out.md', 'data/shop.registry.yaml']).files)).toEqual(['build/out.md']);
  });

  it('answers "ignored?" alike for a path however it is written (the walk passes normalised paths as they are)', () => {
    const cases: Array<[string, boolean]> = [['site/private.md', true], ['site/x.tmp.md', true], ['site/keep.tmp.md', false], ['site/a.md', false], ['legal/terms.md', true], ['build/out.md', true]];
    for (const [file, ignored] of cases) {
      const spellings = [path.join(root, file), `${root}/site/../${file}`, `${root}//${file}`, `${root}/./${file}`, file];
      for (const spelt of spellings) expect([spelt, project.isIgnoredByIgnoreFiles(spelt)]).toEqual([spelt, ignored]);
    }
    expect(project.isIgnoredByIgnoreFiles(root)).toBe(false);
    expect(project.isIgnoredByIgnoreFiles(path.join(root, '..', 'elsewhere', 'site', 'private.md'))).toBe(false);
  });
});

describe('isNormalisedAbsolute', () => {
  it('takes only absolute paths with no ".", "..", doubled or trailing separator', () => {
    const yes = ['/', '/a', '/a/b.md', '/a/.git/x', '/a/..b/c', '/a/b..md'];
    const no = ['a/b', './a', '/a/./b', '/a/../b', '/a/..', '/a/.', '/a//b', '/a/b/'];
    expect(yes.filter((p) => !isNormalisedAbsolute(p))).toEqual([]);
    expect(no.filter((p) => isNormalisedAbsolute(p))).toEqual([]);
  });
});

describe('Project configs and registry', () => {
  it('cascades configs up to a root: true config', () => {
    const root = tree({
      'claimlint.config.yaml': 'jurisdiction: UK\nlocale: fr\n',
      'a/claimlint.config.yaml': 'root: true\nlocale: de\n',
      'a/b/.claimlintrc.yaml': 'rules: { claim/stale: off }\n',
      'a/b/page.md': 'x',
      'c/page.md': 'x',
    });
    const project = new Project({ root });
    const s = project.settingsFor(path.join(root, 'a/b/page.md'));
    expect(s.locale).toBe('de');
    expect(s.jurisdiction).toBe('US'); // the UK config above the root: true config is not read
    expect(s.severities['claim/stale']).toBe('off');
    expect(project.settingsFor(path.join(root, 'c/page.md'))).toMatchObject({ jurisdiction: 'UK', locale: 'fr' });
    expect(project.configFindings).toEqual([]);
  });

  it('collects config problems with file and position', () => {
    const root = tree({ 'claimlint.config.yaml': 'jurisdiction: US\nbogus: 1\n', 'page.md': 'x' });
    const project = new Project({ root });
    project.settingsFor(path.join(root, 'page.md'));
    expect(project.configFindings.map((f) => [path.basename(f.uri), f.range.start, f.ruleId, f.message])).toEqual([['claimlint.config.yaml', 17, 'config/invalid', 'Config: unknown key "bogus" in the config']]);
  });

  it('finds registries by default globs or config, and reloads only when a file changes', () => {
    const root = tree({ 'data/shop.registry.yaml': REGISTRY, 'page.md': 'x', 'sub/claimlint.config.yaml': 'registry: ../other/*.yaml\n', 'other/r.yaml': REGISTRY.replace('212', '300'), 'sub/page.md': 'y' });
    const project = new Project({ root, today: '2026-11-01' });
    const first = project.registryFor(path.join(root, 'page.md'));
    expect(first.found).toBe(true);
    expect(first.files.map((f) => path.relative(root, f))).toEqual(['data/shop.registry.yaml']);
    expect(first.registry.byId.get('stores.count')?.evidence?.value).toBe(212);
    expect(project.registryFor(path.join(root, 'page.md'))).toBe(first); // cached
    const sub = project.registryFor(path.join(root, 'sub/page.md'));
    expect(sub.files.map((f) => path.relative(root, f))).toEqual(['other/r.yaml']);
    expect(sub.origin).toBe('sub/claimlint.config.yaml');

    writeFileSync(path.join(root, 'data/shop.registry.yaml'), REGISTRY.replace('212', '250'));
    utimesSync(path.join(root, 'data/shop.registry.yaml'), new Date(), new Date(Date.now() + 5000));
    const second = project.registryFor(path.join(root, 'page.md'));
    expect(second).not.toBe(first);
    expect(second.registry.byId.get('stores.count')?.evidence?.value).toBe(250);
    expect(second.hash).not.toBe(first.hash);
  });

  it('with readOnce (a CLI run) keeps the registry it first read, so every file is checked against the same one', () => {
    const root = tree({ 'data/shop.registry.yaml': REGISTRY, 'a.md': 'x', 'b.md': 'y' });
    const project = new Project({ root, today: '2026-11-01', readOnce: true });
    const first = project.registryFor(path.join(root, 'a.md'));
    writeFileSync(path.join(root, 'data/shop.registry.yaml'), REGISTRY.replace('212', '250'));
    utimesSync(path.join(root, 'data/shop.registry.yaml'), new Date(), new Date(Date.now() + 5000));
    expect(project.registryFor(path.join(root, 'b.md'))).toBe(first);
    expect(first.registry.byId.get('stores.count')?.evidence?.value).toBe(212);
    project.invalidate();
    expect(project.registryFor(path.join(root, 'b.md')).registry.byId.get('stores.count')?.evidence?.value).toBe(250);
  });

  it('settings shared by a folder still differ per file where an override glob names files', () => {
    const root = tree({
      'claimlint.config.yaml': 'jurisdiction: US\noverrides:\n  - files: ["*.uk.md"]\n    jurisdiction: UK\n',
      'site/a.md': 'x', 'site/b.uk.md': 'y', 'site/c.md': 'z',
    });
    const project = new Project({ root, readOnce: true });
    expect(['a.md', 'b.uk.md', 'c.md'].map((f) => project.settingsFor(path.join(root, 'site', f)).jurisdiction)).toEqual(['US', 'UK', 'US']);
    expect(project.configSettingsFor(path.join(root, 'site/b.uk.md')).jurisdiction).toBe('UK');
  });

  it('reads a --config file once, and again after invalidate()', () => {
    const root = tree({ 'my.yaml': 'jurisdiction: UK\n', 'a.md': 'x' });
    const project = new Project({ root, configFile: path.join(root, 'my.yaml') });
    expect(project.settingsFor(path.join(root, 'a.md')).jurisdiction).toBe('UK');
    writeFileSync(path.join(root, 'my.yaml'), 'jurisdiction: US\n');
    expect(project.configsFor(path.join(root, 'a.md'))[0].config.jurisdiction).toBe('UK');
    project.invalidate();
    expect(project.settingsFor(path.join(root, 'a.md')).jurisdiction).toBe('US');
  });

  it('says when no registry exists', () => {
    const root = tree({ 'page.md': 'x' });
    const state = new Project({ root }).registryFor(path.join(root, 'page.md'));
    expect(state).toMatchObject({ found: false, files: [], origin: 'default registry globs' });
    expect(state.registry.entries).toEqual([]);
  });
});

describe('Project.readDocument', () => {
  const root = tree({
    'ok.md': '\ufeffHello', 'big.md': 'x'.repeat(3000), 'bin.md': Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]),
    'latin1.md': Buffer.from('Line one\nCaf\xe9 open 24/7\n', 'latin1'), 'claimlint.config.yaml': 'maxFileSize: 2000\n',
  });
  const project = new Project({ root });
  const read = (name: string) => project.readDocument(path.join(root, name));

  it('reads UTF-8 (BOM removed)', () => expect(read('ok.md').file?.text).toBe('Hello'));
  it('skips files over the size limit with a document/limit notice', () => {
    const r = read('big.md');
    expect(r.file).toBeUndefined();
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['document/limit', 'warning']]);
    expect(r.findings[0].message).toContain('2.9 KB is over the 2.0 KB size limit');
  });
  it('skips binary files with document/parse', () => expect(read('bin.md').findings.map((f) => f.message)).toEqual(['Skipped: binary content (NUL byte at byte 3); not a text file.']));
  it('points at the first invalid UTF-8 byte', () => {
    const r = read('latin1.md');
    expect(r.findings[0].ruleId).toBe('document/parse');
    expect(r.findings[0].range.start).toBe('Line one\nCaf'.length);
  });
  it('reports an unreadable file instead of throwing', () => expect(read('missing.md').findings[0].message).toContain('cannot read the file (ENOENT)'));
});
