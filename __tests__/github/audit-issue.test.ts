import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  auditMarkerLabel,
  explainIssueFailure,
  renderAuditMarker,
  syncAuditIssue,
} from '../../src/github/audit-issue.js';
import { githubClient } from '../../src/github/client.js';
import { FakeGitHub } from '../support/fake-github.js';

let github: FakeGitHub;
const target = (label: string, author = 'github-actions[bot]') => ({
  owner: 'example-org',
  repo: 'truststore',
  label,
  author,
});
const content = (healthy: boolean, body = 'problems') => ({
  healthy,
  title: 'mTLS truststore audit: 1 error',
  body,
  closingComment: 'healthy again',
});
const bot = { login: 'github-actions[bot]', type: 'Bot' as const };

beforeAll(async () => {
  github = await FakeGitHub.start('example-org/truststore');
  process.env.GITHUB_API_URL = github.url;
});
afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await github.close();
});
beforeEach(() => {
  github.issues.clear();
  github.requests.length = 0;
  github.maxPerPage = 100;
});

describe('the audit issue', () => {
  it('round-trips its label through the marker, which no label can close early', () => {
    const label = 'a --> <b> "c"';
    const marker = renderAuditMarker(label);
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(auditMarkerLabel(`${marker}\nbody`)).toBe(label);
    expect(auditMarkerLabel('<!-- mtls-truststore-audit {broken -->')).toBeUndefined();
    expect(auditMarkerLabel('no marker')).toBeUndefined();
  });

  it('finds its issue on a later page, by marker and author, and edits only that one', async () => {
    github.maxPerPage = 2;
    for (let i = 0; i < 5; i++) github.addIssue(`other ${i}`, 'unrelated');
    const copied = github.addIssue('copy', `${renderAuditMarker('prod')}\nby a human`);
    const otherLabel = github.addIssue('staging', `${renderAuditMarker('staging')}\nx`, bot);
    const ours = github.addIssue('ours', `${renderAuditMarker('prod')}\nold`, bot);
    const client = await githubClient('write-token', process.env.GITHUB_API_URL);
    expect(await syncAuditIssue(client, target('prod'), content(false, 'new'))).toEqual({
      action: 'updated',
      number: ours.number,
    });
    expect(github.issues.get(ours.number)?.body).toBe(`${renderAuditMarker('prod')}\nnew`);
    expect(github.issues.get(copied.number)?.body).toBe(`${renderAuditMarker('prod')}\nby a human`);
    expect(github.issues.get(otherLabel.number)?.body).toBe(`${renderAuditMarker('staging')}\nx`);
    expect(github.requests.filter((r) => r.path.endsWith('/issues') && r.method === 'GET').length).toBe(4);
  });

  it('writes nothing when the issue already says the same', async () => {
    const ours = github.addIssue('mTLS truststore audit: 1 error', `${renderAuditMarker('prod')}\nsame`, bot);
    const client = await githubClient('write-token', process.env.GITHUB_API_URL);
    expect(await syncAuditIssue(client, target('prod'), content(false, 'same'))).toEqual({
      action: 'unchanged',
      number: ours.number,
    });
    expect(github.writes()).toEqual([]);
  });

  it('does nothing when healthy and no issue is open', async () => {
    const client = await githubClient('write-token', process.env.GITHUB_API_URL);
    expect(await syncAuditIssue(client, target('prod'), content(true))).toEqual({ action: 'none' });
    expect(github.writes()).toEqual([]);
  });

  it('opens a new issue after the last one was closed', async () => {
    const closed = github.addIssue('old', `${renderAuditMarker('prod')}\nold`, bot);
    closed.state = 'closed';
    const client = await githubClient('write-token', process.env.GITHUB_API_URL);
    const result = await syncAuditIssue(client, target('prod'), content(false));
    expect(result).toMatchObject({ action: 'opened' });
    expect(github.issues.size).toBe(2);
  });

  it('a read-only token: the message names issues: write', async () => {
    const client = await githubClient('read-token', process.env.GITHUB_API_URL);
    const error = await syncAuditIssue(client, target('prod'), content(false)).catch((e: unknown) => e);
    expect(explainIssueFailure(error)).toMatch(/Add "permissions: issues: write" to the audit job/);
  });
});
