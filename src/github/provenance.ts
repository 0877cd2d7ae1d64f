/**
 * Provenance: every commit that changed a CA file since the one the live truststore was built from
 * arrived through a pull request that was merged into the default branch and approved. A plan
 * comment can be edited by anyone with write access and written by any workflow, so it is not the
 * authority; the git history and GitHub's review records are, anchored at what is live.
 * REST only (a shallow checkout works):
 * https://docs.github.com/en/rest/commits/commits#compare-two-commits
 * https://docs.github.com/en/rest/commits/commits#get-a-commit
 * https://docs.github.com/en/rest/commits/commits#list-pull-requests-associated-with-a-commit
 * https://docs.github.com/en/rest/pulls/pulls#list-commits-on-a-pull-request
 * https://docs.github.com/en/rest/pulls/reviews#list-reviews-for-a-pull-request
 */
import type { GitHubClient } from './client.js';
import {
  type CommitInfo,
  firstLine,
  History,
  ProvenanceUnknown,
  type PullRequest,
  type Review,
  short,
  statusOf,
} from './history.js';

export interface ProvenanceQuery {
  owner: string;
  repo: string;
  /** The commit recorded on the live object (x-amz-meta-commit), if any. */
  liveCommit?: string;
  /** The commit being deployed (GITHUB_SHA). */
  sha: string;
  defaultBranch: string;
  /** Whether a repository path is a CA file (the ca-files patterns). */
  isCaFile: (path: string) => boolean;
  /** Approving reviews a pull request needs, by distinct accounts other than its author, not bots. */
  requiredApprovals: number;
}

export type ProvenanceVerdict =
  | {
      status: 'proven';
      /** The pull request GITHUB_SHA came through, when there is one. */
      pullRequest?: number;
      /** What was checked, for the log and the summary. */
      summary: string;
    }
  | { status: 'replay'; liveCommit: string; summary: string }
  | {
      status: 'refused';
      reason: 'unreviewed-commit' | 'not-approved' | 'unknown-live-commit';
      message: string;
    };

/**
 * The latest review of each account that is neither the author nor a bot, in the states that
 * decide: an approval followed by a request for changes is no approval; a dismissed review counts
 * for nothing; a plain comment changes nothing.
 */
export function decidingReviews(reviews: readonly Review[], author: string): Review[] {
  const latest = new Map<string, Review>();
  const ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (const r of ordered) {
    if (r.login === author || r.type === 'Bot') continue;
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') {
      latest.set(r.login, r);
    }
  }
  return [...latest.values()];
}

/**
 * Whether a commit after `approved` (reachable from `head`, not from `approved`: by history, not by
 * the order GitHub lists a pull request's commits in) changed a CA file. Merging another branch in
 * is no change of its own when every CA file it changes against its first parent is as in another
 * parent (that side's commits are in the range and judged themselves); a CA file the merge itself
 * makes different from every parent is a change. Anything GitHub cannot answer counts as a change.
 */
async function changedCaFilesSince(
  history: History,
  approved: string,
  head: string,
  own: readonly string[],
): Promise<boolean> {
  const after = await history.between(approved, head);
  if (after === undefined) return true;
  // Commits of the base branch merged in are not the pull request's: their own pull requests are judged.
  for (const sha of after.filter((c) => own.includes(c))) {
    const info = await history.commit(sha);
    const caFiles = await history.changesCaFiles(sha);
    if (caFiles.length === 0) continue;
    if (info.parents.length < 2) return true;
    for (const other of info.parents.slice(1)) {
      const differs = await history.filesBetween(other, sha);
      if (differs === undefined || caFiles.some((f) => differs.includes(f))) return true;
    }
  }
  return false;
}

/** Why a merged pull request's approvals do not suffice, or undefined when they do. */
async function missingApprovals(
  history: History,
  pr: PullRequest,
  q: ProvenanceQuery,
): Promise<string | undefined> {
  if (q.requiredApprovals === 0) return undefined;
  const { reviews, commits } = await history.pull(pr.number);
  const deciding = decidingReviews(reviews, pr.author);
  const approvals = deciding.filter((r) => r.state === 'APPROVED');
  const valid: string[] = [];
  const stale: string[] = [];
  for (const r of approvals) {
    if (r.commitId === pr.headSha || !(await changedCaFilesSince(history, r.commitId, pr.headSha, commits))) {
      valid.push(r.login);
    } else stale.push(r.login);
  }
  if (valid.length >= q.requiredApprovals) return undefined;
  const said = [
    `${valid.length} valid approving review${valid.length === 1 ? '' : 's'}${valid.length > 0 ? ` (${valid.join(', ')})` : ''}`,
    ...(stale.length > 0
      ? [`approvals by ${stale.join(', ')} were given before a later commit changed CA files`]
      : []),
  ].join('; ');
  return `pull request #${pr.number} has ${said}, and required-approvals is ${q.requiredApprovals} (distinct accounts other than its author ${pr.author || '(unknown)'}, not bots, each account's latest review, not dismissed)`;
}

