// esbuild plugin for the bundles: five speed fixes to the Markdown parser for Node 20, each a
// rewrite that leaves the trees identical (test/documents/markdown-parser-patch.test.ts).
//
// 1. mdast-util-from-markdown builds each handler's `this` as `{...context, sliceSerialize: …}`, once
//    per micromark event. On Node 20 (V8 11.3) an object spread followed by another property gets a
//    fresh hidden class every time, and such objects outlive minor GCs: on the benchmark corpus this
//    one line was ~40 % of all bytes promoted to the old generation and ~10 % of one thread's run
//    time. The patch writes the same object as a plain literal with the same properties in the
//    same order (compile() defines `context` a few lines above with exactly those).
// 2. fromMarkdown() calls compiler(options) for every document: ~100 handler closures and a merged
//    config per page, and one huge function that V8 optimises in every thread (~0.4 s of compiling
//    per worker). The compile function it returns keeps its per-document state in locals, except
//    the flags in `data`, which the patch clears at the start of each compile; so one compile
//    function is kept per list of mdast extensions (a frozen unified processor passes the same
//    array every time).
// 3. micromark's parse() merges the syntax extensions for every document (combineExtensions); the
//    merged constructs are only read while parsing, so they are kept per list of extensions too.
// 4. micromark-util-chunked's splice() copies its items into a fresh array and unshifts two
//    arguments onto it before every `list.splice(...parameters)`; micromark calls it (and push(),
//    which calls it) for nearly every event. The patch splices the items in directly and appends
//    with push(), which changes the lists the same way without the two temporary arrays.
// 5. micromark-util-subtokenize's subcontent() collects its jumps in a fresh object that
//    subtokenize() then copies into its own with Object.assign, growing that object's elements each
//    time. subcontent() only writes those jumps and nothing reads them before the copy, so the patch
//    hands it subtokenize()'s object to write into.
//
// It refuses to build when a library no longer looks as expected (new version, new properties):
// a silent no-op would quietly lose the speed, a wrong rewrite would change the trees.
import { readFile } from 'node:fs/promises';

const CONTEXT_DEFINITION = /const context = \{\s*stack: \[tree\],\s*tokenStack: \[\],\s*config,\s*enter,\s*exit,\s*buffer,\s*resume,\s*data\s*\};/;
// Handlers reset their flags in `data` when their construct closes; a compile that threw midway
// could leave one set, so each compile starts from a clean slate.
const CONTEXT_WITH_RESET_DATA = 'for (const key in data) data[key] = undefined;\n    const context = {stack: [tree], tokenStack: [], config, enter, exit, buffer, resume, data};';
const SPREAD = /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
const LITERAL = '{stack: context.stack, tokenStack: context.tokenStack, config: context.config, enter: context.enter, exit: context.exit, buffer: context.buffer, resume: context.resume, data: context.data, sliceSerialize: events[index][2].sliceSerialize}';
const EXPECTED_SPREADS = 3;
const COMPILER_CALL = 'return compiler(options)(postprocess(';
const COMPILER_MEMO = `
/** One compile function per list of mdast extensions (claimlint build patch). */
const compilersByExtensions = new WeakMap();
function compilerFor(options) {
  const extensions = (options || {}).mdastExtensions;
  if (!extensions) return compiler(options);
  let compile = compilersByExtensions.get(extensions);
  if (!compile) {
    compile = compiler(options);
    compilersByExtensions.set(extensions, compile);
  }
  return compile;
}
`;

const COMBINE = /combineExtensions\(\[defaultConstructs, \.\.\.\(settings\.extensions \|\| \[\]\)\]\)/;
const COMBINE_MEMO = `
/** The merged constructs per list of syntax extensions (claimlint build patch). */
const constructsByExtensions = new WeakMap();
function combinedConstructs(extensions) {
  if (!extensions) return combineExtensions([defaultConstructs]);
  let constructs = constructsByExtensions.get(extensions);
  if (!constructs) {
    constructs = combineExtensions([defaultConstructs, ...extensions]);
    constructsByExtensions.set(extensions, constructs);
  }
  return constructs;
}
`;

