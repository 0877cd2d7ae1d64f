/**
 * The pipeline, read top-down: validate ▶ (audit | plan ▶ review ▶ deploy ▶ probe) → one result.
 * Both front-ends (the action, the CLI) call runPipeline and hand what it returns to their
 * reporters; nothing else runs a stage. A stage that fails after another changed something still
 * returns what was done (the plan, the targets that moved), with the failure and its reason.
 * Lazy loading keeps `validate` fast: the AWS SDK and the GitHub client load only in the stages
 * that use them.
 */
import { readEvent } from '../github/event.js';
import { untrustedCheckout } from '../github/target-guard.js';
import type { ProbeOptions } from '../probe/run.js';
import { failureReasonOf } from '../settings/errors.js';
import type { Mode, Settings } from '../settings/settings.js';
import { resolveDeps, type StageDeps } from './deps.js';
import { fail, type RunResult } from './result.js';
import { validate } from './validate.js';

export interface PipelineDeps extends StageDeps {
  /** The probe's handshake (tests replace it). */
  probeAttempt?: ProbeOptions['attempt'];
  /**
   * False where no pull request can have reviewed the deploy: the CLI run from a terminal deploys
   * what it is given (docs/cli.md says so). The action always checks the reviewed plan.
   */
  reviewedPlans?: boolean;
}

/** Runs `mode` to the end, or to the first failure; never throws. */
export async function runPipeline(
  settings: Settings,
  mode: Mode,
  partial: Partial<PipelineDeps> = {},
): Promise<RunResult> {
  const deps: PipelineDeps = { ...partial, ...resolveDeps(partial) };
  const result: RunResult = { mode };
  try {
    await runStages(settings, result, deps);
  } catch (error) {
    // A deploy that failed after it changed something says what moved (DeploymentError).
    const carried = error as Partial<Pick<RunResult, 'plan' | 'deployment'>>;
    if (carried.plan) result.plan = carried.plan;
    if (carried.deployment) result.deployment = carried.deployment;
    fail(result, failureReasonOf(error), error instanceof Error ? error.message : String(error));
    result.error = error;
  }
  return result;
}

async function runStages(settings: Settings, result: RunResult, deps: PipelineDeps): Promise<void> {
  // Before anything reads the workspace or calls AWS or GitHub.
  const env = settings.environment ?? {};
  const refusal = await untrustedCheckout(
    readEvent(env),
    settings.workspace,
    env.GITHUB_SHA ? [env.GITHUB_SHA] : [],
  );
  if (refusal) throw refusal;
  if (result.mode === 'diagnose') return diagnoseStage(settings, result, deps);

  const validation = await validate(settings);
  result.validation = validation;
  if (!validation.ok) fail(result, 'validation-failed', validation.failure ?? 'the truststore was refused');
  // An audit looks at what is live even when the repository's CA files do not validate.
  if (result.mode === 'audit') return auditStage(settings, result, deps);
  if (result.mode === 'validate' || !validation.ok) return;
  if (result.mode === 'plan') return planStage(settings, result, deps);

  // deploy: read what is live ▶ check the reviewed plan ▶ upload and roll, probing each target.
  const { deployInputs, deployLive } = await import('./deploy.js');
  const { readLiveState } = await import('./plan.js');
  const { checkReviewedPlan } = await import('./review.js');
  const { checkChangesSinceLive } = await import('./provenance.js');
  const inputs = deployInputs(settings, deps.probeAttempt);
  const live = await readLiveState(settings, validation, deps);
  result.plan = live.plan;
  let provenance: Awaited<ReturnType<typeof checkChangesSinceLive>>;
  if (deps.reviewedPlans !== false) {
    result.review = await checkReviewedPlan(settings, live.desired, deps, validation.revocations);
    // Only once the reviewed plan matched: a refusal of the plan says what to fix first.
    if (result.review.status !== 'refused') provenance = await checkChangesSinceLive(settings, live, deps);
  }
  result.deployment = await deployLive(live, settings, inputs, deps, result.review, provenance);
}

/** plan: against the live state, or, on a fork's pull request (no AWS there), against the base commit. */
async function planStage(settings: Settings, result: RunResult, deps: PipelineDeps): Promise<void> {
  const validation = result.validation!;
  const fork = await import('./fork-plan.js');
  if (fork.isForkPullRequest(settings)) {
    deps.log('pull request from a fork: planning against the base commit (no AWS credentials here)');
    result.plan = await fork.planFromBaseCommit(settings, validation);
    return;
  }
  const { runPlanMode } = await import('./plan.js');
  result.plan = await runPlanMode(settings, validation, deps);
}

/** audit: the report, and a failure when anything live is wrong at error severity. */
async function auditStage(settings: Settings, result: RunResult, deps: PipelineDeps): Promise<void> {
  const { runAuditMode } = await import('./audit.js');
  const report = await runAuditMode(settings, result.validation!, deps);
  result.audit = report;
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    fail(
      result,
      'audit-problems',
      `truststore audit: ${errors.length} error${errors.length === 1 ? '' : 's'} in what is live. First: ${errors[0]?.message}`,
    );
  }
}

/** diagnose: one partner's certificate against a truststore; a refusal fails the run. */
async function diagnoseStage(settings: Settings, result: RunResult, deps: PipelineDeps): Promise<void> {
  const { runDiagnoseMode } = await import('./diagnose.js');
  const diagnosed = await runDiagnoseMode(settings, deps);
  result.diagnosis = diagnosed;
  const { diagnosis, truststore } = diagnosed;
  if (diagnosis.verdict === 'refused') {
    fail(
      result,
      'client-refused',
      `${truststore.source.includes('trust store') ? 'Elastic Load Balancing' : 'API Gateway'} refuses "${diagnosis.leaf.subject}" with ${truststore.source}: ${diagnosis.fix}`,
    );
  }
}
