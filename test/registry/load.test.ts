// How registry YAML becomes RegistryEntry objects, and how several files combine.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/core/registry/load.js';
import { LineIndex } from '../../src/core/documents/line-index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const options = { today: '2026-11-23', docsBaseUrl: 'https://docs.example/rules' };
const fixture = (name: string) => readFileSync(path.join(here, 'fixtures', name), 'utf8');

describe('entry conversion', () => {
  const text = fixture('valid-full.registry.yaml');
  const { registry, findings } = loadRegistry([{ uri: 'full.registry.yaml', text }], options);

  test('loads every entry without findings', () => {
    expect(findings).toEqual([]);
    expect(registry.entries.map((e) => e.id)).toEqual(['fuel.aero15.combined', 'support.email.first-reply', 'courier.coverage']);
    expect(registry.files).toEqual(['full.registry.yaml']);
    expect(registry.byId.get('courier.coverage')).toBe(registry.entries[2]);
  });

  test('maps snake_case fields onto the camelCase contract', () => {
    const fuel = registry.byId.get('fuel.aero15.combined')!;
    expect(fuel).toMatchObject({
      title: 'Aero 1.5 — combined fuel economy',
      owner: 'powertrain@example.com',
      subjects: ['Aero 1.5', 'Aero'],
      unit: 'mpg-us',
      dimension: 'fuel-economy',
      higherIsBetter: true,
      reading: 'rating',
      preferred: true,
      rating: { value: 41, standard: 'EPA', label: ['EPA', 'estimated'] },
      scope: { market: 'US', trim: 'all', year: '2027' },
      qualifiers: [{ text: 'EPA-estimated', match: ['EPA', 'estimated'] }],
      approvedWording: ['EPA-estimated 41 mpg combined'],
      provenance: { source: 'Owner fuel logs, 1,420 vehicles', asOf: '2026-09-30', expires: '2027-09-30', maxAgeDays: 365, sampleSize: 1420 },
    });
    expect(fuel.evidence).toEqual({
      median: 38.2, mean: 38.9, min: 29, max: 47, percentiles: { 10: 33, 90: 44.1 },
      reaching: [{ bound: 35, share: 0.8 }, { bound: 40, share: 0.3 }],
    });
  });

  test('converts bounds into the entry unit and sorts them; derives direction from the unit', () => {
    const email = registry.byId.get('support.email.first-reply')!;
    expect(email.unit).toBe('hour');
    expect(email.higherIsBetter).toBe(false);
    expect(email.evidence?.within).toEqual([{ bound: 1, share: 0.3 }, { bound: 1.5, share: 0.35 }, { bound: 24, share: 0.99 }]);
    expect(email.provenance.maxAgeDays).toBe(365); // 12 calendar months from 2026-10-31
    expect(email.schedule).toEqual({
      hours: 'Mo-Fr 08:00-18:00; Sa 10:00-14:00',
      timezone: 'America/New_York',
      week: [[[480, 1080]], [[480, 1080]], [[480, 1080]], [[480, 1080]], [[480, 1080]], [[600, 840]], []],
    });
  });

  test('coverage, prices, comparison and absolutes', () => {
    const c = registry.byId.get('courier.coverage')!;
    expect(c.coverage).toEqual({ regions: ['CA', 'NY', 'TX'], universe: 'US states', universeSize: 50 });
    expect(c.prices).toEqual([{ plan: 'Standard', amount: 4.99, currency: 'USD', per: 'parcel' }]);
    expect(c.comparison).toEqual({ rank: 1, among: 'US regional couriers', ratio: 1.4 });
    expect(c.substantiates).toEqual(['always']);
    expect(c.guarantee).toBe('Delivery fee refunded if late');
    expect(c.limit).toBe('Parcels up to 30 kg');
    expect(c.unit).toBeUndefined();
    expect(c.qualifiers).toEqual([]);
    expect(c.scope).toEqual({});
  });

  test('location is the entry range in its file', () => {
    const c = registry.byId.get('courier.coverage')!;
    expect(c.location.uri).toBe('full.registry.yaml');
    expect(text.slice(c.location.range.start, c.location.range.start + 20)).toBe('id: courier.coverage');
    expect(text.slice(c.location.range.start, c.location.range.end).trimEnd().endsWith('as_of: 2026-06-01')).toBe(true);
  });

  test('a qualifier without match words matches its own text', () => {
    const r = loadRegistry([{ uri: 'q.yaml', text: 'entries:\n  - id: q\n    title: Q\n    terms: [x]\n    offered: true\n    source: s\n    qualifiers: [{ text: "on the Pro plan" }]\n' }], options);
    expect(r.registry.entries[0].qualifiers).toEqual([{ text: 'on the Pro plan', match: ['on the Pro plan'] }]);
  });

  test('unit spellings from copy are accepted and bounds without a unit are in the entry unit', () => {
    const r = loadRegistry([{ uri: 'u.yaml', text: 'entries:\n  - id: u\n    title: U\n    terms: [x]\n    unit: L/100km\n    evidence: { median: 6.1, within: { "7": 0.8 } }\n    source: s\n' }], options);
    expect(r.findings).toEqual([]);
    expect(r.registry.entries[0]).toMatchObject({ unit: 'l-per-100km', higherIsBetter: false, evidence: { within: [{ bound: 7, share: 0.8 }] } });
  });
});

