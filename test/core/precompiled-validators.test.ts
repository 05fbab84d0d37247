// The precompiled (ajv standalone) schema validators: the committed files are what the generator
// writes today, they behave exactly like ajv compiling the schema at run time with the same
// options (same verdict, same error objects), and they stay loadable by the core (no node:*, no
// require, no process) — while no module in src/ constructs ajv's compiler any more.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject, type Options } from 'ajv';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validate as registryValidator } from '../../src/core/registry/registry-validator.generated.js';
import { validate as configValidator } from '../../src/core/config-validator.generated.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ValidatorSpec { schema: string; output: string; ajvOptions: Options }
interface Generator {
  VALIDATORS: ValidatorSpec[];
  REGENERATE_COMMAND: string;
  generateAll(): Array<{ file: string; text: string }>;
}
// The generator is plain JavaScript run by node; imported through a URL so it is not type-checked.
const generatorUrl = pathToFileURL(path.join(projectRoot, 'scripts/gen-schema-validators.mjs')).href;
const generator = (await import(generatorUrl)) as Generator;

type Validate = { (data: unknown): boolean; errors?: ErrorObject[] | null };
const precompiled: Record<string, Validate> = {
  'schemas/registry.schema.json': registryValidator,
  'schemas/config.schema.json': configValidator,
};

/** ajv compiling the schema now, with the options the generator used. */
function runtimeValidator(schemaFile: string): Validate {
  const spec = generator.VALIDATORS.find((v) => v.schema === schemaFile);
  if (!spec) throw new Error(`generator has no validator for ${schemaFile}`);
  const schema = JSON.parse(readFileSync(path.join(projectRoot, schemaFile), 'utf8')) as object;
  return new Ajv(spec.ajvOptions).compile(schema);
}

function outcome(validate: Validate, data: unknown) {
  const valid = validate(data);
  // JSON round trip: compares values, not object identity (parentSchema points into each one's own schema copy).
  return { valid, errors: JSON.parse(JSON.stringify(validate.errors ?? null)) as ErrorObject[] | null };
}

