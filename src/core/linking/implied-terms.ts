// Metrics copy names without the registry's words, as a reader plainly takes them: "hear back in about
// an hour" is a reply time, "10–80% in under 30 minutes" a charging time. The linker reads the metric
// word beside such copy, so an entry whose terms say "reply" or "charging" fits it.

/** Hearing from the team is its reply: "hear back", "get back to you", "hear from us". */
const REPLY_WORDS = /\b(?:hear(?:s|d|ing)?\s+back|get(?:s|ting)?\s+back\s+to\s+(?:you|them|every\w*|customers?)|got\s+back\s+to|hear(?:s|d|ing)?\s+from\s+(?:us|someone|somebody|a\s+(?:person|human)|an?\s+(?:agent|advisor|adviser)|our\b))/i;

/** A range of charge levels covered in a time: "10–80% in under 30 minutes", "20 to 80 percent within 25 min". */
const CHARGE_LEVELS = /\b(\d{1,2})\s*(?:%|percent|per\s+cent)?\s*(?:[–—-]|to)\s*(\d{2,3})\s*(?:%|percent|per\s+cent)\s+(?:in|within)\s/i;

/** The metric words the text implies without saying them, joined (empty when none). */
export function impliedTerms(text: string): string {
  const words: string[] = [];
  if (REPLY_WORDS.test(text)) words.push('reply');
  const levels = CHARGE_LEVELS.exec(text);
  // Levels rise from a low charge to a high one; "95–98% in 2 days" is a share of outcomes, not a charge.
  if (levels && Number(levels[1]) < Number(levels[2]) && Number(levels[1]) <= 50 && Number(levels[2]) <= 100) words.push('charging');
  return words.join(' ');
}
