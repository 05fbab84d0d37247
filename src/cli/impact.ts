// claimlint impact --base REF: lints every file with the registry and configs as they were at a git
// commit and as they are now, and keeps only the claims whose verdict changed, grouped by registry entry.
import * as path from 'node:path';
import { CONFIG_FILE_NAMES } from '../core/config.js';
import { DOCS_BASE_URL, entryLocation, loadRegistry, makeFinding, quotable, type Registry, type SourceFile } from '../core/index.js';
import type { ConfigFileSource, Project } from '../node/project.js';
import { sourceFromBytes } from '../node/read-document.js';
import { fingerprint } from './fingerprint.js';
import { commitTree, inRepository, readAtCommit, type CommitTree } from './git.js';
import { reportedRelated } from './lint-file.js';
import { lintFileSafely } from './run.js';
import type { FileReport, ImpactChange, ReportedClaim, ReportedFinding } from './report.js';

const claimKey = (c: ReportedClaim) => `${c.start.line}:${c.start.column}:${c.end.line}:${c.end.column}:${c.text}`;

export interface ImpactResult {
  reports: FileReport[];
  changes: ImpactChange[];
  /** Registry files git has no content for at the commit (outside the repository): compared as they are now. */
  sameOnBothSides: string[];
  /** Config files with errors as the commit had them (read as far as they could be). */
  configProblemsAtCommit: string[];
}

/**
 * The configs at the commit: in a folder inside the repository where the commit holds a config file,
 * the folder's config is the commit's (under whichever name it had there); elsewhere (no config there
 * at the commit: added since or never committed; outside the repository) it is read as it is now.
 */
function configsAtCommit(tree: CommitTree): ConfigFileSource {
  const held = tree.files.filter((f) => (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(f)));
  const bytes = readAtCommit(tree, held);
  const folders = new Set(held.map((f) => path.dirname(f)));
  return (file) => {
    if (!folders.has(path.dirname(file))) return 'on-disk';
    const atCommit = bytes.get(file);
    // A symbolic link leading out of the repository: git has no content for it.
    return atCommit === 'outside' ? 'on-disk' : (atCommit ?? 'absent');
  };
}

/**
 * The side of the commit is linted with the configs as the commit had them (configsAtCommit):
 * their registry globs, ignore globs, overrides and settings. The registry at the commit is what
 * those globs (or the --registry paths) match among the files the commit holds, read from the
 * commit: renamed, deleted and added registry files count as they were there. A registry file
 * outside the repository cannot be read at the commit and is taken as it is now.
 */
