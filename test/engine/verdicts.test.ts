// Every claim kind and verdict, as a table whose rows carry their own expectations:
// `copy` is linted as Markdown against fixtures/acme.registry.yaml on 2026-11-23, and the
// claims found must be exactly `expect` ("kind | claim text | verdict | entry id or -").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultSettings, lintDocument, loadRegistry, type Jurisdiction, type Registry } from '../../src/core/index.js';

const registryPath = fileURLToPath(new URL('./fixtures/acme.registry.yaml', import.meta.url));
const loadFixture = (uri: string, text: string) => loadRegistry([{ uri, text }], { today: '2026-11-23', docsBaseUrl: 'https://x/rules' });
const { registry, findings: registryFindings } = loadFixture(registryPath, readFileSync(registryPath, 'utf8'));

function claimsOf(copy: string, jurisdiction: Jurisdiction = 'US', language: 'markdown' | 'yaml' = 'markdown', against: Registry = registry): string[] {
  const settings = defaultSettings({ today: '2026-11-23', jurisdiction, reportSupported: true });
  const result = lintDocument({ uri: 'copy.md', text: copy }, language, against, settings);
  return result.claims.map((c) => `${c.claim.kind} | ${c.claim.text} | ${c.verdict} | ${c.entryId ?? '-'}`);
}

