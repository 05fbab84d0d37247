// The statistic a claim names in its own clause ("median reply time under 4 hours", "p95 load under
// 1 s", "our 90th percentile wait is under 2 minutes"): such copy promises that statistic, not the
// default reading of its wording (a bound met by 95 % of cases).
import type { Claim } from '../types.js';
import { clauseOf } from '../claims/clause.js';

/** A percentile's rank, 1 to 99 (the median is 50), written as a word, "pNN" or "NNth percentile". */
const NAMED = /\b(?:(median)|p(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)[\s\u00a0-]*percentile)\b/gi;

/** The rank of the percentile the claim's clause names, if it names exactly one. */
export function namedPercentile(claim: Claim): number | undefined {
  const ranks = new Set<number>();
  for (const m of clauseOf(claim).matchAll(NAMED)) {
    const rank = m[1] ? 50 : Number(m[2] ?? m[3]);
    if (rank >= 1 && rank <= 99) ranks.add(rank);
  }
  // "median 3 h, p95 9 h" in one clause: which figure belongs to which is not this module's guess.
  return ranks.size === 1 ? [...ranks][0] : undefined;
}