const CHUNKED_SPLICE = /if \(items\.length < 10000\) \{\s*parameters = Array\.from\(items\);\s*parameters\.unshift\(start, remove\);\s*(?:\/\/[^\n]*\n\s*)?list\.splice\(\.\.\.parameters\);\s*\} else \{/;
const DIRECT_SPLICE = `if (items.length < 10000) {
    // claimlint build patch: no temporary arguments array; appending pushes.
    if (remove === 0 && start === end) for (let i = 0, n = items.length; i < n; i++) list.push(items[i]);
    else list.splice(start, remove, ...items);
  } else {`;

function mismatch(file, what) {
  return new Error(`${file}: ${what}; the library no longer matches what scripts/markdown-parser-patch.mjs rewrites, review the patch against the new version`);
}

/** mdast-util-from-markdown's source with fixes 1 and 2; throws if it does not match. */
export function patchCompile(source, file = 'mdast-util-from-markdown/lib/index.js') {
  const spreads = source.match(SPREAD)?.length ?? 0;
  if (!CONTEXT_DEFINITION.test(source) || spreads !== EXPECTED_SPREADS) {
    throw mismatch(file, `compile() context definition ${CONTEXT_DEFINITION.test(source) ? 'found' : 'missing'}, ${spreads} of ${EXPECTED_SPREADS} spreads`);
  }
  if (source.split(COMPILER_CALL).length !== 2) throw mismatch(file, 'fromMarkdown() no longer calls compiler(options) once');
  return source
    .replace(SPREAD, LITERAL)
    .replace(CONTEXT_DEFINITION, CONTEXT_WITH_RESET_DATA)
    .replace(COMPILER_CALL, 'return compilerFor(options)(postprocess(') + COMPILER_MEMO;
}

/** micromark's parse.js with fix 3; throws if it does not match. */
export function patchParse(source, file = 'micromark/lib/parse.js') {
  if (!COMBINE.test(source)) throw mismatch(file, 'parse() no longer merges `[defaultConstructs, ...settings.extensions]`');
  return source.replace(COMBINE, 'combinedConstructs(settings.extensions)') + COMBINE_MEMO;
}

/** micromark-util-chunked's index.js with fix 4; throws if it does not match. */
export function patchChunked(source, file = 'micromark-util-chunked/index.js') {
  if (!CHUNKED_SPLICE.test(source) || !/const end = list\.length;/.test(source)) throw mismatch(file, 'splice() no longer copies `items` into `parameters` before `list.splice(...parameters)`');
  return source.replace(CHUNKED_SPLICE, DIRECT_SPLICE);
}

const ASSIGN_JUMPS = 'Object.assign(jumps, subcontent(events, index));';
const SUBCONTENT_HEAD = /function subcontent\(events, eventIndex\) \{/;
const GAPS_DECLARATION = /\n\s*(?:\/\*\* @type \{Record<string, number>\} \*\/\s*)?const gaps = \{\};/;

/** micromark-util-subtokenize's index.js with fix 5; throws if it does not match. */
export function patchSubtokenize(source, file = 'micromark-util-subtokenize/index.js') {
  const uses = source.split('subcontent(').length - 1;
  if (!source.includes(ASSIGN_JUMPS) || !SUBCONTENT_HEAD.test(source) || !GAPS_DECLARATION.test(source) || uses !== 2) {
    throw mismatch(file, 'subtokenize() no longer merges the gaps that its one call of subcontent() returns into `jumps`');
  }
  return source
    .replace(ASSIGN_JUMPS, 'subcontent(events, index, jumps); // claimlint build patch: gaps written into jumps')
    .replace(SUBCONTENT_HEAD, 'function subcontent(events, eventIndex, gaps) {')
    .replace(GAPS_DECLARATION, '');
}

export const markdownParserPatch = {
  name: 'claimlint-markdown-parser-patch',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, async (args) => ({
      contents: patchCompile(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]micromark[\\/]lib[\\/]parse\.js$/ }, async (args) => ({
      contents: patchParse(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]micromark-util-subtokenize[\\/]index\.js$/ }, async (args) => ({
      contents: patchSubtokenize(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]micromark-util-chunked[\\/]index\.js$/ }, async (args) => ({
      contents: patchChunked(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
