/**
 * deploy: upload the new truststore as a new object version and roll every target to it, one at a
 * time, stopping at the first one that reports warnings or fails its probe, and rolling back what
 * moved. Idempotent: what is already live is not written again, and a target already on the
 * version is not touched.
 */
import { type Encryption, encryptionFrom } from '../aws/truststore-object.js';
import type { ProvenanceVerdict } from '../github/provenance.js';
import type { Deployment, Plan, Provenance } from '../plan/model.js';
import { describeUnexpected, type PostRollProbe, preparePostRollProbe, unexpected } from '../probe/index.js';
import type { ProbeOptions } from '../probe/run.js';
import { failureReasonOf } from '../settings/errors.js';
import type { Settings } from '../settings/settings.js';
import type { ApplyFailure, TargetState } from '../targets/target.js';
import { DeploymentError } from './deployment-error.js';
import { resolveDeps, type StageDeps } from './deps.js';
import { type LiveState, type PlannedTarget, readLiveState } from './plan.js';
import type { ReviewOutcome } from './review.js';
import { revocationsOrRollBack } from './revocations.js';
import { list, rollBack, rolledBackClause } from './rollback.js';
import { ensureVersion } from './upload.js';
import type { ValidateResult } from './validate.js';

export { DeploymentError };

/** What a deploy checks before it reads or writes anything. */
export interface DeployInputs {
  encryption?: Encryption;
  probeAttempt?: ProbeOptions['attempt'];
}

/** Bad encryption inputs fail before anything is read or written. */
export function deployInputs(settings: Settings, probeAttempt?: ProbeOptions['attempt']): DeployInputs {
  const encryption = encryptionFrom(settings.sseAlgorithm, settings.sseKmsKeyId);
  return { ...(encryption ? { encryption } : {}), ...(probeAttempt ? { probeAttempt } : {}) };
}

/** What the new version records about where it came from: GITHUB_SHA and its pull request. */
function builtFrom(
  settings: Settings,
  review: ReviewOutcome | undefined,
  provenance: ProvenanceVerdict | undefined,
): Provenance | undefined {
  const sha = (settings.environment?.GITHUB_SHA ?? '').toLowerCase();
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return undefined;
  const pullRequest =
    review?.status === 'matched'
      ? review.pullRequest
      : provenance?.status === 'proven'
        ? provenance.pullRequest
        : undefined;
  return { commit: sha, ...(pullRequest !== undefined ? { pullRequest } : {}) };
}

/** What the deploy starts from: every target's version before this run, nothing moved yet. */
function startDeployment(state: LiveState, probe: PostRollProbe | undefined): Deployment {
  const { plan, latest } = state;
  const previousVersions: Record<string, string | undefined> = {};
  for (const t of state.targets) previousVersions[t.state.domainName] = t.state.truststoreVersion;
  const deployment: Deployment = {
    upToDate: plan.upToDate,
    deployedDomains: [],
    rolledBackDomains: [],
    untouchedDomains: [],
    warnings: [],
    previousVersions,
    ...(probe ? { probes: [] } : {}),
  };
  // What clients met before this run: the version most targets pinned, else the latest object.
  const previousVersionId = plan.primary.versionId ?? latest?.versionId;
  if (previousVersionId !== undefined) deployment.previousVersionId = previousVersionId;
  return deployment;
}

/** The reviewed plan allows this write, or the deploy is refused before it (see review.ts). */
function enforceReview(state: LiveState, review: ReviewOutcome | undefined, deps: StageDeps): void {
  if (review?.status === 'refused') throw review.error;
  const latestId = state.latest?.versionId;
  if (review?.status === 'matched' && review.live !== undefined && review.live !== (latestId ?? '')) {
    // Drift does not block: the bytes are the contract, and the upload is conditional on what was read now.
    deps.warn(
      `the live truststore changed since the review in pull request #${review.pullRequest}: the plan was made against version ${review.live || '(none)'}, the latest is now ${latestId ?? '(none)'}. Deploying the reviewed truststore anyway; the job summary shows the plan against the live state.`,
    );
  }
}

/** One roll of the targets to a version, and what it records as it goes. */
interface Roll {
  state: LiveState;
  toRoll: readonly PlannedTarget[];
  versionId: string;
  probe: PostRollProbe | undefined;
  deployment: Deployment;
  /** The targets moved so far, in order (what a rollback pins back). */
  moved: string[];
  deps: StageDeps;
}

/** Why the roll stopped short of the last target, when it did. */
type Stop = { warned: TargetState } | { probeFailure: string };

