// Keystroke-speed linting of Markdown: results are cached per block (keyed by the block's text
// and the context it is read with), so an edit re-checks only the blocks it touched. Each block
// is checked as a small document — front matter, the blocks holding its heading chain, the block
// and the note blocks, in document order — and its findings are shifted back to their place. What
// the whole page tells every block (its page context: the product its headings name) is read once
// from the page's headings and given to each block's lint, and is part of every block's key. A
// full lint seeds the cache and is used whenever block-wise reading could differ (range
// directives) or most blocks changed.
import type { Claim, Finding, LintResult, OffsetRange, PageContext, SourceFile } from '../core/types.js';
import { headingChains, noteNeedles, planBlocks, type Block } from './markdown-blocks.js';

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

/** One run's view of the document: its blocks and what each block is read with. */
interface Plan {
  text: string;
  blocks: Block[];
  /** Per block, the blocks whose headings may be in force at its start (see headingChains). */
  chains: number[][];
  /** Indices of the note blocks, in document order. */
  notes: number[];
  /** Per block, how many note blocks come before it. */
  notesBefore: number[];
  /** Block texts, lower-cased, for finding the blocks that refer to a note (filled on demand). */
  lower: Array<string | undefined>;
  /** Per block, the first of the blocks that may lead to it (see leadsOf), or undefined. */
  leadFrom: Array<number | undefined>;
}

function planOf(text: string, blocks: Block[]): Plan {
  const notes: number[] = [];
  const notesBefore: number[] = [];
  blocks.forEach((b, j) => {
    notesBefore.push(notes.length);
    if (b.note) notes.push(j);
  });
  const plan: Plan = { text, blocks, chains: headingChains(blocks), notes, notesBefore, lower: [], leadFrom: [] };
  blocks.forEach((_, j) => plan.leadFrom.push(leadFrom(plan, j)));
  return plan;
}

const textOf = (plan: Plan, j: number) => plan.text.slice(plan.blocks[j].start, plan.blocks[j].end);

/**
 * Blocks that may point to the note block at `index`: those holding one of its footnote labels or
 * a way of writing its marker. Taking too many is harmless (the engine finds the real markers).
 */
function referrersOf(plan: Plan, index: number): number[] {
  const needles = noteNeedles(textOf(plan, index));
  if (needles.length === 0) return [];
  const out: number[] = [];
  plan.blocks.forEach((b, j) => {
    if (j === index || b.note || b.frontMatter) return;
    const raw = textOf(plan, j);
    // Footnote labels match whatever their case; markers are matched as they are.
    const refers = (n: string) => (n.startsWith('[^') ? raw.includes('[^') && (plan.lower[j] ??= raw.toLowerCase()).includes(n) : raw.includes(n));
    if (needles.some(refers)) out.push(j);
  });
  return out;
}

const LIST_START = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * A block that may end in a paragraph all in bold ("**How quickly does it charge?**"), alone or
 * after other lines of the block (an indented code line, a quote marker): it ends in "**" or "__".
 */
const MAYBE_BOLD_END = /(?:\*\*|__)[ \t]*$/;

/**
 * The blocks right before a block that may introduce it, in document order: before a list item,
 * the block before its list ("Why commuters choose the Aero:") with the items of a loose list in
 * between (the intro applies to the whole list); before any other block, the one before it when it
 * may end in a paragraph all in bold (an FAQ question, context for the answer). Whether they do is
 * the Markdown reader's call, made on the rendered text ("**Why:**" ends in ":" too), so the block
 * is read with them rather than with a second copy of that rule. The first of them, or undefined.
 */
function leadFrom(plan: Plan, index: number): number | undefined {
  if (index === 0) return undefined;
  if (LIST_START.test(textOf(plan, index))) {
    // A loose list's items are blocks of their own: an item after another is led by that item's leads too.
    return LIST_START.test(textOf(plan, index - 1)) ? (plan.leadFrom[index - 1] ?? index - 1) : index - 1;
  }
  return MAYBE_BOLD_END.test(textOf(plan, index - 1)) ? index - 1 : undefined;
}

