// Reading rules of docs/readings.md, one block per rule: what the claim finder reads in a sentence
// ("kind | claim text | value comparator"), and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/core/claims/find.js';

const readings = (text: string) => findClaims(text, { locale: 'en' }).map((c) => `${c.kind} | ${text.slice(c.start, c.end)} | ${c.quantity ? `${c.quantity.value} ${c.comparator}` : c.comparator}`);

describe('the window of a price match is the customer’s', () => {
  for (const text of [
    'Find it cheaper within 14 days and we’ll refund the difference.',
    'Our price match is guaranteed: spot it cheaper at another US store within 14 days and we’ll refund the difference.',
    'Spot the same sofa for less within 30 days and we’ll match it.',
    'If you find a lower price within 7 days, we refund the gap.',
  ]) it(text, () => expect(readings(text).filter((r) => r.startsWith('bound'))).toEqual([]));
  it('keeps the company’s own bound beside it', () => expect(readings('Find it cheaper and we’ll refund the difference within 5 days.')).toEqual(['bound | within 5 days | 5 <=']));
});

describe('"every"/"all" quantifying a bound on time is a claim of its own', () => {
  it('every ticket within 2 hours', () => expect(readings('Every ticket gets a reply within 2 hours.')).toEqual(['absolute | Every ticket | 2 <=', 'bound | within 2 hours | 2 <=']));
  it('all parcels next day', () => expect(readings('All parcels arrive next day.')).toEqual(['absolute | All | 1 <=', 'bound | next day | 1 <=']));
  it('all of our orders in under 3 days', () => expect(readings('All of our orders are delivered in under 3 days.')).toEqual(['absolute | All | 3 <=', 'bound | in under 3 days | 3 <=']));
  it('a hedged bound carries no universal claim', () => expect(readings('Every ticket usually gets a reply within 2 hours.')).toEqual(['bound | within 2 hours | 2 <=']));
  it('a share of all parcels is one share claim', () => expect(readings('Half of all parcels arrive within 2 days.').map((r) => r.split(' | ')[0])).toEqual(['percentage']));
  it('a goal stays no claim', () => expect(readings('We aim to answer every ticket within 2 hours.')).toEqual([]));
  it('other stress stays folded: unlimited data on every plan', () => expect(readings('Unlimited data on every plan.')).toEqual(['absolute | Unlimited | =']));
  it('other stress stays folded: all our shops open until 9pm', () => expect(readings('All our shops are open until 9pm.').map((r) => r.split(' | ')[0])).toEqual(['schedule']));
  it('"all <things>" without a bound on time is no claim', () => expect(readings('All orders ship free.')).toEqual([]));
  it('one plain word may describe the thing: every tracked parcel', () => expect(readings('Every tracked parcel arrives within 5 days.')).toEqual(['absolute | Every tracked parcel | 5 <=', 'bound | within 5 days | 5 <=']));
  it('a hedge in an earlier clause does not reach a clause that opens on "every"', () => {
    const hedged = (text: string) => findClaims(text, { locale: 'en' }).map((c) => `${c.kind} | ${text.slice(c.start, c.end)} | ${c.hedge ?? '-'}`);
    expect(hedged('Most parcels land in 2 days, and every tracked parcel within 5 days.')).toEqual(['figure | 2 days | most', 'absolute | every tracked parcel | -', 'bound | within 5 days | -']);
    expect(hedged('Usually, all our parcels arrive within 3 days.')).toEqual(['bound | within 3 days | usually']);
  });
  it('"every other", "every few" or a time before the noun is no "every"', () => {
    expect(readings('Every other order ships within 2 days.')).toEqual(['bound | within 2 days | 2 <=']);
    expect(readings('Every day customers get a reply within 2 hours.').filter((r) => r.startsWith('absolute'))).toEqual([]);
  });
});