describe('several files', () => {
  const a = { uri: 'a.registry.yaml', text: 'entries:\n  - id: shared.id\n    title: A\n    terms: [x]\n    offered: true\n    source: s\n' };
  const b = { uri: 'b.registry.yaml', text: 'version: 1\nentries:\n  - id: only.b\n    title: B\n    terms: [y]\n    offered: true\n    source: s\n  - id: shared.id\n    title: A again\n    terms: [x]\n    offered: false\n    source: s\n' };

  test('combine into one registry; a duplicate id across files points at the first definition', () => {
    const { registry, findings } = loadRegistry([a, b], options);
    expect(registry.entries.map((e) => `${e.location.uri}#${e.id}`)).toEqual(['a.registry.yaml#shared.id', 'b.registry.yaml#only.b']);
    expect(registry.files).toEqual(['a.registry.yaml', 'b.registry.yaml']);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.ruleId).toBe('registry/duplicate-id');
    expect(f.uri).toBe('b.registry.yaml');
    expect(new LineIndex(b.text).position(f.range.start)).toEqual({ line: 8, column: 9 });
    // Every format prints the message; not every format shows related locations.
    expect(f.message).toContain(`it is already defined in a.registry.yaml, line ${new LineIndex(a.text).position(a.text.indexOf('shared.id')).line};`);
    expect(f.related).toEqual([{ uri: 'a.registry.yaml', range: { start: a.text.indexOf('shared.id'), end: a.text.indexOf('shared.id') + 9 }, message: 'first definition of "shared.id"' }]);
  });

  test('a broken file does not stop the others from loading', () => {
    const broken = { uri: 'broken.registry.yaml', text: 'entries:\n  - id: [unclosed\n' };
    const { registry, findings } = loadRegistry([broken, a], options);
    expect(registry.entries.map((e) => e.id)).toEqual(['shared.id']);
    expect(findings.map((f) => `${f.uri} ${f.ruleId}`)).toEqual(expect.arrayContaining(['broken.registry.yaml registry/syntax']));
    expect(findings.every((f) => f.uri === 'broken.registry.yaml')).toBe(true);
  });

  test('findings come out in file order, then by position', () => {
    const bad1 = { uri: 'z.yaml', text: 'entries:\n  - id: z\n    title: Z\n    terms: [x]\n    unit: furlongs\n    evidence: { median: 1 }\n    source: s\n' };
    const bad2 = { uri: 'a.yaml', text: 'entries: 3\n' };
    const { findings } = loadRegistry([bad1, bad2], options);
    expect(findings.map((f) => f.uri)).toEqual(['z.yaml', 'a.yaml']);
  });

  test('no files: an empty registry', () => {
    const { registry, findings } = loadRegistry([], options);
    expect(registry.entries).toEqual([]);
    expect(registry.byId.size).toBe(0);
    expect(findings).toEqual([]);
  });
});

