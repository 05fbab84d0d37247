// Plain-language wording shared by hovers, the claims view and status: what a verdict means,
// what the copy claims, what the evidence shows.
import type { Claim, Evidence, LintResult, Verdict } from '../core/index.js';

export type ClaimRecord = LintResult['claims'][number];

export const VERDICT_LABEL: Record<Verdict, string> = {
  contradicted: 'Contradicted',
  unsubstantiated: 'Unsubstantiated',
  stale: 'Stale evidence',
  'needs-qualifier': 'Needs a qualifier',
  supported: 'Supported',
};

export const VERDICT_MEANING: Record<Verdict, string> = {
  contradicted: 'the registry’s evidence shows this promise is not kept.',
  unsubstantiated: 'no registry entry backs this checkable claim.',
  stale: 'the evidence behind this claim has expired or is older than allowed.',
  'needs-qualifier': 'the claim holds only with a qualifier the copy lacks.',
  supported: 'the registry’s evidence holds.',
};

const KIND_READING: Record<string, string> = {
  figure: 'a typical figure',
  bound: 'a bound most cases must meet',
  'up-to': 'an “up to” figure',
  average: 'an average',
  count: 'a count',
  percentage: 'a percentage',
  schedule: 'a schedule',
  coverage: 'coverage',
  absolute: 'an absolute promise',
  superlative: 'a superlative',
  comparative: 'a comparison',
  price: 'a price',
};

export function describeClaim(claim: Claim): string {
  const reading = KIND_READING[claim.kind] ?? claim.kind;
  return `“${claim.text}” (${reading})`;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

export function describeEvidence(evidence: Evidence): string {
  const parts = [evidence.summary];
  if (evidence.statistic && evidence.value !== undefined) {
    const unit = evidence.unit ? ` ${evidence.unit.replace(/^currency:/, '')}` : '';
    parts.push(`(${evidence.statistic} = ${formatNumber(evidence.value)}${unit})`);
  }
  const provenance = [evidence.source, evidence.asOf ? `as of ${evidence.asOf}` : undefined].filter(Boolean).join(', ');
  if (provenance) parts.push(`— ${provenance}`);
  return parts.join(' ');
}

export function claimMessage(record: ClaimRecord): string {
  if (record.finding) return record.finding.message;
  const head = `${VERDICT_LABEL[record.verdict]}: ${describeClaim(record.claim)}`;
  return record.evidence ? `${head}. Evidence: ${describeEvidence(record.evidence)}` : `${head}.`;
}
