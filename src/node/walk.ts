// Turns the paths and globs a user names into the list of files to lint, respecting .gitignore and
// .claimlintignore in every folder from the project root down. Symlink loops and unreadable folders
// become notices; nothing throws.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { DOCS_BASE_URL, makeFinding, type Finding } from '../core/index.js';
import { unreadableKind } from './read-document.js';

export const IGNORE_FILE_NAMES = ['.gitignore', '.claimlintignore'];
/** Folders never walked into (they can still be named explicitly). */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface WalkOptions {
  /** Project root: ignore files are read from here down. */
  root: string;
  /** Base for relative patterns (usually process.cwd()). */
  cwd: string;
  /** Which files a folder or glob expands to. */
  accept: (absPath: string) => boolean;
  /** Extra exclusion (config `ignore` globs, registry files). */
  excluded?: (absPath: string) => boolean;
  /** Walk into folders whose name starts with a dot (default false for copy, true for registry discovery). */
  dotFolders?: boolean;
}

export interface WalkResult {
  files: string[];
  notices: Finding[];
  /** Patterns that matched no file (the CLI reports them as usage errors). */
  unmatched: string[];
  /** Files named explicitly that `excluded` leaves out (a registry file, a config `ignore` glob): the CLI says so. */
  excludedNamed: string[];
}

/** Answers "is this path ignored?" from the ignore files between the root and the path. Cached per folder. */
export class IgnoreRules {
  private readonly byDir = new Map<string, Ignore | null>();

  constructor(readonly root: string) {}

