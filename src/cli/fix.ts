// Applies safe fixes to a document's text and writes files atomically (temp file + rename), so a
// crash or a full disk never leaves a half-written page behind.
import { realpathSync } from 'node:fs';
import type { Finding, OffsetRange, TextEdit } from '../core/index.js';
import { FileSink } from './output.js';

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
 * Writes `text` to `file` whole, as a report file is written (FileSink: a temporary file renamed
 * over it, permissions kept; a device written directly). A symbolic link is written through, so
 * the link stays a link. `what` and `shownAs` name the file in errors.
 */
export function writeFileAtomically(file: string, text: string, what = 'the fixed file', shownAs = file): void {
  const sink = new FileSink(resolveLinks(file), what, shownAs);
  try {
    sink.write(text);
    sink.close();
  } catch (error) {
    sink.abort();
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