const TABLE: Array<{ copy: string; expect: string[]; jurisdiction?: Jurisdiction; language?: 'markdown' | 'yaml' }> = [
  // figure: median, or the official rating where the entry is read that way
  { copy: 'The Aero 1.5 gets 38 mpg combined.', expect: ['figure | 38 mpg | supported | fuel.aero.combined'] },
  { copy: 'The Aero 1.5 gets 45 mpg combined.', expect: ['figure | 45 mpg | contradicted | fuel.aero.combined'] },
  // only the copy's own rounding is allowed by default: 38.3 overstates a median of 38
  { copy: 'The Aero 1.5 gets 38.3 mpg combined.', expect: ['figure | 38.3 mpg | contradicted | fuel.aero.combined'] },
  { copy: 'The Aero returns 47 mpg on the highway.', expect: ['figure | 47 mpg | needs-qualifier | fuel.aero.highway'] },
  { copy: 'The Aero returns an EPA-estimated 47 mpg on the highway.', expect: ['figure | 47 mpg | supported | fuel.aero.highway'] },
  // a cycle the registry has no figure for: the preferred combined figure does not answer it
  { copy: 'The Aero 1.5 gets an EPA-estimated 41 mpg city.', expect: ['figure | 41 mpg | unsubstantiated | -'] },
  { copy: 'The Aero 1.5 uses just 6.2 L/100 km.', expect: ['figure | 6.2 L/100 km | supported | fuel.aero.combined'] },
  { copy: 'The Aero 1.5 uses just 5 L/100 km.', expect: ['figure | 5 L/100 km | contradicted | fuel.aero.combined'] },
  { copy: 'The Aero 1.5 does 45 mpg (UK).', expect: ['figure | 45 mpg (UK) | supported | fuel.aero.combined'] },
  { copy: 'Our chat team answers in 42 seconds.', expect: ['figure | 42 seconds | supported | support.chat.wait'] },
  // "40-odd" is 40 to 50: a lower-is-better measure is held to the upper end, a higher-is-better one to 40
  { copy: 'Our chat team answers in 30-odd seconds.', expect: ['figure | 30-odd seconds | supported | support.chat.wait'] },
  { copy: 'Our chat team answers in 20-odd seconds.', expect: ['figure | 20-odd seconds | contradicted | support.chat.wait'] },
  { copy: 'The Aero 1.5 gets 40-odd mpg combined.', expect: ['figure | 40-odd mpg | contradicted | fuel.aero.combined'] },
  { copy: 'The Aero 1.5 gets 30-odd mpg combined.', expect: ['figure | 30-odd mpg | supported | fuel.aero.combined'] },
  // "-ish" reads as "about": the approximation tolerance, not the rounding of an exact figure
  { copy: 'Our chat team answers in 37-ish seconds.', expect: ['figure | 37-ish seconds | supported | support.chat.wait'] },
  { copy: 'Our chat team answers in 37 seconds.', expect: ['figure | 37 seconds | contradicted | support.chat.wait'] },
  // "on average" in an earlier clause names that clause's figure, not the bound after ", and"
  { copy: 'Delivery takes 1.5 days on average, and nine in ten parcels arrive within two days.', expect: ['average | 1.5 days | unsubstantiated | delivery.standard', 'percentage | nine in ten parcels arrive within two days | supported | delivery.standard'] },
  // a paragraph that introduces a list names the subject of its items
  { copy: 'Why customers love our live chat:\n\n- answers in 42 seconds\n- real people', expect: ['figure | 42 seconds | supported | support.chat.wait'] },
  { copy: 'Why customers love us:\n\n- answers in 42 seconds\n- real people', expect: ['figure | 42 seconds | unsubstantiated | -'] },
  // an item's text above a list nested in it is that list's heading; a sibling item is not
  { copy: '- Real people\n- Live chat\n  - answers in 42 seconds\n  - no bots', expect: ['figure | 42 seconds | supported | support.chat.wait'] },
  { copy: '- Live chat\n- answers in 42 seconds', expect: ['figure | 42 seconds | unsubstantiated | -'] },
  // bound on a duration: share within >= 0.95, hedges lower it
  // "every" quantifying a bound on time is a claim of its own: no case outside the bound (99% within 24 h, max 40 h)
  { copy: 'We reply to every email within 24 hours.', expect: ['absolute | every email | contradicted | support.email.first-response', 'bound | within 24 hours | supported | support.email.first-response'] },
  { copy: 'We reply to email within 1 hour.', expect: ['bound | within 1 hour | contradicted | support.email.first-response'] },
  { copy: 'Parcels arrive within a fortnight.', expect: ['bound | within a fortnight | supported | delivery.standard'] },
  { copy: 'Our chat answers in 900 ms.', expect: ['figure | 900 ms | contradicted | support.chat.wait'] },
  // "MS" in capitals is a name, not milliseconds
  { copy: 'Our chat answers MS Teams users too.', expect: [] },
  { copy: 'We reply to email within the hour.', expect: ['bound | within the hour | contradicted | support.email.first-response'] },
  // bare hours in a schedule sentence read as morning to evening; a range of a unit stays a bound
  { copy: 'Call our phone lines between 8 and 8 on weekdays.', expect: ['schedule | between 8 and 8 | supported | support.phone.hours'] },
  { copy: 'Call our phone lines between 8 and 10 on weekdays.', expect: ['schedule | between 8 and 10 | contradicted | support.phone.hours'] },
  { copy: 'Parcels are delivered between 2 and 3 days after you order.', expect: ['bound | 2 and 3 days | supported | delivery.standard'] },
  // a bound written with a symbol, or as a compound ("2-day delivery", "1-hour response time"), is a bound like "within"
  { copy: 'Email response time: < 1 hour.', expect: ['bound | < 1 hour | contradicted | support.email.first-response'] },
  { copy: 'Email response time: ≤ 24 h.', expect: ['bound | ≤ 24 h | supported | support.email.first-response'] },
  { copy: 'Acme offers 2-day delivery.', expect: ['bound | 2-day | supported | delivery.standard'] },
  { copy: 'Acme offers 1-day delivery.', expect: ['bound | 1-day | contradicted | delivery.standard'] },
  { copy: 'Email: 24-hour response time.', expect: ['bound | 24-hour | supported | support.email.first-response'] },
  { copy: 'Most emails get a reply within 6 hours.', expect: ['bound | within 6 hours | supported | support.email.first-response'] },
  { copy: 'Live chat answers in under 2 minutes.', expect: ['bound | in under 2 minutes | supported | support.chat.wait'] },
  { copy: 'Next-day delivery on every order.', expect: ['bound | Next-day | contradicted | delivery.standard', 'absolute | every order | contradicted | delivery.standard'] },
  { copy: 'We deliver every order on time.', expect: ['absolute | every order | contradicted | delivery.standard'] },
  { copy: 'Parcels arrive in 2–3 days.', expect: ['bound | 2–3 days | supported | delivery.standard'] },
  // business hours are no fixed number of clock hours: the email entry fits but cannot answer them
  // business hours convert to nothing: neither the bound nor "every" beside it can be checked
  { copy: 'We reply to every email within 4 business hours.', expect: ['absolute | every email | unsubstantiated | support.email.first-response', 'bound | within 4 business hours | unsubstantiated | support.email.first-response'] },
  // an SLA's credit table: "Below 99.9%" is a band's threshold and the credit column holds remedies
  { copy: '| Monthly uptime | Service credit |\n| --- | --- |\n| Below 99.9% | 10% |\n| Below 99.0% | 25% |', expect: [] },
  { copy: 'Refunds are processed within 5 business days.', expect: ['bound | within 5 business days | stale | returns.old'] },
  // up to: US all or almost all (90%), UK 10% — and UK broadband must quote the median as "average"
  { copy: 'Fibre 900 gives up to 900 Mbps download speeds.', expect: ['up-to | up to 900 Mbps | contradicted | broadband.download'] },
  { copy: 'Fibre 900 gives up to 780 Mbps download speeds.', expect: ['up-to | up to 780 Mbps | supported | broadband.download'] },
  { copy: 'Fibre 900 downloads go as far as 900 Mbps.', expect: ['up-to | as far as 900 Mbps | contradicted | broadband.download'] },
  // "a 860 Mbps average download": the statistic named after the figure; the mean is 850
  { copy: 'Fibre 900: a 860 Mbps average download.', expect: ['average | 860 Mbps | contradicted | broadband.download'] },
  { copy: 'Fibre 900: a 860 Mbps download.', expect: ['figure | 860 Mbps | supported | broadband.download'] },
  // an upload speed is no download speed, even where the plan has only a download figure
  { copy: 'Fibre 900: 860 Mbps upload speeds.', expect: ['figure | 860 Mbps | unsubstantiated | -'] },
  { copy: 'We reply to email no later than 1 hour after you write.', expect: ['bound | no later than 1 hour | contradicted | support.email.first-response'] },
  { copy: 'Fibre 900 gives up to 900 Mbps download speeds.', jurisdiction: 'UK', expect: ['up-to | up to 900 Mbps | supported | broadband.download'] },
  { copy: 'Fibre 900 gives up to 950 Mbps download speeds.', jurisdiction: 'UK', expect: ['up-to | up to 950 Mbps | contradicted | broadband.download'] },
  { copy: 'Fibre 900 gives an average 870 Mbps download speed.', jurisdiction: 'UK', expect: ['average | an average 870 Mbps | supported | broadband.download'] },
  // average: the mean
  { copy: 'Average email response time: 2 hours.', expect: ['average | 2 hours | contradicted | support.email.first-response'] },
  { copy: 'Average email response time: 3 hours.', expect: ['average | 3 hours | supported | support.email.first-response'] },
  { copy: 'We answer email in an average of 3.5 hours.', expect: ['average | an average of 3.5 hours | supported | support.email.first-response'] },
  // count
  { copy: 'Visit one of our 500 stores.', expect: ['count | 500 stores | supported | stores.count'] },
  { copy: 'Over 600 stores in the country.', expect: ['count | Over 600 stores | contradicted | stores.count'] },
  { copy: 'Stores across the country.', expect: ['coverage | across the country | unsubstantiated | -'] },
  { copy: 'More than 500 locations.', expect: ['count | More than 500 locations | supported | stores.count'] },
  { copy: '1.2k charging points in the UK.', expect: ['count | 1.2k charging points | supported | charging.points'] },
  { copy: '1,200 charging points.', expect: ['count | 1,200 charging points | needs-qualifier | charging.points'] },
  // vague and "-odd" counts: a plural of a unit is at least two of it; "400-odd" at least 400
  { copy: 'Visit one of our hundreds of stores.', expect: ['count | hundreds of stores | supported | stores.count'] },
  { copy: 'Shop at thousands of stores.', expect: ['count | thousands of stores | contradicted | stores.count'] },
  { copy: 'Shop at 400-odd stores.', expect: ['count | 400-odd stores | supported | stores.count'] },
  { copy: 'Shop at 600-odd stores.', expect: ['count | 600-odd stores | contradicted | stores.count'] },
  // percentage
  { copy: '99.95% uptime, measured every minute.', expect: ['percentage | 99.95% | supported | uptime.platform'] },
  { copy: '99.99% uptime.', expect: ['percentage | 99.99% | contradicted | uptime.platform'] },
  { copy: '9 out of 10 customers recommend us.', expect: ['percentage | 9 out of 10 | supported | survey.recommend'] },
  { copy: 'Ninety in every hundred customers recommend us.', expect: ['percentage | Ninety in every hundred | supported | survey.recommend'] },
  { copy: 'Ninety-five in every hundred customers recommend us.', expect: ['percentage | Ninety-five in every hundred | contradicted | survey.recommend'] },
  { copy: '95% of deliveries arrive within 2 days.', expect: ['percentage | 95% | supported | delivery.standard'] },
  { copy: '95% of deliveries arrive within 1 day.', expect: ['percentage | 95% | contradicted | delivery.standard'] },
  // a share written after the verb or after the bound is still one claim about the share within the bound
  { copy: 'Parcels: 95% delivered within 2 days.', expect: ['percentage | 95% | supported | delivery.standard'] },
  { copy: 'Parcels arrive within 1 day 95% of the time.', expect: ['percentage | within 1 day 95% | contradicted | delivery.standard'] },
  { copy: 'Email: 99.5% answered within 24 hours.', expect: ['percentage | 99.5% | contradicted | support.email.first-response'] },
  { copy: 'We answer email within 24 hours, 9 times out of 10.', expect: ['percentage | within 24 hours, 9 times out of 10 | supported | support.email.first-response'] },
  // schedule
  { copy: 'Live chat support is open 24/7.', expect: ['schedule | 24/7 | supported | support.chat.hours'] },
  { copy: 'Phone lines are open 24/7.', expect: ['schedule | 24/7 | contradicted | support.phone.hours'] },
  { copy: 'Phone support is available at weekends.', expect: ['schedule | at weekends | contradicted | support.phone.hours'] },
  // "open 7 days" names the days of service, not a duration: the phone line is closed on Sundays
  { copy: 'Phone lines are open 7 days.', expect: ['schedule | open 7 days | contradicted | support.phone.hours'] },
  { copy: 'Live chat: open seven days.', expect: ['schedule | open seven days | supported | support.chat.hours'] },
  { copy: 'Phone lines are open Monday to Friday, 8am–8pm.', expect: ['schedule | 8am–8pm | supported | support.phone.hours'] },
  // one timetable joined by "and": the hours after a day take that day, and every part must hold
  { copy: 'Phone lines are open weekdays 8am–8pm and Saturdays 9am–1pm.', expect: ['schedule | 8am–8pm and Saturdays 9am–1pm | supported | support.phone.hours'] },
  { copy: 'Phone lines are open weekdays 8am–8pm and Saturdays 9am–5pm.', expect: ['schedule | 8am–8pm and Saturdays 9am–5pm | contradicted | support.phone.hours'] },
  { copy: 'Phone lines are open weekdays 8–8 and Saturdays 9–1.', expect: ['schedule | weekdays 8–8 and Saturdays 9–1 | supported | support.phone.hours'] },
  { copy: 'Phone lines open until 10pm.', expect: ['schedule | until 10pm | contradicted | support.phone.hours'] },
  // "close" alone makes a sentence about opening hours
  { copy: 'Our lines close at 8pm Monday to Friday.', expect: ['schedule | close at 8pm Monday to Friday | supported | support.phone.hours'] },
  { copy: 'We close at 8pm Monday to Friday.', expect: ['schedule | close at 8pm Monday to Friday | unsubstantiated | -'] },
  // days written after a closing time belong to it, and "and until …" adds a part
  { copy: 'Phone lines are open until 8pm on weekdays and until 1pm on Saturdays.', expect: ['schedule | until 8pm on weekdays and until 1pm on Saturdays | supported | support.phone.hours'] },
  { copy: 'Phone lines are open until 8pm on weekdays and until 5pm on Saturdays.', expect: ['schedule | until 8pm on weekdays and until 5pm on Saturdays | contradicted | support.phone.hours'] },
  // a second closing time for other days is a part of the same timetable
  { copy: 'Our lines close at 8pm Monday to Friday and 1pm on Saturdays.', expect: ['schedule | close at 8pm Monday to Friday and 1pm on Saturdays | supported | support.phone.hours'] },
  { copy: 'Our lines close at 8pm Monday to Friday and 5pm on Saturdays.', expect: ['schedule | close at 8pm Monday to Friday and 5pm on Saturdays | contradicted | support.phone.hours'] },
  // a figure that opens a table cell reads with its headers: a column "Answered within" makes a bound, a row "Average …" an average
  { copy: '| Channel | Answered within |\n| --- | --- |\n| Email | 1 hour |\n| Email inbox | 24 hours |', expect: ['bound | 1 hour | contradicted | support.email.first-response', 'bound | 24 hours | supported | support.email.first-response'] },
  // a hedge in the column header ("Typical …") applies to every cell
  { copy: '| Service | Typical delivery time |\n| --- | --- |\n| Express | within 1 day |', expect: ['bound | within 1 day | supported | delivery.standard'] },
  { copy: '| Service | Delivery time |\n| --- | --- |\n| Express | within 1 day |', expect: ['bound | within 1 day | contradicted | delivery.standard'] },
  // a fraction that opens the sentence keeps its bound across a comma
  { copy: 'Nine times out of ten, our live chat answers inside two minutes.', expect: ['percentage | Nine times out of ten, our live chat answers inside two minutes | supported | support.chat.wait'] },
  { copy: '| Metric | Result |\n| --- | --- |\n| Average chat wait | 60 seconds |', expect: ['average | 60 seconds | contradicted | support.chat.wait'] },
  { copy: '| Metric | Result |\n| --- | --- |\n| Chat wait | 60 seconds |', expect: ['figure | 60 seconds | supported | support.chat.wait'] },
  // coverage
  { copy: 'We deliver nationwide.', expect: ['coverage | nationwide | contradicted | coverage.states'] },
  { copy: 'We deliver to 48 states.', expect: ['coverage | 48 states | supported | coverage.states'] },
  // a registry word in -ies also matches its singular, as a singular in -y matches its plural
  { copy: 'Sold in every country.', expect: ['coverage | every country | contradicted | coverage.countries'] },
  // absolute
  { copy: 'Guaranteed delivery, or your fee back.', expect: ['absolute | Guaranteed | supported | delivery.standard'] },
  { copy: 'Unlimited storage for your backups.', expect: ['absolute | Unlimited | needs-qualifier | storage.unlimited'] },
  { copy: 'Unlimited storage (fair use policy applies).', expect: ['absolute | Unlimited | supported | storage.unlimited'] },
  // qualifier words match across hyphens: "fair-use" discloses a "fair use" limit
  { copy: 'Unlimited storage for backups, subject to our fair-use policy.', expect: ['absolute | Unlimited | supported | storage.unlimited'] },
  // "always online" is about availability: a measured 99.95 % refutes it
  { copy: 'The platform is always online, with 99.95% availability.', expect: ['absolute | always | contradicted | uptime.platform', 'percentage | 99.95% | supported | uptime.platform'] },
  // "every time" is an absolute of its own, unless it repeats another ("always on time, every time")
  { copy: 'Deliveries arrive next day, every time.', expect: ['bound | next day | contradicted | delivery.standard', 'absolute | every time | contradicted | delivery.standard'] },
  { copy: 'Deliveries are always on time, every time.', expect: ['absolute | always | contradicted | delivery.standard'] },
  { copy: 'Fibre 900 includes unlimited usage.', expect: ['absolute | unlimited | unsubstantiated | -'] },
  // units written in capitals anyway are not the words of a title ("The 24 Days of Savings")
  { copy: 'Fibre 900 pushes 870 Mbps of download speed to every room.', expect: ['figure | 870 Mbps | supported | broadband.download'] },
  { copy: 'Our deliveries are never late.', expect: ['absolute | never | contradicted | delivery.standard'] },
  { copy: '100% uptime.', expect: ['absolute | 100% | contradicted | uptime.platform'] },
  // superlative and comparative
  { copy: 'The fastest courier in the country.', expect: ['superlative | fastest | contradicted | compare.delivery'] },
  { copy: "America's favorite courier.", expect: ["superlative | America's favorite | unsubstantiated | -"] },
  { copy: 'Our favorite feature is the app.', expect: [] },
  // "costs less than" is about price: evidence about speed does not answer it
  { copy: 'Acme delivery costs less than the big couriers.', expect: ['comparative | costs less than the | unsubstantiated | -'] },
  { copy: 'The platform never goes down.', expect: ['absolute | never goes down | unsubstantiated | -'] },
  // "less than a week" later in the sentence is a bound, not a comparison with the past
  { copy: 'Our delivery is faster than the big couriers, and returns take less than a week.', expect: ['comparative | faster than the | supported | compare.delivery', 'bound | less than a week | supported | delivery.standard'] },
  // a quality of its own ("most accurate") is never answered by evidence about another clause's quality
  { copy: 'Our delivery is faster than the big couriers, and our app is the most accurate on the market.', expect: ['comparative | faster than the | supported | compare.delivery', 'superlative | most accurate | unsubstantiated | -'] },
  { copy: 'The Aero 1.5 goes 18% farther on a gallon than its rivals.', expect: ['comparative | 18% farther | unsubstantiated | -'] },
  { copy: 'Deliveries 2x faster than other couriers.', expect: ['comparative | 2x faster | contradicted | compare.delivery'] },
  // price
  { copy: 'Plans from $9/mo.', expect: ['price | from $9/mo | supported | prices.plans'] },
  { copy: 'Plans from $5/mo.', expect: ['price | from $5/mo | contradicted | prices.plans'] },
  { copy: 'Plans from $12/mo.', expect: ['price | from $12/mo | contradicted | prices.plans'] },
  { copy: 'Plans from $9.00 per month.', expect: ['price | from $9.00 per month | supported | prices.plans'] },
  { copy: 'The Pro plan is $25 per month.', expect: ['price | $25 per month | contradicted | prices.plans'] },
  { copy: 'Plans from £9/mo.', expect: ['price | from £9/mo | unsubstantiated | -'] },
  // the billing period the copy writes ("monthly" too) picks the prices compared: $290 is Pro's yearly price
  { copy: 'The Pro plan is $290 monthly.', expect: ['price | $290 monthly | contradicted | prices.plans'] },
  { copy: 'The Pro plan is $290 a year.', expect: ['price | $290 a year | supported | prices.plans'] },
  { copy: 'The Pro plan is $29 monthly.', expect: ['price | $29 monthly | supported | prices.plans'] },
  // unsubstantiated: no entry uses these words, or the subject is one the registry does not know
  { copy: 'The Zephyr gets 50 mpg.', expect: ['figure | 50 mpg | unsubstantiated | -'] },
  // German capitalises every noun: there only a name the registry knows rules an entry out
  { copy: '---\nlang: de\n---\nUnser Team antwortet in 42 Sekunden.', expect: ['figure | 42 Sekunden | supported | support.chat.wait'] },
  { copy: '---\nlang: de\n---\nDer Aero antwortet in 42 Sekunden.', expect: ['figure | 42 Sekunden | unsubstantiated | -'] },
  { copy: 'Our Zephyr team answers in 42 seconds.', expect: ['figure | 42 seconds | unsubstantiated | -'] },
  { copy: 'We answer every letter within 3 days.', expect: ['bound | within 3 days | unsubstantiated | -'] },
  // not claims: years, model names, SKUs, phone numbers, times of day, postcodes, negation, intent
  { copy: 'Founded in 2012, the Aero 1.5 (SKU AE-150X) is built in Leeds LS1 4AP.', expect: [] },
  // ("between 9am and 5pm" after a number to call is the line's hours, a schedule: see claim-readings.test.ts)
  { copy: 'Call 1-800-555-0199 to join the webinar at 2pm.', expect: [] },
  { copy: 'We do not offer 24/7 phone support.', expect: [] },
  { copy: 'We aim to reply to every email within 1 hour.', expect: [] },
  // negation after the claim word, in its clause's main verb, and a past promise since withdrawn
  { copy: "Next-day delivery isn't available for large items.", expect: [] },
  { copy: 'Acme never promised next-day delivery.', expect: [] },
  { copy: 'Last year live chat was open 24/7, but hours have changed.', expect: [] },
  { copy: 'We used to offer 24/7 phone support.', expect: [] },
  { copy: 'Order by 2pm on 23 November.', expect: [] },
  // the threshold of a condition, a disclosure that sets expectations down, both ends of a charge range
  { copy: 'You get a credit if uptime dips below 99.9% in a month.', expect: [] },
  { copy: 'We refund the fee if your delivery takes more than 3 days.', expect: [] },
  { copy: 'If you order by 3pm, delivery is within 1 day.', expect: ['bound | within 1 day | contradicted | delivery.standard'] },
  { copy: 'Fibre speeds can drop below 300 Mbps over Wi-Fi.', expect: [] },
  { copy: 'Fibre speeds are reduced after 50 GB in a month.', expect: [] },
  { copy: 'Trial accounts are limited to 10 GB.', expect: [] },
  { copy: 'The Aero charges from 10–80% in 30 minutes.', expect: ['figure | 30 minutes | unsubstantiated | -'] },
  { copy: 'We love our customers and do our best every day.', expect: [] },
  // formatting and YAML
  { copy: 'The Aero 1.5 gets **45** mpg combined.', expect: ['figure | 45 mpg | contradicted | fuel.aero.combined'] },
  { copy: 'The Aero 1.5 gets 45&nbsp;mpg combined.', expect: ['figure | 45\u00a0mpg | contradicted | fuel.aero.combined'] },
  { copy: 'Use `45 mpg` in code, which is skipped.', expect: [] },
  { copy: 'headline: We reply to every email within 24 hours\nurl: https://example.com/45-mpg\n', language: 'yaml', expect: ['absolute | every email | contradicted | support.email.first-response', 'bound | within 24 hours | supported | support.email.first-response'] },
];

