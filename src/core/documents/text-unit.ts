import type { Finding, OffsetRange } from '../types.js';

/**
 * A stretch of copy as the reader sees it (formatting, entities and escapes resolved), with a
 * map back to the source so claims found in `text` are reported at their true source range.
 */
export interface TextUnit {
  /** Plain text of one block: a paragraph, heading, list item paragraph, table cell or YAML string. */
  text: string;
  /**
   * Pieces of `text` that map to the source one-to-one, in order: text[textStart + i] came from
   * source[sourceStart + i] for i < length. Characters of `text` not covered by a segment (e.g. a
   * decoded entity) map to the source range of the construct they came from via `spans`.
   */
  segments: Array<{ textStart: number; sourceStart: number; length: number }>;
  /** Constructs whose text length differs from their source length (entities, placeholders). */
  spans: Array<{ textStart: number; textEnd: number; source: OffsetRange }>;
  /** Kind of block, for the qualifying ladder and context rules. */
  block: 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'blockquote' | 'footnote' | 'yaml-value' | 'front-matter';
  /** Heading depth for headings. */
  depth?: number;
  /** Source range of the whole block the unit was read from (optional; added by the extractor). */
  range?: OffsetRange;
  /**
   * Context that gives the unit its subject and metric: the chain of headings above it, the
   * table's column header and row header for a cell, the key path for YAML values.
   */
  context: string[];
  /** A table cell's column header, whose closing words ("Answered within") apply to a figure that opens the cell. */
  column?: string;
  /**
   * A table cell's place: its column, and the texts of its row's cells and of the header row (shared by
   * every cell of the row / table), so a reader can tell our column from a rival's and see a row's ticks.
   */
  cell?: { column: number; row: string[]; headers: string[] };
  /** Footnote and asterisk markers in this unit: `marker` is '*', '†', '‡', '¹'.. or '^label'. */
  markers: Array<{ marker: string; offset: number }>;
  /** A table cell's column and row headers' markers ("Price*"): their notes qualify the cell as the header does. */
  headerMarkers?: string[];
  /**
   * A YAML value's piece of copy: its document and the top-level key it stands under. The values
   * of one piece (a campaign's creatives) are about one thing; another top-level key (another card) may not be.
   */
  piece?: string;
}

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason?: string;
  /** Source range of the directive comment. */
  range: OffsetRange;
  /** 1-based line the directive stands on. */
  line: number;
  /** Set when the directive could not be read; the message says why. */
  malformed?: string;
}

export interface ExtractedDocument {
  units: TextUnit[];
  /** Note texts by marker ('*', '†', '^1'): footnote definitions and asterisk notes. */
  notes: Map<string, string>;
  frontMatter?: Record<string, unknown>;
  /** Locale declared by the document (front matter `lang`/`locale`), if any. */
  locale?: string;
  directives: Directive[];
  /** Problems reading the document (e.g. malformed front matter); never thrown. */
  problems: Finding[];
}
