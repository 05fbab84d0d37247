// Words and patterns that make copy a checkable claim, and words that make it not one.
// Kept apart from the finder so the reading of copy can be reviewed (and extended) in one place.
import type { UnitId } from '../types.js';
import { gated } from '../literal-gates.js';

const SEP = String.raw`[\s\u00a0\u202f-]?`;

/**
 * Anything that could begin a claim: a digit or currency sign, a number word, or a keyword of the
 * schedule, coverage, absolute, superlative, comparative and window vocabularies below. Text
 * without any of these is skipped (keep it in step with the patterns it guards).
 */
export const CLAIM_TRIGGER = /[\d#$£€¥₹%]|\b(?:quarters?|thirds?|sub-?second|money back|down|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozen|half|an?\s+(?:second|minute|hour|day|week|fortnight)|the\s+hour|round|rund|clock|night|any\s+(?:state|county|postcode|zip code|hour)|nationwide|nation-wide|countrywide|country-wide|coast|wide|worldwide|world-wide|globally|across|every|all|always|never|guarantee\w*|unlimited|unmetered|without fail|zero|caps|throttling|hidden|undercut\w*|halv\w*|fastest|quickest|cheapest|lowest|most|best\w*|safest|quietest|roomiest|strongest|lightest|top|leading|largest|biggest|favou?rite|best-loved|highest|unbeatable|unrivall?ed|unmatched|second to none|fees?|number|no\.|faster|quicker|cheaper|reliable|punctual|affordable|accurate|better|lower|fewer|twice|times|than|next|same|tomorrow|overnight|weekends?|saturdays?|sundays?|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat|sun|weekdays?|daily|nines|countries|states|until|till|midnight|close[sd]?|closing|stop|shut|percent|durchschnittlich\w*|schnitt|über|bis|ab)\b/i;

/** Units as copy writes them right after a number; order matters (longest, most specific first). */
export const COPY_UNITS: Array<{ re: RegExp; unit: UnitId }> = [
  { re: new RegExp(String.raw`^${SEP}(?:business|working)${SEP}days?\b`, 'i'), unit: 'business-day' },
  { re: new RegExp(String.raw`^${SEP}(?:business|working|office)${SEP}hours?\b`, 'i'), unit: 'business-hour' },
  { re: new RegExp(String.raw`^${SEP}(?:mpg|m\.p\.g\.?|miles${SEP}per${SEP}gallon)${SEP}\((?:uk|imperial)\)`, 'i'), unit: 'mpg-uk' },
  { re: new RegExp(String.raw`^${SEP}(?:uk|imperial)${SEP}mpg\b`, 'i'), unit: 'mpg-uk' },
  { re: new RegExp(String.raw`^${SEP}mpge\b`, 'i'), unit: 'mpge' },
  { re: new RegExp(String.raw`^${SEP}(?:mpg|m\.p\.g\.?|miles${SEP}per${SEP}gallon)(?![\p{L}])`, 'iu'), unit: 'mpg-us' },
  { re: new RegExp(String.raw`^${SEP}(?:l|litres?|liters?)${SEP}(?:\/|per)${SEP}100${SEP}km\b`, 'i'), unit: 'l-per-100km' },
  { re: new RegExp(String.raw`^${SEP}(?:km\/l|kilomet(?:re|er)s${SEP}per${SEP}lit(?:re|er))\b`, 'i'), unit: 'km-per-l' },
  { re: new RegExp(String.raw`^${SEP}(?:gbps|gbit\/s)`, 'i'), unit: 'gbps' },
  // "a 2 gig connection", "speeds of 1 Gig"; but a capitalised "Gig" before a noun names a plan ("9 in 10 Gig homes").
  { re: new RegExp(String.raw`^${SEP}(?:gigs?\b|Gigs?\b(?!\s+[a-z]))`), unit: 'gbps' },
  { re: new RegExp(String.raw`^${SEP}(?:mbps|mbit\/s|mb\/s(?=.*megabit)|megabits?${SEP}per${SEP}second)`, 'i'), unit: 'mbps' },
  { re: new RegExp(String.raw`^${SEP}(?:kbps|kbit\/s)`, 'i'), unit: 'kbps' },
  { re: new RegExp(String.raw`^${SEP}(?:MB\/s|MBps|megabytes${SEP}per${SEP}second)`), unit: 'mbyte-per-s' },
  { re: new RegExp(String.raw`^${SEP}(?:Mb\/s|Mb\b|Meg\b)`), unit: 'mbps' },
  { re: new RegExp(String.raw`^${SEP}(?:TB|terabytes?)\b`), unit: 'tb' },
  { re: new RegExp(String.raw`^${SEP}(?:GB|gigabytes?)\b`), unit: 'gb' },
  { re: new RegExp(String.raw`^${SEP}(?:MB|megabytes?)\b`), unit: 'mb' },
  { re: /^\s?(?:%|per\s?cent\b|percent\b)/i, unit: 'percent' },
  // "ms" only in lower case: "MS" is a name more often than a unit.
  { re: new RegExp(String.raw`^${SEP}(?:ms\b|milliseconds?\b|Milliseconds?\b)`), unit: 'millisecond' },
  { re: new RegExp(String.raw`^${SEP}(?:seconds?|secs?)\b`, 'i'), unit: 'second' },
  // "42s", but not "100s of integrations" (hundreds).
  { re: /^[\s\u00a0]?s\b(?![.'’]\w)(?!\s+of\b)/, unit: 'second' },
  { re: new RegExp(String.raw`^${SEP}(?:sekunden|sek\.?)(?![\p{L}])`, 'iu'), unit: 'second' },
  { re: new RegExp(String.raw`^${SEP}(?:minuten)(?![\p{L}])`, 'iu'), unit: 'minute' },
  { re: new RegExp(String.raw`^${SEP}(?:stunden|std\.?)(?![\p{L}])`, 'iu'), unit: 'hour' },
  { re: new RegExp(String.raw`^${SEP}(?:werktagen?|arbeitstagen?)(?![\p{L}])`, 'iu'), unit: 'business-day' },
  { re: new RegExp(String.raw`^${SEP}(?:tagen?)(?![\p{L}])`, 'iu'), unit: 'day' },
  { re: new RegExp(String.raw`^${SEP}(?:minutes?|mins?)\b`, 'i'), unit: 'minute' },
  { re: new RegExp(String.raw`^${SEP}(?:hours?|hrs?)\b`, 'i'), unit: 'hour' },
  // "24h", "24 h" (as "42 s" is seconds), but not "4 h." starting an abbreviation.
  { re: /^[\s\u00a0]?h\b(?![.'’]\w)/, unit: 'hour' },
  { re: new RegExp(String.raw`^${SEP}days?\b`, 'i'), unit: 'day' },
  { re: new RegExp(String.raw`^${SEP}weeks?\b`, 'i'), unit: 'week' },
  { re: new RegExp(String.raw`^${SEP}fortnights?\b`, 'i'), unit: 'fortnight' },
  { re: new RegExp(String.raw`^${SEP}(?:miles?|mi)\b`, 'i'), unit: 'mile' },
  { re: new RegExp(String.raw`^${SEP}(?:km|kilomet(?:re|er)s?)\b(?!\/)`, 'i'), unit: 'km' },
  // Specifications: towing and payload, boot space, output, battery size, torque. Torque first ("295 lb-ft"
  // is no weight), kWh before kW; "pounds" before "a"/"per" is money (below), not a weight.
  { re: new RegExp(String.raw`^${SEP}(?:lbs?\.?${SEP}ft|pound${SEP}f(?:ee|oo)t)\b`, 'i'), unit: 'lb-ft' },
  { re: new RegExp(String.raw`^${SEP}(?:Nm|N·m|newton${SEP}met(?:re|er)s?)(?![\p{L}])`, 'u'), unit: 'nm' },
  { re: new RegExp(String.raw`^${SEP}(?:lbs?\b|pounds?\b(?!\s+(?:a|per|each|an)\s))`, 'i'), unit: 'lb' },
  { re: new RegExp(String.raw`^${SEP}(?:kgs?|kilos?|kilograms?)\b`, 'i'), unit: 'kg' },
  { re: new RegExp(String.raw`^${SEP}(?:cu\.?${SEP}ft\b|cubic${SEP}f(?:ee|oo)t\b)`, 'i'), unit: 'cubic-foot' },
  { re: new RegExp(String.raw`^${SEP}(?:litres?|liters?)\b|^${SEP}L\b(?!\/)`), unit: 'litre' },
  { re: new RegExp(String.raw`^${SEP}(?:Litres?|Liters?)\b`), unit: 'litre' },
  { re: new RegExp(String.raw`^${SEP}(?:kwh|kilowatt${SEP}hours?)\b`, 'i'), unit: 'kwh' },
  { re: new RegExp(String.raw`^${SEP}(?:kw|kilowatts?)\b`, 'i'), unit: 'kw' },
  { re: new RegExp(String.raw`^${SEP}(?:b?hp|horsepower)\b`, 'i'), unit: 'hp' },
  { re: new RegExp(String.raw`^${SEP}PS\b`), unit: 'ps' },
  { re: /^\s?(USD|EUR|GBP|CAD|AUD)\b/, unit: 'currency:' },
  { re: /^\s?(?:dollars?|bucks)\b/i, unit: 'currency:' },
  { re: /^\s?euros?\b/i, unit: 'currency:' },
  { re: /^\s?€/, unit: 'currency:' },
  { re: /^\s?(?:pounds?|quid)(?=\s+(?:a|per|each|an)\s)/i, unit: 'currency:' },
];

/** Price period after an amount: "/mo", "per month", "a year". */
export const PRICE_PERIOD = /^\s?(?:(?:\/|per\s|a\s|an\s|each\s|pro\s|im\s|par\s)\s?(mo|month|yr|year|annum|week|wk|user|seat|day|monat|jahr|mois|an)\b|(monthly|annually|yearly|monatlich|jährlich|par mois))/i;

/** Count nouns: "500 stores", "over 1,200 drivers". */
export const COUNT_NOUNS = [
  'websites', 'gehostete websites',
  'stores', 'locations', 'branches', 'outlets', 'shops', 'showrooms', 'dealers', 'dealerships', 'depots',
  'warehouses', 'offices', 'sites', 'centres', 'centers', 'hubs', 'pickup points', 'pick-up points', 'lockers',
  'customers', 'clients', 'users', 'members', 'businesses', 'companies', 'teams', 'drivers', 'couriers', 'vans',
  'vehicles', 'engineers', 'agents', 'experts', 'staff', 'employees', 'technicians', 'partners', 'integrations',
  'reviews', 'downloads', 'installs', 'data centers', 'data centres', 'airports', 'destinations',
  'restaurants', 'service centres', 'service centers', 'charging points', 'chargers', 'points of presence',
  'developers', 'websites', 'sites', 'orders', 'parcels', 'deliveries', 'languages', 'stations', 'drop-off points',
  'parcel shops', 'points', 'patients', 'households', 'homes', 'premises', 'accounts',
  // What a shop or catalogue counts: "10,000+ products", "over 200 brands", "500 templates".
  'products', 'brands', 'styles', 'designs', 'templates', 'titles', 'apps',
  // German copy (lang: de)
  'banken', 'unternehmen', 'kunden', 'filialen', 'standorte', 'geschäfte', 'mitarbeiter', 'nutzer', 'händler',
];

/** Region nouns turn a count into a coverage claim: "in 30 countries". */
export const REGION_NOUNS = ['countries', 'states', 'cities', 'regions', 'markets', 'territories', 'provinces', 'counties', 'towns', 'postcodes', 'zip codes', 'länder', 'städte'];

/** Words after "all"/"every" or alone that claim the whole of a territory. */
export const COVERAGE_WHOLE = gated(/\b(?:nationwide|nation-wide|countrywide|country-wide|coast[- ]to[- ]coast|(?:uk|us|europe|eu|canada|australia)[- ]wide|across (?:the (?:whole |entire )?(?:uk|us|usa|country|nation|united states|united kingdom|mainland)|all (?:of )?(?:the )?(?:uk|us|country))|(?:all|every)(?: (?:fifty|50))? (?:us )?states|all 50 states|every (?:state|postcode|zip code|county|region|city)|(?:every|all) (?:eu |european |uk |us )?(?:country|countries|nation|member state)|worldwide|world-wide|globally|every corner of the (?:uk|us|country)|in any (?:state|county|postcode|zip code))\b/gi, ['nation', 'country', 'coast', 'wide', 'across', 'all ', 'every ', 'globally', 'in any ']);

/** Schedule phrases. */
// "24-hour support" is round the clock (a schedule); "24-hour response" stays a bound, and a bare "24-hour
// service" is left alone (a courier's service name promising delivery in a day).
export const SCHEDULE_ALWAYS = gated(/(?<![\d/])(?:24\s?\/\s?7(?:\s?\/\s?365)?|24\s?[x×]\s?7|24-7(?!\d)|(?:a)?round[- ]the[- ]clock|rund um die uhr|24 hours a day(?:,? (?:7|seven) days a week)?|(?:at )?any hour of the day(?: or night)?|24 hours,? (?:7|seven) days|(?:(?:at )?any ?time,?\s+)?day or night|24[- ]hours?(?=[- ](?:(?:customer|technical|tech|roadside|emergency|live|phone|telephone|online|expert)[- ])?(?:support|customer service|helpline|help ?desk|service desk|assistance|access|cover|monitoring|chat|hotline|care|security|concierge|breakdown cover)\b))(?![\d/])/gi, ['24', 'clock', 'rund um', 'any hour', 'day or night']);
// "open 7 days" names days of service, not a duration ("open 7 days a week" is matched from "7").
export const SCHEDULE_DAYS = gated(/\b(?:(?:7|seven) days a week|365 days a year|(?:an )?365 tagen im jahr|(?:an )?7 tagen die woche|every day of the (?:week|year)|open every day|open daily|open all week|open (?:7|seven) days(?! a week| (?:before|after|later|earlier|ago|prior|in advance|per|of|to)\b)|(?:7|seven)[- ]day (?:support|service|collections?|deliver(?:y|ies)|opening|cover))\b/gi, ['day', 'tagen', 'open ']);
export const SCHEDULE_WEEKEND = gated(/\b(?:(?:at|on|over|during|across)(?: the)? weekends?|weekends? (?:too|included|as well)|(?:weekend|saturday|sunday)s? (?:support|service|opening|hours|delivery|deliveries|cover|coverage|appointments|collections?|dispatch)|(?:on )?saturdays? and sundays?|on (?:saturdays?|sundays?|weekends?)(?= too\b| as well\b)|(?:open|available|staffed|deliver(?:ing|ies)?|answer(?:ing)?) (?:on )?(?:saturdays?|sundays?))\b/gi, ['weekend', 'saturday', 'sunday']);
/** "Monday to Saturday", "Mon–Fri", "weekdays": days of service without hours. */
export const SCHEDULE_DAY_RANGE = gated(/\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(?:–|-|—|to|through|thru)\s?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:on )?weekdays)\b/gi, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'weekdays']);
/** "doesn't close at weekends": a denied closure is a promise to open. */
export const DENIED_CLOSURE = /\b(?:doesn't|don't|does not|do not|never|won't|will not)\s+(?:close|stop|shut|take a break|switch off)\b/i;
export const SCHEDULE_CLOSES = /\b(?:up until|up to|until|till|til|to|through|close at|closes at|closing at|close|closes)\s+(1[0-2]|[1-9])(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)|\b(?:until|till) (midnight)\b/gi;
/** "8am–8pm", "9 to 5pm", "08:00–20:00", "8am to midnight" (groups 11–13: the opening time before midnight). */
export const SCHEDULE_RANGE = /\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)?\s?(?:–|-|—|to)\s?(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)|\b([01]?\d|2[0-3]):([0-5]\d)\s?(?:–|-|—|to)\s?([01]?\d|2[0-4]):([0-5]\d)\b|\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)\s?(?:–|-|—|to|until|till)\s?midnight\b/gi;
/** "between 9am and 5pm", "between 8 and 6pm": groups 1–6 as in SCHEDULE_RANGE. */
export const SCHEDULE_BETWEEN = gated(/\bbetween\s+(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)?\s+and\s+(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)/gi, ['between']);
/** A calendar date: a month with its day ("December 8", "8th December", "Dec. 8"). */
export const CALENDAR_DATE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m\.|p\.m\.|:|[–-]))|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)/i;
/** Said of a place whose hours a sentence gives: someone else runs it ("independently operated", "run by Fairway"). */
export const OTHERS_PREMISES = /\b(?:independently (?:operated|owned|run)|(?:run|operated|owned|managed) by (?!us\b|ourselves\b|our\b)\p{Lu}|third[- ]party\b)/u;
/** Words that must stand in a sentence for weekday/hour patterns to be about service hours. */
// "Local help every day from 7am", "We're here until 8pm": help as a service (a noun after its kind), and the team
// saying it is there, name service hours as "support" does; "we help 500 businesses every day" does not.
export const SCHEDULE_CONTEXT = /\b(?:open|opening|close|closes|closing|hours|support|available|availability|staffed|answer|answers|answered|call|calls|phone|lines?|chat|helpdesk|help desk|helpline|service|desk|team|reach|contact|deliver|delivers|delivery|deliveries|collect|collects|collecting|collections?|dispatch|ring|services|on hand|on call|(?:local|live|expert|human|real|friendly|phone|email|chat|technical|tech|customer|in-person|personal|UK-based|US-based)\s+help|we(?:'re|’re|\s+are)\s+(?:here|around|in|on|online))\b/i;

export const DAY_NAMES: Record<string, number> = {
  mo: 0, mon: 0, monday: 0, tu: 1, tue: 1, tues: 1, tuesday: 1, we: 2, wed: 2, wednesday: 2, th: 3, thu: 3, thur: 3,
  thurs: 3, thursday: 3, fr: 4, fri: 4, friday: 4, sa: 5, sat: 5, saturday: 5, su: 6, sun: 6, sunday: 6,
};

/** Duration windows written as words. */
export const WINDOW_WORDS: Array<{ re: RegExp; value: number; unit: UnitId }> = [
  { re: gated(/\b(?:delivered|arrives?|arriving|there|with you|get it|have it|lands?)\s+tomorrow\b/gi, ['tomorrow']), value: 1, unit: 'day' },
  { re: gated(/\bnext[- ](?:business|working)[- ]day\b/gi, ['next']), value: 1, unit: 'business-day' },
  { re: gated(/\b(?:next[- ]day|overnight)\b/gi, ['next', 'overnight']), value: 1, unit: 'day' },
  { re: gated(/\bsame[- ]day\b/gi, ['same']), value: 0.5, unit: 'day' },
  { re: gated(/\bsub-?second\b/gi, ['second']), value: 1, unit: 'second' },
  { re: gated(/\bwithin (?:the|an|one) hour\b/gi, ['within']), value: 1, unit: 'hour' },
  // "within one business day" is read as one calendar day, the strictest of its readings: with a business-day unit
  // the linker would take the claim's own "business day" for the metric of a delivery entry.
  { re: gated(/\bwithin (?:a|one) (?:day|business day|working day)\b/gi, ['within']), value: 1, unit: 'day' },
];

/** Approximation and bound words right before a figure, longest first. */
export const BEFORE_FIGURE: Array<{ re: RegExp; role: 'approx' | 'upper' | 'lower' | 'strict-upper' | 'strict-lower' | 'up-to' | 'from' | 'average' | 'within' | 'typical' | 'median' }> = [
  { re: /\b(?:up to|as (?:much|many|fast|high|quick|long|far) as|bis zu|jusqu'à)\s*$/i, role: 'up-to' },
  { re: /(?:\bfrom (?:just |only )?|\bstarting (?:at|from) |\bas (?:low|little) as |\bprices? from |\bab |\bà partir de )$/i, role: 'from' },
  { re: /\b(?:an? )?(?:average|mean) (?:of |time of |speed of |wait of |response(?: time)? of )?(?:just |only |about |around )?$/i, role: 'average' },
  { re: /\b(?:averag(?:e|es|ed|ing)|on average,?(?: in)?)\s*(?:just |only |about |around )?$/i, role: 'average' },
  // "a median of 27 mpg" names the statistic a bare figure is read as anyway.
  { re: /\b(?:an? )?median(?: of)?\s*$/i, role: 'median' },
  { re: /\b(?:within|in (?:under|less than|no more than)|no (?:more|longer|later) than|not later than|at most|not more than|inside|innerhalb von|binnen|en moins de)\s*(?:just |only )?$/i, role: 'within' },
  // "≤ 24 h", "< 4 hours": the symbols read as "within" and "under".
  { re: /(?:≤|<=|=<|⩽)\s*$/, role: 'within' },
  { re: /\b(?:under|less than|below|fewer than|sub-?)\s*$|(?<![<=])<\s*$/i, role: 'strict-upper' },
  { re: /(?:\b(?:over|more than|above|upwards of|in excess of|tops|exceeds|surpasses|mehr als|plus de)|(?<![\p{L}])über)\s*$/iu, role: 'strict-lower' },
  { re: /\b(?:at least|minimum of|no (?:less|fewer) than|not less than)\s*$/i, role: 'lower' },
  { re: /\b(?:about|around|roughly|approximately|approx\.?|circa|some|nearly|almost|close to|just under|just over|rund|etwa|ca\.|environ|~|≈)\s*$/i, role: 'approx' },
  { re: /\b(?:typically|usually|generally|normally)(?: in| within)?\s*$/i, role: 'typical' },
];

/** Negation right before a claim within its clause: the copy denies rather than promises. */
export const NEGATION = /\b(?:not|no|don't|doesn't|didn't|do not|does not|isn't|aren't|wasn't|won't|will not|cannot|can't|nor|without|neither|never (?:offer(?:ed|s)?|promised?|promises|claimed?|claims|said|advertised))\b[^,;:.!?]*$/i;
/** "never promised next-day delivery": the "never" denies a statement, it is not an absolute promise. */
export const NEVER_DENIES = /^\s+(?:offer(?:ed|s)?|promised?|promises|claimed?|claims|said|says|advertised)\b/i;
/** The clause's main verb after the claim denies it: "Next-day delivery isn't available for parts". */
export const NEGATED_AFTER = /^[^,;:.!?]{0,40}?\b(?:(?:isn['’]t|is not|aren['’]t|are not|wasn['’]t|was not|weren['’]t|were not|is no longer|are no longer)\s+(?:(?:currently|yet|always)\s+)?(?:available|offered|possible|guaranteed|included|provided|supported|an option)|unavailable|no longer (?:available|offered))\b/i;
/** A promise stated as past and since withdrawn: "used to offer 24/7 support". */
export const PAST_PROMISE = /\bused to\s+(?:be|offer|promise|run|open|have|deliver|answer|reply|provide|guarantee)\b[^,;:.!?]*$/i;
/** "… was open 24/7, but hours have changed": a later clause says the past state no longer holds. */
export const SINCE_CHANGED = /\bbut\b[^.!?]*\b(?:(?:has|have|had) (?:since )?changed|no longer|not any ?more|anymore)\b/i;

/** Intent and weak modality: the copy states an aim or possibility, not performance. */
export const INTENT = gated(/\b(?:aims? to|aiming to|strives? to|striving to|targets?|targeting|goals? (?:for [\w\s-]{1,25}? )?(?:is|are)|our goal|(?:aim|ambition|objective) (?:for [\w\s-]{1,25}? )?is|try to|tries to|trying to|hope to|hopes to|plans? to|working towards|working to|aiming for|aim for|set to|planning to|expanding to|endeavou?r to|can take|will take|takes up to|can be up to|can (?:drop|dip|fall|slow|vary|cut|reduce|lower|shorten|stretch|rise|climb|grow|increase|lengthen|spike|creep)|intend to|intends to|would like to|may|might|could|should|will soon|coming soon|in future|in the future|we'?re working on|on the roadmap)\b/i, ['aim', 'striv', 'target', 'goal', 'ambition', 'objective', 'try to', 'tries to', 'trying to', 'hope', 'plan', 'working t', 'set to', 'expanding to', 'endeavo', 'can ', 'will ', 'takes up to', 'intend', 'would like', 'may', 'might', 'could', 'should', 'coming soon', 'future', 'working on', 'roadmap']);

/** Quantifier hedges that change the statistic rather than remove the claim. */
export const QUANTIFIER_HEDGE = /\b(most|the majority of|majority of|usually|typically|generally|normally|often|in most cases|the vast majority of)\b/i;

export const ABSOLUTE = gated(/\b(never goes down|never down|or your money back|money[- ]back guarantee|always|never|guaranteed?|guarantees|unlimited|unmetered|without fail|no (?:data )?caps|no throttling|no (?:hidden|setup|set-up|activation|installation|joining|sign-?up|cancellation|booking|admin) fees?|every single (?:order|parcel|delivery|time|customer)|every time|zero (?:downtime|fees|delays|wait(?:ing)?(?: time)?))\b/gi, ['never', 'money', 'always', 'guarantee', 'unlimited', 'unmetered', 'without fail', 'no ', 'every ', 'zero']);
/**
 * "every order", "Every Vantor dealer", "every new site": capitalised names or one plain word that describes the
 * thing sit between; not a word that makes it less than every one ("every other order", "every few days") or a
 * time ("every day customers tell us").
 */
const POPULATION_NOUNS = 'order|parcel|package|delivery|customer|ticket|call|plan|request|email|query|question|shipment|device|booking|journey|job|case|dealer|dealership|store|branch|location|site|car|vehicle|model|piece|item|product|garment|bottle|pack|batch|bean|board|sheet';
export const ABSOLUTE_EVERY = gated(new RegExp(String.raw`\b[Ee]very (?:(?:[A-Z][\w&'-]* ){0,2}|(?!(?:other|few|second|third|fourth|fifth|single|day|week|month|year|night|morning|evening|hour|minute|time)\b)[a-z][\w-]* )(?:${POPULATION_NOUNS})s?\b`, 'g'), ['every ']);
/** "all parcels", "All of our support emails": the population a promise about time can be made of (see find.ts). */
export const ABSOLUTE_ALL_POPULATION = gated(new RegExp(String.raw`\b[Aa]ll (?:of )?(?:our |your |the )?(?:[\w-]+ )?(?:${POPULATION_NOUNS.replace(/delivery/, 'deliver(?:y|ie)')})s\b`, 'g'), ['all ']);
/** "All of our wood furniture is FSC-certified", "all our parcels are tracked": a universal claim about what the company sells or does, up to its verb. */
export const ABSOLUTE_ALL = gated(/\b[Aa]ll (?:of )?our (?:[\w&'-]+ ){1,3}?(?:is|are|comes?|gets?|has been|have been)\b/g, ['all ']);
/** What a universal claim about products says of their origin or make (green and provenance claims): "FSC-certified", "responsibly sourced", "recycled". */
export const PROVENANCE = /\b(?:\w+-certified|certified|sourced|recycl\w*|organic|fair[- ]?trade|fsc|handmade|hand-made|made in|vegan|cruelty[- ]free|sustainabl\w*|ethically|plastic[- ]free|carbon[- ]neutral|compostable|biodegradable|non-toxic|tested|inspected)\b/i;
/** "every day", "daily": a schedule only where the sentence is about service hours. */
export const SCHEDULE_EVERY_DAY = /\b(?:every ?day|daily)\b/gi;
/** Operational words that an absolute must be about to be checkable (filters "always happy to help"). */
export const OPERATIONAL = /\b(?:on time|late|down|offline|money back|traffic|caps?|working day|business day|track\w*|fuel|petrol|diesel|charg\w*|battery|range|next[- ]day|same[- ]day|tomorrow|test drive|warranty|lateness|deliver\w*|ship\w*|arriv\w*|dispatch\w*|available|availability|open|answer\w*|respond\w*|respons\w*|repl\w*|uptime|downtime|online|up and running|free|price\w*|fees?|charges?|refund\w*|cover\w*|support|human|person|people|engineer\w*|agent\w*|data|storage|bandwidth|calls?|minutes|texts|backup\w*|returns?|plans?|order\w*|parcels?|package\w*|in stock|stock|collect\w*|pick\w*|miss\w*|fail\w*|outage\w*|wait\w*|queue\w*|hold|overage\w*|throttl\w*|speed\w*|usage|downloads?|service|resolv\w*|fix\w*|transfers?|users?|seats?|projects?|requests?|bookings?|tickets?|emails?|chats?|messages?|expir\w*)\b/i;

export const SUPERLATIVE = gated(/(?:\b(?:America|Britain|the UK|the US|the nation|the country|the world|Europe|Canada|Australia)['’]s (?:favou?rite|best[- ]loved)\b|#\s?1\b|\bno\.\s?1\b|\bnumber[- ]one\b|\b(?:fastest|quickest|cheapest|lowest[- ]cost|lowest[- ]priced?|lowest prices?|most (?:reliable|affordable|trusted|popular|accurate|efficient|economical|fuel[- ]efficient|responsive|punctual|powerful|spacious|secure)|safest|quietest|roomiest|strongest|lightest|best[- ]in[- ]class|best[- ]value|best[- ]rated|top[- ]rated|industry[- ]leading|market[- ]leading|category[- ]leading|class[- ]leading|world[- ]leading|sector[- ]leading|leading|largest|biggest|highest[- ]rated|unbeatable|unrivall?ed|unmatched|second to none|best))\b/gi, ["'s ", '’s ', '#', 'no.', 'number', 'fastest', 'quickest', 'cheapest', 'lowest', 'most ', 'safest', 'quietest', 'roomiest', 'strongest', 'lightest', 'best', 'top', 'leading', 'largest', 'biggest', 'highest', 'unbeatable', 'unrival', 'unmatched', 'second to none']);
/** Uses of superlative words that are idiom, not claims. */
export const SUPERLATIVE_IDIOM = /\b(?:(?:next|second|third)-\w+|(?:do|doing|did|try) (?:our|your|their|my) best|best (?:practices?|regards|wishes|of luck|friend|way|ways|to|if|suited|fit|when|for you|part|thing)|at best|leading (?:to|up|the way|into|on)|all the best|is best|are best|works best|best served|leading (?:causes?|questions?)|number one (?:priority|rule|reason|goal|question)|best[- ]efforts?|safest bet|strongest (?:possible|terms)|lightest touch)\b/i;

/** A sentence that is only a comparative, going on from a comparison just made: "Cheaper than cable. Faster too." */
export const ELLIPTICAL_COMPARATIVE = /^\s*(?:and\s+|plus\s+)?(faster|quicker|cheaper|more reliable|more punctual|more affordable|better value)(?:\s+(?:too|as well|also))?\s*[.!]?\s*$/i;
export const COMPARATIVE = gated(/\b(?:(\d+(?:\.\d+)?|two|three|four|five|ten|twice|half)\s?(?:x|×|times)\s+(?:faster|quicker|cheaper|more|better|longer|less|fewer|lower|higher|as fast|as quick|as reliable)|twice as \w+ as|(?:two|three|four|five|\d+)\s?(?:x|×|times) as \w+ as|half the (?:price|cost) of|(\d+(?:\.\d+)?|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s?(?:%|percent|per cent)\s+(?:faster|quicker|cheaper|less|lower|fewer|more|higher|better|longer|farther|further)(?:\s+(?:fuel economy|mpg|range|value|uptime|efficiency|reliability|speed|speeds))?(?:\s+than)?|(?:faster|quicker|cheaper|more reliable|more punctual|more affordable|lower prices|better value|more accurate|fewer (?:delays|outages))\s+than\s+(?!ever\b|before\b|usual\b|last\b|you (?:think|expect))(?:\w+)|costs? less\s+than\s+(?![\d$£€¥]|ever\b|before\b|usual\b|last\b|you (?:think|expect)|an?\b)(?:\w+)|undercut(?:s|ting)?(?=\s+(?:the\s+)?(?!it\b|them\b|you\b|yourself\b|us\b|me\b|by\b)\w)|(?<=\b(?:cuts?|slash(?:es)?)\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:bills?|costs?|prices?)\s+)in\s+half\b|halv(?:e|es|ing)(?=\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:bills?|costs?|prices?)\b))/gi, ['fast', 'quick', 'cheap', 'more', 'better', 'longer', 'less', 'fewer', 'lower', 'higher', 'reliable', 'twice', 'x as', '× as', 'times as', 'half', 'halv', 'farther', 'further', 'undercut']);

/** Amounts that set a condition rather than claim a price: "orders over $50", "spend £20". */
export const PRICE_CONDITION = /\b(?:orders?|spend(?:ing)?|purchases?|baskets?|basket value|transactions?|cart|invoices?|payments?|bills?|amounts?|claims?|refunds?)\s+(?:of |over |above |worth |from |totall?ing |exceeding )?(?:just |only )?(?:over |above |more than |at least )?$/i;

/** "2-day delivery", "4-hour response time": a compound duration before the service it bounds, read as "within". */
export const BOUND_COMPOUND_AFTER = /^\s+(?:(?:express|standard|guaranteed|tracked|free)\s+)?(?:deliver(?:y|ies)|shipping|dispatch|turnaround|response|responses|reply|replies|resolution|repairs?|arrival)\b/i;

/** "30-day returns", "14-day trial": policy terms written like durations, not outcome claims. */
export const POLICY_AFTER_DURATION = /^(?:[\s-]+)?(?:free\s+)?(?:returns?|money[- ]back|trials?|refunds?|warrant(?:y|ies)|guarantees?|cooling[- ]off|notice|contracts?|commitment|history|archive|retention|log|logs|window|payment terms|terms)\b/i;

/** A share of time written as a duration, a rota or frequency rather than a length: "one week in six", "two weekends out of three". */
export const DURATION_FREQUENCY_AFTER = /^\s+(?:in|out of)\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|on|at|for|with)\b)/i;
/** A paragraph that opens on a job advert: its pay and hours are the job's terms, not what customers are sold ("**Drivers wanted:** …", "We're hiring: …"). */
export const JOB_AD_START = /^[\W_]*(?:we['’]re hiring|we are hiring|(?:now )?hiring(?: now)?\s*[:!—–-]|join (?:our|the) team\b|(?:[\w-]+\s+){0,2}wanted\s*[:!—–-]|vacanc(?:y|ies)\s*[:!—–-]|careers?\s*[:!—–-]|job (?:opening|vacancy)\b)/i;
/** Pay words before an amount: "earn £14.50 an hour", "a salary of $52,000", "hourly rate: £13". */
export const PAY_BEFORE = /\b(?:earn(?:s|ing)?(?:\s+(?:up to|from|at least))?|(?:starting\s+)?salary(?:\s+(?:of|from|up to))?|wages?(?:\s+(?:of|from))?|(?:hourly|day|daily) rate(?:\s+of)?|rate of pay(?:\s+of)?|OTE)\s*:?\s*$/i;
/** A duration that is the period a figure was measured over: "measured over the 8 weeks …", "in the past 12 weeks", "trailing 12 weeks". */
export const MEASUREMENT_PERIOD_BEFORE = /(?:\b(?:measured|recorded|tracked|monitored|based on|averaged|counted|calculated|collected|sampled|surveyed)\b[^.;:!?]{0,40}?\b(?:over|across|during|in|for|from)|\b(?:over|in|during|for|across)\s+the\s+(?:last|past|previous|trailing|first)|\btrailing)\s+(?:the\s+)?(?:last\s+|past\s+|previous\s+|trailing\s+)?$/i;
/** "… 8 weeks to 31 October 2026", "12 weeks ending June 2026": a period ending on a date. */
export const MEASUREMENT_PERIOD_AFTER = /^\s+(?:to|ending|ended|through|until)\s+(?:(?:the end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{4}\b)/i;
/** The rating of the charger a charge is done on: "on a 150 kW DC fast charger", "at 350 kW charging stations" (the charger's, not the car's). */
export const CHARGER_AFTER_POWER = /^[\s-]+(?:(?:dc|ac|fast|rapid|ultra-?rapid|high-power(?:ed)?|public|level[\s-]?[23])[\s-]+){0,3}(?:(?:super)?chargers?|charging\s+(?:stations?|points?|posts?|hubs?)|charge\s?points?)\b/i;

/** A weight that limits what is sent or carried: "parcels up to 2 kg", "bags weighing under 23 kg" (a condition of the service). */
export const WEIGHT_LIMIT_BEFORE = /\b(?:parcels?|packages?|items?|bags?|box(?:es)?|shipments?|letters?|suitcases?|luggage|consignments?|pallets?)\s+\(?\s*(?:(?:that\s+)?(?:weigh(?:s|ing)?|of)\s+)?(?:up to|under|over|below|above|less than|more than|no more than|not more than|at most|of|to)?\s*$|\b(?:(?:weight|size)\s+)?(?:limit|maximum|max|allowance)(?:\s+weight)?\s*(?:is|of|:)?\s*(?:just\s+|only\s+)?$/i;
/** An engine's size names what the car is, as "Aero 1.5" does, not what it achieves: "a 1.5-liter engine", "2.0L turbo four". */
export const ENGINE_SIZE_AFTER = /^[\s-]*(?:(?:turbo(?:charged)?|twin-turbo|supercharged|naturally aspirated|petrol|gasoline|gas|diesel|hybrid|[\w-]*cylinder|[vVi]\d{1,2}|inline(?:-|\s)\w+)\s+){0,2}(?:engines?|motors?|turbos?|[vV](?:6|8|10|12)|four|six|eight|block|unit|powertrain)\b/i;
/** Money words before "20 pounds": a price in pounds sterling, not a weight ("for just 20 pounds", "costs 15 pounds"). */
export const POUNDS_AS_MONEY_BEFORE = /\b(?:costs?|costing|pay|paid|paying|price[ds]?|priced at|fee|charge[ds]?|for(?: just| only)?|just|only|save|saving|worth|spend|spending)\s+$/i;
/** A figure that marks a limit or the point where one applies: "reduced after 50 GB of use", "limited to 1 GB of RAM". */
const SERVING_VERB = String.raw`\b(?:repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|(?:get|gets|got|getting|write|writes|wrote|writing) back|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|(?:is|are) available)\s+to`;
/**
 * "We reply to 99% of emails", "delivers to 98% of postcodes": "to" after a verb of serving names whom, so the share
 * is a claim (not a level reached, "back to 80%"); so does a "to" that repeats it after "and" ("reply to most emails
 * within 4 hours, and to 99% within 24").
 */
export const SERVED_TO_BEFORE = new RegExp(String.raw`${SERVING_VERB}\s+$|${SERVING_VERB}\b[^.;!?]*(?:,|\band)\s+to\s+$`, 'i');

export const LIMIT_BEFORE = /\b(?:after|beyond|limited to|restricted to)\s+$/i;
/** A figure that a fair-use policy or usage cap sets: "Fair use policy: 500 GB per site", "a fair usage limit of 1 TB". */
export const LIMIT_LABEL = /\b(?:fair[- ]us(?:e|age)(?:\s+(?:policy|limit|cap|threshold))?|(?:usage|data|storage|bandwidth|traffic)\s+(?:limit|cap))\s*(?::|of|is|at)?\s*$/i;
/** A figure that is the threshold of a condition: "credits if a month dips below 99.9%", "a refund if it takes over 3 days". */
export const THRESHOLD_CONDITION = /\b(?:if|when|whenever|unless|once|should)\b[^,;:.!?]{0,60}?\b(?:dips?|dipped|falls?|fell|drops?|dropped|goes|went|rises?|rose|exceeds?|exceeded|takes?|took|reaches?|reached|is|are|was|were|gets?|got)\s+$/i;
/** Words that put a duty on someone: "must", "need to", "is required to". */
const OBLIGATION_WORDS = String.raw`\b(?:must(?!-)|need to|needs to|have to|has to|(?:is|are) required to|required to)\b`;
/** An obligation in the claim's clause puts the figure on the customer: "you must report damage within 2 days", "claims must be filed within 30 days". */
export const OBLIGATION = new RegExp(String.raw`${OBLIGATION_WORDS}[^,;:.!?]*$`, 'i');
/** The window of a returns or cancellation policy, a term like "30-day returns": "returns accepted within 30 days", "you can cancel within 14 days". */
export const CUSTOMER_WINDOW = /(?:\b(?:returns?|exchanges?|cancellations?|claims?)\s+(?:are\s+|is\s+)?(?:accepted|allowed|permitted|welcome(?:d)?|possible)|\b(?:you can|you may|you have|free to)\s+(?:return|exchange|cancel|claim)\b)[^,;:.!?]*$/i;
/** The window of a price match, the customer's to use: "find it cheaper within 14 days and we'll refund the difference". */
export const PRICE_MATCH_WINDOW = /\b(?:find|finds|found|spot|spots|spotted|see|sees|seen)\s+(?:(?:it|them)|(?:the same|an identical|a similar)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:cheaper|for less|at a lower price)\b(?:(?!\b(?:and|but|then)\b)[^,;:.!?])*$|\b(?:find|finds|found|spot|spots|spotted|see|sees|seen)\s+an?\s+(?:lower|cheaper|better)\s+price\b(?:(?!\b(?:and|but|then)\b)[^,;:.!?])*$/i;
/**
 * Another company as the clause's subject: its figures are not the copy's promise ("Rival couriers take 3 days",
 * "Courier X takes 5 days", "Cable companies charge $90"). Hedges of the company's own fleet ("most stores") are
 * not competitors, nor anything the copy calls "our".
 */
const COMPETITOR_NOUNS = String.raw`(?:couriers?|carriers?|providers?|hosts?|hosting companies|companies|brands|banks|stores|retailers|shops|apps|vendors|firms|ISPs|operators|dealers|dealerships|insurers|lenders|suppliers|competitors|players|guys|chains)`;
export const COMPETITOR_SUBJECT = gated(new RegExp(String.raw`(?:\b(?:competitors?|rivals?|the competition)\b|\b(?:rival|other|competing|typical|traditional|legacy|the big|big|big-box|high-street|old-school|the average|the other)\s+(?:(?!our\b|we\b|us\b|of\b)[\w-]+\s+){0,2}?${COMPETITOR_NOUNS}\b|\bcable (?:companies|providers|operators)\b|\bmost\s+(?:(?!our\b|we\b|us\b|of\b)[\w-]+\s+){0,2}?(?:apps|providers|companies|banks|ISPs|vendors|firms|insurers|lenders|competitors|hosts|hosting companies|couriers|carriers|retailers|brands)\b)[^;:.!?]*$`, 'i'), ['competit', 'rival', 'courier', 'carrier', 'provider', 'host', 'compan', 'brand', 'bank', 'store', 'retailer', 'shop', 'app', 'vendor', 'firm', 'isp', 'operator', 'dealer', 'insurer', 'lender', 'supplier', 'player', 'guys', 'chain', 'most']);
/**
 * A statistic of the whole market, not the company: "The average UK home broadband speed is 69Mbps", "the typical
 * US household uses 500 GB a month".
 */
export const MARKET_STATISTIC = /\bthe (?:average|typical|median) (?:UK|US|U\.S\.|British|American|national|European|Australian|Canadian|German)\b[^;:.!?]*$/i;
/**
 * What an activity takes in general, said of no one's service: "Streaming a 4K film uses about 7 GB an hour",
 * "Backing up a laptop needs around 200 GB" (a sentence naming "our", "we" or "us" is the copy's own).
 */
export const USAGE_FACT = /^\s*(?:streaming|downloading|uploading|watching|browsing|gaming|video[- ]calling|backing up)\b[^;:.!?]*\b(?:uses?|needs?|requires?|consumes?|eats? up|takes? up)\s+(?:about |around |roughly |approximately |up to )?$/i;
/** Verbs a party speaks of its own offer with: "says", "claims", "advertises". */
const SPEAKING_VERB = '(?:says|said|claims|claimed|advertises|advertised|states|stated|promises|promised|boasts|touts|quotes|quoted|reckons|insists)';
/** The words OTHER_PARTY_OWN needs, cheap to look for before it. */
export const OTHER_PARTY_OWN_WORD = new RegExp(String.raw`\b${SPEAKING_VERB}\s|['’]s\s+own\b`);
/**
 * A named party speaking of its own: "Kestrel says its hybrid gets 43 mpg", "Openreach's own product starts at £30"
 * (the copy speaks of itself as "we" and "our" — or by a name its registry knows, which find.ts lets through).
 */
export const OTHER_PARTY_OWN = new RegExp(String.raw`(?:\b(?<speaker>\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*)*)\s+${SPEAKING_VERB}\s+(?:that\s+)?(?:its|their)|\b(?<owner>\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*)*)['’]s\s+own)\b[^;:.!?]*$`, 'u');
/** A definition or benchmark sets a threshold, it does not measure anyone: "The FCC defines broadband as 100 Mbps down", "the FCC's benchmark is 100 Mbps". */
export const DEFINITION = /\b(?:defin(?:e|es|ed|ing)|definitions?|(?<!\bour\s)benchmarks?)\b[^,;:.!?]*$/i;
/** A survey's, study's or report's finding, attributed to it: "According to the 2026 Small Business Survey, owners spend …". */
export const STUDY_ATTRIBUTION = /\b(?:according to|says|said|finds|found|shows|showed|suggests|estimates)\b[^.!?]{0,60}\b(?:survey|study|report|research|poll|census|analysis|statistics)\b|\b(?:survey|study|report|research|poll|census|analysis|statistics)\b[^.!?]{0,60}\b(?:finds|found|shows|showed|says|said|suggests|reveals|revealed|estimates)\b/i;
/** "Courier X takes 5 days", "Brand Y": a stand-in name, case-sensitive so that "we store a backup" is none. */
export const COMPETITOR_STAND_IN = /\b(?:Competitor|Brand|Courier|Company|Provider|Host|Bank|Store|Retailer|Vendor|Carrier) [A-Z]\b[^;:.!?]*$/;
/** A clause that opens on the thing compared with: "Compared with 4 days for second-class post, …", "versus 20 minutes elsewhere". */
export const COMPARED_WITH = /^\s*(?:compared (?:with|to)|versus|vs\.?|as opposed to|unlike)\b/i;
/** A former price or a saving before an amount: "was $59", "previously £20", "save $20", "save up to $100". */
export const FORMER_PRICE_OR_SAVING = /\b(?:was|were|previously|originally|formerly|reg\.|rrp|sav(?:e|es|ed|ing)|savings of|discount of|credit of|rebate of|cashback of)\s+(?:(?:up to|as much as|over|more than|an extra|another|a further|at least)\s+)?(?:just\s+|only\s+)?$/i;
/** An amount taken off rather than charged: "$20 off", "£10 back", "a $50 credit". */
export const MONEY_OFF_AFTER = /^\s*(?:off|back|cashback|cash back|credit|discount|rebate|saving|savings|gift card|voucher|refund)\b/i;
/** A percentage that is a remedy or reward: "a 10% bill credit", "5% cashback" (discounts "40% off" stay up-to claims). */
export const PERCENT_REMEDY_AFTER = /^\s+(?:(?:service|bill|account|store|loyalty)\s+)?(?:credits?|cashback|cash back|rebate|refund)\b/i;
/** A share that steps a schedule or sets a price rise: "for each 0.1% that uptime falls below …", "rise by CPI + 3.9%". */
export const PERCENT_STEP_OR_RISE_BEFORE = /(?:\bfor (?:each|every)|\b(?:CPI|RPI|inflation)\s*\+|\b(?:rises?|rising|increases?|increasing|go(?:es)? up)\b[^.;:!?]{0,30}\bby)\s*$/i;
/** Words of an SLA's remedy: a table column or sentence about them holds thresholds and credits, not promises. */
export const CREDIT_WORDS = /\b(?:credits?|refunds?|compensation|cashback)\b/i;
/** Sentence-level conditions recorded on claims ("order by 2pm", "on orders over $50", "if ..."). */
export const CONDITION = gated(/\b(?:(?:order|book|buy|call)(?:ed)? (?:by|before) [^,;.]+|on (?:all )?orders (?:over|above|of) [^,;.]+|if you [^,;.]+|when you [^,;.]+|for (?:orders|customers|members) [^,;.]+)/i, ['order', 'book', 'buy', 'call', 'if you', 'when you', 'for ']);

/** Instructions to the reader: "Reply within 24 hours to confirm", "Bake for 25 minutes", "Plug in overnight". */
export const IMPERATIVE_START = /^\s*(?:please\s+)?(?:bring|show|plug|reply|respond|return|confirm|pay|submit|register|complete|sign|apply|cancel|report|notify|file|bake|cook|wait|rest|leave|stir|press|hold|simmer|boil|heat|soak|let|allow|mix|chill|freeze|roast|grill|fry|blend|check|remember|make sure)\b/i;
/** A sentence that asks the reader to act: it opens on an instruction, or on "please" and a verb ("Please inspect …"; "please note" introduces a statement). */
export const REQUEST_START = /^\s*please\s+(?!note\b|be\s+aware\b|see\b|find\b)[a-z]+/i;
/** A subject other than the reader taking over in a request: "Please call and we'll answer within 2 minutes". */
export const REQUEST_OTHER_SUBJECT = /\b(?:we|we['’](?:ll|re|ve|d)|they|they['’](?:ll|re)|it|it['’]s|our)\b/i;
/** A duty of the reader's joined to a request: "Please inspect your delivery and report any damage within 48 hours". */
export const REQUESTED_DUTY = /\b(?:and|then|or)\s+(?:please\s+)?(?:collect|pick (?:it |them )?up|report|notify|tell|contact|return|reply|respond|confirm|submit|file|send|pay|register|complete|sign|apply|cancel|claim|inspect|check)\b[^,;:.!?]*$/i;
/** A clause that states what follows if the reader's obligation is not met: "…, or a $150 fee applies", "…; otherwise we charge £50". */
export const OBLIGATION_CONSEQUENCE = /^\s*(?:or(?:\s+else)?|otherwise|failing (?:which|that|this)|if not)\b/i;
/** An obligation anywhere in what came before (the clause it ends may be closed by a comma). */
export const OBLIGATION_WORD = new RegExp(OBLIGATION_WORDS, 'i');

/** Times of day, dates and similar that are never claims themselves. */
export const TIME_OF_DAY_AFTER = /^\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)\b|^:[0-5]\d/i;
export const MONTHS = /^\s?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
export const MONTHS_BEFORE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s$/i;

/**
 * A clause that supposes the reader's situation before the main clause: "If you needed 10 TB of storage, talk to
 * sales", "Say your commute is 40 miles a day, …" (its figures are the supposition, not a promise).
 */
export const SUPPOSITION_OPEN = /^\s*(?:if|suppose|supposing|say|imagine|let['’]s say)\b/i;
/** The arithmetic drawn from a supposition: "If your commute is 40 miles a day, that's about 14,600 miles a year". */
export const SUPPOSITION_RESULT = /^\s*(?:that['’]s|that is|that comes to|that works out (?:to|at)|that adds up to|which is|which comes to|which works out (?:to|at))\b/i;
/** A worked example in the conditional: "a 50 GB game would take about 7 minutes to download", "it'd cost about $40". */
export const WORKED_EXAMPLE = /\b(?:would|['’]d)\s+(?:only\s+|still\s+|just\s+|then\s+|typically\s+|usually\s+)?(?:take|cost|use|need|require|come to|add up to|work out (?:to|at)|last)\b/i;
/** A phrase that sets the example's terms, opening the sentence: "At 1 Gbps, …", "On a 500 Mbps line, …". */
export const EXAMPLE_TERMS_OPEN = /^\s*(?:at|on|with|over)\b/i;
/** Capitalised words that name a market or place, not a party: a statistic of "UK households" names no one. */
export const MARKET_NAMES = /\b(?:UK|US|U\.S\.|USA|EU|Britain|British|America|American|European|England|English|Scotland|Scottish|Wales|Welsh|Canada|Canadian|Australia|Australian|Germany|German|France|French)\b/g;
/** The time left before something ends, or elapsed since it happened: "Offer ends in 2 days", "expires in 10 minutes". */
export const TIME_LEFT_BEFORE = /\b(?:ends?|ending|expires?|expiring|runs? out|valid for|good for)\s+(?:in\s+)?(?:just\s+|only\s+)?$/i;
export const TIME_ELAPSED_AFTER = /^\s+(?:since|ago)\b/i;
/**
 * A fee or charge beside an amount ("a $1,195 destination charge", "an early exit fee of £5", "their own fee
 * (typically $10–$20 a year)"): a charge disclosed, which no price entry records. A billing period or plan word
 * before the fee makes it the plan's price ("a monthly fee of $9").
 */
const FEE_NOUN = String.raw`(?:fees?|charges?|surcharges?|penalt(?:y|ies)|deposits?|levy|levies)`;
const PLAN_FEE = String.raw`(?:monthly|annual|yearly|weekly|subscription|membership|plan|service|recurring)`;
export const FEE_BEFORE = new RegExp(String.raw`\b(?<!${PLAN_FEE}\s)${FEE_NOUN}\s*(?:of|:|\(|[—–])\s*(?:(?:typically|usually|about|around|roughly|approximately|just|only|from)\s+)?(?:[$£€]?\d[\d,.]*\s*(?:–|-|to)\s*)?$`, 'i');
export const FEE_AFTER = new RegExp(String.raw`^(?:\s+(?!(?:a|an|per|each|every|or|and|to|for|off)\b)[a-z][\w-]*){0,2}?\s+(?<!${PLAN_FEE}\s)${FEE_NOUN}\b`, 'i');
/** An amount with "or more" is a threshold others pass ("every business that paid a contractor $600 or more"), not a price. */
export const AMOUNT_THRESHOLD_AFTER = /^\s+(?:or|and)\s+(?:more|over|above|higher|upwards?|up)\b/i;
/** A sample a survey or study was taken of: "Post-purchase survey of 12,400 customers", "we polled 2,000 drivers". */
export const SAMPLE_BEFORE = /\b(?:survey(?:ed|s)?|poll(?:ed|s)?|stud(?:y|ies|ied)|sample|interview(?:ed|s)?|questioned|asked|based on(?: a survey of)?|responses from)\s+(?:of\s+)?(?:(?:more than|over|nearly|almost|some|around|about)\s+)?$/i;
/** A named source the figure is attributed to: "…, according to Ofcom", "according to industry estimates" (not "their own fuel logs"). */
export const NAMED_SOURCE = /\b[Aa]ccording to (?:the )?(?:[A-Z][\w&.-]*|(?:industry|government|official|national|market|regulator['’]?s?|analysts?)\b)/;
/** A place named with a capital right before a parenthesis: "at any Prairie Mart (open 6am–10pm)" (its words are checked against the registry's). */
export const NAMED_PLACE_BEFORE_PARENTHESIS = /((?:\p{Lu}[\p{L}'’&-]*\s+){0,3}\p{Lu}[\p{L}'’&-]*)\s*\(\s*$/u;
