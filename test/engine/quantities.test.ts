// Number forms and unit conversions, as tables whose rows state what they expect.
import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../src/core/quantities/numbers.js';
import { halfUnit, writtenScale } from '../../src/core/quantities/rounding.js';
import { convert, parseQuantityText, parseUnitName } from '../../src/core/quantities/units.js';
import { findClaims } from '../../src/core/claims/find.js';

describe('numbers as copy writes them', () => {
  const rows: Array<[string, string, number[]]> = [
    ['1,234,567 customers', 'en', [1234567]],
    ['4.50 and 42', 'en', [4.5, 42]],
    ['1.2k reviews, 2M+ users, £1bn', 'en', [1200, 2e6, 1e9]],
    ['1.234,5 km', 'de', [1234.5]],
    ['1 000,5 km', 'fr', [1000.5]],
    ["1'250.5", 'de-CH', [1250.5]],
    ['1,00,000 users', 'en-IN', [100000]],
    ['1.2 million drivers', 'en', [1.2e6]],
    ['twenty-four hours', 'en', [24]],
    ['one hour and forty minutes', 'en', [1, 40]],
    ['a dozen agents', 'en', [12]],
    // a fraction written before a scale word: "two and a half million" is 2.5 million, written to the half
    ['three and a half million drivers', 'en', [3.5e6]],
    ['one and a quarter thousand stores', 'en', [1250]],
  ];
  for (const [text, locale, values] of rows) {
    it(`${locale}: ${text}`, () => expect(scanNumbers(text, locale).filter((t) => !t.ambiguous).map((t) => t.value)).toEqual(values));
  }
  it('"1,5" in English is ambiguous and not read as a figure', () => {
    expect(scanNumbers('1,5 days', 'en')[0].ambiguous).toBe(true);
    expect(findClaims('Delivery in 1,5 days', { locale: 'en' })).toEqual([]);
  });
  it('keeps the written decimals for fixes', () => expect(scanNumbers('99.90%', 'en')[0].decimals).toBe(2));
});

describe('unit conversions', () => {
  const close = (a: number | undefined, b: number) => expect(a).toBeCloseTo(b, 2);
  it('US and UK mpg', () => {
    close(convert(45, 'mpg-us', 'mpg-uk'), 54.04);
    close(convert(45, 'mpg-uk', 'mpg-us'), 37.47);
  });
  it('L/100 km is inverse (lower is better)', () => {
    close(convert(45, 'mpg-us', 'l-per-100km'), 5.23);
    close(convert(5.23, 'l-per-100km', 'mpg-us'), 44.97);
    close(convert(45, 'mpg-uk', 'l-per-100km'), 6.28);
  });
  it('specifications: weight, volume, power and torque convert within their dimension only', () => {
    close(convert(5000, 'lb', 'kg'), 2267.96);
    close(convert(10, 'cubic-foot', 'litre'), 283.17);
    close(convert(300, 'hp', 'kw'), 223.71);
    close(convert(295, 'lb-ft', 'nm'), 399.97);
    expect(convert(75, 'kwh', 'kw')).toBeUndefined();
    expect(parseUnitName('lbs')).toBe('lb');
    expect(parseUnitName('L')).toBe('litre');
  });
  it('km/L', () => close(convert(45, 'mpg-us', 'km-per-l'), 19.13));
  it('durations', () => {
    close(convert(90, 'minute', 'hour'), 1.5);
    close(convert(2, 'day', 'hour'), 48);
    close(convert(250, 'millisecond', 'second'), 0.25);
    close(convert(1, 'fortnight', 'day'), 14);
    expect(parseUnitName('ms')).toBe('millisecond');
    expect(parseUnitName('fortnights')).toBe('fortnight');
  });
  it('business days convert only to business days', () => {
    expect(convert(2, 'business-day', 'day')).toBeUndefined();
    expect(convert(2, 'business-day', 'business-day')).toBe(2);
  });
  it('business hours convert to nothing else', () => {
    expect(parseUnitName('business hours')).toBe('business-hour');
    expect(convert(4, 'business-hour', 'hour')).toBeUndefined();
    expect(convert(4, 'business-hour', 'business-day')).toBeUndefined();
  });
  it('Mbps vs MB/s', () => close(convert(100, 'mbyte-per-s', 'mbps'), 800));
  it('money never converts', () => expect(convert(9, 'currency:USD', 'currency:GBP')).toBeUndefined());
  it('MPGe is not liquid-fuel mpg', () => expect(convert(100, 'mpge', 'mpg-us')).toBeUndefined());
  it('registry unit names and bounds', () => {
    expect(parseUnitName('h')).toBe('hour');
    expect(parseUnitName('L/100km')).toBe('l-per-100km');
    expect(parseUnitName('USD')).toBe('currency:USD');
    expect(parseUnitName('furlongs')).toBeUndefined();
    expect(parseQuantityText('2 business days')).toEqual({ value: 2, unit: 'business-day' });
    expect(parseQuantityText('900 Mbps')).toEqual({ value: 900, unit: 'mbps' });
  });
});

