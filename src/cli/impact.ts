// claimlint impact --base REF: lints every file with the registry as it was at a git ref and as it
// is now, and keeps only the claims whose verdict changed, grouped by registry entry.
import type { ExecFileSyncOptions } from 'node:child_process';
import * as path from 'node:path';
import { DOCS_BASE_URL, loadRegistry, makeFinding, quotable, type Registry, type SourceFile } from '../core/index.js';
import type { Project } from '../node/project.js';
import { lintFileSafely } from './run.js';
import type { FileReport, ImpactChange, ReportedClaim, ReportedFinding } from './report.js';

/**
 * Runs git. child_process is loaded on first use: with the net and dgram modules it brings, it cost
 * every lint run ~3.5 ms of start-up, and only impact needs it.
 */
function git(args: string[], options: ExecFileSyncOptions): string | Buffer {
  return (require('node:child_process') as typeof import('node:child_process')).execFileSync('git', args, options);
}

/** A registry file's text at a git ref; undefined when it did not exist there. */
export function gitShow(ref: string, file: string): string | undefined {
  try {
    return git(['show', `${ref}:./${path.basename(file)}`], { cwd: path.dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }) as string;
  } catch {
    return undefined;
  }
}

/** Checks that the ref names a commit; a message when it does not (usage error). */
export function checkRef(ref: string, cwd: string): string | undefined {
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'claimlint impact needs git, which was not found on PATH';
  }
  // Say which: no repository at all, or a ref that names no commit in it.
  try {
    git(['rev-parse', '--git-dir'], { cwd, stdio: 'ignore' });
  } catch {
    return `${cwd} is not in a git repository: claimlint impact compares the registry with its version at a git ref`;
  }
  return `--base ${ref} is not a commit in the git repository at ${cwd}`;
}

const claimKey = (c: ReportedClaim) => `${c.start.line}:${c.start.column}:${c.end.line}:${c.end.column}:${c.text}`;

export function runImpact(project: Project, files: string[], base: string, onProgress?: (done: number) => void): { reports: FileReport[]; changes: ImpactChange[] } {
  const oldRegistries = new Map<string, Registry>();
  const oldRegistryFor = (file: string): Registry => {
    const now = project.registryFor(file);
    const key = now.files.join('\n');
    let registry = oldRegistries.get(key);
    if (!registry) {
      const sources: SourceFile[] = [];
      for (const f of now.files) {
        const text = gitShow(base, f);
        if (text !== undefined) sources.push({ uri: f, text });
      }
      registry = loadRegistry(sources, { today: project.today, docsBaseUrl: DOCS_BASE_URL }).registry;
      oldRegistries.set(key, registry);
    }
    return registry;
  };

  const reports: FileReport[] = [];
  const byEntry = new Map<string, { change: ImpactChange; files: Set<string> }>();
  files.forEach((file, index) => {
    const before = lintFileSafely(project, file, { fix: 'none', registry: oldRegistryFor(file) });
    const after = lintFileSafely(project, file, { fix: 'none' });
    const previous = new Map(before.claims.map((c) => [claimKey(c), c]));
    const changedClaims: ReportedClaim[] = [];
    const findings: ReportedFinding[] = [];
    for (const claim of after.claims) {
      const old = previous.get(claimKey(claim));
      if (!old || old.verdict === claim.verdict) continue;
      changedClaims.push({ ...claim, previousVerdict: old.verdict });
      const finding = after.findings.find((f) => f.claim && f.start.line === claim.start.line && f.start.column === claim.start.column);
      // The change is stated in the message itself so every format (junit, github, …) shows it.
      if (finding) findings.push({ ...finding, message: `Verdict changed: ${old.verdict} → ${claim.verdict}. ${finding.message}`, previousVerdict: old.verdict });
      else {
        // Now supported (or no longer reported): still a change reviewers should see, at the claim,
        // with its words and kind like every other claim finding.
        const base = makeFinding('claim/supported', after.uri, claim.range, `Verdict changed: ${old.verdict} → ${claim.verdict}. "${quotable(claim.text)}" is now ${claim.verdict}.`, { docsBaseUrl: DOCS_BASE_URL }, 'info');
        findings.push({ ...base, claim: { kind: claim.kind, text: claim.text, range: claim.range }, verdict: claim.verdict, entryId: claim.entryId, evidence: claim.evidence, start: claim.start, end: claim.end, fingerprint: `impact:${claimKey(claim)}`, previousVerdict: old.verdict });
      }
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
  return { reports, changes };
}
