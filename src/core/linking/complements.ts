// Metrics that are the rest of another's 100 %: downtime is the time a service is not up, so
// "less than 0.1% downtime" is a claim about the uptime an entry records (99.9 % or more).

/** Metric words and the word for their complement, as copy writes them. */
const COMPLEMENT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['uptime', 'downtime'],
  ['up time', 'down time'],
  ['online', 'offline'],
  ['availability', 'unavailability'],
];

/** The complement of a registry metric word ("uptime" → "downtime"), if it has one. */
export function complementOf(term: string): string | undefined {
  const t = term.trim().toLowerCase().split(/[\s-]+/).join(' ');
  for (const [a, b] of COMPLEMENT_PAIRS) {
    if (t === a) return b;
    if (t === b) return a;
  }
  return undefined;
}
