// Reporters as pure functions over a hand-built report.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import { micromark } from 'micromark';
import { gfmStrikethrough, gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { sarifTooLargeWarning } from '../../src/cli/cli.js';
import { evidenceText } from '../../src/cli/reporters/format-helpers.js';
import { REPORTERS } from '../../src/cli/reporters/index.js';
import { impactLine } from '../../src/cli/reporters/stylish.js';
import { sampleReport } from './sample-report.js';

const projectRoot = path.resolve(__dirname, '../..');
const sharedDir = path.resolve(projectRoot, '../shared');
const plain = { color: false, quiet: false };

describe('stylish', () => {
  it('groups by file, puts evidence on a second line, and colours only when asked', () => {
    const out = REPORTERS.stylish(sampleReport(), plain);
    expect(out).toContain('site/a|b.md\n  3:5  error    "reply within 1 hour" promises more');
    expect(out).toMatch(/claim\/contradicted\n\s+↳ Evidence: 90% of tickets answered within 6 h \(Helpdesk export, Oct 2026, 2026-10-31\) — entry support\.first-response/);
    expect(out).toContain('✖ 3 problems (1 error, 1 warning, 1 info) in 1 file');
    expect(out).toContain('1 fixable with --fix');
    expect(out).not.toContain('site/clean page.md');
    expect(out).not.toContain('\u001b[');
    expect(REPORTERS.stylish(sampleReport(), { color: true, quiet: false })).toContain('\u001b[31merror');
  });

  it('lists each rule that fired once, with its documentation link', () => {
    const report = sampleReport();
    const out = REPORTERS.stylish(report, plain);
    const rules = new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)));
    expect(out).toContain('Rule docs:');
    for (const file of report.files) for (const f of file.findings) expect(out).toContain(`${f.ruleId}`.padEnd(Math.max(...[...rules].map((r) => r.length))) + `  ${f.docsUrl}`);
    expect(out.split('Rule docs:')[1].match(/claim\/contradicted/g)).toHaveLength(1);
  });

  it('shows control characters in file names and registry text as escapes, writing only its own colour codes', () => {
    const report = sampleReport();
    const [file] = report.files;
    file.path = 'hostile/\u001b]0;pwned\u0007nl\nname.md';
    const [contradicted] = file.findings;
    contradicted.evidence = { ...contradicted.evidence!, source: 'export\u001b[2J\u009b2J\r\tlog' };
    contradicted.message = `${contradicted.message} (${contradicted.evidence.source})`;
    for (const color of [false, true]) {
      const out = REPORTERS.stylish(report, { color, quiet: false });
      const ownCodes = Object.values({ red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4, reset: 0 }).map((n) => `\u001b[${n}m`);
      const uncoloured = ownCodes.reduce((text, code) => text.replaceAll(code, ''), out);
      expect(uncoloured).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(uncoloured).toContain('hostile/\\x1b]0;pwned\\x07nl\\nname.md\n  3:5  error');
      expect(uncoloured).toContain('(export\\x1b[2J\\x9b2J\\r\\tlog)  claim/contradicted\n');
      expect(uncoloured).toContain('↳ Evidence: 90% of tickets answered within 6 h (export\\x1b[2J\\x9b2J\\r\\tlog, 2026-10-31) — entry');
    }
  });
});

describe('json', () => {
  it('has the documented stable shape', () => {
    const doc = JSON.parse(REPORTERS.json(sampleReport(), plain));
    expect(doc.version).toBe(1);
    expect(doc.summary).toEqual({ files: 2, errors: 1, warnings: 1, infos: 1, fixable: 1, baselined: 0 });
    const f = doc.files[0].findings[0];
    expect(f).toMatchObject({ ruleId: 'claim/contradicted', severity: 'error', line: 3, column: 5, endLine: 3, endColumn: 24, verdict: 'contradicted', claimKind: 'bound', claimText: 'reply within 1 hour', entryId: 'support.first-response', fingerprint: 'fp-3-5' });
    expect(doc.files[0].claims.map((c: { verdict: string }) => c.verdict)).toEqual(['contradicted', 'unsubstantiated', 'supported', 'stale']);
  });
});

