// Shared vocabulary of the engine. Everything here is plain data so that the CLI, the language
// server, workers and the extension can pass it around (structured clone, JSON) unchanged.

/** Half-open range of UTF-16 code-unit offsets into a document's text: [start, end). */
export interface OffsetRange {
  start: number;
  end: number;
}

/** 1-based line and column (column counts UTF-16 code units), as people and CI tools read them. */
export interface LineColumn {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A file's text as handed to the engine by an adapter; the engine never reads files itself. */
export interface SourceFile {
  /** Whatever the adapter uses to name the file (a path, a URI); echoed back in findings. */
  uri: string;
  text: string;
  /**
   * What the whole document says about a part of it that the part alone cannot: set when the text is
   * a piece of a larger document read on its own (the language server re-checks Markdown block-wise),
   * so the piece is read as in the whole. Absent: read from the text itself.
   */
  page?: PageContext;
}

/** What a whole document tells every claim in it, beyond the context of the claim's own block. */
export interface PageContext {
  /**
   * The one product the page's headings (Markdown) or values (YAML) name, as the registry writes it
   * ("Volta EV"): the subject of copy that names none. Absent when they name none or several.
   */
  product?: string;
}

export type DocumentLanguage = 'markdown' | 'yaml';

// ---------------------------------------------------------------------------------------------
// Registry

/** Canonical units. Conversions live in core/quantities/units.ts. */
export type UnitId =
  // durations
  | 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'business-day' | 'business-hour' | 'week' | 'fortnight'
  // fuel economy (higher is better except l-per-100km)
  | 'mpg-us' | 'mpg-uk' | 'l-per-100km' | 'km-per-l' | 'mpge'
  // data rates
  | 'kbps' | 'mbps' | 'gbps' | 'mbyte-per-s'
  // data sizes
  | 'mb' | 'gb' | 'tb'
  // ratios and counts
  | 'percent' | 'count'
  // distances
  | 'mile' | 'km'
  // a vehicle's or product's physical specifications: mass, volume, power, energy, torque
  | 'lb' | 'kg' | 'litre' | 'cubic-foot' | 'hp' | 'ps' | 'kw' | 'kwh' | 'lb-ft' | 'nm'
  // money: ISO 4217 codes are used directly as units, e.g. 'USD'
  | `currency:${string}`;

/** What a figure measures; decides which units are comparable and which direction is "better". */
export type Dimension =
  | 'duration' | 'fuel-economy' | 'data-rate' | 'data-size' | 'ratio' | 'count' | 'distance' | 'money'
  | 'mass' | 'volume' | 'power' | 'energy' | 'torque';

/** A bound with the share of cases meeting it, e.g. "delivered within 1 day: 0.86". */
export interface ShareAtBound {
  /** The bound in the entry's unit. */
  bound: number;
  /** Share of cases meeting it, 0..1. */
  share: number;
}

/** Measured distribution of an outcome, in the entry's unit. */
export interface Distribution {
  mean?: number;
  median?: number;
  /** Percentiles by rank, e.g. { 90: 6, 95: 9 } for p90 and p95. */
  percentiles?: Record<number, number>;
  min?: number;
  max?: number;
  /** Share of cases at or below each bound (for lower-is-better measures such as response time). */
  within?: ShareAtBound[];
  /** Share of cases at or above each bound (for higher-is-better measures such as speed). */
  reaching?: ShareAtBound[];
  /** A single measured value (uptime ratio, survey share, current count). */
  value?: number;
}

/** An official rating kept apart from field measurement (EPA estimate, WLTP figure). */
export interface OfficialRating {
  value: number;
  standard: string;
  /** The words copy must use when it quotes the rating, e.g. ["EPA", "estimated"]. */
  label: string[];
}

export interface WeeklySchedule {
  /** opening_hours-style text, e.g. "Mo-Fr 08:00-18:00; Sa 10:00-14:00" or "24/7". */
  hours: string;
  timezone?: string;
  /** Open intervals per weekday 0=Mo..6=Su in minutes from midnight, derived from `hours`. */
  week: Array<Array<[number, number]>>;
}

export interface Coverage {
  /** Regions served, as named in the registry. */
  regions: string[];
  /** Name of the whole the regions are part of ("US states"), if the copy may claim all of it. */
  universe?: string;
  /** How many regions make up the whole (50 for US states). */
  universeSize?: number;
}

export interface PricePoint {
  amount: number;
  currency: string;
  /** 'month' | 'year' | 'once' | ... */
  per?: string;
  plan?: string;
}

export interface Comparison {
  /** Rank among `among` on this measure (1 = best). */
  rank?: number;
  /** Our figure divided by the best competitor's, oriented so >1 means better. */
  ratio?: number;
  among?: string;
}

export interface Qualifier {
  /** Wording to add when it is missing, e.g. "EPA-estimated". */
  text: string;
  /** Any of these words in the claim's sentence or linked footnote satisfies the qualifier. */
  match: string[];
}

export interface Provenance {
  source: string;
  asOf?: string;
  expires?: string;
  /** Maximum age in days before the evidence counts as stale. */
  maxAgeDays?: number;
  sampleSize?: number;
}

export interface RegistryEntry {
  id: string;
  title: string;
  owner?: string;
  /** Names of what the figure is about ("Aero 1.5", "help desk"). Empty: company-wide. */
  subjects: string[];
  /** Metric words copy uses for it ("mpg", "fuel economy", "reply", "response"). */
  terms: string[];
  dimension?: Dimension;
  unit?: UnitId;
  /** Is a higher figure better for the customer? Derived from the dimension unless stated. */
  higherIsBetter: boolean;
  evidence?: Distribution;
  rating?: OfficialRating;
  /** How bare figures are read for this entry: against the typical value or the official rating. */
  reading?: 'typical' | 'rating';
  schedule?: WeeklySchedule;
  coverage?: Coverage;
  prices?: PricePoint[];
  comparison?: Comparison;
  /** Whether the capability is offered at all (feature flags, channels). */
  offered?: boolean;
  /** Absolute words the evidence substantiates ("always", "unlimited"), checked explicitly. */
  substantiates?: string[];
  /** A remedy promise backing a "guaranteed" claim. */
  guarantee?: string;
  /** A usage limit ("fair use 600 GB") that an "unlimited" claim must disclose. */
  limit?: string;
  scope: Record<string, string>;
  /** When several entries fit a claim equally, the preferred one wins (e.g. combined mpg). */
  preferred?: boolean;
  provenance: Provenance;
  qualifiers: Qualifier[];
  approvedWording?: string[];
  /** Where the entry is defined, for go-to-definition and related information. */
  location: { uri: string; range: OffsetRange };
}

export interface Registry {
  entries: RegistryEntry[];
  byId: Map<string, RegistryEntry>;
  files: string[];
}

// ---------------------------------------------------------------------------------------------
// Claims

export type ClaimKind =
  | 'figure' // bare figure: "gets 45 mpg"
  | 'bound' // bound on a duration or measure: "within 1 hour", "next-day", "under 2 minutes"
  | 'up-to' // "up to 900 Mbps"
  | 'average' // "average response 4 min"
  | 'count' // "over 500 locations", "500+ stores"
  | 'percentage' // "99.99% uptime", "9 out of 10 customers"
  | 'schedule' // "24/7", "open 7 days", "weekend support"
  | 'coverage' // "nationwide", "all 50 states", "in 30 countries"
  | 'absolute' // "always", "never late", "guaranteed", "unlimited"
  | 'superlative' // "fastest", "#1"
  | 'comparative' // "2x faster than"
  | 'price'; // "from $9/mo"

/**
 * Quantity.approx of a figure with an approximation written onto it: "40-odd" is 40 up to the next
 * round step (the judge holds a lower-is-better measure to that end), "40-ish" is about 40.
 */
export const APPROX_SUFFIX = { odd: '-odd', ish: '-ish' } as const;
/** The suffix as written right after the figure; group 1 is its APPROX_SUFFIX key. */
export const APPROX_SUFFIX_WRITTEN = /^-(odd|ish)\b/i;

export const CLAIM_KINDS: ClaimKind[] = [
  'figure', 'bound', 'up-to', 'average', 'count', 'percentage', 'schedule', 'coverage',
  'absolute', 'superlative', 'comparative', 'price',
];

export type Comparator = '=' | '<=' | '<' | '>=' | '>' | 'range';

export interface Quantity {
  value: number;
  /** Upper end of a range ("3–5 days"). */
  high?: number;
  unit: UnitId;
  /** Decimal places written in the copy: decides rounding tolerance and how fixes are written. */
  decimals: number;
  /** Approximation word: "about", "nearly", "over", ...; or a suffix on the figure (APPROX_SUFFIX). */
  approx?: string;
  /** Was the number written in words ("one hour")? Fixes keep the style. */
  words?: boolean;
  /** A price's billing period as the copy writes it ("/mo", "monthly", "pro Monat"): month, year, week, day, user, seat. */
  per?: string;
}

export type Verdict = 'contradicted' | 'unsubstantiated' | 'stale' | 'needs-qualifier' | 'supported';

export interface Claim {
  kind: ClaimKind;
  /** Source range of the claim's words in the document. */
  range: OffsetRange;
  /** Source range of the figure alone, where a fix replaces it. */
  figureRange?: OffsetRange;
  /** The claim's words as the reader sees them (formatting removed). */
  text: string;
  /** The sentence the claim stands in, as plain text. */
  sentence: string;
  /** The paragraph (or YAML value) the claim stands in: a qualifier anywhere in it is near the claim. */
  paragraph?: string;
  /** For a table cell: the row's first cell, which names the row's subject. */
  tableRow?: string;
  /** Where the claim's text starts within `sentence` (the same words may occur twice). */
  offsetInSentence?: number;
  quantity?: Quantity;
  comparator: Comparator;
  /** Hedge or modality word that changes the reading ("most", "usually"). */
  hedge?: string;
  negated?: boolean;
  /** "order by 2pm", "on orders over $50" */
  condition?: string;
  /** Keyword that made it a claim ("24/7", "nationwide", "fastest", "always"). */
  keyword?: string;
  /** Qualifier text linked through footnotes or asterisks. */
  qualifiers: string[];
  /** Headings, table headers, front-matter subject: context for linking. */
  context: string[];
  /** For share claims ("95% of orders arrive next day"): the bound the share is about. */
  bound?: Quantity;
  /** For schedule claims: what the copy promises about opening hours. */
  schedule?: ScheduleClaim;
  /** For coverage claims: the whole ("nationwide", "all 50 states") or a count of regions. */
  coverage?: { all: boolean; count?: number; noun?: string };
  /** For comparatives: the claimed ratio ("2x faster" → 2), if stated. */
  ratio?: number;
}

export interface ScheduleClaim {
  /** "24/7", "around the clock" */
  always?: boolean;
  /** Weekdays promised open, 0=Mo..6=Su. */
  days?: number[];
  /** Minutes from midnight the copy says it opens / closes. */
  opens?: number;
  closes?: number;
  /** "six days a week": the number of days open. */
  dayCount?: number;
  /** Several promises in one phrase ("Mon–Fri 8am–8pm, Sat 9am–5pm"); all must hold. */
  parts?: ScheduleClaim[];
}

export interface Evidence {
  entryId: string;
  /** Plain-language statement of what was measured, e.g. "90% of tickets answered within 6 h". */
  summary: string;
  statistic?: string;
  value?: number;
  unit?: UnitId;
  source: string;
  asOf?: string;
}

export interface TextEdit {
  /** The file to edit; the document itself unless a fix writes to the registry. */
  uri: string;
  range: OffsetRange;
  newText: string;
}

export type FixKind = 'replace-figure' | 'add-qualifier' | 'suppress';

export interface Fix {
  kind: FixKind;
  title: string;
  edits: TextEdit[];
  /** Safe fixes may be applied unattended (fix-all, --fix). */
  safe: boolean;
}

export type RuleId =
  | 'claim/contradicted'
  | 'claim/unsubstantiated'
  | 'claim/stale'
  | 'claim/needs-qualifier'
  | 'claim/supported'
  | 'registry/syntax'
  | 'registry/schema'
  | 'registry/unknown-unit'
  | 'registry/duplicate-id'
  | 'registry/missing-evidence'
  | 'registry/contradictory-evidence'
  | 'registry/expired'
  | 'config/invalid'
  | 'document/parse'
  | 'document/limit'
  | 'directive/unused'
  | 'directive/malformed'
  | 'directive/missing-reason';

export interface RelatedLocation {
  uri: string;
  range: OffsetRange;
  message: string;
}

/** One reported problem or (if enabled) supported claim. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  uri: string;
  range: OffsetRange;
  message: string;
  /** Link to the rule's documentation page. */
  docsUrl: string;
  verdict?: Verdict;
  claim?: Claim;
  evidence?: Evidence;
  entryId?: string;
  fixes: Fix[];
  related: RelatedLocation[];
}

