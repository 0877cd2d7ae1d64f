/**
 * The modes that talk to AWS and GitHub, behind one lazy import from main.ts: validate never
 * loads them, and the bundle keeps their shared code in one chunk instead of one copy per import.
 */

import { reportAuditProblems, runAuditMode, setAuditOutputs } from '../pipeline/audit.js';
import { DeploymentError, runDeployMode } from '../pipeline/deploy.js';
import { ReasonedError } from '../pipeline/failure.js';
import { isForkPullRequest, planFromBaseCommit } from '../pipeline/fork-plan.js';
import { runPlanMode } from '../pipeline/plan.js';
import { checkReviewedPlan } from '../pipeline/review.js';
import type { ValidateResult } from '../pipeline/validate.js';
import type { Deployment, Plan } from '../plan/model.js';
import { markdownText } from '../report/escape.js';
import { publishDeployment, publishInvalid, publishPlan, writeJobSummary } from '../report/github/publish.js';
import { publishAudit } from '../report/github/publish-audit.js';
import type { Settings } from '../settings/settings.js';
import * as runner from './runner.js';

/** The pull request still hears why when the new truststore is refused. */
export async function reportRefusedPlan(settings: Settings, validation: ValidateResult): Promise<void> {
  await publishInvalid(settings, validation);
}

/** plan: against the live state, or against the base commit on a fork (no AWS there). */
export async function planAndPublish(
  settings: Settings,
  validation: ValidateResult,
  onPlan: (plan: Plan) => void,
): Promise<Plan> {
  let plan: Plan;
  if (isForkPullRequest()) {
    runner.info('pull request from a fork: planning against the base commit (no AWS credentials here)');
    plan = await planFromBaseCommit(settings, validation);
  } else {
    plan = await runPlanMode(settings, validation, { onPlan });
  }
  onPlan(plan);
  await publishPlan(settings, validation, plan);
  return plan;
}

/**
 * deploy: only what the merged pull request's plan reviewed (see review.ts); a failure part-way is
 * still reported (which domains moved) before the step fails.
 */
export async function deployAndPublish(
  settings: Settings,
  validation: ValidateResult,
  onPlan: (plan: Plan) => void,
): Promise<{ plan: Plan; deployment: Deployment }> {
  const review = validation.truststore ? await checkReviewedPlan(settings, validation.truststore) : undefined;
  if (review?.status === 'break-glass') {
    await writeJobSummary(
      `> [!CAUTION]\n> **BREAK-GLASS DEPLOY: require-reviewed-plan is false.** This deploy of ${settings.truststoreUri ?? 'the truststore'} was not checked against a reviewed plan. Set require-reviewed-plan back to true once the emergency is over.\n`,
    );
  }
  if (review?.status === 'matched') {
    await writeJobSummary(
      `Deploying the plan reviewed in pull request #${review.pullRequest} (contract \`${review.contract.slice(0, 16)}…\`).\n`,
    );
  }
  try {
    const { plan, deployment } = await runDeployMode(settings, validation, { onPlan }, review);
    await publishDeployment(settings, plan, deployment);
    return { plan, deployment };
  } catch (error) {
    if (error instanceof DeploymentError)
      await publishDeployment(settings, error.plan, error.deployment, error);
    else if (error instanceof ReasonedError)
      await writeJobSummary(
        `### ⛔ mTLS truststore deploy refused (${error.reason})\n\n${markdownText(error.message, 4000)}\n`,
      );
    throw error;
  }
}

/** audit: outputs, job summary and issue first, then the step fails on any error-severity problem. */
export async function auditAndPublish(settings: Settings, validation: ValidateResult): Promise<void> {
  const report = await runAuditMode(settings, validation);
  setAuditOutputs(report);
  await publishAudit(settings, report);
  reportAuditProblems(report);
}