export function runImpact(project: Project, files: string[], commit: string, onProgress?: (done: number) => void): ImpactResult {
  const tree = commitTree(commit, project.cwd);
  const projectAtCommit = project.withConfigSource(configsAtCommit(tree));
  const sameOnBothSides = new Set<string>();
  const oldRegistries = new Map<string, Registry>();
  const oldRegistryFor = (file: string): Registry => {
    const registryAtCommit = projectAtCommit.registryFilesAmong(file, tree.files);
    const now = projectAtCommit.registryFilesOnDisk(file);
    const outside = now.filter((f) => !inRepository(tree, f));
    const key = `${registryAtCommit.join('\n')}\0${outside.join('\n')}`;
    let registry = oldRegistries.get(key);
    if (registry) return registry;
    const sources: SourceFile[] = [];
    const fromNow = new Set(outside);
    for (const [f, bytes] of readAtCommit(tree, registryAtCommit)) {
      if (bytes !== 'outside') {
        const source = sourceFromBytes(f, bytes).file;
        if (source) sources.push(source);
      } else if (now.includes(f)) fromNow.add(f); // a symbolic link out of the repository: read only if the registry reads it on disk
    }
    for (const f of fromNow) {
      const source = project.readRegistryFile(f);
      if (source) sources.push(source);
      sameOnBothSides.add(f);
    }
    // In path order, as the registry is read now: which of two duplicate ids wins must not change.
    sources.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    registry = loadRegistry(sources, { today: project.today, docsBaseUrl: DOCS_BASE_URL }).registry;
    oldRegistries.set(key, registry);
    return registry;
  };

  const reports: FileReport[] = [];
  const byEntry = new Map<string, { change: ImpactChange; files: Set<string> }>();
  files.forEach((file, index) => {
    const after = lintFileSafely(project, file, { fix: 'none' });
    // A file an ignore glob of the commit's configs excluded had no verdicts then: nothing changed.
    if (projectAtCommit.isIgnoredByConfig(file)) {
      reports.push({ uri: after.uri, path: after.path, findings: [], claims: [] });
      onProgress?.(index + 1);
      return;
    }
    const before = lintFileSafely(projectAtCommit, file, { fix: 'none', registry: oldRegistryFor(file) });
    const previous = new Map(before.claims.map((c) => [claimKey(c), c]));
    const changedClaims: ReportedClaim[] = [];
    const findings: ReportedFinding[] = [];
    let text: string | undefined;
    for (const claim of after.claims) {
      const old = previous.get(claimKey(claim));
      if (!old || old.verdict === claim.verdict) continue;
      // What a lint run does not report is no change to report: a claim a directive suppresses now.
      if (claim.suppressed) continue;
      const finding = after.findings.find((f) => f.claim && f.start.line === claim.start.line && f.start.column === claim.start.column);
      // The change is stated in the message itself so every format (junit, github, …) shows it.
      if (finding) findings.push({ ...finding, message: `Verdict changed: ${old.verdict} → ${claim.verdict}. ${finding.message}`, previousVerdict: old.verdict });
      else if (claim.verdict === 'supported') {
        // Now supported (claim/supported is off unless asked for): still a change reviewers should
        // see, at the claim, with its words and kind like every other claim finding, and the
        // fingerprint a lint run with --report-supported gives it (content, no line numbers).
        const { related: _unpositioned, ...base } = makeFinding('claim/supported', after.uri, claim.range, `Verdict changed: ${old.verdict} → ${claim.verdict}. "${quotable(claim.text)}" is now ${claim.verdict}.`, { docsBaseUrl: DOCS_BASE_URL }, 'info');
        const reported: Omit<ReportedFinding, 'start' | 'end' | 'fingerprint'> = { ...base, claim: { kind: claim.kind, text: claim.text, range: claim.range }, verdict: claim.verdict, entryId: claim.entryId, evidence: claim.evidence, previousVerdict: old.verdict };
        // Like a lint run's claim findings, it points at the registry entry that now supports it.
        const entry = claim.entryId === undefined ? undefined : project.registryFor(file).registry.byId.get(claim.entryId);
        const related = entry ? reportedRelated(project.cwd, [entryLocation(entry)], (u) => project.registryLines(u)) : [];
        if (related.length > 0) reported.related = related;
        text ??= project.readDocument(file).file?.text ?? '';
        findings.push({ ...reported, start: claim.start, end: claim.end, fingerprint: fingerprint(reported, text) });
      } else continue; // its rule is off for this file: a lint run does not report it either
      changedClaims.push({ ...claim, previousVerdict: old.verdict });
      const entryId = claim.entryId ?? old.entryId ?? '(no entry)';
      let group = byEntry.get(entryId);
      if (!group) {
        group = { change: { entryId, evidenceBefore: undefined, evidenceAfter: undefined, byVerdict: {}, claims: 0, files: 0 }, files: new Set() };
        byEntry.set(entryId, group);
      }
      // The entry's evidence on each side comes from a claim linked to this entry on that side: a
      // claim linked to another entry at REF says nothing of what this one showed (none, if it is new).
      if (old.entryId === entryId) group.change.evidenceBefore ??= old.evidence?.summary;
      if (claim.entryId === entryId) group.change.evidenceAfter ??= claim.evidence?.summary;
      group.change.claims++;
      group.change.byVerdict[claim.verdict] = (group.change.byVerdict[claim.verdict] ?? 0) + 1;
      group.files.add(after.path);
    }
    reports.push({ uri: after.uri, path: after.path, findings, claims: changedClaims });
    onProgress?.(index + 1);
  });
  const changes = [...byEntry.values()].map(({ change, files: f }) => ({ ...change, files: f.size })).sort((a, b) => b.claims - a.claims || a.entryId.localeCompare(b.entryId));
  const configProblemsAtCommit = [...new Set(projectAtCommit.configFindings.filter((f) => f.severity === 'error').map((f) => f.uri))].sort();
  return { reports, changes, sameOnBothSides: [...sameOnBothSides].sort(), configProblemsAtCommit };
}
