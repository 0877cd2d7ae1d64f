/**
 * The reviewed plan is the contract: a deploy applies only the truststore, URI, label and domain
 * names that a reviewer saw in the plan comment of the pull request merged as GITHUB_SHA.
 * Anything else is refused before any AWS write; `require-reviewed-plan: false` is the
 * break-glass, and says so loudly.
 */

import { githubClient } from '../github/client.js';
import { repositoryOf } from '../github/event.js';
import { tokenIdentity } from '../github/identity.js';
import { findReviewedPlan } from '../github/reviewed-plan.js';
import type { Truststore } from '../pki/model.js';
import { contractForTruststore, describeDifferences, FINGERPRINT_PREFIX } from '../plan/contract.js';
import { ReasonedError } from '../settings/errors.js';
import { labelOf, type Settings } from '../settings/settings.js';
import { contractTargets } from '../targets/index.js';
import type { StageDeps } from './deps.js';

export type ReviewOutcome =
  | { status: 'matched'; pullRequest: number; contract: string; live?: string; commentUrl?: string }
  | { status: 'break-glass' }
  | { status: 'refused'; error: ReasonedError };

const FIXES =
  'Merge the change through a pull request on which this action planned and commented (mode auto or plan on pull_request, comment not never, same label), or, to deploy without a review in an emergency, set require-reviewed-plan: false (break-glass: it is written into the job summary).';

function noReviewedPlan(why: string, uri: string): ReasonedError {
  return new ReasonedError(
    `No reviewed plan for this deploy: ${why}. Nothing was written to ${uri}. ${FIXES}`,
    'no-reviewed-plan',
  );
}

function describeGitHubError(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300);
  return `${typeof status === 'number' ? `HTTP ${status}: ` : ''}${message}`;
}

/** The contract a plan comment carries and a deploy checks: truststore bytes, URI, label, targets. */
export function contractOfSettings(
  settings: Settings,
  truststore: Truststore,
  revocations?: readonly { sha256: string }[],
) {
  return contractForTruststore(truststore, {
    uri: settings.truststoreUri ?? '',
    label: labelOf(settings),
    domainNames: contractTargets(settings),
    // The lists are part of what is reviewed only where revocation-files manages them.
    ...(settings.revocationFiles.length > 0 ? { revocations: (revocations ?? []).map((r) => r.sha256) } : {}),
  });
}

/** plan-changed when what is about to be deployed differs from what the comment reviewed. */
function compareWithReview(
  found: Extract<Awaited<ReturnType<typeof findReviewedPlan>>, { found: true }>,
  current: ReturnType<typeof contractOfSettings>,
  truststore: Truststore,
  uri: string,
): ReasonedError | undefined {
  const where = `pull request #${found.pullRequest}${found.commentUrl ? ` (${found.commentUrl})` : ''}`;
  const subjects = new Map(
    truststore.entries.map((e) => [
      e.certificate.fingerprint.slice(0, FINGERPRINT_PREFIX),
      e.certificate.subject,
    ]),
  );
  const differences = describeDifferences(found.marker, current, (p) => subjects.get(p));
  if (differences.length === 0) return undefined;
  return new ReasonedError(
    `The truststore about to be deployed is not the one reviewed in ${where}: ${differences.join('; ')}. Nothing was written to ${uri}. This happens when another merge changed the CA files after the review, or when the deploy workflow's inputs differ from the plan workflow's. Open a pull request with the current CA files so that its plan is reviewed (branch protection's "require branches to be up to date before merging" prevents this), or set require-reviewed-plan: false to deploy anyway (break-glass).`,
    'plan-changed',
  );
}

export async function checkReviewedPlan(
  settings: Settings,
  truststore: Truststore,
  deps: Pick<StageDeps, 'log' | 'warn'>,
  revocations?: readonly { sha256: string }[],
): Promise<ReviewOutcome> {
  const uri = settings.truststoreUri ?? '';
  const env = settings.environment ?? {};
  if (!settings.requireReviewedPlan) {
    deps.warn(
      `BREAK-GLASS: require-reviewed-plan is false: this deploy of ${uri} is NOT checked against a reviewed plan. Set it back to true once the emergency is over.`,
    );
    return { status: 'break-glass' };
  }
  if (settings.githubToken === '') {
    return {
      status: 'refused',
      error: noReviewedPlan(
        'github-token is empty, so the plan comment of the merged pull request cannot be read (leave github-token at its default ${{ github.token }})',
        uri,
      ),
    };
  }
  const sha = env.GITHUB_SHA ?? '';
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    return { status: 'refused', error: noReviewedPlan(`GITHUB_SHA ("${sha}") is not a commit`, uri) };
  }
  const current = contractOfSettings(settings, truststore, revocations);
  let found: Awaited<ReturnType<typeof findReviewedPlan>>;
  try {
    const client = await githubClient(settings.githubToken, env.GITHUB_API_URL);
    const author = await tokenIdentity(client, settings.githubAppSlug);
    found = await findReviewedPlan(client, {
      ...repositoryOf(env),
      sha,
      label: current.label,
      author,
      warn: (m) => deps.warn(m),
    });
  } catch (error) {
    return {
      status: 'refused',
      error: noReviewedPlan(
        `GitHub could not be asked for the pull request merged as ${sha.slice(0, 12)} and its plan comment (${describeGitHubError(error)}); the job needs "permissions: contents: read, pull-requests: read" (or write)`,
        uri,
      ),
    };
  }
  if (!found.found && found.ambiguous) {
    return {
      status: 'refused',
      error: new ReasonedError(
        `Ambiguous reviewed plan: ${found.why}. Nothing was written to ${uri}.`,
        'ambiguous-plan',
      ),
    };
  }
  if (!found.found) return { status: 'refused', error: noReviewedPlan(found.why, uri) };

  const refusal = compareWithReview(found, current, truststore, uri);
  if (refusal) return { status: 'refused', error: refusal };
  deps.log(
    `deploying the plan reviewed in pull request #${found.pullRequest}${found.commentUrl ? ` (${found.commentUrl})` : ''} (contract ${found.marker.contract.slice(0, 16)}…)`,
  );
  return {
    status: 'matched',
    pullRequest: found.pullRequest,
    contract: found.marker.contract,
    ...(found.marker.live !== undefined ? { live: found.marker.live } : {}),
    ...(found.commentUrl ? { commentUrl: found.commentUrl } : {}),
  };
}
