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

setFlagsFromString('--no-regexp-tier-up');
