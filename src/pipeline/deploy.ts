/**
 * Deploy mode: upload the new truststore as a new object version and pin every domain to it, one
 * at a time, stopping at the first domain API Gateway reports warnings for. Idempotent: what is
 * already live is not written again, and a domain already on the version is not touched.
 */

import { type Encryption, encryptionFrom } from '../aws/truststore-object.js';
import { sameBytes } from '../plan/diff.js';
import type { Deployment, Plan } from '../plan/model.js';
import { describeUnexpected, type PostRollProbe, preparePostRollProbe, unexpected } from '../probe/index.js';
import type { ProbeOptions } from '../probe/run.js';
import type { Settings } from '../settings/settings.js';
import { type DomainDetails, PinWaitError } from '../targets/api-gateway/domains.js';
import { type FailureReason, failureReasonOf } from './failure.js';
import { type LiveState, type ModeDeps, readLiveState, resolveDeps } from './plan.js';
import type { ReviewOutcome } from './review.js';
import type { ValidateResult } from './validate.js';

/** A deploy that failed after it changed something: `deployment` says which domains moved. */
export class DeploymentError extends Error {
  override name = 'DeploymentError';
  constructor(
    message: string,
    readonly deployment: Deployment,
    /** The plan the deploy was carrying out, for the summary and the pull-request note. */
    readonly plan: Plan,
    /** The failure-reason output. */
    readonly reason: FailureReason = 'aws-error',
  ) {
    super(message);
  }
}

