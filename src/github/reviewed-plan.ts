/**
 * Finds the plan a reviewer approved for the commit being deployed: the pull request merged as
 * that commit, and this action's own plan comment on it (by the token's identity; a look-alike
 * from anyone else is ignored and named).
 * https://docs.github.com/en/rest/commits/commits#list-pull-requests-associated-with-a-commit
 */
import type { GitHubClient } from './client.js';
import { describeLookalikes, findComments } from './comment.js';
import type { Marker } from './marker.js';

export type ReviewedPlan =
  | { found: true; pullRequest: number; marker: Marker & { contract: string }; commentUrl?: string }
  | { found: false; why: string; ambiguous?: boolean };

export interface ReviewQuery {
  owner: string;
  repo: string;
  sha: string;
  label: string;
  /** The login whose comments are the action's. */
  author: string;
  warn: (message: string) => void;
}

export async function findReviewedPlan(client: GitHubClient, q: ReviewQuery): Promise<ReviewedPlan> {
  const short = q.sha.slice(0, 12);
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: q.owner,
    repo: q.repo,
    commit_sha: q.sha,
  });
  // Only a pull request whose merge produced exactly this commit was reviewed as this commit: one
  // that merely contains it (an open one, or one merged into another branch) was not.
  const merged = data.find((p) => p.merged_at && p.merge_commit_sha === q.sha);
  if (!merged) {
    return {
      found: false,
      why: `commit ${short} was not produced by merging a pull request (a direct push, or a dispatch on a commit no pull request merged)`,
    };
  }
  const found = await findComments(
    client,
    { owner: q.owner, repo: q.repo, issueNumber: merged.number },
    q.author,
    (m) => m.kind === 'plan' && m.label === q.label,
  );
  if (found.lookalikes.length > 0) q.warn(describeLookalikes(found.lookalikes, q.author, merged.number));
  // Any workflow of the repository writes as the same bot, and anyone with write access may edit a
  // comment: only what stood before the merge was reviewed. A comment created or edited after it is
  // not the plan, and two plans of one label before it leave no way to tell which was read.
  const mergedAt = merged.merged_at ?? '';
  const mergedMs = Date.parse(mergedAt);
  // Compared as instants (GitHub writes whole seconds; a stamp that does not parse counts as after).
  const before = found.own.filter((m) => {
    const at = Date.parse(m.comment.updated_at ?? m.comment.created_at ?? '');
    return Number.isFinite(at) && Number.isFinite(mergedMs) && at <= mergedMs;
  });
  const after = found.own.length - before.length;
  const ignored =
    after > 0
      ? `; ${after === 1 ? 'a plan comment' : `${after} plan comments`} created or edited after the merge (${mergedAt}) ${after === 1 ? 'was' : 'were'} ignored: only what reviewers saw before merging counts`
      : '';
  if (before.length > 1) {
    return {
      found: false,
      ambiguous: true,
      why: `pull request #${merged.number} has ${before.length} plan comments by ${q.author} for label "${q.label}" written before the merge (${before
        .map((m) => m.comment.html_url ?? `comment ${m.comment.id}`)
        .join(
          ', ',
        )}): there is no telling which plan was reviewed; delete the extra ones and merge a new pull request, or deploy with require-reviewed-plan: false (break-glass)`,
    };
  }
  const reviewed = before[0];
  if (!reviewed) {
    return {
      found: false,
      why: `pull request #${merged.number} (merged as ${short}) has no plan comment by ${q.author} for label "${q.label}" from before the merge (the plan workflow did not run on it, or ran with comment: never or another label)${ignored}`,
    };
  }
  const { contract } = reviewed.marker;
  if (contract === undefined) {
    return {
      found: false,
      why: `the plan comment on pull request #${merged.number} carries no contract: the last plan was refused (invalid truststore) or was written by an older version of this action`,
    };
  }
  return {
    found: true,
    pullRequest: merged.number,
    marker: { ...reviewed.marker, contract },
    ...(reviewed.comment.html_url ? { commentUrl: reviewed.comment.html_url } : {}),
  };
}
