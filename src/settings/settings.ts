/** A mode the user can force; `auto` picks one from the triggering event. */
export type Mode = 'validate' | 'plan' | 'deploy' | 'diagnose' | 'audit';
export type ModeInput = Mode | 'auto';
export type CommentPolicy = 'always' | 'changes-only' | 'never';

/** Everything the action was asked to do, read once from `action.yml` inputs. */
export interface Settings {
  mode: ModeInput;
  workspace: string;
  /** RUNNER_TEMP: the other folder output-file may resolve into. */
  runnerTemp?: string;
  caFiles: string[];
  clientCertificates: string[];
  outputFile: string;
  expiryWarningDays: number;
  maxCaDepth: number;
  failOnWarnings: boolean;
  truststoreUri?: string;
  domainNames: string[];
  /** Elastic Load Balancing trust stores (elb-trust-store-arns), each a checked trust store ARN. */
  elbTrustStoreArns: string[];
  /** Globs of certificate revocation lists (revocation-files), PEM or DER; empty: revocations are not managed. */
  revocationFiles: string[];
  awsRegion?: string;
  waitTimeoutSeconds: number;
  rollbackOnWarnings: boolean;
  domainUpdateIntervalSeconds: number;
  pollIntervalSeconds: number;
  sseAlgorithm?: string;
  sseKmsKeyId?: string;
  githubToken: string;
  comment: CommentPolicy;
  label?: string;
  /** Deploy only what a merged pull request's plan comment reviewed (false: break-glass). */
  requireReviewedPlan: boolean;
  /** Approvals each pull request that changed CA files needs (provenance); 0: merged is enough. */
  requiredApprovals?: number;
  /** Slug of the GitHub App whose installation token github-token is: its comments are `<slug>[bot]`'s. */
  githubAppSlug?: string;
  /** probe-identities as written (line numbers matter for errors); empty: no probe. */
  probeIdentities?: string;
  /** probe-url; `{domain}` is replaced by each domain name (default https://{domain}/). */
  probeUrl?: string;
  probeCaFile?: string;
  /** Default 120. */
  probeTimeoutSeconds?: number;
  /** Default true. */
  rollbackOnProbeFailure?: boolean;
  /** diagnose: what the partner sends (a path relative to the workspace). */
  clientCertificate?: string;
  /**
   * The front-end's environment as read once at start (GITHUB_SHA, GITHUB_EVENT_PATH,
   * GITHUB_API_URL, ...): stages that talk to GitHub read the run's context here, never process.env.
   */
  environment?: Environment;
}

import { InputError } from './errors.js';

export { InputError };

/**
 * Where inputs come from: the action's `INPUT_*` variables or the CLI's flags of the same names.
 * Both front-ends build Settings through readSettings, so a value means the same in either.
 */
export interface InputSource {
  /** The raw value of an input by its action.yml name ('' when not given); lists one item per line. */
  get(name: string): string;
  /** How the user names the input in an error: `input max-ca-depth` or `--max-ca-depth`. */
  label(name: string): string;
}

/** How a front-end's environment reads, as given to readSettings (only front-ends read process.env). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Errors name inputs as the action does, whatever the source: `input max-ca-depth`. */
const inputLabels: InputSource = { get: () => '', label: (name) => `input ${name}` };

// The source of the readSettings call in progress; the readers below take only a name, so a new
// setting is one line whatever the front-end.
let source: InputSource = inputLabels;
const read = (name: string) => source.get(name);
const label = (name: string) => source.label(name);

