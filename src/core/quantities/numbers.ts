// Reads numbers as copy writes them: digits in several locale formats, scale suffixes ("1.2k",
// "2M", "£1bn"), and number words ("one", "twenty-four", "a dozen"). Ranges, units and
// approximation words are the claim finder's job; this module only finds single numbers.

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Decimal places as written ("4.50" → 2); scale suffixes keep the written places. */
  decimals: number;
  /** Written in words ("one hour")? */
  words: boolean;
  /** The digits as written, for fixes that keep the copy's style. */
  raw: string;
  /** The scale written with it ("1.2k", "2 million", "two hundred": 1,000, 1,000,000, 100), when there is one. */
  scale?: number;
  /** Separators that could be read two ways ("1,5" in English): not safe to read as a figure. */
  ambiguous?: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, lakh: 1e5, crore: 1e7,
};
const SCALE_SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, b: 1e9, B: 1e9 };

/** Grouping and decimal separators per language; the first match of the document's locale wins. */
interface NumberFormat {
  group: string; // characters allowed as group separator
  decimal: string;
}

/** Each locale's format, read once (every sentence asks). */
const formats = new Map<string, NumberFormat>();

function formatFor(locale: string): NumberFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = readFormat(locale)));
  return format;
}

function readFormat(locale: string): NumberFormat {
  const lang = locale.toLowerCase();
  if (lang === 'de-ch' || lang.startsWith('de-ch')) return { group: "'\u2019", decimal: '.' };
  if (/^(de|es|it|nl|pt|da|id|tr)\b/.test(lang)) return { group: '.\u00a0\u202f', decimal: ',' };
  if (/^(fr|sv|nb|no|fi|pl|cs|ru|uk)\b/.test(lang)) return { group: ' \u00a0\u202f', decimal: ',' };
  return { group: ',\u00a0\u202f', decimal: '.' };
}

const WORD_NUMBER = new RegExp(
  '\\b(?:(' + Object.keys(TENS).join('|') + ')(?:[- ](' + Object.keys(SMALL).filter((w) => SMALL[w] > 0 && SMALL[w] < 10).join('|') + '))?|(' +
    Object.keys(SMALL).join('|') + '))\\b(?:(\\s+and\\s+a\\s+(?:half|quarter))?\\s+(hundred|thousand|million|billion))?',
  'gi',
);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (ch: string) => /\p{L}/u.test(ch);

/** All numbers in `text`, in order, not overlapping. */
export function scanNumbers(text: string, locale = 'en'): NumberToken[] {
  const tokens: NumberToken[] = [];
  const fmt = formatFor(locale);
  // Jump from digit to digit (a regex search is much cheaper than a loop over every character).
  const digits = /[0-9]/g;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    // A number glued to letters on its left is part of a name or SKU ("X200", "A4", "F-150" handled by caller).
    const token = readDigits(text, m.index, fmt);
    tokens.push(token);
    digits.lastIndex = Math.max(token.end, m.index + 1);
  }
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(text); m; m = WORD_NUMBER.exec(text)) {
    const value = wordValue(m);
    if (value === undefined) continue;
    // "two and a half million" is written to the half: read like "2.5 million".
    tokens.push({ start: m.index, end: m.index + m[0].length, value, decimals: m[4] ? (/quarter/i.test(m[4]) ? 2 : 1) : 0, words: true, raw: m[0], ...(m[5] ? { scale: SCALE_WORDS[m[5].toLowerCase()] } : {}) });
  }
  // "a dozen", "half a dozen"
  const dozen = /\b(half a|a) dozen\b/gi;
  for (let m = dozen.exec(text); m; m = dozen.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, value: m[1].toLowerCase() === 'a' ? 12 : 6, decimals: 0, words: true, raw: m[0] });
  }
  tokens.sort((a, b) => a.start - b.start);
  return tokens.filter((t, k) => k === 0 || t.start >= tokens[k - 1].end);
}

