// Where reporters write. Output goes out chunk by chunk while files are reported, so a 10,000-page
// run never holds its whole report text in memory; parts that must come after a summary known only
// at the end wait in a Spool (memory while small, a temporary file beyond that).
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * A report, baseline or cache file claimlint was asked to write and could not: a usage problem
 * (exit 2) told in one line, not an internal error with a stack trace.
 */
export class CannotWriteError extends Error {
  constructor(what: string, file: string, cause: unknown) {
    super(`cannot write ${what} ${file}: ${writeFailure(cause)}`);
  }
}

/** Why a write failed, in words: Node's own message names the temporary file, not the target. */
function writeFailure(cause: unknown): string {
  const error = cause as NodeJS.ErrnoException;
  switch (error?.code) {
    case 'ENOENT': return 'its folder does not exist and cannot be created there';
    case 'ENOTDIR': return 'a part of its path is a file, not a folder';
    case 'EISDIR': return 'it is a folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EROFS': return 'the file system is read-only';
    case 'ENOSPC': return 'no space left on the device';
    default: return error instanceof Error ? error.message : String(cause);
  }
}

export interface Sink {
  write(chunk: string | Uint8Array): void;
}

/** A sink that collects everything into one string (batch reporters, tests). */
export class StringSink implements Sink {
  private readonly chunks: string[] = [];
  // Streaming decode: a spool copies bytes in fixed-size pieces that may split a character.
  private readonly decoder = new TextDecoder();
  write(chunk: string | Uint8Array): void {
    this.chunks.push(typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }));
  }
  toString(): string {
    return this.chunks.join('');
  }
}

/**
 * `mkdir -p` that always ends. Node 20's own recursive mkdir spins forever where a parent exists but
 * cannot hold folders (a path under /proc): this creates each missing folder once, top down, and
 * lets the first failure through.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); !isDirectory(current); current = path.dirname(current)) {
    missing.push(current);
    if (path.dirname(current) === current) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * A new temporary file name beside `file`, for writing it whole and renaming it into place: hidden,
 * random, and recognisably claimlint's if a crash leaves it behind.
 */
function tempPathBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.claimlint-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Is `file` something other than a regular file or a folder: a device such as /dev/null or
 * /dev/stdout, or a pipe? Such a target is written directly: renaming a new file over it would
 * replace the device itself (as root) with a plain file.
 */
function isSpecialFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false; // does not exist yet
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes all of `data` to a device or pipe, which may take part of it (a non-blocking pipe whose
 * reader is slow, as standard output is once Node has set it up) or none for now (EAGAIN).
 */
function writeFully(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.length;) {
    try {
      done += writeSync(fd, data, done, data.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(PAUSE, 0, 0, 5); // the reader has not caught up: wait a moment without spinning
    }
  }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Paths that name this process's own standard output and error. */
const STANDARD_STREAMS: Record<string, number> = { '/dev/stdout': 1, '/dev/fd/1': 1, '/proc/self/fd/1': 1, '/dev/stderr': 2, '/dev/fd/2': 2, '/proc/self/fd/2': 2 };

/**
 * Writes to a temporary file beside the target and renames it over the target at close, so the
 * report file appears complete or not at all (as when it was written in one piece).
 */
export class FileSink implements Sink {
  /** undefined: the target is written directly (a device or pipe such as /dev/stdout). */
  private temp: string | undefined;
  private fd: number | undefined;
  private readerGone = false;
  private ownsFd = true;

  /** `what` and `shownAs` name the file in error messages ("the report", the path as given). */
  constructor(private readonly target: string, private readonly what = 'the report', private readonly shownAs = target) {
    try {
      this.fd = this.open();
    } catch (error) {
      throw new CannotWriteError(what, shownAs, error);
    }
  }

  private open(): number {
    // Written to the descriptor itself: where it is a socket (a child of Node, say), opening
    // /dev/stdout fails with ENXIO.
    const standard = STANDARD_STREAMS[path.resolve(this.target)];
    if (standard !== undefined) {
      this.ownsFd = false;
      return standard;
    }
    if (isSpecialFile(this.target)) return openSync(this.target, 'w');
    makeDirectories(path.dirname(this.target));
    this.temp = tempPathBeside(this.target);
    return openSync(this.temp, 'w');
  }

  write(chunk: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.target} is already closed`);
    if (this.readerGone) return;
    try {
      if (this.temp !== undefined) {
        if (typeof chunk === 'string') writeSync(this.fd, chunk, null, 'utf8');
        else writeSync(this.fd, chunk);
      } else writeFully(this.fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    } catch (error) {
      // A pipe whose reader stopped (-f json=/dev/stdout | head): the rest is dropped, as on stdout.
      if (this.temp === undefined && (error as NodeJS.ErrnoException).code === 'EPIPE') this.readerGone = true;
      else throw new CannotWriteError(this.what, this.shownAs, error); // a full disk, say
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    if (this.ownsFd) closeSync(this.fd);
    this.fd = undefined;
    if (this.temp === undefined) return;
    try {
      chmodSync(this.temp, statSync(this.target).mode & 0o7777);
    } catch {
      // a new file: keep the default mode
    }
    try {
      renameSync(this.temp, this.target);
    } catch (error) {
      this.abort();
      throw new CannotWriteError(this.what, this.shownAs, error);
    }
  }

  /** Drops the partial output (the run failed). */
  abort(): void {
    if (this.fd !== undefined && this.ownsFd) closeSync(this.fd);
    this.fd = undefined;
    if (this.temp === undefined) return;
    try {
      unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }
}

/** Spools beyond this many UTF-16 code units go to a temporary file. */
const SPOOL_MEMORY_LIMIT = 2 * 1024 * 1024;
const COPY_CHUNK_BYTES = 1024 * 1024;

/**
 * Text written now and copied to a sink later, in order. Small spools stay in memory; a large one
 * moves to a temporary file so its size does not count against the heap.
 */
export class Spool implements Sink {
  private chunks: string[] = [];
  private length = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  /** Whether anything was written (reporters join parts with separators). */
  empty = true;

  constructor(private readonly memoryLimit = SPOOL_MEMORY_LIMIT) {}

  write(chunk: string | Uint8Array): void {
    if (chunk.length === 0) return;
    this.empty = false;
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (this.fd !== undefined) {
      writeSync(this.fd, text, null, 'utf8');
      return;
    }
    this.chunks.push(text);
    this.length += text.length;
    if (this.length > this.memoryLimit) this.spill();
  }

  private spill(): void {
    this.dir = mkdtempSync(path.join(tmpdir(), 'claimlint-spool-'));
    this.fd = openSync(path.join(this.dir, 'part'), 'w+');
    writeSync(this.fd, this.chunks.join(''), null, 'utf8');
    this.chunks = [];
    this.length = 0;
  }

  /** Copies everything written so far to the sink, then frees the spool. */
  drainTo(sink: Sink): void {
    if (this.fd === undefined) {
      if (this.chunks.length > 0) sink.write(this.chunks.join(''));
    } else {
      let position = 0;
      for (;;) {
        // A fresh buffer each time: an asynchronous sink (a TTY stdout) may still hold the last one.
        const buffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
        const read = readSync(this.fd, buffer, 0, COPY_CHUNK_BYTES, position);
        if (read === 0) break;
        sink.write(buffer.subarray(0, read));
        position += read;
      }
    }
    this.dispose();
  }

  /** Removes the temporary file, if any. */
  dispose(): void {
    this.chunks = [];
    this.length = 0;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
