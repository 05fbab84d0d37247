// lintDocument: the one pipeline every adapter runs — extract text, find claims, link, judge,
// build findings with evidence and fixes, apply suppression and severities.
import type { Claim, ClaimKind, DocumentLanguage, Finding, LintResult, PageContext, Registry, RuleId, Settings, SourceFile, Verdict } from './types.js';
import { extractDocument } from './documents/extract.js';
import { toSourceRange } from './documents/source-map.js';
import { LineIndex } from './documents/line-index.js';
import type { ExtractedDocument, TextUnit } from './documents/text-unit.js';
import { findClaims, type FoundClaim } from './claims/find.js';
import { quotable } from './claims/quote.js';
import { indexRegistry, linkClaim, LinkMemo } from './linking/link.js';
import { rowUnderOurs, tableSides } from './linking/comparison-table.js';
import { pageProductOf } from './linking/page-product.js';
import { judge, type Judgement } from './verdicts/judge.js';
import { makeFinding, severityOf } from './settings.js';
import { entryLocation } from './registry/entry-location.js';
import { applyDirectives } from './suppression.js';
import { figureFix, qualifierFix, suppressFix } from './fixes.js';

const VERDICT_RULE: Record<Verdict, RuleId> = {
  contradicted: 'claim/contradicted',
  unsubstantiated: 'claim/unsubstantiated',
  stale: 'claim/stale',
  'needs-qualifier': 'claim/needs-qualifier',
  supported: 'claim/supported',
};

const KIND_LABEL: Record<ClaimKind, string> = {
  figure: 'figure', bound: 'time-bound', 'up-to': '“up to”', average: 'average', count: 'count', percentage: 'percentage',
  schedule: 'schedule', coverage: 'coverage', absolute: 'absolute', superlative: 'superlative', comparative: 'comparative', price: 'price',
};

const SUBJECT_KEYS = ['subject', 'product', 'model', 'brand', 'service', 'plan', 'title', 'name', 'vehicle', 'market', 'region'];

export function lintDocument(file: SourceFile, language: DocumentLanguage, registry: Registry, settings: Settings): LintResult {
  const doc = extractDocument(file, language, { yaml: settings.yaml });
  const locale = doc.locale ?? settings.locale;
  const index = indexRegistry(registry);
  const memo = new LinkMemo();
  const lines = new LineIndex(file.text);
  const documentSubject = subjectsOf(doc);
  const page = file.page ?? pageContextOf(doc, index);
  const pieceProducts = piecesProducts(doc, index);
  const claims: LintResult['claims'] = [];
  const findings: Finding[] = [...doc.problems];

  const imperial = settings.jurisdiction === 'UK' || /^en-(?:gb|ie)\b/i.test(locale);
  // The market the copy speaks to: its language where that names one, else the jurisdiction profile.
  const market = /^(?:de|fr|es|it|nl|pt)\b/i.test(locale) ? 'EU' : /^en-(?:gb|ie)\b/i.test(locale) ? 'UK' : settings.jurisdiction;
  const nounsCapitalised = /^de\b/i.test(locale);
  const referrers = noteReferrers(doc);
  const siblings = yamlSiblings(doc);
  for (const unit of doc.units) {
    // A comparison table against named rivals: a rival's column holds their figures, not ours, and a
    // row label is ours only if our column does not cross it out; our ticking column names its subject.
    let tickedBy: string[] = [];
    if (unit.cell) {
      const sides = tableSides(unit.cell.headers, index);
      if (sides.rivals.has(unit.cell.column)) continue;
      if (unit.cell.column === 0 && sides.ours.length) {
        const under = rowUnderOurs(unit.cell.row, unit.cell.headers, sides);
        if (under.denied) continue;
        tickedBy = under.tickedBy;
      }
    }
    const header = unit.block === 'table-cell' ? unit.context.slice(0, 2).join(' \u2029 ') : undefined;
    for (const found of findClaims(unit.text, { locale, countNouns: index.countNouns, ownWords: index.knownWords, ...(header ? { header } : {}), ...(unit.column ? { column: unit.column } : {}) })) {
      const claim = toClaim(unit, found, doc, header);
      if (tickedBy.length) claim.context = [...tickedBy, ...claim.context];
      // A footnote or asterisk note reads with the sentence that points to it.
      const referrer = referrers.get(unit);
      if (referrer) claim.context = [...claim.context, referrer];
      // In British copy a bare "mpg" means imperial gallons.
      if (imperial && claim.quantity?.unit === 'mpg-us' && !/\bUS\b/.test(claim.text)) claim.quantity.unit = 'mpg-uk';
      const sibling = siblings.get(unit);
      const pageProduct = unit.piece !== undefined ? pieceProducts.get(unit.piece) : page.product;
      // One shape for every claim's input (absent parts undefined): conditional spreads made four
      // hidden classes, and linkClaim's optimised code was thrown away when a new one came.
      const link = linkClaim({ claim, documentSubject, paragraph: unit.text, market, nounsCapitalised, today: settings.today, siblings: sibling, pageProduct }, index, memo);
      const j: Judgement = link.entry
        ? judge(claim, link.entry, settings, link.complement)
        : { verdict: 'unsubstantiated', reason: link.reason };
      const finding = buildFinding(file, language, lines, registry, settings, claim, j, locale);
      const reported: LintResult['claims'][number] = { claim, verdict: j.verdict };
      if (link.entry) reported.entryId = link.entry.id;
      if (j.evidence) reported.evidence = j.evidence;
      if (finding) reported.finding = finding;
      claims.push(reported);
      if (finding && severityOf(finding.ruleId, settings) !== 'off') findings.push(finding);
    }
  }
  const reported = applyDirectives(findings, doc.directives, lines, file.uri, settings);
  reported.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { uri: file.uri, findings: reported, claims, page };
}

