// The real CLI on fixture projects: one row per scenario with its arguments, exit code and the
// fragments its output must (and must not) contain — after markdownlint-cli2's scenario table.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli, runCliAsync, type CliResult } from './run-cli.js';

type Fragment = string | RegExp;

interface Scenario {
  name: string;
  /** Folder under test/fixtures/cli; undefined for an empty folder. */
  fixture?: string;
  args: string[];
  exit: 0 | 1 | 2;
  stdout?: Fragment[];
  notStdout?: Fragment[];
  stderr?: Fragment[];
  input?: string;
  /** Files the run must write, with fragments of their content. */
  files?: Record<string, Fragment[]>;
  /** Runs before the CLI, in the copied fixture. */
  prepare?: (dir: string) => void;
  /** Extra checks after the run. */
  check?: (result: CliResult, dir: string) => void;
}

const has = (text: string, fragment: Fragment) => (typeof fragment === 'string' ? text.includes(fragment) : fragment.test(text));

const scenarios: Scenario[] = [
  // Usage and exit code 2.
  { name: 'help', args: ['--help'], exit: 0, stdout: ['Usage: claimlint', '--max-warnings N', 'Exit codes: 0 clean, 1 findings'] },
  { name: 'version', args: ['--version'], exit: 0, stdout: [/^\d+\.\d+\.\d+\n$/] },
  { name: 'unknown option', args: ['--bogus'], exit: 2, stderr: ["Unknown option '--bogus'", 'claimlint --help'] },
  { name: 'unknown format', fixture: 'clean', args: ['--format', 'xml'], exit: 2, stderr: ['Unknown format "xml"', 'stylish, json, sarif, junit, github, markdown, html'] },
  { name: 'two formats on stdout', fixture: 'clean', args: ['-f', 'json', '-f', 'sarif'], exit: 2, stderr: ['Only one --format can write to standard output'] },
  { name: 'bad --max-warnings', fixture: 'clean', args: ['--max-warnings', 'many'], exit: 2, stderr: ['--max-warnings needs a whole number'] },
  { name: 'bad --fail-on', fixture: 'clean', args: ['--fail-on', 'info'], exit: 2, stderr: ['--fail-on must be "error" or "warning"'] },
  { name: 'bad --shard', fixture: 'clean', args: ['--shard', '3/2'], exit: 2, stderr: ['--shard must be i/n'] },
  { name: '--shard with standard input', fixture: 'basic', args: ['--shard', '1/2', '-'], input: 'We reply within 1 hour.\n', exit: 2, stderr: ['--shard splits the files of a run', 'standard input is one document'], notStdout: ['internal error'] },
  { name: 'path matching nothing', fixture: 'clean', args: ['missing/*.md'], exit: 2, stderr: ['no files match "missing/*.md"'] },
  { name: 'path matching nothing allowed', fixture: 'clean', args: ['missing/*.md', '--no-error-on-unmatched-pattern'], exit: 0 },
  { name: 'impact without --base', fixture: 'clean', args: ['impact'], exit: 2, stderr: ['claimlint impact needs --base'] },
  { name: 'config error is positioned', fixture: 'bad-config', args: [], exit: 2, stderr: ['the configuration has errors', 'claimlint.config.yaml', /2:1\s+error\s+Config: unknown key "registyr".*config\/invalid/] },
  { name: 'registry error is positioned', fixture: 'bad-registry', args: [], exit: 2, stderr: ['the registry has errors', 'claims.registry.yaml', /9:9\s+error\s+duplicate id "stores\.count": it is already defined in this file, line 3;/, 'registry/duplicate-id'] },
  { name: 'missing baseline file', fixture: 'clean', args: ['--baseline', 'nope.json'], exit: 2, stderr: ['cannot read the baseline'] },
  {
    name: 'registry error in every requested format', fixture: 'bad-registry', args: ['-f', 'github', '-f', 'sarif=out/c.sarif', '-f', 'markdown=out/summary.md', '-f', 'json=out/c.json'], exit: 2,
    stderr: ['the registry has errors', /9:9\s+error\s+duplicate id "stores\.count"/],
    stdout: [/^::error file=claims\.registry\.yaml,line=9,col=9,.*title=claimlint registry\/duplicate-id::duplicate id "stores\.count"/m],
    files: { 'out/c.sarif': ['"ruleId":"registry/duplicate-id"', '"startLine":9'], 'out/summary.md': ['| claims.registry.yaml | 9 | error |'], 'out/c.json': ['"ruleId":"registry/duplicate-id"'] },
  },
  // Stylish on stdout would repeat what stderr shows.
  { name: 'registry error: stylish once', fixture: 'bad-registry', args: [], exit: 2, stderr: ['duplicate id'], notStdout: ['duplicate id'] },
  { name: 'config error names the broken file', fixture: 'bad-config', args: ['-f', 'json'], exit: 2, stderr: ['the configuration has errors (claimlint.config.yaml)'], stdout: ['"ruleId":"config/invalid"'], check: (result) => expect(result.stderr).not.toContain('.claimlintrc.yaml') },
  { name: 'a JSON file that is no baseline', fixture: 'basic', args: ['--baseline', 'f.json'], exit: 2, prepare: (dir) => writeFileSync(path.join(dir, 'f.json'), '{"version":1,"files":[1,2]}'), stderr: ['f.json is not a claimlint baseline: "files" is not an object'] },
  { name: 'a baseline with a count that is not one', fixture: 'basic', args: ['--baseline', 'f.json'], exit: 2, prepare: (dir) => writeFileSync(path.join(dir, 'f.json'), '{"version":1,"files":{"site/landing.md":{"abc":"x"}}}'), stderr: ['"files"."site/landing.md"."abc" is not a count'] },
  { name: 'registry error with nothing to lint', fixture: 'bad-registry', args: ['claims.registry.yaml'], exit: 2, stderr: ['the registry has errors', 'registry/duplicate-id'], notStdout: ['0 files checked'] },
  { name: '--config naming a missing file', fixture: 'clean', args: ['--config', 'nope.yaml'], exit: 2, stderr: ['the configuration has errors (nope.yaml)', 'cannot read the file (ENOENT)'] },
  // Files it is told to write and cannot: one line naming the file and why, exit 2, no stack trace.
  { name: 'report path under a file', fixture: 'basic', args: ['-f', 'sarif=notes.txt/out.sarif'], exit: 2, prepare: (dir) => writeFileSync(path.join(dir, 'notes.txt'), 'x'), stderr: [/^claimlint: cannot write the report notes\.txt\/out\.sarif: a part of its path is a file, not a folder\n$/] },
  { name: 'report path is a folder', fixture: 'basic', args: ['-f', 'json=site'], exit: 2, stderr: [/^claimlint: cannot write the report site: it is a folder\n$/] },
  // Checked before the run: nothing is linted or reported first.
  { name: 'baseline path under a file', fixture: 'basic', args: ['--write-baseline', 'notes.txt/b.json'], exit: 2, prepare: (dir) => writeFileSync(path.join(dir, 'notes.txt'), 'x'), stderr: [/^claimlint: cannot write the baseline notes\.txt\/b\.json: a part of its path is a file, not a folder\n$/], check: (result) => expect(result.stdout).toBe('') },
  { name: 'baseline path is a folder', fixture: 'basic', args: ['--write-baseline', 'site'], exit: 2, stderr: [/^claimlint: cannot write the baseline site: it is a folder\n$/], check: (result) => expect(result.stdout).toBe('') },
  { name: 'cache path under a file', fixture: 'basic', args: ['--cache', '--cache-location', 'notes.txt/cache'], exit: 2, prepare: (dir) => writeFileSync(path.join(dir, 'notes.txt'), 'x'), stderr: [/^claimlint: cannot write the cache file .*notes\.txt\/cache: a part of its path is a file, not a folder\n$/] },
  // Node 20's own recursive mkdir spins forever here (a parent that exists but cannot hold folders).
  ...(process.platform === 'linux' ? [{ name: 'report folder under /proc', fixture: 'basic', args: ['-f', 'sarif=/proc/claimlint-nope/out.sarif'], exit: 2 as const, stderr: ['claimlint: cannot write the report /proc/claimlint-nope/out.sarif: its folder does not exist and cannot be created there'] }] : []),
  { name: 'report, baseline and cache in new folders', fixture: 'basic', args: ['-f', 'sarif=out/a/r.sarif', '--write-baseline', 'out/b/base.json', '--cache', '--cache-location', 'out/c/cache'], exit: 0, files: { 'out/a/r.sarif': ['"version":"2.1.0"'], 'out/b/base.json': ['"version": 1'], 'out/c/cache': ['"version":2'] } },

  // Exit codes 0 and 1 and their thresholds.
  { name: 'clean project', fixture: 'clean', args: [], exit: 0, stdout: ['✔ 1 file checked, no problems'] },
  {
    name: 'contradicted claims fail', fixture: 'basic', args: [], exit: 1,
    stdout: ['site/landing.md', /6:29\s+error\s+.*within 1 hour.*claim\/contradicted/, /↳ Evidence: .*35% within 1 hour.* — entry support\.first-response/, /10:9\s+error\s+.*over 500 locations/, 'site/ads.yaml', '✖ 4 problems (3 errors, 1 warning) in 2 files'],
    // .gitignore'd and .claimlintignore'd folders are skipped; the registry and config are never copy
    // (the registry is named only where a verdict's entry is: "(claims.registry.yaml:3)").
    notStdout: ['drafts/', 'archive/', /^claims\.registry\.yaml$/m, /claims\.registry\.yaml(?!:\d+\)\n)/, 'claimlint.config.yaml'],
  },
  { name: 'warnings pass by default', fixture: 'warnings', args: [], exit: 0, stdout: ['claim/unsubstantiated', '(0 errors, 2 warnings)'] },
  { name: '--fail-on warning', fixture: 'warnings', args: ['--fail-on', 'warning'], exit: 1 },
  { name: '--max-warnings exceeded', fixture: 'warnings', args: ['--max-warnings', '1'], exit: 1, stderr: ['2 warnings, more than --max-warnings 1'] },
  { name: '--max-warnings not exceeded', fixture: 'warnings', args: ['--max-warnings', '2'], exit: 0 },
  { name: '--quiet shows errors only', fixture: 'basic', args: ['--quiet'], exit: 1, stdout: ['claim/contradicted'], notStdout: ['claim/unsubstantiated', /\d+:\d+\s+warning/] },
  { name: 'a rule turned off in the config', fixture: 'warnings', args: ['--fail-on', 'warning'], exit: 0, prepare: (dir) => writeFileSync(path.join(dir, '.claimlint.yaml'), 'rules:\n  claim/unsubstantiated: off\n'), stdout: ['no problems'] },
  { name: 'no registry: still lints, says so', fixture: 'no-registry', args: [], exit: 0, stderr: ['no registry found', 'every claim is reported as unsubstantiated'], stdout: [/3:29\s+warning\s+.*within 1 hour.*claim\/unsubstantiated/] },
  { name: 'a registry glob that matches nothing', fixture: 'no-registry', args: [], exit: 0, prepare: (dir) => writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: data/*.registry.yaml\n'), stderr: ['no registry found (claimlint.config.yaml: data/*.registry.yaml)'] },
  { name: '--registry names the registry', fixture: 'no-registry', args: ['--registry', '../reg/claims.registry.yaml'], exit: 1, prepare: (dir) => copyInto(dir, 'reg', 'basic/claims.registry.yaml'), stdout: ['claim/contradicted'] },
  { name: 'explicit paths and globs', fixture: 'basic', args: ['site/*.md'], exit: 1, stdout: ['site/landing.md'], notStdout: ['site/ads.yaml'] },
  { name: 'negated glob', fixture: 'basic', args: ['site', '!site/landing.md'], exit: 1, stdout: ['site/ads.yaml'], notStdout: ['site/landing.md'] },
  { name: 'a .gitignore\'d file named explicitly is linted', fixture: 'basic', args: ['drafts/draft.md'], exit: 1, stdout: ['drafts/draft.md', 'claim/contradicted'] },
  { name: 'config ignore globs', fixture: 'basic', args: [], exit: 1, prepare: (dir) => writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: claims.registry.yaml\nignore: ["*.yaml"]\n'), stdout: ['site/landing.md'], notStdout: ['site/ads.yaml'] },

  // Cascade and overrides.
  {
    name: 'nearest config wins per folder', fixture: 'cascade', args: [], exit: 1,
    stdout: [/site\/blog\/post\.md\n\s+1:9\s+warning/, /site\/page\.md\n\s+1:9\s+error/, '(2 errors, 1 warning)'],
  },
  { name: '--print-config shows overrides', fixture: 'cascade', args: ['--print-config', 'site/uk/page.md'], exit: 0, stdout: ['"jurisdiction": "UK"', '"upToShare": 0.1', '"claimlint.config.yaml"'] },
  { name: '--print-config shows the cascade', fixture: 'cascade', args: ['--print-config', 'site/blog/post.md'], exit: 0, stdout: ['"jurisdiction": "US"', '"site/blog/.claimlint.yaml"', '"claim/contradicted": "warning"'] },
  { name: '--print-config of a folder', fixture: 'cascade', args: ['--print-config', 'site/blog'], exit: 2, stderr: ['--print-config needs a file, and site/blog is a folder', '--print-config site/blog/page.md'] },
  { name: '--print-config of a file not written yet', fixture: 'cascade', args: ['--print-config', 'site/blog/new.md'], exit: 0, stdout: ['"site/blog/.claimlint.yaml"'], stderr: ['site/blog/new.md does not exist; these are the settings it would get'] },
  { name: '--print-config with a second file', fixture: 'cascade', args: ['--print-config', 'site/page.md', 'site/blog/post.md'], exit: 2, stderr: ['--print-config shows the settings of one file (site/page.md); remove "site/blog/post.md"'] },
  { name: '--print-config of a .claimlintignore\'d file', fixture: 'cascade', args: ['--print-config', 'site/page.md'], exit: 0, prepare: (dir) => writeFileSync(path.join(dir, '.claimlintignore'), 'site/page.md\n'), stdout: ['"ignoredByIgnoreFiles": true'] },
  { name: '--jurisdiction overrides the config', fixture: 'cascade', args: ['--print-config', 'site/page.md', '--jurisdiction', 'uk'], exit: 0, stdout: ['"jurisdiction": "UK"'] },
  {
    name: '--config elsewhere: ignore and overrides by ../ globs', fixture: 'clean', args: ['-c', 'ci/c.yaml', '--print-config', 'site/uk/x.md'], exit: 0,
    prepare: (dir) => {
      mkdirSync(path.join(dir, 'ci'));
      mkdirSync(path.join(dir, 'site/uk'), { recursive: true });
      writeFileSync(path.join(dir, 'site/uk/x.md'), 'We reply within 1 hour.\n');
      writeFileSync(path.join(dir, 'ci/c.yaml'), 'registry: ../claims.registry.yaml\nignore: ["../site/uk/**"]\noverrides:\n  - files: ["../site/uk/**"]\n    jurisdiction: UK\n');
    },
    stdout: ['"jurisdiction": "UK"', '"ignoredByConfig": true'],
  },
  { name: '--config uses one file only', fixture: 'cascade', args: ['--config', 'claimlint.config.yaml', 'site/blog/post.md'], exit: 1, stdout: [/1:9\s+error/] },

  // Suppression.
  {
    name: 'suppression directives', fixture: 'suppression', args: [], exit: 1,
    stdout: [
      /page\.md\n(?:.*\n)*?\s+9:1\s+warning\s+.*suppresses nothing.*directive\/unused/,
      /ads\.yaml\n\s+2:15\s+error\s+.*over 500 locations/,
      /18:51\s+error\s+.*within 1 hour/, // after the disable/enable block
      /20:1\s+warning\s+Suppression directive could not be read.*directive\/malformed/,
      /21:1\s+warning\s+.*unknown directive 'claimlint-disable-nextline'.*directive\/malformed/,
    ],
    // next-line (4), the disable/enable block (13, 15) and disable-line in YAML (ads.yaml 1) suppress.
    notStdout: [/page\.md\n(?:.*\n)*?\s+4:\d+\s+error/, /\s1[35]:\d+\s+error/, /ads\.yaml\n\s+1:/],
  },
  { name: '--require-suppression-reason', fixture: 'suppression', args: ['--require-suppression-reason'], exit: 1, stdout: [/6:1\s+warning\s+.*directive\/missing-reason/] },
  { name: 'reasons not required by default', fixture: 'suppression', args: [], exit: 1, notStdout: ['directive/missing-reason'] },

  // Reporters through the real CLI.
  {
    name: 'json', fixture: 'basic', args: ['--format', 'json'], exit: 1,
    check: ({ stdout }) => {
      const doc = JSON.parse(stdout);
      expect(doc.version).toBe(1);
      expect(doc.summary).toMatchObject({ errors: 3, warnings: 1 });
      const landing = doc.files.find((f: { path: string }) => f.path === 'site/landing.md');
      expect(landing.findings.map((f: { line: number; column: number; verdict: string }) => `${f.line}:${f.column} ${f.verdict}`)).toEqual(['6:29 contradicted', '10:9 contradicted', '10:28 unsubstantiated']);
      expect(landing.claims.some((c: { verdict: string; text: string }) => c.verdict === 'supported' && c.text.includes('200+'))).toBe(true);
    },
  },
  {
    name: 'several formats at once', fixture: 'basic', args: ['-f', 'github', '-f', 'sarif=reports/claimlint.sarif', '-f', 'junit=reports/junit.xml', '-f', 'markdown=reports/summary.md', '-f', 'html=reports/report.html'], exit: 1,
    stdout: [/^::error file=site\/landing\.md,line=6,col=29,endLine=6,endColumn=\d+,title=claimlint claim\/contradicted \(contradicted\)::/m, /^::warning file=site\/landing\.md,line=10,col=28,/m],
    files: {
      'reports/claimlint.sarif': ['"version":"2.1.0"', '"verdict":"contradicted"', '"claimKind":"bound"', '"registryEntry":"support.first-response"', '"uri":"site/landing.md"'],
      'reports/junit.xml': ['<testsuites name="claimlint" tests="4" failures="4"', '<testsuite name="site/landing.md" tests="3" failures="3"'],
      'reports/summary.md': ['### ❌ claimlint: 3 errors, 1 warning in 2 files of 2', '| site/landing.md | 6 | error | contradicted |'],
      'reports/report.html': ['<script id="claims-data" type="application/json">', '"supported"', '"contradicted"', 'support.first-response'],
    },
  },
  { name: 'colour on request, not by default', fixture: 'basic', args: ['--color'], exit: 1, stdout: ['\u001b[31merror'] },
  { name: 'no colour when piped', fixture: 'basic', args: [], exit: 1, notStdout: ['\u001b['] },

  // Standard input.
  {
    name: 'stdin', fixture: 'basic', args: ['-', '--stdin-filename', 'site/new.md'], input: 'Our support team will reply within 1 hour.\n', exit: 1,
    stdout: [/site\/new\.md\n\s+1:29\s+error/], notStdout: ['landing.md'],
  },
  { name: 'stdin YAML by file name', fixture: 'basic', args: ['-', '--stdin-filename', 'ad.yaml', '-f', 'json'], input: 'id: x\nheadline: We have over 500 locations.\n', exit: 1, stdout: ['"path":"ad.yaml"', '"line":2'] },

  // Fixes.
  {
    name: '--fix-dry-run leaves files alone', fixture: 'basic', args: ['--fix-dry-run', '-f', 'json', 'site/landing.md'], exit: 0,
    stderr: ['claimlint: --fix-dry-run: 1 file would change (the json format shows the fixed text)\n'],
    check: ({ stdout }, dir) => {
      const doc = JSON.parse(stdout);
      expect(doc.files[0].output).toBeTypeOf('string');
      expect(doc.files[0].output).not.toContain('within 1 hour');
      expect(readFileSync(path.join(dir, 'site/landing.md'), 'utf8')).toContain('within 1 hour');
    },
  },
  {
    name: '--fix rewrites safely and reports what is left', fixture: 'basic', args: ['--fix', 'site/landing.md'], exit: 0,
    stderr: ['claimlint: --fix rewrote 1 file\n'],
    check: ({ stdout }, dir) => {
      const fixed = readFileSync(path.join(dir, 'site/landing.md'), 'utf8');
      expect(fixed).not.toContain('within 1 hour');
      expect(fixed).toContain('title: Fast, friendly support'); // the rest of the page is untouched
      expect(stdout).not.toContain('claim/contradicted');
      const rerun = runCli(dir, ['site/landing.md']);
      expect(rerun.stdout).not.toContain('claim/contradicted');
    },
  },
  {
    name: '--fix never touches a file that could not be read', fixture: 'basic', args: ['--fix', 'site/broken.md'], exit: 1,
    stderr: ['claimlint: --fix rewrote 0 files\n'],
    prepare: (dir) => writeFileSync(path.join(dir, 'site/broken.md'), Buffer.from([0x4f, 0x75, 0x72, 0x20, 0xff, 0x0a])),
    check: (_r, dir) => expect([...readFileSync(path.join(dir, 'site/broken.md'))]).toEqual([0x4f, 0x75, 0x72, 0x20, 0xff, 0x0a]),
    stdout: ['invalid UTF-8 at byte 4', 'document/parse'],
  },

  // Robustness.
  { name: 'binary file', fixture: 'clean', args: [], exit: 1, prepare: (dir) => writeFileSync(path.join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), stdout: [/logo\.md\n\s+1:1\s+error\s+Skipped: binary content/] },
  { name: 'size limit', fixture: 'clean', args: [], exit: 0, prepare: (dir) => { writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: claims.registry.yaml\nmaxFileSize: 1000\n'); writeFileSync(path.join(dir, 'huge.md'), 'Visit one of our 200+ stores.\n'.repeat(100)); }, stdout: [/huge\.md\n\s+1:1\s+warning\s+Skipped: 2\.9 KB is over the 1000 B size limit/, 'document/limit'] },
  { name: 'config alias bomb', fixture: 'clean', args: [], exit: 2, prepare: (dir) => writeFileSync(path.join(dir, 'claimlint.config.yaml'), aliasBomb()), stderr: ['Config:', 'alias'] },

  // Init.
  {
    name: '--init writes a starter config and registry that work', args: ['--init'], exit: 0, stdout: ['wrote claimlint.config.yaml', 'wrote claims.registry.yaml'],
    check: (_r, dir) => {
      writeFileSync(path.join(dir, 'page.md'), 'Our support team will reply within 1 hour.\n');
      const run = runCli(dir, []);
      expect(run.stderr).not.toContain('no registry found');
      expect(run.stdout).toContain('support.first-response');
      expect(runCli(dir, ['--init']).stdout).toContain('kept claimlint.config.yaml (already exists)');
    },
  },
  {
    name: '--init keeps a config under another of its names', args: ['--init'], exit: 0, prepare: (dir) => writeFileSync(path.join(dir, '.claimlint.yaml'), 'jurisdiction: UK\n'),
    stdout: ['kept .claimlint.yaml (already exists)', 'wrote claims.registry.yaml'],
    check: (_r, dir) => expect(existsSync(path.join(dir, 'claimlint.config.yaml'))).toBe(false),
  },

  // Files and folders named on the command line.
  { name: '--root that is not a folder', fixture: 'basic', args: ['--root', 'nowhere'], exit: 2, stderr: ['claimlint: --root nowhere is not a folder.'] },
  {
    name: 'a named file an "ignore" glob of the config excludes', fixture: 'basic', args: ['drafts/draft.md'], exit: 0,
    prepare: (dir) => writeFileSync(path.join(dir, 'claimlint.config.yaml'), 'registry: claims.registry.yaml\nignore: ["drafts/**"]\n'),
    stderr: ['claimlint: not linting drafts/draft.md: an "ignore" glob of the config excludes it.'],
  },
  { name: 'a named registry file', fixture: 'basic', args: ['claims.registry.yaml'], exit: 0, stderr: ['claimlint: not linting claims.registry.yaml: it is a registry or config file.'] },
];

function copyInto(dir: string, sub: string, fixtureFile: string): void {
  const target = path.join(dir, '..', sub);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, path.basename(fixtureFile)), readFileSync(path.join(__dirname, '../fixtures/cli', fixtureFile)));
}

function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe.concurrent('claimlint CLI scenarios', () => {
  for (const scenario of scenarios) {
    it(scenario.name, async ({ expect }) => {
      const dir = copyFixture(scenario.fixture);
      scenario.prepare?.(dir);
      const result = await runCliAsync(dir, scenario.args, { input: scenario.input });
      const context = `\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
      expect(result.code, `exit code${context}`).toBe(scenario.exit);
      for (const f of scenario.stdout ?? []) expect(has(result.stdout, f), `stdout should contain ${f}${context}`).toBe(true);
      for (const f of scenario.notStdout ?? []) expect(has(result.stdout, f), `stdout should not contain ${f}${context}`).toBe(false);
      for (const f of scenario.stderr ?? []) expect(has(result.stderr, f), `stderr should contain ${f}${context}`).toBe(true);
      for (const [file, fragments] of Object.entries(scenario.files ?? {})) {
        const full = path.join(dir, file);
        expect(existsSync(full), `${file} written`).toBe(true);
        const text = readFileSync(full, 'utf8');
        for (const f of fragments) expect(has(text, f), `${file} should contain ${f}\n${text.slice(0, 2000)}`).toBe(true);
      }
      scenario.check?.(result, dir);
    });
  }
});
