// Fixes as minimal text edits: rewrite a figure to what the evidence supports (in the copy's own
// unit and number style), add a missing qualifier, or suppress with a reason. (A registry entry
// stub needs the registry file's text and layout: the language server writes it, registry-stub.ts.)
import { APPROX_SUFFIX_WRITTEN, type Claim, type DocumentLanguage, type Fix, type Qualifier, type RuleId, type TextEdit, type UnitId } from './types.js';
import type { LineIndex } from './documents/line-index.js';
import { convert } from './quantities/units.js';
import { formatLike, scanNumbers } from './quantities/numbers.js';
import { frontMatterEnd } from './documents/markdown-syntax.js';
import { offsetInSentence } from './claims/clause.js';

/** New text for a figure (e.g. "1 hour" → "6 hours"), or undefined when it cannot be written safely. */
export function rewriteFigure(original: string, claim: Claim, suggestion: { value: number; unit: UnitId; round: 'down' | 'up' }, locale: string): string | undefined {
  const q = claim.quantity;
  if (!q) return undefined;
  let value = convert(suggestion.value, suggestion.unit, q.unit);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  // Converting across an inverted scale (mpg ↔ L/100 km) flips which way is conservative.
  const inverted = (convert(suggestion.value * 2, suggestion.unit, q.unit) ?? 0) < value;
  const down = (suggestion.round === 'down') !== inverted;
  const f = 10 ** q.decimals;
  value = down ? Math.floor(value * f + 1e-9) / f : Math.ceil(value * f - 1e-9) / f;
  if (value === q.value && q.high === undefined) return undefined;
  const tokens = scanNumbers(original, locale);
  if (!tokens.length) return undefined;
  const first = tokens[0];
  const last = q.high !== undefined && tokens[1] ? tokens[1] : first;
  const number = formatLike(value, q);
  // "40-odd seconds" → "55 seconds": the evidence's figure is exact, so the approximation goes.
  let rest = original.slice(last.end).replace(APPROX_SUFFIX_WRITTEN, '');
  // Keep the unit word's number agreement: "1 hour" → "6 hours"; adjectives ("1-hour") stay singular.
  rest = rest.replace(/^([\s\u00a0]+)(hour|day|minute|second|week|mile|business day|working day)(s?)\b/i, (_m, sep: string, word: string) => `${sep}${word}${value === 1 ? '' : 's'}`);
  return original.slice(0, first.start) + number + rest;
}

export function figureFix(uri: string, text: string, claim: Claim, suggestion: { value: number; unit: UnitId; round: 'down' | 'up' }, locale: string): Fix | undefined {
  const range = claim.figureRange;
  if (!range) return undefined;
  const original = text.slice(range.start, range.end);
  const replacement = rewriteFigure(original, claim, suggestion, locale);
  if (!replacement || replacement === original) return undefined;
  return { kind: 'replace-figure', title: `Change “${original}” to “${replacement}” (what the evidence supports)`, edits: [{ uri, range, newText: replacement }], safe: true };
}

/** Qualifiers that read after the claim: prepositional phrases and clauses ("24/7 on Enterprise plans", "62 Mbps where 5G coverage is available"). */
const AFTER_CLAIM = /^(?:on|for|in|with|at|from|when|where|while|during|after|before|until|under|over|per|within|across|via|through|unless|if|excluding|except|subject to|only)\b/i;
/** A qualifier written as a sentence ("Speeds are reduced to 3 Mbps after 50 GB"): it follows the claim after a dash. */
const SENTENCE = /^\p{Lu}\p{Ll}+(?:\s+\S+){3,}/u;
/**
 * Text that reads the same in any YAML scalar it is inserted into: plain, single- or double-quoted.
 * The fix does not know the scalar's style, so a qualifier with quotes, ':', '#' or '\\' gets none there.
 */
const YAML_INERT = /^[\p{L}\p{N}][\p{L}\p{N}\s.,;()/%$€£+\-\u2010-\u2014]*$/u;

/**
 * Adds a missing qualifier where it reads naturally: labels before the claim ("EPA-estimated 41
 * mpg"), phrases after it ("24/7 on Enterprise plans"), a sentence at the end of the claim's
 * sentence ("unlimited data — speeds are reduced …"), which needs that sentence verbatim in the source.
 */
export function qualifierFix(uri: string, text: string, claim: Claim, q: Qualifier, language: DocumentLanguage): Fix | undefined {
  if (language === 'yaml' && !YAML_INERT.test(q.text)) return undefined;
  const at = (offset: number, newText: string): TextEdit => ({ uri, range: { start: offset, end: offset }, newText });
  let edit: TextEdit;
  if (AFTER_CLAIM.test(q.text)) edit = at(claim.range.end, ` ${q.text}`);
  else if (!SENTENCE.test(q.text)) edit = at(claim.range.start, `${q.text} `);
  else {
    const rest = claim.sentence.slice(offsetInSentence(claim)).replace(/[\s.!?]+$/u, '');
    if (claim.offsetInSentence === undefined || text.slice(claim.range.start, claim.range.start + rest.length) !== rest) return undefined;
    edit = at(claim.range.start + rest.length, ` \u2014 ${q.text[0].toLowerCase()}${q.text.slice(1)}`);
  }
  return { kind: 'add-qualifier', title: `Add the qualifier “${q.text}”`, edits: [edit], safe: true };
}

/** Longer YAML keys are not expected; a line whose key does not fit gets no suppression fix. */
const MAX_KEY_CHARS = 1024;

export function suppressFix(uri: string, text: string, language: DocumentLanguage, lines: LineIndex, claim: Claim, rule: RuleId): Fix | undefined {
  const line = lines.position(claim.range.start).line;
  const end = lines.lineContentEnd(line);
  const lineText = text.slice(lines.lineStart(line), end);
  const reason = 'TODO: say why this claim may stand';
  // Front matter is YAML: an HTML comment there would break it, a '#' comment is YAML's own.
  if (language === 'markdown' && claim.range.start >= frontMatterEnd(text)) {
    // An inline comment at the end of the line never splits a paragraph or a table.
    return { kind: 'suppress', title: `Suppress ${rule} on this line (with a reason)`, edits: [{ uri, range: { start: end, end }, newText: ` <!-- claimlint-disable-line ${rule} -- ${reason} -->` }], safe: false };
  }
  // In YAML only a line that holds its own key or list item can take a trailing comment; inside
  // block scalars a '#' would become part of the copy. Only the line's head (the key) and tail are
  // tested: this runs once per claim, and a whole 100 KB line per claim would be quadratic.
  const head = lineText.slice(0, MAX_KEY_CHARS);
  const tail = lineText.trimEnd().slice(-16);
  if (!/^\s*(?:-\s+)?(?:[\w"'-][^:#]*:\s|-\s)/.test(head) || /:\s*[|>][-+]?$/.test(tail)) return undefined;
  if (/^\s*(?:-\s+)?[^:]*:\s*["']/.test(head) && !/["']$/.test(tail)) return undefined; // multi-line quoted scalar
  return { kind: 'suppress', title: `Suppress ${rule} on this line (with a reason)`, edits: [{ uri, range: { start: end, end }, newText: ` # claimlint-disable-line ${rule} -- ${reason}` }], safe: false };
}
