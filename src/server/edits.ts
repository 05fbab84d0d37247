// Building WorkspaceEdits the client can apply safely: versioned document edits where the client
// supports them (so an edit computed for an older version is refused), a file creation when the
// registry does not exist yet.
import type { CreateFile, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { LspTextEdit } from './diagnostics.js';

export interface EditCapabilities {
  documentChanges: boolean;
  createFiles: boolean;
}

/** Version of an open document, or null when the file is not open. */
export type VersionLookup = (uri: string) => number | null;

export function buildWorkspaceEdit(edits: LspTextEdit[], caps: EditCapabilities, versionOf: VersionLookup, createUri?: string): WorkspaceEdit | undefined {
  if (createUri && !caps.createFiles) return undefined;
  const byUri = new Map<string, LspTextEdit[]>();
  for (const edit of edits) byUri.set(edit.uri, [...(byUri.get(edit.uri) ?? []), edit]);
  if (caps.documentChanges) {
    const changes: Array<TextDocumentEdit | CreateFile> = [];
    if (createUri) changes.push({ kind: 'create', uri: createUri, options: { overwrite: false, ignoreIfExists: true } });
    for (const [uri, list] of byUri) {
      changes.push({ textDocument: { uri, version: uri === createUri ? null : versionOf(uri) }, edits: list.map(({ range, newText }) => ({ range, newText })) });
    }
    return { documentChanges: changes };
  }
  const changes: Record<string, Array<{ range: LspTextEdit['range']; newText: string }>> = {};
  for (const [uri, list] of byUri) changes[uri] = list.map(({ range, newText }) => ({ range, newText }));
  return { changes };
}

/** Keeps edits that do not overlap an earlier one (fix-all must never produce conflicting edits). */
export function nonOverlapping(edits: LspTextEdit[], offsetOf: (edit: LspTextEdit) => { start: number; end: number }): LspTextEdit[] {
  const sorted = edits.map((e) => ({ e, o: offsetOf(e) })).sort((a, b) => a.o.start - b.o.start || a.o.end - b.o.end);
  const out: LspTextEdit[] = [];
  let lastEnd = -1;
  for (const { e, o } of sorted) {
    if (o.start < lastEnd || (o.start === lastEnd && o.start === o.end && out.length > 0)) continue;
    out.push(e);
    lastEnd = o.end;
  }
  return out;
}
