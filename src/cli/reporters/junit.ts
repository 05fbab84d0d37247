// JUnit XML: a test suite per file, a failing test case per finding, a passing case for clean files.
// The root element carries the totals, so the suites wait in a spool until the last file is in.
import { Spool, type Sink } from '../output.js';
import type { FileReport, RunEnd } from '../report.js';
import { escapeXml, escapeXmlAttribute, evidenceText } from './format-helpers.js';
import type { Reporter } from './index.js';

export function junit(sink: Sink): Reporter {
  const suites = new Spool();
  let tests = 0;
  return {
    start() {},
    file(file: FileReport) {
      tests += Math.max(1, file.findings.length);
      const name = escapeXmlAttribute(file.path);
      const out = [`  <testsuite name="${name}" tests="${Math.max(1, file.findings.length)}" failures="${file.findings.length}" errors="0">`];
      if (file.findings.length === 0) out.push(`    <testcase name="${name}" classname="${name}"/>`);
      for (const f of file.findings) {
        const evidence = evidenceText(f.evidence);
        const body = [`${file.path}:${f.start.line}:${f.start.column} ${f.severity} ${f.message}`, evidence ? `Evidence: ${evidence}` : '', f.docsUrl].filter(Boolean).join('\n');
        out.push(`    <testcase name="${escapeXmlAttribute(`${f.start.line}:${f.start.column} ${f.ruleId}`)}" classname="${name}">`);
        out.push(`      <failure message="${escapeXmlAttribute(f.message)}" type="${escapeXmlAttribute(`${f.severity} ${f.ruleId}`)}">${escapeXml(body)}</failure>`);
        out.push('    </testcase>');
      }
      out.push('  </testsuite>');
      suites.write(`${out.join('\n')}\n`);
    },
    end({ totals: t }: RunEnd) {
      const failures = t.errors + t.warnings + t.infos;
      sink.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="claimlint" tests="${tests}" failures="${failures}" errors="0">\n`);
      suites.drainTo(sink);
      sink.write('</testsuites>\n');
    },
  };
}
