/**
 * pull_request_target runs in the base repository with its secrets (AWS credentials) and a write
 * token. Checking out a fork's head there hands both to whatever the fork committed, so unless the
 * workspace is the base commit, or git can show that it does not contain the fork's head, the
 * action refuses before any AWS or GitHub call. It fails closed: a shallow history (actions/checkout
 * fetches one commit by default, so a checkout of refs/pull/N/merge lacks the fork's head object)
 * or any git error is "cannot tell", and refused.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target
 */
import { existsSync } from 'node:fs';
import { ReasonedError } from '../settings/errors.js';
import { type GitStatus, gitStatus } from '../workspace/git.js';
import { type GitHubEvent, isFork, type PullRequestEvent, pullRequestOf } from './event.js';

export const SAFE_RECIPE =
  'Run the plan on pull_request instead (a fork\'s pull request is planned against the base commit, without credentials) and comment from a workflow_run workflow (README, "Pull requests from forks"); or keep pull_request_target but let actions/checkout check out the base branch (no ref: pointing at the pull request).';

const SHA = /^[0-9a-f]{40,64}$/;

/** Whether HEAD contains the fork's head commit: yes, no, or why git cannot tell. */
type Containment = { contains: boolean } | { unknown: string };

/** The refusal when a pull_request_target run's workspace may hold a fork's head commit, else undefined. */
export async function untrustedCheckout(
  event: GitHubEvent,
  workspace: string,
  /**
   * Commits of the base repository that are safe to hold: on pull_request_target GITHUB_SHA is the
   * last commit of the base branch, what actions/checkout checks out without `ref:`.
   * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target
   */
  trusted: readonly string[] = [],
): Promise<ReasonedError | undefined> {
  if (event.name !== 'pull_request_target') return undefined;
  const pr = pullRequestOf(event);
  if (!pr || !isFork(pr)) return undefined;
  const from = pr.headRepo ? `the fork ${pr.headRepo}` : 'a deleted fork';
  const rev = await gitStatus(workspace, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const head = rev.code === 0 ? rev.stdout.toLowerCase() : undefined;
  if (head === undefined) {
    // A missing workspace also makes execFile fail without an exit code.
    const why =
      rev.code === undefined && existsSync(workspace)
        ? `git could not run (${firstLine(rev)})`
        : `${workspace} is not a git checkout`;
    return new ReasonedError(
      `Refusing to run on pull_request_target for pull request #${pr.number} from ${from}: ${why}, so the action cannot tell whether it holds the fork's files. Nothing was read from AWS or GitHub. ${SAFE_RECIPE}`,
      'untrusted-checkout',
    );
  }
  const baseSha = pr.baseSha.toLowerCase();
  const headSha = pr.headSha.toLowerCase();
  // The base commit is trusted whatever the depth of the checkout (the safe recipe).
  if (SHA.test(baseSha) && head === baseSha) return undefined;
  if (
    trusted.some(
      (sha) => SHA.test(sha.toLowerCase()) && head === sha.toLowerCase() && sha.toLowerCase() !== headSha,
    )
  ) {
    return undefined;
  }
  const answer: Containment = !SHA.test(headSha)
    ? { unknown: 'the event names no head commit for the pull request' }
    : head === headSha
      ? { contains: true }
      : await containsCommit(workspace, headSha);
  if ('contains' in answer && !answer.contains) return undefined;
  if ('contains' in answer) {
    return new ReasonedError(
      `Refusing to run: this pull_request_target workflow checked out the head of pull request #${pr.number} from ${from} (HEAD ${head.slice(0, 12)} contains ${headSha.slice(0, 12)}). pull_request_target runs with this repository's secrets and a write token, so a fork's files must not be checked out in it. Nothing was read from AWS or GitHub. ${SAFE_RECIPE}`,
      'untrusted-checkout',
    );
  }
  return cannotTell(pr, from, head, answer.unknown);
}

function cannotTell(pr: PullRequestEvent, from: string, head: string, why: string): ReasonedError {
  const baseSha = pr.baseSha.toLowerCase();
  const headSha = pr.headSha.toLowerCase();
  const base = SHA.test(baseSha) ? `the base commit ${baseSha.slice(0, 12)}` : 'the base commit';
  const forkHead = SHA.test(headSha) ? ` ${headSha.slice(0, 12)}` : '';
  return new ReasonedError(
    `Refusing to run on pull_request_target for pull request #${pr.number} from ${from}: HEAD ${head.slice(0, 12)} is not ${base}, and the action cannot tell whether it contains the fork's head commit${forkHead}: ${why}. pull_request_target runs with this repository's secrets and a write token, so a fork's files must not be checked out in it. Nothing was read from AWS or GitHub. Check out the base instead: let actions/checkout check out the base branch (no ref: pointing at the pull request) so that HEAD is ${base} (ref: \${{ github.event.pull_request.base.sha }} pins it if the branch has moved since the event), or fetch with fetch-depth: 0 so that git can answer. ${SAFE_RECIPE}`,
    'untrusted-checkout',
  );
}

/**
 * Whether HEAD contains `sha`, read from git's exit codes. `merge-base --is-ancestor` exits 0 when it
 * does; its "no" (exit 1) is only an answer when HEAD's whole history is present: a shallow history
 * is cut (the merge of refs/pull/N/merge has no parents there), and a missing commit makes git
 * answer 1 too. In a complete history, a head commit that is absent is not an ancestor either.
 */
async function containsCommit(workspace: string, sha: string): Promise<Containment> {
  const ancestor = await gitStatus(workspace, ['merge-base', '--is-ancestor', sha, 'HEAD']);
  if (ancestor.code === 0) return { contains: true };
  const shallow = await gitStatus(workspace, ['rev-parse', '--is-shallow-repository']);
  if (shallow.code !== 0) return { unknown: gitError('rev-parse --is-shallow-repository', shallow) };
  const present = await gitStatus(workspace, ['cat-file', '-e', sha]);
  if (present.code !== 0 && present.code !== 1) return { unknown: gitError('cat-file', present) };
  if (shallow.stdout !== 'false') {
    return {
      unknown:
        present.code === 1
          ? "the checkout's history is shallow (actions/checkout fetches one commit by default) and does not hold the fork's head commit, so a merge such as refs/pull/N/merge cannot be told from the base"
          : "the checkout's history is shallow (actions/checkout fetches one commit by default), so git cannot see every ancestor of HEAD",
    };
  }
  const history = await gitStatus(workspace, ['rev-list', '--count', 'HEAD']);
  if (history.code !== 0)
    return { unknown: `HEAD's history is incomplete (${gitError('rev-list', history)})` };
  if (present.code === 1) return { contains: false };
  if (ancestor.code === 1 && ancestor.stderr === '') return { contains: false };
  return { unknown: gitError('merge-base --is-ancestor', ancestor) };
}

function gitError(command: string, status: GitStatus): string {
  const ended = status.code === undefined ? 'could not run' : `exited ${status.code}`;
  return `git ${command} ${ended} (${firstLine(status) || 'no message'})`;
}

function firstLine(status: GitStatus): string {
  return status.stderr.split('\n')[0]?.trim() ?? '';
}