/** Rolls the targets one at a time; returns why it stopped early, if it did. Throws when a roll fails. */
async function rollTargets(roll: Roll): Promise<Stop | undefined> {
  const { state, toRoll, versionId, probe, deployment, moved, deps } = roll;
  const rest = (i: number) => toRoll.slice(i + 1).map((x) => x.state.domainName);
  for (const [i, t] of toRoll.entries()) {
    const name = t.state.domainName;
    if (t.state.truststoreVersion === versionId) continue;
    let after: TargetState;
    try {
      deps.log(
        `${name}: pinning truststore version ${versionId} (was ${t.state.truststoreVersion ?? 'unpinned'})`,
      );
      after = await t.session.apply(name, versionId);
    } catch (error) {
      const readBack = (error as ApplyFailure).after;
      // The update went through although the wait failed: the target moved, and any rollback covers it.
      if (readBack?.truststoreVersion === versionId) moved.push(name);
      deployment.untouchedDomains = rest(i);
      if (readBack?.truststoreVersion === versionId && readBack.warnings.length > 0) {
        deployment.warnings.push({ domainName: name, warnings: readBack.warnings });
        return { warned: readBack };
      }
      deployment.failed = { domainName: name, message: (error as Error).message };
      throw error;
    }
    moved.push(name);
    if (after.warnings.length > 0) {
      // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
      deployment.warnings.push({ domainName: name, warnings: after.warnings });
      deployment.untouchedDomains = rest(i);
      return { warned: after };
    }
    if (probe && t.session.probeHost) {
      // Proof that partners get in (or, for `refuse`, stay out) on the version now live. A probe
      // that cannot run proves nothing: the version stays unproven and is rolled back like a failure.
      let results: Awaited<ReturnType<PostRollProbe['run']>>;
      try {
        results = await probe.run(t.session.probeHost(name));
      } catch (error) {
        deployment.untouchedDomains = rest(i);
        return {
          probeFailure: `the mTLS probe of ${name} on version ${versionId} could not run (${(error as Error).message.split('\n')[0]}), so the version is unproven`,
        };
      }
      deployment.probes?.push(...results);
      if (unexpected(results).length > 0) {
        deployment.untouchedDomains = rest(i);
        return {
          probeFailure: `the mTLS probe of ${name} on version ${versionId} failed: ${describeUnexpected(results)}`,
        };
      }
    }
  }
  return undefined;
}

/** Warnings or a failed probe: roll back what moved (unless told not to), and say what happened. */
async function stopped(
  state: LiveState,
  settings: Settings,
  stop: Stop,
  deployment: Deployment,
  moved: string[],
  versionId: string,
  deps: StageDeps,
): Promise<DeploymentError> {
  const warned = 'warned' in stop ? stop.warned : undefined;
  const said = warned
    ? `API Gateway reported truststore warnings for ${warned.domainName} on version ${versionId}: ${warned.warnings.join('; ')}`
    : (stop as { probeFailure: string }).probeFailure;
  const fix = warned
    ? 'Fix the certificates API Gateway names'
    : 'Fix the truststore (mode diagnose explains why a client is refused)';
  const reason = warned ? 'warnings' : 'probe-failed';
  const notMoved = `not moved: ${list(deployment.untouchedDomains)}`;
  if (warned ? settings.rollbackOnWarnings : settings.rollbackOnProbeFailure !== false) {
    await rollBack(state, deployment, moved, deps.warn);
    return new DeploymentError(
      `${said}.\n${rolledBackClause(deployment, versionId)}; ${notMoved}. ${fix} and push again; until then the next plan shows version ${versionId} as drift.`,
      deployment,
      state.plan,
      reason,
    );
  }
  const rollbackInput = warned ? 'rollback-on-warnings' : 'rollback-on-probe-failure';
  return new DeploymentError(
    `${said}.\n${rollbackInput} is false: ${list(moved)} stay on version ${versionId}; ${notMoved}. ${fix} and push again.`,
    deployment,
    state.plan,
    reason,
  );
}

/** Before writing anything: every target to roll must be ready (waiting is bounded). */
async function readyToRoll(state: LiveState, deps: StageDeps): Promise<PlannedTarget[]> {
  const toRoll = state.targets.filter((t) => state.plan.domainsToRoll.includes(t.state.domainName));
  for (const t of toRoll) {
    const ready = t.kind.readyStatus;
    if (t.state.status !== undefined && t.state.status !== ready) {
      deps.log(`${t.state.domainName} is ${t.state.status}; waiting until it is ${ready} before deploying`);
      await t.session.waitUntilReady(t.state.domainName);
    }
  }
  return toRoll;
}

