// Baseline identity of a finding: rule + registry entry + normalised claim words + a few words of
// context either side. No line numbers, so it survives edits elsewhere and lines moving.
import { createHash } from 'node:crypto';
import type { Finding } from '../core/index.js';

const CONTEXT_WORDS = 3;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[*_`~[\]()<>#|]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function fingerprint(finding: Finding, text: string): string {
  const { start, end } = finding.range;
  const words = normalise(finding.claim?.text ?? (text.slice(start, end) || finding.message));
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 200);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd > end + 200) lineEnd = Math.min(text.length, end + 200);
  const before = normalise(text.slice(lineStart, start)).split(' ').filter(Boolean).slice(-CONTEXT_WORDS).join(' ');
  const after = normalise(text.slice(end, lineEnd)).split(' ').filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
  return createHash('sha256')
    .update([finding.ruleId, finding.entryId ?? '', words, before, after].join('\u0000'))
    .digest('hex')
    .slice(0, 20);
}