describe('a bare number after a bound word takes the unit of the duration before it', () => {
  const shares = (text: string) => findClaims(text, { locale: 'en' }).map((c) => `${c.kind} | ${text.slice(c.start, c.end)} | ${c.bound ? `${c.bound.value} ${c.bound.unit}` : c.quantity ? `${c.quantity.value} ${c.quantity.unit}` : '-'}`);
  it('a share within it, past the share', () => expect(shares('Repairs are usually done in 3 days, and 95% are finished within 7.')).toEqual(['figure | 3 days | 3 day', 'percentage | 95% | 7 day']));
  it('a bound of its own', () => expect(shares('Live chat picks up in 40 seconds, and always within 90.').filter((r) => r.includes('within'))).toEqual(['bound | within 90 | 90 second']));
  it('not after a figure of another dimension', () => expect(shares('The Pro tows 3,500 pounds, the Mini under 2,000.').map((r) => r.split(' | ')[1])).not.toContain('under 2,000'));
  it('not when the number goes on to a noun', () => expect(shares('Orders arrive in 2 days, within 5 miles of a depot.').map((r) => r.split(' | ')[1])).not.toContain('within 5'));
});

describe('a share after "to" that names whom a verb of serving serves', () => {
  const kinds = (text: string) => findClaims(text, { locale: 'en' }).map((c) => `${c.kind} | ${text.slice(c.start, c.end)}${c.bound ? ` | within ${c.bound.value} ${c.bound.unit}` : ''}`);
  it('respond to 95% of tickets', () => expect(kinds('Our agents respond to 95% of tickets within 2 hours.')).toEqual(['percentage | 95% | within 2 hour']));
  it('a "to" that repeats the verb after "and"', () => expect(kinds('We write back to most customers the same day, and to 97% of them within three days.').filter((r) => r.startsWith('percentage'))).toEqual(['percentage | 97% | within 3 day']));
  it('a level reached stays no share', () => expect(kinds('The battery charges back to 80% in 30 minutes.').filter((r) => r.startsWith('percentage'))).toEqual([]));
  it('a range of levels stays no share', () => expect(kinds('Uptime rose from 99.5 to 99.9% this year.').filter((r) => r.startsWith('percentage'))).toEqual([]));
});

describe('an absolute about expiry is operational', () => {
  it('store credit never expires', () => expect(readings('Store credit never expires.')).toEqual(['absolute | never | =']));
  it('a plain expiry date is no claim', () => expect(readings('Your coupon expires on Friday.')).toEqual([]));
});

describe('a disclosure of worse service is no promise', () => {
  for (const text of [
    'Please note: during the January year-end rush, live chat waits can stretch to 10 minutes or more.',
    'At peak times hold times can rise to 20 minutes.',
    'Delivery can increase to 5 days over Christmas.',
  ]) it(text, () => expect(readings(text)).toEqual([]));
  it('keeps a plain bound', () => expect(readings('Live chat waits are under 2 minutes.')).toEqual(['bound | under 2 minutes | 2 <']));
});

describe('an instruction to the reader is no promise', () => {
  it('Plug in overnight', () => expect(readings('Plug in overnight and the Volta EV pays you back with 118 MPGe combined.').filter((r) => r.startsWith('bound'))).toEqual([]));
  it('Reply within 24 hours', () => expect(readings('Reply within 24 hours to confirm your booking.')).toEqual([]));
  it('keeps a figure farther on', () => expect(readings('Plug in and expect at least 850 Mbps.')).toEqual(['bound | at least 850 Mbps | 850 >=']));
});

describe('a range of charge levels is no share', () => {
  it('a 10–80% fast charge', () => expect(readings('A 10–80% fast charge in 35 minutes or less.')).toEqual(['bound | 35 minutes or less | 35 <=']));
  it('a 20-80% top-up', () => expect(readings('It manages a 20-80% top-up in under 30 minutes.')).toEqual(['bound | in under 30 minutes | 30 <=']));
  it('keeps a range of shares', () => expect(readings('A 95–99% on-time record.').map((r) => r.split(' | ')[0])).toEqual(['percentage']));
  it('the levels as the subject of the time taken', () => expect(readings('5-80% needs just 40 minutes on a public charger.')).toEqual(['figure | 40 minutes | 40 =']));
  it('a hedged time taken', () => expect(readings('From empty, 20–80% usually takes 25 minutes.')).toEqual(['figure | 25 minutes | 25 =']));
});

describe('the power of the charger a charge is done on is its condition', () => {
  it('at a 250 kW public charger', () => expect(readings('At a 250 kW public charger, the battery gains 200 miles in 15 minutes.').filter((r) => r.includes('kW'))).toEqual([]));
  it('on 350 kW ultra-rapid charging stations', () => expect(readings('Plugged into 350 kW ultra-rapid charging stations it tops up in 18 minutes.').filter((r) => r.includes('kW'))).toEqual([]));
  it('keeps the car’s own charging power', () => expect(readings('The Strata charges at up to 150 kW.')).toEqual(['up-to | up to 150 kW | 150 <=']));
  it('keeps an onboard charger’s power', () => expect(readings('It accepts 11 kW AC charging at home.')).toEqual(['figure | 11 kW | 11 =']));
});

