/**
 * The sticky comment: one per pull request and label, found by its marker on any page of the
 * pull request's comments and edited in place, so every push updates the same comment.
 */
import type { GitHubClient } from './client.js';
import { type Marker, parseMarker } from './marker.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type UpsertResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number }
  | { action: 'skipped' };

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { type?: string } | null;
}

/** The comment this action wrote earlier for `wanted` (a bot's first, when someone copied the marker). */
export async function findComment(
  client: GitHubClient,
  target: CommentTarget,
  wanted: (marker: Marker) => boolean,
): Promise<IssueComment | undefined> {
  const comments: IssueComment[] = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const ours = comments.filter((c) => {
    const marker = parseMarker(c.body);
    return marker !== undefined && wanted(marker);
  });
  return ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
}

export interface UpsertPolicy {
  /** Start a comment when none exists (`comment: changes-only` starts none for a plan without changes). */
  create: boolean;
  /** Rewrite an existing one (a re-run deploy that changed nothing keeps the note of the real one). */
  update: boolean;
}

/** Updates the comment carrying a matching marker, or creates one, as `policy` allows. */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  wanted: (marker: Marker) => boolean,
  body: string,
  policy: UpsertPolicy,
): Promise<UpsertResult> {
  const existing = await findComment(client, target, wanted);
  if (existing) {
    if (!policy.update) return { action: 'unchanged', id: existing.id };
    if (existing.body === body) return { action: 'unchanged', id: existing.id };
    await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: existing.id };
  }
  if (!policy.create) return { action: 'skipped' };
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id };
}
