// Keystroke-speed linting of Markdown: results are cached per block (keyed by the block's text
// and the context it is read with), so an edit re-checks only the blocks it touched. Each block
// is checked as a small document — front matter + heading chain + the block + note blocks — and
// its findings are shifted back to their place. A full lint seeds the cache and is used whenever
// block-wise reading could differ (range directives) or most blocks changed.
import type { Claim, Finding, LintResult, OffsetRange, SourceFile } from '../core/types.js';
import { headingChains, planBlocks, type Block } from './markdown-blocks.js';

type ClaimRecord = LintResult['claims'][number];

interface BlockResult {
  claims: ClaimRecord[];
  findings: Finding[];
}

export interface IncrementalStats {
  mode: 'full' | 'blocks';
  blocks: number;
  checked: number;
}

/** Re-check most blocks at once when more than this share changed: one parse beats many. */
const FULL_LINT_SHARE = 0.25;
const FULL_LINT_MIN_BLOCKS = 8;
const MAX_CACHED_BLOCKS = 20_000;

const shift = (r: OffsetRange, d: number): OffsetRange => ({ start: r.start + d, end: r.end + d });

/** Copies of claims and findings with every offset into `uri` moved by `delta`. */
function shifted(result: BlockResult, uri: string, delta: number): BlockResult {
  const claimMap = new Map<Claim, Claim>();
  const moveClaim = (c: Claim): Claim => {
    let out = claimMap.get(c);
    if (!out) {
      out = { ...c, range: shift(c.range, delta), ...(c.figureRange ? { figureRange: shift(c.figureRange, delta) } : {}) };
      claimMap.set(c, out);
    }
    return out;
  };
  const moveFinding = (f: Finding): Finding => ({
    ...f,
    range: shift(f.range, delta),
    ...(f.claim ? { claim: moveClaim(f.claim) } : {}),
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => (e.uri === uri ? { ...e, range: shift(e.range, delta) } : e)) })),
    related: f.related.map((r) => (r.uri === uri ? { ...r, range: shift(r.range, delta) } : r)),
  });
  const findingMap = new Map<Finding, Finding>();
  const findings = result.findings.map((f) => {
    const moved = moveFinding(f);
    findingMap.set(f, moved);
    return moved;
  });
  const claims = result.claims.map((c) => ({
    ...c,
    claim: moveClaim(c.claim),
    ...(c.finding ? { finding: findingMap.get(c.finding) ?? moveFinding(c.finding) } : {}),
  }));
  return { claims, findings };
}

const inside = (r: OffsetRange, start: number, end: number) => r.start >= start && r.start <= end;

/**
 * Blocks that may point to the note block at `index`: those holding its footnote label or its
 * leading marker character. Taking too many is harmless (the engine finds the real markers).
 */