function list(names: string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/** Uploads the desired bytes unless the latest object already holds them; returns the version to pin. */
async function ensureVersion(
  state: LiveState,
  encryption: Encryption | undefined,
  deployment: Deployment,
  deps: ModeDeps,
): Promise<string> {
  const { plan, latest, store, desiredBytes, location } = state;
  if (!plan.upload && latest?.versionId !== undefined) {
    deps.log(
      `${location.uri}: the latest version ${latest.versionId} already holds this truststore; not uploading`,
    );
    return latest.versionId;
  }
  let written: { versionId: string };
  try {
    written = await store.write(desiredBytes, {
      ...(latest?.etag !== undefined ? { ifMatch: latest.etag } : {}),
      ...(encryption ? { encryption } : {}),
    });
    deps.log(`${location.uri}: uploaded version ${written.versionId}`);
  } catch (error) {
    const ours = failureReasonOf(error) === 'conflict' ? await ownUploadAfterConflict(state) : undefined;
    if (ours === undefined) throw error;
    // The SDK retried a PutObject whose response was lost: the first attempt had written.
    deps.log(
      `${location.uri}: the upload was refused as a conflict (${(error as Error).message.split(':')[0]}), but the latest version ${ours} holds exactly these bytes: the response to our own PutObject was lost; continuing with version ${ours}`,
    );
    written = { versionId: ours };
  }
  deployment.versionId = written.versionId;
  // Read the version back before any domain points at it: what API Gateway loads is what was planned.
  const back = await store.readVersion(written.versionId);
  if (!back || !sameBytes(back.bytes, desiredBytes)) {
    throw new DeploymentError(
      `version ${written.versionId} of ${location.uri} does not read back as the bytes uploaded: no domain was changed; it was deleted or overwritten since the upload: check the bucket for lifecycle rules or other writers and re-run`,
      deployment,
      plan,
      'conflict',
    );
  }
  return written.versionId;
}

/** After a 412: the new latest version, when its bytes are the ones this run meant to upload. */
async function ownUploadAfterConflict(state: LiveState): Promise<string | undefined> {
  try {
    const now = await state.store.readLatest();
    if (!now?.versionId || now.versionId === state.latest?.versionId) return undefined;
    return sameBytes(now.bytes, state.desiredBytes) ? now.versionId : undefined;
  } catch {
    return undefined;
  }
}

async function rollBack(
  state: LiveState,
  deployment: Deployment,
  moved: string[],
  previous: Record<string, string | undefined>,
  warn: (message: string) => void,
): Promise<void> {
  const failed: string[] = [];
  for (const name of [...moved].reverse()) {
    const target = previous[name] ?? deployment.previousVersionId;
    if (target === undefined) {
      failed.push(name);
      continue;
    }
    try {
      await state.gateway.pinVersion(name, target);
      deployment.rolledBackDomains.push(name);
    } catch (error) {
      if (error instanceof PinWaitError && error.after?.truststoreVersion === target) {
        // Pinned back, only not AVAILABLE within the wait: the rollback itself happened.
        warn(`rollback of ${name} to version ${target}: ${error.message}`);
        deployment.rolledBackDomains.push(name);
        continue;
      }
      warn(`rollback of ${name} to version ${target} failed: ${(error as Error).message}`);
      failed.push(name);
    }
  }
  deployment.deployedDomains = moved.filter((n) => failed.includes(n));
  if (failed.length > 0) deployment.rollbackFailedDomains = failed;
}

export async function runDeployMode(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<ModeDeps> & { probeAttempt?: ProbeOptions['attempt'] } = {},
  /** The reviewed-plan check (undefined: not asked, as in unit tests of the AWS steps). */
  review?: ReviewOutcome,
): Promise<{ plan: Plan; deployment: Deployment }> {
  const deps = resolveDeps(partial);
  // Bad encryption inputs fail before anything is read or written.
  const encryption = encryptionFrom(settings.sseAlgorithm, settings.sseKmsKeyId);
  const state = await readLiveState(settings, validation, deps);
  const { plan, latest, gateway, location } = state;
  // Bad probe inputs (a key in the workspace, a key that is not the certificate's) fail before any write.
  const probe: PostRollProbe | undefined = await preparePostRollProbe(settings, {
    clock: deps.clock,
    log: deps.log,
    ...(partial.probeAttempt ? { attempt: partial.probeAttempt } : {}),
  });

  const previousVersions: Record<string, string | undefined> = {};
  for (const d of state.domains) previousVersions[d.domainName] = d.truststoreVersion;
  const deployment: Deployment = {
    upToDate: plan.upToDate,
    deployedDomains: [],
    rolledBackDomains: [],
    untouchedDomains: [],
    warnings: [],
    previousVersions,
    ...(probe ? { probes: [] } : {}),
  };
  // What clients met before this run: the version most domains pinned, else the latest object.
  const previousVersionId = plan.primary.versionId ?? latest?.versionId;
  if (previousVersionId !== undefined) deployment.previousVersionId = previousVersionId;

  if (plan.upToDate) {
    deployment.versionId = latest?.versionId;
    deps.log(
      `${location.uri} is up to date: version ${latest?.versionId ?? '?'} holds this truststore and every domain is pinned to it`,
    );
    if (review?.status === 'refused')
      deps.warn(`Nothing to deploy, so no reviewed plan is needed; noted anyway: ${review.error.message}`);
    return { plan, deployment };
  }
  // The contract is checked before any write: only the reviewed bytes reach the bucket.
  if (review?.status === 'refused') throw review.error;
  if (
    review?.status === 'matched' &&
    review.live !== undefined &&
    review.live !== (latest?.versionId ?? '')
  ) {
    // Drift does not block: the bytes are the contract, and the upload is conditional on what was read now.
    deps.warn(
      `the live truststore changed since the review in pull request #${review.pullRequest}: the plan was made against version ${review.live || '(none)'}, the latest is now ${latest?.versionId ?? '(none)'}. Deploying the reviewed truststore anyway; the job summary shows the plan against the live state.`,
    );
  }

  // Before writing anything: every domain to roll must be AVAILABLE (waiting is bounded).
  const toRoll = state.domains.filter((d) => plan.domainsToRoll.includes(d.domainName));
  for (const d of toRoll) {
    if (d.status !== undefined && d.status !== 'AVAILABLE') {
      deps.log(`${d.domainName} is ${d.status}; waiting until it is AVAILABLE before deploying`);
      await gateway.waitUntilAvailable(d.domainName);
    }
  }

  const versionId = await ensureVersion(state, encryption, deployment, deps);
  deployment.versionId = versionId;

  const moved: string[] = [];
  let warned: DomainDetails | undefined;
  let probeFailure: string | undefined;
  for (const [i, d] of toRoll.entries()) {
    if (d.truststoreVersion === versionId) continue;
    let after: DomainDetails;
    try {
      deps.log(
        `${d.domainName}: pinning truststore version ${versionId} (was ${d.truststoreVersion ?? 'unpinned'})`,
      );
      after = await gateway.pinVersion(d.domainName, versionId);
    } catch (error) {
      const readBack = error instanceof PinWaitError ? error.after : undefined;
      // The update went through although the wait failed: the domain moved, and any rollback covers it.
      if (readBack?.truststoreVersion === versionId) moved.push(d.domainName);
      if (readBack?.truststoreVersion === versionId && readBack.warnings.length > 0) {
        deployment.warnings.push({ domainName: d.domainName, warnings: readBack.warnings });
        deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
        warned = readBack;
        break;
      }
      const message = (error as Error).message;
      deployment.failed = { domainName: d.domainName, message };
      deployment.deployedDomains = moved;
      deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
      const stoppedAt = moved.includes(d.domainName)
        ? `${d.domainName} (pinned to ${versionId}, but not AVAILABLE)`
        : `${d.domainName} (failed)`;
      throw new DeploymentError(
        `${message}\nDeploy stopped at ${stoppedAt}. Moved to version ${versionId}: ${list(moved)}; not moved: ${list(
          deployment.untouchedDomains,
        )}. Re-run the deploy once fixed: it only rolls the domains not yet on ${versionId}.`,
        deployment,
        plan,
        failureReasonOf(error),
      );
    }
    moved.push(d.domainName);
    if (after.warnings.length > 0) {
      // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
      deployment.warnings.push({ domainName: d.domainName, warnings: after.warnings });
      deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
      warned = after;
      break;
    }
    if (probe) {
      // Proof that partners get in (or, for `refuse`, stay out) on the version now live.
      const results = await probe.run(d.domainName);
      deployment.probes?.push(...results);
      if (unexpected(results).length > 0) {
        probeFailure = `the mTLS probe of ${d.domainName} on version ${versionId} failed: ${describeUnexpected(results)}`;
        deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
        break;
      }
    }
  }
  deployment.deployedDomains = moved;

  if (warned || probeFailure) {
    const said = warned
      ? `API Gateway reported truststore warnings for ${warned.domainName} on version ${versionId}: ${warned.warnings.join('; ')}`
      : (probeFailure as string);
    const rollbackInput = warned ? 'rollback-on-warnings' : 'rollback-on-probe-failure';
    const notMoved = `not moved: ${list(deployment.untouchedDomains)}`;
    if (warned ? settings.rollbackOnWarnings : settings.rollbackOnProbeFailure !== false) {
      await rollBack(state, deployment, moved, previousVersions, deps.warn);
      const failedBack = deployment.rollbackFailedDomains ?? [];
      throw new DeploymentError(
        `${said}.\nRolled back to their previous versions: ${list(deployment.rolledBackDomains)}${
          failedBack.length > 0 ? `; rollback FAILED for ${list(failedBack)} (still on ${versionId})` : ''
        }; ${notMoved}. ${warned ? 'Fix the certificates API Gateway names' : 'Fix the truststore (mode diagnose explains why a client is refused)'} and push again; until then the next plan shows version ${versionId} as drift.`,
        deployment,
        plan,
        warned ? 'warnings' : 'probe-failed',
      );
    }
    throw new DeploymentError(
      `${said}.\n${rollbackInput} is false: ${list(moved)} stay on version ${versionId}; ${notMoved}. ${warned ? 'Fix the certificates API Gateway names' : 'Fix the truststore (mode diagnose explains why a client is refused)'} and push again.`,
      deployment,
      plan,
      warned ? 'warnings' : 'probe-failed',
    );
  }

  deps.log(`deployed version ${versionId} to ${list(moved)}`);
  return { plan, deployment };
}