describe('the limit a fair-use policy sets is no claim', () => {
  for (const text of ['* Fair use policy: 500 GB per site.', 'Subject to a fair usage limit of 1 TB a month.', 'Our data cap is 2 TB.']) {
    it(text, () => expect(readings(text)).toEqual([]));
  }
  it('keeps a storage figure', () => expect(readings('Every plan includes 500 GB of storage.')).toEqual(['figure | 500 GB | 500 =']));
});

describe('a fraction in words before a bound is one share claim', () => {
  it('half our customers get 810Mbps or more', () => expect(readings('On Fibre 900, half our customers get 810Mbps or more at peak times.')).toEqual(['percentage | half our customers get 810Mbps or more | 50 =']));
  it('two-thirds of chats are answered inside a minute', () => expect(readings('Two-thirds of chats are answered inside a minute.').map((r) => r.split(' | ')[0])).toEqual(['percentage']));
  it('keeps a bound in another clause apart', () => expect(readings('Half our customers are on fibre, and we reply within 2 hours.').map((r) => r.split(' | ')[0])).toEqual(['percentage', 'bound']));
});

describe('schedule promises that stay apart', () => {
  const schedules = (text: string) => findClaims(text, { locale: 'en' }).filter((c) => c.kind === 'schedule').map((c) => `${text.slice(c.start, c.end)} | ${JSON.stringify(c.schedule)}`);
  it('the days it opens and the hours it keeps', () => expect(schedules('Our stores are open 7 days a week and until 9pm every night.')).toEqual([
    '7 days a week | {"days":[0,1,2,3,4,5,6]}',
    'until 9pm every night | {"closes":1260,"days":[0,1,2,3,4,5,6]}',
  ]));
  it('the days it opens, then hours with days of their own after a comma', () => expect(schedules('Our branches are open seven days a week, closing at 8pm daily.')).toEqual([
    'seven days a week | {"days":[0,1,2,3,4,5,6]}',
    'closing at 8pm daily | {"closes":1200,"days":[0,1,2,3,4,5,6]}',
  ]));
  it('keeps days that only introduce the hours', () => expect(schedules('Weekend support, 9am to 5pm.')).toEqual(['Weekend support, 9am to 5pm | {"opens":540,"closes":1020,"days":[5,6]}']));
  it('alternatives joined by "or"', () => expect(schedules('Call our UK-based team until 8pm on weekdays, or until 6pm at weekends.')).toEqual([
    'until 8pm on weekdays | {"closes":1200,"days":[0,1,2,3,4]}',
    'until 6pm at weekends | {"closes":1080,"days":[5,6]}',
  ]));
  it('keeps one timetable joined by "and"', () => expect(schedules('Call us until 8pm on weekdays and until 5pm at weekends.')).toHaveLength(1));
  it('keeps days and hours in one phrase', () => expect(schedules('Weekend support from 9am to 5pm.')).toHaveLength(1));
});

describe('hours of service written as a range', () => {
  const schedules = (text: string) => findClaims(text, { locale: 'en' }).filter((c) => c.kind === 'schedule').map((c) => `${text.slice(c.start, c.end)} | ${JSON.stringify(c.schedule)}`);
  it('midnight closes a range', () => expect(schedules('Our helpline runs 7am–midnight, seven days a week.')).toEqual(['7am–midnight, seven days a week | {"opens":420,"closes":1440,"days":[0,1,2,3,4,5,6]}']));
  it('midnight after "till", with days', () => expect(schedules('Call us from 6 p.m. till midnight on Fridays.')).toEqual(['6 p.m. till midnight | {"opens":1080,"closes":1440,"days":[4]}']));
  it('"between … and …" with meridiems takes in the days before it', () => expect(schedules('Saturday collections run between 8am and 1pm.')).toEqual(['Saturday collections run between 8am and 1pm | {"opens":480,"closes":780,"days":[5]}']));
  it('"between … and …" with minutes and days after', () => expect(schedules('Our phone team answers between 8:30am and 6pm on weekdays.')).toEqual(['between 8:30am and 6pm | {"opens":510,"closes":1080,"days":[0,1,2,3,4]}']));
  it('the hours of a number to call', () => expect(schedules('Ring 0800 123 456 between 9am and 6pm.').map((r) => r.split(' | ')[0])).toEqual(['between 9am and 6pm']));
  it('leaves alone a slot on a calendar date', () => expect(schedules('Your engineer is booked for 14th March, between 8am and 12pm.')).toEqual([]));
  it('leaves alone a dated appointment written as a range', () => expect(schedules('Service visit: Friday, June 5, 1pm–5pm.')).toEqual([]));
  it('leaves alone hours of a place someone else runs', () => expect(schedules('Collect parcels at any Quikstop kiosk (open 5am–11pm, operated by Quikstop Ltd).')).toEqual([]));
  it('leaves alone hours of an independently owned shop', () => expect(schedules('Drop-off points are independently owned shops and open until 8pm.')).toEqual([]));
  it('keeps our own store’s hours in parentheses', () => expect(schedules('Collect from our Pearl District store (open 9am–9pm).').map((r) => r.split(' | ')[0])).toEqual(['9am–9pm']));
});

