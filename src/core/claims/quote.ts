// Claim text as messages quote it. A claim can span a soft line break ("up to 24⏎hours") and a
// message is one line in every format (stylish, annotations, the editor's problem list), so line
// breaks and tabs in the quoted words, with the spaces around them, read as one space.
export function quotable(text: string): string {
  return text.replace(/\s*[\t-\r\u0085\u2028\u2029]\s*/g, ' ');
}
