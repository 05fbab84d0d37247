import type { Finding, Registry, SourceFile } from '../types.js';

export interface RegistryLoadOptions {
  today: string;
  docsBaseUrl: string;
}

export interface RegistryLoadResult {
  registry: Registry;
  findings: Finding[];
}

// Placeholder until the registry loader lands: an empty registry.
export function loadRegistry(files: SourceFile[], _options: RegistryLoadOptions): RegistryLoadResult {
  return { registry: { entries: [], byId: new Map(), files: files.map((f) => f.uri) }, findings: [] };
}
