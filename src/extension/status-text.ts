// Status bar wording for a `claimlint/status` notification. No vscode import: unit-tested.
import type { StatusParams } from '../server/protocol.js';
import { VERDICT_LABEL, VERDICT_ORDER } from './verdicts.js';

/** Text shown in the status bar for a status notification (codicons in `$(…)`). */
export function statusText(status: StatusParams): string {
  const c = status.counts;
  const warnings = c.unsubstantiated + c.stale + c['needs-qualifier'];
  let text = `$(law) claimlint $(error) ${c.contradicted} $(warning) ${warnings} $(pass) ${c.supported}`;
  if (status.registry.staleIndex) text += ' $(alert) stale registry';
  else if (status.registry.errors > 0) text += ` $(alert) registry errors: ${status.registry.errors}`;
  else if (status.registry.files === 0) text += ' $(alert) no registry';
  return text;
}

export function statusTooltip(status: StatusParams): string {
  const lines = VERDICT_ORDER.map((v) => `${VERDICT_LABEL[v]}: ${status.counts[v]}`);
  const r = status.registry;
  lines.push(
    '',
    `Registry: ${r.entries} entries in ${r.files} file${r.files === 1 ? '' : 's'}` +
      (r.errors ? `, ${r.errors} error${r.errors === 1 ? '' : 's'}` : ''),
  );
  if (r.staleIndex) {
    lines.push('A registry file is broken: claims are checked against its last valid version until it is fixed.');
  }
  if (r.files === 0) lines.push('No registry file found: every checkable claim is unsubstantiated.');
  lines.push('', 'Click to show the Claims view.');
  return lines.join('\n');
}
