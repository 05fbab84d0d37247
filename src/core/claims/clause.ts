// The clause a claim belongs to: linking and verdicts read the words nearest the claim first.
import type { Claim } from '../types.js';

/** Where the claim's text starts in its sentence (-1 when the sentence does not hold it). */
export function offsetInSentence(claim: Claim): number {
  return claim.offsetInSentence ?? claim.sentence.indexOf(claim.text);
}

/** The part of the sentence the claim belongs to: between commas, semicolons, "and", "but". */
export function clauseOf(claim: Claim): string {
  const s = claim.sentence;
  const at = offsetInSentence(claim);
  if (at < 0) return claim.text;
  // A colon joins a label to its claim ("Express Shipping: next-day delivery"), so it does not split.
  const boundary = /[,;()\u2029]|\s(?:and|but|while|whereas|or)\s/g;
  let start = 0;
  let end = s.length;
  for (let m = boundary.exec(s); m; m = boundary.exec(s)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + claim.text.length) {
      end = m.index;
      break;
    }
  }
  return s.slice(start, end);
}

