import type { DocumentLanguage } from './types.js';

/** Which copy language a file name stands for, by extension; undefined for files claimlint does not read. */
export function languageOf(name: string): DocumentLanguage | undefined {
  const lower = name.toLowerCase();
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.ya?ml$/.test(lower)) return 'yaml';
  return undefined;
}
