// How a registry word matches copy: light inflection both ways, never a longer word; and the
// matcher (the word's letters, with the checks around it shared by every word) reads copy exactly
// as the single pattern per word it replaced.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { escapeRegExp } from '../../src/core/escape-regexp.js';
import { wordMatcher } from '../../src/core/linking/link.js';

const matches = (word: string, text: string) => wordMatcher(word, 0)!.test(text);

// [registry word, words it matches, words it does not]
const TABLE: Array<[string, string[], string[]]> = [
  ['orders', ['order', 'orders', "order's"], ['orderly', 'reorder']],
  ['reply', ['reply', 'replies', 'replied'], ['replay']],
  ['countries', ['country', 'countries'], ['countryside', 'count']],
  ['movies', ['movie', 'movies'], ['moving']],
  ['deliver', ['deliver', 'delivers', 'delivered', 'delivering'], ['deliverables']],
  ['page load', ['page load', 'page-load', 'page loads'], ['pageload']],
  // A participle before its noun is also the noun with the participle as a clause: "the slot you booked".
  ['booked slot', ['booked slot', 'slot you booked', 'slot we book', 'slots they booked'], ['slot you bought', 'slot booked']],
  ['agreed time', ['agreed time', 'time we agreed', 'time you agree'], ['time agreed']],
  // Something new, with one word for what kind: "new WordPress site".
  ['new site', ['new site', 'new-site', 'new WordPress site', 'new client sites'], ['newsite', 'new and improved site', 'site new']],
  // Uptime said as a share of the time.
  ['uptime', ['uptime', 'up 99.9% of the time', 'up and running 100 per cent of the time'], ['up to 50% of the time', 'picked up most of the time', 'setup 99% of the time']],
  // Punctuality said without its words: the promise kept.
  ['on time', ['on time', 'on-time', 'when we said', 'when promised', 'as promised', 'on the day you promised', 'on the promised date'], ['when we say', 'as we said', 'on the day']],
];

describe('registry word patterns', () => {
  for (const [word, yes, no] of TABLE) {
    it(`"${word}" matches ${yes.join(', ')} but not ${no.join(', ')}`, () => {
      for (const text of yes) expect(matches(word, `we ${text} now`), text).toBe(true);
      for (const text of no) expect(matches(word, `we ${text} now`), text).toBe(false);
    });
  }

  it('a proper name matches only where the copy capitalises it as the registry does', () => {
    const nextDay = wordMatcher('Next Day', 0, [true, true])!;
    expect(nextDay.test('Order by 8pm for Next Day delivery')).toBe(true);
    expect(nextDay.test('order by 8pm for next-day delivery')).toBe(false);
    // The first occurrence fails the capitals, a later one passes.
    expect(nextDay.test('next day, or Next Day?')).toBe(true);
  });
});

/** The single pattern a word compiled to before the checks around it were shared: the reading to keep. */
function referencePattern(word: string, flags: string): RegExp {
  const w = word.trim();
  let base = /[^s]s$/i.test(w) && w.length > 3 ? w.slice(0, -1) : w;
  let yForm = '';
  if (/[^aeiou]ies$/i.test(w) && w.length > 5) {
    base = w.slice(0, -3);
    yForm = '(?:y|ies|ied|ie)';
  } else if (/[^aeiou]y$/i.test(base) && base.length > 3) {
    base = base.slice(0, -1);
    yForm = '(?:y|ies|ied)';
  }
  const escaped = escapeRegExp(base).replace(/\s+/g, '[\\s\\u00a0-]+') + yForm;
  const startsWord = /^[\p{L}]/u.test(w) ? '(?<![\\p{L}])' : /^[\p{N}]/u.test(w) ? '(?<![\\p{L}\\p{N}])' : '';
  const endsWord = /[\p{L}]$/u.test(w) && !yForm ? "(?:s|es|'s|d|ed|r|rs|er|ers|ing)?(?![\\p{L}\\p{N}])" : '(?![\\p{L}\\p{N}])';
  return new RegExp(startsWord + escaped + endsWord, flags);
}

function referenceTest(word: string, caps: boolean[] | undefined, text: string): boolean {
  if (!caps) return referencePattern(word, 'iu').test(text);
  const global = referencePattern(word, 'giu');
  for (let m = global.exec(text); m; m = global.exec(text)) {
    const words = m[0].split(/[\s\u00a0-]+/);
    if (caps.every((c, i) => !c || /^[\p{Lu}\d]/u.test(words[i] ?? ''))) return true;
  }
  return false;
}

const campaignRegistry = path.resolve(__dirname, '../../examples/campaign/registry');
const registryWords = readdirSync(campaignRegistry).flatMap((file) => {
  const doc = parse(readFileSync(path.join(campaignRegistry, file), 'utf8')) as { entries: Array<{ terms?: string[]; subjects?: string[] }> };
  return doc.entries.flatMap((e) => [...(e.terms ?? []), ...(e.subjects ?? [])]);
});
// Words whose edges exercise every branch: y/ies forms, digits and symbols first, non-Latin and
// astral letters, characters whose case folding is a letter (ſ, U+0345, final sigma), spaces.
const EDGE_WORDS = ['orders', 'reply', 'countries', 'movies', 'deliver', 'page load', '5G', '24/7', '$', '#1', 'Next Day', 'Premium', 'Wi-Fi', 'Übernachtung', 'Straße', 'σελίδα', 'ΣΟΦΙΑ', 'ſhip', '𝐀𝐁𝐂 plan', 'e-mail', 'A+', 'co-op', "owner's app", 'Mbps', 'ally', 'day', 'x'];
const WORDS = [...new Set([...registryWords, ...EDGE_WORDS])];
const NEIGHBOURS = ['', ' ', 'x', 'X', '5', 'é', 'ß', 'Ω', '\u0345', 'ſ', '𝐀', '😀', '-', "'", '\u00a0', '’'];
const FORMS = (w: string) => {
  const base = w.replace(/(?:ies|y|s)$/i, '');
  return [w, w.toUpperCase(), w.toLowerCase(), `${w}s`, `${w}'s`, `${w}ing`, `${w}er`, `${base}ies`, `${base}ied`, `${base}ie`, `${base}y`, w.replace(/ /g, '-'), w.replace(/ /g, '  '), w.replace(/s/g, 'ſ')];
};

describe('the word matcher reads copy as the single pattern per word did', () => {
  it(`for ${WORDS.length} words (the example campaign's and edge cases) in every neighbourhood`, () => {
    expect(registryWords.length).toBeGreaterThan(20);
    let compared = 0;
    const differences: string[] = [];
    for (const word of WORDS) {
      const capsVariants: Array<boolean[] | undefined> = [undefined];
      const caps = word.trim().split(/[\s\u00a0-]+/).map((w) => /^\p{Lu}/u.test(w));
      if (caps.some(Boolean)) capsVariants.push(caps);
      for (const c of capsVariants) {
        const matcher = wordMatcher(word, 0, c)!;
        for (const form of FORMS(word)) {
          for (const left of NEIGHBOURS) {
            for (const right of NEIGHBOURS) {
              // The same form twice: a first occurrence that fails must not hide a second that matches.
              for (const text of [`${left}${form}${right}`, `${left}${form}${right} and ${form}.`, `${form.toLowerCase()}${right} ${left}${form}`]) {
                compared++;
                if (matcher.test(text) !== referenceTest(word, c, text)) differences.push(`${JSON.stringify(word)}${c ? ' (capitals)' : ''} in ${JSON.stringify(text)}`);
              }
            }
          }
        }
      }
    }
    expect(differences.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(100_000);
  });
});
