// The progress bar's rules (terminal only, after a second, never in CI unless asked) and that
// docs/cli.md documents every option the CLI accepts and every format it has.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELP } from '../../src/cli/args.js';
import { Progress } from '../../src/cli/progress.js';
import { REPORTER_NAMES } from '../../src/cli/reporters/index.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, s: { isTTY, write: (t: string) => writes.push(t) } as unknown as NodeJS.WriteStream };
}

describe('Progress', () => {
  afterEach(() => vi.useRealTimers());

  const run = (isTTY: boolean, env: NodeJS.ProcessEnv, requested?: boolean) => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const out = stream(isTTY);
    const progress = new Progress(10, { stream: out.s, env, requested });
    progress.update(1); // before one second: nothing
    vi.setSystemTime(1500);
    progress.update(5);
    progress.finish();
    return out.writes;
  };

  it('draws on a terminal after a second, then clears its line', () => {
    const writes = run(true, {});
    expect(writes[0]).toBe(`\r[${'='.repeat(15)}${' '.repeat(15)}] 5/10 files`);
    expect(writes.at(-1)).toBe('\r\u001b[K');
    expect(writes).toHaveLength(2);
  });
  it('stays quiet in CI and when not a terminal', () => {
    expect(run(true, { CI: 'true' })).toEqual([]);
    expect(run(true, { GITHUB_ACTIONS: 'true' })).toEqual([]);
    expect(run(false, {})).toEqual([]);
  });
  it('--progress forces it on (plain lines off a terminal); --no-progress off', () => {
    expect(run(false, { CI: 'true' }, true)).toEqual([`[${'='.repeat(15)}${' '.repeat(15)}] 5/10 files\n`]);
    expect(run(true, {}, false)).toEqual([]);
  });
  it('names the thread count when several threads lint', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const out = stream(false);
    const progress = new Progress(4, { stream: out.s, env: {}, requested: true });
    progress.threads = 2;
    vi.setSystemTime(1200);
    progress.update(1);
    expect(out.writes).toEqual([`[${'='.repeat(8)}${' '.repeat(22)}] 1/4 files on 2 threads\n`]);
  });
  it('is silent for runs shorter than a second', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const out = stream(true);
    const progress = new Progress(3, { stream: out.s, env: {} });
    vi.setSystemTime(900);
    progress.update(3);
    progress.finish();
    expect(out.writes).toEqual([]);
  });
});

describe('docs/cli.md', () => {
  const docs = readFileSync(path.resolve(__dirname, '../../docs/cli.md'), 'utf8');
  const flags = [...HELP.matchAll(/(?:^|\s)(--[a-z][a-z-]+)/gm)].map((m) => m[1]);

  it('documents every option in --help', () => {
    expect(flags.length).toBeGreaterThan(20);
    for (const flag of new Set(flags)) expect(new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(docs), flag).toBe(true);
  });
  it('documents every format and exit code', () => {
    for (const name of REPORTER_NAMES) expect(docs).toContain(`| \`${name}\` |`);
    for (const code of [0, 1, 2]) expect(docs).toContain(`| **${code}** |`);
  });
});