/**
 * After the first write: roll the targets. Any failure (an AWS error on a target, a wait that ran
 * out, anything else) leaves the version unproven, so every target this run moved is rolled back,
 * whatever its kind: a deploy never leaves the targets split.
 */
async function rollOrRollBack(roll: Roll): Promise<Stop | undefined> {
  const { state, versionId, deployment, moved, deps } = roll;
  try {
    return await rollTargets(roll);
  } catch (error) {
    deployment.deployedDomains = [...moved];
    const failed = deployment.failed?.domainName;
    const ready = state.targets.find((t) => t.state.domainName === failed)?.kind.readyStatus ?? 'ready';
    const said = failed
      ? `${(error as Error).message}\nDeploy stopped at ${
          moved.includes(failed)
            ? `${failed} (pinned to ${versionId}, but not ${ready})`
            : `${failed} (failed)`
        }`
      : `the deploy of version ${versionId} failed after it changed targets (${(error as Error).message.split('\n')[0]})`;
    await rollBack(state, deployment, moved, deps.warn);
    throw new DeploymentError(
      `${said}.\n${rolledBackClause(deployment, versionId)}; not moved: ${list(deployment.untouchedDomains)}. Fix the cause and re-run the deploy.`,
      deployment,
      state.plan,
      failureReasonOf(error),
    );
  }
}

/** The deploy of a plan that was read (readLiveState) and reviewed (checkReviewedPlan). */
export async function deployLive(
  state: LiveState,
  settings: Settings,
  inputs: DeployInputs,
  partial: Partial<StageDeps>,
  review?: ReviewOutcome,
  provenance?: ProvenanceVerdict,
): Promise<Deployment> {
  const deps = resolveDeps(partial);
  const { plan, latest, location } = state;
  // Bad probe inputs (a key in the workspace, a key that is not the certificate's) fail before any write.
  const probe = await preparePostRollProbe(settings, {
    clock: deps.clock,
    log: deps.log,
    hosts: state.targets.flatMap((t) => t.session.probeHost?.(t.state.domainName) ?? []),
    ...(inputs.probeAttempt ? { attempt: inputs.probeAttempt } : {}),
  });
  const deployment = startDeployment(state, probe);
  if (plan.upToDate) {
    deployment.versionId = latest?.versionId;
    deps.log(
      `${location.uri} is up to date: version ${latest?.versionId ?? '?'} holds this truststore and every domain is pinned to it`,
    );
    if (review?.status === 'refused')
      deps.warn(`Nothing to deploy, so no reviewed plan is needed; noted anyway: ${review.error.message}`);
    return deployment;
  }
  // The contract is checked before any write: only the reviewed bytes reach the bucket.
  enforceReview(state, review, deps);
  if (provenance?.status === 'replay') {
    // A re-run of an older deploy: what is live is newer and already holds this commit.
    deps.log(provenance.summary);
    deployment.upToDate = true;
    deployment.replayOf = provenance.liveCommit;
    deployment.versionId = deployment.previousVersionId;
    return deployment;
  }

  const toRoll = await readyToRoll(state, deps);
  const built = builtFrom(settings, review, provenance);
  if (built) deployment.provenance = built;
  const versionId = await ensureVersion(
    state,
    { ...inputs, ...(built ? { provenance: built } : {}) },
    deployment,
    deps,
  );
  deployment.versionId = versionId;

  const moved: string[] = [];
  const stop = await rollOrRollBack({ state, toRoll, versionId, probe, deployment, moved, deps });
  deployment.deployedDomains = moved;
  if (stop) throw await stopped(state, settings, stop, deployment, moved, versionId, deps);
  await revocationsOrRollBack(state, inputs.encryption, deployment, moved, deps);
  deps.log(`deployed version ${versionId} to ${list(moved)}`);
  // Every target rolled and none rolled back: record it on the version (the audit's pin-reverted).
  const unrecorded = await state.store.markDeployed(versionId, new Date(deps.clock.now()));
  if (unrecorded) deps.warn(unrecorded, 'truststore: deploy not recorded');
  return deployment;
}

/** The deploy stage from the settings: check the inputs, read what is live, then deploy it. */
export async function runDeployMode(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<StageDeps> & { probeAttempt?: ProbeOptions['attempt'] } = {},
  /** The reviewed-plan check (undefined: not asked, as in unit tests of the AWS steps). */
  review?: ReviewOutcome,
): Promise<{ plan: Plan; deployment: Deployment }> {
  const inputs = deployInputs(settings, partial.probeAttempt);
  const state = await readLiveState(settings, validation, partial);
  return { plan: state.plan, deployment: await deployLive(state, settings, inputs, partial, review) };
}
