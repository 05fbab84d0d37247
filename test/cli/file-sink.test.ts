// A report file is written through a temporary file renamed into place at close, and the pieces
// reporters write (one per linted file) are held and written in large blocks: the file must hold
// exactly what was written, in order, appear only when closed, and vanish if the run is aborted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSink } from '../../src/cli/output.js';
import { makeTempDir } from '../temp-dir.js';

describe('FileSink', () => {
  it('writes every piece in order, text and bytes mixed, and shows the file only once closed', () => {
    const dir = makeTempDir('claimlint-sink');
    const target = path.join(dir, 'report.json');
    const sink = new FileSink(target);
    const pieces: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const piece = `{"file":${i},"text":"${'é€'.repeat(i % 200)}"},`;
      pieces.push(piece);
      if (i % 997 === 0) sink.write(Buffer.from(piece, 'utf8'));
      else sink.write(piece);
    }
    expect(existsSync(target)).toBe(false);
    sink.close();
    expect(readFileSync(target, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leaves an earlier report untouched and no temporary file behind when aborted', () => {
    const dir = makeTempDir('claimlint-sink');
    const target = path.join(dir, 'report.json');
    writeFileSync(target, 'earlier');
    const sink = new FileSink(target);
    sink.write('x'.repeat(1000));
    sink.abort();
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
