// A suppression directive for a finding, used when the engine offers no `suppress` fix itself.
// The edit must never change what the document says: YAML edits are checked by re-parsing.
import { parseDocument, isDeepStrictEqualSafe } from './yaml-check.js';
import type { DocumentLanguage, OffsetRange, TextEdit } from '../core/index.js';

export const REASON_PLACEHOLDER = 'TODO: say why this claim may stand';

interface Line {
  start: number;
  end: number;
  text: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end, text: text.slice(start, end) };
}

function previousLine(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  return lineAt(text, line.start - 1);
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function suppressionEdit(uri: string, text: string, language: DocumentLanguage, range: OffsetRange, ruleId: string): TextEdit | undefined {
  const line = lineAt(text, range.start);
  const indent = /^[ \t]*/.exec(line.text)?.[0] ?? '';
  const newline = eol(text);
  if (language === 'markdown') {
    const prev = previousLine(text, line);
    const startsBlock = !prev || prev.text.trim() === '';
    if (startsBlock) {
      return { uri, range: { start: line.start, end: line.start }, newText: `${indent}<!-- claimlint-disable-next-line ${ruleId} -- ${REASON_PLACEHOLDER} -->${newline}` };
    }
    // Mid-block (a paragraph's later line, a table row): a line before would split the block.
    if (/^\s*\|/.test(line.text)) return undefined;
    return { uri, range: { start: line.end, end: line.end }, newText: ` <!-- claimlint-disable-line ${ruleId} -- ${REASON_PLACEHOLDER} -->` };
  }
  const directive = `${indent}# claimlint-disable-next-line ${ruleId} -- ${REASON_PLACEHOLDER}${newline}`;
  const edit: TextEdit = { uri, range: { start: line.start, end: line.start }, newText: directive };
  // Inside a block scalar a "comment" would become copy; keep only edits that leave the data as is.
  const edited = text.slice(0, line.start) + directive + text.slice(line.start);
  const before = parseDocument(text);
  const after = parseDocument(edited);
  if (!before.ok || !after.ok || !isDeepStrictEqualSafe(before.value, after.value)) return undefined;
  return edit;
}
