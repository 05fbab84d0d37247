// The custom protocol between the claimlint language server and its clients (the VS Code
// extension, and any other editor that wants the claims view). Plain JSON shapes only, so a
// client can import these types without pulling in the server.
import type { Location, Position, Range } from 'vscode-languageserver';

/** One claim of a document, supported ones included. */
export interface ClaimItem {
  range: Range;
  /** The claim's words as the reader sees them. */
  text: string;
  /** ClaimKind: 'figure' | 'bound' | 'up-to' | ... */
  kind: string;
  /** Verdict: 'contradicted' | 'unsubstantiated' | 'stale' | 'needs-qualifier' | 'supported'. */
  verdict: string;
  entryId?: string;
  /** Plain-language evidence: what was measured, source and date. */
  evidence?: string;
  message: string;
}

export const DocumentClaimsRequest = 'claimlint/documentClaims';
export interface DocumentClaimsParams {
  uri: string;
}
export interface DocumentClaimsResult {
  claims: ClaimItem[];
}

export const WorkspaceClaimsRequest = 'claimlint/workspaceClaims';
export type WorkspaceClaimsParams = Record<string, never>;
export interface WorkspaceClaimsResult {
  files: Array<{ uri: string; claims: ClaimItem[] }>;
}

export const StatusNotification = 'claimlint/status';
export interface VerdictCounts {
  contradicted: number;
  unsubstantiated: number;
  stale: number;
  'needs-qualifier': number;
  supported: number;
}
export interface StatusParams {
  /** Claims per verdict over all open copy documents. */
  counts: VerdictCounts;
  registry: {
    files: number;
    entries: number;
    /** Error-severity registry findings in the current registry texts. */
    errors: number;
    /** True while a broken registry file is being served from its last good version. */
    staleIndex: boolean;
  };
}

/**
 * `workspace/executeCommand` commands.
 * - applyFix arguments: [uri: string, version: number, edits: Array<{ range: Range; newText: string }>]
 *   The edits apply to `uri`; refused (result `{ applied: false, reason }`) if the document's
 *   version is no longer `version`.
 * - createRegistryEntry arguments: [uri: string, range: Range] — the range of the claim (any range
 *   inside it works). Writes a stub entry into the first registry file (creating
 *   `claims.registry.yaml` at the workspace root if there is none).
 */
export const ApplyFixCommand = 'claimlint.applyFix';
export const CreateRegistryEntryCommand = 'claimlint.createRegistryEntry';
export const SERVER_COMMANDS = [ApplyFixCommand, CreateRegistryEntryCommand];

/**
 * The command of a registry entry's CodeLens ("used by N claims in M files"). A client-side
 * command: the server never executes it (it is not in SERVER_COMMANDS, so the language client
 * does not register it for the server). The VS Code extension shows the locations with
 * `editor.action.showReferences`; other editors can map it to their own references list.
 * Arguments (plain LSP JSON): [uri: string, position: Position, locations: Location[]] — the
 * registry file, the start of the entry, and every claim in the workspace resting on the entry.
 */
export const ShowReferencesCommand = 'claimlint.showReferences';
export type ShowReferencesArguments = [uri: string, position: Position, locations: Location[]];

export interface CommandResult {
  applied: boolean;
  reason?: string;
}

/** Editor settings, from initializationOptions and the `claimlint` configuration section. */
export interface ClientSettings {
  enable: boolean;
  /** Lint while typing or only on open and save. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** Registry file globs relative to the workspace folder; empty = the project's config or defaults. */
  registry: string[];
  /** Severity overrides per rule id: 'error' | 'warning' | 'info' | 'off'. */
  severity: Record<string, string>;
  jurisdiction?: 'US' | 'UK';
  maxFileSizeKB: number;
}

export const DEFAULT_CLIENT_SETTINGS: ClientSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 250,
  registry: [],
  severity: {},
  jurisdiction: undefined,
  maxFileSizeKB: 2048,
};
