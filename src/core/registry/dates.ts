// Calendar arithmetic on YYYY-MM-DD strings, in UTC so results never depend on the host's zone.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is the text a real calendar date (2026-02-30 is not)? */
export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === text;
}

function toUtc(text: string): number {
  const m = DATE.exec(text)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * A max_age ("365d", "8w", "12mo", "1y", or a number of days) as days counted from `asOf`:
 * months and years are calendar months and years, so "12mo" from 2026-03-01 is 365 days.
 */
export function maxAgeInDays(maxAge: number | string, asOf: string): number | undefined {
  if (typeof maxAge === 'number') return Number.isInteger(maxAge) && maxAge > 0 ? maxAge : undefined;
  const m = /^([1-9][0-9]*)(d|w|mo|y)$/.exec(maxAge);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2] === 'd') return n;
  if (m[2] === 'w') return n * 7;
  const start = new Date(toUtc(asOf));
  const months = m[2] === 'mo' ? n : n * 12;
  const end = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate());
  return Math.round((end - start.getTime()) / 86_400_000);
}
