// Config files: YAML text -> validated ClaimlintConfig with positioned findings, and the cascade
// of several configs (farthest folder first, nearest last) -> effective Settings for one file.
// Pure: no file system; adapters find the files and hand their text in.
import type { ErrorObject } from 'ajv';
import picomatch from 'picomatch/posix.js';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { yamlProblem } from './registry/yaml-source.js';
// Precompiled from schemas/config.schema.json by ajv's standalone mode (npm run gen:schema), so no
// process loads ajv's compiler to read a config.
import { validate as validateConfigSchema } from './config-validator.generated.js';
import { defaultSettings, DOCS_BASE_URL, makeFinding } from './settings.js';
import type { Finding, Jurisdiction, OffsetRange, ReadingThresholds, RuleId, Settings, SeveritySetting, SourceFile } from './types.js';

/** Settings a config file (or one of its `overrides`) may set. */
export interface ConfigSettings {
  jurisdiction?: Jurisdiction;
  thresholds?: Partial<ReadingThresholds>;
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  reportSupported?: boolean;
  locale?: string;
  yaml?: { ignoreKeys?: string[]; copyKeys?: string[] };
  requireSuppressionReason?: boolean;
  /** Files larger than this (bytes) are skipped with a document/limit notice. */
  maxFileSize?: number;
}

export interface ConfigOverride extends ConfigSettings {
  files: string[];
}

export interface ClaimlintConfig extends ConfigSettings {
  /** Stop the cascade: configs in parent folders are not read. */
  root?: boolean;
  /** Registry globs relative to the config file's folder. */
  registry?: string[];
  /** Globs (relative to the config file's folder) of files never linted. */
  ignore?: string[];
  overrides?: ConfigOverride[];
}

/** A parsed config and the folder it governs ('/'-separated, no trailing slash). */
export interface LocatedConfig {
  dir: string;
  uri: string;
  config: ClaimlintConfig;
}

export const CONFIG_FILE_NAMES = ['claimlint.config.yaml', '.claimlint.yaml', '.claimlintrc.yaml'] as const;
export const DEFAULT_REGISTRY_GLOBS = ['**/*.registry.yaml', '**/*.registry.yml', '**/claims-registry.yaml'];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

const CONFIG_RULE: RuleId = 'config/invalid';
// Alias bombs ("billion laughs") expand exponentially; real configs need a handful of aliases.
const MAX_ALIAS_COUNT = 100;

function validate(value: unknown): ErrorObject[] {
  return validateConfigSchema(value) ? [] : (validateConfigSchema.errors ?? []);
}

export function parseConfig(file: SourceFile): { config: ClaimlintConfig; findings: Finding[] } {
  const findings: Finding[] = [];
  const problem = (range: OffsetRange, message: string) =>
    findings.push(makeFinding(CONFIG_RULE, file.uri, range, `Config: ${message}`, { docsBaseUrl: DOCS_BASE_URL }, 'error'));

  const doc = parseDocument(file.text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  for (const error of doc.errors) {
    const { range, message } = yamlProblem(doc, error);
    problem(range, message);
  }
  if (doc.errors.length > 0) return { config: {}, findings };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problem({ start: 0, end: Math.min(file.text.length, 1) }, error instanceof Error ? error.message : String(error));
    return { config: {}, findings };
  }
  if (value === null || value === undefined) return { config: {}, findings }; // an empty file is a valid, empty config
  const errors = validate(value);
  const badTopKeys = new Set<string>();
  for (const error of dedupeErrors(errors)) {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    const key = (error.params as { additionalProperty?: string; propertyName?: string }).additionalProperty ?? (error.params as { propertyName?: string }).propertyName;
    const range = rangeOf(doc.contents as YamlNode | null, key === undefined ? path : [...path, key], key !== undefined, file.text.length);
    problem(range, describeError(error, path, key, valueAt(value, path)));
    badTopKeys.add(path[0] ?? key ?? '');
  }
  if (typeof value !== 'object' || Array.isArray(value)) return { config: {}, findings };
  // Keep what is valid so an editor can still use the rest; adapters treat any finding as fatal in CI.
  const raw = { ...(value as Record<string, unknown>) };
  for (const key of badTopKeys) delete raw[key];
  const config = normalise(raw);
  // Globs become regular expressions: refuse the shapes that backtrack catastrophically.
  const checkGlobs = (globList: string[] | undefined, path: string[], isList: boolean) => {
    (globList ?? []).forEach((glob, i) => {
      const problemText = globProblem(glob);
      if (problemText) problem(rangeOf(doc.contents as YamlNode | null, isList ? [...path, String(i)] : path, false, file.text.length), problemText);
    });
  };
  checkGlobs(config.registry, ['registry'], Array.isArray(raw.registry));
  checkGlobs(config.ignore, ['ignore'], Array.isArray(raw.ignore));
  (config.overrides ?? []).forEach((o, k) => {
    const files = (raw.overrides as Array<Record<string, unknown>>)[k]?.files;
    checkGlobs(o.files, ['overrides', String(k), 'files'], Array.isArray(files));
  });
  return { config, findings };
}

