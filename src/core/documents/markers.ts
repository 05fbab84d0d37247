import type { TextUnit } from './text-unit.js';

// Asterisk-style qualifier markers: `45 mpg*`, `next-day delivery†`, `from $9¹`. A marker is a run
// of one symbol (`**` is a second note, not the same as `*`) or of superscript digits.

const SYMBOLS = '*†‡§';
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const PLACEHOLDER = 0xfffc;

function isSuperscriptDigit(c: string): boolean {
  return SUPERSCRIPT_DIGITS.includes(c);
}

/** End of the marker run starting at `t` (t itself if there is none). */
function markerRunEnd(text: string, t: number): number {
  const c = text[t];
  if (c === undefined) return t;
  let e = t;
  if (SYMBOLS.includes(c)) {
    while (text[e] === c) e++;
  } else if (isSuperscriptDigit(c)) {
    while (e < text.length && isSuperscriptDigit(text[e])) e++;
  }
  return e;
}

/** Can a marker follow this character? Words, figures and closing punctuation of a word. */
function canCarryMarker(c: string): boolean {
  return /[\p{L}\p{N}%)\].,!?'"”’]/u.test(c);
}

/** `1` → `¹`: HTML superscripts (`<sup>1</sup>`) and Unicode ones name the same note. */
function toSuperscript(digits: string): string {
  let out = '';
  for (const d of digits) out += SUPERSCRIPT_DIGITS[d.charCodeAt(0) - 48];
  return out;
}

/** Digits wrapped in inline HTML (`<sup>1</sup>` reads as placeholder, digits, placeholder) at `t`. */
function wrappedDigitsEnd(text: string, t: number): number {
  if (text.charCodeAt(t) !== PLACEHOLDER) return t;
  let e = t + 1;
  while (e < text.length && e - t <= 3 && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  return e > t + 1 && text.charCodeAt(e) === PLACEHOLDER ? e + 1 : t;
}

/** Where a marker could start: a symbol, a superscript digit or a placeholder (`<sup>`). */
const MARKER_CANDIDATE = /[*†‡§⁰¹²³⁴⁵⁶⁷⁸⁹\uFFFC]/g;

/** Markers that stand right after a word or figure (placeholders such as `<sup>` are see-through). */
export function findMarkers(text: string): TextUnit['markers'] {
  const markers: TextUnit['markers'] = [];
  // Jump from candidate to candidate: most text holds none, and a per-character loop costs.
  const candidates = new RegExp(MARKER_CANDIDATE);
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const t = m.index;
    const c = text[t];
    if (text.charCodeAt(t) === PLACEHOLDER) {
      // `45 mpg<sup>1</sup>`: a wrapped number right after a word is a footnote number.
      const end = t > 0 ? wrappedDigitsEnd(text, t) : t;
      if (end > t && /[\p{L}%)]/u.test(text[t - 1])) {
        markers.push({ marker: toSuperscript(text.slice(t + 1, end - 1)), offset: t + 1 });
        candidates.lastIndex = end - 1; // the closing placeholder may open the next wrapped number
      }
      continue;
    }
    const end = markerRunEnd(text, t);
    let p = t - 1;
    while (p >= 0 && text.charCodeAt(p) === PLACEHOLDER) p--;
    // A run of `*` after a digit/word followed directly by a word character is multiplication or a
    // wildcard (`2*3`, `f*ck`), not a marker.
    const next = text[end];
    const glued = next !== undefined && /[\p{L}\p{N}]/u.test(next) && SYMBOLS.includes(c);
    if (p >= 0 && canCarryMarker(text[p]) && !glued) markers.push({ marker: text.slice(t, end), offset: t });
    candidates.lastIndex = end;
  }
  return markers;
}

/**
 * The note a block states when its text begins with a marker (`*EPA-estimated…`, `† Order by
 * 2pm…`): the marker and the rest of the text; undefined otherwise.
 */
export function leadingNote(text: string): { marker: string; note: string } | undefined {
  let t = 0;
  while (t < text.length && /\s/.test(text[t])) t++;
  // `<sup>1</sup> Within business hours.`
  const wrapped = wrappedDigitsEnd(text, t);
  if (wrapped > t) {
    const note = text.slice(wrapped).replace(/\uFFFC/g, '').trim();
    return note.length === 0 ? undefined : { marker: toSuperscript(text.slice(t + 1, wrapped - 1)), note };
  }
  while (t < text.length && (text.charCodeAt(t) === PLACEHOLDER || /\s/.test(text[t]))) t++;
  const end = markerRunEnd(text, t);
  if (end === t) return undefined;
  const note = text.slice(end).replace(/\uFFFC/g, '').trim();
  if (note.length === 0) return undefined;
  return { marker: text.slice(t, end), note };
}
