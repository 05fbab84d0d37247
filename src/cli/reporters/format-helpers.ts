// Small text helpers shared by reporters.
import type { Evidence } from '../../core/index.js';

/** "90% of tickets answered within 6 h (Helpdesk export, 2026-10-31)". */
export function evidenceText(evidence: Evidence | undefined): string | undefined {
  if (!evidence) return undefined;
  const provenance = [evidence.source, evidence.asOf].filter(Boolean).join(', ');
  return provenance ? `${evidence.summary} (${provenance})` : evidence.summary;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// XML 1.0 cannot carry most control characters even escaped; they are dropped.
export function escapeXml(text: string): string {
  return escapeHtml(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}
