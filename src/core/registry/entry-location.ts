// Where a registry entry is defined, as the related location of a finding about a claim linked to
// it: the CLI's reports, the language server's related information and impact's findings all point
// at the entry the same way.
import type { RegistryEntry, RelatedLocation } from '../types.js';

export function entryLocation(entry: RegistryEntry): RelatedLocation {
  return { uri: entry.location.uri, range: entry.location.range, message: `Registry entry ${entry.id}: ${entry.title}` };
}
