// A project on disk as the engine sees it: for any file, the configs that govern it, its effective
// Settings and its Registry (loaded through core, cached by file signatures), plus file discovery.
// Shared by the CLI and the language server: no printing, no process.exit.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  CONFIG_FILE_NAMES, DEFAULT_MAX_FILE_SIZE, DEFAULT_REGISTRY_GLOBS, effectiveConfigSettings, matchesGlob, mergeSettings,
  parseConfig, pathFromConfigDir, relativeTo, settingsOf, type ConfigSettings, type LocatedConfig,
} from '../core/config.js';
import { DOCS_BASE_URL, languageOf, LineIndex, loadRegistry, makeFinding, ruleDocsUrl, type Finding, type Registry, type Settings, type SourceFile } from '../core/index.js';
import { decodeText, readSourceFile, unreadableKind, type ReadResult } from './read-document.js';
import { compileGlob, expandPaths, IgnoreRules, isNormalisedAbsolute, matchPaths, toPosix, type WalkResult } from './walk.js';

export interface ProjectOptions {
  /** Project root: config discovery stops here; ignore files are read from here down. */
  root: string;
  /** Base for relative paths and globs; defaults to the root. */
  cwd?: string;
  /** Use only this config file (no cascade). */
  configFile?: string;
  /** Registry files or globs (relative to cwd) that replace whatever the configs name. */
  registry?: string[];
  /** Settings that win over every config (command-line flags). */
  overrides?: ConfigSettings;
  /** Today's date (YYYY-MM-DD); the clock by default. */
  today?: string;
  /**
   * A one-shot run (the CLI): each folder's registry is read once and kept for the whole run, so
   * every file is checked against the same registry and no file costs a round of stat calls. The
   * language server leaves this off: it re-checks registry files' size and time on each question.
   */
  readOnce?: boolean;
}

export interface RegistryState {
  registry: Registry;
  /** Positioned registry problems (syntax, schema, units, duplicates, expiry). */
  findings: Finding[];
  files: string[];
  /** Hash of the registry files' names and contents, for result caches. */
  hash: string;
  /** False when no registry file was found: every claim is then unsubstantiated. */
  found: boolean;
  /** Where the registry came from, for messages ("claimlint.config.yaml", "--registry", "default globs"). */
  origin: string;
  /** The globs or paths that were searched. */
  globs: string[];
}

interface RegistrySource {
  baseDir: string;
  globs: string[];
  origin: string;
  /** The config file that names the globs: untrusted repository content, confined to the project. */
  configUri?: string;
}

/**
 * Where config files come from when not from the disk as it is now (claimlint impact reads them at a
 * git commit): a file's bytes, 'absent' (no such config there), or 'on-disk' (read it from the disk).
 */
export type ConfigFileSource = (file: string) => Buffer | 'absent' | 'on-disk';

const REGISTRY_NAME = /(\.registry\.ya?ml|(^|[\\/])claims-registry\.yaml)$/i;
const MAX_REGISTRY_FILE_SIZE = 32 * 1024 * 1024;

export class Project {
  readonly root: string;
  readonly cwd: string;
  readonly today: string;
  private readonly configByDir = new Map<string, LocatedConfig | null>();
  private readonly configsByDir = new Map<string, LocatedConfig[]>();
  private readonly registryFileSetByDir = new Map<string, Set<string>>();
  private readonly configProblems = new Map<string, Finding[]>();
  private readonly registryFilesBySource = new Map<string, string[]>();
  /** registryFilesAmong's answers, for each list of candidates and registry source. */
  private registryFilesByCandidates = new WeakMap<readonly string[], Map<string, string[]>>();
  private readonly registryBySignature = new Map<string, RegistryState>();
  /** With readOnce: the registry of each folder's files. */
  private readonly registryByDir = new Map<string, RegistryState>();
  /** Effective settings of each folder's files, where no config on the way has per-glob overrides. */
  private readonly settingsByDir = new Map<string, { config: ConfigSettings; settings?: Settings }>();
  /** The --config file, read once. */
  private explicitConfig: LocatedConfig | null | undefined;
  /** Each registry file's text as last loaded, replaced by its line index once asked for. */
  private readonly registryTexts = new Map<string, string | LineIndex>();
  private ignores: IgnoreRules;

