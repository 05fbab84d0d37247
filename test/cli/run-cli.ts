// Runs the built CLI (dist/cli.cjs) as a subprocess in a fresh copy of a fixture project.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import * as path from 'node:path';
import { makeTempDir } from '../temp-dir.js';

export const projectRoot = path.resolve(__dirname, '../..');
export const cliPath = path.join(projectRoot, 'dist/cli.cjs');
export const fixturesDir = path.join(projectRoot, 'test/fixtures/cli');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A temporary copy of test/fixtures/cli/<name> (or an empty folder), so tests may write into it; removed after the test file. */
export function copyFixture(name: string | undefined): string {
  const dir = makeTempDir(`claimlint-cli-${name ?? 'empty'}`);
  if (name) cpSync(path.join(fixturesDir, name), dir, { recursive: true });
  return dir;
}

export function runCli(cwd: string, args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  // Results must not depend on the machine running the tests.
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, input: options.input ?? '', encoding: 'utf8', env, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking: scenario rows run concurrently. */
export function runCliAsync(cwd: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
