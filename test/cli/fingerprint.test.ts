// Baseline fingerprints must never change for the same finding in the same text: a changed
// fingerprint resurrects every baselined finding. The reference is the first released form.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import { fingerprint } from '../../src/cli/fingerprint.js';

/** The first released form, which searched the whole line for its ends: the reference. */
function reference(finding: Finding, text: string): string {
  const normalise = (t: string) => t.toLowerCase().replace(/[*_`~[\]()<>#|]/g, ' ').replace(/\s+/g, ' ').trim();
  const { start, end } = finding.range;
  const words = normalise(finding.claim?.text ?? (text.slice(start, end) || finding.message));
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 200);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd > end + 200) lineEnd = Math.min(text.length, end + 200);
  const before = normalise(text.slice(lineStart, start)).split(' ').filter(Boolean).slice(-3).join(' ');
  const after = normalise(text.slice(end, lineEnd)).split(' ').filter(Boolean).slice(0, 3).join(' ');
  return createHash('sha256').update([finding.ruleId, finding.entryId ?? '', words, before, after].join('\u0000')).digest('hex').slice(0, 20);
}

/** A small deterministic generator, so a failure names its case. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const finding = (start: number, end: number, text?: string): Finding => ({
  ruleId: 'claim/contradicted', severity: 'error', uri: 'file:///p.md', range: { start, end }, message: 'm', docsUrl: '', fixes: [], related: [],
  ...(text === undefined ? {} : { claim: { text } as Finding['claim'] }),
}) as Finding;

describe('fingerprint', () => {
  it('is the same as the reference on texts with newlines near, far and nowhere', () => {
    const pieces = ['word ', 'Fast ', '24/7 ', '\n', '\n\n', '**bold** ', '# ', '| cell ', '1 hour ', 'x'.repeat(150), ' '.repeat(60)];
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      let text = '';
      while (text.length < 50 + next() * 900) text += pieces[Math.floor(next() * pieces.length)];
      const start = Math.floor(next() * text.length);
      const end = Math.min(text.length, start + Math.floor(next() * 30));
      const f = finding(start, end, next() < 0.5 ? text.slice(start, end) : undefined);
      expect(fingerprint(f, text), `seed ${seed}`).toBe(reference(f, text));
    }
  });
});