describe('figures in units of a specification are claims', () => {
  for (const [text, reading] of [
    ['The Ridgeback pickup tows up to 9,000 lbs.', 'up-to | up to 9,000 lbs | 9000 <='],
    ['Rated to haul up to 4,200 pounds of trailer.', 'up-to | up to 4,200 pounds | 4200 <='],
    ['With 28 cubic feet of cargo space, bikes fit inside.', 'figure | 28 cubic feet | 28 ='],
    ['A boot of 480 litres swallows the pushchair.', 'figure | 480 litres | 480 ='],
    ['The twin motors put out 402 hp together.', 'figure | 402 hp | 402 ='],
    ['Its 77 kWh battery charges at up to 150 kW.', 'figure | 77 kWh | 77 ='],
  ] as const) it(text, () => expect(readings(text)[0]).toEqual(reading));
  it('torque is no weight', () => expect(findClaims('It makes 295 lb-ft of torque.', { locale: 'en' }).map((c) => c.quantity?.unit)).toEqual(['lb-ft']));
  it('pounds for a price are money', () => expect(findClaims('Ship it for just 12 pounds.', { locale: 'en' }).map((c) => `${c.kind} ${c.quantity?.unit}`)).toEqual(['price currency:GBP']));
  for (const text of ['We take parcels up to 30 kg at every counter.', 'Bags weighing under 23 kg fly free.', 'Heated seats, a 2.0-litre turbo engine and room for five.']) {
    it(`leaves alone: ${text}`, () => expect(readings(text)).toEqual([]));
  }
});

describe('what a shop or catalogue counts', () => {
  for (const [text, reading] of [
    ['Shop from over 120 brands.', 'count | over 120 brands | 120 >'],
    ['Pick one of 300 templates and publish.', 'count | 300 templates | 300 ='],
    ['We stock about 4,000 products.', 'count | about 4,000 products | 4000 ='],
  ] as const) it(text, () => expect(readings(text)).toEqual([reading]));
});

describe('help as a service and "we’re here" make a sentence about service hours', () => {
  const schedules = (text: string) => findClaims(text, { locale: 'en' }).filter((c) => c.kind === 'schedule').map((c) => `${text.slice(c.start, c.end)} | ${JSON.stringify(c.schedule)}`);
  it('a list item of expert help', () => expect(schedules('Your plan includes:\n\n- Expert help every day from 8am to 10pm').map((r) => r.split(' | ')[0])).toEqual(['every day from 8am to 10pm']));
  it('we’re here until', () => expect(schedules('Questions? We’re here until 9pm on weekdays.')).toEqual(['until 9pm on weekdays | {"closes":1260,"days":[0,1,2,3,4]}']));
  it('friendly help on hand', () => expect(schedules('Friendly help is on hand daily until 10pm.').length).toBe(1));
  it('leaves alone the verb: we help businesses every day', () => expect(schedules('We help 500 businesses every day.')).toEqual([]));
  it('leaves alone a deadline: here by 5pm', () => expect(schedules('Order by 3pm and it gets here by 5pm tomorrow.')).toEqual([]));
});

