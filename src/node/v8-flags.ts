// V8 flags that claimlint sets at run time (node:v8 setFlagsFromString), first thing in each process
// entry (src/cli/set-v8-flags.ts, src/server/set-v8-flags.ts). Worker threads inherit them: V8 flags
// are per process. V8 cannot be asked whether it knows a flag, and an unknown one is no exception but
// an "Error: unrecognized flag" line on stderr in every run; so flags are set only on the V8 versions
// known to have every one of them, 7.8 (Node 14) to 13.x (Node 24). A test checks each flag against
// this Node's `--v8-options`.
import { setFlagsFromString } from 'node:v8';

/**
 * The CLI and the language server. V8 normally runs a new regular expression from bytecode first and
 * compiles it again to machine code on its second use. claimlint builds hundreds of patterns per
 * registry (one per registry word) and most are used only a few times per run: two compilations each
 * cost more than they save. Compiling once, to machine code, took a cold run on the 5-file example
 * campaign from about 325 ms to 270 ms and changes no result (docs/cli.md, Performance). The flag only
 * selects how patterns are compiled, so setting it at run time, before any pattern runs, is safe.
 */
export const REGEXP_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

/**
 * The CLI only: batch runs, not the language server, whose edits want short pauses more than
 * throughput. A CLI run lints file after file, by default with a thread on every core (--jobs: the
 * number of cores). V8's helper threads for parallel scavenging, concurrent marking and parallel compaction then find no
 * free core and compete with the linting threads for theirs; and each linting thread compiles the
 * linting code again with TurboFan, at a cost that grows with how much it inlines (half the default
 * budget here). On the benchmark's 10,000-page corpus on 2 cores these took --jobs 2 from about
 * 10.8 s to 9.9 s, one thread unchanged within noise, output byte-identical (docs/cli.md,
 * Performance). Allocation-site pretenuring is off because in a worker thread V8 kept choosing to
 * allocate short-lived objects straight into the old generation, where, dead, they held young
 * objects alive: a worker promoted 90 MB over 10,000 pages instead of the main thread's 11 MB and
 * spent half as long again collecting (one thread's collections are unchanged without it).
 * Set before the heap has done real work: a collection reads them as it starts, and a worker's heap
 * is set up with them.
 */
export const BATCH_V8_FLAGS: readonly string[] = ['--no-parallel-scavenge', '--no-concurrent-marking', '--no-parallel-compaction', '--max-inlined-bytecode-size-cumulative=460', '--no-allocation-site-pretenuring'];

export function isKnownV8(v8Version: string): boolean {
  const [major, minor] = v8Version.split('.').map(Number);
  return (major === 7 && minor >= 8) || (major >= 8 && major <= 13);
}

/** Sets the flags where this V8 is known to have them; says whether it did. */
export function setKnownV8Flags(flags: readonly string[], v8Version: string = process.versions.v8): boolean {
  if (!isKnownV8(v8Version)) return false;
  for (const flag of flags) setFlagsFromString(flag);
  return true;
}
