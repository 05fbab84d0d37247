// The platform every bundle targets. For node20 esbuild rewrites /\p{…}/u and lookbehind literals into
// `new RegExp(…)` calls (its compatibility table is conservative); Node 20 runs them natively, and
// a literal inside a function is cloned from its compiled boilerplate where `new RegExp` parses
// its arguments and looks the pattern up again on every call.
export const NODE_TARGET = { platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true } };
