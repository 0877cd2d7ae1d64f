/**
 * Where a plan or a deployment is shown: the `plan-markdown` output, the job summary (always the
 * full text) and, on pull requests, the sticky comment. Commenting never fails the run except for
 * a missing permission on a pull request from this repository, which only the user can fix.
 */

import { githubClient } from '../github/client.js';
import { describeLookalikes, findComments, type UpsertPolicy, upsertComment } from '../github/comment.js';
import { isReadOnlyPullRequest, pullRequestOf, readEvent, repositoryOf, runUrlOf } from '../github/event.js';
import { tokenIdentity } from '../github/identity.js';
import { type Marker, renderMarker } from '../github/marker.js';
import { explainCommentFailure } from '../github/permissions.js';
import { contractOfSettings } from '../pipeline/review.js';
import type { ValidateResult } from '../pipeline/validate.js';
import type { Deployment, Plan } from '../plan/model.js';
import { renderDeploymentMarkdown } from '../report/markdown/deployment.js';
import { renderInvalidMarkdown, renderPlanMarkdown } from '../report/markdown/plan.js';
import { labelOf, type Settings } from '../settings/settings.js';
import * as runner from './runner.js';

/** A step summary may hold 1 MiB; leave room for what other steps write. */
export const SUMMARY_MAX_LENGTH = 800_000;