  private rulesIn(dir: string): Ignore | null {
    let rules = this.byDir.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of IGNORE_FILE_NAMES) {
      // A FIFO or device by that name would block or never end.
      if (unreadableKind(path.join(dir, name))) continue;
      let text: string;
      try {
        text = readFileSync(path.join(dir, name), 'utf8');
      } catch {
        continue; // no such file: nothing to ignore here
      }
      rules ??= ignore();
      rules.add(text);
    }
    this.byDir.set(dir, rules);
    return rules;
  }

  /** The folders from the root down to `dir` that have ignore rules, nearest last; worked out once per folder. */
  private readonly chains = new Map<string, ReadonlyArray<{ dir: string; rules: Ignore }>>();
  private chainFor(dir: string): ReadonlyArray<{ dir: string; rules: Ignore }> {
    let chain = this.chains.get(dir);
    if (chain) return chain;
    const parent = path.dirname(dir);
    const above = dir === this.root || parent === dir ? [] : this.chainFor(parent);
    const rules = this.rulesIn(dir);
    chain = rules ? [...above, { dir, rules }] : above;
    this.chains.set(dir, chain);
    return chain;
  }

  isIgnored(absPath: string, isDir: boolean): boolean {
    // Paths from a walk are absolute and normalised; anything else is normalised first.
    const prefix = this.root.endsWith(path.sep) ? this.root : this.root + path.sep;
    const abs = isNormalisedAbsolute(absPath) ? absPath : path.resolve(absPath);
    if (!abs.startsWith(prefix)) return false;
    // Each folder's rules see the path relative to that folder; a nearer folder's verdict wins.
    let ignored = false;
    for (const { dir, rules } of this.chainFor(path.dirname(abs))) {
      const rel = abs.slice(dir.endsWith(path.sep) ? dir.length : dir.length + 1);
      const verdict = rules.test((path.sep === '/' ? rel : rel.split(path.sep).join('/')) + (isDir ? '/' : ''));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
}

/**
 * Is the path absolute and already in path.resolve's form (POSIX; no "." or ".." segments, no doubled
 * or trailing separator)? Such a path needs no path.resolve, whose normalising is the walk's largest cost.
 */
export function isNormalisedAbsolute(p: string): boolean {
  return path.sep === '/' && p.startsWith('/') && !/\/\.{1,2}(?:\/|$)|\/\/|.\/$/.test(p);
}

const isGlob = (p: string) => picomatch.scan(p).isGlob;

/** A glob compiled against the folder it is relative to: the folder to walk from, and a test for a file's absolute path. */
export interface CompiledGlob {
  base: string;
  matches(absPath: string): boolean;
}

/**
 * Compiles a glob as the user wrote it. A relative glob is matched against paths relative to `cwd`,
 * never joined onto it: the folder's own name would become glob syntax ("Site (copy)", "drafts[1]"),
 * match nothing, and move the walk's base up to some parent folder.
 */
export function compileGlob(pattern: string, cwd: string, dot: boolean): CompiledGlob {
  let glob = toPosix(pattern);
  // "$PWD/site/*.md" in a script: the folder part is a path, not a pattern.
  const here = toPosix(cwd).replace(/\/*$/, '/');
  if (glob.startsWith(here)) glob = glob.slice(here.length);
  const absolute = path.isAbsolute(glob);
  const matcher = picomatch(glob, { dot });
  return {
    base: path.resolve(cwd, picomatch.scan(glob).base || (absolute ? '/' : '.')),
    matches: (absPath) => matcher(toPosix(absolute ? absPath : path.relative(cwd, absPath))),
  };
}

export function expandPaths(patterns: string[], options: WalkOptions, ignores = new IgnoreRules(options.root)): WalkResult {
  const notices: Finding[] = [];
  const found = new Set<string>();
  const unmatched: string[] = [];
  const excludedNamed: string[] = [];
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => compileGlob(p.slice(1), options.cwd, true));
  const isNegated = (file: string) => negated.some((glob) => glob.matches(file));

  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    let matched = 0;
    const abs = path.resolve(options.cwd, pattern);
    // A path that exists is taken as written, even with glob characters in its name.
    if (isGlob(pattern) && !existsSync(abs)) {
      const glob = compileGlob(pattern, options.cwd, options.dotFolders ?? false);
      if (!existsSync(glob.base)) {
        unmatched.push(pattern);
        continue;
      }
      walkDir(glob.base, options, ignores, notices, (file) => {
        if (glob.matches(file)) {
          found.add(file);
          matched++;
        }
      });
    } else {
      let stat;
      try {
        stat = statSync(abs);
      } catch {
        unmatched.push(pattern);
        continue;
      }
      // A file named explicitly is linted even when .gitignore'd; registry and config files never are.
      if (stat.isDirectory()) walkDir(abs, options, ignores, notices, (file) => found.add(file));
      else if (options.excluded?.(abs)) excludedNamed.push(pattern);
      else found.add(abs);
      continue;
    }
    if (matched === 0) unmatched.push(pattern);
  }
  const files = [...found].filter((f) => !isNegated(f)).sort();
  return { files, notices, unmatched, excludedNamed };
}

/**
 * The files among `candidates` (absolute paths, such as those a git commit holds) that the globs
 * match, by the rules of a walk on disk: "!" globs exclude, and a file is left out where a walk
 * from the glob's base would not reach it (ignored, or under a folder it does not enter).
 */
export function matchPaths(patterns: string[], candidates: readonly string[], options: Pick<WalkOptions, 'cwd' | 'dotFolders'>, ignores: IgnoreRules): string[] {
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => compileGlob(p.slice(1), options.cwd, true));
  const found = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const glob = compileGlob(pattern, options.cwd, options.dotFolders ?? false);
    const under = glob.base.endsWith(path.sep) ? glob.base : `${glob.base}${path.sep}`;
    for (const file of candidates) {
      if (file.startsWith(under) && glob.matches(file) && !walkPassesBy(glob.base, file, options, ignores)) found.add(file);
    }
  }
  return [...found].filter((f) => !negated.some((glob) => glob.matches(f))).sort();
}

/** Would a walk from `base` pass by `file` (an ignored file, or one under a folder walkDir does not enter)? */
function walkPassesBy(base: string, file: string, options: Pick<WalkOptions, 'dotFolders'>, ignores: IgnoreRules): boolean {
  let dir = base;
  for (const name of path.relative(base, file).split(path.sep).slice(0, -1)) {
    dir = path.join(dir, name);
    if (!walkEnters(dir, options, ignores)) return true;
  }
  return ignores.isIgnored(file, false);
}

/** Does a folder walk enter this subfolder (not node_modules-like, not a dot folder unless asked, not ignored)? */
function walkEnters(dir: string, options: Pick<WalkOptions, 'dotFolders'>, ignores: IgnoreRules): boolean {
  const name = path.basename(dir);
  return !ALWAYS_SKIPPED.has(name) && (options.dotFolders || !name.startsWith('.')) && !ignores.isIgnored(dir, true);
}

/** Every accepted file under `dir`, pruning ignored folders and reporting symlink loops. */
export function walkDir(dir: string, options: WalkOptions, ignores: IgnoreRules, notices: Finding[], onFile: (absPath: string) => void): void {
  const ancestors = new Set<string>();
  const visit = (current: string) => {
    let real: string;
    try {
      real = realpathSync(current);
    } catch (error) {
      notices.push(folderNotice(current, `cannot resolve the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
      return;
    }
    if (ancestors.has(real)) {
      notices.push(makeFinding('document/limit', current, { start: 0, end: 0 }, `Skipped: symbolic link loop (${current} leads back to ${real}).`, { docsBaseUrl: DOCS_BASE_URL }, 'warning'));
      return;
    }
    ancestors.add(real);
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      notices.push(folderNotice(current, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
      ancestors.delete(real);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // current is absolute and normalised: joining by hand spares path.join's normalising per entry.
    const base = current.endsWith(path.sep) ? current : current + path.sep;
    for (const entry of entries) {
      const abs = base + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // dangling link: nothing to lint
        }
      }
      if (isDir) {
        if (!walkEnters(abs, options, ignores)) continue;
        visit(abs);
      } else if (isFile) {
        if (!options.accept(abs) || ignores.isIgnored(abs, false) || options.excluded?.(abs)) continue;
        onFile(abs);
      }
    }
    ancestors.delete(real);
  };
  visit(dir);
}

function folderNotice(dir: string, message: string): Finding {
  return makeFinding('document/parse', dir, { start: 0, end: 0 }, `Skipped folder: ${message}.`, { docsBaseUrl: DOCS_BASE_URL }, 'warning');
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
