// The claimlint language server: wires LSP requests to the engine. Open copy documents are
// linted (debounced per document) against the registry their project names; registry files get
// validation, completion, key hovers and CodeLens; everything is guarded so one bad document,
// rule or registry never takes the server down.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  TextDocuments, type CancellationToken, type CodeAction, type CodeActionParams, type CodeLens, type Connection, type Diagnostic,
  type Hover, type InitializeParams, type Location, type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, parseConfig } from '../core/config.js';
import {
  DOCS_BASE_URL, languageOf, lintDocument, makeFinding, ruleDocsUrl, type DocumentLanguage, type Finding, type LintResult, type RuleId, type SourceFile,
} from '../core/index.js';
import { Project } from '../node/project.js';
import { formatBytes } from '../node/read-document.js';
import { claimMessage, describeEvidence, type ClaimRecord } from './claim-text.js';
import { maxFileChars, mergeClientSettings, toConfigOverrides } from './client-settings.js';
import { toDiagnostic, type LspTextEdit } from './diagnostics.js';
import { buildWorkspaceEdit, type EditCapabilities } from './edits.js';
import { buildCodeActions } from './code-actions.js';
import { claimHover } from './hover.js';
import { containsOffset, rangesOverlap, textLines, toOffsets, toRange, type PositionMapper } from './positions.js';
import {
  ApplyFixCommand, CreateRegistryEntryCommand, DEFAULT_CLIENT_SETTINGS, DocumentClaimsRequest, ShowReferencesCommand, StatusNotification,
  WorkspaceClaimsRequest, type ClaimItem, type ShowReferencesArguments, type ClientSettings, type CommandResult, type DocumentClaimsParams, type DocumentClaimsResult,
  type StatusParams, type VerdictCounts, type WorkspaceClaimsResult,
} from './protocol.js';
import { IncrementalLinter } from './incremental.js';
import { RegistryIndex } from './registry-index.js';
import { registryCompletions, registryKeyHover } from './registry-editor.js';
import { stubEdit } from './registry-stub.js';

export interface ServerOptions {
  /** Test seam: a document containing this text makes linting throw (proves per-document isolation). */
  faultMarker?: string;
  /** Newest version the client has sent for a document, read ahead of the message queue. */
  latestVersion?: (uri: string) => number | undefined;
}

const REGISTRY_NAME = /(\.registry\.ya?ml|(^|[\\/])claims-registry\.yaml)$/i;
const NEW_REGISTRY_NAME = 'claims.registry.yaml';

type FileKind = 'copy' | 'registry' | 'config' | 'other';

interface LintedFile {
  uri: string;
  version: number;
  generation: number;
  text: string;
  mapper: PositionMapper;
  language: DocumentLanguage;
  result?: LintResult;
  registryKey?: string;
  settingsDocsBase: string;
  today: string;
}

/** The claims of one file, for references, CodeLens counts and the claims view. */
interface FileClaims {
  uri: string;
  claims: ClaimItem[];
}

interface RegistrySlot {
  index: RegistryIndex;
  files: string[];
  dirty: boolean;
}

