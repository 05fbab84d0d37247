// Reads one copy file from disk for the engine: size limit, binary and invalid UTF-8 detection.
// Problems come back as positioned findings; nothing here throws.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { DOCS_BASE_URL, makeFinding, type Finding, type SourceFile } from '../core/index.js';

export interface ReadResult {
  /** The file's text; absent when the file was skipped. */
  file?: SourceFile;
  findings: Finding[];
  /** The raw bytes' length, for progress and benchmarks. */
  bytes: number;
  /** The file starts with a UTF-8 byte order mark (dropped from the text; --fix writes it back). */
  bom?: boolean;
  /** For a file skipped as invalid UTF-8: its text decoded with replacement characters, so reports can give the bad byte's line and column. */
  lossyText?: string;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes that should be UTF-8 text; a problem message says where they are not. */
export function decodeText(bytes: Uint8Array): { text?: string; problem?: string; problemOffset?: number } {
  // A NUL byte in the first 8 KB is how git and grep tell binary files apart.
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) return { problem: `binary content (NUL byte at byte ${nul}); not a text file`, problemOffset: 0 };
  try {
    return { text: fatalUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    // Report at the UTF-16 offset of the valid text before the bad byte, so line/column point at it.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    return { problem: `invalid UTF-8 at byte ${at}; save the file as UTF-8`, problemOffset: before.length };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/** What a path that is not a regular file is, in words ("a named pipe (FIFO)"). */
function kindOf(stat: Stats): string {
  return stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe (FIFO)' : stat.isSocket() ? 'a socket' : 'a device or special file';
}

/**
 * Why a file must not be read: undefined for a regular file or a missing one (the reader reports
 * that), else what it is. A device such as /dev/zero never ends; a FIFO blocks until a writer
 * comes, so it passes only where the user named it (`-c <(…)` is a pipe).
 */
export function unreadableKind(path: string, options: { pipeAllowed?: boolean } = {}): string | undefined {
  let stat: Stats | undefined;
  try {
    stat = statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // the reader reports why it cannot be read
  }
  if (!stat || stat.isFile() || (options.pipeAllowed && stat.isFIFO())) return undefined;
  return kindOf(stat);
}

export function readSourceFile(path: string, maxFileSize: number): ReadResult {
  let size: number;
  try {
    const stat = statSync(path);
    // Reading a FIFO or a device blocks or never ends; a folder cannot be read as text.
    if (!stat.isFile()) {
      const kind = kindOf(stat);
      return { findings: [makeFinding('document/parse', path, { start: 0, end: 0 }, `Skipped: cannot read the file (it is ${kind}, not a regular file).`, { docsBaseUrl: DOCS_BASE_URL }, 'warning')], bytes: 0 };
    }
    size = stat.size;
  } catch (error) {
    return { findings: [unreadable(path, error)], bytes: 0 };
  }
  if (size > maxFileSize) {
    const finding = makeFinding('document/limit', path, { start: 0, end: 0 },
      `Skipped: ${formatBytes(size)} is over the ${formatBytes(maxFileSize)} size limit (maxFileSize in the config).`, { docsBaseUrl: DOCS_BASE_URL });
    return { findings: [finding], bytes: size };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { findings: [unreadable(path, error)], bytes: 0 };
  }
  return sourceFromBytes(path, bytes);
}

/** A file's bytes (from disk or standard input) as text, with the same binary, UTF-8 and BOM handling. */
export function sourceFromBytes(path: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeText(bytes);
  if (decoded.text === undefined) {
    const offset = decoded.problemOffset ?? 0;
    const findings = [makeFinding('document/parse', path, { start: offset, end: offset }, `Skipped: ${decoded.problem}.`, { docsBaseUrl: DOCS_BASE_URL })];
    return { findings, bytes: bytes.length, ...(offset > 0 ? { lossyText: new TextDecoder('utf-8').decode(bytes) } : {}) };
  }
  const result: ReadResult = { file: { uri: path, text: decoded.text }, findings: [], bytes: bytes.length };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) result.bom = true;
  return result;
}

function unreadable(path: string, error: unknown): Finding {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return makeFinding('document/parse', path, { start: 0, end: 0 }, `Skipped: cannot read the file (${code}).`, { docsBaseUrl: DOCS_BASE_URL }, 'warning');
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
