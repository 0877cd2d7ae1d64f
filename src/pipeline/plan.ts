/**
 * Plan mode: read the live truststore and the domains pinned to it, and say exactly what a merge
 * would change. Reads only: nothing here writes to S3 or API Gateway.
 */

import * as runner from '../action/runner.js';
import { type AwsClientFactory, createAwsClients } from '../aws/clients.js';
import { type Clock, systemClock } from '../aws/clock.js';
import { ReadLimiter, settleInOrder } from '../aws/parallel.js';
import { type TruststoreObject, TruststoreObjectStore } from '../aws/truststore-object.js';
import { analyze } from '../pki/index.js';
import type { Analysis, Policy, SourceFile, Truststore } from '../pki/model.js';
import { buildPlan, type LiveVersion, parseTruststoreUri } from '../plan/diff.js';
import type { Plan, TruststoreLocation } from '../plan/model.js';
import { InputError, type Settings } from '../settings/settings.js';
import { type DomainDetails, DomainGateway } from '../targets/api-gateway/domains.js';
import { domainStateProblem, securityPolicyProblem } from '../targets/api-gateway/health.js';
import type { ValidateResult } from './validate.js';

/** What the modes need from the outside world; tests replace any of it. */
export interface ModeDeps {
  clients: AwsClientFactory;
  clock: Clock;
  analyze: (sources: readonly SourceFile[], policy: Policy) => Analysis;
  /** Progress: what is being read, written or waited for. */
  log: (message: string) => void;
  /** Something the user should act on that does not fail the run (title: the annotation's, on a runner). */
  warn: (message: string, title?: string) => void;
  /** Hands the plan to the front-end as soon as it is known, so a failure later still reports it. */
  onPlan?: (plan: Plan) => void;
}

export function resolveDeps(deps: Partial<ModeDeps> = {}): ModeDeps {
  return {
    clients: deps.clients ?? createAwsClients,
    clock: deps.clock ?? systemClock,
    analyze: deps.analyze ?? analyze,
    log: deps.log ?? ((m) => runner.info(m)),
    warn: deps.warn ?? ((m, title) => runner.warning(m, title ? { title } : {})),
    ...(deps.onPlan ? { onPlan: deps.onPlan } : {}),
  };
}

/** Everything plan read, kept for deploy. */
export interface LiveState {
  plan: Plan;
  location: TruststoreLocation;
  desired: Truststore;
  desiredBytes: Uint8Array;
  latest?: LiveVersion;
  domains: DomainDetails[];
  store: TruststoreObjectStore;
  gateway: DomainGateway;
}

function requireRegion(settings: Settings): string {
  if (settings.awsRegion) return settings.awsRegion;
  throw new InputError(
    'no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION)',
  );
}

/** Problems that make a domain unusable with this truststore, one sentence each. */
export function domainProblems(domains: DomainDetails[], location: TruststoreLocation): string[] {
  const problems: string[] = [];
  for (const d of domains) {
    const policy = securityPolicyProblem(d);
    if (policy) {
      problems.push(policy);
    } else if (!d.mtlsEnabled) {
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (Regional custom domains only)
      const why = d.endpointTypes.includes('EDGE')
        ? ' (it is edge-optimized: API Gateway supports mutual TLS only on Regional custom domain names)'
        : d.endpointTypes.includes('PRIVATE')
          ? ' (it is private: private custom domain names do not support mutual TLS)'
          : '';
      problems.push(
        `custom domain name ${d.domainName} has no mutual TLS${why}: enable mutual TLS on it with truststore ${location.uri}, or remove it from domain-names`,
      );
    } else if (d.truststoreUri !== location.uri) {
      problems.push(
        `custom domain name ${d.domainName} uses truststore ${d.truststoreUri}, not ${location.uri}: set truststore-uri to the domain's truststore, or list in domain-names only the domains that use ${location.uri}`,
      );
    }
  }
  return problems;
}

function liveVersion(
  object: { versionId?: string; etag?: string; bytes: Uint8Array },
  location: TruststoreLocation,
  policy: Policy,
  deps: ModeDeps,
): LiveVersion {
  const path =
    object.versionId === undefined ? location.uri : `${location.uri}?versionId=${object.versionId}`;
  return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}

