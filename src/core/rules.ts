import type { RuleId, Severity } from './types.js';

export interface RuleInfo {
  id: RuleId;
  description: string;
  defaultSeverity: Severity | 'off';
}

// Every rule has a page at docs/rules/<id with "/" replaced by "-">.md; the URL is built from settings.
export const RULES: Record<RuleId, RuleInfo> = {
  'claim/contradicted': { id: 'claim/contradicted', defaultSeverity: 'error', description: 'The registry evidence shows the claim is not kept.' },
  'claim/unsubstantiated': { id: 'claim/unsubstantiated', defaultSeverity: 'warning', description: 'A checkable claim with no registry evidence behind it.' },
  'claim/stale': { id: 'claim/stale', defaultSeverity: 'warning', description: 'The evidence behind the claim has expired or is older than allowed.' },
  'claim/needs-qualifier': { id: 'claim/needs-qualifier', defaultSeverity: 'warning', description: 'The claim holds only with a qualifier the copy lacks.' },
  'claim/supported': { id: 'claim/supported', defaultSeverity: 'off', description: 'The evidence holds; reported only when asked for.' },
  'registry/syntax': { id: 'registry/syntax', defaultSeverity: 'error', description: 'A registry file is not valid YAML.' },
  'registry/schema': { id: 'registry/schema', defaultSeverity: 'error', description: 'A registry entry does not match the registry schema.' },
  'registry/unknown-unit': { id: 'registry/unknown-unit', defaultSeverity: 'error', description: 'A registry entry names a unit claimlint does not know.' },
  'registry/duplicate-id': { id: 'registry/duplicate-id', defaultSeverity: 'error', description: 'Two registry entries share an id.' },
  'registry/missing-evidence': { id: 'registry/missing-evidence', defaultSeverity: 'error', description: 'A registry entry records no evidence.' },
  'registry/contradictory-evidence': { id: 'registry/contradictory-evidence', defaultSeverity: 'error', description: 'A registry entry’s figures cannot all be true (e.g. p90 below median).' },
  'registry/expired': { id: 'registry/expired', defaultSeverity: 'warning', description: 'A registry entry’s evidence has expired.' },
  'config/invalid': { id: 'config/invalid', defaultSeverity: 'error', description: 'A config file cannot be read or holds a setting claimlint cannot use.' },
  'document/parse': { id: 'document/parse', defaultSeverity: 'error', description: 'A copy file could not be read (bad front matter, invalid YAML, binary content).' },
  'document/limit': { id: 'document/limit', defaultSeverity: 'warning', description: 'A copy file was skipped or cut short by a size or time limit.' },
  'directive/unused': { id: 'directive/unused', defaultSeverity: 'warning', description: 'A suppression directive suppresses nothing.' },
  'directive/malformed': { id: 'directive/malformed', defaultSeverity: 'warning', description: 'A suppression directive could not be read.' },
  'directive/missing-reason': { id: 'directive/missing-reason', defaultSeverity: 'warning', description: 'A suppression directive gives no reason although reasons are required.' },
};

export function ruleDocsUrl(id: RuleId, baseUrl: string): string {
  return `${baseUrl.replace(/\/$/, '')}/${id.replace('/', '-')}.md`;
}
