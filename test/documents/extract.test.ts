import { describe, expect, it } from 'vitest';
import { defaultSettings, extractDocument, type ExtractedDocument } from '../../src/core/index.js';
import { toSourceRange } from '../../src/core/documents/source-map.js';
import { assertExactMap } from './exact-map.js';
import { FIXTURES, type Fixture } from './fixtures.js';

function extract(fixture: Fixture): ExtractedDocument {
  const yaml = { ...defaultSettings().yaml, ...(fixture.yaml ?? {}) };
  return extractDocument({ uri: `fixture:${fixture.name}`, text: fixture.source }, fixture.language, { yaml });
}

describe('extractDocument fixtures', () => {
  for (const fixture of FIXTURES) {
    it(fixture.name, () => {
      const doc = extract(fixture);
      const source = fixture.source;
      for (const unit of doc.units) assertExactMap(unit, source);

      if (fixture.units) expect(doc.units.map((u) => u.text)).toEqual(fixture.units);
      for (const [text, want] of Object.entries(fixture.unit ?? {})) {
        const unit = doc.units.find((u) => u.text === text);
        expect(unit, `unit ${JSON.stringify(text)}`).toBeDefined();
        if (want.block) expect(unit!.block).toBe(want.block);
        if (want.context) expect(unit!.context).toEqual(want.context);
        if (want.depth !== undefined) expect(unit!.depth).toBe(want.depth);
        if (want.markers) expect(unit!.markers.map((m) => m.marker)).toEqual(want.markers);
      }
      for (const [text, want] of fixture.maps ?? []) {
        const unit = doc.units.find((u) => u.text.includes(text));
        expect(unit, `a unit containing ${JSON.stringify(text)}`).toBeDefined();
        const at = unit!.text.indexOf(text);
        const range = toSourceRange(unit!, at, at + text.length);
        expect(source.slice(range.start, range.end), `source of ${JSON.stringify(text)}`).toBe(want);
      }
      if (fixture.notes) {
        for (const [marker, note] of Object.entries(fixture.notes)) expect(doc.notes.get(marker), `note ${marker}`).toBe(note);
      }
      if (fixture.directives) {
        expect(doc.directives).toHaveLength(fixture.directives.length);
        fixture.directives.forEach((want, k) => {
          const got = doc.directives[k];
          for (const [key, value] of Object.entries(want)) expect((got as unknown as Record<string, unknown>)[key], `directive ${k} ${key}`).toEqual(value);
          expect(source.slice(got.range.start, got.range.end)).toMatch(fixture.language === 'yaml' ? /^#.*claimlint-/ : /^<!--[\s\S]*-->$/);
        });
      } else expect(doc.directives).toEqual([]);
      if (fixture.problems) {
        expect(doc.problems).toHaveLength(fixture.problems.length);
        fixture.problems.forEach((want, k) => {
          const got = doc.problems[k];
          expect(got.ruleId).toBe('document/parse');
          expect(got.message).toMatch(want.message);
          expect(got.range.start).toBeGreaterThanOrEqual(0);
          expect(got.range.end).toBeLessThanOrEqual(source.length);
          if (want.at !== undefined) expect(source.slice(got.range.start)).toMatch(new RegExp(`^${want.at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        });
      } else expect(doc.problems).toEqual([]);
      if (fixture.frontMatter !== undefined) expect(doc.frontMatter ?? null).toEqual(fixture.frontMatter);
      if (fixture.locale !== undefined) expect(doc.locale).toBe(fixture.locale);
    });
  }
});