describe('superlatives of measurable qualities beyond speed and price', () => {
  for (const [text, word] of [
    ['The Ridgeback is the safest pickup on sale.', 'safest'],
    ['Meet the most powerful Aero ever built.', 'most powerful'],
    ['Enjoy the quietest cabin in its class.', 'quietest'],
    ['It is the most secure password manager you can buy.', 'most secure'],
  ] as const) it(text, () => expect(readings(text)).toEqual([`superlative | ${word} | =`]));
  it('leaves alone an idiom: your safest bet', () => expect(readings('For a family trip, that is your safest bet.')).toEqual([]));
});

describe('half of a unit written as a compound adjective is a figure', () => {
  it('half-second page loads', () => expect(readings('Our CDN means half-second page loads for shoppers.')).toEqual(['figure | half-second | 0.5 =']));
  it('half-hour response times', () => expect(readings('Enjoy half-hour response times.')).toEqual(['bound | half-hour | 0.5 <=']));
  it('leaves alone a half-day closing', () => expect(readings('We close for a half-day on Wednesdays.')).toEqual([]));
});

describe('halving a bill is a comparative of twice the value', () => {
  const comparatives = (text: string) => findClaims(text, { locale: 'en' }).filter((c) => c.kind === 'comparative').map((c) => `${text.slice(c.start, c.end)} | ${c.ratio}`);
  it('slash your phone bill in half', () => expect(comparatives('Move to Nimbus Mobile and slash your phone bill in half.')).toEqual(['in half | 2']));
  it('halve your energy bills', () => expect(comparatives('Our panels halve your energy bills.')).toEqual(['halve | 2']));
  for (const text of ['Cut the onion in half.', 'We cut the cost of hosting.']) it(`leaves alone: ${text}`, () => expect(comparatives(text)).toEqual([]));
});

describe('figures that are not the company’s performance', () => {
  for (const text of [
    'Our sales target for next year is 40% growth in repeat orders.',
    'The team’s goal for Q3 is a 2-hour reply time.',
    'Most budgeting apps charge $12 or more a month for bank sync.',
    'Most hosting companies take 48 hours to restore a backup.',
    'The typical US household uses 600 GB of data a month, says a recent survey.',
    'The average British commute is 27 minutes each way.',
    'Downloading a feature film needs around 5 GB of space.',
    'Video calling uses roughly 1.5 GB an hour.',
    'Line rental goes up every March by RPI + 2%.',
    'Bills increase each year by 4.5%.',
  ]) it(text, () => expect(readings(text)).toEqual([]));
  for (const text of [
    'Service credits: for every 0.5% that availability falls short, we refund 5% of the monthly fee.',
    'Top up 15 to 85% in under 40 minutes.',
  ]) it(`reads no step or level as a share in: ${text}`, () => expect(readings(text).filter((r) => /\b(?:0\.5|15 to 85)%/.test(r))).toEqual([]));
  it('keeps the company’s own goal-free figure', () => expect(readings('Our uptime last year was 99.98%.').map((r) => r.split(' | ')[0])).toEqual(['percentage']));
  it('keeps a usage figure said of our service', () => expect(readings('Streaming on our Gig plan uses about 7 GB an hour.').map((r) => r.split(' | ')[0])).toEqual(['figure']));
  it('keeps most of our own stores', () => expect(readings('Most of our 40 stores open until 9pm.').length).toBeGreaterThan(0));
});

describe('schedules in everyday words', () => {
  it('any hour of the day is round the clock', () => expect(readings('Our night desk answers any hour of the day.')).toEqual(['schedule | any hour of the day | =']));
  it('up to 9pm is a closing time', () => expect(readings('Ring customer care any night up to 9pm.').map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['schedule | up to 9pm']));
  it('collecting on Saturdays too names a day of service', () => expect(readings('Yes, we collect on Saturdays too.')).toEqual(['schedule | on Saturdays | =']));
  it('in any county is the whole territory', () => expect(readings('Book a fitter near you in any county.').map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['coverage | in any county']));
  it('leaves a loan "up to 9" alone', () => expect(readings('Borrow up to 9 books at once.').filter((r) => r.startsWith('schedule'))).toEqual([]));
});

describe('time won back is a saving, not a bound', () => {
  it('win back up to 3 hours', () => expect(readings('Teams win back up to 3 hours a day with auto-filing.').map((r) => r.split(' | ')[0])).toEqual(['up-to']));
  it('free up as much as 4 hours', () => expect(readings('Payroll runs itself and frees up as much as 4 hours a month.').map((r) => r.split(' | ')[0])).toEqual(['up-to']));
  it('keeps a delivery time a bound', () => expect(readings('Orders arrive in up to 4 days.').map((r) => r.split(' | ')[0])).toEqual(['bound']));
});

