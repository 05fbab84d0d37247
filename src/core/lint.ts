import type { DocumentLanguage, LintResult, Registry, Settings, SourceFile } from './types.js';

// Placeholder until the claim engine lands.
export function lintDocument(file: SourceFile, _language: DocumentLanguage, _registry: Registry, _settings: Settings): LintResult {
  return { uri: file.uri, findings: [], claims: [] };
}
