// Verdict names, order and wording shared by the tree view and the status bar.
import type { VerdictCounts } from '../server/protocol.js';

export type VerdictName = keyof VerdictCounts;

/** Worst first: the order groups appear in the Claims view. */
export const VERDICT_ORDER: VerdictName[] = ['contradicted', 'unsubstantiated', 'stale', 'needs-qualifier', 'supported'];

export const VERDICT_LABEL: Record<VerdictName, string> = {
  contradicted: 'Contradicted',
  unsubstantiated: 'Unsubstantiated',
  stale: 'Stale evidence',
  'needs-qualifier': 'Needs a qualifier',
  supported: 'Supported',
};

/** Codicon per verdict (theme icons, so every theme colours them). */
export const VERDICT_ICON: Record<VerdictName, { id: string; color?: string }> = {
  contradicted: { id: 'error', color: 'problemsErrorIcon.foreground' },
  unsubstantiated: { id: 'question', color: 'problemsWarningIcon.foreground' },
  stale: { id: 'history', color: 'problemsWarningIcon.foreground' },
  'needs-qualifier': { id: 'warning', color: 'problemsWarningIcon.foreground' },
  supported: { id: 'pass', color: 'testing.iconPassed' },
};

export function isVerdict(v: string): v is VerdictName {
  return (VERDICT_ORDER as string[]).includes(v);
}
