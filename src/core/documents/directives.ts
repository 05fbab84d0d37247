import { RULES } from '../rules.js';
import type { OffsetRange } from '../types.js';
import type { LineIndex } from './line-index.js';
import type { Directive } from './text-unit.js';

// Suppression directives live in comments: `<!-- claimlint-disable-next-line claim/stale -- why -->`
// in Markdown, `# claimlint-disable-line claim/* -- why` in YAML. Anything that starts with
// `claimlint-` but is not a known directive is reported (as `malformed`) rather than ignored, so a
// typo never silently stops suppressing.

const KINDS: ReadonlySet<string> = new Set(['disable-next-line', 'disable-line', 'disable', 'enable']);
const PREFIX = 'claimlint-';
const KNOWN_RULES: ReadonlySet<string> = new Set(Object.keys(RULES));
const KNOWN_GROUPS: ReadonlySet<string> = new Set(Object.keys(RULES).map((id) => id.split('/')[0]));

function ruleProblem(rule: string): string | undefined {
  if (rule === '*') return undefined;
  const slash = rule.indexOf('/');
  if (slash > 0 && rule.slice(slash + 1) === '*') {
    return KNOWN_GROUPS.has(rule.slice(0, slash)) ? undefined : `unknown rule group '${rule}'`;
  }
  return KNOWN_RULES.has(rule) ? undefined : `unknown rule '${rule}'`;
}

/**
 * Reads a comment's body as a directive; undefined when the body does not start with
 * `claimlint-` (an ordinary comment).
 */
export function parseDirective(body: string, range: OffsetRange, line: number): Directive | undefined {
  const text = body.trim();
  if (!text.startsWith(PREFIX)) return undefined;
  const wordEnd = text.search(/\s|$/);
  const word = text.slice(0, wordEnd);
  const kind = word.slice(PREFIX.length);
  if (!KINDS.has(kind)) {
    return { kind: 'disable', rules: [], range, line, malformed: `unknown directive '${word}'` };
  }
  let rest = text.slice(wordEnd);
  let reason: string | undefined;
  const dash = rest.search(/(^|\s)--(\s|$)/);
  if (dash >= 0) {
    reason = rest.slice(rest.indexOf('--', dash) + 2).trim() || undefined;
    rest = rest.slice(0, dash);
  }
  const rules = rest.split(/[\s,]+/).filter((r) => r.length > 0);
  const directive: Directive = { kind: kind as Directive['kind'], rules, range, line };
  if (reason !== undefined) directive.reason = reason;
  for (const rule of rules) {
    const problem = ruleProblem(rule);
    if (problem !== undefined) {
      directive.malformed = problem;
      break;
    }
  }
  return directive;
}

/** Directives in the HTML comments of a Markdown HTML node's source, [start, end). */
export function scanHtmlComments(source: string, start: number, end: number, lines: LineIndex, out: Directive[]): void {
  let at = source.indexOf('<!--', start);
  while (at >= 0 && at < end) {
    const close = source.indexOf('-->', at + 4);
    const commentEnd = close < 0 || close + 3 > end ? end : close + 3;
    const bodyEnd = close < 0 || close + 3 > end ? end : close;
    const body = source.slice(at + 4, bodyEnd);
    if (body.includes(PREFIX)) {
      const directive = parseDirective(body, { start: at, end: commentEnd }, lines.position(at).line);
      if (directive) out.push(directive);
    }
    at = source.indexOf('<!--', commentEnd);
  }
}

/**
 * Directives in YAML comments within source[start, end). `insideScalar(offset)` says whether an
 * offset lies inside a scalar (a `#` there is text, not a comment).
 */
export function scanYamlComments(
  source: string,
  start: number,
  end: number,
  lines: LineIndex,
  insideScalar: (offset: number) => boolean,
  out: Directive[],
): void {
  let at = source.indexOf(PREFIX, start);
  while (at >= 0 && at < end) {
    let lineStart = at;
    while (lineStart > start && source.charCodeAt(lineStart - 1) !== 10 && source.charCodeAt(lineStart - 1) !== 13) lineStart--;
    let lineEnd = at;
    while (lineEnd < end && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    // The comment starts at the first `#` on the line that is at the line start or after
    // whitespace and not inside a scalar.
    let hash = -1;
    for (let p = source.indexOf('#', lineStart); p >= 0 && p < at; p = source.indexOf('#', p + 1)) {
      const before = p === lineStart ? 32 : source.charCodeAt(p - 1);
      if ((before === 32 || before === 9) && !insideScalar(p)) {
        hash = p;
        break;
      }
    }
    if (hash >= 0) {
      let commentEnd = lineEnd;
      while (commentEnd > hash && (source.charCodeAt(commentEnd - 1) === 32 || source.charCodeAt(commentEnd - 1) === 9)) commentEnd--;
      const directive = parseDirective(source.slice(hash + 1, commentEnd), { start: hash, end: commentEnd }, lines.position(hash).line);
      if (directive) out.push(directive);
    }
    at = source.indexOf(PREFIX, lineEnd);
  }
}
