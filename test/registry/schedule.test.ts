// The opening-hours subset: each row is the hours text, the week it means (per weekday Mo..Su,
// intervals in HH:MM) or the problem it must report with the offending characters.
import { describe, expect, test } from 'vitest';
import { parseWeeklyHours } from '../../src/core/registry/schedule.js';

const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const show = (week: Array<Array<[number, number]>>) =>
  week.map((day, i) => `${['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'][i]} ${day.map(([s, e]) => `${hm(s)}-${hm(e)}`).join(',') || 'off'}`).join('; ');

describe('schedules that read', () => {
  test.each([
    ['24/7', 'Mo 00:00-24:00; Tu 00:00-24:00; We 00:00-24:00; Th 00:00-24:00; Fr 00:00-24:00; Sa 00:00-24:00; Su 00:00-24:00'],
    ['Mo-Fr 08:00-18:00; Sa 10:00-14:00', 'Mo 08:00-18:00; Tu 08:00-18:00; We 08:00-18:00; Th 08:00-18:00; Fr 08:00-18:00; Sa 10:00-14:00; Su off'],
    ['Mo-Su 00:00-24:00', 'Mo 00:00-24:00; Tu 00:00-24:00; We 00:00-24:00; Th 00:00-24:00; Fr 00:00-24:00; Sa 00:00-24:00; Su 00:00-24:00'],
    ['Mo,We 09:00-12:00,13:00-17:00', 'Mo 09:00-12:00,13:00-17:00; Tu off; We 09:00-12:00,13:00-17:00; Th off; Fr off; Sa off; Su off'],
    ['Mo-Fr 08:00 - 12:00, 13:00-17:00', 'Mo 08:00-12:00,13:00-17:00; Tu 08:00-12:00,13:00-17:00; We 08:00-12:00,13:00-17:00; Th 08:00-12:00,13:00-17:00; Fr 08:00-12:00,13:00-17:00; Sa off; Su off'],
    ['Fr-Mo 10:00-16:00', 'Mo 10:00-16:00; Tu off; We off; Th off; Fr 10:00-16:00; Sa 10:00-16:00; Su 10:00-16:00'],
    ['Fr 22:00-02:00', 'Mo off; Tu off; We off; Th off; Fr 22:00-24:00; Sa 00:00-02:00; Su off'],
    ['Su 20:00-01:00', 'Mo 00:00-01:00; Tu off; We off; Th off; Fr off; Sa off; Su 20:00-24:00'],
    ['Mo-Su 08:00-20:00; Su off', 'Mo 08:00-20:00; Tu 08:00-20:00; We 08:00-20:00; Th 08:00-20:00; Fr 08:00-20:00; Sa 08:00-20:00; Su off'],
    ['Mo-Fr 09:00-17:00; Sa,Su closed; PH off', 'Mo 09:00-17:00; Tu 09:00-17:00; We 09:00-17:00; Th 09:00-17:00; Fr 09:00-17:00; Sa off; Su off'],
    ['07:00-22:00', 'Mo 07:00-22:00; Tu 07:00-22:00; We 07:00-22:00; Th 07:00-22:00; Fr 07:00-22:00; Sa 07:00-22:00; Su 07:00-22:00'],
    ['Fr 22:00-26:00', 'Mo off; Tu off; We off; Th off; Fr 22:00-24:00; Sa 00:00-02:00; Su off'], // extended time, as in opening_hours
    ['Sa', 'Mo off; Tu off; We off; Th off; Fr off; Sa 00:00-24:00; Su off'],
    ['Mo-Fr 08:00-18:00; Mo-Fr 18:00-20:00', 'Mo 18:00-20:00; Tu 18:00-20:00; We 18:00-20:00; Th 18:00-20:00; Fr 18:00-20:00; Sa off; Su off'],
  ])('%s', (hours, expected) => {
    const { week, problems } = parseWeeklyHours(hours);
    expect(problems).toEqual([]);
    expect(show(week)).toBe(expected);
  });
});

describe('schedules that do not read: the problem covers the offending characters', () => {
  test.each([
    ['Mx-Fr 08:00-18:00', 'Mx-Fr', 'weekdays'],
    ['Mo-Fr 08:00-18:00; Sa 10-14', '10-14', 'times'],
    ['Mo-Fr 8am-6pm', '8am-6pm', 'times'],
    ['Mo-Fr 08:75-18:00', '08:75-18:00', 'not a valid time range'],
    ['Mo-Fr 08:00-18:00 except holidays', 'except holidays', 'unexpected'],
    ['sometimes', 'sometimes', 'opening hours'],
    ['Mo-Fr soon', 'soon', 'opening hours'],
  ])('%s', (hours, offending, words) => {
    const { problems } = parseWeeklyHours(hours);
    expect(problems).toHaveLength(1);
    expect(hours.slice(problems[0].start, problems[0].end)).toBe(offending);
    expect(problems[0].message).toContain(words);
  });
});