function wordValue(m: RegExpExecArray): number | undefined {
  let v: number;
  if (m[1]) v = TENS[m[1].toLowerCase()] + (m[2] ? SMALL[m[2].toLowerCase()] : 0);
  else v = SMALL[m[3].toLowerCase()];
  // "two and a half million": the fraction comes only with a scale word after it.
  if (m[4]) v += /quarter/i.test(m[4]) ? 0.25 : 0.5;
  if (m[5]) v *= SCALE_WORDS[m[5].toLowerCase()];
  return v;
}

function readDigits(text: string, start: number, fmt: NumberFormat): NumberToken {
  let j = start;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  let intPart = text.slice(start, j);
  let decimals = 0;
  let fraction = '';
  const firstGroupLen = j - start;
  // Grouped thousands: 1,234,567 / 1.234.567 / 1 234 567 / 1,00,000 (en-IN: two-digit groups before the last three).
  let ambiguous = false;
  if (firstGroupLen <= 3) {
    let k = j;
    let grouped = '';
    for (;;) {
      const sep = text[k];
      if (sep === undefined || !fmt.group.includes(sep)) break;
      const three = /^\d{3}(?!\d)/.exec(text.slice(k + 1, k + 5));
      if (three) {
        grouped += three[0];
        k += 4;
        continue;
      }
      const two = sep === ',' ? /^\d{2},(?=\d)/.exec(text.slice(k + 1, k + 5)) : null;
      if (two) {
        grouped += two[0].slice(0, 2);
        k += 3;
        continue;
      }
      // "1,5" in an English text: 1.5 or 15? Neither is safe to read.
      if (grouped === '' && sep !== ' ' && /^\d{1,2}(?!\d)/.test(text.slice(k + 1, k + 4))) {
        ambiguous = true;
        k += 1 + /^\d+/.exec(text.slice(k + 1))![0].length;
        j = k;
      }
      break;
    }
    if (grouped) {
      intPart += grouped;
      j = k;
    }
  }
  // Decimal part.
  if (text[j] === fmt.decimal && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < text.length && isDigit(text.charCodeAt(k))) k++;
    // "1.2.3" is a version, not a number: leave the decimal unread and let the caller see the dot.
    if (!(text[k] === fmt.decimal && isDigit(text.charCodeAt(k + 1)))) {
      fraction = text.slice(j + 1, k);
      decimals = fraction.length;
      j = k;
    }
  }
  let value = Number(intPart + (fraction ? '.' + fraction : ''));
  let scale = 1;
  // Scale suffix glued to the number: 1.2k, 2M, 1bn (not "2 m" — that is metres or minutes).
  const suffix = /^(bn|mn|[kKmMbB])(?![\p{L}\d])/u.exec(text.slice(j, j + 3));
  if (suffix) {
    scale = SCALE_SUFFIX[suffix[1]];
    j += suffix[1].length;
  } else {
    const word = /^\s+(thousand|million|billion|lakh|crore)\b/i.exec(text.slice(j, j + 12));
    if (word) {
      scale = SCALE_WORDS[word[1].toLowerCase()];
      j += word[0].length;
    }
  }
  value *= scale;
  return { start, end: j, value, decimals, words: false, raw: text.slice(start, j), ...(ambiguous ? { ambiguous } : {}), ...(scale !== 1 ? { scale } : {}) };
}

/** True if the character before `offset` makes the number part of a word or code ("X200", "v2"). */
export function gluedToWord(text: string, offset: number): boolean {
  const prev = text[offset - 1];
  return prev !== undefined && (isLetter(prev) || prev === '_' || prev === '#');
}

/** Writes a number in the copy's style: same decimals, words for small whole numbers if the copy used words. */
export function formatLike(value: number, like: { decimals: number; words?: boolean }): string {
  if (like.words && Number.isInteger(value) && value >= 0 && value < 20) {
    return Object.keys(SMALL).find((w) => SMALL[w] === value) ?? String(value);
  }
  const s = value.toFixed(like.decimals);
  if (like.decimals === 0 && Math.abs(value) >= 10000) return Number(s).toLocaleString('en-US');
  return s;
}
