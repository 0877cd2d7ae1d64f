/**
 * The target seam. A target is something AWS points at one version of the truststore object: an
 * API Gateway custom domain name, an Elastic Load Balancing trust store; CloudFront trust stores next.
 * A kind of target implements TargetKind in a folder of its own and is registered in index.ts;
 * plan, contract, comment, deploy, rollback, probe and audit iterate the registered kinds and
 * never name one (docs/architecture.md lists the files a new kind touches).
 */
import type { Problem } from '../audit/problems.js';
import type { AwsClients } from '../aws/clients.js';
import type { Clock } from '../aws/clock.js';
import type { ReadLimiter } from '../aws/parallel.js';
import type { LiveVersion } from '../plan/diff.js';
import type { DomainState, TruststoreLocation } from '../plan/model.js';
import type { Settings } from '../settings/settings.js';

/**
 * One target as plan, deploy and audit see it: its name, status, the version it pins and the
 * warnings it reports. The shape is the plan's `domains` entries (the `plan` output), so its name
 * field is `domainName` whatever the kind.
 */
export type TargetState = DomainState;

/**
 * Something about a target that plan and deploy warn about without refusing it (a CloudFormation
 * stack that manages it). `code` is the audit problem code that reports the same thing.
 */
export interface TargetNote {
  domainName: string;
  code: string;
  message: string;
}

/** One revocation list a target carries now: its id there, its size, and its content when read. */
export interface LiveRevocationList {
  revocationId: number;
  entries: number;
  /** The CRL as the target returns it (read when revocation-files is set). */
  content?: Uint8Array;
}

/** A target read before a plan: its state, and what stands in the way of using or rolling it. */
export interface LiveTarget {
  state: TargetState;
  /**
   * The bundle the target serves, for a kind that does not say which object version it loaded (an
   * ELB trust store): the plan diffs against it and identifies the version it matches.
   */
  served?: Uint8Array;
  /** What the plan shows about the target besides its certificates (listeners, counts), in order. */
  facts?: { label: string; value: string }[];
  /** The revocation lists the target carries, for a kind that has them. */
  revocations?: LiveRevocationList[];
  /** Why this target cannot use the truststore at all, with the fix: the plan is refused. */
  unusable?: string;
  /** Why a deploy would refuse to roll it as it is now (a failed or pending status), with the fix. */
  blocked?: { status: string; message: string };
  /** Warnings that do not stop a deploy (plan and deploy show them, the plan carries them). */
  notes?: TargetNote[];
}

/** What a kind's session needs from the run. */
export interface TargetContext {
  settings: Settings;
  clients: AwsClients;
  region: string;
  clock: Clock;
  log: (message: string) => void;
}

/** The write went through but the wait after it did not: `after` is where the target is now, if known. */
export interface ApplyFailure extends Error {
  after?: TargetState;
}

/** One run's handle on the targets of one kind: reads, writes and waits, each bounded in time. */
export interface TargetSession {
  read(name: string): Promise<LiveTarget>;
  /** Waits until the target can take a change (bounded by wait-timeout-seconds). */
  waitUntilReady(name: string): Promise<void>;
  /**
   * Points the target at `versionId` and waits until it serves it; returns what it reports then
   * (its warnings). Throws; when the write was accepted but the wait failed, the error carries
   * `after` (see ApplyFailure) so that the deploy counts the target as moved.
   */
  apply(name: string, versionId: string): Promise<TargetState>;
  /**
   * Where a live mTLS probe connects for this target (`{domain}` in probe-url); absent for a kind
   * whose host the action cannot know (an ELB trust store: its listeners' load balancers).
   */
  probeHost?(name: string): string;
  /**
   * For a kind that carries revocation lists: adds the CRL objects (explicit versions) and returns
   * their new ids, in order; removes lists by id. Each waits until the target is ready first.
   */
  addRevocations?(name: string, objects: readonly S3ObjectVersion[]): Promise<number[]>;
  removeRevocations?(name: string, ids: readonly number[]): Promise<void>;
  /**
   * The command that points the target at `versionId` by hand (a rollback that failed names it);
   * optional: without it, the warning names the version only.
   */
  restoreCommand?(name: string, versionId: string): string;
}

/** The common facts an audit of targets is judged with. */
export interface AuditContext {
  now: Date;
  expiryWarningDays: number;
  location: TruststoreLocation;
  /** Every version some target pins: its content, or null when S3 no longer has it. */
  pinned: Map<string, LiveVersion | null>;
}

/** What a kind read for the audit: the targets' states, and a judge of what is wrong with them. */
export interface AuditedTargets {
  /** The targets found, with the security policy where the kind has one (the audit report shows it). */
  states: (TargetState & { securityPolicy?: string })[];
  /** The kind's own problems (status, policy, certificates, pins), given the pinned versions. */
  problems(context: AuditContext): Problem[];
}

/** An object version in S3, as a target is pointed at it. */
export interface S3ObjectVersion {
  bucket: string;
  key: string;
  versionId: string;
}

export interface TargetKind {
  /** A stable identifier: `api-gateway`, `elb`. */
  readonly id: string;
  /** What one target is called in sentences: `custom domain name`, `trust store`. */
  readonly noun: string;
  /** The status in which a target takes a change (`AVAILABLE`, `ACTIVE`). */
  readonly readyStatus: string;
  /** The names of this kind's targets that the settings list. */
  names(settings: Settings): string[];
  /**
   * How a target is named in the reviewed-plan contract. API Gateway domain names stay bare, so
   * contracts made before the seam still match; a new kind prefixes its own (`elb:<arn>`).
   */
  contractName(name: string): string;
  /** A session for a plan or deploy (writes and waits are paced by the settings). */
  open(context: TargetContext): TargetSession;
  /** Reads what the audit needs of each target (reads only). */
  audit(context: TargetContext, names: readonly string[], limiter: ReadLimiter): Promise<AuditedTargets>;
}