describe('generated validator files', () => {
  it('the generator covers exactly the validators the core imports', () => {
    expect(generator.VALIDATORS.map((v) => v.schema).sort()).toEqual(Object.keys(precompiled).sort());
  });

  it.each(generator.generateAll().map((g) => [g.file, g.text] as const))('%s is up to date with its schema', (file, text) => {
    let committed: string | undefined;
    try {
      committed = readFileSync(path.join(projectRoot, file), 'utf8');
    } catch {
      committed = undefined;
    }
    expect(committed, `${file} is stale or missing: run \`${generator.REGENERATE_COMMAND}\` and commit the result`).toBe(text);
  });

  it.each(generator.VALIDATORS.map((v) => v.output))('%s can live in core: only ajv runtime helpers imported, no node:*, require or process', (file) => {
    const code = readFileSync(path.join(projectRoot, file), 'utf8');
    const specifiers = [...code.matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0); // the helper import is there: the check below is not vacuous
    for (const s of specifiers) expect(s).toMatch(/^ajv\/dist\/runtime\/[a-z0-9_]+\.js$/);
    expect(code).not.toMatch(/\brequire\s*\(|node:|\bprocess\b|\bimport\s*\(/);
  });

  it('no module in src/ builds ajv\'s compiler (only type imports of ajv)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|js|mjs|cjs)$/.test(entry.name) && !entry.name.includes('.generated.')) {
          const text = readFileSync(full, 'utf8');
          if (/new\s+Ajv\b|import\s+(?!type\b)[^;]*from\s+['"]ajv(\/dist\/(?!runtime\/)[^'"]*)?['"]|require\(\s*['"]ajv/.test(text)) offenders.push(path.relative(projectRoot, full));
        }
      }
    };
    walk(path.join(projectRoot, 'src'));
    expect(offenders).toEqual([]);
  });
});

// Each case says what the schema must find (keyword@instancePath, sorted), so the table checks the
// validator itself; every case is also compared with run-time ajv error object for error object.
const registryCases: Array<{ name: string; data: unknown; expect: string[] }> = [
  { name: 'minimal valid', data: { entries: [] }, expect: [] },
  { name: 'null', data: null, expect: ['type@'] },
  { name: 'a list at the top', data: [1], expect: ['type@'] },
  { name: 'no entries', data: { version: 1 }, expect: ['required@'] },
  { name: 'wrong version', data: { version: 2, entries: [] }, expect: ['const@/version'] },
  {
    name: 'unknown key, missing title, bad id',
    data: { entries: [{ id: 'Bad_ID', terms: ['x'], source: 's', titel: 'typo' }] },
    expect: ['additionalProperties@/entries/0', 'pattern@/entries/0/id', 'required@/entries/0'],
  },
  {
    // minLength counts code points (ajv's ucs2length runtime helper): an emoji alone is one character
    name: 'empty term and a one-emoji term',
    data: { entries: [{ id: 'a', title: 't', terms: ['', '😀'], source: 's' }] },
    expect: ['minLength@/entries/0/terms/0'],
  },
  {
    name: 'evidence without unit, max_age without as_of',
    data: { entries: [{ id: 'a', title: 't', terms: ['x'], source: 's', evidence: { median: 3 }, max_age: '12mo' }] },
    expect: ['dependencies@/entries/0', 'dependencies@/entries/0'],
  },
  {
    name: 'bad date, bad max_age, terms not a list',
    data: { entries: [{ id: 'a', title: 't', terms: 'x', source: 's', as_of: '2026-9-1', max_age: 'a year' }] },
    expect: ['pattern@/entries/0/as_of', 'pattern@/entries/0/max_age', 'type@/entries/0/terms'],
  },
];

const configCases: Array<{ name: string; data: unknown; expect: string[] }> = [
  { name: 'empty config', data: {}, expect: [] },
  { name: 'every common key', data: { root: true, registry: ['a.yaml'], jurisdiction: 'UK', rules: { 'claim/stale': 'off' }, overrides: [{ files: 'uk/**', jurisdiction: 'US' }] }, expect: [] },
  { name: 'unknown key', data: { registyr: 'a.yaml' }, expect: ['additionalProperties@'] },
  { name: 'bad severity', data: { rules: { 'claim/stale': 'loud' } }, expect: ['enum@/rules/claim~1stale'] },
  { name: 'threshold out of range', data: { thresholds: { upToShare: 1.5 } }, expect: ['maximum@/thresholds/upToShare'] },
  { name: 'override without files', data: { overrides: [{ jurisdiction: 'UK' }] }, expect: ['required@/overrides/0'] },
  { name: 'not a map', data: ['a'], expect: ['type@'] },
];

function keywords(errors: ErrorObject[] | null): string[] {
  return (errors ?? []).map((e) => `${e.keyword}@${e.instancePath}`).sort();
}

describe.each([
  ['schemas/registry.schema.json', registryCases],
  ['schemas/config.schema.json', configCases],
] as const)('%s: precompiled validator equals run-time ajv', (schemaFile, cases) => {
  const runtime = runtimeValidator(schemaFile);
  const validate = precompiled[schemaFile];

  it.each(cases)('$name', ({ data, expect: expected }) => {
    const got = outcome(validate, data);
    expect(got.valid).toBe(expected.length === 0);
    expect(keywords(got.errors)).toEqual(expected);
    expect(got).toEqual(outcome(runtime, data));
  });
});

describe('registry fixtures: precompiled and run-time validators agree error for error', () => {
  const runtime = runtimeValidator('schemas/registry.schema.json');
  const dir = path.join(projectRoot, 'test/registry/fixtures');
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

  it('has fixtures, some valid and some not', () => {
    const verdicts = fixtures.map((f) => {
      try {
        return registryValidator(parseYaml(readFileSync(path.join(dir, f), 'utf8'), { merge: true }));
      } catch {
        return undefined; // the YAML syntax fixture
      }
    });
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });

  it.each(fixtures)('%s', (file) => {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(path.join(dir, file), 'utf8'), { merge: true }); // as the registry loader reads it
    } catch {
      return; // not YAML on purpose (registry/syntax): nothing reaches the schema
    }
    expect(outcome(registryValidator, data)).toEqual(outcome(runtime, data));
  });

  it('random damage to a valid registry gives the same errors (seeded)', () => {
    const valid = parseYaml(readFileSync(path.join(dir, 'valid-full.registry.yaml'), 'utf8')) as unknown;
    const paths = allPaths(valid);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), fc.constant(undefined)), (where, value) => {
        const data = structuredClone(valid);
        setAt(data, where, value);
        expect(outcome(registryValidator, data)).toEqual(outcome(runtime, data));
      }),
      { seed: 20261123, numRuns: 400 },
    );
  });
});

/** Every path to a value inside a JSON-like tree (root excluded). */
function allPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const p = [...prefix, k];
    return [p, ...allPaths((value as Record<string | number, unknown>)[k], p)];
  });
}

/** Sets (or, for undefined, deletes) the value at a path. */
function setAt(root: unknown, where: Array<string | number>, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const k of where.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = where[where.length - 1];
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}
