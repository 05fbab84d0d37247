// SARIF 2.1.0 for code scanning: one run, rule metadata with help URIs, partialFingerprints that
// survive line shifts, and the claim's verdict, kind and registry entry as result properties.
import { RULES, ruleDocsUrl, DOCS_BASE_URL, type RuleId, type Severity } from '../../core/index.js';
import type { Sink } from '../output.js';
import type { FileReport, ReportedFinding, ReportedRelated, RunEnd, RunStart } from '../report.js';
import { evidenceText } from './format-helpers.js';
import type { Reporter } from './index.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function artifactUri(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

function fileUrl(absolute: string): string {
  const slashed = absolute.replace(/\\/g, '/');
  const withRoot = slashed.startsWith('/') ? slashed : `/${slashed}`;
  return `file://${withRoot.split('/').map(encodeURIComponent).join('/')}`;
}

function fileUri(dir: string): string {
  const url = fileUrl(dir);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Relative to %SRCROOT% like a result's location; a file outside it (a shared registry) by its absolute URI. */
function relatedArtifact(r: ReportedRelated): { uri: string; uriBaseId?: string } {
  const outside = r.path === '..' || r.path.startsWith('../') || /^(?:[a-zA-Z]:)?\//.test(r.path);
  return outside ? { uri: fileUrl(r.uri) } : { uri: artifactUri(r.path), uriBaseId: '%SRCROOT%' };
}

function rulesMetadata(ruleIds: RuleId[]) {
  return ruleIds.map((id) => {
    const defaultSeverity = RULES[id].defaultSeverity;
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: RULES[id].description },
      fullDescription: { text: RULES[id].description },
      helpUri: ruleDocsUrl(id, DOCS_BASE_URL),
      help: { text: `${RULES[id].description} See ${ruleDocsUrl(id, DOCS_BASE_URL)}` },
      defaultConfiguration: defaultSeverity === 'off' ? { enabled: false, level: 'note' } : { level: LEVEL[defaultSeverity] },
      properties: { tags: [id.split('/')[0]] },
    };
  });
}

/** What a result's artifact locations reuse: worked out once per file, and once per related file for the whole run. */
interface Artifacts {
  /** The linted file's artifactLocation. */
  file: { uri: string; uriBaseId: string };
  related(r: ReportedRelated): { uri: string; uriBaseId?: string };
}

function result(f: ReportedFinding, ruleIds: RuleId[], artifacts: Artifacts): Record<string, unknown> {
  const evidence = evidenceText(f.evidence);
  const entry = f.entryId ?? f.evidence?.entryId;
  const r: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: evidence ? `${f.message}\nEvidence: ${evidence}` : f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifacts.file,
        region: { startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column, charOffset: f.range.start, charLength: f.range.end - f.range.start },
      },
    }],
    // The registry entry a verdict rests on, a registry problem's other half ("first definition").
    ...(f.related?.length ? {
      relatedLocations: f.related.map((rel, id) => ({
        id,
        physicalLocation: {
          artifactLocation: artifacts.related(rel),
          region: { startLine: rel.start.line, startColumn: rel.start.column, endLine: rel.end.line, endColumn: rel.end.column, charOffset: rel.range.start, charLength: rel.range.end - rel.range.start },
        },
        message: { text: rel.message },
      })),
    } : {}),
    partialFingerprints: { 'claimlintFingerprint/v1': f.fingerprint },
    properties: {
      verdict: f.verdict ?? null,
      claimKind: f.claim?.kind ?? null,
      registryEntry: entry ?? null,
      ...(f.previousVerdict ? { previousVerdict: f.previousVerdict } : {}),
      docsUrl: f.docsUrl,
    },
  };
  const safeFixes = f.fixes.filter((x) => x.edits.every((e) => e.uri === f.uri));
  if (safeFixes.length > 0) {
    r.fixes = safeFixes.map((x) => ({
      description: { text: x.title },
      artifactChanges: [{
        artifactLocation: artifacts.file,
        replacements: x.edits.map((e) => ({ deletedRegion: { charOffset: e.range.start, charLength: e.range.end - e.range.start }, insertedContent: { text: e.newText } })),
      }],
    }));
  }
  return r;
}

// Compact JSON (a 10,000-page run's SARIF is half the size without indentation), written as it goes:
// the document up to "results":[ at start, each result as its file arrives, the run's properties
// (which carry the baseline count) at the end.
export function sarif(sink: Sink): Reporter {
  const ruleIds = Object.keys(RULES) as RuleId[];
  let run: RunStart | undefined;
  let first = true;
  const relatedArtifacts = new Map<string, { uri: string; uriBaseId?: string }>();
  const related = (r: ReportedRelated) => {
    let artifact = relatedArtifacts.get(r.path);
    if (!artifact) relatedArtifacts.set(r.path, (artifact = relatedArtifact(r)));
    return artifact;
  };
  return {
    start(start) {
      run = start;
      const tool = { driver: { name: start.tool.name, version: start.tool.version, semanticVersion: start.tool.version, informationUri: start.tool.informationUri, rules: rulesMetadata(ruleIds) } };
      sink.write(`{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":${JSON.stringify(tool)},"originalUriBaseIds":${JSON.stringify({ '%SRCROOT%': { uri: fileUri(start.cwd) } })},"columnKind":"utf16CodeUnits","results":[`);
    },
    file(file: FileReport) {
      if (file.findings.length === 0) return;
      let text = '';
      const artifacts: Artifacts = { file: { uri: artifactUri(file.path), uriBaseId: '%SRCROOT%' }, related };
      for (const f of file.findings) {
        text += `${first ? '' : ','}${JSON.stringify(result(f, ruleIds, artifacts))}`;
        first = false;
      }
      sink.write(text);
    },
    end({ baselined }: RunEnd) {
      const properties = { registry: run?.registry, baselined, ...(run?.impact ? { impact: run.impact } : {}) };
      sink.write(`],"properties":${JSON.stringify(properties)}}]}\n`);
    },
  };
}