// ---------------------------------------------------------------------------------------------
// Settings

export type Jurisdiction = 'US' | 'UK';

export interface ReadingThresholds {
  /** Share of cases that must meet a duration bound ("within 1 hour"). */
  boundShare: number;
  /** Share that must reach an "up to" figure. */
  upToShare: number;
  /** Share meant by "most". */
  mostShare: number;
  /** Relative tolerance added to the rounding of the copy's figure. */
  tolerance: number;
  /** Tolerance for "about", "around", "roughly". */
  approxTolerance: number;
}

export interface Settings {
  jurisdiction: Jurisdiction;
  thresholds: ReadingThresholds;
  severities: Partial<Record<RuleId, SeveritySetting>>;
  /** Report supported claims as info findings (hovers and reports always get them). */
  reportSupported: boolean;
  /** Today's date (YYYY-MM-DD) for staleness; adapters pass the clock in. */
  today: string;
  /** Locale for number formats when the document does not say ("en", "de", "fr"). */
  locale: string;
  yaml: {
    /** Keys whose string values are never copy. */
    ignoreKeys: string[];
    /** If set, only these keys hold copy. */
    copyKeys?: string[];
  };
  /** Suppression directives must give a reason after "--". */
  requireSuppressionReason: boolean;
  /** Base URL of the rule documentation. */
  docsBaseUrl: string;
}

/** What linting one document yields. */
export interface LintResult {
  uri: string;
  /** Findings to report, after suppression and severity settings. */
  findings: Finding[];
  /** Every claim found, with its verdict, supported ones included (for hovers and reports). */
  claims: Array<{ claim: Claim; verdict: Verdict; entryId?: string; evidence?: Evidence; finding?: Finding }>;
  /** The page context the document was read with (see SourceFile.page). */
  page?: PageContext;
}