function list(name: string): string[] {
  return read(name)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith('#'));
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new InputError(`${label(name)} is "${raw}": set it to a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

function boolean(name: string, fallback: boolean): boolean {
  const raw = read(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new InputError(`${label(name)} is "${raw}": set it to true or false`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new InputError(`${label(name)} is "${raw}": set it to one of ${allowed.join(', ')}`);
}

function optional(name: string): string | undefined {
  const raw = read(name).trim();
  return raw === '' ? undefined : raw;
}

/**
 * An Elastic Load Balancing trust store ARN:
 * arn:<partition>:elasticloadbalancing:<region>:<account>:truststore/<name>/<id>
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html
 */
export const TRUST_STORE_ARN =
  /^arn:aws[a-z-]*:elasticloadbalancing:([a-z0-9-]+):(\d{12}):truststore\/([A-Za-z0-9-]{1,32})\/([0-9a-f]{1,64})$/;

function trustStoreArns(name: string): string[] {
  const lines = read(name).split(/\r?\n/);
  const arns: string[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!TRUST_STORE_ARN.test(line)) {
      throw new InputError(
        `${label(name)} line ${i + 1} is "${line.slice(0, 200)}", which is not a trust store ARN: write one ARN per line, e.g. arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef (aws elbv2 describe-trust-stores lists them)`,
      );
    }
    if (!arns.includes(line)) arns.push(line);
  }
  return arns;
}

/** Settings from the action's inputs, or from another source of the same inputs (the CLI's flags). */
export function readSettings(env: Environment, from: InputSource): Settings {
  source = from;
  try {
    return settingsFromInputs(env);
  } finally {
    source = inputLabels;
  }
}

/** Tells the comments of several truststores apart (action.yml: label, else truststore-uri, else output-file). */
export function labelOf(settings: Settings): string {
  return settings.label ?? settings.truststoreUri ?? settings.outputFile;
}

function settingsFromInputs(env: Environment): Settings {
  const caFiles = list('ca-files');
  const mode = oneOf('mode', ['auto', 'validate', 'plan', 'deploy', 'diagnose', 'audit'] as const, 'auto');
  // diagnose against a domain's pinned truststore (truststore-uri) needs no CA files.
  const diagnoseLive = mode === 'diagnose' && optional('truststore-uri') !== undefined;
  if (caFiles.length === 0 && !diagnoseLive) {
    throw new InputError(
      `${label('ca-files')} is empty: list the CA certificate files as glob patterns, one per line (e.g. "pki/**/*.pem")`,
    );
  }
  const elbTrustStoreArns = trustStoreArns('elb-trust-store-arns');
  const revocationFiles = list('revocation-files');
  if (revocationFiles.length > 0 && elbTrustStoreArns.length === 0) {
    throw new InputError(
      `${label('revocation-files')} is set but ${label('elb-trust-store-arns')} names no trust store: revocation lists are applied to Elastic Load Balancing trust stores only; name them, or remove revocation-files`,
    );
  }
  return {
    mode,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || undefined,
    caFiles,
    clientCertificates: list('client-certificates'),
    outputFile: optional('output-file') ?? 'truststore.pem',
    expiryWarningDays: integer('expiry-warning-days', 30, 0, 3650),
    maxCaDepth: integer('max-ca-depth', 4, 1, 16),
    failOnWarnings: boolean('fail-on-warnings', false),
    truststoreUri: optional('truststore-uri'),
    domainNames: list('domain-names'),
    elbTrustStoreArns,
    revocationFiles,
    awsRegion: optional('aws-region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined),
    waitTimeoutSeconds: integer('wait-timeout-seconds', 900, 0, 86_400),
    rollbackOnWarnings: boolean('rollback-on-warnings', true),
    domainUpdateIntervalSeconds: integer('domain-update-interval-seconds', 30, 0, 3600),
    pollIntervalSeconds: integer('poll-interval-seconds', 10, 0, 3600),
    sseAlgorithm: optional('server-side-encryption'),
    sseKmsKeyId: optional('sse-kms-key-id'),
    githubToken: optional('github-token') ?? env.GITHUB_TOKEN ?? '',
    comment: oneOf('comment', ['always', 'changes-only', 'never'] as const, 'always'),
    label: optional('label'),
    requireReviewedPlan: boolean('require-reviewed-plan', true),
    requiredApprovals: integer('required-approvals', 1, 0, 20),
    githubAppSlug: optional('github-app-slug'),
    probeIdentities: read('probe-identities'),
    probeUrl: optional('probe-url') ?? 'https://{domain}/',
    probeCaFile: optional('probe-ca-file'),
    probeTimeoutSeconds: integer('probe-timeout-seconds', 120, 1, 3600),
    rollbackOnProbeFailure: boolean('rollback-on-probe-failure', true),
    clientCertificate: optional('client-certificate'),
    environment: env,
  };
}