describe('sarif', () => {
  const sarifText = () => REPORTERS.sarif(sampleReport(), plain);

  it('carries rule metadata, fingerprints and claim properties', () => {
    const doc = JSON.parse(sarifText());
    const run = doc.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'claim/contradicted');
    expect(rule.helpUri).toMatch(/claim-contradicted\.md$/);
    const result = run.results[0];
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(result.partialFingerprints['claimlintFingerprint/v1']).toBe('fp-3-5');
    expect(result.properties).toMatchObject({ verdict: 'contradicted', claimKind: 'bound', registryEntry: 'support.first-response' });
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('site/a%7Cb.md');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 24 });
    expect(run.results[2].level).toBe('note');
  });

  it('validates against the OASIS SARIF 2.1.0 schema', (context) => {
    const schemaFile = path.join(sharedDir, 'schemas/sarif-schema-2.1.0.json');
    if (!existsSync(schemaFile)) {
      console.log('skipped: ../shared not present');
      context.skip();
      return;
    }
    // The package is CommonJS with a `default` export; under NodeNext the class sits on `.default`.
    const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: typeof AjvDraft04Module }).default ?? AjvDraft04Module) as unknown as new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown[] | null } };
    const ajv = new AjvDraft04({ allErrors: true, strict: false, logger: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const ok = validate(JSON.parse(sarifText()));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema is not vacuous: a broken document fails it.
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
});

describe('sarif larger than GitHub code scanning accepts', () => {
  const totals = (errors: number, warnings = 0, infos = 0) => ({ errors, warnings, infos, fixable: 0, files: 1, filesWithFindings: 1 });
  it('warns past 25,000 results in the run, counting every severity', () => {
    expect(sarifTooLargeWarning([{ name: 'sarif', file: 'out.sarif' }], totals(20_000, 5_000, 1))).toMatch(/^the SARIF output has 25001 results; GitHub code scanning rejects .* more than 25000 results/);
  });
  it('is silent at the limit and without a SARIF output', () => {
    expect(sarifTooLargeWarning([{ name: 'sarif' }], totals(25_000))).toBeUndefined();
    expect(sarifTooLargeWarning([{ name: 'json' }, { name: 'stylish' }], totals(90_000))).toBeUndefined();
  });
});

