// Parses YAML to plain data for "did this edit change the data?" checks, with alias expansion
// capped so a hostile file cannot blow up the server.
import { parseDocument as parseYaml } from 'yaml';
import { isDeepStrictEqual } from 'node:util';

export function parseDocument(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const doc = parseYaml(text, { prettyErrors: false });
    if (doc.errors.length > 0) return { ok: false };
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
}

export function isDeepStrictEqualSafe(a: unknown, b: unknown): boolean {
  try {
    return isDeepStrictEqual(a, b);
  } catch {
    return false;
  }
}