describe('claim finder: units and number forms in copy', () => {
  const rows: Array<[string, string]> = [
    ['Gets 45mpg', '45 mpg-us'],
    ['Gets 45 MPG', '45 mpg-us'],
    ['Gets 45 miles per gallon', '45 mpg-us'],
    ['Gets 45 m.p.g.', '45 mpg-us'],
    ['Gets forty-five mpg', '45 mpg-us'],
    ['Returns 54 UK mpg', '54 mpg-uk'],
    ['Uses 5.2 L/100 km', '5.2 l-per-100km'],
    ['Does 19 km/L', '19 km-per-l'],
    ['Answers in 42s', '42 second'],
    ['Answers in 2 mins', '2 minute'],
    ['Replies in 3 hrs', '3 hour'],
    ['Ships in 2 business days', '2 business-day'],
    ['Ships in 2 working days', '2 business-day'],
    ['Calls you back in 4 business hours', '4 business-hour'],
    ['Replies within 8 working hours', '8 business-hour'],
    ['Speeds of 900 Mbps', '900 mbps'],
    ['Downloads at 100 MB/s', '100 mbyte-per-s'],
    ['Speeds of 1 Gig', '1 gbps'],
    ['Replies within one hour', '1 hour'],
    ['Answers in twenty-four hours', '24 hour'],
    ['About 45 mpg', '45 mpg-us'],
    ['£29 per month', '29 currency:GBP'],
    ['€19/mo', '19 currency:EUR'],
    ['29 USD a month', '29 currency:USD'],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      const [c] = findClaims(text, { locale: 'en' });
      expect(c && `${c.quantity?.value} ${c.quantity?.unit}`).toBe(expected);
    });
  }
  it('records approximation words', () => expect(findClaims('About 45 mpg', { locale: 'en' })[0].quantity?.approx).toBe('about'));
  it('reads ranges with en dash, hyphen, "to" and "between … and"', () => {
    for (const t of ['in 3–5 days', 'in 3-5 days', 'in 3 to 5 days', 'between 3 and 5 days']) {
      const [c] = findClaims(`Refunds ${t}.`, { locale: 'en' });
      expect([c.quantity?.value, c.quantity?.high]).toEqual([3, 5]);
    }
  });
  it('does not read "24-7" or "2012–13" as ranges', () => {
    expect(findClaims('Open 24-7.', { locale: 'en' }).map((c) => c.kind)).toEqual(['schedule']);
    expect(findClaims('In the 2012–13 season.', { locale: 'en' })).toEqual([]);
  });
});

