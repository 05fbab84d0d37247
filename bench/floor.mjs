// The benchmark floor: read every Markdown file under a folder and parse it with remark + front
// matter + GFM, single-threaded, doing nothing else. claimlint cannot be faster than its parser.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
let files = 0;
let nodes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.md')) {
      const tree = processor.parse(readFileSync(full, 'utf8'));
      nodes += tree.children.length;
      files++;
    }
  }
};
// One folder, or several (the benchmark runs two floors at once on the two halves of a corpus).
for (const dir of process.argv.slice(2)) walk(dir);
console.log(JSON.stringify({ files, nodes }));
