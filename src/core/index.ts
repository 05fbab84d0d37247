// Public surface of the engine. Adapters import from here only.
export * from './types.js';
export { RULES, ruleDocsUrl, type RuleInfo } from './rules.js';
export { defaultSettings, severityOf, makeFinding, DOCS_BASE_URL, JURISDICTION_THRESHOLDS } from './settings.js';
export { LineIndex } from './documents/line-index.js';
export { loadRegistry, type RegistryLoadOptions, type RegistryLoadResult } from './registry/load.js';
export { entryLocation } from './registry/entry-location.js';
export { extractDocument } from './documents/extract.js';
export type { TextUnit, ExtractedDocument, Directive } from './documents/text-unit.js';
export { lintDocument } from './lint.js';
export { quotable } from './claims/quote.js';
export { languageOf } from './language.js';
