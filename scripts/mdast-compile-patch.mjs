// esbuild plugin for the bundles: mdast-util-from-markdown builds each handler's `this` as
// `{...context, sliceSerialize: …}`, once per micromark event. On Node 20 (V8 11.3) an object
// spread followed by another property gets a fresh hidden class every time, and such objects
// outlive minor GCs: on the benchmark corpus this one line was ~40 % of all bytes promoted to the
// old generation and ~10 % of one thread's run time. The plugin writes the same object as a plain
// literal with the same eight properties in the same order (compile() defines `context` a few lines
// above with exactly those), so handlers see an identical `this`.
//
// It refuses to build when the library no longer looks as expected (new version, new properties):
// a silent no-op would quietly lose the speed, a wrong rewrite would change the trees.
import { readFile } from 'node:fs/promises';

const CONTEXT_DEFINITION = /const context = \{\s*stack: \[tree\],\s*tokenStack: \[\],\s*config,\s*enter,\s*exit,\s*buffer,\s*resume,\s*data\s*\};/;
const SPREAD = /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
const LITERAL = '{stack: context.stack, tokenStack: context.tokenStack, config: context.config, enter: context.enter, exit: context.exit, buffer: context.buffer, resume: context.resume, data: context.data, sliceSerialize: events[index][2].sliceSerialize}';
const EXPECTED_SPREADS = 3;

/** The library's source with the per-event spreads written as literals; throws if it does not match. */
export function patchCompile(source, file = 'mdast-util-from-markdown/lib/index.js') {
  const spreads = source.match(SPREAD)?.length ?? 0;
  if (!CONTEXT_DEFINITION.test(source) || spreads !== EXPECTED_SPREADS) {
    throw new Error(`${file}: compile() no longer matches what scripts/mdast-compile-patch.mjs rewrites (context definition ${CONTEXT_DEFINITION.test(source) ? 'found' : 'missing'}, ${spreads} of ${EXPECTED_SPREADS} spreads); review the patch against the new version`);
  }
  return source.replace(SPREAD, LITERAL);
}

export const mdastCompilePatch = {
  name: 'claimlint-mdast-compile-patch',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, async (args) => ({
      contents: patchCompile(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
