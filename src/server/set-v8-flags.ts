// Imported first by the language server's entry, for its side effect: the flag is set before any code runs.
import { REGEXP_V8_FLAGS, setKnownV8Flags } from '../node/v8-flags.js';

setKnownV8Flags(REGEXP_V8_FLAGS);
