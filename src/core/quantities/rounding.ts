// "Within rounding": half a unit of the copy's last written digit ("41" covers 40.5–41.5, "99.9%"
// 99.85–99.95, "1.2k" 1,150–1,250, "2 million" 1.5–2.5 million). A scale written with the figure
// ("k", "M", "million") is part of that unit: "1 million" is one digit of millions, not seven of ones.
import type { Quantity } from '../types.js';
import { scanNumbers } from './numbers.js';

/** The scale written with the claim's figure ("1.2k" → 1,000; "2 million" → 1,000,000), else 1. */
export function writtenScale(q: Quantity, text: string): number {
  const token = scanNumbers(text).find((t) => Math.abs(t.value - q.value) <= 1e-9 * Math.max(1, Math.abs(q.value)));
  return token?.scale ?? 1;
}

/** Half a unit of the last written digit of the claim's figure, in the figure's own unit. */
export function halfUnit(q: Quantity, text: string): number {
  return 0.5 * 10 ** -q.decimals * writtenScale(q, text);
}
