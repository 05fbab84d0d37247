// Related locations in CLI reports: the registry entry a verdict rests on, a registry problem's
// other half. Run through the real CLI; the SARIF is checked against the OASIS schema.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dir.js';
import { copyFixture, projectRoot, runCliAsync } from './run-cli.js';

const schemaFile = path.resolve(projectRoot, '../shared/schemas/sarif-schema-2.1.0.json');

function sarifValidator() {
  // The package is CommonJS with a `default` export; under NodeNext the class sits on `.default`.
  const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: typeof AjvDraft04Module }).default ?? AjvDraft04Module) as unknown as new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown[] | null } };
  return new AjvDraft04({ allErrors: true, strict: false, logger: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
}

interface SarifRelated {
  id: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; charOffset: number; charLength: number } };
  message: { text: string };
}
interface SarifResult { ruleId: string; properties: { registryEntry: string | null }; relatedLocations?: SarifRelated[] }
interface JsonRelated { path: string; line: number; column: number; endLine: number; endColumn: number; offset: number; endOffset: number; message: string }
interface JsonDoc { files: Array<{ path: string; findings: Array<{ ruleId: string; entryId: string | null; previousVerdict: string | null; related: JsonRelated[] }> }> }

/** Line of the registry entry with this id in the text ("  - id: x"). */
const entryLine = (text: string, id: string) => text.split('\n').findIndex((l) => l.trim() === `- id: ${id}`) + 1;

describe.concurrent('related locations', () => {
  it('point each verdict at its registry entry in SARIF (schema-valid), json and stylish', async ({ expect }) => {
    const dir = copyFixture('basic');
    const registry = readFileSync(path.join(dir, 'claims.registry.yaml'), 'utf8');
    const sarif = await runCliAsync(dir, ['-f', 'sarif']);
    expect(sarif.code, sarif.stderr).toBe(1);
    const doc = JSON.parse(sarif.stdout);
    const validate = sarifValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const results = doc.runs[0].results as SarifResult[];
    const withEntry = results.filter((r) => r.properties.registryEntry);
    expect(withEntry.length).toBeGreaterThan(0);
    for (const r of withEntry) {
      const id = r.properties.registryEntry!;
      expect(r.relatedLocations).toHaveLength(1);
      const [rel] = r.relatedLocations!;
      expect(rel.physicalLocation.artifactLocation).toEqual({ uri: 'claims.registry.yaml', uriBaseId: '%SRCROOT%' });
      expect(rel.physicalLocation.region).toMatchObject({ startLine: entryLine(registry, id), startColumn: 5 });
      expect(registry.slice(rel.physicalLocation.region.charOffset).startsWith(`id: ${id}`)).toBe(true);
      expect(rel.message.text).toMatch(new RegExp(`^Registry entry ${id.replace('.', '\\.')}: `));
    }
    // A finding with no entry has none.
    expect(results.find((r) => r.ruleId === 'claim/unsubstantiated')!.relatedLocations).toBeUndefined();

    const json = JSON.parse((await runCliAsync(dir, ['-f', 'json'])).stdout) as JsonDoc;
    const findings = json.files.flatMap((f) => f.findings);
    for (const f of findings) {
      if (f.entryId) expect(f.related).toEqual([expect.objectContaining({ path: 'claims.registry.yaml', line: entryLine(registry, f.entryId), column: 5, message: expect.stringContaining(`Registry entry ${f.entryId}: `) })]);
      else expect(f.related).toEqual([]);
    }
    const stylish = await runCliAsync(dir, []);
    expect(stylish.stdout).toContain(`— entry stores.count (claims.registry.yaml:${entryLine(registry, 'stores.count')})\n`);
  }, 120_000);

  it('are shown from where the run starts when a report comes from the cache', async ({ expect }) => {
    const dir = copyFixture('basic');
    const relatedPaths = (out: string) => [...new Set((JSON.parse(out) as JsonDoc).files.flatMap((f) => f.findings.flatMap((x) => x.related.map((r) => r.path))))];
    const fill = await runCliAsync(dir, ['--cache', '-f', 'json']);
    expect(relatedPaths(fill.stdout)).toEqual(['claims.registry.yaml']);
    const fromSite = await runCliAsync(path.join(dir, 'site'), ['--root', '..', '--cache', '--cache-location', '../.claimlintcache', '-f', 'json', '.'], { env: { CLAIMLINT_STATS: '1' } });
    expect(fromSite.stderr).toMatch(/0 files linted, 2 from the cache/);
    expect(relatedPaths(fromSite.stdout)).toEqual(['../claims.registry.yaml']);
  }, 120_000);

  it('name a registry outside the working folder by its absolute URI, and carry a registry problem\'s other half', async ({ expect }) => {
    const dir = copyFixture('basic');
    const shared = makeTempDir('claimlint-shared');
    const registry = readFileSync(path.join(dir, 'claims.registry.yaml'), 'utf8');
    // An expired entry: registry/expired points at its as_of ("measured here").
    writeFileSync(path.join(shared, 'shared.registry.yaml'), registry.replace('as_of: 2026-10-01', 'as_of: 2026-10-01\n    max_age: 10d'));
    const outside = path.join(shared, 'shared.registry.yaml');
    const sarif = await runCliAsync(dir, ['-f', 'sarif', '--today', '2026-11-20', '-r', path.relative(dir, outside)]);
    expect(sarif.code, sarif.stderr).toBe(1);
    const doc = JSON.parse(sarif.stdout);
    const validate = sarifValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const results = doc.runs[0].results as SarifResult[];
    const stores = results.find((r) => r.ruleId.startsWith('claim/') && r.properties.registryEntry === 'stores.count')!;
    expect(stores.relatedLocations![0].physicalLocation.artifactLocation).toEqual({ uri: `file://${outside.split('/').map(encodeURIComponent).join('/')}` });
    const expired = results.find((r) => r.ruleId === 'registry/expired')!;
    const measured = expired.relatedLocations![0];
    expect(measured.message.text).toBe('measured here');
    expect(readFileSync(outside, 'utf8').slice(measured.physicalLocation.region.charOffset).startsWith('2026-10-01')).toBe(true);

    const stylish = await runCliAsync(dir, ['--today', '2026-11-20', '-r', path.relative(dir, outside)]);
    expect(stylish.stdout).toMatch(/\n {9}↳ see \.\.\/.*shared\.registry\.yaml:\d+: measured here\n/);
  }, 120_000);

  it('point a claim that impact found newly supported at the entry that supports it', async ({ expect }) => {
    const dir = makeTempDir('claimlint-related-impact');
    cpSync(copyFixture('basic'), dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'registry');
    const file = path.join(dir, 'claims.registry.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('median: 2.5, p90: 6, within: { "1 h": 0.35', 'median: 0.4, p90: 0.9, within: { "1 h": 0.97'));
    const json = JSON.parse((await runCliAsync(dir, ['impact', '--base', 'HEAD', '-f', 'json'])).stdout) as JsonDoc;
    const supported = json.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'claim/supported');
    expect(supported).toHaveLength(2);
    for (const f of supported) expect(f.related).toEqual([expect.objectContaining({ path: 'claims.registry.yaml', line: entryLine(readFileSync(file, 'utf8'), 'support.first-response') })]);
  }, 120_000);
});