describe('staleness', () => {
  const entry = (extra: string) => `entries:\n  - id: s\n    title: S\n    terms: [x]\n    offered: true\n    source: s\n${extra}`;
  test.each([
    ['    as_of: 2026-01-01\n    max_age: 90d\n', 'registry/expired', 'stale since 2026-04-01'],
    ['    as_of: 2026-01-01\n    max_age: 1y\n', undefined, ''],
    ['    as_of: 2025-11-22\n    max_age: 1y\n', 'registry/expired', 'stale since 2026-11-22'],
    ['    as_of: 2025-11-23\n    max_age: 1y\n', undefined, ''], // stale from the day after the age runs out
    ['    as_of: 2026-05-01\n    max_age: 26w\n', 'registry/expired', 'stale since 2026-10-30'],
    ['    as_of: 2026-05-01\n    max_age: 200\n', 'registry/expired', 'stale since 2026-11-17'],
    ['    as_of: 2026-05-01\n    max_age: 210\n', undefined, ''],
    ['    expires: 2026-11-22\n', 'registry/expired', 'expired on 2026-11-22'],
    ['    expires: 2026-11-23\n', undefined, ''],
  ])('%j', (extra, rule, words) => {
    const { registry, findings } = loadRegistry([{ uri: 'x.yaml', text: entry(extra) }], options);
    expect(findings.map((f) => f.ruleId)).toEqual(rule ? [rule] : []);
    if (rule) expect(findings[0].message).toContain(words);
    expect(registry.entries).toHaveLength(1); // stale entries still load: claims on them read as stale
  });
});

describe('schedule time zones', () => {
  const withZone = (zone: string) => `version: 1
entries:
  - id: support.chat.hours
    title: Chat opening hours
    terms: [chat]
    schedule: { hours: "Mo-Fr 09:00-17:00", timezone: "${zone}" }
    source: Rota
    as_of: 2026-10-31
`;
  const zoneFindings = (zone: string) => loadRegistry([{ uri: 'z.registry.yaml', text: withZone(zone) }], options).findings.filter((f) => /time zone/.test(f.message));

  test.each(['America/New_York', 'Europe/London', 'UTC', 'Asia/Kolkata', 'Asia/Calcutta', 'US/Eastern'])('accepts %s (canonical names and aliases)', (zone) => {
    expect(zoneFindings(zone)).toEqual([]);
  });

  test.each(['Mars/Olympus_Mons', 'America/Springfield', 'EST5EDT7'])('reports %s as unknown', (zone) => {
    const [finding] = zoneFindings(zone);
    expect(finding?.message).toBe(`unknown time zone "${zone}": use an IANA name such as America/New_York or Europe/London`);
  });
});

describe('files with nothing in them', () => {
  test.each([['empty', ''], ['only a comment', '# entries come later\n'], ['only a document marker', '---\n']])('%s: one schema finding, no loader error', (_name, text) => {
    const { registry, findings } = loadRegistry([{ uri: 'e.registry.yaml', text }], options);
    expect(registry.entries).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['registry/schema', 'registry file is empty: expected a top-level "entries:" list']]);
  });
});

describe('duplicate keys', () => {
  test('a complaint about the value points at the copy the data holds, the last one', () => {
    const text = 'version: 1\nversion: 2\nentries: []\n';
    const { findings } = loadRegistry([{ uri: 'd.registry.yaml', text }], options);
    const lines = new LineIndex(text);
    const at = (f: { range: { start: number } }) => lines.position(f.range.start);
    const syntax = findings.find((f) => f.ruleId === 'registry/syntax')!;
    const schema = findings.find((f) => f.ruleId === 'registry/schema')!;
    expect(syntax.message).toBe('Map keys must be unique');
    expect(schema.message).toBe('version must be 1');
    expect(at(syntax).line).toBe(2);
    expect(at(schema)).toEqual({ line: 2, column: 10 }); // the "2", not the "1" on line 1
  });
});
