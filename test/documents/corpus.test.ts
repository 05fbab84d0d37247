import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, extractDocument, languageOf } from '../../src/core/index.js';
import { assertExactMap } from './exact-map.js';

// Real documents: every Markdown and YAML file in ../shared (real-world pages, references) and in
// the project's examples must extract without problems and map every character back exactly.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const yaml = defaultSettings().yaml;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...filesUnder(full));
    else if (languageOf(name)) found.push(full);
  }
  return found;
}

function checkAll(files: string[]): void {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const doc = extractDocument({ uri: file, text }, languageOf(file)!, { yaml });
    for (const unit of doc.units) assertExactMap(unit, text);
    if (languageOf(file) === 'markdown') expect(doc.problems, file).toEqual([]);
  }
}

describe('real documents', () => {
  it('../shared: every Markdown and YAML file maps exactly', () => {
    const shared = path.resolve(projectRoot, '../shared');
    if (!existsSync(shared)) {
      console.log('skipped: ../shared not present');
      return;
    }
    const files = filesUnder(shared);
    expect(files.length).toBeGreaterThan(0);
    checkAll(files);
  }, 120_000);

  it('examples/: every copy file maps exactly', () => {
    checkAll(filesUnder(path.join(projectRoot, 'examples')));
  }, 60_000);
});
