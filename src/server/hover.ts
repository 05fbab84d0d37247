// Hover on a claim: the verdict in plain words, what the copy claims, what the evidence shows
// and where it comes from, with links to the rule's documentation and the registry entry.
import { MarkupKind, type Hover, type Range } from 'vscode-languageserver';
import type { RegistryEntry } from '../core/index.js';
import { VERDICT_LABEL, VERDICT_MEANING, describeClaim, describeEvidence, type ClaimRecord } from './claim-text.js';

export interface EntryLink {
  entry: RegistryEntry;
  /** file URI with a line fragment, e.g. file:///x/claims.registry.yaml#L12 */
  href: string;
}

export function claimHover(record: ClaimRecord, range: Range, entry: EntryLink | undefined, docsUrl: string | undefined): Hover {
  const lines: string[] = [];
  lines.push(`**claimlint · ${VERDICT_LABEL[record.verdict]}** — ${VERDICT_MEANING[record.verdict]}`);
  if (record.finding && record.verdict !== 'supported') lines.push('', record.finding.message);
  lines.push('', `**The copy claims:** ${describeClaim(record.claim)}`);
  if (record.evidence) {
    lines.push('', `**Evidence:** ${describeEvidence(record.evidence)}`);
    if (record.evidence.statistic) lines.push(`- statistic: ${record.evidence.statistic}`);
    if (record.evidence.value !== undefined) lines.push(`- value: ${record.evidence.value}${record.evidence.unit ? ` ${record.evidence.unit.replace(/^currency:/, '')}` : ''}`);
    lines.push(`- source: ${record.evidence.source}`);
    if (record.evidence.asOf) lines.push(`- as of: ${record.evidence.asOf}`);
  } else if (record.verdict === 'unsubstantiated') {
    lines.push('', '**Evidence:** none in the registry. Add an entry (quick fix “Create registry entry”) or reword the claim.');
  }
  const links: string[] = [];
  if (docsUrl) links.push(`[Rule documentation](${docsUrl})`);
  if (entry) links.push(`[Registry entry \`${entry.entry.id}\`](${entry.href})${entry.entry.title ? ` — ${entry.entry.title}` : ''}`);
  if (links.length) lines.push('', links.join(' · '));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range };
}