describe('within rounding: half a unit of the last written digit', () => {
  const q = (value: number, decimals = 0) => ({ value, unit: 'count' as const, decimals });
  it('counts a written scale as the unit of the last digit', () => {
    expect(halfUnit(q(1e6), '1 million customers')).toBe(5e5);
    expect(halfUnit(q(1.2e3, 1), '1.2k stores')).toBeCloseTo(50);
    expect(halfUnit(q(2.5e6, 1), '2.5M downloads')).toBeCloseTo(5e4);
    expect(halfUnit(q(1e6), 'one million customers')).toBe(5e5);
    expect(halfUnit(q(3.5e6, 1), 'three and a half million riders')).toBeCloseTo(5e4);
  });
  it('reads a figure without a scale to its written places', () => {
    expect(halfUnit(q(1), '1 hour')).toBe(0.5);
    expect(halfUnit(q(99.9, 1), '99.9%')).toBeCloseTo(0.05);
    expect(halfUnit(q(1200000), '1,200,000 miles')).toBe(0.5);
    expect(writtenScale(q(1200000), '1,200,000 miles')).toBe(1);
  });
});

/** The claims found in `text`, as "kind | claim words | value comparator". */
const readings = (text: string) => findClaims(text, { locale: 'en' }).map((c) => `${c.kind} | ${text.slice(c.start, c.end)} | ${c.quantity ? `${c.quantity.value} ${c.comparator}` : c.comparator}`);

describe('claim finder: counts written with words', () => {
  const rows: Array<[string, string[]]> = [
    ['Over a million customers shop with us.', ['count | Over a million customers | 1000000 >']],
    ['Nearly half a million members.', ['count | Nearly half a million members | 500000 <']],
    // an approximation word that opens the sentence is no product name ("Fibre 900 customers" is)
    ['Roughly 750 dealers can book a test drive.', ['count | Roughly 750 dealers | 750 =']],
    ['Approximately 40 stores nationwide.', ['count | Approximately 40 stores | 40 =', 'coverage | nationwide | =']],
    // "100s of" is "hundreds of", never 100 seconds
    ['Works with 100s of integrations.', ['count | 100s of integrations | 200 >=']],
    ['Trusted by 1,000s of businesses.', ['count | 1,000s of businesses | 2000 >=']],
    ['We run 100s of checks a day.', []],
    // "a million" with no count noun after it, or as the whole of "one in a million", is no claim
    ["She's one in a million.", []],
    ['Answers in 42s.', ['figure | 42s | 42 =']],
  ];
  for (const [text, expected] of rows) it(text, () => expect(readings(text)).toEqual(expected));
});

describe('claim finder: round-the-clock schedules', () => {
  const rows: Array<[string, string[]]> = [
    ['Support 24 x 7 from real experts.', ['schedule | 24 x 7 | =']],
    ['Our engineers are on call 24×7.', ['schedule | 24×7 | =']],
    ['Our team is available any time, day or night.', ['schedule | any time, day or night | =']],
    ['Call us day or night.', ['schedule | day or night | =']],
    // "24-hour" before a service means round the clock; before a response or delivery it is a bound
    ['Our helpline offers 24-hour customer service.', ['schedule | 24-hour | =']],
    ['Every car comes with 24-hour roadside assistance.', ['schedule | 24-hour | =']],
    ['Email: 24-hour response time.', ['bound | 24-hour | 24 <=']],
    // two promises about different things stay apart when "with" brings in the second
    ['Stores open 7 days a week, with support on hand day or night.', ['schedule | 7 days a week | =', 'schedule | day or night | =']],
  ];
  for (const [text, expected] of rows) it(text, () => expect(readings(text)).toEqual(expected));
  it('reads them as always open', () => expect(findClaims('Support 24 x 7.', { locale: 'en' })[0].schedule).toEqual({ always: true }));
});

describe('claim finder: deadlines set for the customer', () => {
  const none = [
    'You must report damage within 2 days of delivery.',
    'Lost-parcel claims must be filed within 30 days.',
    'To keep the discount, you need to upgrade within 7 days.',
    'Damaged items have to be reported within 48 hours.',
    'You must book a service within 12 months or 10,000 miles.',
    'Returns accepted within 30 days of purchase.',
    'You can cancel within 14 days.',
    'Report damage within 2 days.',
  ];
  for (const text of none) it(text, () => expect(readings(text)).toEqual([]));
  // the company's own promise beside such words is still read
  it('keeps a promise in another clause', () => expect(readings('No need to chase, we reply within 1 hour.')).toEqual(['bound | within 1 hour | 1 <=']));
  it('keeps a must-have', () => expect(readings('Our must-have plan costs $9 a month.')).toEqual(['price | $9 a month | 9 =']));
});

