/**
 * The sticky comment: one per pull request and label, found by its marker on any page of the
 * pull request's comments and edited in place, so every push updates the same comment. Only
 * comments written by the token's own identity count: a look-alike from anyone else is ignored
 * (and named, so that a reviewer can see it is not the action's).
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

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  created_at?: string;
  updated_at?: string;
  user?: { login?: string; type?: string } | null;
}

export interface FoundComments {
  /** The action's own comment for `wanted` (the most recently updated, if several). */
  ours?: IssueComment;
  marker?: Marker;
  /** Every comment of the action's own for `wanted`, oldest first. */
  own: { comment: IssueComment; marker: Marker }[];
  /** Comments carrying a matching marker by someone else: never read, never written. */
  lookalikes: IssueComment[];
}

export async function findComments(
  client: GitHubClient,
  target: CommentTarget,
  author: string,
  wanted: (marker: Marker) => boolean,
): Promise<FoundComments> {
  const comments: IssueComment[] = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const matching: { comment: IssueComment; marker: Marker }[] = [];
  for (const comment of comments) {
    const marker = parseMarker(comment.body);
    if (marker !== undefined && wanted(marker)) matching.push({ comment, marker });
  }
  const own = matching.filter((m) => m.comment.user?.login === author);
  const latest = own.reduce<(typeof own)[number] | undefined>(
    (best, m) =>
      best === undefined || (m.comment.updated_at ?? '') > (best.comment.updated_at ?? '') ? m : best,
    undefined,
  );
  return {
    ...(latest ? { ours: latest.comment, marker: latest.marker } : {}),
    own,
    lookalikes: matching.filter((m) => m.comment.user?.login !== author).map((m) => m.comment),
  };
}

/** One sentence naming look-alike comments, for a warning. */
export function describeLookalikes(
  lookalikes: readonly IssueComment[],
  author: string,
  issue: number,
): string {
  const names = lookalikes
    .slice(0, 5)
    .map((c) => `${c.html_url ?? `comment ${c.id}`} by ${c.user?.login ?? 'an unknown user'}`)
    .join(', ');
  const more = lookalikes.length > 5 ? ` and ${lookalikes.length - 5} more` : '';
  return `Ignored ${lookalikes.length === 1 ? 'a comment' : `${lookalikes.length} comments`} on #${issue} that carry this action's marker but were not written by ${author} (the identity of github-token): ${names}${more}. Only ${author}'s comment is the plan; the others are not the action's and may say anything.`;
}

export interface UpsertPolicy {
  /** Start a comment when none exists (`comment: changes-only` starts none for a plan without changes). */
  create: boolean;
  /** Rewrite an existing one (a re-run deploy that changed nothing keeps the note of the real one). */
  update: boolean;
}

/** Updates the own comment carrying a matching marker, or creates one, as `policy` allows. */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  existing: IssueComment | undefined,
  body: string,
  policy: UpsertPolicy,
): Promise<UpsertResult> {
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
