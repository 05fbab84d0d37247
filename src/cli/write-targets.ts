// The files a run writes (reports, baseline, cache) must differ from each other and from the files it
// reads: a report written over the baseline it applies, over another report or over a page of copy
// destroys it. Paths are compared as the file system sees them, not as they were spelt.
import { realpathSync } from 'node:fs';
import * as path from 'node:path';

/** A file the run writes or reads, and how the user named it (for the message). */
export interface NamedFile {
  file: string;
  shownAs: string;
}

/** One spelling per file: absolute, with symlinks and `..` resolved as far as the path exists. */
export function canonicalPath(file: string): string {
  const resolved = path.resolve(file);
  try {
    return realpathSync(resolved);
  } catch {
    const parent = path.dirname(resolved);
    return parent === resolved ? resolved : path.join(canonicalPath(parent), path.basename(resolved));
  }
}

/**
 * Why these writes cannot go ahead, or undefined: two of them name the same file, or one names a
 * file the run reads. `lintedFiles` are absolute paths as the walk found them.
 */
export function writeClash(writes: readonly NamedFile[], reads: readonly NamedFile[], lintedFiles: readonly string[]): string | undefined {
  const written = new Map<string, NamedFile>();
  for (const target of writes) {
    const key = canonicalPath(target.file);
    const earlier = written.get(key);
    if (earlier) return `${earlier.shownAs} and ${target.shownAs} write the same file; give each its own file.`;
    written.set(key, target);
  }
  for (const source of reads) {
    const target = written.get(canonicalPath(source.file));
    if (target) return `${target.shownAs} would overwrite ${source.shownAs}; give it another file.`;
  }
  const linted = new Set(lintedFiles.map((f) => path.resolve(f)));
  for (const [key, target] of written) {
    if (linted.has(key) || linted.has(path.resolve(target.file))) return `${target.shownAs} names a file this run lints; give it another file.`;
  }
  return undefined;
}
