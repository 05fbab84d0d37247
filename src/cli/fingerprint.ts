// Baseline identity of a finding: rule + registry entry + normalised claim words + a few words of
// context either side. No line numbers, so it survives edits elsewhere and lines moving.
import { createHash } from 'node:crypto';
import type { Finding } from '../core/index.js';

const CONTEXT_WORDS = 3;
/** Context is read from at most this many characters either side, on the finding's line. */
const CONTEXT_CHARS = 200;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[*_`~[\]()<>#|]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** What a fingerprint reads of a finding (impact builds findings of its own for claims a lint did not report). */
export type Fingerprinted = Pick<Finding, 'ruleId' | 'entryId' | 'range' | 'message'> & { claim?: { text: string } };

export function fingerprint(finding: Fingerprinted, text: string): string {
  const { start, end } = finding.range;
  const words = normalise(finding.claim?.text ?? (text.slice(start, end) || finding.message));
  // Newlines are looked for within the window only: searching the whole line made a page that is
  // one long line of figures quadratic (37 s for 1.5 MB).
  const windowStart = Math.max(0, start - CONTEXT_CHARS);
  const newlineBefore = text.slice(windowStart, start).lastIndexOf('\n');
  const lineStart = newlineBefore >= 0 ? windowStart + newlineBefore + 1 : windowStart;
  const newlineAfter = text.slice(end, end + CONTEXT_CHARS + 1).indexOf('\n');
  const lineEnd = newlineAfter >= 0 ? end + newlineAfter : Math.min(text.length, end + CONTEXT_CHARS);
  const before = normalise(text.slice(lineStart, start)).split(' ').filter(Boolean).slice(-CONTEXT_WORDS).join(' ');
  const after = normalise(text.slice(end, lineEnd)).split(' ').filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
  return createHash('sha256')
    .update([finding.ruleId, finding.entryId ?? '', words, before, after].join('\u0000'))
    .digest('hex')
    .slice(0, 20);
}
