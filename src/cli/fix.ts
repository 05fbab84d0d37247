// Applies safe fixes to a document's text and writes files atomically (temp file + rename), so a
// crash or a full disk never leaves a half-written page behind.
import { renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import type { Finding, TextEdit } from '../core/index.js';
import { tempPathBeside } from './output.js';

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

export function writeFileAtomically(file: string, text: string): void {
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