/**
 * Most "*" wildcards one path segment of a config glob may hold. picomatch compiles each to a
 * lazy `[^/]*?`, and k of them backtrack O(nᵏ) on a name that nearly matches: on a 250-character
 * name 3 take a fraction of a second, 4 take ~10 s, 16 take minutes on 30 characters. Repeating
 * extglobs ("+(a|aa)", "*(…)") compile to nested quantifiers that backtrack exponentially.
 */
export const MAX_GLOB_STARS_PER_SEGMENT = 3;

/** Why a glob is refused, or undefined when it is safe to compile. */
export function globProblem(glob: string): string | undefined {
  const shown = glob.length > 60 ? `${glob.slice(0, 60)}…` : glob;
  if (/[+*]\(/.test(glob)) return `glob "${shown}" uses a repeating extglob ("+(…)" or "*(…)"), which can take minutes to match; it is ignored — list the alternatives with {a,b} instead`;
  for (const segment of glob.split('/')) {
    if (segment === '**') continue;
    const stars = (segment.match(/\*+/g) ?? []).length;
    if (stars > MAX_GLOB_STARS_PER_SEGMENT) {
      return `glob "${shown}" has ${stars} "*" wildcards in one path segment (at most ${MAX_GLOB_STARS_PER_SEGMENT}); matching it could take minutes, so it is ignored — simplify it`;
    }
  }
  return undefined;
}

// `oneOf` failures produce one error per branch plus the oneOf itself; report the most useful.
function dedupeErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    const k = `${error.instancePath}|${(error.params as { additionalProperty?: string }).additionalProperty ?? ''}|${(error.params as { propertyName?: string }).propertyName ?? ''}`;
    const seen = byPath.get(k);
    if (!seen || seen.keyword === 'oneOf' || seen.keyword === 'type') byPath.set(k, error);
  }
  return [...byPath.values()];
}

function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), value);
}

