// Applies safe fixes to a document's text and writes files atomically (temp file + rename), so a
// crash or a full disk never leaves a half-written page behind.
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Finding, OffsetRange, TextEdit } from '../core/index.js';
import { isSpecialFile, tempPathBeside } from './output.js';

/**
 * Safe edits to this document from the findings' fixes; overlapping edits after the first are left
 * for another pass. `inserted` holds the text earlier passes put in (a qualifier, a limit): it is
 * not fixed again, or a figure inside an inserted qualifier would get a qualifier of its own. The
 * ranges come back moved by this pass's edits, with this pass's new text added.
 */
export function applySafeFixes(text: string, uri: string, findings: Finding[], inserted: readonly OffsetRange[] = []): { text: string; applied: number; inserted: OffsetRange[] } {
  const insideInserted = (e: TextEdit) => inserted.some((r) => (e.range.start === e.range.end ? r.start < e.range.start && e.range.start < r.end : e.range.start < r.end && r.start < e.range.end));
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe && f.edits.length > 0 && f.edits.every((e) => e.uri === uri));
    if (fix && !fix.edits.some(insideInserted)) edits.push(...fix.edits);
  }
  edits.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const chosen: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of edits) {
    if (edit.range.start < lastEnd || edit.range.start > edit.range.end || edit.range.end > text.length) continue;
    chosen.push(edit);
    lastEnd = Math.max(edit.range.end, edit.range.start + (edit.range.start === edit.range.end ? 1 : 0));
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const e = chosen[i];
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  }
  // Where the inserted ranges and this pass's new text now stand (edits in order, none overlapping).
  const moved = (offset: number) => {
    let shift = 0;
    for (const e of chosen) if (e.range.end <= offset) shift += e.newText.length - (e.range.end - e.range.start);
    return offset + shift;
  };
  const now: OffsetRange[] = inserted.map((r) => ({ start: moved(r.start), end: moved(r.end) }));
  let shift = 0;
  for (const e of chosen) {
    const start = e.range.start + shift;
    if (e.newText.length > 0) now.push({ start, end: start + e.newText.length });
    shift += e.newText.length - (e.range.end - e.range.start);
  }
  return { text: out, applied: chosen.length, inserted: now };
}

/**
 * Writes `text` to `file` whole: into a temporary file beside it, renamed over it. A symbolic link
 * is written through (the link stays a link); a device or pipe (/dev/null) is written directly.
 */
export function writeFileAtomically(file: string, text: string): void {
  if (isSpecialFile(file)) {
    writeFileSync(file, text, 'utf8');
    return;
  }
  file = resolveLinks(file);
  const temp = tempPathBeside(file);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(temp, text, 'utf8');
    if (mode !== undefined) chmodSync(temp, mode & 0o7777);
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw error;
  }
}

/** The file a path finally names, through symbolic links; the path itself when it does not exist yet. */
function resolveLinks(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