describe('a count with a rate', () => {
  it('takes its period: a throughput, not a size', () => expect(readings('Our couriers deliver 40,000 parcels a day.')).toEqual(['count | 40,000 parcels a day | 40000 =']));
  it('per month too', () => expect(readings('Over 3 million orders per month ship from our hubs.').map((r) => r.split(' | ')[1])).toEqual(['Over 3 million orders per month']));
  it('leaves a plain count alone', () => expect(readings('We run 120 stores.')).toEqual(['count | 120 stores | 120 =']));
});

describe('days of service make a sentence about hours', () => {
  it('a closing time with every day is one claim', () => expect(readings('Late-night browsing till 9pm, seven days a week.')).toEqual(['schedule | till 9pm, seven days a week | =']));
  it('a time without days of service stays alone', () => expect(readings('The film ends at 9pm.')).toEqual([]));
});

describe('days written after a time and its zone', () => {
  const days = (text: string) => findClaims(text, { locale: 'en' }).map((c) => c.schedule?.parts?.map((p) => p.days) ?? c.schedule?.days);
  it('belong to that time, not to the next one', () => expect(days('Helpline: 9am–6pm CET on weekdays, 10am–2pm CET on Sundays')).toEqual([[[0, 1, 2, 3, 4], [6]]]));
  it('read through a zone', () => expect(days('Lines open 7am–7pm PT on weekdays.')).toEqual([[0, 1, 2, 3, 4]]));
});

describe('a question quoted in a statement asserts nothing', () => {
  it('a quoted question inside the sentence', () => expect(readings('The “Do you really answer in 30 seconds?” email is one we love to get.')).toEqual([]));
  it('keeps the answer beside it', () => expect(readings('"Is it really under 2 minutes?" Yes: chats are answered in under 2 minutes.')).toEqual(['bound | in under 2 minutes | 2 <=']));
  it('keeps a quoted statement (a testimonial)', () => expect(readings('“They answered in 30 seconds,” says Dana.')).toEqual(['figure | 30 seconds | 30 =']));
});

describe('tracking and reference codes are no figures', () => {
  for (const text of ['Your return label RTN-0042-12-KG is attached.', 'Booking ref VM-2207-150-KW is confirmed.']) it(text, () => expect(readings(text)).toEqual([]));
  it('keeps a figure beside the code', () => expect(readings('Parcel SWL-1180-77-GB left our hub and arrives within 2 days.')).toEqual(['bound | within 2 days | 2 <=']));
  it('keeps a hyphenated range of shares', () => expect(readings('A 95-99% on-time record.').map((r) => r.split(' | ')[0])).toEqual(['percentage']));
});

describe('a duty joined to a request, and the price of not meeting an obligation, are the reader’s', () => {
  for (const text of [
    'Please check the seal and notify us of any fault within 7 days.',
    'Please unpack the sofa and tell us about marks within 3 days.',
    'Tenants need to give notice within 30 days, otherwise a £75 charge is due.',
    'Please send the old handset back within 21 days, or a $90 fee applies.',
  ]) it(text, () => expect(readings(text)).toEqual([]));
  it('keeps our promise after a request', () => expect(readings('Order today and we ship within 48 hours.')).toEqual(['bound | within 48 hours | 48 <=']));
  it('keeps our promise joined to a request', () => expect(readings('Please call and we’ll answer within 2 minutes.')).toEqual(['bound | within 2 minutes | 2 <=']));
  it('keeps what "please note" introduces', () => expect(readings('Please note that we reply within 2 hours.')).toEqual(['bound | within 2 hours | 2 <=']));
  it('keeps an alternative that is no consequence', () => expect(readings('Plans start at $40 a month, or $400 a year.').map((r) => r.split(' | ')[0])).toEqual(['price', 'price']));
});

