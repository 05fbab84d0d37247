import { describe, expect, it } from 'vitest';
import type { StatusParams } from '../../../src/server/protocol.js';
import { statusText, statusTooltip } from '../../../src/extension/status-text.js';

const status = (registry: Partial<StatusParams['registry']> = {}, counts: Partial<StatusParams['counts']> = {}): StatusParams => ({
  counts: { contradicted: 2, unsubstantiated: 3, stale: 1, 'needs-qualifier': 1, supported: 9, ...counts },
  registry: { files: 2, entries: 14, errors: 0, staleIndex: false, ...registry },
});

describe('status bar text', () => {
  // Each row carries its own expectation: contradicted, other warnings, supported, then the registry's state.
  const rows: Array<[string, StatusParams, string]> = [
    ['healthy registry', status(), '$(law) claimlint $(error) 2 $(warning) 5 $(pass) 9'],
    ['stale index wins over error counts', status({ staleIndex: true, errors: 3 }), '$(law) claimlint $(error) 2 $(warning) 5 $(pass) 9 $(alert) stale registry'],
    ['registry errors without a stale index', status({ errors: 1 }), '$(law) claimlint $(error) 2 $(warning) 5 $(pass) 9 $(alert) registry errors: 1'],
    ['no registry at all', status({ files: 0, entries: 0 }), '$(law) claimlint $(error) 2 $(warning) 5 $(pass) 9 $(alert) no registry'],
    ['nothing found', status({}, { contradicted: 0, unsubstantiated: 0, stale: 0, 'needs-qualifier': 0, supported: 0 }), '$(law) claimlint $(error) 0 $(warning) 0 $(pass) 0'],
  ];
  for (const [name, input, expected] of rows) it(name, () => expect(statusText(input)).toBe(expected));

  it('the tooltip lists every verdict and explains a stale index', () => {
    const tip = statusTooltip(status({ staleIndex: true, errors: 1, files: 1 }));
    expect(tip).toContain('Contradicted: 2');
    expect(tip).toContain('Needs a qualifier: 1');
    expect(tip).toContain('Supported: 9');
    expect(tip).toContain('Registry: 14 entries in 1 file, 1 error');
    expect(tip).toMatch(/last valid version/);
  });
});
