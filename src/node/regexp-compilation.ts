// Imported first, for its side effect, by the process entries: the CLI (dist/cli.cjs) and the
// language server (dist/server.cjs). V8 flags are per process, so worker threads inherit it.
//
// V8 normally runs a new regular expression from bytecode first and compiles it again to machine
// code on its second use. claimlint builds hundreds of patterns per registry (one per registry
// word) and most are used only a few times per run: two compilations each cost more than they save.
// Compiling once, to machine code, took a cold run on the 5-file example campaign from about 325 ms
// to 270 ms and changes no result (docs/cli.md, Performance). The flag only selects how patterns
// are compiled, so setting it at run time, before claimlint's own patterns run, is safe.
import { setFlagsFromString } from 'node:v8';

/**
 * Does this V8 know --regexp-tier-up? It has since 7.8 and still does in 13.x (Node 24). An unknown
 * flag is not an exception: V8 prints "Error: unrecognized flag" on stderr, in every run and in the
 * language server's log. So a V8 newer than the ones known to have it does without.
 */
export function hasRegExpTierUpFlag(v8Version: string): boolean {
  const [major, minor] = v8Version.split('.').map(Number);
  return (major === 7 && minor >= 8) || (major >= 8 && major <= 13);
}

if (hasRegExpTierUpFlag(process.versions.v8)) setFlagsFromString('--no-regexp-tier-up');