describe('another party’s own figures, definitions and studies of people in general', () => {
  for (const text of [
    'Prairie Cable claims their basic plan reaches 300 Mbps.',
    'BigTel’s own fibre plan costs £45 a month.',
    'Ofcom’s definition of superfast broadband is 30Mbps or more.',
    'Freelancers lose 6 hours a week to invoicing, a 2025 study found.',
  ]) it(text, () => expect(readings(text)).toEqual([]));
  it('keeps our figure beside a definition', () => expect(readings('We define fast as pages under 1 second, and ours load in 0.4 seconds.')).toEqual(['figure | 0.4 seconds | 0.4 =']));
  it('keeps a study that names our product', () => expect(readings('According to a 2026 survey, Ledgerly users save 5 hours a week.')).toEqual(['figure | 5 hours | 5 =']));
  it('keeps a study of our own customers', () => expect(readings('Our 2026 survey found customers get 850 Mbps at peak.').map((r) => r.split(' | ')[0])).toEqual(['figure']));
  it('keeps our own name’s possessive', () => expect(readings('Vantor’s Aero gets 41 mpg combined.')).toEqual(['figure | 41 mpg | 41 =']));
});

describe('a share of time written as a duration is a rota, not a length', () => {
  it('two weeks out of three', () => expect(readings('Our team is on call two weeks out of three, and we reply within 2 hours.')).toEqual(['bound | within 2 hours | 2 <=']));
  it('one day in five', () => expect(readings('Staff work from home one day in five.')).toEqual([]));
  it('keeps a length of time', () => expect(readings('Installation takes one week in most areas.').map((r) => r.split(' | ')[0])).toEqual(['figure']));
});

describe('a job advert’s pay and hours are the job’s terms', () => {
  for (const text of ['Warehouse staff earn £13.20 an hour.', 'Now hiring: pickers, £12.60 per hour, 37.5 hours a week.', '**Engineers wanted:** a salary of £42,000 and a van.']) {
    it(text, () => expect(readings(text)).toEqual([]));
  }
  it('keeps a promise in a hiring paragraph', () => expect(readings('We’re hiring 200 drivers to keep next-day delivery on time.').filter((r) => r.startsWith('bound'))).toEqual(['bound | next-day | 1 <=']));
  it('keeps a price outside a job advert', () => expect(readings('Fibre 150 costs just £25 a month.').map((r) => r.split(' | ')[0])).toEqual(['price']));
});

describe('"averaged", the verb of average, names an average', () => {
  it('speeds averaged', () => expect(readings('Our Gig customers averaged 910 Mbps last month.')).toEqual(['average | averaged 910 Mbps | 910 =']));
  it('waits averaged about', () => expect(readings('Chat waits averaged about 40 seconds in March.').map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['average | averaged about 40 seconds']));
  it('a figure beside it, after a new clause, stays a figure', () => expect(readings('Waits averaged out, and replies take 2 hours.').map((r) => r.split(' | ')[0])).toEqual(['figure']));
});

describe('hours with days of their own beside the days a service opens', () => {
  const kinds = (text: string) => findClaims(text, { locale: 'en' }).map((c) => `${text.slice(c.start, c.end)} | ${c.schedule?.days?.join(',') ?? c.schedule?.parts?.length + ' parts'}`);
  it('are two promises, the hours on their own days', () => expect(kinds('Our showrooms open 7 days a week, 11am–4pm on Sundays.')).toEqual(['7 days a week | 0,1,2,3,4,5,6', '11am–4pm | 6']));
  it('take the days written with "on" after them, past a zone', () => expect(kinds('Call us Monday to Friday, or 9am to 1pm ET on Saturdays.')).toEqual(['Monday to Friday | 0,1,2,3,4', '9am to 1pm | 5']));
  it('hours without days of their own stay one timetable with the days', () => expect(kinds('Showrooms open seven days a week, 10am to 6pm.')).toEqual(['seven days a week, 10am to 6pm | 2 parts']));
});

describe('a bare comparative going on from a comparison just made', () => {
  it('"Quicker too." after "than"', () => expect(readings('Cheaper than the big couriers. Quicker too.')).toEqual(['comparative | Cheaper than the | >=', 'comparative | Quicker | >=']));
  it('"And more reliable." after "than"', () => expect(readings('Faster than DSL. And more reliable.').map((r) => r.split(' | ')[1])).toEqual(['Faster than DSL', 'more reliable']));
  it('not without a comparison before it', () => expect(readings('Welcome to the new site. Faster too.')).toEqual([]));
  it('not after "than ever"', () => expect(readings('Cheaper than ever. Faster too.')).toEqual([]));
});