  constructor(private readonly options: ProjectOptions, private readonly configSource?: ConfigFileSource) {
    this.root = path.resolve(options.root);
    this.cwd = path.resolve(options.cwd ?? options.root);
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    this.ignores = new IgnoreRules(this.root);
  }

  /** The same project with its config files read through `source` (the configs as a git commit had them). */
  withConfigSource(source: ConfigFileSource): Project {
    return new Project(this.options, source);
  }

  /** Forget everything read from disk (the language server calls this when files change). */
  invalidate(): void {
    this.configByDir.clear();
    this.configsByDir.clear();
    this.registryFileSetByDir.clear();
    this.configProblems.clear();
    this.registryFilesBySource.clear();
    this.registryFilesByCandidates = new WeakMap();
    this.registryBySignature.clear();
    this.registryByDir.clear();
    this.settingsByDir.clear();
    this.registryTexts.clear();
    this.explicitConfig = undefined;
    this.ignores = new IgnoreRules(this.root);
  }

  /** Problems in every config file read so far. */
  get configFindings(): Finding[] {
    return [...this.configProblems.values()].flat();
  }

  /**
   * A file's absolute path. The walk hands every file over absolute and normalised, and each is
   * asked about several times (config, settings, registry, ignore globs): those are taken as they are.
   */
  private resolve(filePath: string): string {
    return isNormalisedAbsolute(filePath) ? filePath : path.resolve(this.cwd, filePath);
  }

  /** The configs that govern a file, farthest folder first, nearest last (shared: do not change). */
  configsFor(filePath: string): readonly LocatedConfig[] {
    if (this.options.configFile) {
      if (this.explicitConfig === undefined) this.explicitConfig = this.readConfig(path.resolve(this.cwd, this.options.configFile), true);
      return this.explicitConfig ? [this.explicitConfig] : [];
    }
    const start = path.dirname(this.resolve(filePath));
    let chain = this.configsByDir.get(start);
    if (!chain) this.configsByDir.set(start, (chain = this.configChain(start)));
    return chain;
  }

  private configChain(start: string): LocatedConfig[] {
    const chain: LocatedConfig[] = [];
    let dir = start;
    const underRoot = relativeTo(this.root, dir) !== undefined || dir === this.root;
    for (;;) {
      const located = this.configIn(dir);
      if (located) {
        chain.unshift(located);
        if (located.config.root) break;
      }
      if (underRoot && dir === this.root) break;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return chain;
  }

  private configIn(dir: string): LocatedConfig | null {
    const cached = this.configByDir.get(dir);
    if (cached !== undefined) return cached;
    let located: LocatedConfig | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      located = this.readConfig(path.join(dir, name), false);
      if (located) break;
    }
    this.configByDir.set(dir, located);
    return located;
  }

