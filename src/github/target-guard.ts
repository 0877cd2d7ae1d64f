/**
 * pull_request_target runs in the base repository with its secrets (AWS credentials) and a write
 * token. Checking out a fork's head there hands both to whatever the fork committed, so when the
 * workspace holds the fork's head the action refuses before any AWS or GitHub call.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target
 */
import { ReasonedError } from '../settings/errors.js';
import { tryGit } from '../workspace/git.js';
import { type GitHubEvent, isFork, pullRequestOf } from './event.js';

export const SAFE_RECIPE =
  'Run the plan on pull_request instead (a fork\'s pull request is planned against the base commit, without credentials) and comment from a workflow_run workflow (README, "Pull requests from forks"); or keep pull_request_target but let actions/checkout check out the base branch (no ref: pointing at the pull request).';

/** The refusal when a pull_request_target run's workspace holds a fork's head commit, else undefined. */
export async function untrustedCheckout(
  event: GitHubEvent,
  workspace: string,
): Promise<ReasonedError | undefined> {
  if (event.name !== 'pull_request_target') return undefined;
  const pr = pullRequestOf(event);
  if (!pr || !isFork(pr)) return undefined;
  const from = pr.headRepo ? `the fork ${pr.headRepo}` : 'a deleted fork';
  const head = await tryGit(workspace, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head === undefined) {
    return new ReasonedError(
      `Refusing to run on pull_request_target for pull request #${pr.number} from ${from}: ${workspace} is not a git checkout, so the action cannot tell whether it holds the fork's files. Nothing was read from AWS or GitHub. ${SAFE_RECIPE}`,
      'untrusted-checkout',
    );
  }
  // HEAD is the head commit, or a merge that contains it (refs/pull/N/merge); without a head
  // commit in the event there is no telling, so that is refused too.
  const holdsHead =
    !/^[0-9a-f]{40,64}$/.test(pr.headSha) ||
    head === pr.headSha ||
    (await tryGit(workspace, ['merge-base', '--is-ancestor', pr.headSha, 'HEAD'])) !== undefined;
  if (!holdsHead) return undefined;
  return new ReasonedError(
    `Refusing to run: this pull_request_target workflow checked out the head of pull request #${pr.number} from ${from} (HEAD ${head.slice(0, 12)} contains ${pr.headSha.slice(0, 12)}). pull_request_target runs with this repository's secrets and a write token, so a fork's files must not be checked out in it. Nothing was read from AWS or GitHub. ${SAFE_RECIPE}`,
    'untrusted-checkout',
  );
}
