/**
 * mode: diagnose — why does API Gateway refuse (or accept) one partner? Reads what the partner
 * sends (`client-certificate`) and the truststore: built from `ca-files`, or, with
 * `truststore-uri` and one `domain-names` entry, the object version that domain is pinned to.
 * The reasoning is src/pki/diagnose.ts; this file only fetches its inputs. Reads only.
 */

import { TruststoreObjectStore } from '../aws/truststore-object.js';
import { type Diagnosis, diagnoseClientCertificate } from '../pki/diagnose.js';
import { analyze, type Certificate, type Policy, parseSource, type TruststoreEntry } from '../pki/index.js';
import { parseTruststoreUri } from '../plan/diff.js';
import { InputError, type Settings } from '../settings/settings.js';
import { TARGET_KINDS } from '../targets/index.js';
import { collectSources } from '../workspace/collect.js';
import { policyOf, resolveDeps, type StageDeps } from './deps.js';
import { awsFor } from './region.js';

/** Where the truststore of the diagnosis came from. */
export interface DiagnosedTruststore {
  /** `ca-files`, or the S3 URI with `?versionId=`. */
  source: string;
  domainName?: string;
  versionId?: string;
  certificateCount: number;
}

export interface DiagnoseResult {
  diagnosis: Diagnosis;
  truststore: DiagnosedTruststore;
  /** The client-certificate file, relative to the workspace. */
  clientFile: string;
}

async function readPresented(settings: Settings): Promise<{ file: string; certificates: Certificate[] }> {
  const pattern = settings.clientCertificate;
  if (!pattern) {
    throw new InputError(
      'input client-certificate is empty: give the path (in the workspace) of what the partner sends: their leaf certificate, or their bundle in any order',
    );
  }
  const collected = await collectSources(settings.workspace, [pattern], 'client-certificate');
  const problem = collected.findings.find((f) => f.severity === 'error');
  if (problem) throw new InputError(problem.message);
  if (collected.sources.length !== 1) {
    throw new InputError(
      `input client-certificate "${pattern}" matches ${collected.sources.length} files: give exactly one file, what one partner sends`,
    );
  }
  const source = collected.sources[0]!;
  const parsed = parseSource(source);
  const refused = parsed.findings.find((f) => f.severity === 'error');
  if (refused) throw new InputError(`client-certificate ${source.path}: ${refused.message}`);
  if (parsed.certificates.length === 0) {
    throw new InputError(
      `client-certificate ${source.path} holds no certificate: give the partner's certificate as PEM or DER`,
    );
  }
  return { file: source.path, certificates: parsed.certificates };
}

async function liveTruststore(
  settings: Settings,
  uri: string,
  policy: Policy,
  deps: StageDeps,
): Promise<{ entries: TruststoreEntry[]; truststore: DiagnosedTruststore }> {
  const targets = TARGET_KINDS.flatMap((kind) => kind.names(settings).map((name) => ({ kind, name })));
  if (targets.length !== 1) {
    throw new InputError(
      `diagnose with truststore-uri needs exactly one domain-names entry (it has ${targets.length}): name the domain the partner calls, whose pinned truststore version is diagnosed (or one elb-trust-store-arns entry, whose served bundle is)`,
    );
  }
  const { kind, name: domainName } = targets[0]!;
  const { region, clients } = await awsFor(settings, deps);
  const location = parseTruststoreUri(uri);
  const session = kind.open({ settings, clients, region, clock: deps.clock, log: deps.log });
  const live = await session.read(domainName);
  if (live.unusable) throw new InputError(live.unusable);
  // A trust store says what it serves: that bundle is what the load balancer checks clients with.
  if (live.served) return servedTruststore(domainName, live.served, policy, deps);
  const domain = live.state;
  if (!domain.mtlsEnabled || domain.truststoreUri !== location.uri) {
    throw new InputError(
      `custom domain name ${domainName} ${domain.mtlsEnabled ? `uses truststore ${domain.truststoreUri}` : 'has no mutual TLS'}, not ${location.uri}: set truststore-uri to the domain's truststore`,
    );
  }
  const store = new TruststoreObjectStore(clients.s3, location);
  // A domain with no pinned version uses the latest object.
  const object = domain.truststoreVersion
    ? await store.readVersion(domain.truststoreVersion)
    : await store.readLatest();
  const versionId = domain.truststoreVersion ?? object?.versionId;
  if (!object) {
    throw new Error(
      `${location.uri}${versionId ? ` version ${versionId}` : ''}, the truststore ${domainName} is pinned to, does not exist: the domain refuses every client; run a deploy`,
    );
  }
  const source = versionId ? `${location.uri}?versionId=${versionId}` : location.uri;
  const analysis = deps.analyze([{ path: source, bytes: object.bytes }], policy);
  return {
    entries: analysis.entries,
    truststore: {
      source,
      domainName,
      ...(versionId ? { versionId } : {}),
      certificateCount: analysis.entries.length,
    },
  };
}

function servedTruststore(
  name: string,
  served: Uint8Array,
  policy: Policy,
  deps: StageDeps,
): { entries: TruststoreEntry[]; truststore: DiagnosedTruststore } {
  const source = `the CA bundle trust store ${name} serves`;
  const analysis = deps.analyze([{ path: source, bytes: served }], policy);
  return {
    entries: analysis.entries,
    truststore: {
      source,
      domainName: name,
      certificateCount: analysis.entries.length,
    },
  };
}

export async function runDiagnoseMode(
  settings: Settings,
  partial: Partial<StageDeps> = {},
): Promise<DiagnoseResult> {
  const deps = resolveDeps(partial);
  const policy = policyOf(settings, new Date(deps.clock.now()));
  const presented = await readPresented(settings);
  let entries: TruststoreEntry[];
  let truststore: DiagnosedTruststore;
  if (settings.truststoreUri) {
    ({ entries, truststore } = await liveTruststore(settings, settings.truststoreUri, policy, deps));
  } else {
    const collected = await collectSources(settings.workspace, settings.caFiles);
    // The truststore as ca-files would build it; a set with errors still shows which CAs it holds.
    entries = analyze(collected.sources, policy, collected.findings).entries;
    truststore = { source: 'ca-files', certificateCount: entries.length };
  }
  return {
    diagnosis: diagnoseClientCertificate(presented.certificates, entries, policy),
    truststore,
    clientFile: presented.file,
  };
}
