// Result cache for --cache: a file's report is reused when the file's content, its effective
// settings, the registry and the claimlint version are all unchanged (content hashes, not mtimes,
// so it is safe in CI where checkouts reset timestamps).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from './fix.js';
import type { FileReport } from './report.js';

interface CacheFile {
  version: 1;
  tool: string;
  entries: Record<string, { key: string; report: FileReport }>;
}

export class ResultCache {
  private entries: CacheFile['entries'] = {};
  private dirty = false;
  hits = 0;

  constructor(private readonly file: string, private readonly toolVersion: string) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      // A cache from another claimlint version may hold results the engine would no longer give.
      if (data.version === 1 && data.tool === toolVersion && data.entries) this.entries = data.entries;
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
  }

  static key(content: Uint8Array | string, settingsJson: string, registryHash: string, extra = ''): string {
    return createHash('sha256').update(content).update('\0').update(settingsJson).update('\0').update(registryHash).update('\0').update(extra).digest('hex');
  }

  get(uri: string, key: string): FileReport | undefined {
    const entry = this.entries[uri];
    if (entry?.key !== key) return undefined;
    this.hits++;
    return { ...entry.report, cached: true };
  }

  set(uri: string, key: string, report: FileReport): void {
    const { cached: _cached, output: _output, ...stored } = report;
    this.entries[uri] = { key, report: stored };
    this.dirty = true;
  }

  /** Drops entries of deleted files so the cache does not grow forever. */
  pruneMissing(): void {
    for (const uri of Object.keys(this.entries)) {
      if (!existsSync(uri)) {
        delete this.entries[uri];
        this.dirty = true;
      }
    }
  }

  save(): void {
    if (!this.dirty) return;
    const data: CacheFile = { version: 1, tool: this.toolVersion, entries: this.entries };
    writeFileAtomically(this.file, JSON.stringify(data));
  }
}