  private readConfig(file: string, required: boolean): LocatedConfig | null {
    const source = this.configSource?.(file) ?? 'on-disk';
    // A --config file the source does not have is read from the disk: the command line names it.
    if (source === 'absent' && !required) return null;
    if (source instanceof Buffer) return this.parseConfigBytes(file, source);
    const kind = unreadableKind(file, { pipeAllowed: required });
    if (kind) {
      this.configProblems.set(file, [makeFinding('config/invalid', file, { start: 0, end: 0 }, `Config: cannot read the file (it is ${kind}, not a regular file).`, { docsBaseUrl: DOCS_BASE_URL }, 'error')]);
      return null;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!required && (code === 'ENOENT' || code === 'ENOTDIR')) return null;
      this.configProblems.set(file, [makeFinding('config/invalid', file, { start: 0, end: 0 }, `Config: cannot read the file (${code ?? 'error'}).`, { docsBaseUrl: DOCS_BASE_URL }, 'error')]);
      return null;
    }
    return this.parseConfigBytes(file, bytes);
  }

  private parseConfigBytes(file: string, bytes: Buffer): LocatedConfig | null {
    const decoded = decodeText(bytes);
    if (decoded.text === undefined) {
      const at = decoded.problemOffset ?? 0;
      this.configProblems.set(file, [makeFinding('config/invalid', file, { start: at, end: at }, `Config: ${decoded.problem}.`, { docsBaseUrl: DOCS_BASE_URL }, 'error')]);
      return null;
    }
    const { config, findings } = parseConfig({ uri: file, text: decoded.text });
    this.configProblems.set(file, findings);
    return { dir: path.dirname(file), uri: file, config };
  }

  configSettingsFor(filePath: string): ConfigSettings {
    return this.folderSettings(this.resolve(filePath)).config;
  }

  settingsFor(filePath: string): Settings {
    const folder = this.folderSettings(this.resolve(filePath));
    folder.settings ??= settingsOf(folder.config, this.today);
    return folder.settings;
  }

  /**
   * A file's config settings, shared by the files of its folder unless a config on the way has
   * per-glob overrides (then they depend on the file's name and are worked out for each file).
   * Callers must not change the objects returned.
   */
  private folderSettings(abs: string): { config: ConfigSettings; settings?: Settings } {
    const dir = path.dirname(abs);
    const cached = this.settingsByDir.get(dir);
    if (cached) return cached;
    const configs = this.configsFor(abs).map(posixDir);
    const config = mergeSettings(effectiveConfigSettings(configs, toPosix(abs)), this.options.overrides ?? {});
    const entry = { config };
    if (!configs.some((c) => c.config.overrides?.length)) this.settingsByDir.set(dir, entry);
    return entry;
  }

  maxFileSizeFor(filePath: string): number {
    return this.configSettingsFor(filePath).maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }

  /** Is the file excluded by a `.gitignore` or `.claimlintignore` between the project root and it (as a folder walk would skip it)? */
  isIgnoredByIgnoreFiles(filePath: string): boolean {
    return this.ignores.isIgnored(this.resolve(filePath), false);
  }

  /** Is the file excluded by an `ignore` glob of a config that governs it? */
  isIgnoredByConfig(filePath: string): boolean {
    const abs = this.resolve(filePath);
    return this.configsFor(abs).some(({ dir, config }) => {
      if (!config.ignore?.length) return false; // most configs ignore nothing: no path to work out
      const rel = pathFromConfigDir(toPosix(dir), toPosix(abs));
      return config.ignore.some((g) => matchesGlob(rel, g));
    });
  }

  private registrySourceFor(filePath: string): RegistrySource {
    if (this.options.registry?.length) return { baseDir: this.cwd, globs: this.options.registry, origin: '--registry' };
    const configs = this.configsFor(filePath);
    for (let i = configs.length - 1; i >= 0; i--) {
      const { config, dir, uri } = configs[i];
      if (config.registry) return { baseDir: dir, globs: config.registry, origin: path.relative(this.cwd, uri) || uri, configUri: uri };
    }
    return { baseDir: this.root, globs: DEFAULT_REGISTRY_GLOBS, origin: 'default registry globs' };
  }

  /**
   * The registry files a source names: found on disk, or with `among` (the files a git commit holds)
   * picked from that list by the same globs and bounds, reading nothing but ignore files.
   */
  private registryFiles(source: RegistrySource, among?: readonly string[]): string[] {
    const key = JSON.stringify(source);
    let files = among ? undefined : this.registryFilesBySource.get(key);
    if (files) return files;
    files = [];
    // A config file is repository content: its registry paths may leave the config's folder
    // ("../data/*.yaml") but not the project, so a hostile config cannot read or walk the machine.
    const boundary = source.configUri === undefined ? undefined : insideOrSelf(this.root, path.dirname(source.configUri)) ? this.root : path.dirname(source.configUri);
    const refused = new Set<string>();
    // Symbolic links on disk may lead out of the project; a commit's paths are only compared.
    const realBoundary = boundary === undefined || among ? undefined : realPathOr(boundary);
    const allowed = (glob: string, abs: string) => {
      if (boundary === undefined || insideOrSelf(boundary, abs) || (realBoundary !== undefined && insideOrSelf(realBoundary, realPathOr(abs)))) return true;
      refused.add(glob);
      return false;
    };
    const literal = source.globs.filter((g) => !/[*?[\]{}!]/.test(g));
    const patterns = source.globs.filter((g) => /[*?[\]{}!]/.test(g) && allowed(g, compileGlob(g, source.baseDir, true).base));
    const held = among && new Set(among);
    for (const g of literal) {
      const file = path.resolve(source.baseDir, g);
      // A symbolic link inside the project may still point out of it.
      const linksOut = realBoundary !== undefined && !insideOrSelf(realBoundary, realPathOr(file));
      if (linksOut) refused.add(g);
      // Named files are loaded even if missing (the loader reports that); a commit without one did not have it.
      else if (allowed(g, file) && (!held || held.has(file))) files.push(file);
    }
    if (patterns.length > 0 && among) files.push(...matchPaths(patterns, among, { cwd: source.baseDir, dotFolders: true }, this.ignores));
    else if (patterns.length > 0) {
      // Globs may reach outside the config's folder ("../data/*.yaml"): each is walked from its own base.
      const found = expandPaths(patterns, { root: this.root, cwd: source.baseDir, dotFolders: true, accept: () => true }, this.ignores);
      // A symbolic link inside the project may still point out of it.
      files.push(...found.files.filter((f) => realBoundary === undefined || insideOrSelf(realBoundary, realPathOr(f))));
    }
    files = [...new Set(files)].sort();
    if (among) return files;
    if (refused.size > 0 && source.configUri) this.refuseRegistryGlobs(source.configUri, [...refused], boundary!);
    this.registryFilesBySource.set(key, files);
    return files;
  }

  /**
   * The registry files that a file's configs (or --registry) name among `candidates`, the files of
   * a git commit for claimlint impact: the registry as that commit had it, by the globs of this
   * project's configs (impact asks a project that reads the configs at the commit).
   */
  registryFilesAmong(filePath: string, candidates: readonly string[]): string[] {
    const source = this.registrySourceFor(this.resolve(filePath));
    let bySource = this.registryFilesByCandidates.get(candidates);
    if (!bySource) this.registryFilesByCandidates.set(candidates, (bySource = new Map()));
    const key = JSON.stringify(source);
    let files = bySource.get(key);
    if (!files) bySource.set(key, (files = this.registryFiles(source, candidates)));
    return files;
  }

  /** The registry files a file's configs (or --registry) name on disk, without reading them. */
  registryFilesOnDisk(filePath: string): string[] {
    return this.registryFiles(this.registrySourceFor(this.resolve(filePath)));
  }

  /** Config errors for registry paths that lead out of the project, at the path in the config. */
  private refuseRegistryGlobs(configUri: string, globs: string[], boundary: string): void {
    let text = '';
    try {
      text = readFileSync(configUri, 'utf8');
    } catch {
      // reported by the config reader
    }
    const findings = globs.map((glob) => {
      const at = Math.max(0, text.indexOf(glob));
      return makeFinding('config/invalid', configUri, { start: at, end: at + (text.indexOf(glob) >= 0 ? glob.length : 0) },
        `Config: registry path "${glob}" leads outside the project (${boundary}); it is not read.`, { docsBaseUrl: DOCS_BASE_URL }, 'error');
    });
    this.configProblems.set(configUri, [...(this.configProblems.get(configUri) ?? []), ...findings]);
  }

  /** The registry for a file, reloaded only when a registry file's size or mtime changed. */
  registryFor(filePath: string): RegistryState {
    const abs = this.resolve(filePath);
    if (this.options.readOnce) {
      const dir = path.dirname(abs);
      let state = this.registryByDir.get(dir);
      if (!state) this.registryByDir.set(dir, (state = this.registryOnDisk(abs)));
      return state;
    }
    return this.registryOnDisk(abs);
  }

  private registryOnDisk(abs: string): RegistryState {
    const source = this.registrySourceFor(abs);
    const files = this.registryFiles(source);
    const signature = files.map((f) => {
      try {
        const s = statSync(f);
        return `${f}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${f}:missing`;
      }
    }).join('|');
    const cached = this.registryBySignature.get(signature);
    if (cached) return cached;
    const state = { ...this.loadRegistryFiles(files, source.origin), globs: source.globs };
    this.registryBySignature.set(signature, state);
    return state;
  }

  /** A registry file's text as the registry reads it (size limit, decoding); undefined when it cannot be read. */
  readRegistryFile(file: string): SourceFile | undefined {
    return readSourceFile(file, MAX_REGISTRY_FILE_SIZE).file;
  }

  /** Loads registry files into a Registry; unreadable files become positioned registry/syntax findings. */
  loadRegistryFiles(files: string[], origin: string): Omit<RegistryState, 'globs'> {
    const sources: SourceFile[] = [];
    const findings: Finding[] = [];
    const hash = createHash('sha256');
    for (const file of files) {
      const read = readSourceFile(file, MAX_REGISTRY_FILE_SIZE);
      if (!read.file) {
        for (const f of read.findings) findings.push({ ...f, ruleId: 'registry/syntax', severity: 'error', docsUrl: ruleDocsUrl('registry/syntax', DOCS_BASE_URL), message: f.message.replace(/^Skipped: /, 'Registry file unusable: ') });
        continue;
      }
      hash.update(file).update('\0').update(read.file.text).update('\0');
      sources.push(read.file);
      this.registryTexts.set(file, read.file.text);
    }
    const loaded = loadRegistry(sources, { today: this.today, docsBaseUrl: DOCS_BASE_URL });
    return { registry: loaded.registry, findings: [...findings, ...loaded.findings], files, hash: hash.digest('hex'), found: files.length > 0, origin };
  }

  /** Lines of a registry file as last loaded, to position locations in it (a verdict's registry entry). */
  registryLines(file: string): LineIndex | undefined {
    const held = this.registryTexts.get(file);
    if (held === undefined || held instanceof LineIndex) return held;
    const lines = new LineIndex(held);
    this.registryTexts.set(file, lines);
    return lines;
  }

  /** Is this file a registry file (never linted as copy) or a config file? */
  isRegistryOrConfigFile(filePath: string): boolean {
    const abs = this.resolve(filePath);
    if ((CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(abs))) return true;
    if (REGISTRY_NAME.test(abs)) return true;
    const dir = path.dirname(abs);
    let files = this.registryFileSetByDir.get(dir);
    if (!files) this.registryFileSetByDir.set(dir, (files = new Set(this.registryFiles(this.registrySourceFor(abs)))));
    return files.has(abs);
  }

  /** Files to lint for the given paths and globs (folders expand to Markdown and YAML files). */
  listFiles(patterns: string[]): WalkResult {
    return expandPaths(patterns, {
      root: this.root,
      cwd: this.cwd,
      accept: (abs) => languageOf(abs) !== undefined,
      excluded: (abs) => this.isRegistryOrConfigFile(abs) || this.isIgnoredByConfig(abs),
    }, this.ignores);
  }

  /** Reads a copy file with its size limit; problems come back as findings. */
  readDocument(filePath: string): ReadResult {
    const abs = this.resolve(filePath);
    return readSourceFile(abs, this.maxFileSizeFor(abs));
  }
}

/**
 * The nearest config file in a folder above `root` (which config discovery does not pass): for
 * the hint when a run from a project's subfolder finds no registry.
 */
export function configAbove(root: string): string | undefined {
  for (let dir = path.dirname(path.resolve(root)); ; dir = path.dirname(dir)) {
    const file = configFileIn(dir);
    if (file) return file;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The config file a folder has, under any of its names (in the order discovery tries them), without reading it. */
export function configFileIn(dir: string): string | undefined {
  const name = CONFIG_FILE_NAMES.find((n) => existsSync(path.join(dir, n)));
  return name && path.join(dir, name);
}

/** Is `p` the folder `dir` or inside it? */
function insideOrSelf(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of a file (symbolic links resolved), or the path itself when it does not exist. */
function realPathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function posixDir(located: LocatedConfig): LocatedConfig {
  return { ...located, dir: toPosix(located.dir) };
}
