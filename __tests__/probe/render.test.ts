/**
 * The probe table in the job summary and the post-merge note: one row per identity and domain,
 * and text from the network or the workflow cannot break out of its cell.
 */
import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../src/plan/model.js';
import { renderProbesMarkdown } from '../../src/report/markdown/probes.js';

const row = (over: Partial<ProbeResult>): ProbeResult => ({
  domain: 'api.example.com',
  identity: 'partner',
  expected: 'accept',
  outcome: 'accepted',
  status: 200,
  detail: 'HTTP 200: the certificate was accepted',
  attempts: 1,
  ...over,
});

describe('probe table', () => {
  it('marks each row met or not and shows the HTTP status or a dash', () => {
    const md = renderProbesMarkdown([
      row({}),
      row({ identity: 'legacy', expected: 'refuse', outcome: 'accepted' }),
      row({ identity: 'removed', expected: 'refuse', outcome: 'tls-refused', status: null, detail: 'alert' }),
    ]);
    const lines = md.split('\n').filter((l) => l.startsWith('| ✅') || l.startsWith('| ❌'));
    expect(lines).toEqual([
      '| ✅ | api.example.com | partner | accept | accepted | 200 | HTTP 200: the certificate was accepted |',
      '| ❌ | api.example.com | legacy | refuse | accepted | 200 | HTTP 200: the certificate was accepted |',
      '| ✅ | api.example.com | removed | refuse | tls-refused | – | alert |',
    ]);
  });

  it('escapes a detail that carries table or HTML syntax', () => {
    const md = renderProbesMarkdown([row({ detail: 'x | <img src=y> @someone' })]);
    const cells = md.split('\n').at(-1)?.split(' | ');
    expect(cells).toHaveLength(7);
    expect(md).not.toContain('<img');
    expect(renderProbesMarkdown([])).toBe('');
  });
});
