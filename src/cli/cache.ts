// Result cache for --cache: a file's report is reused when the file's content, its effective
// settings, the registry and the claimlint version are all unchanged (content hashes, not mtimes,
// so it is safe in CI where checkouts reset timestamps).
//
// File format (version 2), one line each, so a 10,000-page cache is never one object tree:
//   {"version":2,"tool":"<claimlint version>"}
//   <JSON string: absolute path> TAB <key> TAB <JSON: the report>
// The file is read as one buffer; only each line's path and key are decoded up front, and a report
// is parsed when it is used. New reports are written to the next cache file as they arrive.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { unreadableKind } from '../node/read-document.js';
import { FileSink } from './output.js';
import type { FileReport } from './report.js';

const FORMAT_VERSION = 2;
const TAB = 0x09;
const NEWLINE = 0x0a;

interface StoredEntry {
  key: string;
  /** Byte range of the report's JSON in the buffer read at start. */
  start: number;
  end: number;
}

export class ResultCache {
  private buffer: Buffer | undefined;
  private readonly stored = new Map<string, StoredEntry>();
  /** Files whose entry this run wrote to the next cache file. */
  private readonly written = new Set<string>();
  /** The next cache file, written as reports arrive and put in place by save(). */
  private next: FileSink | undefined;
  private dirty = false;
  hits = 0;

  constructor(private readonly file: string, private readonly toolVersion: string) {
    try {
      // Only a regular file holds a cache: /dev/zero would never end, a FIFO would block.
      if (!unreadableKind(file)) this.load(readFileSync(file));
    } catch {
      // no cache yet, or an unreadable one: start empty
      this.stored.clear();
      this.buffer = undefined;
    }
  }

  private load(buffer: Buffer): void {
    let lineEnd = buffer.indexOf(NEWLINE);
    if (lineEnd < 0) return;
    const header = JSON.parse(buffer.toString('utf8', 0, lineEnd)) as { version?: number; tool?: string };
    // A cache from another claimlint version may hold results the engine would no longer give.
    if (header.version !== FORMAT_VERSION || header.tool !== this.toolVersion) return;
    this.buffer = buffer;
    for (let start = lineEnd + 1; start < buffer.length; start = lineEnd + 1) {
      lineEnd = buffer.indexOf(NEWLINE, start);
      if (lineEnd < 0) lineEnd = buffer.length;
      // JSON text cannot hold a raw tab, so the first two tabs end the path and the key.
      const tab1 = buffer.indexOf(TAB, start);
      const tab2 = tab1 < 0 ? -1 : buffer.indexOf(TAB, tab1 + 1);
      if (tab2 < 0 || tab2 > lineEnd) continue; // a damaged line: that file is linted again
      const uri = JSON.parse(buffer.toString('utf8', start, tab1)) as string;
      this.stored.set(uri, { key: buffer.toString('latin1', tab1 + 1, tab2), start: tab2 + 1, end: lineEnd });
    }
  }

  static key(content: Uint8Array | string, settingsJson: string, registryHash: string, extra = ''): string {
    return createHash('sha256').update(content).update('\0').update(settingsJson).update('\0').update(registryHash).update('\0').update(extra).digest('hex');
  }

  has(uri: string, key: string): boolean {
    return this.stored.get(uri)?.key === key;
  }

  get(uri: string, key: string): FileReport | undefined {
    const entry = this.stored.get(uri);
    if (entry?.key !== key || !this.buffer) return undefined;
    let report: FileReport;
    try {
      report = JSON.parse(this.buffer.toString('utf8', entry.start, entry.end)) as FileReport;
    } catch {
      return undefined;
    }
    this.hits++;
    report.cached = true;
    return report;
  }

  /** Stores a report: serialised at once and written to the next cache file. */
  set(uri: string, key: string, report: FileReport): void {
    const { cached: _cached, output: _output, ...stored } = report;
    this.writeLine(`${JSON.stringify(uri)}\t${key}\t${JSON.stringify(stored)}\n`);
    this.written.add(uri);
    this.dirty = true;
  }

  private writeLine(line: string | Buffer): void {
    if (!this.next) {
      this.next = new FileSink(this.file, 'the cache file');
      this.next.write(`${JSON.stringify({ version: FORMAT_VERSION, tool: this.toolVersion })}\n`);
    }
    this.next.write(line);
  }

  /** Drops entries of deleted files so the cache does not grow forever. */
  pruneMissing(): void {
    for (const uri of this.stored.keys()) {
      if (!this.written.has(uri) && !existsSync(uri)) {
        this.stored.delete(uri);
        this.dirty = true;
      }
    }
  }

  /** Writes the next cache file: this run's entries, then the kept ones it did not replace. */
  save(): void {
    if (!this.dirty) {
      this.discard();
      return;
    }
    if (this.buffer) {
      for (const [uri, entry] of this.stored) {
        if (this.written.has(uri)) continue;
        this.writeLine(`${JSON.stringify(uri)}\t${entry.key}\t`);
        this.writeLine(Buffer.concat([this.buffer.subarray(entry.start, entry.end), Buffer.from('\n')]));
      }
    }
    if (!this.next) this.writeLine(''); // everything pruned: an empty cache file
    const next = this.next!;
    this.next = undefined;
    next.close();
  }

  /** Removes a next cache file that will not be used (nothing changed, or the run failed). */
  discard(): void {
    this.next?.abort();
    this.next = undefined;
  }
}