/**
 * What the whole page tells each claim: the one product its headings name. Headings only: they are
 * what a reader takes a page's subject from, and block-wise checking can find them all cheaply.
 */
function pageContextOf(doc: ExtractedDocument, index: ReturnType<typeof indexRegistry>): PageContext {
  const texts = doc.units.filter((u) => u.block === 'heading').map((u) => u.text);
  const product = texts.length ? pageProductOf(texts, index) : undefined;
  return product ? { product } : {};
}

/**
 * For each piece of YAML copy (the values under one top-level key: a campaign), the one product its
 * values name: a creative that names the car makes it the subject of another that gives only its figures.
 */
function piecesProducts(doc: ExtractedDocument, index: ReturnType<typeof indexRegistry>): Map<string, string> {
  const pieces = new Map<string, string[]>();
  for (const unit of doc.units) {
    if (unit.piece === undefined) continue;
    const texts = pieces.get(unit.piece);
    if (texts) texts.push(unit.text);
    else pieces.set(unit.piece, [unit.text]);
  }
  const out = new Map<string, string>();
  for (const [piece, texts] of pieces) {
    const product = pageProductOf(texts, index);
    if (product) out.set(piece, product);
  }
  return out;
}

/** An ad or card is a few short values side by side; more than this is a list, not one piece of copy. */
const MAX_SIBLINGS = 8;

/**
 * For each YAML value, the other values of the map it stands in, joined (a headline's subhead, a
 * billboard's other line): they name the subject of the one piece of copy they make together.
 */
function yamlSiblings(doc: ExtractedDocument): Map<TextUnit, string> {
  const groups = new Map<string, TextUnit[]>();
  for (const unit of doc.units) {
    if (unit.block !== 'yaml-value') continue;
    const parent = unit.context.slice(1).join('\u0000');
    const group = groups.get(parent);
    if (group) group.push(unit);
    else groups.set(parent, [unit]);
  }
  const out = new Map<TextUnit, string>();
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > MAX_SIBLINGS) continue;
    for (const unit of group) out.set(unit, group.filter((u) => u !== unit).map((u) => u.text).join(' \u2029 '));
  }
  return out;
}

/** For each note unit (footnote definition, "* …" paragraph), the text of the units that reference it. */
function noteReferrers(doc: ExtractedDocument): Map<TextUnit, string> {
  const out = new Map<TextUnit, string>();
  for (const unit of doc.units) {
    const lead = /^\s*([*†‡§¹²³])/.exec(unit.text)?.[1];
    const marker = unit.block === 'footnote' ? [...doc.notes].find(([, text]) => text === unit.text)?.[0] : lead;
    if (!marker) continue;
    const refs = doc.units.filter((u) => u !== unit && u.markers.some((m) => m.marker === marker)).map((u) => u.text);
    if (refs.length) out.set(unit, refs.join(' \u2029 '));
  }
  return out;
}