export function startServer(connection: Connection, initializeParams: InitializeParams, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let client: ClientSettings = { ...DEFAULT_CLIENT_SETTINGS };
  let initOptions: unknown;
  let folders: string[] = [];
  let canPullConfiguration = false;
  let canRegisterWatchers = false;
  let supportsFolderEvents = false;
  let canShowProgress = false;
  let editCaps: EditCapabilities = { documentChanges: false, createFiles: false };
  const projects = new Map<string, Project>();
  const registries = new Map<string, RegistrySlot>();
  const lastGoodRegistryTexts = new Map<string, string>();
  const openResults = new Map<string, LintedFile>();
  const blockCaches = new Map<string, { context: string; linter: IncrementalLinter }>();
  const diagnosticCache = new WeakMap<Finding, Diagnostic>();
  // Closed files keep only their claims (as the claims view shows them), not their text or findings.
  const workspaceCache = new Map<string, FileClaims & { signature: string; generation: number }>();
  // Copy files per workspace folder; rebuilt when files are created or deleted, or projects change.
  const workspaceListings = new Map<string, string[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  const publishedSideFiles = new Set<string>();
  // Bumped whenever settings, configs or the registry change: results of older generations are outdated.
  let generation = 0;
  // Until the client's `claimlint` settings arrive, linting waits (they may say enable: false or onSave).
  let settingsKnown = false;
  let markSettingsKnown: () => void = () => {};
  const settingsArrived = new Promise<void>((resolve) => (markSettingsKnown = () => {
    settingsKnown = true;
    resolve();
  }));
  const whenSettingsKnown = (run: () => void) => (settingsKnown ? run() : void settingsArrived.then(run));

  const log = (message: string) => connection.console.log(message);
  const logError = (message: string, error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`${message}: ${detail}`);
  };

  /** Runs a handler; an exception is logged with its context and the fallback is answered. */
  function guard<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      logError(`claimlint: ${what} failed`, error);
      return fallback;
    }
  }
  async function guardAsync<T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      logError(`claimlint: ${what} failed`, error);
      return fallback;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Files, projects, registries

  const pathOf = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  };
  const displayName = (uri: string) => pathOf(uri) ?? uri;

  /** The URI an open document uses for a path (clients encode URIs in their own way), else a file URI. */
  function uriOfPath(filePath: string): string {
    for (const doc of documents.all()) if (pathOf(doc.uri) === filePath) return doc.uri;
    return pathToFileURL(filePath).href;
  }

  function projectFor(filePath: string | undefined): Project {
    const root = (filePath && folders.filter((f) => filePath === f || filePath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0])
      ?? (filePath && folders.length === 0 ? path.dirname(filePath) : folders[0])
      ?? process.cwd();
    let project = projects.get(root);
    if (!project) {
      project = new Project({ root, registry: client.registry.length ? client.registry : undefined, overrides: toConfigOverrides(client) });
      projects.set(root, project);
    }
    return project;
  }

  /** A path to ask the project about for documents without one (untitled): its root. */
  const settingsPath = (filePath: string | undefined, project: Project) => filePath ?? path.join(project.root, 'untitled.md');

  function classify(uri: string, languageId?: string): FileKind {
    const filePath = pathOf(uri);
    if (filePath) {
      const base = path.basename(filePath);
      if ((CONFIG_FILE_NAMES as readonly string[]).includes(base)) return 'config';
      if (REGISTRY_NAME.test(filePath)) return 'registry';
      if (languageOf(filePath) === undefined && languageId !== 'markdown' && languageId !== 'yaml') return 'other';
      const project = projectFor(filePath);
      if (project.isRegistryOrConfigFile(filePath)) return 'registry';
      // Excluded files get no diagnostics, as `claimlint .` would not lint them.
      if (project.isIgnoredByConfig(filePath) || project.isIgnoredByIgnoreFiles(filePath)) return 'other';
      return 'copy';
    }
    return languageId === 'markdown' || languageId === 'yaml' ? 'copy' : 'other';
  }

  function languageFor(uri: string, languageId: string): DocumentLanguage | undefined {
    const fromName = pathOf(uri) ? languageOf(pathOf(uri)!) : undefined;
    if (fromName) return fromName;
    return languageId === 'markdown' || languageId === 'yaml' ? languageId : undefined;
  }

  function readText(filePath: string): string | undefined {
    const uri = uriOfPath(filePath);
    const open = documents.get(uri);
    if (open) return open.getText();
    try {
      return readFileSync(filePath, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The registry slot serving a copy file (or a registry file), loading it if needed. */
  function registryFor(filePath: string | undefined): { key: string; slot: RegistrySlot } {
    const project = projectFor(filePath);
    const asked = settingsPath(filePath, project);
    let files = project.registryFor(asked).files;
    // A registry file the project's globs do not name still gets validated on its own.
    if (filePath && REGISTRY_NAME.test(filePath) && !files.includes(filePath)) files = [filePath];
    const key = files.join('\n');
    let slot = registries.get(key);
    if (!slot) {
      slot = { index: new RegistryIndex(lastGoodRegistryTexts), files, dirty: true };
      registries.set(key, slot);
    }
    if (slot.dirty) loadSlot(slot, project);
    return { key, slot };
  }

  function loadSlot(slot: RegistrySlot, project: Project): void {
    const sources = slot.files.flatMap((file) => {
      const text = readText(file);
      // A missing or unreadable file is reported by the project's own loader (registry/syntax).
      return text === undefined ? [] : [{ uri: uriOfPath(file), text }];
    });
    const missing = slot.files.filter((f) => readText(f) === undefined);
    const state = slot.index.load(sources, { today: project.today, docsBaseUrl: DOCS_BASE_URL });
    slot.dirty = false;
    if (missing.length > 0) {
      const fromDisk = project.loadRegistryFiles(missing, 'registry').findings.map((f) => ({ ...f, uri: uriOfPath(f.uri) }));
      state.findings = [...state.findings, ...fromDisk];
      state.errors += fromDisk.filter((f) => f.severity === 'error').length;
    }
    if (state.staleIndex) log(`claimlint: registry file(s) ${state.staleFiles.map(displayName).join(', ')} have errors; serving their last good version.`);
    publishRegistryDiagnostics(slot);
  }

  function publishRegistryDiagnostics(slot: RegistrySlot): void {
    const byUri = new Map<string, Finding[]>();
    for (const file of slot.files) byUri.set(uriOfPath(file), []);
    for (const finding of slot.index.state.findings) byUri.set(finding.uri, [...(byUri.get(finding.uri) ?? []), finding]);
    for (const [uri, findings] of byUri) {
      const mapper = slot.index.currentMapper(uri) ?? textLines(uri, '');
      const diagnostics = findings.map((f) => toDiagnostic(f, mapper, (u) => slot.index.currentMapper(u)));
      connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics });
      publishedSideFiles.add(uri);
    }
  }

  function publishConfigDiagnostics(): void {
    // Read the configs that govern the workspace roots and the open documents (projects cache them).
    for (const root of folders) guard('reading configs', undefined, () => projectFor(path.join(root, 'x')).configsFor(path.join(root, 'x')));
    for (const doc of documents.all()) {
      const p = pathOf(doc.uri);
      if (p) guard('reading configs', undefined, () => projectFor(p).configsFor(p));
    }
    for (const project of projects.values()) {
      const byUri = new Map<string, Finding[]>();
      for (const finding of project.configFindings) {
        const uri = uriOfPath(finding.uri);
        byUri.set(uri, [...(byUri.get(uri) ?? []), finding]);
      }
      for (const [uri, findings] of byUri) {
        // Open config documents are reported from their (possibly unsaved) text instead.
        if (documents.get(uri)) continue;
        const text = documents.get(uri)?.getText() ?? readText(pathOf(uri) ?? '') ?? '';
        const mapper = textLines(uri, text);
        connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic({ ...f, uri }, mapper, () => undefined)) });
        publishedSideFiles.add(uri);
      }
    }
  }

  /** Position mappers for any file a finding may point into: open documents, then registry texts. */
  function mapperLookup(slot: RegistrySlot | undefined) {
    // Registry offsets (entry locations, stub edits) refer to the text the index was built from.
    return (uri: string): PositionMapper | undefined => slot?.index.indexMapper(uri) ?? documents.get(uri) ?? slot?.index.currentMapper(uri);
  }

  // ------------------------------------------------------------------------------------------
  // Linting

  function limitFinding(uri: string, size: number, limit: number): Finding {
    return makeFinding('document/limit', uri, { start: 0, end: 0 },
      `Not checked: ${formatBytes(size)} is over the ${formatBytes(limit)} size limit (setting claimlint.maxFileSizeKB or maxFileSize in the config).`,
      { docsBaseUrl: DOCS_BASE_URL }, 'info');
  }

  /** Lints one copy text; never throws. */
  /** Lints one copy text; never throws. Open Markdown documents go through their block cache. */
  function lintText(uri: string, text: string, language: DocumentLanguage, mapper: PositionMapper, version: number, incremental = false): LintedFile {
    const filePath = pathOf(uri);
    const project = projectFor(filePath);
    const base: LintedFile = { uri, version, generation, text, mapper, language, settingsDocsBase: DOCS_BASE_URL, today: project.today };
    const limit = Math.min(maxFileChars(client), filePath ? project.maxFileSizeFor(filePath) : Infinity);
    if (text.length > limit) return { ...base, result: { uri, findings: [limitFinding(uri, text.length, limit)], claims: [] } };
    try {
      const settings = project.settingsFor(settingsPath(filePath, project));
      const { key, slot } = registryFor(filePath);
      const registry = slot.index.state.registry;
      const lint = (file: SourceFile) => {
        if (options.faultMarker && file.text.includes(options.faultMarker)) throw new Error('injected fault (CLAIMLINT_FAULT_MARKER)');
        return lintDocument(file, language, registry, settings);
      };
      const started = performance.now();
      let result: LintResult;
      if (incremental && language === 'markdown') {
        // Cached blocks are valid only for the registry and settings they were checked with.
        const context = `${generation}\u0000${slot.index.state.generation}\u0000${JSON.stringify(settings)}`;
        let state = blockCaches.get(uri);
        if (!state || state.context !== context) {
          state = { context, linter: new IncrementalLinter(lint) };
          blockCaches.set(uri, state);
        }
        result = state.linter.run({ uri, text }).result;
      } else result = lint({ uri, text });
      const took = performance.now() - started;
      if (took > 2000) log(`claimlint: ${displayName(uri)} took ${Math.round(took)} ms to check.`);
      return { ...base, result, registryKey: key, settingsDocsBase: settings.docsBaseUrl, today: settings.today };
    } catch (error) {
      logError(`claimlint: checking ${displayName(uri)} failed`, error);
      const finding = makeFinding('document/parse', uri, { start: 0, end: 0 },
        'claimlint could not check this file because of an internal error; details are in the claimlint output. Other files are still checked.',
        { docsBaseUrl: DOCS_BASE_URL }, 'info');
      return { ...base, result: { uri, findings: [finding], claims: [] } };
    }
  }

  function diagnosticsOf(linted: LintedFile): Diagnostic[] {
    const slot = linted.registryKey !== undefined ? registries.get(linted.registryKey) : undefined;
    const lookup = mapperLookup(slot);
    const out: Diagnostic[] = [];
    for (const finding of linted.result?.findings ?? []) {
      // Findings the block cache kept in place (same offset and line) keep their Diagnostic.
      let diagnostic = diagnosticCache.get(finding);
      if (!diagnostic) {
        diagnostic = toDiagnostic(finding, linted.mapper, lookup, slot?.index.state.registry);
        diagnosticCache.set(finding, diagnostic);
      }
      out.push(diagnostic);
    }
    return out;
  }

  /** Lints an open document now (cancelling its pending debounce) and publishes the result. */
  function lintOpenNow(uri: string): LintedFile | undefined {
    clearTimer(uri);
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const kind = classify(uri, doc.languageId);
    if (kind === 'registry') {
      refreshRegistryContaining(uri);
      return undefined;
    }
    if (kind === 'config') {
      // The editor's text, saved or not: the config is checked as it is being typed.
      const { findings } = parseConfig({ uri, text: doc.getText() });
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map((f) => toDiagnostic({ ...f, uri }, doc, () => undefined)) });
      publishedSideFiles.add(uri);
      return undefined;
    }
    const language = kind === 'copy' ? languageFor(uri, doc.languageId) : undefined;
    if (!language) {
      // A file that has just become ignored keeps none of its earlier diagnostics.
      if (openResults.delete(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    if (!client.enable) {
      openResults.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    const version = doc.version;
    const linted = lintText(uri, doc.getText(), language, doc, version, true);
    // A newer version arrived while this ran (async registry work): its own run will publish.
    if (documents.get(uri)?.version !== version) return undefined;
    openResults.set(uri, linted);
    // Changes that arrived while linting ran are read first: a few turns of the event loop let
    // the input stream resume and the reader note the newest version (GatedReader), so a result
    // for a version that is already outdated is dropped, not published.
    afterPendingInput(() => guard(`publishing ${displayName(uri)}`, undefined, () => {
      if (documents.get(uri)?.version !== version || openResults.get(uri) !== linted) return;
      // (On type a run for the newer version is on its way; on save this result is the best there is.)
      if (client.run === 'onType' && (options.latestVersion?.(uri) ?? version) > version) return;
      connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(linted) });
      sendStatus();
    }));
    return linted;
  }

  /** Runs after a few event-loop turns, once input that arrived meanwhile has been read. */
  function afterPendingInput(run: () => void, turns = 3): void {
    setImmediate(() => (turns <= 1 ? run() : afterPendingInput(run, turns - 1)));
  }

  function clearTimer(uri: string): void {
    const timer = timers.get(uri);
    if (timer) clearTimeout(timer);
    timers.delete(uri);
  }

  function schedule(uri: string, run: () => void, delay = client.debounceMs): void {
    clearTimer(uri);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      guard(`checking ${displayName(uri)}`, undefined, run);
    }, delay));
  }

  /** The current result of an open copy document, linting it first if it is outdated. */
  function freshResult(uri: string): LintedFile | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const known = openResults.get(uri);
    if (known && known.version === doc.version && known.generation === generation) return known;
    return lintOpenNow(uri) ?? openResults.get(uri);
  }

  function relintOpenDocuments(): void {
    for (const doc of documents.all()) {
      // Documents linted before are looked at again too: one may have become ignored.
      if (classify(doc.uri, doc.languageId) === 'copy' || openResults.has(doc.uri)) schedule(doc.uri, () => lintOpenNow(doc.uri), 0);
    }
  }

  function refreshRegistryContaining(uri: string): void {
    const filePath = pathOf(uri);
    let touched = false;
    for (const slot of registries.values()) {
      if (filePath && slot.files.includes(filePath)) {
        slot.dirty = true;
        touched = true;
      }
    }
    if (!touched && filePath) {
      // A registry file the projects do not know yet (just created): rediscover.
      for (const project of projects.values()) project.invalidate();
    }
    const { slot } = registryFor(filePath);
    if (slot.dirty) loadSlot(slot, projectFor(filePath));
    for (const s of registries.values()) if (s.dirty) loadSlot(s, projectFor(s.files[0]));
    generation++;
    workspaceCache.clear();
    sendStatus();
    relintOpenDocuments();
  }

  /** Rediscovers registry files and reloads every registry in use, then re-lints open copy. */
  function rebuildRegistries(): void {
    for (const project of projects.values()) project.invalidate();
    workspaceListings.clear();
    registries.clear();
    generation++;
    workspaceCache.clear();
    let any = false;
    for (const doc of documents.all()) {
      const kind = classify(doc.uri, doc.languageId);
      if (kind === 'copy' || kind === 'registry') {
        registryFor(pathOf(doc.uri));
        any = true;
      }
    }
    if (!any && folders.length > 0) registryFor(undefined);
    sendStatus();
    relintOpenDocuments();
  }

  function resetProjects(): void {
    projects.clear();
    workspaceListings.clear();
    for (const slot of registries.values()) slot.dirty = true;
    registries.clear();
    generation++;
    workspaceCache.clear();
  }

  function sendStatus(): void {
    guard('status', undefined, () => {
      const counts: VerdictCounts = { contradicted: 0, unsubstantiated: 0, stale: 0, 'needs-qualifier': 0, supported: 0 };
      for (const linted of openResults.values()) for (const claim of linted.result?.claims ?? []) counts[claim.verdict]++;
      const files = new Set<string>();
      let entries = 0;
      let errors = 0;
      let staleIndex = false;
      for (const slot of registries.values()) {
        for (const f of slot.files) files.add(f);
        entries += slot.index.state.registry.entries.length;
        errors += slot.index.state.errors;
        staleIndex ||= slot.index.state.staleIndex;
      }
      const status: StatusParams = { counts, registry: { files: files.size, entries, errors, staleIndex } };
      void connection.sendNotification(StatusNotification, status);
    });
  }

  // ------------------------------------------------------------------------------------------
  // Workspace: every copy file, linted on demand and cached by file signature and generation

  async function workspaceFiles(token?: CancellationToken): Promise<FileClaims[]> {
    const out: FileClaims[] = [];
    const seen = new Set<string>();
    const listings = folders.map((root) => {
      const project = projectFor(path.join(root, 'x'));
      let files = workspaceListings.get(root);
      if (!files) {
        files = project.listFiles([root]).files;
        workspaceListings.set(root, files);
      }
      return { project, files };
    });
    const total = listings.reduce((n, l) => n + l.files.length, 0);
    // A first scan of a big workspace takes a while: say so in the editor's progress UI.
    const progress = canShowProgress && total - workspaceCache.size > 50
      ? await guardAsync('progress', undefined, () => connection.window.createWorkDoneProgress())
      : undefined;
    progress?.begin('claimlint', 0, `checking ${total} files`, true);
    let done = 0;
    try {
      for (const { project, files } of listings) {
        for (const file of files) {
          if (token?.isCancellationRequested || progress?.token.isCancellationRequested) return out;
          // Yield now and then so edits and requests keep flowing during a big scan.
          if (++done % 20 === 0) {
            progress?.report(Math.round((done / total) * 100), `${done} of ${total} files`);
            await new Promise((resolve) => setImmediate(resolve));
          }
          if (seen.has(file)) continue;
          seen.add(file);
          const claims = guard(`checking ${file}`, undefined, () => workspaceFileClaims(file, project));
          if (claims) out.push(claims);
        }
      }
    } finally {
      progress?.done();
    }
    // Open untitled or out-of-folder documents count too.
    for (const doc of documents.all()) {
      const p = pathOf(doc.uri);
      if (p && seen.has(p)) continue;
      if (classify(doc.uri, doc.languageId) !== 'copy') continue;
      const linted = freshResult(doc.uri);
      if (linted) out.push({ uri: linted.uri, claims: claimItems(linted) });
    }
    return out;
  }

  /** The claims of a workspace file: the live result when it is open, else from disk (cached). */
  function workspaceFileClaims(file: string, project: Project): FileClaims | undefined {
    const uri = uriOfPath(file);
    if (documents.get(uri)) {
      const linted = freshResult(uri);
      return linted ? { uri, claims: claimItems(linted) } : undefined;
    }
    let signature: string;
    try {
      const stat = statSync(file);
      signature = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return undefined;
    }
    const cached = workspaceCache.get(uri);
    if (cached && cached.signature === signature && cached.generation === generation) return cached;
    const language = languageOf(file);
    if (!language) return undefined;
    const read = project.readDocument(file);
    if (!read.file) return undefined;
    const linted = lintText(uri, read.file.text, language, textLines(uri, read.file.text), 0);
    const claims = { uri, claims: claimItems(linted) };
    workspaceCache.set(uri, { ...claims, signature, generation });
    return claims;
  }

  // ------------------------------------------------------------------------------------------
  // Claims: lookup, items for the claims view

  function claimAt(linted: LintedFile, offset: number): ClaimRecord | undefined {
    let best: ClaimRecord | undefined;
    for (const record of linted.result?.claims ?? []) {
      if (!containsOffset(record.claim.range, offset)) continue;
      if (!best || record.claim.range.end - record.claim.range.start < best.claim.range.end - best.claim.range.start) best = record;
    }
    return best;
  }

  function entryLocation(linted: LintedFile, entryId: string | undefined): Location | undefined {
    if (!entryId) return undefined;
    const slot = linted.registryKey !== undefined ? registries.get(linted.registryKey) : undefined;
    const entry = slot?.index.state.registry.byId.get(entryId);
    if (!entry || !slot) return undefined;
    const mapper = slot.index.indexMapper(entry.location.uri);
    if (!mapper) return undefined;
    return { uri: entry.location.uri, range: toRange(mapper, entry.location.range) };
  }

  function claimItems(linted: LintedFile): ClaimItem[] {
    return (linted.result?.claims ?? []).map((record) => ({
      range: toRange(linted.mapper, record.claim.range),
      text: record.claim.text,
      kind: record.claim.kind,
      verdict: record.verdict,
      entryId: record.entryId,
      evidence: record.evidence ? describeEvidence(record.evidence) : undefined,
      message: claimMessage(record),
    }));
  }

  // ------------------------------------------------------------------------------------------
  // Code actions and fixes

  function versionOf(uri: string): number | null {
    return documents.get(uri)?.version ?? null;
  }

  /** A stub entry for a claim, as edits into the first registry file (or a new one). */
  function registryStubEdits(linted: LintedFile, record: ClaimRecord): { edits: LspTextEdit[]; createUri?: string; entryId: string } | undefined {
    const slot = linted.registryKey !== undefined ? registries.get(linted.registryKey) : undefined;
    const registry = slot?.index.state.registry ?? { entries: [], byId: new Map(), files: [] };
    const firstFile = slot?.files[0];
    const name = path.basename(pathOf(linted.uri) ?? linted.uri);
    if (firstFile) {
      const uri = uriOfPath(firstFile);
      const text = documents.get(uri)?.getText() ?? readText(firstFile) ?? '';
      const stub = stubEdit(text, record.claim, registry, linted.today, name);
      if (!stub) return undefined;
      const mapper = documents.get(uri) ?? textLines(uri, text);
      return { edits: [{ uri, range: toRange(mapper, stub.range), newText: stub.newText }], entryId: stub.entryId };
    }
    const root = projectFor(pathOf(linted.uri)).root;
    const uri = pathToFileURL(path.join(root, NEW_REGISTRY_NAME)).href;
    const stub = stubEdit('', record.claim, registry, linted.today, name)!;
    return { edits: [{ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: stub.newText }], createUri: uri, entryId: stub.entryId };
  }

  function codeActions(params: CodeActionParams): CodeAction[] {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc || classify(uri, doc.languageId) !== 'copy') return [];
    const linted = freshResult(uri);
    if (!linted?.result) return [];
    const slot = linted.registryKey !== undefined ? registries.get(linted.registryKey) : undefined;
    return buildCodeActions(params, {
      doc,
      language: linted.language,
      result: linted.result,
      mapperFor: mapperLookup(slot),
      stubFor: (record) => registryStubEdits(linted, record),
      editCaps,
      versionOf,
    });
  }

  async function applyFix(args: unknown[]): Promise<CommandResult> {
    const [uri, version, edits] = args as [string, number, Array<{ range: LspTextEdit['range']; newText: string }>];
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!doc) return { applied: false, reason: 'The document is not open.' };
    if (doc.version !== version) {
      void connection.window.showWarningMessage('claimlint: the fix was not applied because the document changed since it was computed.');
      return { applied: false, reason: `out of date: document version ${doc.version}, fix computed for ${version}` };
    }
    if (!Array.isArray(edits)) return { applied: false, reason: 'No edits given.' };
    const edit = buildWorkspaceEdit(edits.map((e) => ({ uri, range: e.range, newText: e.newText })), { ...editCaps, documentChanges: editCaps.documentChanges }, versionOf);
    if (!edit) return { applied: false, reason: 'The client cannot apply this edit.' };
    const result = await connection.workspace.applyEdit({ label: 'claimlint fix', edit });
    return { applied: result.applied, reason: result.failureReason };
  }

  async function createRegistryEntry(args: unknown[]): Promise<CommandResult & { entryId?: string }> {
    const [uri, range] = args as [string, LspTextEdit['range']];
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!doc || !range) return { applied: false, reason: 'The document is not open.' };
    const linted = freshResult(uri);
    if (!linted?.result) return { applied: false, reason: 'The document is not checked by claimlint.' };
    const wanted = toOffsets(doc, range);
    const record = linted.result.claims.find((c) => rangesOverlap(c.claim.range, wanted));
    if (!record) return { applied: false, reason: 'No claim at that range.' };
    const stub = registryStubEdits(linted, record);
    if (!stub) return { applied: false, reason: 'The registry file lists its entries in flow style (entries: [...]); add the entry by hand.' };
    const edit = buildWorkspaceEdit(stub.edits, editCaps, versionOf, stub.createUri);
    if (!edit) return { applied: false, reason: 'The client cannot create files; add a registry file first.' };
    const result = await connection.workspace.applyEdit({ label: 'claimlint: create registry entry', edit });
    return { applied: result.applied, reason: result.failureReason, entryId: stub.entryId };
  }

  // ------------------------------------------------------------------------------------------
  // Registry files in the editor: references and CodeLens

  function entriesIn(uri: string): Array<{ id: string; range: ReturnType<typeof toRange> }> {
    const filePath = pathOf(uri);
    const { slot } = registryFor(filePath);
    const mapper = slot.index.indexMapper(uri);
    if (!mapper) return [];
    return slot.index.state.registry.entries.filter((e) => e.location.uri === uri).map((e) => ({ id: e.id, range: toRange(mapper, e.location.range) }));
  }

  function entryIdAt(uri: string, position: Position): string | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const line = doc.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
    const { slot } = registryFor(pathOf(uri));
    // The word under the cursor if it names an entry, else the entry whose block holds the cursor.
    const word = /[a-z0-9][a-z0-9._-]*/gi;
    for (let m = word.exec(line); m; m = word.exec(line)) {
      if (position.character >= m.index && position.character <= m.index + m[0].length && slot.index.state.registry.byId.has(m[0])) return m[0];
    }
    const containing = entriesIn(uri).filter((e) => e.range.start.line <= position.line && position.line <= e.range.end.line);
    return containing.at(-1)?.id;
  }

  /** Stable order for location lists: by file, then position. */
  function byLocation(a: Location, b: Location): number {
    if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  }

  async function claimsOfEntry(entryId: string, token?: CancellationToken): Promise<Location[]> {
    const out: Location[] = [];
    for (const file of await workspaceFiles(token)) {
      for (const claim of file.claims) if (claim.entryId === entryId) out.push({ uri: file.uri, range: claim.range });
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Wiring

  // The entry point answered `initialize` (see main.ts); take what the client told it.
  {
    const params = initializeParams;
    initOptions = params.initializationOptions;
    client = mergeClientSettings(client, initOptions);
    folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const root = pathOf(params.rootUri);
      if (root) folders = [root];
    }
    const caps = params.capabilities;
    canPullConfiguration = !!caps.workspace?.configuration;
    canRegisterWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    supportsFolderEvents = !!caps.workspace?.workspaceFolders;
    canShowProgress = !!caps.window?.workDoneProgress;
    editCaps = {
      documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
      createFiles: !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    };
  }

  connection.onInitialized(() => {
    void guardAsync('initialization', undefined, async () => {
      // A client may refuse a registration: the server then works without those notifications.
      const refused = (what: string) => (error: unknown) => connection.console.warn(`claimlint: the client did not register ${what}: ${(error as Error)?.message ?? String(error)}`);
      if (canPullConfiguration) connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimlint' }).catch(refused('configuration changes'));
      if (canRegisterWatchers) {
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown,mdown,mkd,yaml,yml}' }, { globPattern: '**/{.gitignore,.claimlintignore}' }],
        }).catch(refused('file watchers'));
      }
      if (supportsFolderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          guard('workspace folders', undefined, () => {
            const removed = new Set(event.removed.map((f) => pathOf(f.uri)));
            folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => pathOf(f.uri)).filter((p): p is string => !!p)];
            resetProjects();
            relintOpenDocuments();
          });
        });
      }
      try {
        await pullConfiguration();
      } finally {
        markSettingsKnown();
      }
      sendStatus();
    });
  });

  async function pullConfiguration(): Promise<void> {
    if (!canPullConfiguration) return;
    const section: unknown = await connection.workspace.getConfiguration('claimlint');
    const next = mergeClientSettings(mergeClientSettings({ ...DEFAULT_CLIENT_SETTINGS }, initOptions), section);
    if (JSON.stringify(next) !== JSON.stringify(client)) {
      client = next;
      resetProjects();
      relintOpenDocuments();
    }
  }

  connection.onDidChangeConfiguration((change) => {
    void guardAsync('configuration change', undefined, async () => {
      if (canPullConfiguration) await pullConfiguration();
      else {
        client = mergeClientSettings(mergeClientSettings({ ...DEFAULT_CLIENT_SETTINGS }, initOptions), change.settings);
        resetProjects();
        relintOpenDocuments();
      }
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    guard('watched file change', undefined, () => {
      let projectChanged = false;
      let registryChanged = false;
      for (const change of params.changes) {
        const filePath = pathOf(change.uri);
        if (!filePath) continue;
        const base = path.basename(filePath);
        workspaceCache.delete(change.uri);
        if (change.type !== FileChangeType.Changed) workspaceListings.clear();
        if ((CONFIG_FILE_NAMES as readonly string[]).includes(base) || base === '.gitignore' || base === '.claimlintignore') projectChanged = true;
        else if (REGISTRY_NAME.test(filePath) || [...registries.values()].some((s) => s.files.includes(filePath))) {
          // An open registry document is served from the editor's text; its disk change is an echo.
          if (change.type !== FileChangeType.Changed || !documents.get(change.uri)) registryChanged = true;
        }
      }
      if (projectChanged) {
        resetProjects();
        publishConfigDiagnostics();
        relintOpenDocuments();
      } else if (registryChanged) {
        rebuildRegistries();
      }
      for (const change of params.changes) {
        // A deleted registry or config file keeps no diagnostics.
        if (change.type === FileChangeType.Deleted && publishedSideFiles.has(change.uri)) {
          connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
          publishedSideFiles.delete(change.uri);
        }
      }
    });
  });

  documents.onDidOpen((event) => {
    whenSettingsKnown(() => guard(`opening ${displayName(event.document.uri)}`, undefined, () => {
      lintOpenNow(event.document.uri);
    }));
  });

  documents.onDidChangeContent((event) => {
    whenSettingsKnown(() => guard(`change in ${displayName(event.document.uri)}`, undefined, () => {
      const uri = event.document.uri;
      // The open event already linted version 1; onDidChangeContent also fires for it.
      const known = openResults.get(uri);
      if (known && known.version === event.document.version) return;
      const kind = classify(uri, event.document.languageId);
      if (kind === 'registry') {
        // Lint against the unsaved registry text as the user types, debounced like copy.
        schedule(uri, () => refreshRegistryContaining(uri));
        return;
      }
      if (kind === 'config') {
        schedule(uri, () => lintOpenNow(uri));
        return;
      }
      if (kind !== 'copy') return;
      if (!openResults.has(uri)) return; // first content: onDidOpen lints it
      if (client.run === 'onType') schedule(uri, () => lintOpenNow(uri));
    }));
  });

  documents.onDidSave((event) => {
    guard(`saving ${displayName(event.document.uri)}`, undefined, () => {
      const kind = classify(event.document.uri, event.document.languageId);
      if (kind === 'copy') lintOpenNow(event.document.uri);
      else if (kind === 'config') {
        resetProjects();
        publishConfigDiagnostics();
        relintOpenDocuments();
        lintOpenNow(event.document.uri);
      }
    });
  });

  documents.onDidClose((event) => {
    guard(`closing ${displayName(event.document.uri)}`, undefined, () => {
      const uri = event.document.uri;
      clearTimer(uri);
      const kind = classify(uri, event.document.languageId);
      openResults.delete(uri);
      blockCaches.delete(uri);
      if (kind === 'registry') {
        // The registry reverts to the text on disk.
        refreshRegistryContaining(uri);
        return;
      }
      if (!publishedSideFiles.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      sendStatus();
    });
  });

  connection.onHover((params): Hover | null => guard('hover', null, () => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return null;
    const kind = classify(uri, doc.languageId);
    if (kind === 'registry') return registryKeyHover(doc.getText(), params.position) ?? null;
    if (kind !== 'copy') return null;
    const linted = freshResult(uri);
    if (!linted) return null;
    const record = claimAt(linted, doc.offsetAt(params.position));
    if (!record) return null;
    const location = entryLocation(linted, record.entryId);
    const slot = linted.registryKey !== undefined ? registries.get(linted.registryKey) : undefined;
    const entry = record.entryId ? slot?.index.state.registry.byId.get(record.entryId) : undefined;
    const link = entry && location ? { entry, href: `${location.uri}#L${location.range.start.line + 1}` } : undefined;
    const docsUrl = record.finding?.docsUrl ?? ruleDocsUrl(`claim/${record.verdict}` as RuleId, linted.settingsDocsBase);
    return claimHover(record, toRange(doc, record.claim.range), link, docsUrl);
  }));

  connection.onDefinition((params) => guard('definition', null, () => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc || classify(uri, doc.languageId) !== 'copy') return null;
    const linted = freshResult(uri);
    if (!linted) return null;
    const record = claimAt(linted, doc.offsetAt(params.position));
    return entryLocation(linted, record?.entryId) ?? null;
  }));

  connection.onReferences((params, token) => guardAsync('references', [] as Location[], async () => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return [];
    const kind = classify(uri, doc.languageId);
    let entryId: string | undefined;
    let declaration: Location | undefined;
    if (kind === 'registry') {
      entryId = entryIdAt(uri, params.position);
      const entry = entryId ? entriesIn(uri).find((e) => e.id === entryId) : undefined;
      if (entry) declaration = { uri, range: entry.range };
    } else if (kind === 'copy') {
      const linted = freshResult(uri);
      const record = linted ? claimAt(linted, doc.offsetAt(params.position)) : undefined;
      entryId = record?.entryId;
      if (linted) declaration = entryLocation(linted, entryId);
    }
    if (!entryId) return [];
    const claims = await claimsOfEntry(entryId, token);
    return params.context.includeDeclaration && declaration ? [declaration, ...claims] : claims;
  }));

  connection.onCodeAction((params) => guard('code actions', [] as CodeAction[], () => codeActions(params)));

  connection.onExecuteCommand((params) => guardAsync(`command ${params.command}`, { applied: false, reason: 'internal error' } as CommandResult, async () => {
    if (params.command === ApplyFixCommand) return applyFix(params.arguments ?? []);
    if (params.command === CreateRegistryEntryCommand) return createRegistryEntry(params.arguments ?? []);
    return { applied: false, reason: `unknown command ${params.command}` };
  }));

  connection.onCompletion((params) => guard('completion', [], () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || classify(doc.uri, doc.languageId) !== 'registry') return [];
    return registryCompletions(doc.getText(), params.position);
  }));

  connection.onCodeLens((params, token) => guardAsync('code lens', [] as CodeLens[], async () => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc || classify(uri, doc.languageId) !== 'registry') return [];
    const entries = entriesIn(uri);
    if (entries.length === 0) return [];
    const usage = new Map<string, Location[]>();
    for (const file of await workspaceFiles(token)) {
      for (const claim of file.claims) {
        if (!claim.entryId) continue;
        const locations = usage.get(claim.entryId) ?? [];
        locations.push({ uri: file.uri, range: claim.range });
        usage.set(claim.entryId, locations);
      }
    }
    return entries.map((entry) => {
      const locations = (usage.get(entry.id) ?? []).sort(byLocation);
      const claims = locations.length;
      const files = new Set(locations.map((l) => l.uri)).size;
      const at = entry.range.start;
      const range = { start: at, end: at };
      // Nothing to list: a plain label (an empty command is shown but not clickable).
      if (claims === 0) return { range, command: { title: 'used by no claims', command: '' } };
      const title = `used by ${claims} claim${claims === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
      const args: ShowReferencesArguments = [uri, at, locations];
      return { range, command: { title, command: ShowReferencesCommand, arguments: args } };
    });
  }));

  connection.onRequest(DocumentClaimsRequest, (params: DocumentClaimsParams): DocumentClaimsResult => guard('documentClaims', { claims: [] }, () => {
    const uri = params?.uri;
    if (typeof uri !== 'string') return { claims: [] };
    if (documents.get(uri)) {
      const linted = freshResult(uri);
      return { claims: linted ? claimItems(linted) : [] };
    }
    const filePath = pathOf(uri);
    if (!filePath) return { claims: [] };
    return { claims: workspaceFileClaims(filePath, projectFor(filePath))?.claims ?? [] };
  }));

  connection.onRequest(WorkspaceClaimsRequest, (_params: unknown, token: CancellationToken) => guardAsync('workspaceClaims', { files: [] } as WorkspaceClaimsResult, async () => {
    const files = await workspaceFiles(token);
    return { files: files.filter((f) => f.claims.length > 0) };
  }));

  documents.listen(connection);
}
