import { describe, expect, it } from 'vitest';
import { parseMarker, renderMarker } from '../../src/github/marker.js';
import { explainCommentFailure } from '../../src/github/permissions.js';

describe('the hidden comment marker', () => {
  it('round-trips format version, label, URI, contract, reviewed certificates and domains', () => {
    const marker = {
      kind: 'plan' as const,
      label: 'prod',
      uri: 's3://b/k.pem',
      contract: 'ab'.repeat(32),
      truststore: 'cd'.repeat(32),
      certs: ['0123456789abcdef'],
      certCount: 1,
      domains: ['api.example.com'],
      live: 'v1',
    };
    expect(parseMarker(`${renderMarker(marker)}\n### plan`)).toEqual({ v: 2, ...marker });
  });

  it('drops a contract or certificate list that is not hex, instead of trusting it', () => {
    const text = renderMarker({ kind: 'plan', label: 'x', uri: '' }).replace(
      '"v":2',
      '"v":2,"contract":"not-a-hash","certs":["<b>"]',
    );
    const marker = parseMarker(text);
    expect(marker?.contract).toBeUndefined();
    expect(marker?.certs).toBeUndefined();
  });

  it('cannot be closed early by a label or URI that contains --> or --!>', () => {
    const label = 'x --> <img src=x> --!> -- >';
    const text = renderMarker({ kind: 'plan', label, uri: 's3://b/-->.pem' });
    expect(text.indexOf('-->')).toBe(text.length - 3);
    expect(text.slice(4, -3)).not.toMatch(/--|[<>]/);
    expect(parseMarker(text)?.label).toBe(label);
  });

  it('ignores comments that do not start with a well-formed marker', () => {
    expect(parseMarker('LGTM <!-- mtls-truststore-action {"kind":"plan","label":"x"} -->')).toBeUndefined();
    expect(parseMarker('<!-- mtls-truststore-action {"kind":"plan", -->')).toBeUndefined();
    expect(parseMarker('<!-- mtls-truststore-action {"kind":"other","label":"x"} -->')).toBeUndefined();
    expect(parseMarker(null)).toBeUndefined();
  });
});

describe('why a comment could not be written', () => {
  const forbidden = Object.assign(
    new Error('Resource not accessible by integration - https://docs.github.com/rest'),
    {
      status: 403,
    },
  );

  it('a fork pull request: a warning with the workflow_run recipe', () => {
    const problem = explainCommentFailure(forbidden, { readOnly: true, pullRequest: 4 });
    expect(problem.level).toBe('warning');
    expect(problem.message).toMatch(/fork.*workflow_run/s);
  });

  it('a pull request from this repository: an error naming pull-requests: write', () => {
    const problem = explainCommentFailure(forbidden, { readOnly: false, pullRequest: 4 });
    expect(problem).toMatchObject({ level: 'error' });
    expect(problem.message).toContain('permissions: pull-requests: write');
  });

  it('after a deploy: the same advice, as a warning', () => {
    expect(
      explainCommentFailure(forbidden, { readOnly: false, pullRequest: 4, afterDeploy: true }).level,
    ).toBe('warning');
  });

  it('a bad token names github-token; an outage is only a warning', () => {
    const bad = explainCommentFailure(Object.assign(new Error('Bad credentials'), { status: 401 }), {
      readOnly: false,
      pullRequest: 4,
    });
    expect(bad.message).toContain('github-token');
    const outage = explainCommentFailure(Object.assign(new Error('Service Unavailable'), { status: 503 }), {
      readOnly: false,
      pullRequest: 4,
    });
    expect(outage).toMatchObject({ level: 'warning' });
    expect(outage.message).toContain('HTTP 503');
  });
});
