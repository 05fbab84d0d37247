// Reads the arguments of the registry CodeLens command (claimlint.showReferences) as the server
// sent them: plain LSP JSON. No vscode import: unit-tested. A malformed argument list (another
// client, a stale lens) yields undefined rather than a half-built reference list.
import type { ShowReferencesArguments } from '../server/protocol.js';

type Position = ShowReferencesArguments[1];
type Location = ShowReferencesArguments[2][number];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isPosition(v: unknown): v is Position {
  const p = v as Position | null;
  return typeof p === 'object' && p !== null && isCount(p.line) && isCount(p.character);
}

function isLocation(v: unknown): v is Location {
  const l = v as Location | null;
  return typeof l === 'object' && l !== null && typeof l.uri === 'string' && l.uri.length > 0
    && typeof l.range === 'object' && l.range !== null && isPosition(l.range.start) && isPosition(l.range.end);
}

export function readShowReferencesArguments(args: readonly unknown[]): ShowReferencesArguments | undefined {
  const [uri, position, locations] = args;
  if (typeof uri !== 'string' || uri.length === 0 || !isPosition(position)) return undefined;
  if (!Array.isArray(locations) || !locations.every(isLocation)) return undefined;
  return [uri, { line: position.line, character: position.character }, locations.map((l) => ({ uri: l.uri, range: l.range }))];
}
