/** Text made literal inside a RegExp source: registry words, plan names and qualifiers are matched as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
