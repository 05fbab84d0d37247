// Editor settings: defaults, then initializationOptions, then the `claimlint` configuration
// section. Values of the wrong type are ignored (a bad setting must not stop linting).
import type { ClientSettings } from './protocol.js';
import type { RuleId, SeveritySetting } from '../core/index.js';
import { RULES } from '../core/index.js';
import type { ConfigSettings } from '../core/config.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeClientSettings(base: ClientSettings, raw: unknown): ClientSettings {
  if (!isRecord(raw)) return base;
  // Accept both `{ settings: {...} }` and the flat shape, and the dotted `claimlint` section.
  const source = isRecord(raw.settings) ? raw.settings : isRecord(raw.claimlint) ? raw.claimlint : raw;
  const out: ClientSettings = { ...base, severity: { ...base.severity } };
  if (typeof source.enable === 'boolean') out.enable = source.enable;
  if (source.run === 'onType' || source.run === 'onSave') out.run = source.run;
  if (typeof source.debounceMs === 'number' && Number.isFinite(source.debounceMs) && source.debounceMs >= 0) out.debounceMs = source.debounceMs;
  if (Array.isArray(source.registry)) out.registry = source.registry.filter((r): r is string => typeof r === 'string');
  else if (typeof source.registry === 'string' && source.registry) out.registry = [source.registry];
  if (isRecord(source.severity)) {
    out.severity = {};
    for (const [rule, level] of Object.entries(source.severity)) if (typeof level === 'string') out.severity[rule] = level;
  }
  if (source.jurisdiction === 'US' || source.jurisdiction === 'UK') out.jurisdiction = source.jurisdiction;
  else if (source.jurisdiction === null || source.jurisdiction === '') out.jurisdiction = undefined;
  if (typeof source.maxFileSizeKB === 'number' && Number.isFinite(source.maxFileSizeKB) && source.maxFileSizeKB > 0) out.maxFileSizeKB = source.maxFileSizeKB;
  return out;
}

export function maxFileChars(settings: ClientSettings): number {
  // The limit is on size; UTF-16 length is a close, cheap stand-in for bytes of typical copy.
  return Math.round(settings.maxFileSizeKB * 1024);
}

const LEVELS = new Set(['error', 'warning', 'info', 'off']);

/** Editor choices that win over the project's config files (passed to Project as overrides). */
export function toConfigOverrides(client: ClientSettings): ConfigSettings {
  const out: ConfigSettings = {};
  if (client.jurisdiction) out.jurisdiction = client.jurisdiction;
  const rules = Object.entries(client.severity).filter(([rule, level]) => rule in RULES && LEVELS.has(level));
  if (rules.length > 0) out.rules = Object.fromEntries(rules) as Partial<Record<RuleId, SeveritySetting>>;
  return out;
}
