import type { Dimension, UnitId } from '../types.js';

// Conversion constants (claims-domain §1.15): 1 US gal = 3.785411784 L, 1 imp gal = 4.54609 L, 1 mile = 1.609344 km.
const MPG_UK_PER_US = 4.54609 / 3.785411784; // 1.20095
const L100KM_TIMES_MPG_US = 235.214583; // L/100 km = 235.2146 / mpg(US)
const KML_PER_MPG_US = 1.609344 / 3.785411784; // 0.425144

interface UnitInfo {
  dimension: Dimension;
  /** Factor to the dimension's base unit (seconds, US mpg, Mbps, MB, percent, count, km). Undefined for special cases. */
  factor?: number;
}

const UNITS: Record<string, UnitInfo> = {
  millisecond: { dimension: 'duration', factor: 0.001 },
  second: { dimension: 'duration', factor: 1 },
  minute: { dimension: 'duration', factor: 60 },
  hour: { dimension: 'duration', factor: 3600 },
  day: { dimension: 'duration', factor: 86400 },
  week: { dimension: 'duration', factor: 7 * 86400 },
  fortnight: { dimension: 'duration', factor: 14 * 86400 },
  // A business day is not a fixed number of calendar hours (weekends, holidays): comparable only with itself.
  'business-day': { dimension: 'duration' },
  // Nor is a business hour (evenings, weekends): "a callback in 4 business hours" compares with nothing else.
  'business-hour': { dimension: 'duration' },
  'mpg-us': { dimension: 'fuel-economy', factor: 1 },
  'mpg-uk': { dimension: 'fuel-economy', factor: 1 / MPG_UK_PER_US },
  'km-per-l': { dimension: 'fuel-economy', factor: 1 / KML_PER_MPG_US },
  'l-per-100km': { dimension: 'fuel-economy' }, // inverse: handled in convert()
  mpge: { dimension: 'fuel-economy' }, // electric equivalent: not comparable with liquid-fuel mpg
  kbps: { dimension: 'data-rate', factor: 0.001 },
  mbps: { dimension: 'data-rate', factor: 1 },
  gbps: { dimension: 'data-rate', factor: 1000 },
  'mbyte-per-s': { dimension: 'data-rate', factor: 8 },
  mb: { dimension: 'data-size', factor: 1 },
  gb: { dimension: 'data-size', factor: 1000 },
  tb: { dimension: 'data-size', factor: 1_000_000 },
  percent: { dimension: 'ratio', factor: 1 },
  count: { dimension: 'count', factor: 1 },
  mile: { dimension: 'distance', factor: 1.609344 },
  km: { dimension: 'distance', factor: 1 },
  // Specifications (towing, boot space, output, battery size): base units kg, litre, kW, kWh, N·m.
  lb: { dimension: 'mass', factor: 0.45359237 },
  kg: { dimension: 'mass', factor: 1 },
  litre: { dimension: 'volume', factor: 1 },
  'cubic-foot': { dimension: 'volume', factor: 28.316846592 },
  hp: { dimension: 'power', factor: 0.745699872 },
  ps: { dimension: 'power', factor: 0.73549875 },
  kw: { dimension: 'power', factor: 1 },
  kwh: { dimension: 'energy', factor: 1 },
  'lb-ft': { dimension: 'torque', factor: 1.3558179483 },
  nm: { dimension: 'torque', factor: 1 },
};

