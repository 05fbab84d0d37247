// --fix adding a missing qualifier: where it goes in the sentence, that text it inserted is never
// fixed again, and that YAML stays YAML whatever the scalar's style.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempDir } from '../temp-dir.js';
import { projectRoot, runCli } from './run-cli.js';

/** The example campaign's config and registry, with `files` to fix. */
function campaign(files: Record<string, string>): string {
  const dir = makeTempDir('claimlint-fix-qualifiers');
  cpSync(path.join(projectRoot, 'examples/campaign/registry'), path.join(dir, 'registry'), { recursive: true });
  cpSync(path.join(projectRoot, 'examples/campaign/claimlint.config.yaml'), path.join(dir, 'claimlint.config.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('--fix adds a missing qualifier', () => {
  it('after a phrase, at the end of the sentence for a sentence, and never fixes what it inserted', () => {
    const dir = campaign({
      'page.md': [
        'Connect Premium comes with unlimited data.',
        '',
        'Connect Premium has average download speeds of 62 Mbps.',
        '',
        'Connect Premium comes with **unlimited** data and more.',
        '',
      ].join('\n'),
    });
    runCli(dir, ['--fix', 'page.md']);
    expect(readFileSync(path.join(dir, 'page.md'), 'utf8')).toBe([
      // The limit holds "3 Mbps", which a second pass read as a claim needing the 5G qualifier.
      'Connect Premium comes with unlimited data — speeds are reduced to 3 Mbps after 50 GB of use in a month (fair use).',
      '',
      'Connect Premium has average download speeds of 62 Mbps where 5G coverage is available.',
      '',
      // Formatting inside the sentence: no verbatim end of sentence to put the limit at, so no fix.
      'Connect Premium comes with **unlimited** data and more.',
      '',
    ].join('\n'));
  });

  it('in YAML, only text that reads the same in every scalar style; the file stays valid YAML', () => {
    const registry = [
      'version: 1',
      'entries:',
      '  - id: wifi.speed',
      '    title: Wi-Fi speed',
      '    subjects: [Wi-Fi]',
      '    terms: [download, speed, Wi-Fi]',
      '    unit: Mbps',
      '    evidence: { median: 62, mean: 71 }',
      '    qualifiers:',
      `      - { text: 'on "Premium": 5G only', match: [5G] }`,
      '    source: Telemetry',
      '    as_of: 2026-10-31',
      '  - id: hotspot.speed',
      '    title: Hotspot speed',
      '    subjects: [hotspot]',
      '    terms: [download, speed, hotspot]',
      '    unit: Mbps',
      '    evidence: { median: 30, mean: 35 }',
      '    qualifiers:',
      '      - { text: on Premium plans, match: [Premium] }',
      '    source: Telemetry',
      '    as_of: 2026-10-31',
      '',
    ].join('\n');
    const ad = [
      'ads:',
      '  - headline: Wi-Fi download speed averages 71 Mbps',
      '    body: "Wi-Fi download speed averages 71 Mbps"',
      "    note: 'The hotspot download speed averages 35 Mbps'",
      '    more: The hotspot download speed averages 35 Mbps',
      '',
    ].join('\n');
    const dir = campaign({ 'q.registry.yaml': registry, 'ad.yaml': ad });
    const run = runCli(dir, ['-r', 'q.registry.yaml', '--today', '2026-11-01', '--fix', 'ad.yaml']);
    expect(run.stdout).toContain('claim/needs-qualifier');
    const fixed = readFileSync(path.join(dir, 'ad.yaml'), 'utf8');
    expect(parse(fixed)).toEqual({
      ads: [{
        headline: 'Wi-Fi download speed averages 71 Mbps',
        body: 'Wi-Fi download speed averages 71 Mbps',
        note: 'The hotspot download speed averages 35 Mbps on Premium plans',
        more: 'The hotspot download speed averages 35 Mbps on Premium plans',
      }],
    });
  });
});
