// Reads the layout of a comparison table whose columns are companies or products
// ("| | Cloudnest | HostHarbor | PressPoint |"): which value columns are ours and which a rival's.
// A rival's cells are not our claims; a row label ("Human support 24/7") is ours only as far as the
// cell under our column ticks it.
import type { RegistryIndex } from './link.js';

export interface TableSides {
  /** Value columns (index ≥ 1) whose header names us: a product, plan or company name the registry knows. */
  ours: number[];
  /** Value columns whose header names someone else, in a table that has a column of ours. */
  rivals: Set<number>;
}

/** A header that speaks for the copy's own side without a name: "Us", "Our plan", "With us". */
const FIRST_PERSON = /^(?:us|we|ours|our\s.+|with us|you with us)$/i;

/** A cell that denies the row under a column: a cross, or "No". */
const CROSS = /^(?:[✗✘❌✕×⨯]|no)$/iu;

/** A cell that affirms the row under a column: a tick, or "Yes". */
const TICK = /^(?:[✓✔✅☑]\uFE0F?|yes)$/iu;

const sidesCache = new WeakMap<string[], WeakMap<RegistryIndex, TableSides>>();

/**
 * Our columns are the value columns whose header names a proper name the registry knows (a subject
 * or plan written with a capital: "Tallgrass Fiber", "Vantor Aero 1.5 Hybrid") or speaks in the first
 * person. Only where one does, every other value column whose header holds a word the registry does
 * not know ("Prairie Cable", "Typical host") is a rival's; a header made only of the registry's words
 * ("Price", "Download") is a metric of ours, not a rival.
 */
export function tableSides(headers: string[], index: RegistryIndex): TableSides {
  let byIndex = sidesCache.get(headers);
  if (!byIndex) {
    byIndex = new WeakMap();
    sidesCache.set(headers, byIndex);
  }
  const cached = byIndex.get(index);
  if (cached) return cached;
  const properNames = index.subjects.filter((s) => /^\p{Lu}/u.test(s.subject));
  const ours: number[] = [];
  headers.forEach((header, c) => {
    if (c === 0 || !header.trim()) return;
    if (FIRST_PERSON.test(header.trim()) || properNames.some((s) => s.matcher.test(header))) ours.push(c);
  });
  const rivals = new Set<number>();
  if (ours.length) {
    headers.forEach((header, c) => {
      if (c === 0 || ours.includes(c)) return;
      const words = header.toLowerCase().match(/\p{L}[\p{L}\p{N}'’]*/gu) ?? [];
      if (words.some((w) => !index.knownWords.has(w))) rivals.add(c);
    });
  }
  const sides = { ours, rivals };
  byIndex.set(index, sides);
  return sides;
}

/**
 * What a row's cells under our columns say of its label: 'denied' when every one of them is a cross
 * (the row is not our claim), else the headers of our columns that tick it (they name what the
 * label is claimed of).
 */
export function rowUnderOurs(row: string[], headers: string[], sides: TableSides): { denied: boolean; tickedBy: string[] } {
  const cells = sides.ours.map((c) => (row[c] ?? '').trim());
  const denied = cells.length > 0 && cells.every((cell) => CROSS.test(cell));
  const tickedBy = sides.ours.filter((c) => TICK.test((row[c] ?? '').trim())).map((c) => headers[c]);
  return { denied, tickedBy };
}