/** Names a registry (or a bound like "1 h") may use for each unit; matched case-insensitively. */
const UNIT_NAMES: Array<[string[], UnitId]> = [
  [['ms', 'millisecond', 'milliseconds'], 'millisecond'],
  [['s', 'sec', 'secs', 'second', 'seconds'], 'second'],
  [['min', 'mins', 'minute', 'minutes'], 'minute'],
  [['h', 'hr', 'hrs', 'hour', 'hours'], 'hour'],
  [['d', 'day', 'days', 'calendar day', 'calendar days'], 'day'],
  [['business-day', 'business-days', 'business day', 'business days', 'working day', 'working days', 'working-day', 'working-days'], 'business-day'],
  [['business-hour', 'business-hours', 'business hour', 'business hours', 'working hour', 'working hours'], 'business-hour'],
  [['wk', 'wks', 'week', 'weeks'], 'week'],
  [['fortnight', 'fortnights'], 'fortnight'],
  [['mpg', 'mpg-us', 'mpg us', 'us mpg', 'miles per gallon'], 'mpg-us'],
  [['mpg-uk', 'mpg uk', 'uk mpg', 'imperial mpg', 'mpg (uk)'], 'mpg-uk'],
  [['l-per-100km', 'l/100km', 'l/100 km', 'litres per 100 km', 'liters per 100 km'], 'l-per-100km'],
  [['km-per-l', 'km/l', 'kilometres per litre', 'kilometers per liter'], 'km-per-l'],
  [['mpge'], 'mpge'],
  [['kbps', 'kbit/s'], 'kbps'],
  [['mbps', 'mbit/s', 'mb/s (megabits)'], 'mbps'],
  [['gbps', 'gbit/s'], 'gbps'],
  [['mbyte-per-s', 'mb/s', 'mbyte/s', 'megabytes per second'], 'mbyte-per-s'],
  [['mb', 'megabyte', 'megabytes'], 'mb'],
  [['gb', 'gigabyte', 'gigabytes'], 'gb'],
  [['tb', 'terabyte', 'terabytes'], 'tb'],
  [['%', 'percent', 'per cent', 'pct'], 'percent'],
  [['count', 'number', 'items'], 'count'],
  [['mi', 'mile', 'miles'], 'mile'],
  [['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], 'km'],
  [['lb', 'lbs', 'pound', 'pounds'], 'lb'],
  [['kg', 'kilogram', 'kilograms', 'kilo', 'kilos'], 'kg'],
  [['l', 'litre', 'litres', 'liter', 'liters'], 'litre'],
  [['cubic-foot', 'cubic feet', 'cu ft', 'cu. ft.'], 'cubic-foot'],
  [['hp', 'bhp', 'horsepower'], 'hp'],
  [['ps'], 'ps'],
  [['kw', 'kilowatt', 'kilowatts'], 'kw'],
  [['kwh', 'kilowatt-hour', 'kilowatt-hours'], 'kwh'],
  [['lb-ft', 'lb ft', 'pound-feet', 'pound-foot'], 'lb-ft'],
  [['nm', 'n·m', 'newton-metres', 'newton metres'], 'nm'],
];

const NAME_TO_UNIT = new Map<string, UnitId>();
for (const [names, unit] of UNIT_NAMES) for (const n of names) NAME_TO_UNIT.set(n, unit);

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };

/** A unit from its registry name ("h", "mpg-us", "L/100km", "USD", "currency:EUR"); undefined if unknown. */
export function parseUnitName(text: string): UnitId | undefined {
  const raw = text.trim();
  if (/^currency:[A-Z]{3}$/.test(raw)) return raw as UnitId;
  if (/^[A-Z]{3}$/.test(raw) && raw !== 'MPG') return `currency:${raw}`;
  if (CURRENCY_SYMBOLS[raw]) return `currency:${CURRENCY_SYMBOLS[raw]}`;
  return NAME_TO_UNIT.get(raw.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * A price's billing period in the registry's words (month, year, week, day, user, seat), from how copy
 * or a registry writes it: "mo", "monthly", "Monat", "par mois", "yr", "annum", "jährlich", "wk", …
 */
export function billingPeriod(word: string): string {
  const l = word.toLowerCase();
  if (l.startsWith('mo') || l === 'par mois') return 'month';
  if (l.startsWith('year') || /^(?:yr|annum|an|annually|jahr|jährlich)$/.test(l)) return 'year';
  if (l.startsWith('w')) return 'week';
  return l;
}

export function currencyOfSymbol(symbol: string): string | undefined {
  return CURRENCY_SYMBOLS[symbol];
}

export function dimensionOf(unit: UnitId): Dimension {
  if (unit.startsWith('currency:')) return 'money';
  return UNITS[unit]?.dimension ?? 'count';
}

/** Is a higher figure better for the customer, by default, for this unit? */
export function defaultHigherIsBetter(unit: UnitId): boolean {
  const dim = dimensionOf(unit);
  if (dim === 'duration' || dim === 'money') return false;
  if (unit === 'l-per-100km') return false;
  return true;
}

/** Does a larger number in this unit mean more of the underlying quantity (false for L/100 km vs mpg)? */
function toMpgUs(value: number, unit: UnitId): number | undefined {
  if (unit === 'l-per-100km') return value === 0 ? undefined : L100KM_TIMES_MPG_US / value;
  const f = UNITS[unit]?.factor;
  return f === undefined ? undefined : value * f;
}

function fromMpgUs(mpg: number, unit: UnitId): number | undefined {
  if (unit === 'l-per-100km') return mpg === 0 ? undefined : L100KM_TIMES_MPG_US / mpg;
  const f = UNITS[unit]?.factor;
  return f === undefined ? undefined : mpg / f;
}

/** Converts a value between units; undefined when they are not comparable. */
export function convert(value: number, from: UnitId, to: UnitId): number | undefined {
  if (from === to) return value;
  if (from.startsWith('currency:') || to.startsWith('currency:')) return undefined; // never convert money
  const a = UNITS[from];
  const b = UNITS[to];
  if (!a || !b || a.dimension !== b.dimension) return undefined;
  if (a.dimension === 'fuel-economy') {
    if (from === 'mpge' || to === 'mpge') return undefined;
    const mpg = toMpgUs(value, from);
    return mpg === undefined ? undefined : fromMpgUs(mpg, to);
  }
  if (a.factor === undefined || b.factor === undefined) return undefined;
  return (value * a.factor) / b.factor;
}

/** Whether two units measure the same thing on a convertible scale. */
export function comparable(a: UnitId, b: UnitId): boolean {
  return convert(1, a, b) !== undefined;
}

/** "1 h", "2 business days", "900 Mbps", "$9" → value and unit; undefined if unreadable. */
export function parseQuantityText(text: string): { value: number; unit: UnitId } | undefined {
  const t = text.trim();
  const money = /^([$£€¥₹])\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (money) return { value: Number(money[2]), unit: `currency:${CURRENCY_SYMBOLS[money[1]]}` };
  const m = /^(-?\d+(?:\.\d+)?)\s*(.+)$/.exec(t);
  if (!m) return undefined;
  const unit = parseUnitName(m[2]);
  return unit ? { value: Number(m[1]), unit } : undefined;
}

/** Short unit label for messages ("h", "mpg", "L/100 km", "$"). */
export function unitLabel(unit: UnitId, value = 2): string {
  if (unit.startsWith('currency:')) return unit.slice(9);
  const plural = Math.abs(value) !== 1;
  switch (unit) {
    case 'millisecond': return 'ms';
    case 'second': return plural ? 'seconds' : 'second';
    case 'minute': return plural ? 'minutes' : 'minute';
    case 'hour': return plural ? 'hours' : 'hour';
    case 'day': return plural ? 'days' : 'day';
    case 'business-day': return plural ? 'business days' : 'business day';
    case 'business-hour': return plural ? 'business hours' : 'business hour';
    case 'week': return plural ? 'weeks' : 'week';
    case 'fortnight': return plural ? 'fortnights' : 'fortnight';
    case 'mpg-us': return 'mpg';
    case 'mpg-uk': return 'mpg (UK)';
    case 'l-per-100km': return 'L/100 km';
    case 'km-per-l': return 'km/L';
    case 'mpge': return 'MPGe';
    case 'kbps': return 'kbps';
    case 'mbps': return 'Mbps';
    case 'gbps': return 'Gbps';
    case 'mbyte-per-s': return 'MB/s';
    case 'mb': return 'MB';
    case 'gb': return 'GB';
    case 'tb': return 'TB';
    case 'percent': return '%';
    case 'count': return '';
    case 'mile': return plural ? 'miles' : 'mile';
    case 'km': return 'km';
    case 'lb': return 'lb';
    case 'kg': return 'kg';
    case 'litre': return plural ? 'litres' : 'litre';
    case 'cubic-foot': return 'cu ft';
    case 'hp': return 'hp';
    case 'ps': return 'PS';
    case 'kw': return 'kW';
    case 'kwh': return 'kWh';
    case 'lb-ft': return 'lb-ft';
    case 'nm': return 'Nm';
    default: return unit;
  }
}

/** "$9", "£29.99", "6 hours", "99.9%", "41 mpg" for messages. */
export function formatQuantity(value: number, unit: UnitId, decimals?: number): string {
  const n = formatNumber(value, decimals);
  if (unit.startsWith('currency:')) {
    const code = unit.slice(9);
    const symbol = Object.entries(CURRENCY_SYMBOLS).find(([, c]) => c === code)?.[0];
    return symbol ? `${symbol}${n}` : `${n} ${code}`;
  }
  if (unit === 'percent') return `${n}%`;
  if (unit === 'count') return n;
  return `${n} ${unitLabel(unit, value)}`;
}

/** A number with at most `decimals` places (default: up to 2, trailing zeros dropped). */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals !== undefined) return value.toFixed(decimals);
  const rounded = Math.round(value * 100) / 100;
  return String(rounded);
}
