// Temporary folders for tests, removed when the test file that made them finishes: a full run
// makes several hundred, and they used to pile up in the system's temp folder.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];

// Registered on the importing test file's top-level suite (each test file loads its own copy).
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

/** A new empty folder under the system temp folder, named `<prefix>-XXXXXX`, with symlinks resolved. */
export function makeTempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), `${prefix}-`)));
  created.push(dir);
  return dir;
}
