// A small mocha-style runner for the extension host: tests run in order (later ones build on what
// earlier ones found), each with its own time limit; results go to a JSON file for the outer runner.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface TestCase {
  name: string;
  fn: () => Promise<void>;
  timeoutMs: number;
  /** Setup tests always run, even when CLAIMLINT_TEST_GREP picks a subset. */
  setup: boolean;
}

const tests: TestCase[] = [];

export function test(name: string, fn: () => Promise<void>, timeoutMs = 30_000): void {
  tests.push({ name, fn, timeoutMs, setup: false });
}

/** A test the others build on (it finds the extension, the target document, ...). */
export function setupTest(name: string, fn: () => Promise<void>, timeoutMs = 30_000): void {
  tests.push({ name, fn, timeoutMs, setup: true });
}

/** Polls `probe` until it returns a value other than undefined/false/null; never sleeps blindly. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Asks the outer runner (which drives the browser) for a screenshot and waits until it is taken. */
export async function screenshot(name: string): Promise<string | undefined> {
  const acks = process.env.CLAIMLINT_TEST_ACKS;
  if (!acks) return undefined;
  const ack = path.join(acks, name);
  rmSync(ack, { force: true });
  console.log(`[claimlint-screenshot] ${name}`);
  await waitFor(`screenshot ${name}`, () => existsSync(ack), 20_000);
  // The runner writes what it saw, e.g. "hover-visible".
  return readFileSync(ack, 'utf8');
}

export async function runAll(): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  const results: Array<{ name: string; ok: boolean; ms: number; error?: string }> = [];
  const grep = process.env.CLAIMLINT_TEST_GREP ? new RegExp(process.env.CLAIMLINT_TEST_GREP, 'i') : undefined;
  for (const t of tests) {
    if (grep && !t.setup && !grep.test(t.name)) continue;
    const start = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        t.fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`test timed out after ${t.timeoutMs} ms`)), t.timeoutMs);
        }),
      ]);
      passed++;
      results.push({ name: t.name, ok: true, ms: Date.now() - start });
      console.log(`  ✔ ${t.name} (${Date.now() - start} ms)`);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.stack ?? error.message : String(error);
      results.push({ name: t.name, ok: false, ms: Date.now() - start, error: message });
      console.log(`  ✘ ${t.name}\n    ${message.split('\n').join('\n    ')}`);
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
  const out = process.env.CLAIMLINT_TEST_RESULTS;
  if (out) writeFileSync(out, JSON.stringify({ passed, failed, results }, null, 2));
  console.log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}