/** Appends to the job summary; off a runner (no GITHUB_STEP_SUMMARY) says so instead. */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!runner.hasSummary()) {
    runner.info('GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary written');
    return;
  }
  try {
    await runner.appendSummary(markdown, true);
  } catch (error) {
    runner.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

interface StickyNote {
  issueNumber: number;
  readOnly: boolean;
  afterDeploy: boolean;
  wanted: (marker: Marker) => boolean;
  body: string;
  policy: UpsertPolicy;
}

/** Writes the sticky note; returns the failure to report when only the user can fix it (a permission). */
async function writeSticky(settings: Settings, note: StickyNote): Promise<string | undefined> {
  const env = settings.environment ?? {};
  if (settings.githubToken === '') {
    runner.warning(
      `github-token is empty: no pull-request comment. Leave github-token at its default \${{ github.token }}.`,
    );
    return undefined;
  }
  try {
    const client = await githubClient(settings.githubToken, env.GITHUB_API_URL);
    const target = { ...repositoryOf(env), issueNumber: note.issueNumber };
    const author = await tokenIdentity(client, settings.githubAppSlug);
    const found = await findComments(client, target, author, note.wanted);
    if (found.lookalikes.length > 0)
      runner.warning(describeLookalikes(found.lookalikes, author, note.issueNumber));
    const result = await upsertComment(client, target, found.ours, note.body, note.policy);
    runner.info(
      result.action === 'skipped'
        ? `comment: ${settings.comment}: nothing to say on pull request #${note.issueNumber}`
        : `comment ${result.id} on pull request #${note.issueNumber}: ${result.action}`,
    );
  } catch (error) {
    const problem = explainCommentFailure(error, {
      readOnly: note.readOnly,
      pullRequest: note.issueNumber,
      afterDeploy: note.afterDeploy,
    });
    if (problem.level === 'error') return problem.message;
    runner.warning(problem.message);
  }
  return undefined;
}

function renderOptions(settings: Settings, label: string) {
  return {
    expiryWarningDays: settings.expiryWarningDays,
    label,
    fullPlanUrl: runUrlOf(settings.environment ?? {}),
  };
}

async function commentOnPullRequest(
  settings: Settings,
  label: string,
  body: string,
  hasChanges: boolean,
): Promise<string | undefined> {
  const env = settings.environment ?? {};
  const event = readEvent(env);
  const pr = pullRequestOf(event);
  if (!pr || settings.comment === 'never') return undefined;
  return writeSticky(settings, {
    issueNumber: pr.number,
    readOnly: isReadOnlyPullRequest(event, env),
    afterDeploy: false,
    wanted: (m) => m.kind === 'plan' && m.label === label,
    body,
    policy: { create: settings.comment === 'always' || hasChanges, update: true },
  });
}

/** What publishing a plan produced: the `plan-markdown` output, and a failure only the user can fix. */
export interface Published {
  markdown: string;
  failure?: string;
}

export async function publishPlan(
  settings: Settings,
  validation: ValidateResult,
  plan: Plan,
): Promise<Published> {
  const label = labelOf(settings);
  const options = renderOptions(settings, label);
  const contract = validation.truststore
    ? contractOfSettings(settings, validation.truststore, validation.revocations)
    : undefined;
  const header = renderMarker({
    kind: 'plan',
    label,
    uri: plan.location.uri,
    ...(contract ? { ...contract, uri: plan.location.uri, label } : {}),
    // The version the plan was read against ('' before the first upload); unknown on a fork's offline plan.
    ...(plan.offline ? {} : { live: plan.latest?.versionId ?? '' }),
  });
  const comment = renderPlanMarkdown(plan, { ...options, header });
  await writeJobSummary(renderPlanMarkdown(plan, { ...options, maxLength: SUMMARY_MAX_LENGTH }));
  const failure = await commentOnPullRequest(settings, label, comment, plan.hasChanges);
  return { markdown: comment, ...(failure ? { failure } : {}) };
}

/**
 * Plan mode with an invalid truststore: the pull request still hears why (validate mode has
 * written the job summary and failed the step already).
 */
export async function publishInvalid(settings: Settings, validation: ValidateResult): Promise<Published> {
  const label = labelOf(settings);
  // No contract: a refused truststore is no plan a deploy may apply.
  const header = renderMarker({ kind: 'plan', label, uri: settings.truststoreUri ?? '' });
  const comment = renderInvalidMarkdown(validation.findings, { ...renderOptions(settings, label), header });
  const failure = await commentOnPullRequest(settings, label, comment, true);
  return { markdown: comment, ...(failure ? { failure } : {}) };
}

export async function publishDeployment(
  settings: Settings,
  plan: Plan,
  deployment: Deployment,
  failure?: string,
): Promise<string | undefined> {
  const env = settings.environment ?? {};
  const label = labelOf(settings);
  const options = { ...renderOptions(settings, label), runUrl: runUrlOf(env), failure };
  await writeJobSummary(
    `${renderDeploymentMarkdown(plan, deployment, { ...options, maxLength: 100_000 })}\n${renderPlanMarkdown(
      plan,
      {
        ...options,
        maxLength: SUMMARY_MAX_LENGTH,
      },
    )}`,
  );
  const event = readEvent(env);
  if (event.name !== 'push' || settings.comment === 'never') return undefined;
  if (settings.comment === 'changes-only' && deployment.upToDate && !failure) return undefined;
  const sha = env.GITHUB_SHA ?? '';
  if (!/^[0-9a-f]{40,64}$/i.test(sha) || settings.githubToken === '') return undefined;
  let issueNumber: number | undefined;
  try {
    const client = await githubClient(settings.githubToken, env.GITHUB_API_URL);
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repositoryOf(env),
      commit_sha: sha,
    });
    // Only the pull request whose merge is this commit: the one whose plan was deployed.
    issueNumber = data.find((p) => p.merged_at && p.merge_commit_sha === sha)?.number;
  } catch (error) {
    runner.warning(
      `Could not find the pull request merged as ${sha.slice(0, 12)}: ${error instanceof Error ? error.message : String(error)}. The deployment is in the job summary.`,
    );
    return undefined;
  }
  if (issueNumber === undefined) {
    runner.info(`No merged pull request for commit ${sha.slice(0, 12)}: no deployment note`);
    return undefined;
  }
  const marker: Marker = {
    kind: 'deployment',
    label,
    uri: plan.location.uri,
    truststore: plan.desired.sha256,
    sha,
  };
  return writeSticky(settings, {
    issueNumber,
    readOnly: false,
    afterDeploy: true,
    wanted: (m) => m.kind === 'deployment' && m.label === label && m.sha === sha,
    body: renderDeploymentMarkdown(plan, deployment, { ...options, header: renderMarker(marker) }),
    // A re-run that found nothing to do keeps the note of the run that deployed.
    policy: { create: true, update: !deployment.upToDate || failure !== undefined },
  });
}
