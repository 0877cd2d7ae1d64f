/**
 * Elastic Load Balancing trust stores as a target kind: `elb-trust-store-arns` lists them. A trust
 * store loads the truststore object through ModifyTrustStore (bucket, key and an explicit object
 * version) and does not say later which version it loaded: the plan reads the bundle it serves
 * (GetTrustStoreCaCertificatesBundle) and the version this action tagged it with, and trusts the
 * tag only when that version holds the certificates served. Trust stores also carry revocation
 * lists, and the listeners that use them are shown in the plan.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html
 */
import { certificateExpiry } from '../../audit/checks.js';
import { problem } from '../../audit/problems.js';
import { AwsError, errorCode } from '../../aws/errors.js';
import type { ReadLimiter } from '../../aws/parallel.js';
import { parseCrl } from '../../pki/crl.js';
import { parseSource } from '../../pki/index.js';
import type { Certificate } from '../../pki/model.js';
import { parseTruststoreUri, sameCertificates } from '../../plan/diff.js';
import { InputError } from '../../settings/errors.js';
import { TRUST_STORE_ARN } from '../../settings/settings.js';
import { shellWord } from '../shell.js';
import type {
  AuditedTargets,
  LiveRevocationList,
  LiveTarget,
  TargetContext,
  TargetKind,
  TargetSession,
  TargetState,
} from '../target.js';
import type { TrustStores } from './trust-stores.js';

/** The SDK wrapper, loaded on first use (validate and the contract import the registry of kinds). */
async function storesOf(context: TargetContext): Promise<TrustStores> {
  const [{ TrustStores }, { createElbClient }] = await Promise.all([
    import('./trust-stores.js'),
    import('./client.js'),
  ]);
  const { settings, region, clock, log } = context;
  return new TrustStores(createElbClient(region, settings.environment), {
    region,
    clock,
    log,
    pollIntervalMs: settings.pollIntervalSeconds * 1000,
    timeoutMs: settings.waitTimeoutSeconds * 1000,
  });
}

/** The region an ARN names (the settings checked its form). */
export function regionOfTrustStore(arn: string): string | undefined {
  return TRUST_STORE_ARN.exec(arn)?.[1];
}

/** Why a trust store cannot be reached from this run, with the fix; undefined when it can. */
export function unreachableTrustStore(arn: string, region: string): string | undefined {
  const own = regionOfTrustStore(arn);
  if (own === undefined || own === region) return undefined;
  return `trust store ${arn} is in ${own}, and this run works in ${region}: set aws-region to ${own}, or list in elb-trust-store-arns only the trust stores of ${region} (run the action once per region)`;
}

/** What the plan shows of a trust store besides its certificates. */
function factsOf(
  d: { name: string; status: string; caCertificates: number; revokedEntries: number },
  listeners: readonly string[],
  revocations: readonly LiveRevocationList[],
): { label: string; value: string }[] {
  return [
    { label: 'Name', value: d.name },
    { label: 'Status', value: d.status },
    { label: 'CA certificates', value: String(d.caCertificates) },
    { label: 'Revocation lists', value: `${revocations.length} (${d.revokedEntries} revoked entries)` },
    {
      label: 'Listeners',
      value: listeners.length === 0 ? 'none (no listener uses it yet)' : listeners.join(', '),
    },
  ];
}

/** A trust store read for a plan: what it serves, the version tagged, its lists and listeners. */
async function readTrustStore(stores: TrustStores, arn: string, withContent: boolean): Promise<LiveTarget> {
  const d = await stores.describe(arn);
  const [served, tagged, records, listeners] = await Promise.all([
    stores.bundle(arn),
    stores.versionTag(arn),
    stores.revocations(arn),
    stores.associations(arn),
  ]);
  const revocations: LiveRevocationList[] = [];
  for (const r of records) {
    const content = withContent ? await stores.revocationContent(arn, r.revocationId) : undefined;
    revocations.push({ revocationId: r.revocationId, entries: r.entries, ...(content ? { content } : {}) });
  }
  const state: TargetState = {
    domainName: arn,
    status: d.status,
    mtlsEnabled: true,
    warnings: [],
    ...(tagged ? { truststoreVersion: tagged } : {}),
  };
  return { state, served, revocations, facts: factsOf(d, listeners, revocations) };
}

/** The command that points a trust store at a version by hand (a failed rollback names it). */
export function restoreTrustStoreCommand(
  region: string,
  arn: string,
  location: { bucket: string; key: string },
  versionId: string,
): string {
  return [
    'aws elbv2 modify-trust-store',
    `--region ${shellWord(region)}`,
    `--trust-store-arn ${shellWord(arn)}`,
    `--ca-certificates-bundle-s3-bucket ${shellWord(location.bucket)}`,
    `--ca-certificates-bundle-s3-key ${shellWord(location.key)}`,
    `--ca-certificates-bundle-s3-object-version ${shellWord(versionId)}`,
  ].join(' ');
}