function referrersOf(text: string, blocks: Block[], index: number): string[] {
  const note = text.slice(blocks[index].start, blocks[index].end);
  const label = /^\s*\[\^([^\]]+)\]:/.exec(note)?.[1];
  const lead = /^\s*\\?([*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰])/.exec(note)?.[1];
  const needles: string[] = [];
  if (label !== undefined) needles.push(`[^${label}]`);
  else if (lead) needles.push(lead);
  // "<sup>1</sup>" and "¹" are the same marker to the engine.
  if (/^\s*<sup\b/i.test(note) || (lead && /[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(lead))) needles.push('<sup', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰');
  if (needles.length === 0) return [];
  return blocks
    .filter((b, j) => j !== index && !b.note && !b.frontMatter)
    .map((b) => text.slice(b.start, b.end))
    .filter((t) => needles.some((n) => t.includes(n)));
}

const LIST_START = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * The block right before a list, which may introduce it ("Why commuters choose the Aero:"). Whether
 * it does is the Markdown reader's call, made on the rendered text ("**Why:**" ends in ":" too), so
 * the list is always read with the block before it rather than with a second copy of that rule.
 */
function leadOf(text: string, blocks: Block[], index: number): string | undefined {
  const block = blocks[index];
  const previous = blocks[index - 1];
  if (!previous || previous.frontMatter || previous.note || previous.headings.length > 0) return undefined;
  return LIST_START.test(text.slice(block.start, block.end)) ? text.slice(previous.start, previous.end) : undefined;
}

export class IncrementalLinter {
  private cache = new Map<string, BlockResult>();
  /**
   * Last placed (absolute) result per block. Reused as the same objects while the block keeps its
   * offset and line, so callers can cache what they derive from a finding (its Diagnostic).
   */
  private placed = new Map<string, { start: number; line: number; result: BlockResult }>();

  constructor(private readonly lint: (file: SourceFile) => LintResult) {}

  /** Forget cached blocks (registry or settings changed). */
  reset(): void {
    this.cache.clear();
    this.placed.clear();
  }

  /** `full` forces one whole-document lint; `blocks` forces block-wise checking (tests compare the two). */
  run(file: SourceFile, options: { full?: boolean; blocks?: boolean } = {}): { result: LintResult; stats: IncrementalStats } {
    const plan = planBlocks(file.text);
    const { blocks } = plan;
    const keys = this.keysOf(file.text, blocks);
    const missing = keys.filter((k) => !this.cache.has(k)).length;
    const full = !options.blocks && (options.full || !plan.separable || missing > Math.max(FULL_LINT_MIN_BLOCKS, blocks.length * FULL_LINT_SHARE));
    if (full) {
      this.placed.clear();
      const result = this.lint(file);
      if (plan.separable) this.seed(file, blocks, keys, result);
      return { result, stats: { mode: 'full', blocks: blocks.length, checked: blocks.length } };
    }
    const claims: ClaimRecord[] = [];
    const findings: Finding[] = [];
    let checked = 0;
    const chains = headingChains(blocks);
    const placedNow = new Map<string, { start: number; line: number; result: BlockResult }>();
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const previous = this.placed.get(keys[i]);
      let placed: BlockResult;
      if (previous && previous.start === block.start && previous.line === block.line && this.cache.has(keys[i])) placed = previous.result;
      else {
        let relative = this.cache.get(keys[i]);
        if (!relative) {
          relative = this.checkBlock(file, blocks, i, chains[i]);
          this.remember(keys[i], relative);
          checked++;
        }
        placed = shifted(relative, file.uri, block.start);
      }
      placedNow.set(keys[i], { start: block.start, line: block.line, result: placed });
      claims.push(...placed.claims);
      findings.push(...placed.findings);
    }
    this.placed = placedNow;
    findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    return { result: { uri: file.uri, findings, claims }, stats: { mode: 'blocks', blocks: blocks.length, checked } };
  }

  /** The small document a block is read in, and where the block starts in it. */
  private chunkOf(text: string, blocks: Block[], index: number, chain: string[]): { chunk: string; offset: number } {
    const block = blocks[index];
    const parts: string[] = [];
    const front = blocks[0]?.frontMatter && index > 0 ? text.slice(blocks[0].start, blocks[0].end) : undefined;
    if (front !== undefined) parts.push(front);
    parts.push(...chain);
    const lead = leadOf(text, blocks, index);
    if (lead !== undefined) parts.push(lead);
    // A note reads with the sentences that point to it: bring every block that may refer to it.
    if (block.note) parts.push(...referrersOf(text, blocks, index));
    const prefix = parts.length ? parts.join('\n\n') + '\n\n' : '';
    const notes = blocks.filter((b, j) => b.note && j !== index).map((b) => text.slice(b.start, b.end));
    const suffix = notes.length ? '\n\n' + notes.join('\n\n') + '\n' : '\n';
    return { chunk: prefix + text.slice(block.start, block.end) + suffix, offset: prefix.length };
  }

  private keysOf(text: string, blocks: Block[]): string[] {
    const chains = headingChains(blocks);
    // Note blocks and front matter are part of every block's context. Context strings are interned
    // to short ids (exact, unlike a hash) so that keys stay short on long pages.
    const shared = this.intern(blocks.filter((b) => b.note || b.frontMatter).map((b) => text.slice(b.start, b.end)).join('\u0000'));
    return blocks.map((b, i) => {
      const key = `${shared}\u0001${this.intern(chains[i].join('\u0000'))}\u0001${leadOf(text, blocks, i) ?? ''}\u0001${text.slice(b.start, b.end)}`;
      return b.note ? `${key}\u0001${referrersOf(text, blocks, i).join('\u0000')}` : key;
    });
  }

  private contextIds = new Map<string, number>();

  private intern(context: string): number {
    let id = this.contextIds.get(context);
    if (id === undefined) {
      // Ids are never reused, so a cache entry can never be mistaken for another context's.
      id = this.nextContextId++;
      this.contextIds.set(context, id);
      if (this.contextIds.size > MAX_CACHED_BLOCKS) this.contextIds.clear();
    }
    return id;
  }

  private nextContextId = 0;

  private checkBlock(file: SourceFile, blocks: Block[], index: number, chain: string[]): BlockResult {
    const { chunk, offset } = this.chunkOf(file.text, blocks, index, chain);
    const block = blocks[index];
    const length = block.end - block.start;
    const result = this.lint({ uri: file.uri, text: chunk });
    // Keep what lies in the block itself; the context around it reports in its own block.
    const own: BlockResult = {
      claims: result.claims.filter((c) => inside(c.claim.range, offset, offset + length)),
      findings: result.findings.filter((f) => inside(f.range, offset, offset + length)),
    };
    return shifted(own, file.uri, -offset);
  }

  /** Splits a whole-document result into per-block results for the cache. */
  private seed(file: SourceFile, blocks: Block[], keys: string[], result: LintResult): void {
    const buckets: BlockResult[] = blocks.map(() => ({ claims: [], findings: [] }));
    const owner = (r: OffsetRange) => {
      // The last block starting at or before the range (blank lines belong to the block above).
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (blocks[mid].start <= r.start) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    if (blocks.length === 0) return;
    for (const c of result.claims) buckets[owner(c.claim.range)].claims.push(c);
    for (const f of result.findings) buckets[owner(f.range)].findings.push(f);
    for (let i = 0; i < blocks.length; i++) this.remember(keys[i], shifted(buckets[i], file.uri, -blocks[i].start));
  }

  private remember(key: string, value: BlockResult): void {
    if (this.cache.size >= MAX_CACHED_BLOCKS) this.cache.clear();
    this.cache.set(key, value);
  }
}
