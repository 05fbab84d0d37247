// Reads the subset of OpenStreetMap opening_hours syntax a registry needs into open intervals per
// weekday. The `opening_hours` npm package was considered and not used here: it is a 1.2 MB bundle
// (plus i18next), computes intervals through the host's local time zone and holiday data (so the
// same text gives different weeks on different machines), and its errors carry no offsets.
//
// Supported: rules separated by ";"; each rule is "24/7", or optional weekdays (Mo..Su, ranges
// "Mo-Fr", wrapping "Fr-Mo", lists "Mo,We") followed by times ("08:00-18:00", several joined by
// ",", end "24:00", an end before the start runs past midnight) or "off"/"closed". Weekdays
// without times mean all day; times without weekdays mean every day. A later rule replaces earlier
// ones for the days it names (as in opening_hours). "PH ..." and "SH ..." rules are ignored.

export type WeekIntervals = Array<Array<[number, number]>>;

export interface ScheduleProblem {
  /** Offsets into the hours text. */
  start: number;
  end: number;
  message: string;
}

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const DAY_MINUTES = 24 * 60;

export function parseWeeklyHours(hours: string): { week: WeekIntervals; problems: ScheduleProblem[] } {
  const own: WeekIntervals = DAYS.map(() => []);
  const problems: ScheduleProblem[] = [];
  let offset = 0;
  for (const rawRule of hours.split(';')) {
    const ruleStart = offset + (rawRule.length - rawRule.trimStart().length);
    offset += rawRule.length + 1;
    const rule = rawRule.trim();
    if (!rule) continue;
    const problem = (at: number, len: number, message: string) => problems.push({ start: ruleStart + at, end: ruleStart + at + Math.max(1, len), message });
    if (rule === '24/7') {
      for (let d = 0; d < 7; d++) own[d] = [[0, DAY_MINUTES]];
      continue;
    }
    if (/^(PH|SH)\b/.test(rule)) continue; // holidays are not modelled

    // Tokens with their offsets inside the rule.
    const tokens: Array<{ text: string; at: number }> = [];
    const re = /\S+/g;
    for (let m = re.exec(rule); m; m = re.exec(rule)) tokens.push({ text: m[0], at: m.index });

    let days: number[] | undefined;
    let i = 0;
    if (tokens[0] && /^[A-Za-z]{2}([-,]|$)/.test(tokens[0].text) && !/^(off|closed)$/i.test(tokens[0].text)) {
      const parsed = parseDays(tokens[0].text);
      if (typeof parsed === 'string') {
        problem(tokens[0].at, tokens[0].text.length, parsed);
        continue;
      }
      days = parsed;
      i = 1;
    }
    const targets = days ?? [0, 1, 2, 3, 4, 5, 6];
    const rest = tokens.slice(i);
    if (rest.length === 0) {
      if (!days) problem(0, rule.length, `cannot read "${rule}" as opening hours`);
      else for (const d of targets) own[d] = [[0, DAY_MINUTES]];
      continue;
    }
    if (rest.length === 1 && /^(off|closed)$/i.test(rest[0].text)) {
      for (const d of targets) own[d] = [];
      continue;
    }
    // Spaces inside a time list ("08:00 - 12:00, 13:00-17:00") are tolerated, as opening_hours does.
    const joined = rest.length > 1 ? parseTimes(rest.map((t) => t.text).join('')) : undefined;
    if (joined && typeof joined !== 'string') {
      for (const d of targets) own[d] = joined.map((t) => [t[0], t[1]] as [number, number]);
      continue;
    }
    if (rest.length > 1) {
      problem(rest[1].at, rest[rest.length - 1].at + rest[rest.length - 1].text.length - rest[1].at, `unexpected "${rest.slice(1).map((t) => t.text).join(' ')}" after the times; separate rules with ";"`);
      continue;
    }
    if (!/\d/.test(rest[0].text)) {
      problem(rest[0].at, rest[0].text.length, `cannot read "${rest[0].text}" as opening hours: expected weekdays (Mo-Fr), times (08:00-18:00), "off" or "24/7"`);
      continue;
    }
    const times = parseTimes(rest[0].text);
    if (typeof times === 'string') {
      problem(rest[0].at, rest[0].text.length, times);
      continue;
    }
    for (const d of targets) own[d] = times.map((t) => [t[0], t[1]] as [number, number]);
  }
  return { week: spillPastMidnight(own), problems };
}

function parseDays(text: string): number[] | string {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^([A-Za-z]{2})(?:-([A-Za-z]{2}))?$/.exec(part);
    const from = m ? DAYS.indexOf(m[1].toLowerCase()) : -1;
    const to = m?.[2] ? DAYS.indexOf(m[2].toLowerCase()) : from;
    if (!m || from < 0 || to < 0) return `cannot read weekdays "${part}": use Mo, Tu, We, Th, Fr, Sa, Su, ranges like Mo-Fr and lists like Mo,We`;
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === to) break;
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** "08:00-12:00,13:00-17:00" → minute intervals; an end at or before the start runs past midnight. */
function parseTimes(text: string): Array<[number, number]> | string {
  const out: Array<[number, number]> = [];
  for (const part of text.split(',')) {
    const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(part);
    if (!m) return `cannot read times "${part}": write HH:MM-HH:MM, several joined by ","`;
    const start = Number(m[1]) * 60 + Number(m[2]);
    let end = Number(m[3]) * 60 + Number(m[4]);
    if (Number(m[1]) > 24 || Number(m[3]) > 48 || Number(m[2]) > 59 || Number(m[4]) > 59 || start >= DAY_MINUTES) {
      return `"${part}" is not a valid time range`;
    }
    if (end <= start) end += DAY_MINUTES; // e.g. 22:00-02:00
    out.push([start, end]);
  }
  return out;
}

/** Splits intervals that run past midnight into the next day and merges overlaps. */
function spillPastMidnight(own: WeekIntervals): WeekIntervals {
  const week: WeekIntervals = own.map(() => []);
  own.forEach((intervals, d) => {
    for (const [s, e] of intervals) {
      week[d].push([s, Math.min(e, DAY_MINUTES)]);
      if (e > DAY_MINUTES) week[(d + 1) % 7].push([0, e - DAY_MINUTES]);
    }
  });
  return week.map(merge);
}

function merge(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}