/** The merged pull request a CA-changing commit came through, or why there is none that counts. */
async function proveCommit(
  history: History,
  commit: CommitInfo,
  caFiles: string[],
  q: ProvenanceQuery,
): Promise<{ pullRequest: number } | { reason: 'unreviewed-commit' | 'not-approved'; message: string }> {
  const pulls = await history.pullRequestsOf(commit.sha);
  const merged: PullRequest[] = [];
  for (const pr of pulls) {
    if (!pr.mergedAt || pr.baseRef !== q.defaultBranch) continue;
    if (pr.mergeCommitSha === commit.sha || (await history.pull(pr.number)).commits.includes(commit.sha))
      merged.push(pr);
  }
  const changes =
    caFiles.length === 0
      ? 'is the commit being deployed'
      : `changes ${caFiles.slice(0, 3).join(', ')}${caFiles.length > 3 ? ` and ${caFiles.length - 3} more CA files` : ''}`;
  const what = `commit ${short(commit.sha)} ("${firstLine(commit.message)}") ${changes}`;
  if (merged.length === 0) {
    const elsewhere = pulls.find((p) => p.mergedAt && p.baseRef !== q.defaultBranch);
    const rewritten = pulls.find((p) => p.mergedAt && p.baseRef === q.defaultBranch);
    const how = elsewhere
      ? `pull request #${elsewhere.number} merged it into ${elsewhere.baseRef}, which is not the default branch`
      : rewritten
        ? `GitHub relates it to pull request #${rewritten.number}, but it is not one of that pull request's commits nor its merge commit (a rebase merge rewrites them: merge or squash CA changes instead)`
        : 'a direct push';
    return {
      reason: 'unreviewed-commit',
      message: `${what}, but it did not arrive through a pull request merged into ${q.defaultBranch} (${how})`,
    };
  }
  const reasons: string[] = [];
  for (const pr of merged) {
    const missing = await missingApprovals(history, pr, q);
    if (missing === undefined) return { pullRequest: pr.number };
    reasons.push(missing);
  }
  return { reason: 'not-approved', message: `${what}: ${reasons.join('; ')}` };
}

/** The commits since the live one, oldest first; or what makes the range unusable. */
async function commitsSince(
  client: GitHubClient,
  q: ProvenanceQuery & { liveCommit: string },
): Promise<{ commits: string[] } | { replay: true } | { unknown: string }> {
  const commits: string[] = [];
  for (let page = 1; ; page++) {
    let data: { status: string; total_commits: number; commits: { sha: string }[] };
    try {
      ({ data } = await client.rest.repos.compareCommitsWithBasehead({
        owner: q.owner,
        repo: q.repo,
        basehead: `${q.liveCommit}...${q.sha}`,
        per_page: 100,
        page,
      }));
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 422)
        return { unknown: 'GitHub does not know it in this repository' };
      throw error;
    }
    if (data.status === 'behind') return { replay: true };
    if (data.status === 'identical') return { commits: [] };
    if (data.status !== 'ahead')
      return { unknown: `it is not in the history of ${short(q.sha)} (${data.status})` };
    commits.push(...data.commits.map((c) => c.sha));
    if (data.commits.length === 0 || commits.length >= data.total_commits) return { commits };
  }
}

export async function checkProvenance(client: GitHubClient, q: ProvenanceQuery): Promise<ProvenanceVerdict> {
  try {
    return await checkRange(client, q);
  } catch (error) {
    if (!(error instanceof ProvenanceUnknown)) throw error;
    return { status: 'refused', reason: 'unreviewed-commit', message: error.message };
  }
}

async function checkRange(client: GitHubClient, q: ProvenanceQuery): Promise<ProvenanceVerdict> {
  const history = new History(client, q);
  let range: string[];
  let anchored: string;
  if (q.liveCommit === undefined) {
    // Adoption, or an object written by another tool: only the deployed commit can be checked.
    range = [q.sha];
    anchored = `the live truststore records no commit (adopted, or written by another tool), so only commit ${short(q.sha)} was checked`;
  } else if (q.liveCommit === q.sha) {
    range = [];
    anchored = `the live truststore was built from this same commit ${short(q.sha)} (a re-run finishes what an earlier run started)`;
  } else {
    const since = await commitsSince(client, { ...q, liveCommit: q.liveCommit });
    if ('replay' in since) {
      return {
        status: 'replay',
        liveCommit: q.liveCommit,
        summary: `the live truststore was built from commit ${short(q.liveCommit)}, which already contains ${short(q.sha)}: this is a replay of an older deploy; nothing to do`,
      };
    }
    if ('unknown' in since) {
      return {
        status: 'refused',
        reason: 'unknown-live-commit',
        message: `the live truststore records commit ${q.liveCommit}, and ${since.unknown}: the changes since what is live cannot be checked. Find out who wrote that version; to deploy anyway once, set require-reviewed-plan: false (break-glass)`,
      };
    }
    range = since.commits;
    anchored = `${range.length} commit${range.length === 1 ? '' : 's'} since the live commit ${short(q.liveCommit)}`;
  }
  const proven: string[] = [];
  let ownPull: number | undefined;
  for (const sha of range) {
    const commit = await history.commit(sha);
    const caFiles = await history.changesCaFiles(sha);
    // The deployed commit alone (no anchor) is checked even when its own diff touches no CA file.
    if (caFiles.length === 0 && q.liveCommit !== undefined) continue;
    const verdict = await proveCommit(history, commit, caFiles, q);
    if ('reason' in verdict) return { status: 'refused', reason: verdict.reason, message: verdict.message };
    proven.push(`${short(sha)} via #${verdict.pullRequest}`);
    if (sha === q.sha) ownPull = verdict.pullRequest;
  }
  return {
    status: 'proven',
    ...(ownPull !== undefined ? { pullRequest: ownPull } : {}),
    summary: `provenance: ${anchored}; ${proven.length === 0 ? 'none changed a CA file' : `CA changes arrived through approved pull requests (${proven.join(', ')})`}`,
  };
}
