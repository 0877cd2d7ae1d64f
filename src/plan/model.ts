/**
 * The plan: what a merge would change in the live truststore and on each domain.
 * Plain data, produced by the plan stage and rendered by reporters.
 */
import type { Finding, Role } from '../pki/model.js';

/** Where the truststore lives: `s3://bucket/key`. */
export interface TruststoreLocation {
  bucket: string;
  key: string;
  uri: string;
}

/** The commit a truststore version was built from and the pull request it came through. */
export interface Provenance {
  commit?: string;
  pullRequest?: number;
}

/** One certificate as the plan talks about it. */
export interface CertificateSummary {
  fingerprint: string;
  subject: string;
  issuer: string;
  role: Role;
  depth?: number;
  /** ISO 8601. */
  notAfter: string;
  /** Fingerprint of the issuer in the truststore it belongs to (for the hierarchy diagram). */
  issuerFingerprint?: string;
}

/** The state of one custom domain name, as GetDomainName tells it. */
export interface DomainState {
  domainName: string;
  /** `AVAILABLE`, `UPDATING`, `PENDING`, ... */
  status?: string;
  mtlsEnabled: boolean;
  truststoreUri?: string;
  /** The S3 object version the domain is pinned to. */
  truststoreVersion?: string;
  /** `truststoreWarnings` as API Gateway reports them. */
  warnings: string[];
}

/** The new truststore against one version of the live object. */
export interface VersionDiff {
  /** Undefined when there is no live object (first deployment). */
  versionId?: string;
  /** Domains pinned to this version. */
  domains: string[];
  added: CertificateSummary[];
  removed: CertificateSummary[];
  unchanged: CertificateSummary[];
  /** Same certificates, different bytes (order, encoding, text between blocks). */
  reformat: boolean;
  /** Byte-identical. */
  identical: boolean;
}

/** Revoked serials of one issuer, as the plan lists them. */
export interface RevokedSerial {
  issuer: string;
  serial: string;
}

/** What deploy would change in one target's revocation lists (revocation-files). */
export interface RevocationChanges {
  /** Lists the target carries now, by id, with their entries and issuer when readable. */
  live: { revocationId: number; entries: number; issuer?: string; file?: string }[];
  /** CRL files to add (a CRL scope the target does not carry yet). */
  add: string[];
  /** CRL files whose content changed: the new list replaces revocation `revocationId`. */
  replace: { file: string; revocationId: number }[];
  /** Lists whose file left the repository (or that nothing in it matches): removed by id. */
  remove: { revocationId: number; issuer?: string }[];
  serialsAdded: RevokedSerial[];
  serialsRemoved: RevokedSerial[];
  changed: boolean;
}

/** One target whose live bundle the plan diffs on its own (an ELB trust store), with what else it shows. */
export interface TargetSection {
  /** The kind's id (`elb`). */
  kind: string;
  /** The target's name (a trust store ARN). */
  name: string;
  status?: string;
  /** The object version whose certificates it serves, when one does. */
  versionId?: string;
  /** Listeners, counts: what the kind shows about it, in order. */
  facts: { label: string; value: string }[];
  /** The new truststore against the bundle it serves now. */
  added: CertificateSummary[];
  removed: CertificateSummary[];
  unchanged: number;
  /** Deploy would point it at the new (or latest) version. */
  roll: boolean;
  revocations?: RevocationChanges;
}

export interface Plan {
  location: TruststoreLocation;
  desired: {
    sha256: string;
    certificates: CertificateSummary[];
  };
  /** The newest object version, if any. */
  latest?: { versionId: string; etag: string; sha256: string };
  /** The diff that a merge means for clients: against the pinned version (or latest when none). */
  primary: VersionDiff;
  /** One diff per distinct pinned version, when domains disagree (drift). */
  pinnedDiffs: VersionDiff[];
  domains: DomainState[];
  /** Human sentences about drift: domains on different versions, latest object not pinned, ... */
  drift: string[];
  /** Findings of the new truststore (from validation). */
  findings: Finding[];
  /** Findings of the live truststore, reported apart from the new one's. */
  liveFindings: Finding[];
  hasChanges: boolean;
  addedCount: number;
  removedCount: number;
  /** True when deploy would write nothing and update no domain. */
  upToDate: boolean;
  /** Deploy would upload a new object version (the latest object's bytes differ from the desired). */
  upload: boolean;
  /** Domains deploy would pin to the new (or latest) version, in the order they are rolled. */
  domainsToRoll: string[];
  /** True when this plan was made without AWS (fork pull request: diff against the base commit). */
  offline?: boolean;
  /** Where the live version (the one most targets pin, else the latest) came from, as recorded on it. */
  liveProvenance?: Provenance & { versionId?: string };
  /** What a target's kind says about a target that does not stop the deploy (cloudformation-managed, ...). */
  notes?: { domainName: string; code: string; message: string }[];
  /** Targets whose own live bundle is diffed (ELB trust stores), one section each. */
  targets?: TargetSection[];
  /** Domains deploy would refuse to roll as they are (FAILED, PENDING_*), each with the fix. */
  blockedDomains?: { domainName: string; status: string; message: string }[];
}

/** What a deploy did. */
export interface Deployment {
  upToDate: boolean;
  versionId?: string;
  previousVersionId?: string;
  /** Domains this run moved to versionId (and kept there). */
  deployedDomains: string[];
  /** Targets rolled back to their previous versions (after warnings, a failed probe or any failure). */
  rolledBackDomains: string[];
  /** Domains not touched because an earlier step failed. */
  untouchedDomains: string[];
  /** truststoreWarnings per domain after the update. */
  warnings: { domainName: string; warnings: string[] }[];
  /** The domain whose update failed (not warnings: an error), when one did. */
  failed?: { domainName: string; message: string };
  /** Revocation lists changed, per target: ids added and removed (a rollback removes the added). */
  revocations?: { target: string; added: number[]; removed: number[] }[];
  /** Domains whose rollback itself failed: they stay on versionId. */
  rollbackFailedDomains?: string[];
  /** Per domain: the version it had before this run (what a rollback pins it back to). */
  previousVersions?: Record<string, string | undefined>;
  /** The live mTLS handshakes run after each domain was rolled (probe-identities). */
  probes?: ProbeResult[];
  /** What the uploaded version records: the commit it was built from and its pull request. */
  provenance?: Provenance;
  /** A replay of an older deploy: the newer commit that is live already (nothing was written). */
  replayOf?: string;
}

/** What the probe may see: see src/probe/classify.ts for how each is told apart. */
export type ProbeOutcome = 'tls-refused' | 'gateway-forbidden' | 'accepted' | 'error';

/** One identity's handshake against one domain, after retries: the `probe-results` output. */
export interface ProbeResult {
  domain: string;
  identity: string;
  /** `accept` expects `accepted`; `refuse` expects `tls-refused` or `gateway-forbidden`. */
  expected: 'accept' | 'refuse';
  outcome: ProbeOutcome;
  /** The HTTP status when there was an HTTP answer, else null. */
  status: number | null;
  detail: string;
  /** Handshakes tried before the expected outcome came (or time ran out). */
  attempts: number;
}