/** The blocks that may lead to a block (see leadFrom), in document order: they end right before it. */
function leadsOf(plan: Plan, index: number): number[] {
  const first = plan.leadFrom[index];
  return first === undefined ? [] : Array.from({ length: index - first }, (_, k) => first + k);
}

/**
 * The blocks a block is read with, itself included, in document order: the front matter, the
 * blocks holding its headings, the blocks that may lead to it, every note block and — for a
 * note — the blocks that may refer to it. Document order matters: a note stated twice counts where
 * it comes first, and an unclosed comment or fence swallows only what follows it.
 */
function contextOf(plan: Plan, index: number): number[] {
  const { blocks } = plan;
  const set = new Set<number>([index, ...plan.chains[index], ...plan.notes]);
  if (blocks[0]?.frontMatter) set.add(0);
  for (const j of leadsOf(plan, index)) set.add(j);
  if (blocks[index].note) for (const j of referrersOf(plan, index)) set.add(j);
  return [...set].sort((a, b) => a - b);
}

export class IncrementalLinter {
  private cache = new Map<string, BlockResult>();
  /**
   * Last placed (absolute) result per block. Reused as the same objects while the block keeps its
   * offset and line, so callers can cache what they derive from a finding (its Diagnostic).
   */
  private placed = new Map<string, { start: number; line: number; result: BlockResult }>();

  /** The page context last read, and the text of the headings' document it was read from. */
  private page: { source: string; page: PageContext } | undefined;

  constructor(private readonly lint: (file: SourceFile) => LintResult) {}

  /** Forget cached blocks (registry or settings changed). */
  reset(): void {
    this.cache.clear();
    this.placed.clear();
    this.page = undefined;
  }

  /**
   * The page context, as the whole document gives it: read by the engine from a document of the
   * blocks that hold headings (with the front matter and notes, which may change how they read), in
   * document order — the page context is read from headings only — and kept until one of them changes.
   */
  private pageOf(file: SourceFile, plan: Plan): PageContext {
    const { blocks } = plan;
    const parts = blocks.map((b, j) => (b.headings.length || b.note || b.frontMatter ? j : -1)).filter((j) => j >= 0);
    if (!parts.some((j) => blocks[j].headings.length)) return {};
    // As in chunkOf: a blank line first unless the first block begins the page.
    const source = (blocks[parts[0]].start === 0 ? '' : '\n') + parts.map((j) => textOf(plan, j)).join('\n\n') + '\n';
    if (this.page?.source !== source) this.page = { source, page: this.lint({ uri: file.uri, text: source }).page ?? {} };
    return this.page.page;
  }

