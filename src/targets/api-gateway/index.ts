/**
 * API Gateway custom domain names as a target kind: `domain-names` lists them, each pins a version
 * of the truststore object through its mutual TLS settings, UpdateDomainName rolls it, and the
 * probe connects to the domain itself.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
 */
import { errorCode } from '../../aws/errors.js';
import type { ReadLimiter } from '../../aws/parallel.js';
import { parseTruststoreUri } from '../../plan/diff.js';
import type { TruststoreLocation } from '../../plan/model.js';
import type { Settings } from '../../settings/settings.js';
import type {
  AuditedTargets,
  LiveTarget,
  TargetContext,
  TargetKind,
  TargetSession,
  TargetState,
} from '../target.js';
import { domainProblems, type OwnershipCertificate } from './audit.js';
import type { DomainDetails, DomainGateway } from './domains.js';
import { domainStateProblem, securityPolicyProblem } from './health.js';
import { cloudFormationNote } from './infrastructure-as-code.js';
import { restoreCommand } from './shell.js';

/** What the plan shows of a domain: DomainState only, the extra details stay here. */
function stateOf(d: DomainDetails): TargetState {
  const {
    endpointTypes: _e,
    statusMessage: _s,
    securityPolicy: _p,
    ownershipVerificationCertificateArn: _o,
    tags: _t,
    ...state
  } = d;
  return state;
}

/** Why a domain cannot use this truststore at all, one sentence with the fix. */
export function unusableDomain(d: DomainDetails, location: TruststoreLocation): string | undefined {
  const policy = securityPolicyProblem(d);
  if (policy) return policy;
  if (!d.mtlsEnabled) {
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (Regional custom domains only)
    const why = d.endpointTypes.includes('EDGE')
      ? ' (it is edge-optimized: API Gateway supports mutual TLS only on Regional custom domain names)'
      : d.endpointTypes.includes('PRIVATE')
        ? ' (it is private: private custom domain names do not support mutual TLS)'
        : '';
    return `custom domain name ${d.domainName} has no mutual TLS${why}: enable mutual TLS on it with truststore ${location.uri}, or remove it from domain-names`;
  }
  if (d.truststoreUri !== location.uri) {
    return `custom domain name ${d.domainName} uses truststore ${d.truststoreUri}, not ${location.uri}: set truststore-uri to the domain's truststore, or list in domain-names only the domains that use ${location.uri}`;
  }
  return undefined;
}

/**
 * The SDK wrapper, loaded on first use: the registry of kinds is imported by validate and the
 * contract, which must not load the AWS SDK.
 */
async function gatewayOf(context: TargetContext, paced: boolean): Promise<DomainGateway> {
  const { DomainGateway } = await import('./domains.js');
  const { settings, clients, region, clock, log } = context;
  if (!paced) return DomainGateway.reader(clients.apiGateway, region, clock);
  return new DomainGateway(clients.apiGateway, {
    region,
    clock,
    updateIntervalMs: settings.domainUpdateIntervalSeconds * 1000,
    pollIntervalMs: settings.pollIntervalSeconds * 1000,
    timeoutMs: settings.waitTimeoutSeconds * 1000,
    log,
  });
}

function open(context: TargetContext): TargetSession {
  // One paced gateway per session: its spacing of UpdateDomainName calls spans every domain.
  let paced: Promise<DomainGateway> | undefined;
  const gateway = () => {
    paced ??= gatewayOf(context, true);
    return paced;
  };
  const uri = context.settings.truststoreUri;
  const location = uri === undefined ? undefined : parseTruststoreUri(uri);
  return {
    async read(name: string): Promise<LiveTarget> {
      const d = await (await gateway()).describe(name);
      const unusable = location && unusableDomain(d, location);
      const blocked = domainStateProblem(d);
      const managed = cloudFormationNote(d);
      return {
        state: stateOf(d),
        ...(unusable ? { unusable } : {}),
        ...(blocked ? { blocked: { status: d.status ?? '', message: blocked.message } } : {}),
        ...(managed ? { notes: [managed] } : {}),
      };
    },
    async waitUntilReady(name: string): Promise<void> {
      await (await gateway()).waitUntilAvailable(name);
    },
    apply: async (name, versionId) => (await gateway()).pinVersion(name, versionId),
    probeHost: (name) => name,
    restoreCommand: (name, versionId) => restoreCommand(context.region, name, versionId),
  };
}

async function audit(
  context: TargetContext,
  names: readonly string[],
  limiter: ReadLimiter,
): Promise<AuditedTargets> {
  const gateway = await gatewayOf(context, false);
  const described = await limiter.map(names, async (name): Promise<DomainDetails | { missing: string }> => {
    try {
      return await gateway.describe(name);
    } catch (error) {
      if (errorCode(error) === 'NotFoundException') return { missing: (error as Error).message };
      throw error;
    }
  });
  const domains = described.filter((d): d is DomainDetails => !('missing' in d));
  const missingDomains = described.flatMap((d, i) =>
    'missing' in d ? [{ domainName: names[i] as string, message: d.missing }] : [],
  );
  const arns = [
    ...new Set(domains.map((d) => d.ownershipVerificationCertificateArn).filter((a): a is string => !!a)),
  ];
  let certificates: OwnershipCertificate[] = [];
  if (arns.length > 0) {
    // The ACM client loads only here: no other mode, and no audit without such a domain, needs it.
    const acm = await import('./ownership-certificates.js');
    const reader = new acm.OwnershipCertificates(acm.createAcmClient, context.region);
    certificates = await limiter.map(arns, (arn) => reader.describe(arn));
  }
  const ownershipCertificates = new Map(certificates.map((c) => [c.arn, c]));
  return {
    states: domains,
    problems: (common) =>
      domainProblems({
        ...common,
        domains,
        missingDomains,
        ownershipCertificates,
        lifecycle: [],
        versionTags: new Map(),
      }),
  };
}

export const apiGatewayDomains: TargetKind = {
  id: 'api-gateway',
  noun: 'custom domain name',
  readyStatus: 'AVAILABLE',
  names: (settings: Settings) => [...new Set(settings.domainNames)],
  contractName: (name) => name,
  open,
  audit,
};
