// Imported first by the CLI's entry, for its side effect: the flags are set before any code runs.
import { BATCH_V8_FLAGS, REGEXP_V8_FLAGS, setKnownV8Flags } from '../node/v8-flags.js';

setKnownV8Flags([...REGEXP_V8_FLAGS, ...BATCH_V8_FLAGS]);