  /** `full` forces one whole-document lint; `blocks` forces block-wise checking (tests compare the two). */
  run(file: SourceFile, options: { full?: boolean; blocks?: boolean } = {}): { result: LintResult; stats: IncrementalStats } {
    const { blocks, separable } = planBlocks(file.text);
    const plan = planOf(file.text, blocks);
    const page = this.pageOf(file, plan);
    const keys = this.keysOf(plan, page);
    const missing = keys.filter((k) => !this.cache.has(k)).length;
    const full = !options.blocks && (options.full || !separable || missing > Math.max(FULL_LINT_MIN_BLOCKS, blocks.length * FULL_LINT_SHARE));
    if (full) {
      this.placed.clear();
      const result = this.lint(file);
      // The whole document read its own page context; its results belong under that context's keys.
      if (separable) this.seed(file, blocks, (result.page?.product ?? '') === (page.product ?? '') ? keys : this.keysOf(plan, result.page ?? {}), result);
      return { result, stats: { mode: 'full', blocks: blocks.length, checked: blocks.length } };
    }
    const claims: ClaimRecord[] = [];
    const findings: Finding[] = [];
    let checked = 0;
    const placedNow = new Map<string, { start: number; line: number; result: BlockResult }>();
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const previous = this.placed.get(keys[i]);
      let placed: BlockResult;
      if (previous && previous.start === block.start && previous.line === block.line && this.cache.has(keys[i])) placed = previous.result;
      else {
        let relative = this.cache.get(keys[i]);
        if (!relative) {
          relative = this.checkBlock(file, plan, i, page);
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
    return { result: { uri: file.uri, findings, claims, page }, stats: { mode: 'blocks', blocks: blocks.length, checked } };
  }

  /**
   * The small document a block is read in — its context blocks in document order (see contextOf)
   * — and where the block starts in it. It begins with a blank line unless its first block begins
   * the page: a block's own `---` must not read as front matter.
   */
  private chunkOf(plan: Plan, index: number): { chunk: string; offset: number } {
    const context = contextOf(plan, index);
    let chunk = plan.blocks[context[0]].start === 0 ? '' : '\n';
    let offset = 0;
    const led = leadsOf(plan, index).length > 0;
    context.forEach((j, k) => {
      if (k > 0) chunk += '\n\n';
      if (j === index) {
        // Only the blocks that lead to it may stand right before it: the reader takes the paragraph
        // before a block as its introduction (a list's "…:", a bold FAQ question). Any other context block
        // (a heading's, a note, a block taken as a referrer to be safe) is set apart by a thematic
        // break, which ends that and nothing else.
        if (k > 0 && !led) chunk += '___\n\n';
        offset = chunk.length;
      }
      chunk += textOf(plan, j);
    });
    return { chunk: chunk + '\n', offset };
  }

  /** A key per block that determines its chunk (and so its result) exactly. */
  private keysOf(plan: Plan, page: PageContext): string[] {
    const { blocks, chains, notes, notesBefore } = plan;
    // Note blocks and front matter are part of every block's context. Context strings are interned
    // to short ids (exact, unlike a hash) so that keys stay short on long pages. Where a context
    // block stands among the notes is part of the key: the chunk keeps document order.
    const shared = this.intern(blocks.filter((b) => b.note || b.frontMatter).map((b) => plan.text.slice(b.start, b.end)).join('\u0000'));
    // The page context is part of every block's reading: when it changes, every block is read anew.
    const pageId = this.intern(`\u0003${page.product ?? ''}`);
    const placedTexts = (indices: number[]) => this.intern(indices.map((j) => `${notesBefore[j]}\u0002${textOf(plan, j)}`).join('\u0000'));
    // The texts of each block's leads, interned as a chain (an item's leads are the item before it
    // and that item's leads), so a long loose list costs linear, not quadratic, time per keystroke.
    const leadIds: number[] = [];
    return blocks.map((b, i) => {
      const from = plan.leadFrom[i];
      leadIds.push(from === undefined ? -1 : this.intern(`${from < i - 1 ? leadIds[i - 1] : -1}\u0002${textOf(plan, i - 1)}`));
      const referrers = b.note ? referrersOf(plan, i) : [];
      const first = Math.min(i, chains[i][0] ?? i, notes[0] ?? i, from ?? i, referrers[0] ?? i, blocks[0].frontMatter ? 0 : i);
      const top = first === 0 && blocks[0].start === 0 ? 1 : 0;
      const key = `${shared}\u0001${pageId}\u0001${notesBefore[i]}\u0001${top}\u0001${placedTexts(chains[i])}\u0001${leadIds[i]}\u0001${textOf(plan, i)}`;
      return b.note ? `${key}\u0001${placedTexts(referrers)}` : key;
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

  private checkBlock(file: SourceFile, plan: Plan, index: number, page: PageContext): BlockResult {
    const { chunk, offset } = this.chunkOf(plan, index);
    const block = plan.blocks[index];
    const length = block.end - block.start;
    // The block is read with the whole page's context, not with what its small document would give.
    const result = this.lint({ uri: file.uri, text: chunk, page });
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