export async function readLiveState(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<ModeDeps> = {},
): Promise<LiveState> {
  const deps = resolveDeps(partial);
  const desired = validation.truststore;
  if (!validation.ok || desired === undefined) {
    throw new Error('the new truststore did not validate: fix the errors above before planning or deploying');
  }
  if (settings.truststoreUri === undefined) {
    throw new InputError(
      'input truststore-uri is required in plan and deploy modes: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem',
    );
  }
  const location = parseTruststoreUri(settings.truststoreUri);
  const region = requireRegion(settings);
  const clients = deps.clients(region);
  const store = new TruststoreObjectStore(clients.s3, location);
  const gateway = new DomainGateway(clients.apiGateway, {
    region,
    clock: deps.clock,
    updateIntervalMs: settings.domainUpdateIntervalSeconds * 1000,
    pollIntervalMs: settings.pollIntervalSeconds * 1000,
    timeoutMs: settings.waitTimeoutSeconds * 1000,
    log: deps.log,
  });
  const policy: Policy = {
    now: new Date(deps.clock.now()),
    expiryWarningDays: settings.expiryWarningDays,
    maxCaDepth: settings.maxCaDepth,
  };

  // Every read is independent of the others until the domains say which versions they pin: the
  // bucket, the latest object and the domains are read together, then the pinned versions.
  const limiter = new ReadLimiter();
  const names = [...new Set(settings.domainNames)];
  const [, latestObject, domains] = await settleInOrder<
    [void, TruststoreObject | undefined, DomainDetails[]]
  >([
    limiter.run(() => store.assertVersioningEnabled()),
    limiter.run(() => store.readLatest()),
    limiter.map(names, (name) => gateway.describe(name)),
  ]);
  const latest = latestObject ? liveVersion(latestObject, location, policy, deps) : undefined;
  const problems = domainProblems(domains, location);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  const pinnedIds = [...new Set(domains.map((d) => d.truststoreVersion).filter((v) => v !== undefined))];
  const others = pinnedIds.filter((id) => !(latest && id === latest.versionId));
  const read = await limiter.map(others, (versionId) => store.readVersion(versionId));
  const pinned: LiveVersion[] = [];
  for (const versionId of pinnedIds) {
    if (latest && versionId === latest.versionId) {
      pinned.push(latest);
      continue;
    }
    const object = read[others.indexOf(versionId)];
    if (object) pinned.push(liveVersion({ ...object, versionId }, location, policy, deps));
  }

  const plan = buildPlan({
    location,
    desired,
    desiredFindings: validation.findings,
    ...(latest ? { latest } : {}),
    pinned,
    // The plan carries DomainState only: the extra details stay with deploy.
    domains: domains.map(
      ({
        endpointTypes: _e,
        statusMessage: _s,
        securityPolicy: _p,
        ownershipVerificationCertificateArn: _o,
        ...state
      }) => state,
    ),
  });
  const blocked = domains.flatMap((d) => {
    const problem = domainStateProblem(d);
    return problem ? [{ domainName: d.domainName, status: d.status ?? '', message: problem.message }] : [];
  });
  if (blocked.length > 0) plan.blockedDomains = blocked;
  deps.onPlan?.(plan);
  return {
    plan,
    location,
    desired,
    desiredBytes: new TextEncoder().encode(desired.pem),
    latest,
    domains,
    store,
    gateway,
  };
}

/** Plan mode's stage: the plan against the live state. Its outputs are set by the runner reporter. */
export async function runPlanMode(
  settings: Settings,
  validation: ValidateResult,
  deps: Partial<ModeDeps> = {},
): Promise<Plan> {
  const { plan } = await readLiveState(settings, validation, deps);
  // Deploy refuses these before any write; the plan says so now, while there is time to fix them.
  const { warn } = resolveDeps(deps);
  for (const b of plan.blockedDomains ?? []) warn(b.message, `truststore: ${b.status}`);
  return plan;
}
