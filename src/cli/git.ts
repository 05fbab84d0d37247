// What `claimlint impact` asks of git: the commit a ref names, the files that commit's tree holds,
// and their content there. Read through git, never from the working tree.
import type { ExecFileSyncOptions } from 'node:child_process';
import * as path from 'node:path';

/** Registry files are small; this only keeps a runaway repository from exhausting memory. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/**
 * Runs git. child_process is loaded on first use: with the net and dgram modules it brings, it cost
 * every lint run ~3.5 ms of start-up, and only impact needs it.
 */
function git(args: string[], options: ExecFileSyncOptions): string | Buffer {
  return (require('node:child_process') as typeof import('node:child_process')).execFileSync('git', args, options);
}

/** The commit a ref names, or why there is none (a usage error). */
export function resolveCommit(ref: string, cwd: string): { commit: string } | { problem: string } {
  try {
    const commit = (git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) as string).trim();
    return { commit };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problem: 'claimlint impact needs git, which was not found on PATH' };
  }
  // Say which: no repository at all, or a ref that names no commit in it.
  try {
    git(['rev-parse', '--git-dir'], { cwd, stdio: 'ignore' });
  } catch {
    return { problem: `${cwd} is not in a git repository: claimlint impact compares the registry with its version at a git ref` };
  }
  return { problem: `--base ${ref} is not a commit in the git repository at ${cwd}` };
}

export interface CommitTree {
  commit: string;
  /** The repository's top folder, reached from the folder git ran in (so paths compare with the project's). */
  top: string;
  /** Absolute paths of the files (and symbolic links) the commit holds. */
  files: string[];
}

/** The files of a commit, as absolute paths under the repository's top folder. */
export function commitTree(commit: string, cwd: string): CommitTree {
  const cdup = (git(['rev-parse', '--show-cdup'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) as string).trim();
  const top = path.resolve(cwd, cdup);
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: MAX_OUTPUT }) as string;
  const files = listing.split('\0').filter((name) => name !== '').map((name) => path.join(top, name));
  return { commit, top, files };
}

/** Is the path inside the repository (where git can give its content at a commit)? */
export function inRepository(tree: CommitTree, file: string): boolean {
  const rel = path.relative(tree.top, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * The bytes of files at the commit, read in one `git cat-file` process. Symbolic links are followed
 * inside the repository; one that leads out of it is 'outside' (git has no content for it). A file
 * the commit does not hold is absent from the map.
 */
export function readAtCommit(tree: CommitTree, files: readonly string[]): Map<string, Buffer | 'outside'> {
  const result = new Map<string, Buffer | 'outside'>();
  // The batch protocol is one request a line: a name with a line break cannot be asked for.
  const asked = files.filter((f) => inRepository(tree, f) && !f.includes('\n'));
  if (asked.length === 0) return result;
  const input = asked.map((f) => `${tree.commit}:${path.relative(tree.top, f).split(path.sep).join('/')}\n`).join('');
  const out = git(['cat-file', '--batch', '--follow-symlinks'], { cwd: tree.top, input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: MAX_OUTPUT }) as Buffer;
  let at = 0;
  for (const file of asked) {
    const lineEnd = out.indexOf(0x0a, at);
    if (lineEnd < 0) break;
    const header = out.toString('utf8', at, lineEnd);
    at = lineEnd + 1;
    // "<oid> <type> <size>", then the content; "symlink|dangling|loop|notdir <size>", then that many
    // bytes; "<request> missing" or "<request> ambiguous" alone.
    const object = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    const other = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(header);
    const size = Number(object?.[2] ?? other?.[2] ?? 0);
    if (object?.[1] === 'blob') result.set(file, out.subarray(at, at + size));
    else if (other?.[1] === 'symlink') result.set(file, 'outside');
    if (object || other) at += size + 1;
  }
  return result;
}
