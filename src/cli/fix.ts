// Applies safe fixes to a document's text and writes files atomically (temp file + rename), so a
// crash or a full disk never leaves a half-written page behind.
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Finding, TextEdit } from '../core/index.js';
import { isSpecialFile, tempPathBeside } from './output.js';

/** Safe edits to this document from the findings' fixes; overlapping edits after the first are left for another pass. */
export function applySafeFixes(text: string, uri: string, findings: Finding[]): { text: string; applied: number } {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe && f.edits.length > 0 && f.edits.every((e) => e.uri === uri));
    if (fix) edits.push(...fix.edits);
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
  return { text: out, applied: chosen.length };
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
