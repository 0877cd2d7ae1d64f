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

interface CommitInfo {
  sha: string;
  parents: string[];
  message: string;
  files: string[];
}

interface PullRequest {
  number: number;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  baseRef: string;
  headSha: string;
  author: string;
}

interface Review {
  login: string;
  type: string;
  state: string;
  commitId: string;
  submittedAt: string;
}

const short = (sha: string) => sha.slice(0, 12);
const firstLine = (message: string) => (message.split('\n')[0] ?? '').slice(0, 120);

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

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

/** Reads GitHub once per commit and pull request, however many times a rule asks. */
class History {
  private readonly commits = new Map<string, Promise<CommitInfo>>();
  private readonly pulls = new Map<number, Promise<{ commits: string[]; reviews: Review[] }>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly q: ProvenanceQuery,
  ) {}

  commit(sha: string): Promise<CommitInfo> {
    let found = this.commits.get(sha);
    if (!found) {
      found = (async () => {
        const { data } = await this.client.rest.repos.getCommit({
          owner: this.q.owner,
          repo: this.q.repo,
          ref: sha,
        });
        const files = (data.files ?? []).flatMap((f) => [
          f.filename,
          ...((f as { previous_filename?: string }).previous_filename
            ? [(f as { previous_filename: string }).previous_filename]
            : []),
        ]);
        return {
          sha: data.sha,
          parents: data.parents.map((p) => p.sha),
          message: data.commit.message,
          files,
        };
      })();
      this.commits.set(sha, found);
    }
    return found;
  }

  async changesCaFiles(sha: string): Promise<string[]> {
    return (await this.commit(sha)).files.filter((f) => this.q.isCaFile(f));
  }

  async pullRequestsOf(sha: string): Promise<PullRequest[]> {
    const { data } = await this.client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: this.q.owner,
      repo: this.q.repo,
      commit_sha: sha,
    });
    return data.map((p) => ({
      number: p.number,
      mergedAt: p.merged_at ?? null,
      mergeCommitSha: p.merge_commit_sha ?? null,
      baseRef: p.base?.ref ?? '',
      headSha: p.head?.sha ?? '',
      author: p.user?.login ?? '',
    }));
  }

  pull(number: number): Promise<{ commits: string[]; reviews: Review[] }> {
    let found = this.pulls.get(number);
    if (!found) {
      const { owner, repo } = this.q;
      found = (async () => {
        const commits = await this.client.paginate(this.client.rest.pulls.listCommits, {
          owner,
          repo,
          pull_number: number,
          per_page: 100,
        });
        const reviews = await this.client.paginate(this.client.rest.pulls.listReviews, {
          owner,
          repo,
          pull_number: number,
          per_page: 100,
        });
        return {
          commits: commits.map((c) => c.sha),
          reviews: reviews.map((r) => ({
            login: r.user?.login ?? '',
            type: r.user?.type ?? '',
            state: r.state,
            commitId: r.commit_id ?? '',
            submittedAt: r.submitted_at ?? '',
          })),
        };
      })();
      this.pulls.set(number, found);
    }
    return found;
  }
}

/** Why a merged pull request's approvals do not suffice, or undefined when they do. */
async function missingApprovals(
  history: History,
  pr: PullRequest,
  q: ProvenanceQuery,
): Promise<string | undefined> {
  if (q.requiredApprovals === 0) return undefined;
  const { commits, reviews } = await history.pull(pr.number);
  const deciding = decidingReviews(reviews, pr.author);
  const approvals = deciding.filter((r) => r.state === 'APPROVED');
  const valid: string[] = [];
  const stale: string[] = [];
  for (const r of approvals) {
    if (r.commitId === pr.headSha) {
      valid.push(r.login);
      continue;
    }
    // An approval of an earlier commit still holds when no later commit of the pull request changed
    // a CA file; merging the base branch in (a merge commit) is not a change of the pull request's.
    const at = commits.indexOf(r.commitId);
    let changedAfter = at < 0;
    for (const sha of at < 0 ? [] : commits.slice(at + 1)) {
      const info = await history.commit(sha);
      if (info.parents.length > 1) continue;
      if ((await history.changesCaFiles(sha)).length > 0) {
        changedAfter = true;
        break;
      }
    }
    (changedAfter ? stale : valid).push(r.login);
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
  const what = `commit ${short(commit.sha)} ("${firstLine(commit.message)}") changes ${caFiles.slice(0, 3).join(', ')}${caFiles.length > 3 ? ` and ${caFiles.length - 3} more CA files` : ''}`;
  if (merged.length === 0) {
    const elsewhere = pulls.filter((p) => p.mergedAt && p.baseRef !== q.defaultBranch);
    return {
      reason: 'unreviewed-commit',
      message: `${what}, but it did not arrive through a pull request merged into ${q.defaultBranch}${
        elsewhere.length > 0
          ? ` (pull request #${elsewhere[0]?.number} merged it into ${elsewhere[0]?.baseRef}, which is not the default branch)`
          : ' (a direct push)'
      }`,
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
    const verdict = await proveCommit(history, commit, caFiles.length > 0 ? caFiles : ['(the CA files)'], q);
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
