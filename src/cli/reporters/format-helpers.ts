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

// XML 1.0 cannot carry most control characters even escaped; they are dropped. A reader turns a raw
// CR into LF, so CR is written as a reference.
export function escapeXml(text: string): string {
  return escapeHtml(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/\r/g, '&#13;');
}

// A reader turns a raw tab or line break in an attribute value into a space, so those are references too.
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n]/g, (c) => (c === '\t' ? '&#9;' : '&#10;'));
}
