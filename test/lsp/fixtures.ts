// Fixture workspace for the protocol tests: a small registry and campaign copy whose claims have
// verdicts a careful reviewer would expect (noted beside each line).
export const REGISTRY = `version: 1
entries:
  - id: support.email.first-reply
    title: Email support — time to first reply
    subjects: [email support, support team]
    terms: [reply, replies, respond, responds, response]
    unit: h
    scope: { channel: email }
    evidence:
      median: 2
      p90: 6
      within: { "1 h": 0.35, "24 h": 0.99 }
    source: Helpdesk export, Oct 2026
    as_of: 2026-10-31
  - id: fuel.aero15.combined
    title: Aero 1.5 — combined fuel economy
    subjects: [Aero 1.5]
    terms: [mpg, fuel economy]
    unit: mpg-us
    evidence: { median: 38.2, mean: 38.9, p90: 44.1 }
    source: Owner fuel logs, 1,420 vehicles
    as_of: 2026-09-30
`;

export const LAUNCH = `# Aero 1.5 launch

Our email support team replies within 1 hour.

The Aero 1.5 gets 45 mpg.

We deliver to all 50 states.
`;
// line 2 "within 1 hour": contradicted (35% within 1 h), entry support.email.first-reply
// line 4 "45 mpg": contradicted (median 38.2 mpg), entry fuel.aero15.combined
// line 6 "all 50 states": unsubstantiated (no coverage entry)

export const FAQ = `# FAQ

Email support replies within 24 hours.
`;
// line 2 "within 24 hours": supported (99% within 24 h), entry support.email.first-reply

export const ADS = `headline: The Aero 1.5 gets 45 mpg.
id: ad-42
`;
// "45 mpg": contradicted; the id is not copy