function subjectsOf(doc: ExtractedDocument): string[] {
  const fm = doc.frontMatter ?? {};
  return SUBJECT_KEYS.map((k) => fm[k]).filter((v): v is string => typeof v === 'string');
}

function toClaim(unit: TextUnit, f: FoundClaim, doc: ExtractedDocument, header?: string): Claim {
  const text = unit.text.slice(f.start, f.end);
  // A table cell reads with its headers: "| Price with autopay |" qualifies "$50/mo".
  const sentence = unit.text.slice(f.sentenceStart, f.sentenceEnd) + (header ? ` \u2029 ${header}` : '');
  // Footnote and asterisk markers after the claim in its sentence link it to their notes.
  // A note marked on the cell's column or row header ("Price*") qualifies the cell as the header does.
  const qualifiers = [...unit.markers.filter((m) => m.offset >= f.start && m.offset <= f.sentenceEnd + 1).map((m) => m.marker), ...(unit.headerMarkers ?? [])]
    .map((marker) => doc.notes.get(marker))
    .filter((n): n is string => !!n);
  const claim: Claim = {
    kind: f.kind,
    range: toSourceRange(unit, f.start, f.end),
    text,
    sentence,
    offsetInSentence: f.start - f.sentenceStart,
    comparator: f.comparator,
    qualifiers,
    context: unit.context,
  };
  if (unit.block === 'table-cell' && unit.context[1]) claim.tableRow = unit.context[1];
  if (unit.text.length <= 2000) claim.paragraph = unit.text;
  if (f.figureStart !== undefined && f.figureEnd !== undefined) claim.figureRange = toSourceRange(unit, f.figureStart, f.figureEnd);
  if (f.quantity) claim.quantity = f.quantity;
  if (f.hedge) claim.hedge = f.hedge;
  if (f.condition) claim.condition = f.condition;
  if (f.keyword) claim.keyword = f.keyword;
  if (f.bound) claim.bound = f.bound;
  if (f.schedule) claim.schedule = f.schedule;
  if (f.coverage) claim.coverage = f.coverage;
  if (f.ratio !== undefined) claim.ratio = f.ratio;
  return claim;
}

function buildFinding(
  file: SourceFile,
  language: DocumentLanguage,
  lines: LineIndex,
  registry: Registry,
  settings: Settings,
  claim: Claim,
  j: Judgement,
  locale: string,
): Finding | undefined {
  const rule = VERDICT_RULE[j.verdict];
  const severity = severityOf(rule, settings);
  const finding = makeFinding(rule, file.uri, claim.range, message(claim, j), settings, severity === 'off' ? 'info' : severity);
  finding.verdict = j.verdict;
  finding.claim = claim;
  if (j.evidence) {
    finding.evidence = j.evidence;
    finding.entryId = j.evidence.entryId;
    const entry = registry.byId.get(j.evidence.entryId);
    if (entry) finding.related.push(entryLocation(entry));
  }
  if (j.verdict === 'contradicted' && j.suggestion) {
    const fix = figureFix(file.uri, file.text, claim, j.suggestion, locale);
    if (fix) finding.fixes.push(fix);
  }
  const qualifier = j.verdict === 'needs-qualifier' && j.missingQualifier ? qualifierFix(file.uri, file.text, claim, j.missingQualifier, language) : undefined;
  if (qualifier) finding.fixes.push(qualifier);
  if (j.verdict !== 'supported') {
    const suppress = suppressFix(file.uri, file.text, language, lines, claim, rule);
    if (suppress) finding.fixes.push(suppress);
  }
  return finding;
}

function message(claim: Claim, j: Judgement): string {
  const c = `“${quotable(claim.text)}”`;
  const src = j.evidence ? ` (${j.evidence.entryId}: ${j.evidence.source}${j.evidence.asOf ? `, ${j.evidence.asOf}` : ''})` : '';
  switch (j.verdict) {
    case 'contradicted':
      return `${c} is not kept: ${j.reason}${src}.`;
    case 'unsubstantiated':
      return `${c} is a checkable ${KIND_LABEL[claim.kind]} claim with no evidence behind it: ${j.reason}.`;
    case 'stale':
      return `${c} rests on stale evidence: ${j.reason}${src}.`;
    case 'needs-qualifier':
      return `${c} ${j.reason}${src}.`;
    case 'supported':
      return `${c} is supported: ${j.reason}${src}.`;
  }
}