describe('a supposition or worked example is no promise', () => {
  for (const text of [
    'If you ever need 5 TB of backup space, our team can quote a dedicated plan.',
    'Say you drive 30 miles a day, that works out to about 10,950 miles a year.',
    'On a 500 Mbps line, a 4 GB film would take about a minute to arrive.',
    'A 20 GB update would typically take under 3 minutes.',
  ]) it(text, () => expect(readings(text)).toEqual([]));
  it('keeps the main clause after a supposition', () => expect(readings('If you order by 2pm, we deliver within 1 day.')).toEqual(['bound | within 1 day | 1 <=']));
  it('keeps a real speed beside a worked example', () => expect(readings('Gig runs at 940 Mbps, so a 50 GB game would take minutes.')).toEqual(['figure | 940 Mbps | 940 =']));
});

describe('a third party’s statistic or benchmark is no promise', () => {
  for (const text of [
    'British shoppers placed 1.3 billion orders in 2025, according to Barclays.',
    'The typical family car sold in the UK cost £31,000 last year, according to industry estimates.',
    'Ofcom’s superfast benchmark is 30 Mbps.',
  ]) it(text, () => expect(readings(text)).toEqual([]));
  it('keeps our own figure beside a named source', () => expect(readings('According to Ofcom, our customers get 900 Mbps.')).toEqual(['figure | 900 Mbps | 900 =']));
});

describe('fees, thresholds, rises and limits beside an amount are no price', () => {
  for (const text of [
    'A $95 documentation charge applies to every sale.',
    'Cancel early and a termination fee of £40 applies.',
    'Any business that earned $20,000 or more must file.',
    'Plans go up each January by $2 a month.',
    'The maximum weight is 30 kg per box.',
    'Ship a box (up to 10 kg) for £4.99.',
  ]) it(text, () => expect(readings(text).filter((r) => !r.startsWith('price | £4.99'))).toEqual([]));
  it('keeps the plan price beside a fee', () => expect(readings('Fibre 150 is £25 a month, and an exit fee of £5 applies.')).toEqual(['price | £25 a month | 25 =']));
  it('keeps a monthly fee as the plan’s price', () => expect(readings('A monthly fee of $9 covers everything.')).toEqual(['price | $9 | 9 =']));
});

describe('time left, time gone by, a sample and a partner’s hours are no promise', () => {
  for (const text of [
    'This sale ends in 3 days.',
    'Your login link expires in 15 minutes.',
    'It has been 60 days since you last logged in.',
    'Figures from our 2026 survey of 8,000 customers.',
    'Show your receipt and collect within 5 days.',
  ]) it(text, () => expect(readings(text)).toEqual([]));
  it('keeps a bound beside time gone by', () => expect(readings('Two weeks ago we moved, and we still reply within 2 hours.').map((r) => r.split(' | ')[0])).toEqual(['bound']));
  it('a partner’s hours in a parenthesis', () => expect(findClaims('Return it at any Corner Shop (open 7am–11pm) near you.', { locale: 'en', ownWords: new Set(['tallgrass']) })).toEqual([]));
  it('keeps our own hours in a parenthesis', () => expect(findClaims('Visit Tallgrass Fiber (open 8am–8pm) today.', { locale: 'en', ownWords: new Set(['tallgrass']) }).map((c) => c.kind)).toEqual(['schedule']));
  it('a share right before a bound is one claim', () => expect(readings('We answer most calls within 2 minutes, and 95% within 5 minutes.')).toEqual(['bound | within 2 minutes | 2 <=', 'percentage | 95% | 95 =']));
});

describe('one channel’s timetable whose first hours write their own days', () => {
  const spans = (text: string) => findClaims(text, { locale: 'en' }).filter((c) => c.kind === 'schedule').map((c) => text.slice(c.start, c.end));
  it('hours, zone and days, then "and" and the next hours', () => expect(spans('Our helpline runs 7am–9pm PT on weekdays and 10am–4pm PT on Sundays.')).toEqual(['7am–9pm PT on weekdays and 10am–4pm']));
  it('without a zone', () => expect(spans('Branches open 9am–6pm on weekdays and 10am–2pm at weekends.')).toEqual(['9am–6pm on weekdays and 10am–2pm at weekends']));
  it('days of opening and hours stay two promises', () => expect(spans('Stores are open 7 days a week and until 9pm on weekdays.')).toEqual(['7 days a week', 'until 9pm on weekdays']));
});