describe('junit', () => {
  it('writes a suite per file, a failure per finding, escaped', () => {
    const out = REPORTERS.junit(sampleReport(), plain);
    expect(out).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="claimlint" tests="4" failures="3" errors="0">/);
    expect(out).toContain('<testsuite name="site/a|b.md" tests="3" failures="3" errors="0">');
    expect(out).toContain('<testcase name="site/clean page.md" classname="site/clean page.md"/>');
    expect(out).toContain('&lt;b&gt;&amp; &quot;friends&quot;&lt;/b&gt;');
    expect(out).not.toContain('<b>&');
  });

  it('keeps tabs and line breaks in attribute values as character references, so a reader gets them back', () => {
    // What an XML reader makes of an attribute value: raw tabs and line breaks become spaces, then references are decoded.
    const read = (raw: string) => raw.replace(/[\t\n\r]/g, ' ').replace(/&(#\d+|amp|lt|gt|quot);/g, (_, r: string) => (r[0] === '#' ? String.fromCharCode(Number(r.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"' }[r]!));
    const report = sampleReport();
    const [file] = report.files;
    file.path = 'hostile/nl\nname\r\n\tx.md';
    file.findings[0].message = 'source "Help\rdesk\texport\nOct"';
    const out = REPORTERS.junit(report, plain);
    expect(out).toContain('<testsuite name="hostile/nl&#10;name&#13;&#10;&#9;x.md" tests="3"');
    expect(read(/<testsuite name="([^"]*)"/.exec(out)![1])).toBe(file.path);
    expect(read(/<testcase name="[^"]*" classname="([^"]*)"/.exec(out)![1])).toBe(file.path);
    expect(read(/<failure message="([^"]*)"/.exec(out)![1])).toBe(file.findings[0].message);
    // In element text a raw CR would be read as LF.
    expect(out).toContain('hostile/nl\nname&#13;\n\tx.md:3:5 error source &quot;Help&#13;desk\texport\nOct&quot;');
  });
});

describe('github', () => {
  it('writes one workflow command per finding with escaped properties and data', () => {
    const lines = REPORTERS.github(sampleReport(), plain).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=site\/a\|b\.md,line=3,col=5,endLine=3,endColumn=24,title=claimlint claim\/contradicted \(contradicted\)::"reply within 1 hour" promises more than measured: 35%25 of tickets/);
    expect(lines[0]).toContain('%0AEvidence: 90%25 of tickets');
    expect(lines[1].startsWith('::warning ')).toBe(true);
    expect(lines[1]).toContain('100%25: check');
    expect(lines[2].startsWith('::notice ')).toBe(true);
  });

  it('says in the log when GitHub will not show every annotation (10 of each kind per step)', () => {
    const report = sampleReport();
    const [error, warning] = report.files[0].findings;
    report.files[0].findings = [...Array.from({ length: 11 }, () => error), ...Array.from({ length: 10 }, () => warning)];
    const lines = REPORTERS.github(report, plain).trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('claimlint: 11 errors annotated; GitHub shows the first 10 of each kind in a step. All of them are in this log, and in the job summary (--format markdown) or the SARIF upload.');
    report.files[0].findings.shift();
    expect(REPORTERS.github(report, plain)).not.toContain('GitHub shows the first'); // 10 of each: all shown
  });

  it('says the job summary lists only the first 500 findings when there are more', () => {
    const report = sampleReport();
    const [error, warning, info] = report.files[0].findings;
    report.files[0].findings = [...Array.from({ length: 489 }, () => error), ...Array.from({ length: 11 }, () => warning)];
    const lastLine = () => REPORTERS.github(report, plain).trimEnd().split('\n').at(-1);
    expect(lastLine()).toBe('claimlint: 489 errors and 11 warnings annotated; GitHub shows the first 10 of each kind in a step. All of them are in this log, and in the job summary (--format markdown) or the SARIF upload.');
    report.files[0].findings.push(info); // 501: one past the summary's table
    expect(lastLine()).toBe('claimlint: 489 errors and 11 warnings annotated; GitHub shows the first 10 of each kind in a step. All of them are in this log and in the SARIF upload; the job summary (--format markdown) lists the first 500.');
    expect(REPORTERS.markdown(report, plain)).toContain('… and 1 more; see the full report.');
  });
});

describe('markdown', () => {
  it('summarises and tabulates, escaping pipes', () => {
    const out = REPORTERS.markdown(sampleReport(), plain);
    expect(out).toContain('### ❌ claimlint: 1 error, 1 warning in 1 file of 2');
    expect(out).toContain('| site/a\\|b.md | 3 | error | contradicted |');
    expect(out).toContain('[claim/contradicted](https://example.test/rules/claim-contradicted.md)');
    for (const row of out.split('\n').filter((l) => l.startsWith('| site'))) expect(row.split(/(?<!\\)\|/).length).toBe(9);
  });

  // How GitHub reads the summary: CommonMark with GFM tables and strikethrough, <br> allowed.
  const render = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfmTable(), gfmStrikethrough()], htmlExtensions: [gfmTableHtml(), gfmStrikethroughHtml()] });
  // The text a reader sees: <br> is a line break, a code span its text; any other markup is left in and fails a comparison.
  const seen = (html: string) => html.replace(/<br>/g, '\n').replace(/<\/?code>/g, '').replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!);
  const bodyCells = (html: string) => [...html.matchAll(/<tr>\n((?:<td[^>]*>[\s\S]*?<\/td>\n)+)<\/tr>/g)].map(([, row]) => [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell));
  const lineBreaks = (s: string) => s.replace(/\r\n?/g, '\n');

  it('renders file names, messages, evidence and entries as their own text, in one row per finding', () => {
    const report = sampleReport();
    const [file] = report.files;
    const [contradicted, unsubstantiated] = file.findings;
    const hostile = ' [x](http://e.test/) &amp; `t` ``u`` *s* _u_ ~~d~~ <b>x</b> \\| \\ |';
    file.path = `hostile/a\rb\r\nc\nd${hostile}.md`;
    contradicted.entryId = 'support.email_first_reply';
    contradicted.evidence = { ...contradicted.evidence!, entryId: 'support.email_first_reply', source: `Help\rdesk${hostile}` };
    contradicted.message = `“within 1 hour” is not kept (support.email_first_reply: ${contradicted.evidence.source}).`;
    unsubstantiated.entryId = '`a|b``'; // not valid entry ids, but the cell must still show them
    file.findings[2].entryId = 'a\\|b';
    const html = render(REPORTERS.markdown(report, plain));
    const rows = bodyCells(html);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(7);
    expect(seen(rows[0][0])).toBe(lineBreaks(file.path));
    expect(seen(rows[0][4])).toBe(lineBreaks(contradicted.message));
    expect(rows[0][5]).toMatch(/ — <code>support\.email_first_reply<\/code>$/);
    expect(seen(rows[0][5])).toBe(lineBreaks(`${evidenceText(contradicted.evidence)} — support.email_first_reply`));
    expect(seen(rows[1][4])).toBe(unsubstantiated.message);
    expect(rows[1][5]).toBe('<code>`a|b``</code>');
    expect(seen(rows[2][5])).toBe('a\\|b'); // GFM reads \| in a cell's code span as a pipe, so this one is plain text
  });

  it('writes the impact base as code and the impact lines as their own text', () => {
    const report = sampleReport();
    const change = { entryId: 'support.email_first_reply', evidenceBefore: 'p90 `2 h` *', evidenceAfter: '[6 h](http://e.test/) &amp;', byVerdict: { contradicted: 1 }, claims: 1, files: 1 };
    report.impact = { base: 'feature_x', changes: [change] };
    const html = render(REPORTERS.markdown(report, plain));
    expect(html).toContain('<strong>Impact of registry changes since <code>feature_x</code></strong>');
    expect(seen(/<li>([\s\S]*?)<\/li>/.exec(html)![1])).toBe(impactLine(change));
    report.impact.base = '``x` |y';
    expect(render(REPORTERS.markdown(report, plain))).toContain('since <code>``x` |y</code></strong>');
  });

  it('says when no registry was found', () => {
    const report = sampleReport();
    report.registry.found = false;
    expect(REPORTERS.markdown(report, plain)).toContain('**No registry found**');
  });
});

describe('html', () => {
  it('lists every claim, supported ones too, with verdict, evidence and entry', () => {
    const out = REPORTERS.html(sampleReport(), plain);
    const json = /<script id="claims-data" type="application\/json">([\s\S]*?)<\/script>/.exec(out)?.[1];
    const rows = JSON.parse(json!) as Array<Array<string | null>>;
    expect(rows).toHaveLength(4);
    expect(rows).toContainEqual(['site/a|b.md:8:1', 'schedule', 'open 7 days', 'supported', null, expect.stringContaining('Open Mo-Su'), null, 'stores.hours']);
    // Markup in copy stays text: "<" is escaped inside the script, so nothing can close it early.
    expect(rows.some((r) => r[6]?.includes('<b>& "friends"</b>'))).toBe(true);
    expect(json).not.toContain('<');
    expect(out).not.toMatch(/<(link|img)[^>]+(href|src)="http/); // self-contained
  });
});
