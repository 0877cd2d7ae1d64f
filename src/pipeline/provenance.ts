/**
 * The provenance stage of a deploy: before anything is written, every CA change since what is live
 * must have come through an approved pull request merged into the default branch (see
 * src/github/provenance.ts for the rule), and a replay of an older deploy writes nothing.
 */
import { githubClient } from '../github/client.js';
import { defaultBranchOf, readEvent, repositoryOf } from '../github/event.js';
import { checkProvenance, type ProvenanceVerdict } from '../github/provenance.js';
import { ReasonedError } from '../settings/errors.js';
import type { Settings } from '../settings/settings.js';
import { tryGit } from '../workspace/git.js';
import { caFileMatcher } from '../workspace/glob.js';
import type { StageDeps } from './deps.js';
import type { LiveState } from './plan.js';

const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function githubRefusal(why: string): ReasonedError {
  return new ReasonedError(
    `The provenance of this deploy could not be checked: ${why}. Nothing was written. The job needs "permissions: contents: read, pull-requests: read" and github-token at its default \${{ github.token }}; or deploy with require-reviewed-plan: false (break-glass).`,
    'github-error',
  );
}

/** undefined: not checked (break-glass, or no write ahead). Throws the refusal when a change is unreviewed. */
export async function checkChangesSinceLive(
  settings: Settings,
  state: LiveState,
  deps: Pick<StageDeps, 'log' | 'warn'>,
): Promise<ProvenanceVerdict | undefined> {
  if (!settings.requireReviewedPlan || state.plan.upToDate) return undefined;
  const env = settings.environment ?? {};
  const sha = (env.GITHUB_SHA ?? '').toLowerCase();
  if (!COMMIT.test(sha)) throw githubRefusal(`GITHUB_SHA ("${sha}") is not a commit`);
  if (settings.githubToken === '') throw githubRefusal('github-token is empty');
  // The CA patterns are relative to the workspace, which may be a folder inside the repository.
  const prefix = (await tryGit(settings.workspace, ['rev-parse', '--show-prefix'])) ?? '';
  // Revocation lists decide who may call as much as CA files do: their changes need a review too.
  const matchers = [settings.caFiles, settings.revocationFiles]
    .filter((p) => p.length > 0)
    .map(caFileMatcher);
  const isCaFile = (file: string) =>
    file.startsWith(prefix) && matchers.some((matches) => matches(file.slice(prefix.length)));
  let verdict: ProvenanceVerdict;
  try {
    const client = await githubClient(settings.githubToken, env.GITHUB_API_URL);
    const { owner, repo } = repositoryOf(env);
    const defaultBranch =
      defaultBranchOf(readEvent(env)) ?? (await client.rest.repos.get({ owner, repo })).data.default_branch;
    // The commit recorded on the version clients meet now, as plan read it.
    const liveCommit = state.plan.liveProvenance?.commit;
    verdict = await checkProvenance(client, {
      owner,
      repo,
      sha,
      defaultBranch,
      isCaFile,
      requiredApprovals: settings.requiredApprovals ?? 1,
      ...(liveCommit ? { liveCommit } : {}),
    });
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    throw githubRefusal(
      `${typeof status === 'number' ? `HTTP ${status}: ` : ''}${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    );
  }
  if (verdict.status === 'refused') {
    throw new ReasonedError(
      `${verdict.message}. Nothing was written to ${state.location.uri}. Every change to the CA files must arrive through a pull request merged into the default branch and approved (required-approvals ${settings.requiredApprovals ?? 1}); revert the change and open a pull request, or, in an emergency, set require-reviewed-plan: false (break-glass).`,
      verdict.reason,
    );
  }
  deps.log(verdict.summary);
  return verdict;
}
