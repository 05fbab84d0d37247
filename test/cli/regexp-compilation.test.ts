// The V8 flag the CLI and the language server set at start-up: only where V8 knows it, since an
// unknown flag makes V8 print an error line on stderr in every run.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasRegExpTierUpFlag } from '../../src/node/regexp-compilation.js';
import { cliPath } from './run-cli.js';

describe('--no-regexp-tier-up at start-up', () => {
  it.each([
    ['7.7.299', false], ['7.8.279', true], ['11.3.244.8-node.38', true], ['12.4.254.21-node.33', true], ['13.6.233.10-node.27', true], ['14.0.1', false], ['x', false],
  ])('V8 %s: set %s', (version, expected) => {
    expect(hasRegExpTierUpFlag(version)).toBe(expected);
  });

  it('where the range says so, this Node lists the flag; the CLI writes nothing on stderr', () => {
    const listed = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).stdout;
    if (hasRegExpTierUpFlag(process.versions.v8)) expect(listed).toContain('--regexp-tier-up');
    const run = spawnSync(process.execPath, [cliPath, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
