// The registry as the server serves it: loaded through core `loadRegistry`, with the last good
// version of each registry file kept so that a half-typed or malformed file never empties the
// index. Diagnostics always describe the current text; the index may come from older text.
import { loadRegistry, type Finding, type Registry, type SourceFile } from '../core/index.js';
import { textLines, type PositionMapper } from './positions.js';

export interface RegistryState {
  registry: Registry;
  /** Findings about the current registry texts, by file. */
  findings: Finding[];
  /** True when at least one file is served from its last good text. */
  staleIndex: boolean;
  /** Files served from their last good text. */
  staleFiles: string[];
  errors: number;
  /** Bumped on every load; results computed against an older generation are outdated. */
  generation: number;
}

// Findings that mean the file's entries cannot be trusted as loaded (text is mid-edit or broken).
const BREAKING_RULES = new Set(['registry/syntax', 'registry/schema']);

export class RegistryIndex {
  /**
   * Last text of each registry file that loaded without breaking errors. Shared between indexes
   * so that rebuilding them (settings or file list changed) keeps what was last good.
   */
  constructor(private readonly lastGood = new Map<string, string>()) {}

  private currentTexts = new Map<string, string>();
  private indexTexts = new Map<string, string>();
  private mapperCache = new Map<string, { text: string; mapper: PositionMapper }>();
  private generationCounter = 0;
  state: RegistryState = { registry: { entries: [], byId: new Map(), files: [] }, findings: [], staleIndex: false, staleFiles: [], errors: 0, generation: 0 };

  load(files: SourceFile[], options: { today: string; docsBaseUrl: string }): RegistryState {
    const first = loadRegistry(files, options);
    const broken = new Set(first.findings.filter((f) => f.severity === 'error' && BREAKING_RULES.has(f.ruleId)).map((f) => f.uri));

    const staleFiles: string[] = [];
    const indexFiles = files.map((file) => {
      if (!broken.has(file.uri)) {
        this.lastGood.set(file.uri, file.text);
        return file;
      }
      const good = this.lastGood.get(file.uri);
      if (good === undefined || good === file.text) return file;
      staleFiles.push(file.uri);
      return { uri: file.uri, text: good };
    });
    const registry = staleFiles.length > 0 ? loadRegistry(indexFiles, options).registry : first.registry;

    this.currentTexts = new Map(files.map((f) => [f.uri, f.text]));
    this.indexTexts = new Map(indexFiles.map((f) => [f.uri, f.text]));
    this.state = {
      registry,
      findings: first.findings,
      staleIndex: staleFiles.length > 0,
      staleFiles,
      errors: first.findings.filter((f) => f.severity === 'error').length,
      generation: ++this.generationCounter,
    };
    return this.state;
  }

  /** Positions in the text the index was built from (entry locations). */
  indexMapper(uri: string): PositionMapper | undefined {
    return this.mapperFor(uri, this.indexTexts.get(uri));
  }

  /** Positions in the registry file's current text (registry findings, stub edits). */
  currentMapper(uri: string): PositionMapper | undefined {
    return this.mapperFor(uri, this.currentTexts.get(uri));
  }

  currentText(uri: string): string | undefined {
    return this.currentTexts.get(uri);
  }

  files(): string[] {
    return [...this.currentTexts.keys()];
  }

  private mapperFor(uri: string, text: string | undefined): PositionMapper | undefined {
    if (text === undefined) return undefined;
    const key = `${uri}\u0000${text.length}`;
    const cached = this.mapperCache.get(key);
    if (cached && cached.text === text) return cached.mapper;
    const mapper = textLines(uri, text);
    this.mapperCache.set(key, { text, mapper });
    if (this.mapperCache.size > 64) this.mapperCache.delete(this.mapperCache.keys().next().value as string);
    return mapper;
  }
}
