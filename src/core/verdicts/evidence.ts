// Questions the reading rules ask of an entry's evidence: "what share of cases meets this bound?",
// "what figure do p% of cases reach?". Answers are exact where the registry records them and
// bounded (at least / at most) where only percentiles are known; unknown stays unknown.
import type { Distribution } from '../types.js';

/** Whether at least `required` of cases are at or below `bound`: true, false, or undefined if the evidence cannot tell. */
export function shareWithinAtLeast(d: Distribution | undefined, bound: number, required: number): boolean | undefined {
  if (!d) return undefined;
  const eps = 1e-9 * Math.max(1, Math.abs(bound));
  for (const w of d.within ?? []) {
    if (Math.abs(w.bound - bound) <= eps) return w.share >= required;
  }
  // Shares can only grow with the bound.
  if ((d.within ?? []).some((w) => w.bound <= bound + eps && w.share >= required)) return true;
  if ((d.within ?? []).some((w) => w.bound >= bound - eps && w.share < required)) return false;
  const pct = percentiles(d);
  const needRank = Math.round(required * 1000) / 10;
  if (pct.some(([rank, v]) => rank >= needRank && v <= bound + eps)) return true;
  if (pct.some(([rank, v]) => rank <= needRank && v > bound + eps)) return false;
  if (d.max !== undefined && d.max <= bound + eps) return true;
  if (d.min !== undefined && d.min > bound + eps) return false;
  // A maximum beyond the bound is a case outside it: "all within" fails.
  if (required >= 1 && d.max !== undefined && d.max > bound + eps) return false;
  return undefined;
}

/** The cases a distribution shows beyond `bound`: their share where it is known (or a share it is at least), and the maximum. */
export interface CasesOutside {
  /** Share of cases beyond `over` (at least that share beyond `bound` itself); undefined when only the maximum shows any. */
  share?: number;
  /** The share is a lower bound: read from a percentile, or from a within-share at a longer bound. */
  atLeast: boolean;
  /** The bound the share is measured beyond: `bound` itself, or a longer one the registry records. */
  over: number;
  percentile?: { rank: number; value: number };
  max?: number;
}

/** Which cases fall outside `bound` (for "every … within" claims the evidence refutes); undefined when it shows none. */
export function casesOutside(d: Distribution, bound: number): CasesOutside | undefined {
  const eps = 1e-9 * Math.max(1, Math.abs(bound));
  const max = d.max !== undefined && d.max > bound + eps ? d.max : undefined;
  const rest = (share: number) => Math.round((1 - share) * 1e6) / 1e6;
  const within = d.within ?? [];
  const exact = within.find((w) => Math.abs(w.bound - bound) <= eps && w.share < 1);
  if (exact) return { share: rest(exact.share), atLeast: false, over: bound, max };
  // The nearest longer bound with cases beyond it: at least that share is beyond this one too.
  const longer = within.filter((w) => w.bound > bound + eps && w.share < 1).sort((a, b) => a.bound - b.bound)[0];
  if (longer) return { share: rest(longer.share), atLeast: false, over: longer.bound, max };
  const above = percentiles(d).filter(([, v]) => v > bound + eps).sort((a, b) => a[0] - b[0])[0];
  if (above) return { share: rest(above[0] / 100), atLeast: true, over: bound, percentile: { rank: above[0], value: above[1] }, max };
  return max !== undefined ? { atLeast: true, over: bound, max } : undefined;
}

/** Whether at least `required` of cases are at or above `bound` (for "up to" on higher-is-better measures). */
export function shareReachingAtLeast(d: Distribution | undefined, bound: number, required: number): boolean | undefined {
  if (!d) return undefined;
  const eps = 1e-9 * Math.max(1, Math.abs(bound));
  for (const r of d.reaching ?? []) {
    if (Math.abs(r.bound - bound) <= eps) return r.share >= required;
  }
  if ((d.reaching ?? []).some((r) => r.bound >= bound - eps && r.share >= required)) return true;
  if ((d.reaching ?? []).some((r) => r.bound <= bound + eps && r.share < required)) return false;
  // Share reaching ≥ X is 1 - rank/100 for the percentile at X: p10 ≥ X means ≥ 90% reach X.
  const needRank = Math.round((1 - required) * 1000) / 10;
  const pct = percentiles(d);
  if (pct.some(([rank, v]) => rank <= needRank && v >= bound - eps)) return true;
  if (pct.some(([rank, v]) => rank >= needRank && v < bound - eps)) return false;
  if (d.min !== undefined && d.min >= bound - eps) return true;
  if (d.max !== undefined && d.max < bound - eps) return false;
  return undefined;
}

/** Smallest bound the evidence shows `required` of cases meet (for "within" fixes). */
export function boundMetBy(d: Distribution | undefined, required: number): { value: number; how: string } | undefined {
  if (!d) return undefined;
  const candidates: Array<{ value: number; how: string }> = [];
  for (const w of d.within ?? []) if (w.share >= required) candidates.push({ value: w.bound, how: `${pctText(w.share)} within` });
  for (const [rank, v] of percentiles(d)) if (rank >= Math.round(required * 1000) / 10) candidates.push({ value: v, how: `p${rank}` });
  if (d.max !== undefined) candidates.push({ value: d.max, how: 'max' });
  candidates.sort((a, b) => a.value - b.value);
  return candidates[0];
}

/** Largest figure the evidence shows `required` of cases reach (for "up to" fixes). */
export function figureReachedBy(d: Distribution | undefined, required: number): { value: number; how: string } | undefined {
  if (!d) return undefined;
  const candidates: Array<{ value: number; how: string }> = [];
  for (const r of d.reaching ?? []) if (r.share >= required) candidates.push({ value: r.bound, how: `${pctText(r.share)} reach` });
  for (const [rank, v] of percentiles(d)) if (rank <= Math.round((1 - required) * 1000) / 10) candidates.push({ value: v, how: `p${rank}` });
  if (d.min !== undefined) candidates.push({ value: d.min, how: 'min' });
  candidates.sort((a, b) => b.value - a.value);
  return candidates[0];
}

export function percentiles(d: Distribution): Array<[number, number]> {
  const out: Array<[number, number]> = Object.entries(d.percentiles ?? {}).map(([k, v]) => [Number(k), v]);
  if (d.median !== undefined) out.push([50, d.median]);
  return out.sort((a, b) => a[0] - b[0]);
}

export function pctText(share: number): string {
  const p = share * 100;
  return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}
