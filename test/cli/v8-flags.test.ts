// The V8 flags the CLI and the language server set at start-up: only where V8 is known to have
// them, since an unknown flag makes V8 print an error line on stderr in every run.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BATCH_V8_FLAGS, REGEXP_V8_FLAGS, isKnownV8 } from '../../src/node/v8-flags.js';
import { cliPath } from './run-cli.js';

/** `--no-parallel-scavenge` → `--parallel-scavenge`; `--max-x=460` → `--max-x`: as --v8-options lists them. */
const listedName = (flag: string) => flag.replace(/^--no-/, '--').replace(/=.*$/, '');

describe('V8 flags set at start-up', () => {
  it.each([
    ['7.7.299', false], ['7.8.279', true], ['11.3.244.8-node.38', true], ['12.4.254.21-node.33', true], ['13.6.233.10-node.27', true], ['14.0.1', false], ['x', false],
  ])('V8 %s: set %s', (version, expected) => {
    expect(isKnownV8(version)).toBe(expected);
  });

  it('where the range says so, this Node lists every flag; the CLI writes nothing on stderr', () => {
    const listed = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).stdout;
    if (isKnownV8(process.versions.v8)) {
      for (const flag of [...REGEXP_V8_FLAGS, ...BATCH_V8_FLAGS]) expect(listed, flag).toMatch(new RegExp(`^\\s+${listedName(flag)} \\(`, 'm'));
    }
    const run = spawnSync(process.execPath, [cliPath, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
