// claimlint --init: a starter config and registry in the current folder; existing files are kept.
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configFileIn } from '../node/project.js';

export const STARTER_CONFIG = `# claimlint configuration — see docs/config.md
# Registry files (globs relative to this file).
registry:
  - "**/*.registry.yaml"
# Reading defaults for "up to", bounds and averages: US (FTC) or UK (ASA/CAP).
jurisdiction: US
# Severity per rule: error, warning, info or off.
rules:
  claim/contradicted: error
  claim/unsubstantiated: warning
# Files never linted (besides .gitignore and .claimlintignore).
ignore:
  - "node_modules/**"
# Suppression comments must say why: <!-- claimlint-disable-next-line claim/unsubstantiated -- reason -->
requireSuppressionReason: false
`;

export const STARTER_REGISTRY = `# claimlint registry — one entry per verified capability or measured outcome.
version: 1
entries:
  - id: support.first-response
    title: Support — first response time (email)
    owner: support-ops@example.com
    subjects: [support, help desk, customer service]
    terms: [reply, respond, response, answer, first response]
    unit: hour
    evidence:
      median: 2.5
      p90: 6
      within: { "1 h": 0.35, "24 h": 0.99 }
    scope: { channel: email }
    source: Helpdesk export, tickets Oct 2026
    as_of: 2026-10-31
    max_age: 180d
    sample_size: 4210
`;

export function initProject(dir: string): { written: string[]; kept: string[] } {
  const written: string[] = [];
  const kept: string[] = [];
  for (const [name, text] of [['claimlint.config.yaml', STARTER_CONFIG], ['claims.registry.yaml', STARTER_REGISTRY]] as const) {
    // A config under any of its names is kept: a new claimlint.config.yaml would win over it.
    const file = path.join(dir, name);
    const existing = name === 'claimlint.config.yaml' ? configFileIn(dir) : existsSync(file) ? file : undefined;
    if (existing) kept.push(path.basename(existing));
    else {
      writeFileSync(file, text, { flag: 'wx' });
      written.push(name);
    }
  }
  return { written, kept };
}