function describeError(error: ErrorObject, path: string[], key: string | undefined, value: unknown): string {
  const where = path.length > 0 ? `"${path.join('.')}"` : 'the config';
  // YAML's .nan is a number to the schema, and fails its bounds: say what is wrong with it.
  if (Number.isNaN(value)) return `${where} must be a number, not .nan`;
  if (error.keyword === 'additionalProperties' && path[path.length - 1] === 'rules') return `unknown rule "${key}" in ${where}`;
  if (error.keyword === 'additionalProperties') return `unknown key "${key}" in ${where}`;
  if (error.keyword === 'enum') return `${where} must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'oneOf') return `${where} must be a glob or a list of globs`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Source range of the value (or, with `wantKey`, the key) at a path; the nearest existing node otherwise. */
function rangeOf(root: YamlNode | null, path: string[], wantKey: boolean, textLength: number): OffsetRange {
  let node: unknown = root;
  let keyNode: unknown;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
    } else break;
  }
  const target = (wantKey && keyNode ? keyNode : node) as { range?: [number, number, number] } | null;
  if (target?.range) return { start: target.range[0], end: target.range[1] };
  return { start: 0, end: Math.min(1, textLength) };
}

function globs(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function normaliseSettings(raw: Record<string, unknown>): ConfigSettings {
  const out: ConfigSettings = {};
  if (raw.jurisdiction !== undefined) out.jurisdiction = raw.jurisdiction as Jurisdiction;
  if (raw.thresholds !== undefined) out.thresholds = { ...(raw.thresholds as Partial<ReadingThresholds>) };
  if (raw.rules !== undefined) out.rules = { ...(raw.rules as Partial<Record<RuleId, SeveritySetting>>) };
  if (raw.reportSupported !== undefined) out.reportSupported = raw.reportSupported as boolean;
  if (raw.locale !== undefined) out.locale = raw.locale as string;
  if (raw.yaml !== undefined) out.yaml = { ...(raw.yaml as ConfigSettings['yaml']) };
  if (raw.requireSuppressionReason !== undefined) out.requireSuppressionReason = raw.requireSuppressionReason as boolean;
  if (raw.maxFileSize !== undefined) out.maxFileSize = raw.maxFileSize as number;
  return out;
}

function normalise(raw: Record<string, unknown>): ClaimlintConfig {
  const config: ClaimlintConfig = normaliseSettings(raw);
  if (raw.root !== undefined) config.root = raw.root as boolean;
  if (raw.registry !== undefined) config.registry = globs(raw.registry);
  if (raw.ignore !== undefined) config.ignore = globs(raw.ignore);
  if (Array.isArray(raw.overrides)) {
    config.overrides = raw.overrides.map((o: Record<string, unknown>) => ({ ...normaliseSettings(o), files: globs(o.files) ?? [] }));
  }
  return config;
}

/** Later settings win key by key; nested maps (thresholds, rules, yaml) merge. */
export function mergeSettings(base: ConfigSettings, over: ConfigSettings): ConfigSettings {
  const out: ConfigSettings = { ...base };
  for (const [key, value] of Object.entries(over) as Array<[keyof ConfigSettings, unknown]>) {
    if (value === undefined || (key as string) === 'files') continue;
    if (key === 'thresholds' || key === 'rules' || key === 'yaml') {
      (out as Record<string, unknown>)[key] = { ...((base[key] as object | undefined) ?? {}), ...(value as object) };
    } else (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const matcherCache = new Map<string, (path: string) => boolean>();
/** Does a '/'-separated path relative to a config folder match a glob? Slash-free globs match the base name anywhere, as in .gitignore. */
export function matchesGlob(relativePath: string, glob: string): boolean {
  let matcher = matcherCache.get(glob);
  if (!matcher && globProblem(glob)) {
    matcher = () => false; // reported where the glob is written (parseConfig); never compiled
    matcherCache.set(glob, matcher);
  }
  if (!matcher) {
    const pattern = glob.startsWith('./') ? glob.slice(2) : glob;
    const compiled = picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
    matcher = (path: string) => compiled(path);
    matcherCache.set(glob, matcher);
  }
  return matcher(relativePath);
}

/** Path of `file` relative to `dir` ('/'-separated), or undefined when the file is outside it. */
export function relativeTo(dir: string, file: string): string | undefined {
  const d = toSlashes(dir).replace(/\/+$/, '');
  const f = toSlashes(file);
  if (d === '' || d === '.') return f;
  return f.startsWith(`${d}/`) ? f.slice(d.length + 1) : undefined;
}

/**
 * Path of `file` from a config's folder, '/'-separated, as its globs are matched: with `../` steps
 * where the file lies outside that folder (a `--config` file elsewhere governs every file linted).
 */
export function pathFromConfigDir(dir: string, file: string): string {
  const from = toSlashes(dir).replace(/\/+$/, '');
  if (from === '' || from === '.') return toSlashes(file);
  const inside = relativeTo(from, file);
  if (inside !== undefined) return inside;
  const d = from.split('/');
  const f = toSlashes(file).split('/');
  let common = 0;
  while (common < d.length && common < f.length - 1 && d[common] === f[common]) common++;
  return [...d.slice(common).map(() => '..'), ...f.slice(common)].join('/');
}

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

/** The config settings that apply to one file: each config from farthest to nearest, each followed by its matching overrides. */
export function effectiveConfigSettings(configs: LocatedConfig[], filePath: string): ConfigSettings {
  let merged: ConfigSettings = {};
  for (const { dir, config } of configs) {
    merged = mergeSettings(merged, config);
    const rel = pathFromConfigDir(dir, filePath);
    for (const override of config.overrides ?? []) {
      if (override.files.some((g) => matchesGlob(rel, g))) merged = mergeSettings(merged, override);
    }
  }
  return merged;
}

/** Settings for linting one file under a cascade of configs (farthest first); `extra` (e.g. CLI flags) wins over all. */
export function resolveSettings(configs: LocatedConfig[], filePath: string, today: string, extra: ConfigSettings = {}): Settings {
  return settingsOf(mergeSettings(effectiveConfigSettings(configs, filePath), extra), today);
}

/** The engine's Settings for config settings already merged for a file. */
export function settingsOf(s: ConfigSettings, today: string): Settings {
  return defaultSettings({
    jurisdiction: s.jurisdiction,
    thresholds: s.thresholds as ReadingThresholds | undefined,
    severities: s.rules,
    reportSupported: s.reportSupported,
    today,
    locale: s.locale,
    yaml: s.yaml ? { ignoreKeys: s.yaml.ignoreKeys as string[], copyKeys: s.yaml.copyKeys } : undefined,
    requireSuppressionReason: s.requireSuppressionReason,
  });
}
