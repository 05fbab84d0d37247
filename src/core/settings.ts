import type { Finding, Jurisdiction, ReadingThresholds, RuleId, Settings } from './types.js';
import { RULES, ruleDocsUrl } from './rules.js';
import type { OffsetRange, Severity } from './types.js';

export const DOCS_BASE_URL = 'https://github.com/claimlint/claimlint/blob/main/docs/rules';

/** Reading defaults per jurisdiction (see docs/readings.md for sources). */
export const JURISDICTION_THRESHOLDS: Record<Jurisdiction, ReadingThresholds> = {
  // FTC: "up to" means all or almost all reach it; bounds on durations are kept as a rule.
  US: { boundShare: 0.95, upToShare: 0.9, mostShare: 0.5, tolerance: 0, approxTolerance: 0.1 },
  // ASA/CAP: "up to" and "from" need about 10% of cases; broadband speeds are medians labelled "average".
  UK: { boundShare: 0.95, upToShare: 0.1, mostShare: 0.5, tolerance: 0, approxTolerance: 0.1 },
};

export const DEFAULT_YAML_IGNORE_KEYS = [
  'id', 'ids', 'key', 'slug', 'url', 'href', 'link', 'src', 'image', 'icon', 'path', 'file', 'sku',
  'date', 'layout', 'template', 'type', 'class', 'lang', 'locale', 'tags', 'category', 'color', 'permalink',
];

export function defaultSettings(overrides: Partial<Settings> = {}): Settings {
  const jurisdiction = overrides.jurisdiction ?? 'US';
  return {
    jurisdiction,
    thresholds: { ...JURISDICTION_THRESHOLDS[jurisdiction], ...(overrides.thresholds ?? {}) },
    severities: { ...(overrides.severities ?? {}) },
    reportSupported: overrides.reportSupported ?? false,
    today: overrides.today ?? new Date().toISOString().slice(0, 10),
    locale: overrides.locale ?? 'en',
    yaml: {
      ignoreKeys: overrides.yaml?.ignoreKeys ?? DEFAULT_YAML_IGNORE_KEYS,
      copyKeys: overrides.yaml?.copyKeys,
    },
    requireSuppressionReason: overrides.requireSuppressionReason ?? false,
    docsBaseUrl: overrides.docsBaseUrl ?? DOCS_BASE_URL,
  };
}

/** Effective severity of a rule under the settings ('off' disables it). */
export function severityOf(rule: RuleId, settings: Settings): Severity | 'off' {
  if (rule === 'claim/supported' && settings.reportSupported) return settings.severities[rule] === 'off' ? 'off' : (settings.severities[rule] ?? 'info');
  return settings.severities[rule] ?? RULES[rule].defaultSeverity;
}

/** A finding with the rule's documentation link and no fixes; callers add the rest. */
export function makeFinding(
  rule: RuleId,
  uri: string,
  range: OffsetRange,
  message: string,
  settings: Pick<Settings, 'docsBaseUrl'>,
  severity: Severity = RULES[rule].defaultSeverity === 'off' ? 'info' : (RULES[rule].defaultSeverity as Severity),
): Finding {
  return { ruleId: rule, severity, uri, range, message, docsUrl: ruleDocsUrl(rule, settings.docsBaseUrl), fixes: [], related: [] };
}
