/**
 * The audit's GitHub issue: one per label, opened when the audit finds a problem, edited in place
 * while problems remain, closed with a comment once the audit is healthy again. It is found by a
 * hidden marker AND by its author (the token's own identity), so an issue someone else wrote with
 * a copied marker is never edited or closed.
 */
import type { GitHubClient } from './client.js';

const PREFIX = '<!-- mtls-truststore-audit ';
const SUFFIX = ' -->';

/** GitHub refuses issue bodies over 65,536 characters. */
export const ISSUE_MAX_LENGTH = 60_000;

/** The JSON carries no `-`, `<` or `>`, so no label can end the HTML comment early. */
export function renderAuditMarker(label: string): string {
  const json = JSON.stringify({ label }).replace(
    /[-<>]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${PREFIX}${json}${SUFFIX}`;
}

/** The label in an issue body's audit marker, or undefined. */
export function auditMarkerLabel(body: string | null | undefined): string | undefined {
  if (!body?.startsWith(PREFIX)) return undefined;
  const end = body.indexOf(SUFFIX, PREFIX.length);
  if (end < 0) return undefined;
  try {
    const value = JSON.parse(body.slice(PREFIX.length, end)) as { label?: unknown };
    return typeof value.label === 'string' ? value.label : undefined;
  } catch {
    return undefined;
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export interface AuditIssueTarget {
  owner: string;
  repo: string;
  label: string;
  /** The login the token writes as: only issues by this author are ours. */
  author: string;
}

export interface AuditIssueContent {
  healthy: boolean;
  title: string;
  /** Without the marker: it is added here. */
  body: string;
  /** The comment written when the issue is closed. */
  closingComment: string;
}

export type AuditIssueAction =
  | { action: 'opened' | 'updated' | 'unchanged' | 'closed'; number: number }
  | { action: 'none' };

interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  user?: { login?: string } | null;
  pull_request?: unknown;
}

/** Our open issue for this label: marker and author both match; the oldest when there are several. */
export async function findAuditIssue(
  client: GitHubClient,
  target: AuditIssueTarget,
): Promise<ListedIssue | undefined> {
  const issues: ListedIssue[] = await client.paginate(client.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: 'open',
    per_page: 100,
  });
  return issues
    .filter(
      (i) =>
        i.pull_request === undefined &&
        i.user?.login === target.author &&
        auditMarkerLabel(i.body) === target.label,
    )
    .sort((a, b) => a.number - b.number)[0];
}

export async function syncAuditIssue(
  client: GitHubClient,
  target: AuditIssueTarget,
  content: AuditIssueContent,
): Promise<AuditIssueAction> {
  const existing = await findAuditIssue(client, target);
  const repo = { owner: target.owner, repo: target.repo };
  if (content.healthy) {
    if (!existing) return { action: 'none' };
    await client.rest.issues.createComment({
      ...repo,
      issue_number: existing.number,
      body: content.closingComment,
    });
    await client.rest.issues.update({
      ...repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: existing.number };
  }
  const body = `${renderAuditMarker(target.label)}\n${content.body}`;
  if (!existing) {
    const { data } = await client.rest.issues.create({ ...repo, title: content.title, body });
    return { action: 'opened', number: data.number };
  }
  if (existing.body === body && existing.title === content.title) {
    return { action: 'unchanged', number: existing.number };
  }
  await client.rest.issues.update({ ...repo, issue_number: existing.number, title: content.title, body });
  return { action: 'updated', number: existing.number };
}

/** Why the issue could not be written, with the fix; never fails the audit itself. */
export function explainIssueFailure(error: unknown): string {
  const status = statusOf(error);
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300);
  if (status === 403 || status === 404) {
    return `Cannot write the audit issue: the token lacks the permission (GitHub said: ${reason}). Add "permissions: issues: write" to the audit job, or set comment: never to skip the issue. The problems are in the job summary.`;
  }
  if (status === 401) {
    return `Cannot write the audit issue: github-token was refused (GitHub said: ${reason}). Pass a valid token, or leave github-token at its default \${{ github.token }}.`;
  }
  return `Cannot write the audit issue${status ? ` (HTTP ${status})` : ''}: ${reason}. The problems are in the job summary; the next run tries again.`;
}
