// Splits plain text into sentences. Claims are read within one sentence: negation, hedges,
// conditions and the metric words that link a claim to the registry all come from it.

const ABBREVIATIONS = /\b(?:e\.g|i\.e|approx|vs|etc|mr|mrs|ms|dr|st|no|nos|inc|ltd|co|corp|est|fig|min|max|mo|yr|hr|hrs|mins|secs|avg|incl|excl|u\.s|u\.k|a\.m|p\.m|m\.p\.g|zzgl|inkl|exkl|bzw|usw|ca|evtl|ggf|nr|z\.b|d\.h)\.$/i;

export interface Sentence {
  start: number;
  end: number;
}

/** Characters that can end a sentence; the scan jumps from one to the next. */
const ENDERS = /[\n.!?;\u2026]/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  const enders = new RegExp(ENDERS);
  for (let m = enders.exec(text); m; m = enders.exec(text)) {
    const i = m.index;
    const c = text[i];
    let boundary = -1;
    if (c === '\n') {
      // A blank line or a line that starts a list-like item ends a sentence; a wrapped line does not.
      const next = text.slice(i + 1, i + 3);
      if (text[i + 1] === '\n' || /^[-*•]\s/.test(next)) boundary = i + 1;
    } else if (c === '.' || c === '!' || c === '?' || c === ';' || c === '\u2026') {
      let j = i + 1;
      while (j < n && /["'”’)\]]/.test(text[j])) j++;
      if (j >= n) continue;
      if (!/\s/.test(text[j])) continue; // "4.5", "e.g.x", "example.com"
      if (c === '.') {
        const before = text.slice(Math.max(0, i - 6), i + 1);
        if (ABBREVIATIONS.test(before)) continue;
        // "No. 1" style and single initials ("J. Smith") are not sentence ends.
        if (/(?:^|\s)[A-Z]\.$/.test(before)) continue;
      }
      let k = j;
      while (k < n && /\s/.test(text[k])) k++;
      if (k < n && /[a-z]/.test(text[k]) && c !== ';') continue; // lowercase continuation: not a new sentence
      boundary = k;
    }
    if (boundary > start) {
      out.push({ start, end: trimEnd(text, start, boundary) });
      start = boundary;
    }
  }
  if (start < n) out.push({ start, end: trimEnd(text, start, n) });
  // A plain loop: filter + flatMap cost more than the scan above on short units.
  const sentences: Sentence[] = [];
  for (const s of out) {
    if (s.end <= s.start) continue;
    if (s.end - s.start > MAX_SENTENCE_CHARS) sentences.push(...cutLong(text, s));
    else sentences.push(s);
  }
  return sentences;
}

/**
 * Longest stretch read as one sentence. Reading a claim looks at its whole sentence, so a
 * sentence of n characters with many figures costs O(n²); real copy never comes near this, but a
 * 100 KB line without a full stop would take minutes.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Cuts an overlong sentence into pieces of at most MAX_SENTENCE_CHARS, at whitespace where possible. */
function cutLong(text: string, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let start = s.start;
  while (s.end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const floor = start + MAX_SENTENCE_CHARS / 2;
    while (cut > floor && !/\s/.test(text[cut - 1])) cut--;
    if (cut <= floor) cut = start + MAX_SENTENCE_CHARS;
    // Never between the halves of a surrogate pair.
    if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    out.push({ start, end: trimEnd(text, start, cut) });
    start = cut;
    while (start < s.end && /\s/.test(text[start])) start++;
  }
  if (start < s.end) out.push({ start, end: s.end });
  return out.filter((p) => p.end > p.start);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