describe("claim finder: other companies' figures", () => {
  const rows: Array<[string, string[]]> = [
    ['Rival couriers take 3 days; we deliver next day.', ['bound | next day | 1 <=']],
    ['Courier X takes 5 days, while we get there in under a week.', ['bound | in under a week | 1 <=']],
    ['Cable companies charge $90 a month; our Gig plan is $70 a month.', ['price | $70 a month | 70 =']],
    ['Unlike the big banks, who keep you on hold for 20 minutes, we answer within 6 minutes.', ['bound | within 6 minutes | 6 <=']],
    ['Compared with 4 days for second-class post, our parcels arrive within 3 days.', ['bound | within 3 days | 3 <=']],
    // the company's own fleet, hedged, and a lower-case "store a" are no competitors
    ['Many of our stores open until 9pm.', ['schedule | until 9pm | =']],
    ['We store a backup in 3 data centres.', ['count | 3 data centres | 3 =']],
    // a comparison with them is the copy's own claim
    ['We are 2x faster than other hosts.', ['comparative | 2x faster | >=']],
  ];
  for (const [text, expected] of rows) it(text, () => expect(readings(text)).toEqual(expected));
});

describe('claim finder: former prices, savings, credits and star ratings', () => {
  const rows: Array<[string, string[]]> = [
    ['Growth plan: was $39, now $29 a month.', ['price | $29 a month | 29 =']],
    ['Switch to annual billing and save $20.', []],
    ['Get $20 off your first month.', []],
    // an SLA's credit schedule: thresholds and remedies
    ['Service credits: below 99.9%: 10% credit; below 99%: 25% credit.', []],
    ['If a month drops below 99.9%, you get a 10% bill credit.', []],
    // a discount is still an up-to claim; a charge level is not
    ['Save up to 40% on outdoor furniture.', ['up-to | up to 40% | 40 =']],
    ['The Volta charges up to 80% in 30 minutes.', ['figure | 30 minutes | 30 =']],
    ['Cold weather can cut range by up to 30%.', []],
    // a score on a scale is not a share of customers; a whole share of a population is
    ['4.8 out of 5 stars from our users.', []],
    ['Customers rate us 4 out of 5.', []],
    ['4 out of 5 dentists recommend it.', ['percentage | 4 out of 5 | 80 =']],
  ];
  for (const [text, expected] of rows) it(text, () => expect(readings(text)).toEqual(expected));
});

describe('claim finder: idioms and fee promises', () => {
  const rows: Array<[string, string[]]> = [
    ['Free plans get best-effort support by email.', []],
    ['Our team makes a best effort to loan you a car.', []],
    ['Your security is our number one priority.', []],
    // "second to none" says "unrivalled"; "no setup fee" promises like "no hidden fees"
    ['Our warranty is second to none.', ['superlative | second to none | =']],
    ['No setup fee on any plan.', ['absolute | No setup fee | =']],
    ['The best hosting for WordPress.', ['superlative | best | =']],
  ];
  for (const [text, expected] of rows) it(text, () => expect(readings(text)).toEqual(expected));
});

describe('claim finder: the period a figure was measured over', () => {
  const rows: Array<[string, string[]]> = [
    ['Measured across all services over the 8 weeks to 31 October 2026.', []],
    ['Averaged over 4 weeks of monitoring.', []],
    ['Data for the 6 weeks ending June 2026.', []],
    ['In the past 12 weeks, our parcels arrived in 2 days.', ['figure | 2 days | 2 =']],
    ['Parcels arrive in 3 days to Mayfair.', ['figure | 3 days | 3 =']],
  ];
  for (const [text, expected] of rows) it(text, () => expect(readings(text)).toEqual(expected));
});
