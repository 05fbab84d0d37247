// Deterministic split of the file list for CI matrices: a file belongs to shard i of n by a hash of
// its project-relative path, so every machine agrees without talking to the others.
import { createHash } from 'node:crypto';

export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha1').update(relativePath).digest();
  return digest.readUInt32BE(0) % count;
}

export function selectShard<T>(items: T[], pathOf: (item: T) => string, shard: { index: number; count: number }): T[] {
  return items.filter((item) => shardOf(pathOf(item), shard.count) === shard.index - 1);
}