function open(context: TargetContext): TargetSession {
  let opened: Promise<TrustStores> | undefined;
  const stores = () => {
    opened ??= storesOf(context);
    return opened;
  };
  const { settings, region } = context;
  const location =
    settings.truststoreUri === undefined ? undefined : parseTruststoreUri(settings.truststoreUri);
  const where = () => {
    if (!location) throw new Error('truststore-uri is required to point a trust store at an object version');
    return location;
  };
  return {
    async read(arn) {
      const unreachable = unreachableTrustStore(arn, region);
      if (unreachable) {
        return { state: { domainName: arn, mtlsEnabled: true, warnings: [] }, unusable: unreachable };
      }
      return readTrustStore(await stores(), arn, settings.revocationFiles.length > 0);
    },
    async waitUntilReady(arn) {
      await (await stores()).waitUntilActive(arn);
    },
    async apply(arn, versionId) {
      const s = await stores();
      // Never a write while the trust store is CREATING: wait first, rollbacks included.
      await s.waitUntilActive(arn);
      let after: Awaited<ReturnType<TrustStores['modify']>>;
      try {
        after = await s.modify(arn, { ...where(), versionId });
      } catch (error) {
        // Accepted, then the wait or the tag failed: the trust store holds the version (ApplyFailure).
        if ((error as { accepted?: boolean }).accepted) {
          Object.assign(error as Error, {
            after: { domainName: arn, mtlsEnabled: true, truststoreVersion: versionId, warnings: [] },
          });
        }
        throw error;
      }
      return {
        domainName: arn,
        status: after.status,
        mtlsEnabled: true,
        truststoreVersion: versionId,
        warnings: [],
      };
    },
    restoreCommand: (arn, versionId) => restoreTrustStoreCommand(region, arn, where(), versionId),
    async addRevocations(arn, objects) {
      const s = await stores();
      await s.waitUntilActive(arn);
      return s.addRevocations(arn, [...objects]);
    },
    async removeRevocations(arn, ids) {
      const s = await stores();
      await s.waitUntilActive(arn);
      await s.removeRevocations(arn, [...ids]);
    },
  };
}

/** A live CRL whose nextUpdate has passed: clients it should refuse may still get in (our policy). */
function staleLists(arn: string, lists: readonly LiveRevocationList[], now: Date) {
  return lists.flatMap((r) => {
    if (!r.content) return [];
    const { crl } = parseCrl(r.content, `${arn} revocation ${r.revocationId}`);
    if (!crl || (crl.nextUpdate && crl.nextUpdate.getTime() >= now.getTime())) return [];
    const due = crl.nextUpdate
      ? `was due for renewal on ${crl.nextUpdate.toISOString().slice(0, 10)}`
      : 'has no nextUpdate';
    return [
      problem(
        'crl-expired',
        arn,
        `revocation list ${r.revocationId} of trust store ${arn} (issuer ${crl.issuer}) ${due}: publish a fresh CRL into revocation-files and deploy, so that certificates revoked since are refused (our policy)`,
      ),
    ];
  });
}

/** A trust store that serves what no version holds: its own CAs' expiry, judged on what it serves. */
export function servedExpiry(
  arn: string,
  served: readonly Certificate[],
  context: { now: Date; expiryWarningDays: number },
) {
  const at = (c: Certificate) =>
    `${c.subject} (SHA-256 ${c.fingerprint.slice(0, 16)}…), served by trust store ${arn}`;
  return certificateExpiry(served, at, arn, context);
}

async function audit(
  context: TargetContext,
  names: readonly string[],
  limiter: ReadLimiter,
): Promise<AuditedTargets> {
  for (const arn of names) {
    const unreachable = unreachableTrustStore(arn, context.region);
    if (unreachable) throw new InputError(unreachable);
  }
  const stores = await storesOf(context);
  const read = await limiter.map(names, async (arn): Promise<LiveTarget | { missing: string }> => {
    try {
      return await readTrustStore(stores, arn, true);
    } catch (error) {
      // The wrapper's AwsError keeps the AWS code in `code`; an SDK error names it.
      const code = error instanceof AwsError ? error.code : errorCode(error);
      if (code === 'TrustStoreNotFound') return { missing: (error as Error).message };
      throw error;
    }
  });
  const found = read.filter((t): t is LiveTarget => !('missing' in t));
  return {
    states: found.map((t) => t.state),
    problems: (common) => [
      ...read.flatMap((t, i) =>
        'missing' in t
          ? [
              problem(
                'trust-store-missing',
                names[i] ?? null,
                `${t.missing}: remove it from elb-trust-store-arns, or create it`,
              ),
            ]
          : [],
      ),
      ...found.flatMap((t) => {
        const arn = t.state.domainName;
        const out = staleLists(arn, t.revocations ?? [], common.now);
        const tagged = t.state.truststoreVersion ? common.pinned.get(t.state.truststoreVersion) : undefined;
        const served = parseSource({ path: arn, bytes: t.served ?? new Uint8Array() }).certificates;
        const held = tagged?.analysis.entries.map((e) => e.certificate);
        if (held && sameCertificates(held, served)) return out;
        // What it serves is judged on its own: the common checks judged the tagged version.
        out.push(...servedExpiry(arn, served, common));
        out.push(
          problem(
            'trust-store-drift',
            arn,
            `trust store ${arn} serves a CA bundle that no version of ${common.location.uri} this action deployed holds (it was changed by hand, or never deployed by this action): run a deploy so that it serves the reviewed truststore`,
          ),
        );
        return out;
      }),
    ],
  };
}

export const elbTrustStores: TargetKind = {
  id: 'elb',
  noun: 'trust store',
  readyStatus: 'ACTIVE',
  names: (settings) => [...settings.elbTrustStoreArns],
  contractName: (arn) => `elb:${arn}`,
  open,
  audit,
};
