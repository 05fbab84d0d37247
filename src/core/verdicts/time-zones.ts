// Time zones written after a time of day in schedule copy ("8am–8pm ET", "until 10pm CET", "9–5 UK
// time"), and the offset between two zones on a given date, so hours written in one zone can be
// compared with a roster kept in another. Offsets come from Intl (ICU's zone data): pure, no clock.

/** A zone named in copy: the IANA zone it stands for, and the words as written. */
export interface NamedZone {
  zone: string;
  written: string;
}

/**
 * Zone words as copy writes them (regular-expression sources), and the IANA zone each stands for. US
 * abbreviations stand for the region's civil time, whichever of standard or daylight time is in force
 * ("EST" is written all year); GMT and UTC are fixed; "UK time", "BST" and "CET" name the civil time of
 * London and central Europe. Case-sensitive: "et" is no zone. Where one zone's words begin another's,
 * the longer comes first ("Central European Time" before "Central").
 */
const ZONE_WORDS: Array<[string, string]> = [
  ['Central European Time|CET|CEST', 'Europe/Paris'],
  ['ET|EST|EDT|Eastern(?: [Tt]ime)?', 'America/New_York'],
  ['CT|CST|CDT|Central(?: [Tt]ime)?', 'America/Chicago'],
  ['MT|MST|MDT|Mountain(?: [Tt]ime)?', 'America/Denver'],
  ['PT|PST|PDT|Pacific(?: [Tt]ime)?', 'America/Los_Angeles'],
  ['GMT|UTC', 'UTC'],
  ['BST|(?:UK|British|London) time', 'Europe/London'],
];
const ZONES = ZONE_WORDS.map(([words, zone]) => [new RegExp(`^(?:${words})$`), zone] as const);

/** A time of day ("8pm", "20:00", "noon") followed by a zone's words. */
const TIME_THEN_ZONE = new RegExp(String.raw`(?:\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?|\bnoon|\bmidnight)\s?\(?(${ZONE_WORDS.map(([words]) => words).join('|')})(?![\p{L}\p{N}])`, 'u');

/** The zone written after a time of day in the text, if any ("local time" names none). */
export function zoneNamedIn(text: string): NamedZone | undefined {
  const m = TIME_THEN_ZONE.exec(text);
  if (!m) return undefined;
  const zone = ZONES.find(([re]) => re.test(m[1]))?.[1];
  return zone ? { zone, written: m[1] } : undefined;
}

const offsets = new Map<string, number>();

/** Minutes the zone is ahead of UTC at noon UTC on `date` (YYYY-MM-DD); undefined for an unknown zone. */
export function utcOffsetMinutes(zone: string, date: string): number | undefined {
  const key = `${zone}\u0000${date}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let offset: number | undefined;
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${date}T12:00:00Z`))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
    if (m) offset = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  } catch {
    offset = undefined;
  }
  if (offset !== undefined) {
    if (offsets.size >= 256) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}
