// Every rule id has a documentation page, and every diagnostic's URL points at it.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, ruleDocsUrl, type RuleId } from '../../src/core/index.js';

const docs = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

describe('rule documentation', () => {
  for (const id of Object.keys(RULES) as RuleId[]) {
    it(`${id} has docs/rules/${id.replace('/', '-')}.md`, () => {
      expect(existsSync(docs + id.replace('/', '-') + '.md')).toBe(true);
      expect(ruleDocsUrl(id, 'https://example.com/docs/rules')).toBe(`https://example.com/docs/rules/${id.replace('/', '-')}.md`);
    });
  }
});
