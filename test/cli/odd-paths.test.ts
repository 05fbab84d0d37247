// Folder and file names that look like glob syntax ("Site (copy)", "drafts[1]"): the user's own
// folders are paths, never patterns; only what the user writes as a pattern is one.
import { cpSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../src/node/project.js';
import { makeTempDir } from '../temp-dir.js';
import { fixturesDir, runCli } from './run-cli.js';

/** The basic fixture with its registry found by a glob, inside a folder whose name is glob syntax. */
function oddProject(name: string): string {
  const dir = path.join(makeTempDir('claimlint-odd'), name);
  cpSync(path.join(fixturesDir, 'basic'), dir, { recursive: true });
  mkdirSync(path.join(dir, 'data'));
  renameSync(path.join(dir, 'claims.registry.yaml'), path.join(dir, 'data/claims.registry.yaml'));
  writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: ["data/*.registry.yaml"]\njurisdiction: US\n');
  return dir;
}

const errorsIn = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ path: string; findings: Array<{ severity: string }> }> }).files
  .map((f) => `${f.path}: ${f.findings.filter((x) => x.severity === 'error').length}`);

describe.each(['Site (copy)', 'drafts[1]', 'a+(b) {c,d}'])('a project in a folder named %j', (name) => {
  const dir = oddProject(name);
  // The same site in a plainly named folder: what every run below must find.
  const plain = oddProject('plain');
  const expected = errorsIn(runCli(plain, ['-f', 'json']).stdout);

  it('finds its registry through the config glob and lints as in a plain folder', () => {
    expect(expected).toContain('site/landing.md: 2');
    const run = runCli(dir, ['-f', 'json']);
    expect(run.stderr).not.toMatch(/no registry found|outside the project/);
    expect(run.code).toBe(1);
    expect(errorsIn(run.stdout)).toEqual(expected);
  });

  it('expands relative globs, negations and "$PWD/…" globs within it', () => {
    const relative = runCli(dir, ['-f', 'json', 'site/*.md', '!site/ads.yaml']);
    expect(relative.code).toBe(1);
    expect(errorsIn(relative.stdout)).toEqual(['site/landing.md: 2']);
    const absolute = runCli(dir, ['-f', 'json', `${dir}/site/*.md`]);
    expect(absolute.code).toBe(1);
    expect(errorsIn(absolute.stdout)).toEqual(['site/landing.md: 2']);
  });

  it('takes a path that exists as written, glob characters and all', () => {
    const parent = path.dirname(dir);
    const run = runCli(parent, ['-f', 'json', `${name}/site/landing.md`]);
    expect(run.code).toBe(1);
    expect(errorsIn(run.stdout)).toEqual([`${name}/site/landing.md: 2`]);
  });
});

describe('a run started in a subfolder of the project', () => {
  it('says where the config it did not reach is, and --root reaches it', () => {
    const dir = oddProject('project');
    const lost = runCli(path.join(dir, 'site'), ['-f', 'json', 'landing.md']);
    expect(lost.stderr).toContain('no registry found (default registry globs: **/*.registry.yaml, **/*.registry.yml, **/claims-registry.yaml); every claim is reported as unsubstantiated. ../claimlint.config.yaml is above the project root; run claimlint from .. or pass --root ..');
    const found = runCli(path.join(dir, 'site'), ['-f', 'json', '--root', '..', 'landing.md']);
    expect(found.stderr).not.toContain('no registry found');
    expect(errorsIn(found.stdout)).toEqual(['landing.md: 2']);
  });
});

describe('compiled globs', () => {
  it('never treat the folder they are relative to as a pattern (Project.listFiles)', () => {
    const dir = oddProject('x [y] (z)');
    const project = new Project({ root: dir });
    expect(project.listFiles(['**/*.md']).files.map((f) => path.relative(dir, f))).toEqual(['site/landing.md']);
    expect(project.registryFor(path.join(dir, 'site/landing.md')).files.map((f) => path.relative(dir, f))).toEqual(['data/claims.registry.yaml']);
  });
});
