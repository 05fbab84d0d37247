// The first of a list of start-anchored patterns (each matches only at the start of a text: it begins
// with ^ and has no top-level alternative without one) that matches a text, found with one match per set
// of flags instead of one per pattern. The patterns sharing flags are joined into one alternation,
// each in a group of its own: an alternation tries its branches in order at the start and stops at
// the first that matches, so the lowest-numbered group that took part is the first of those
// patterns to match; across sets of flags the lowest list index wins. Same answer as trying the
// patterns one by one, but V8 picks the branches by their first characters instead of running
// every pattern (a figure's unit is looked for after every number; there are fifty).

interface Joined {
  re: RegExp;
  /** Per branch: the pattern's index in the list, and the number of the group around it. */
  index: number[];
  group: number[];
}

/** Capturing groups a pattern holds (an empty alternative makes it match anything). */
function groupsIn(re: RegExp): number {
  return new RegExp(`${re.source}|`, re.flags).exec('')!.length - 1;
}

export class FirstMatch {
  private readonly joined: Joined[] = [];

  constructor(patterns: readonly RegExp[]) {
    const byFlags = new Map<string, { sources: string[]; index: number[]; group: number[] }>();
    patterns.forEach((re, index) => {
      if (!re.source.startsWith('^') || re.global || re.sticky) throw new Error(`FirstMatch: ${re} must be anchored at the start and not global`);
      // Joined, a back-reference would point at another pattern's group.
      if (/\\(?:[1-9]|k<)/.test(re.source)) throw new Error(`FirstMatch: ${re} holds a back-reference`);
      let set = byFlags.get(re.flags);
      if (!set) byFlags.set(re.flags, (set = { sources: [], index: [], group: [] }));
      const last = set.index.length - 1;
      set.group.push(last < 0 ? 1 : set.group[last] + 1 + groupsIn(patterns[set.index[last]]));
      set.index.push(index);
      // Group names may repeat across patterns; the joined pattern only says which one matched.
      set.sources.push(`(${re.source.replace(/\(\?<(?![=!])[^>]*>/g, '(')})`);
    });
    // Anchored as a whole, so no branch is ever tried past the start (a pattern must match only there).
    for (const [flags, set] of byFlags) this.joined.push({ re: new RegExp(`^(?:${set.sources.join('|')})`, flags), index: set.index, group: set.group });
  }

  /** Index of the first pattern in the list that matches `text`, or -1. */
  indexIn(text: string): number {
    let first = -1;
    for (const j of this.joined) {
      const m = j.re.exec(text);
      if (!m) continue;
      for (let b = 0; b < j.group.length; b++) {
        if (m[j.group[b]] === undefined) continue;
        if (first < 0 || j.index[b] < first) first = j.index[b];
        break;
      }
    }
    return first;
  }
}
