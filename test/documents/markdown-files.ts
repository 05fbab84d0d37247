// Every Markdown file in the project (outside node_modules, dot-folders and the bench corpus) and, when
// it is present beside the project, in ../shared/corpus: the real-world texts parser tests replay.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function markdownFilesAtHand(projectRoot: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.') && e.name !== 'corpus') walk(full);
      else if (e.isFile() && e.name.endsWith('.md')) files.push(full);
    }
  };
  walk(projectRoot);
  const shared = path.resolve(projectRoot, '../shared/corpus');
  if (existsSync(shared)) walk(shared);
  else console.log('skipped ../shared/corpus: not present beside the project');
  return files;
}
