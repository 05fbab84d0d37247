// Untrusted input paths: registry paths in a repository's config file may leave the config's
// folder but never the project; nothing in a registry or config is executed.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../src/node/project.js';
import { makeTempDir } from '../temp-dir.js';

const REGISTRY = `version: 1
entries:
  - id: support.email.reply
    title: Email support — time to first reply
    subjects: [email support]
    terms: [reply, replies]
    unit: h
    evidence: { median: 2 }
    source: Helpdesk export
    as_of: 2026-10-31
`;

/** outside/secret.registry.yaml beside project/, whose config names registry paths. */
function setup(registryPaths: string[]): { project: Project; root: string; outside: string } {
  const top = makeTempDir('claimlint-paths');
  const root = path.join(top, 'project');
  const outside = path.join(top, 'outside');
  mkdirSync(path.join(root, 'site'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'secret.registry.yaml'), REGISTRY);
  writeFileSync(path.join(root, 'data.registry.yaml'), REGISTRY.replace('support.email.reply', 'inside.entry'));
  writeFileSync(path.join(root, 'site/page.md'), 'Our email support replies within 1 hour.\n');
  writeFileSync(path.join(root, 'claimlint.config.yaml'), `registry:\n${registryPaths.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\n`);
  return { project: new Project({ root, today: '2026-11-23' }), root, outside };
}

describe('registry paths from a config cannot escape the project', () => {
  it.each([
    ['a relative path', '../outside/secret.registry.yaml'],
    ['an absolute path', '<outside>/secret.registry.yaml'],
    ['a glob', '../outside/*.registry.yaml'],
    ['an absolute glob', '<outside>/**/*.yaml'],
  ])('%s out of the project is refused with a positioned config error and not read', (_name, template) => {
    const { project, root, outside } = setup([]);
    // The config is written once the outside folder's real path is known.
    writeFileSync(path.join(root, 'claimlint.config.yaml'), `registry:\n  - ${JSON.stringify(template.replace('<outside>', outside))}\n  - "data.registry.yaml"\n`);
    const state = project.registryFor(path.join(root, 'site/page.md'));
    expect(state.files.map((f) => path.basename(f))).toEqual(['data.registry.yaml']);
    expect(state.registry.entries.map((e) => e.id)).toEqual(['inside.entry']);
    const problems = project.configFindings;
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/leads outside the project/);
    expect(problems[0].uri).toBe(path.join(root, 'claimlint.config.yaml'));
    expect(problems[0].range.end).toBeGreaterThan(problems[0].range.start);
  });

  it('a symbolic link inside the project that points out of it is not followed', () => {
    const { project, root, outside } = setup(['linked.registry.yaml', 'links/*.registry.yaml']);
    symlinkSync(path.join(outside, 'secret.registry.yaml'), path.join(root, 'linked.registry.yaml'));
    mkdirSync(path.join(root, 'links'));
    symlinkSync(path.join(outside, 'secret.registry.yaml'), path.join(root, 'links/other.registry.yaml'));
    const state = project.registryFor(path.join(root, 'site/page.md'));
    expect(state.registry.entries).toEqual([]);
    expect(project.configFindings.map((f) => f.message)).toEqual([expect.stringMatching(/"linked\.registry\.yaml" leads outside the project/)]);
  });

  it('paths that leave the config folder but stay in the project are allowed', () => {
    const { project, root } = setup(['../data.registry.yaml']);
    mkdirSync(path.join(root, 'site/nested'), { recursive: true });
    writeFileSync(path.join(root, 'site/claimlint.config.yaml'), 'registry: ["../data.registry.yaml"]\n');
    const state = project.registryFor(path.join(root, 'site/page.md'));
    expect(state.registry.entries.map((e) => e.id)).toEqual(['inside.entry']);
    expect(project.configFindings).toEqual([]);
  });

  it('--registry on the command line is the user\'s own choice and may point anywhere', () => {
    const { root, outside } = setup(['data.registry.yaml']);
    const project = new Project({ root, today: '2026-11-23', registry: [path.join(outside, 'secret.registry.yaml')] });
    expect(project.registryFor(path.join(root, 'site/page.md')).registry.entries.map((e) => e.id)).toEqual(['support.email.reply']);
  });
});

describe('unusable registry files', () => {
  it('a registry path that is a folder is a registry/syntax error whose docs link is that rule\'s page', () => {
    const top = makeTempDir('claimlint-paths');
    mkdirSync(path.join(top, 'registry'));
    const project = new Project({ root: top, today: '2026-11-23' });
    const state = project.loadRegistryFiles([path.join(top, 'registry')], '--registry');
    expect(state.findings).toHaveLength(1);
    expect(state.findings[0].ruleId).toBe('registry/syntax');
    expect(state.findings[0].message).toMatch(/^Registry file unusable: .*folder/);
    expect(state.findings[0].docsUrl).toMatch(/\/registry-syntax\.md$/);
  });
});