describe('comparisons of one part of the business', () => {
  const chatOnly = loadFixture('chat.registry.yaml', `entries:
  - id: compare.chat.speed
    title: Chat answer speed against other vendors
    subjects: [chat, live chat]
    terms: [faster, quicker]
    comparison: { ratio: 1.5, among: accounting vendors }
    source: Benchmark
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', chatOnly);

  it('answer a comparison of that part, named in the copy', () => {
    expect(claims('Our live chat answers 3x faster than rivals.')).toEqual(['comparative | 3x faster | contradicted | compare.chat.speed']);
  });
  it('do not answer a comparison of the same quality of something else', () => {
    expect(claims('Close your books 3x faster than spreadsheets.')).toEqual(['comparative | 3x faster | unsubstantiated | -']);
  });
});

describe('"undercuts" as a comparison', () => {
  const cable = loadFixture('cable.registry.yaml', `entries:
  - id: compare.price.cable
    title: Price against cable
    subjects: [broadband, fiber]
    terms: [cheaper, less than, cable]
    comparison: { ratio: 1.3, among: cable providers }
    source: Survey
  - id: compare.speed.cable
    title: Speed against cable
    subjects: [broadband, fiber]
    terms: [faster, cable, speed]
    comparison: { ratio: 0.9, among: cable providers }
    source: Survey
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', cable);

  it('is a comparison of price, answered by the price comparison and not the speed one', () => {
    expect(claims('Our fiber undercuts cable in every town.')).toEqual(['comparative | undercuts | supported | compare.price.cable']);
    expect(claims('Broadband That Undercuts Cable')).toEqual(['comparative | Undercuts | supported | compare.price.cable']);
  });
  it('is no claim where we are the ones undercut', () => {
    expect(claims('Our fiber was undercut by cable last year.')).toEqual([]);
  });
});

describe('evidence about a named product', () => {
  const products = loadFixture('products.registry.yaml', `entries:
  - id: fuel.zephyr
    title: Zephyr fuel economy
    subjects: [Zephyr]
    terms: [mpg]
    unit: mpg-us
    evidence: { median: 48 }
    source: Owner logs
  - id: support.phone
    title: Phone answer time
    subjects: [phone, phone line, calls]
    terms: [answer, answers]
    unit: min
    evidence: { median: 1.5, within: { "2 min": 0.97 } }
    source: Call logs
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', products);

  it('answers copy that names the product', () => {
    expect(claims('The Zephyr gets 45 mpg.')).toEqual(['figure | 45 mpg | supported | fuel.zephyr']);
    expect(claims('## Zephyr\n\nGets 45 mpg.')).toEqual(['figure | 45 mpg | supported | fuel.zephyr']);
  });
  it('answers a table whose corner cell names the product', () => {
    expect(claims('| Zephyr hatchback | Owners report |\n| --- | --- |\n| Fuel economy | 45 mpg |')).toEqual(['figure | 45 mpg | supported | fuel.zephyr']);
    expect(claims('| | Owners report |\n| --- | --- |\n| Fuel economy | 45 mpg |')).toEqual(['figure | 45 mpg | unsubstantiated | -']);
  });
  it('does not answer copy that names no product, however well the metric fits', () => {
    expect(claims('Our delivery truck gets 45 mpg.')).toEqual(['figure | 45 mpg | unsubstantiated | -']);
    // The finding says which entry fits but for its subject, not that none uses these words.
    const settings = defaultSettings({ today: '2026-11-23' });
    const [finding] = lintDocument({ uri: 'copy.md', text: 'Our delivery truck gets 45 mpg.' }, 'markdown', products, settings).findings;
    expect(finding.message).toContain('entries fuel.zephyr use these words but name a subject the copy does not mention');
  });
});

describe('a subject of another entry of the same family, named in the copy', () => {
  const channels = loadFixture('channels.registry.yaml', `entries:
  - id: support.email.reply
    title: Email reply time
    subjects: [email, email support]
    terms: [reply, answered]
    unit: h
    evidence: { median: 3, p95: 9 }
    scope: { channel: email }
    source: Help desk
  - id: support.phone.hours
    title: Phone hours
    subjects: [phone, phone lines]
    terms: [open, lines open, 7 days, until]
    schedule: { hours: "Mo-Fr 08:00-20:00" }
    scope: { channel: phone, market: US }
    source: Roster
  - id: support.fcr
    title: Resolved at first contact
    subjects: [support team]
    terms: [first contact, solved]
    unit: percent
    evidence: { value: 78 }
    scope: { channel: all, market: US }
    source: Help desk
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', channels);

  it('rules out an entry about another channel: email copy is not answered by the phone hours', () => {
    expect(claims('Email support is open until 8pm on weekdays.')).toEqual(['schedule | until 8pm on weekdays | unsubstantiated | -']);
    expect(claims('## Email support\n\nLines open until 8pm on weekdays.')).toEqual(['schedule | until 8pm on weekdays | unsubstantiated | -']);
  });
  it('still lets copy that names no subject imply one', () => {
    expect(claims('Lines open until 8pm on weekdays.')).toEqual(['schedule | until 8pm on weekdays | supported | support.phone.hours']);
    expect(claims('77% of issues are solved on first contact.')).toEqual(['percentage | 77% | supported | support.fcr']);
  });
  it('treats neither a market nor "all" as a subject', () => {
    // support.fcr shares a market with the phone hours and covers all channels: "phone" names no rival of it.
    expect(claims('Our phone team: 77% of issues are solved on first contact.')).toEqual(['percentage | 77% | supported | support.fcr']);
  });
  it('makes no family of entries that share a word but whose evidence differs in shape', () => {
    const apps = loadFixture('apps.registry.yaml', `entries:
  - id: app.uptime
    title: Owner app uptime
    subjects: [Owner app]
    terms: [uptime, available]
    unit: percent
    evidence: { value: 99.9 }
    source: Status page
  - id: roadside.coverage
    title: Roadside cover by state
    subjects: [roadside]
    terms: [available, states]
    coverage: { regions: [AL, AK], universe: US states, universe_size: 2 }
    source: Contract
`).registry;
    // The heading names the app, whose uptime cannot answer a claim about where help is available.
    expect(claimsOf('## Owner app\n\nHelp is available in all 2 states.', 'US', 'markdown', apps)).toEqual(['coverage | 2 states | supported | roadside.coverage']);
  });
  it('says which subject the copy names when nothing fits', () => {
    const settings = defaultSettings({ today: '2026-11-23' });
    const [finding] = lintDocument({ uri: 'copy.md', text: 'Email support is open until 8pm on weekdays.' }, 'markdown', channels, settings).findings;
    expect(finding.message).toContain('the copy names “email');
    expect(finding.message).toContain('support.phone.hours uses these words but is about another subject');
  });
});

describe('evidence scoped to another market', () => {
  const markets = loadFixture('markets.registry.yaml', `entries:
  - id: delivery.uk
    title: Delivery time, UK
    terms: [delivery, delivered]
    unit: day
    evidence: { median: 2, p95: 3 }
    scope: { market: UK }
    source: Scan data
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', markets);

  it('does not answer copy for this market that names no subject', () => {
    expect(claims('Delivery within 3 days.')).toEqual(['bound | within 3 days | unsubstantiated | -']);
  });
  it('is named in the message, with its market, rather than said to name another subject', () => {
    const settings = defaultSettings({ today: '2026-11-23', jurisdiction: 'US' });
    const [finding] = lintDocument({ uri: 'copy.md', text: 'Delivery within 3 days.' }, 'markdown', markets, settings).findings;
    expect(finding.message).toContain('entry delivery.uk uses these words but is scoped to another market (UK); this copy is read for the US market');
    expect(finding.message).not.toContain('subject');
  });
  it('answers copy that names its market, whatever market the rest of the copy is for', () => {
    expect(claims('UK delivery within 3 days.')).toEqual(['bound | within 3 days | supported | delivery.uk']);
    expect(claims('For British shoppers: delivery within 3 days.')).toEqual(['bound | within 3 days | supported | delivery.uk']);
    // "us" is a pronoun, and copy in capitals throughout names no market by "US".
    expect(claims('Order from us: delivery within 3 days.')).toEqual(['bound | within 3 days | unsubstantiated | -']);
    expect(claimsOf('Delivery in the US within 3 days.', 'UK', 'markdown', markets)).toEqual(['bound | within 3 days | unsubstantiated | -']);
  });
});

describe('a rating standard named beside the claim', () => {
  const ratings = loadFixture('ratings.registry.yaml', `entries:
  - id: fuel.zephyr.epa
    title: Zephyr combined fuel economy (US)
    subjects: [Zephyr]
    terms: [mpg, fuel economy, combined]
    unit: mpg-us
    reading: rating
    preferred: true
    rating: { value: 52, standard: EPA, label: [EPA] }
    scope: { market: US }
    source: EPA label
  - id: fuel.zephyr.wltp
    title: Zephyr combined fuel economy (UK)
    subjects: [Zephyr]
    terms: [mpg, fuel economy, combined, WLTP]
    unit: mpg-uk
    reading: rating
    rating: { value: 68, standard: WLTP, label: [WLTP] }
    scope: { market: UK }
    source: WLTP certificate
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', ratings);

  it('rules out a rating made under another standard, whatever market the sentence names', () => {
    // Britain makes the sentence's market the UK, but "EPA" says which rating the 52 mpg is.
    expect(claims('British drivers see 68 mpg (imperial) on the WLTP test; over here the EPA puts the Zephyr at 52 mpg.')).toEqual([
      'figure | 68 mpg (imperial) | supported | fuel.zephyr.wltp',
      'figure | 52 mpg | supported | fuel.zephyr.epa',
    ]);
    // Of two standards in one clause, the one written nearest the claim.
    expect(claims('Rated 68 mpg (imperial) under WLTP in Britain, the Zephyr is EPA-rated at 52 mpg here.')).toEqual([
      'figure | 68 mpg (imperial) | supported | fuel.zephyr.wltp',
      'figure | 52 mpg | supported | fuel.zephyr.epa',
    ]);
  });
});

describe('a rank that names no quality', () => {
  const ranks = loadFixture('ranks.registry.yaml', `entries:
  - id: compare.helpdesk.satisfaction
    title: Help desk satisfaction against other payroll apps
    subjects: [help desk]
    terms: [best-rated, customer satisfaction]
    comparison: { rank: 1, among: payroll apps }
    source: Industry survey
  - id: compare.payroll.speed
    title: Payroll run time against other payroll apps
    subjects: []
    terms: [fastest, quickest]
    comparison: { rank: 3, among: payroll apps }
    source: Lab timing
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', ranks);

  it('is a rank in what the copy says it is for, or in being rated', () => {
    expect(claims('Our help desk is #1 for satisfaction in the payroll market.')).toEqual(['superlative | #1 | supported | compare.helpdesk.satisfaction']);
    expect(claims('Our help desk, rated #1 by payroll teams.')).toEqual(['superlative | #1 | supported | compare.helpdesk.satisfaction']);
    expect(claims('#1 for speed among payroll apps.')).toEqual(['superlative | #1 | contradicted | compare.payroll.speed']);
  });
  it('names nothing when the copy says nothing of what it leads at', () => {
    expect(claims('Our help desk is #1.')).toEqual(['superlative | #1 | unsubstantiated | -']);
  });
});

describe('a coverage claim about things an entry counts', () => {
  const reach = loadFixture('reach.registry.yaml', `entries:
  - id: showrooms.count
    title: Showrooms
    terms: [showrooms]
    unit: count
    evidence: { value: 300 }
    source: Estate list
  - id: towing.coverage
    title: Towing cover by state
    subjects: [towing]
    terms: [nationwide, states]
    coverage: { regions: [AL, AK], universe: US states, universe_size: 2 }
    source: Contract
  - id: clinics.count
    title: Clinics
    subjects: [Brightcare]
    terms: [clinics]
    unit: count
    evidence: { value: 40 }
    source: Estate list
  - id: reach.clinics
    title: States with a clinic
    subjects: [Brightcare]
    terms: [nationwide, states]
    coverage: { regions: [AL, AK], universe: US states, universe_size: 2 }
    source: Estate list
  - id: brand.rating
    title: Brand rank
    subjects: [Brightcare]
    terms: [rated]
    comparison: { rank: 1 }
    source: Survey
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', reach);

  it('is not answered by the coverage of something else', () => {
    expect(claims('Drop in at one of 300 showrooms nationwide.')).toContain('coverage | nationwide | unsubstantiated | -');
    const settings = defaultSettings({ today: '2026-11-23' });
    const finding = lintDocument({ uri: 'copy.md', text: 'Drop in at one of 300 showrooms nationwide.' }, 'markdown', reach, settings).findings.find((f) => f.message.includes('“nationwide”'));
    expect(finding?.message).toContain('the copy names “showrooms”');
  });
  it('is answered by the coverage of an entry that shares a subject with the count (the company\'s name)', () => {
    expect(claims('Find one of our 40 clinics nationwide.')).toEqual(['count | 40 clinics | supported | clinics.count', 'coverage | nationwide | supported | reach.clinics']);
  });
});

describe('a subject named in the claim\'s own words', () => {
  const orders = loadFixture('orders.registry.yaml', `entries:
  - id: tracking.orders
    title: Orders with tracking
    subjects: [orders]
    terms: [tracked, tracking]
    offered: true
    substantiates: [every]
    source: Spec
  - id: pickup.hours
    title: Pickup hours
    subjects: [pickup, pickups]
    terms: [pickup, open]
    schedule: { hours: "Mo-Fr 09:00-17:00" }
    offered: true
    source: Roster
`).registry;

  it('outranks one named elsewhere in its clause', () => {
    expect(claimsOf('Every order is tracked from pickup to your door.', 'US', 'markdown', orders)).toEqual(['absolute | Every order | supported | tracking.orders']);
  });
});

describe('the other values of a YAML map (an ad\'s other lines)', () => {
  const services = loadFixture('services.registry.yaml', `entries:
  - id: delivery.express
    title: Express delivery time
    subjects: [Express, Acme Express]
    terms: [delivery, next-day]
    unit: day
    evidence: { median: 1, within: { "1 d": 0.99 } }
    scope: { service: express }
    source: Scans
  - id: delivery.economy
    title: Economy delivery time
    subjects: [Economy]
    terms: [delivery, next-day]
    unit: day
    evidence: { median: 2, within: { "1 d": 0.5 } }
    scope: { service: economy }
    source: Scans
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'yaml', services);

  it('name the subject of the claim as a heading would', () => {
    expect(claims('card:\n  strapline: "Next-day delivery, every weekday"\n  footer: "Acme Express: book online"\n')).toEqual(['bound | Next-day | supported | delivery.express']);
  });
  it('name nothing for a value in another map', () => {
    expect(claims('card:\n  strapline: "Next-day delivery, every weekday"\nother:\n  footer: "Acme Express: book online"\n')).toEqual(['bound | Next-day | unsubstantiated | -']);
  });
});

describe('an absolute\'s keyword answered by the entry whose subject the copy names', () => {
  const services = loadFixture('guarantee.registry.yaml', `entries:
  - id: delivery.express
    title: Express delivery, next-day with a refund guarantee
    subjects: [Express, Acme Express]
    terms: [delivery, delivered, next-day, guaranteed]
    unit: day
    evidence: { median: 1, within: { "1 d": 0.99 } }
    guarantee: Fee refunded if an Express parcel is late
    source: Scans
  - id: delivery.on-time
    title: Deliveries made on the promised day
    subjects: [deliveries, parcels]
    terms: [on time, late]
    unit: percent
    evidence: { value: 94 }
    source: Scans
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'yaml', services);
  // "every order" beside the next-day bound is a universal claim of its own (docs/corpus.md), judged against the
  // entry its bound reaches: 1% of Express parcels take longer, whatever the guarantee refunds.
  it('outranks an entry that fits on its subject alone ("delivery" naming the deliveries a share counts)', () => {
    expect(claims('promo:\n  strapline: "Guaranteed next-day delivery on every order"\n  footer: "Acme Express: book online"\n').filter((c) => c.startsWith('absolute'))).toEqual(['absolute | Guaranteed | supported | delivery.express', 'absolute | every order | contradicted | delivery.express']);
  });
  it('does not where the copy does not name its subject', () => {
    expect(claims('promo:\n  strapline: "Guaranteed next-day delivery on every order"\n  footer: "Book online"\n').filter((c) => c.startsWith('absolute'))).toEqual(['absolute | Guaranteed | unsubstantiated | delivery.on-time', 'absolute | every order | unsubstantiated | -']);
  });
});

describe('business days against evidence in calendar days', () => {
  const entry = (terms: string) => loadFixture('courier.registry.yaml', `entries:
  - id: delivery.express
    title: Express delivery time
    subjects: [Express]
    terms: [${terms}]
    unit: day
    evidence: { median: 1, within: { "1 d": 0.9, "2 d": 0.99 } }
    source: Scans
`).registry;
  const claims = (copy: string, terms: string) => claimsOf(copy, 'US', 'markdown', entry(terms));

  it('are undecided where the readings disagree (1 business day is 1 to 3 calendar days)', () => {
    expect(claims('Express orders reach you the next business day.', 'delivery, delivered, reach')).toEqual(['bound | next business day | unsubstantiated | delivery.express']);
  });
  it('are the entry\'s own days where it names the wording among its metric words', () => {
    expect(claims('Express orders reach you the next business day.', 'delivery, delivered, reach, next business day')).toEqual(['bound | next business day | contradicted | delivery.express']);
  });
});

describe('a time whose metric the copy does not name', () => {
  const pages = loadFixture('pages.registry.yaml', `entries:
  - id: blog.load
    title: Blog page load time
    subjects: [blog, pages]
    terms: [load, loads]
    unit: s
    evidence: { median: 0.8, p95: 1.5 }
    source: Monitoring
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', pages);

  it('is not answered by another time of the subject it names: a refresh is not a page load', () => {
    expect(claims('Our blog is refreshed within 2 hours of every release.')).toEqual(['bound | within 2 hours | unsubstantiated | -']);
  });
  it('is answered where the copy names the metric', () => {
    expect(claims('Our blog loads within 2 seconds.')).toEqual(['bound | within 2 seconds | supported | blog.load']);
  });
  it('is answered in a table, whose column header names the metric in its own words', () => {
    expect(claims('| Site | Fully shown |\n| --- | --- |\n| Blog | within 2 seconds |\n')).toEqual(['bound | within 2 seconds | supported | blog.load']);
  });
});

describe('punctuality said without "on time"', () => {
  const shares = loadFixture('punctuality.registry.yaml', `entries:
  - id: orders.on-time
    title: Orders delivered on the promised day
    subjects: [orders]
    terms: [on time, punctual, late]
    unit: percent
    evidence: { value: 97.1 }
    source: Scans
  - id: orders.intact
    title: Orders delivered undamaged
    subjects: [orders]
    terms: [undamaged, intact]
    unit: percent
    evidence: { value: 99.6 }
    source: Claims register
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', shares);

  it('reads "as promised", "when we promised", "on the date we said" as the on-time metric', () => {
    expect(claims('97% of orders show up as promised.')).toEqual(['percentage | 97% | supported | orders.on-time']);
    expect(claims('Nine in ten orders land when we promised.')).toEqual(['percentage | Nine in ten | supported | orders.on-time']);
    expect(claims('99% of orders come on the date we said.')).toEqual(['percentage | 99% | contradicted | orders.on-time']);
  });
  it('names no metric where the copy says nothing of the promise kept', () => {
    expect(claims('97% of orders reach you.')).toEqual(['percentage | 97% | unsubstantiated | -']);
  });
});

describe('a time given for something new', () => {
  const accounts = loadFixture('accounts.registry.yaml', `entries:
  - id: accounts.opening
    title: Time to open a new account
    subjects: [new account, accounts]
    terms: [open, opened, approved]
    unit: min
    evidence: { median: 3, within: { "5 min": 0.97 } }
    source: Onboarding logs
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', accounts);

  it('is the time to make it, with a word between "new" and the thing', () => {
    expect(claims('Your new business account in under 5 minutes.')).toEqual(['bound | in under 5 minutes | supported | accounts.opening']);
  });
  it('is not where a verb names another time', () => {
    expect(claims('New business accounts get verified within 5 minutes.')).toEqual(['bound | within 5 minutes | unsubstantiated | -']);
  });
});

describe('a claim that is a sentence on its own', () => {
  const plans = loadFixture('plans-speed.registry.yaml', `entries:
  - id: speed.fast
    title: Fast plan download speed
    subjects: [Fast, Fast plan]
    terms: [download, speed]
    unit: mbps
    evidence: { median: 480, p10: 450 }
    source: Router telemetry
  - id: speed.basic
    title: Basic plan download speed
    subjects: [Basic plan]
    terms: [download, speed]
    unit: mbps
    evidence: { median: 95, p10: 90 }
    source: Router telemetry
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', plans);

  it('goes on from the sentence before it, which names its subject', () => {
    expect(claims('Meet the Basic plan for small flats. At least 90 Mbps.')).toEqual(['bound | At least 90 Mbps | supported | speed.basic']);
  });
  it('but a full sentence does not borrow the subject of the one before', () => {
    expect(claims('Meet the Basic plan for small flats. Our routers reach at least 90 Mbps.')).toEqual(['bound | at least 90 Mbps | unsubstantiated | -']);
  });
});

describe('a schedule whose clause names a service', () => {
  const shops = loadFixture('shops.registry.yaml', `entries:
  - id: shops.hours
    title: Shop opening hours
    subjects: [shops, our shops]
    terms: [open, hours, every day, until]
    schedule: { hours: "Mo-Su 09:00-18:00" }
    source: Rota
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', shops);

  it('is about that service, not the subject the sentence names first', () => {
    expect(claims('Our shops open every day, with a helpline staffed round the clock.').filter((c) => c.includes('round the clock'))).toEqual(['schedule | round the clock | unsubstantiated | -']);
  });
  it('leaves the sentence\'s own subject its schedule', () => {
    expect(claims('Our shops are open round the clock.')).toEqual(['schedule | round the clock | contradicted | shops.hours']);
  });
});

describe('a short question before the claim in its paragraph', () => {
  const replies = loadFixture('question.registry.yaml', `entries:
  - id: support.reply
    title: Reply time
    terms: [reply, replies]
    unit: h
    evidence: { median: 2, p95: 6 }
    source: Help desk
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', replies);

  it('names what the answer is about, as a heading would', () => {
    expect(claims('Waiting on a reply? Most come within 6 hours.')).toEqual(['bound | within 6 hours | supported | support.reply']);
  });
  it('is not read from a statement before the claim', () => {
    expect(claims('We reply. Most come within 6 hours.')).toEqual(['bound | within 6 hours | unsubstantiated | -']);
  });
});

describe('a share of the complement of what an entry measures', () => {
  const uptime = loadFixture('uptime.registry.yaml', `entries:
  - id: uptime.platform
    title: Platform uptime
    subjects: [platform]
    terms: [uptime, availability]
    unit: percent
    evidence: { value: 99.95 }
    source: Monitoring
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', uptime);

  it('is read as 100% minus the measured share: downtime against uptime', () => {
    expect(claims('Our yearly downtime stays below 0.1%.')).toEqual(['percentage | below 0.1% | supported | uptime.platform']);
    expect(claims('Our yearly downtime is just 0.01%.')).toEqual(['percentage | 0.01% | contradicted | uptime.platform']);
  });
  it('leaves a share of the metric itself read as it is', () => {
    expect(claims('Our yearly uptime is 99.95%.')).toEqual(['percentage | 99.95% | supported | uptime.platform']);
  });
  it('reads "up … of the time" as uptime, the figure a share or an absolute', () => {
    expect(claims('We were up and running 99.9 per cent of the time last year.')).toEqual(['percentage | 99.9 per cent | supported | uptime.platform']);
    expect(claims('“They have been up 100% of the time since we switched.” — Sam')).toEqual(['absolute | 100% | contradicted | uptime.platform']);
  });
  it('says what the measured share leaves', () => {
    const settings = defaultSettings({ today: '2026-11-23' });
    const [finding] = lintDocument({ uri: 'copy.md', text: 'Our yearly downtime is just 0.01%.' }, 'markdown', uptime, settings).findings;
    expect(finding.message).toContain('measured 99.95%, which leaves 0.05%');
  });
});

describe('an absolute about every member of a population', () => {
  const shirts = loadFixture('shirts.registry.yaml', `entries:
  - id: cotton.organic
    title: Share of cotton shirts made from organic cotton
    subjects: [shirts, cotton]
    terms: [organic, certified organic]
    unit: percent
    evidence: { value: 64 }
    source: Supplier audit
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', shirts);

  it('("all of our …") is answered, and contradicted, by the measured share below 100%', () => {
    expect(claims('All of our cotton shirts are organic.')).toEqual(['absolute | All | contradicted | cotton.organic']);
  });
  it('("every …") is answered, and contradicted, by the measured share below 100%', () => {
    expect(claims('Certified organic cotton in every garment.')).toEqual(['absolute | every garment | contradicted | cotton.organic']);
  });
});

describe('"every"/"all" quantifying a bound on time', () => {
  const times = loadFixture('times.registry.yaml', `entries:
  - id: tickets.reply
    title: Time to first reply to a ticket
    subjects: [ticket, tickets]
    terms: [reply, replies, answer]
    unit: h
    evidence: { median: 1, p95: 1.8, p99: 9, max: 30, within: { "2 h": 0.97 } }
    source: Help desk
  - id: parcels.delivery
    title: Parcel delivery time
    subjects: [parcel, parcels]
    terms: [arrive, arrives, delivered, next day]
    unit: day
    evidence: { median: 0.6, max: 0.9 }
    source: Courier scans
  - id: orders.dispatch
    title: Time from order to dispatch
    subjects: [order, orders]
    terms: [dispatched, ships]
    unit: day
    evidence: { median: 3 }
    source: Warehouse log
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', times);
  const messages = (copy: string) => lintDocument({ uri: 'copy.md', text: copy }, 'markdown', times, defaultSettings({ today: '2026-11-23', reportSupported: true })).findings.map((f) => f.message);

  it('is contradicted by cases outside the bound, and says which', () => {
    expect(claims('Every ticket gets a reply within 2 hours.')).toEqual(['absolute | Every ticket | contradicted | tickets.reply', 'bound | within 2 hours | supported | tickets.reply']);
    expect(messages('Every ticket gets a reply within 2 hours.')[0]).toContain('3% of tickets take longer than 2 hours (max 30 hours)');
  });
  it('is contradicted by a percentile above the bound', () => {
    expect(messages('Every ticket gets a reply within 8 hours.')[0]).toContain('at least 1% of tickets take longer than 8 hours (p99 9 hours)');
  });
  it('is supported by a maximum within the bound', () => {
    expect(claims('All parcels arrive next day.')).toEqual(['absolute | All | supported | parcels.delivery', 'bound | next day | supported | parcels.delivery']);
  });
  it('in business days reaches the entry of its bound, and holds when every case is within the shortest reading', () => {
    expect(claims('All parcels arrive within 2 business days.')).toEqual(['absolute | All | supported | parcels.delivery', 'bound | within 2 business days | supported | parcels.delivery']);
  });
  it('is unsubstantiated where the entry records no distribution that can tell', () => {
    expect(claims('Every order is dispatched within 5 days.')).toEqual(['absolute | Every order | unsubstantiated | orders.dispatch', 'bound | within 5 days | unsubstantiated | orders.dispatch']);
  });
});

describe('a count of a thing the copy names', () => {
  const stores = loadFixture('stores.registry.yaml', `entries:
  - id: stores.count
    title: Number of stores
    subjects: [stores, store]
    terms: [stores, locations, store hours]
    unit: count
    evidence: { value: 40 }
    source: Store list
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', stores);

  it('is read after a capitalised verb when written as a quantity ("Explore 2,500+"), not taken for a name', () => {
    expect(claims('Explore 2,500+ templates and check store hours.')).toHaveLength(1);
  });
  it('is not answered by an entry that counts something else, whatever words around it fit', () => {
    expect(claims('Explore 2,500+ templates and check store hours.')).toEqual(['count | 2,500+ templates | unsubstantiated | -']);
  });
  it('is answered by an entry that counts that thing', () => {
    expect(claims('Visit 40+ locations and check store hours.')).toEqual(['count | 40+ locations | supported | stores.count']);
  });
});

describe('a statistic named in the copy', () => {
  const replies = loadFixture('replies.registry.yaml', `entries:
  - id: support.email.reply
    title: Email reply time
    subjects: [email]
    terms: [reply, response]
    unit: h
    evidence: { median: 3.1, p90: 6, p95: 9, within: { "4 h": 0.62, "24 h": 0.99 } }
    source: Help desk
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', replies);

  it('reads "median … under N" as the median, not as a bound 95 % of cases meet', () => {
    expect(claims('Median email reply time: under 4 hours.')).toEqual(['bound | under 4 hours | supported | support.email.reply']);
    expect(claims('Our median email response is under 3 hours.')).toEqual(['bound | under 3 hours | contradicted | support.email.reply']);
  });
  it('reads "pNN" and "NNth percentile" as that percentile', () => {
    expect(claims('p90 email response: under 8 hours.')).toEqual(['bound | under 8 hours | supported | support.email.reply']);
    expect(claims('Our 90th percentile email reply time is under 7 hours.')).toEqual(['bound | under 7 hours | supported | support.email.reply']);
    expect(claims('Our 95th-percentile email reply time is under 8 hours.')).toEqual(['bound | under 8 hours | contradicted | support.email.reply']);
    expect(claims('p95 email reply time: 6 hours.')).toEqual(['figure | 6 hours | contradicted | support.email.reply']);
  });
  it('keeps the default reading where no statistic is named', () => {
    expect(claims('Email replies arrive within 8 hours.')).toEqual(['bound | within 8 hours | contradicted | support.email.reply']);
  });
  it('says which statistic the copy named', () => {
    const settings = defaultSettings({ today: '2026-11-23' });
    const [finding] = lintDocument({ uri: 'copy.md', text: 'p90 email response: under 5 hours.' }, 'markdown', replies, settings).findings;
    expect(finding.message).toContain('at least 90% of cases (the copy names the 90th percentile)');
  });
});

describe('hours written in a time zone', () => {
  const hours = loadFixture('hours.registry.yaml', `entries:
  - id: support.phone.hours
    title: Phone hours
    subjects: [phone, phone lines]
    terms: [open, lines open, until]
    schedule: { hours: "Mo-Fr 08:00-20:00; Sa 09:00-17:00", timezone: America/New_York }
    source: Roster
  - id: stores.hours
    title: Store hours
    subjects: [stores]
    terms: [open, until]
    schedule: { hours: "Mo-Sa 09:00-21:00" }
    source: Handbook
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', hours);

  it('compares them in the roster\'s zone', () => {
    expect(claims('Phone lines are open 8am–8pm ET on weekdays.')).toEqual(['schedule | 8am–8pm ET on weekdays | supported | support.phone.hours']);
    // 8pm PT is 11pm in New York; 3pm PT on Saturday is 6pm there.
    expect(claims('Phone lines are open 8am–8pm PT on weekdays.')).toEqual(['schedule | 8am–8pm PT on weekdays | contradicted | support.phone.hours']);
    expect(claims('Phone lines are open until 3pm PT on Saturdays.')).toEqual(['schedule | until 3pm PT on Saturdays | contradicted | support.phone.hours']);
    // 1pm–1am GMT is 8am–8pm in New York in November, across midnight.
    expect(claims('Phone lines are open 1pm–1am GMT on weekdays.')).toEqual(['schedule | 1pm–1am GMT on weekdays | supported | support.phone.hours']);
  });
  it('cannot check them against hours recorded without a zone', () => {
    expect(claims('Our stores are open until 9pm ET on weekdays.')).toEqual(['schedule | until 9pm ET on weekdays | unsubstantiated | stores.hours']);
    expect(claims('Our stores are open until 9pm local time on weekdays.')).toEqual(['schedule | until 9pm local time on weekdays | supported | stores.hours']);
  });
});

describe('rounding of figures written with a scale', () => {
  const counts = loadFixture('counts.registry.yaml', `entries:
  - id: downloads
    title: App downloads
    terms: [downloads]
    unit: count
    evidence: { value: 1160000 }
    source: Store console
  - id: fleet.range
    title: Fleet range
    terms: [range]
    unit: mile
    evidence: { median: 1160000 }
    source: Telematics
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', counts);

  it('reads "1.2 million" as 1.15 to 1.25 million in a figure as in a count', () => {
    expect(claims('The fleet has a range of 1.2 million miles.')).toEqual(['figure | 1.2 million miles | supported | fleet.range']);
    expect(claims('The fleet has a range of 1,200,000 miles.')).toEqual(['figure | 1,200,000 miles | contradicted | fleet.range']);
    expect(claims('Our app has 1.2 million downloads.')).toEqual(['count | 1.2 million downloads | supported | downloads']);
    expect(claims('Our app has 1.3 million downloads.')).toEqual(['count | 1.3 million downloads | contradicted | downloads']);
  });
  it('reads "2 million" to the million: 1.5 million at least, and more understates', () => {
    expect(claims('Our app has 2 million downloads.')).toEqual(['count | 2 million downloads | contradicted | downloads']);
    expect(claims('Our app has 1 million downloads.')).toEqual(['count | 1 million downloads | supported | downloads']);
    expect(claims('Our app has 900,000 downloads.')).toEqual(['count | 900,000 downloads | supported | downloads']);
  });
});

describe('a plan name inside the product\'s name', () => {
  const partsExpress = loadFixture('parts.registry.yaml', `entries:
  - id: parts.shipping.price
    title: Parts Express shipping prices
    subjects: [Parts Express]
    terms: [shipping]
    prices:
      - { plan: Standard, amount: 4.95, currency: USD, per: order }
      - { plan: Express, amount: 12.95, currency: USD, per: order }
    source: Price list
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', partsExpress);

  it('names the product, not the plan: "from" is the cheapest of the whole list', () => {
    expect(claims('Parts Express: shipping from $4.95.')).toEqual(['price | from $4.95 | supported | parts.shipping.price']);
  });
  it('still leaves the plan named on its own to pick that plan', () => {
    expect(claims('Parts Express: Express shipping from $4.95.')).toEqual(['price | from $4.95 | contradicted | parts.shipping.price']);
    expect(claims('Parts Express: Express shipping from $12.95.')).toEqual(['price | from $12.95 | supported | parts.shipping.price']);
  });
});

describe('a connection speed that names no direction', () => {
  const bothDirections = loadFixture('speeds.registry.yaml', `entries:
  - id: gig.download
    title: Gig download speed
    subjects: [Gig]
    terms: [download, speed]
    unit: mbps
    evidence: { median: 935, p10: 905 }
    source: Router telemetry
  - id: gig.upload
    title: Gig upload speed
    subjects: [Gig]
    terms: [upload, speed]
    unit: mbps
    evidence: { median: 890 }
    source: Router telemetry
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', bothDirections);

  it('is its download speed', () => {
    expect(claims('Gig gets 930 Mbps.')).toEqual(['figure | 930 Mbps | supported | gig.download']);
  });
  it('is its download speed in a share of homes too ("9 in 10 Gig homes get …"), and "Gig" in capitals before a noun is a plan, not Gbps', () => {
    expect(claims('9 in 10 Gig homes get 900 Mbps or faster.')).toEqual(['percentage | 9 in 10 Gig homes get 900 Mbps or faster | supported | gig.download']);
  });
  it('is the upload speed where the copy says so, and stays undecided for symmetrical speeds', () => {
    expect(claims('Gig uploads run at 930 Mbps.')).toEqual(['figure | 930 Mbps | contradicted | gig.upload']);
    expect(claims('Gig: symmetrical 930 Mbps.')).toEqual(['figure | 930 Mbps | unsubstantiated | -']);
  });
});

describe('figure fixes', () => {
  it('rewrites an "-odd" figure to the exact evidence, dropping the approximation', () => {
    const settings = defaultSettings({ today: '2026-11-23', jurisdiction: 'US' });
    const text = 'Our chat team answers in 20-odd seconds.';
    const result = lintDocument({ uri: 'copy.md', text }, 'markdown', registry, settings);
    const fix = result.findings.flatMap((f) => f.fixes).find((x) => x.kind === 'replace-figure');
    expect(fix?.edits.map((e) => text.slice(e.range.start, e.range.end) + ' → ' + e.newText)).toEqual(['20-odd seconds → 40 seconds']);
  });
});

describe('messages', () => {
  it('quote a claim that spans a soft line break on one line, as the claim reads', () => {
    const settings = defaultSettings({ today: '2026-11-23', jurisdiction: 'US', reportSupported: true });
    const text = 'We reply to email within 1\r\n  hour. Every email is answered within 24\nhours.';
    const messages = lintDocument({ uri: 'copy.md', text }, 'markdown', registry, settings).findings.map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/^“within 1 hour” is not kept: “within 1 hour” is read as met by/),
      expect.stringMatching(/^“Every email” is not kept: “Every email” allows no case over 24 hours: 1% of emails take longer than 24 hours \(max 40 hours\)/),
      expect.stringMatching(/^“within 24 hours” is supported: “within 24 hours” is read as met by/),
    ]);
  });
});

describe('claim kinds and verdicts (fixture table)', () => {
  it('the fixture registry loads without errors', () => {
    expect(registryFindings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
  for (const row of TABLE) {
    it(`${row.jurisdiction ?? 'US'}: ${row.copy.replace(/\n/g, '⏎')}`, () => {
      expect(claimsOf(row.copy, row.jurisdiction, row.language)).toEqual(row.expect);
    });
  }
});

describe('a qualifier in another sentence of the paragraph', () => {
  const plans = loadFixture('plans.registry.yaml', `entries:
  - id: prices.streamr
    title: Monthly prices on an annual contract
    subjects: [Basic, Premium, plans]
    terms: [price, from, per month, a month, /mo]
    prices:
      - { plan: Basic, amount: 8, currency: USD, per: month }
      - { plan: Premium, amount: 15, currency: USD, per: month }
    qualifiers:
      - { text: on an annual contract, match: [annual contract, annual plan, billed yearly] }
    source: Rate card
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', plans);

  it('qualifies the claim when it stands alone', () => {
    expect(claims('Premium for $15 a month. Requires an annual contract.')).toEqual(['price | $15 a month | supported | prices.streamr']);
  });
  it('belongs to the price of its own sentence, not to another one', () => {
    expect(claims('Premium for $15 a month. Basic from $8/mo on an annual contract.')).toEqual([
      'price | $15 a month | needs-qualifier | prices.streamr',
      'price | from $8/mo | supported | prices.streamr',
    ]);
  });
  it('belongs to every cell of a table header it is marked on, and to no other cell', () => {
    expect(claims('| Plan | Monthly price† |\n| --- | --- |\n| Basic | $8/mo |\n| Premium | $15/mo |\n\n† On an annual contract.')).toEqual([
      'price | $8/mo | supported | prices.streamr',
      'price | $15/mo | supported | prices.streamr',
    ]);
    expect(claims('| Plan | Price |\n| --- | --- |\n| Premium* | $15/mo |\n| Basic | $8/mo |\n\n\\* Billed yearly.')).toEqual([
      'price | $15/mo | supported | prices.streamr',
      'price | $8/mo | needs-qualifier | prices.streamr',
    ]);
  });
});

describe('a metric the copy implies without the registry\'s word', () => {
  const implied = loadFixture('implied.registry.yaml', `entries:
  - id: support.email.reply
    title: Email reply time
    subjects: [email, inbox]
    terms: [reply, response]
    unit: h
    evidence: { median: 3, p95: 20, within: { "24 h": 0.99 } }
    scope: { channel: email }
    source: Help desk
  - id: ev.zephyr.charge
    title: Zephyr DC fast-charge time, 20 to 80 percent
    subjects: [Zephyr]
    terms: [charging, fast charge]
    unit: min
    evidence: { median: 34, p95: 44, within: { "45 min": 0.97 } }
    source: Telematics
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', implied);

  it('reads hearing back from the team as its reply', () => {
    expect(claims('Drop our inbox a line and you will hear back within 24 hours.')).toEqual(['bound | within 24 hours | supported | support.email.reply']);
    expect(claims('Email us: someone gets back to you in about 3 hours.')).toEqual(['figure | about 3 hours | supported | support.email.reply']);
  });
  it('reads a range of charge levels covered in a time as charging', () => {
    expect(claims('The Zephyr goes from 20 to 80 percent within 45 minutes.')).toEqual(['bound | within 45 minutes | supported | ev.zephyr.charge']);
  });
  it('leaves a time without such words unlinked', () => {
    expect(claims('The Zephyr is ready in 45 minutes.')).toEqual(['figure | 45 minutes | unsubstantiated | -']);
  });
});

describe('a withdrawn offer beside a current one', () => {
  const offers = loadFixture('offers.registry.yaml', `entries:
  - id: prices.current
    title: List prices
    subjects: [Basic, Premium]
    terms: [price, per month, a month]
    prices:
      - { plan: Basic, amount: 8, currency: USD, per: month }
      - { plan: Premium, amount: 15, currency: USD, per: month }
    source: Rate card
  - id: prices.legacy
    title: Legacy plan (withdrawn)
    subjects: [Legacy, Legacy plan]
    terms: [price, per month, a month]
    prices:
      - { plan: Legacy, amount: 12, currency: USD, per: month }
    source: Old rate card
    expires: 2026-06-30
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', offers);

  it('yields to the current entry where the copy names neither', () => {
    expect(claims('Streaming for the whole family from $8 a month.')).toEqual(['price | from $8 a month | supported | prices.current']);
  });
  it('still answers copy that names it, as stale', () => {
    expect(claims('Legacy subscribers keep paying $12 a month.')).toEqual(['price | $12 a month | stale | prices.legacy']);
  });
});

describe('a comparison table against named rivals', () => {
  const isp = loadFixture('isp.registry.yaml', `entries:
  - id: speed.download
    title: Brightwave Gig download speed
    subjects: [Brightwave, Brightwave Gig]
    terms: [download, speed, Mbps]
    unit: Mbps
    evidence: { median: 900 }
    source: Line tests
  - id: prices.plans
    title: Monthly prices
    subjects: [Brightwave, Lite, Gig]
    terms: [price, per month, /mo, monthly]
    prices:
      - { plan: Lite, amount: 30, currency: USD, per: month }
      - { plan: Gig, amount: 60, currency: USD, per: month }
    source: Rate card
  - id: support.hours
    title: Support hours
    subjects: [support, help desk]
    terms: [support, open, hours]
    schedule: { hours: "Mo-Fr 08:00-20:00" }
    source: Staffing rota
  - id: compare.speed
    title: Download speed rank among local providers
    subjects: [Brightwave Gig]
    terms: [fastest, faster, speed]
    comparison: { rank: 3, among: local providers }
    source: Speed-test panel
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', isp);

  it('reads only the column whose header names us; a rival column holds their figures', () => {
    expect(claims('| | Brightwave | Rapidnet | Other providers |\n| --- | --- | --- | --- |\n| Download speed | 900 Mbps | 300 Mbps | 150 Mbps |\n| Monthly price | $60/mo | $45/mo | $70/mo |')).toEqual([
      'figure | 900 Mbps | supported | speed.download',
      'price | $60/mo | supported | prices.plans',
    ]);
  });
  it('takes a header in the first person for ours', () => {
    expect(claims('| | With us | Typical cable company |\n| --- | --- | --- |\n| Download speed | 900 Mbps | 200 Mbps |')).toEqual(['figure | 900 Mbps | supported | speed.download']);
  });
  it('drops a row label crossed out under our column, keeps one it ticks', () => {
    expect(claims('| | Brightwave | Rapidnet |\n| --- | --- | --- |\n| Weekend support | ✗ | ✓ |')).toEqual([]);
    expect(claims('| | Brightwave | Rapidnet |\n| --- | --- | --- |\n| Weekday support until 8pm | ✓ | ✗ |')).toEqual(['schedule | until 8pm | supported | support.hours']);
  });
  it('names the ticked row label’s subject by our column’s header', () => {
    expect(claims('| | Brightwave Gig | Rapidnet 1000 |\n| --- | --- | --- |\n| Fastest downloads in town | Yes | No |')).toEqual(['superlative | Fastest | contradicted | compare.speed']);
  });
  it('leaves a table of our own plans, or of metrics, alone', () => {
    expect(claims('| | Lite | Gig |\n| --- | --- | --- |\n| Monthly price | $30/mo | $60/mo |')).toEqual([
      'price | $30/mo | supported | prices.plans',
      'price | $60/mo | supported | prices.plans',
    ]);
    expect(claims('| Plan | Download | Price |\n| --- | --- | --- |\n| Gig | 900 Mbps | $60/mo |')).toEqual([
      'figure | 900 Mbps | supported | speed.download',
      'price | $60/mo | supported | prices.plans',
    ]);
  });
});

describe('a comparison that names its object', () => {
  const couriers = loadFixture('couriers.registry.yaml', `entries:
  - id: compare.rank
    title: Speed rank among couriers
    subjects: [Zipline, Zipline Parcels]
    terms: [fastest, faster than other couriers, couriers]
    comparison: { rank: 4, among: couriers, ratio: 0.9 }
    source: Panel
  - id: compare.vs-rail
    title: Express speed versus rail freight
    subjects: [Zipline, Express]
    terms: [rail freight, freight trains, faster than, as fast as]
    comparison: { ratio: 3 }
    source: Test shipments
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', couriers);

  it('answers from the entry that compares with that object', () => {
    expect(claims('## Why Zipline Parcels?\n\nOur parcels move 3x faster than freight trains.')).toEqual(['comparative | 3x faster | supported | compare.vs-rail']);
  });
  it('leaves a comparison with another object to its entry', () => {
    expect(claims('## Why Zipline Parcels?\n\nOur parcels move 3x faster than other couriers.')).toEqual(['comparative | 3x faster | contradicted | compare.rank']);
  });
});

describe('a named party speaking of its own figures', () => {
  const saved = loadFixture('books.registry.yaml', `entries:
  - id: time-saved
    title: Time Ledgerfox customers save
    subjects: [Ledgerfox]
    terms: [save, saved]
    unit: hour
    higher_is_better: true
    evidence: { median: 4 }
    source: Customer survey
`).registry;
  const claims = (copy: string) => claimsOf(copy, 'US', 'markdown', saved);

  it('is another company when the registry does not know its name', () => {
    expect(claims('Tallybook says its users save 9 hours a week.')).toEqual([]);
  });
  it('is the company itself when the registry names it (a press release speaking of itself)', () => {
    expect(claims('Ledgerfox says its customers save 6 hours a week.')).toEqual(['figure | 6 hours | contradicted | time-saved']);
  });
  it('is the company itself in the possessive', () => {
    expect(claims("Ledgerfox's own customers save 3 hours a week.")).toEqual(['figure | 3 hours | supported | time-saved']);
  });
});

describe('the one product a page names (its headings; in YAML, the values of one piece of copy)', () => {
  const bikes = loadFixture('bikes.registry.yaml', `entries:
  - id: zephyr.recharge
    title: Zephyr e-bike battery recharge time
    subjects: [Zephyr, Zephyr E-Bike]
    terms: [recharge, charge, charging]
    unit: min
    evidence: { median: 45 }
    source: Bench tests
  - id: kestrel.recharge
    title: Kestrel scooter battery recharge time
    subjects: [Kestrel]
    terms: [recharge, charge, charging]
    unit: min
    evidence: { median: 90 }
    source: Bench tests
  - id: shop.dispatch
    title: Order dispatch time
    subjects: [orders]
    terms: [dispatch, dispatched, ships]
    unit: h
    evidence: { median: 20, within: { "24 h": 0.97 } }
    source: Warehouse scans
`).registry;
  const md = (copy: string) => claimsOf(copy, 'US', 'markdown', bikes);
  const yaml = (copy: string) => claimsOf(copy, 'US', 'yaml', bikes);
  const faq = '# Your questions about the Zephyr E-Bike\n\nAsk us anything.\n\n## Does it fold?\n\nYes, flat in seconds.\n\n## What about the battery?\n\nA full recharge takes about 45 minutes.\n';

  it('is the subject of a later section that names none', () => {
    expect(md(faq)).toEqual(['figure | about 45 minutes | supported | zephyr.recharge']);
    // A sibling question before it, not its own heading chain, names the product.
    expect(md('### Is the Zephyr road legal?\n\nEverywhere in the EU.\n\n### How quick is charging?\n\nFrom empty, charging is done in 45 minutes.\n')).toEqual(['figure | 45 minutes | supported | zephyr.recharge']);
    // No heading names a product: nothing to read the time against.
    expect(md(faq.replace('about the Zephyr E-Bike', 'answered'))).toEqual(['figure | about 45 minutes | unsubstantiated | -']);
  });
  it('is none where the headings name two products', () => {
    expect(md('## Zephyr or Kestrel?\n\nBoth fold.\n\n## Charging\n\nA full recharge takes about 45 minutes.\n')).toEqual(['figure | about 45 minutes | unsubstantiated | -']);
    expect(md('## The Zephyr\n\nLight.\n\n## The Kestrel\n\nNimble.\n\n## Charging\n\nA full recharge takes about 45 minutes.\n')).toEqual(['figure | about 45 minutes | unsubstantiated | -']);
  });
  it('never stands over a product the claim\'s own paragraph names, nor over an entry that fits today', () => {
    expect(md('## The Zephyr\n\nLight.\n\n## Charging\n\nOur Kestrel is nimble. A full recharge takes about 90 minutes.\n')).toEqual(['figure | about 90 minutes | supported | kestrel.recharge']);
    expect(md('## The Zephyr\n\nLight.\n\n## Delivery\n\nOrders are dispatched within 24 hours.\n')).toEqual(['bound | within 24 hours | supported | shop.dispatch']);
  });
  it('in YAML, is named by another creative of the same campaign, not by another top-level piece', () => {
    const campaign = 'spring:\n  creatives:\n    - headline: "Meet the Zephyr. It folds."\n      cta: "Ride one"\n    - lines:\n        - "Fully recharged in about 45 minutes"\n        - "Book a test ride"\n';
    expect(yaml(campaign)).toEqual(['figure | about 45 minutes | supported | zephyr.recharge']);
    expect(yaml('spring:\n  headline: "Meet the Zephyr. It folds."\nsummer:\n  lines:\n    - "Fully recharged in about 45 minutes"\n')).toEqual(['figure | about 45 minutes | unsubstantiated | -']);
  });
});
