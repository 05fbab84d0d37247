// Reads the `claimlint` configuration section into the settings shape the server expects.
import * as vscode from 'vscode';
import { DEFAULT_CLIENT_SETTINGS, type ClientSettings } from '../server/protocol.js';

export const SECTION = 'claimlint';

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

export function readClientSettings(scope?: vscode.ConfigurationScope): ClientSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const d = DEFAULT_CLIENT_SETTINGS;
  const run = config.get<string>('run');
  const jurisdiction = config.get<string>('jurisdiction');
  const debounceMs = config.get<number>('debounceMs');
  const maxFileSizeKB = config.get<number>('maxFileSizeKB');
  const registry = config.get<unknown>('registry');
  const severity = config.get<unknown>('severity');
  return {
    enable: config.get<boolean>('enable', d.enable),
    run: run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: typeof debounceMs === 'number' && debounceMs >= 0 ? debounceMs : d.debounceMs,
    registry: Array.isArray(registry) ? registry.filter((g): g is string => typeof g === 'string') : d.registry,
    // Drop values the server would reject rather than send them on.
    severity:
      severity && typeof severity === 'object'
        ? Object.fromEntries(Object.entries(severity).filter(([, v]) => typeof v === 'string' && SEVERITIES.has(v)))
        : d.severity,
    // "project" leaves the choice to the project's config file.
    jurisdiction: jurisdiction === 'US' || jurisdiction === 'UK' ? jurisdiction : undefined,
    maxFileSizeKB: typeof maxFileSizeKB === 'number' && maxFileSizeKB > 0 ? maxFileSizeKB : d.maxFileSizeKB,
  };
}
