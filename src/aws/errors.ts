/**
 * Turns AWS SDK errors into one sentence that names the fix: the IAM action and resource for an
 * access denial, the input to change for a missing bucket or domain, the step to re-run for
 * expired credentials. The SDK's own message is kept at the end for the details.
 */

import { type FailureReason, ReasonedError } from '../settings/errors.js';

/** S3 answers these when the object changed (or vanished) between the plan and the upload. */
const CONFLICT_CODES = new Set(['PreconditionFailed', 'ConditionalRequestConflict', 'ObjectDeleted']);

function reasonOf(code: string, status: number | undefined): FailureReason {
  if (CONFLICT_CODES.has(code) || status === 412) return 'conflict';
  // Bad input too (exit 2 in the CLI): AWS's own "invalid input", a trust store ARN that names none.
  if (code === 'InvalidInput' || code === 'TrustStoreNotFound') return 'invalid-input';
  return 'aws-error';
}

/** An AWS call failed; `code` is the AWS error code (`AccessDenied`, `NotFoundException`, ...). */
export class AwsError extends ReasonedError {
  override name = 'AwsError';
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message, reasonOf(code, status));
  }
}

interface SdkErrorLike {
  name?: string;
  Code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

export function errorCode(error: unknown): string {
  const e = error as SdkErrorLike | undefined;
  return (typeof e?.Code === 'string' && e.Code) || (typeof e?.name === 'string' && e.name) || 'Error';
}

export function httpStatus(error: unknown): number | undefined {
  return (error as SdkErrorLike | undefined)?.$metadata?.httpStatusCode;
}

export function sdkMessage(error: unknown): string {
  const m = (error as SdkErrorLike | undefined)?.message;
  return typeof m === 'string' && m.length > 0 ? m : String(error);
}

export function attempts(error: unknown): string {
  const n = (error as SdkErrorLike | undefined)?.$metadata?.attempts;
  return n && n > 1 ? ` after ${n} attempts` : '';
}

const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const REJECTED = new Set([
  'InvalidAccessKeyId',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidToken',
  'InvalidSignatureException',
]);

/** Who reads the advice (built by `awsContext`): a terminal gets `aws` commands, a runner workflow steps. */
export interface CredentialsContext {
  terminal: boolean;
  /** AWS_PROFILE (undefined: the default profile), the shared files as messages name them, and whether the profile is in one. */
  profile?: string;
  configName: string;
  credentialsName: string;
  profileExists?: boolean;
}

const HOME_FILES = { configName: '~/.aws/config', credentialsName: '~/.aws/credentials' };
/** The codes of the AwsErrors below: an error already explained passes through unchanged. */
const EXPLAINED = /^(ExpiredToken|CredentialsProviderError|ProfileNotFound|SsoSession)$/;

export function profileNotFound(context: CredentialsContext): string {
  const where = `AWS profile '${context.profile}' not found in ${context.configName} or ${context.credentialsName}`;
  return context.terminal
    ? `${where}: check AWS_PROFILE (aws configure list-profiles)`
    : `${where}: check AWS_PROFILE in the workflow, or remove it and add aws-actions/configure-aws-credentials before this step`;
}

/** The error a credential provider threw: the profile is missing, its SSO session is over, or nothing was found. */
function providerProblem(message: string, context: CredentialsContext): AwsError {
  const profile = context.profile ?? 'default';
  if (context.profile && context.profileExists === false) {
    return new AwsError(profileNotFound(context), 'ProfileNotFound');
  }
  if (/aws sso login|SSO session|SSO token/i.test(message)) {
    const state = /expired|cannot refresh/i.test(message) ? 'has expired' : 'is not signed in';
    return new AwsError(
      context.terminal
        ? `the SSO session of profile '${profile}' ${state}: run aws sso login --profile ${profile}`
        : `the SSO session of profile '${profile}' ${state}: a runner cannot sign in to SSO; use aws-actions/configure-aws-credentials (role-to-assume) instead of AWS_PROFILE`,
      'SsoSession',
    );
  }
  if (!context.terminal) {
    return new AwsError(
      'no AWS credentials were found: add aws-actions/configure-aws-credentials (role-to-assume, with `permissions: id-token: write`) before this step',
      'CredentialsProviderError',
    );
  }
  const files = `${context.configName} and ${context.credentialsName}`;
  const tried = context.profile
    ? `profile '${profile}' in ${files} (keys, SSO, credential_process; AWS_PROFILE set, so not AWS_ACCESS_KEY_ID)`
    : `the environment (AWS_ACCESS_KEY_ID), profile 'default' in ${files} (keys, SSO, credential_process)`;
  const fix = context.profile
    ? `run aws configure --profile ${profile} or aws sso login --profile ${profile}, or export another AWS_PROFILE`
    : 'run aws configure, aws sso login, or export AWS_PROFILE';
  return new AwsError(
    `no AWS credentials: tried ${tried}, web identity, and the container and instance roles: ${fix}`,
    'CredentialsProviderError',
  );
}

/** Credential problems look the same on every service; undefined when the error is something else. */
export function credentialsProblem(
  error: unknown,
  context: CredentialsContext = { terminal: false, ...HOME_FILES },
): AwsError | undefined {
  if (error instanceof AwsError)
    return EXPLAINED.test(error.code) || REJECTED.has(error.code) ? error : undefined;
  const code = errorCode(error);
  const message = sdkMessage(error);
  const profile = context.profile ? ` --profile ${context.profile}` : '';
  if (
    EXPIRED.has(code) ||
    /security token included in the request is expired|token has expired/i.test(message)
  ) {
    return new AwsError(
      context.terminal
        ? `the AWS credentials have expired (${code}): refresh them (aws sso login${profile}, or export new keys) and run it again`
        : `the AWS credentials have expired (${code}): run aws-actions/configure-aws-credentials right before this step, and raise its role-duration-seconds if a deploy (up to wait-timeout-seconds per domain) outlives the session`,
      'ExpiredToken',
      httpStatus(error),
    );
  }
  if (
    /^(CredentialsProviderError|TokenProviderError)$/.test(code) ||
    /could not load credentials/i.test(message)
  ) {
    return providerProblem(message, context);
  }
  if (REJECTED.has(code)) {
    return new AwsError(
      context.terminal
        ? `AWS rejected the credentials (${code}): check which identity they are (aws sts get-caller-identity${profile}) (${message})`
        : `AWS rejected the credentials (${code}): check the aws-actions/configure-aws-credentials step (role, account, region) (${message})`,
      code,
      httpStatus(error),
    );
  }
  return undefined;
}

/** Errors of the network itself (node's error codes), before any AWS service answered. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'TimeoutError',
]);

/** Where the request went, as node's network error says it (host:port, or the host it could not resolve). */
export function unreachableAt(error: unknown): string | undefined {
  const e = error as {
    code?: unknown;
    name?: unknown;
    address?: unknown;
    port?: unknown;
    hostname?: unknown;
  };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : '';
  if (!UNREACHABLE.has(code)) return undefined;
  if (typeof e.address === 'string')
    return `${e.address}${typeof e.port === 'number' ? `:${e.port}` : ''} (${code})`;
  if (typeof e.hostname === 'string') return `${e.hostname} (${code})`;
  return `its endpoint (${code})`;
}

export function isServerSide(error: unknown): boolean {
  const status = httpStatus(error);
  return (error as SdkErrorLike | undefined)?.$fault === 'server' || (status !== undefined && status >= 500);
}

export interface S3Call {
  /** The IAM action the call needs, e.g. `s3:GetObject`. */
  action: string;
  /** The ARN it needs it on. */
  resource: string;
  bucket: string;
  uri: string;
  /** What the action was doing, for messages: "read the live truststore". */
  doing: string;
}

/**
 * What every service's translation starts with: a credential problem, or a network that never
 * reached `service` (`doing` is what the call was for; `endpointVariable` overrides its endpoint).
 * Undefined when the service answered, for the service's own codes.
 */
export function unansweredCall(
  error: unknown,
  service: string,
  doing: string,
  endpointVariable: string,
): AwsError | undefined {
  const creds = credentialsProblem(error);
  if (creds) return creds;
  const unreachable = unreachableAt(error);
  if (unreachable) {
    return new AwsError(
      `could not reach ${service} at ${unreachable} to ${doing}${attempts(error)}: check the network, region and endpoint (aws-region, ${endpointVariable}, proxy settings) and re-run`,
      'Unreachable',
      httpStatus(error),
    );
  }
  return undefined;
}

export function translateS3Error(error: unknown, call: S3Call): AwsError {
  const unanswered = unansweredCall(error, 'S3', call.doing, 'AWS_ENDPOINT_URL_S3');
  if (unanswered) return unanswered;
  const code = errorCode(error);
  const status = httpStatus(error);
  const said = sdkMessage(error);
  if (code === 'NoSuchBucket') {
    return new AwsError(
      `bucket ${call.bucket} does not exist: check truststore-uri (${call.uri}) and aws-region, or create the bucket with versioning enabled`,
      code,
      status,
    );
  }
  if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301) {
    return new AwsError(
      `bucket ${call.bucket} is in another region than aws-region: set aws-region to the bucket's region (${said})`,
      code,
      status,
    );
  }
  if (code === 'PreconditionFailed' || code === 'ConditionalRequestConflict' || status === 412) {
    return new AwsError(
      `the live truststore changed since this plan (${code} on ${call.uri}): someone else wrote it; re-run the job to plan against the new version`,
      code,
      status,
    );
  }
  if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
    const kms = /kms/i.test(said)
      ? ' The object is encrypted with KMS: also allow kms:Decrypt (reads) and kms:GenerateDataKey (writes) on the key.'
      : '';
    return new AwsError(
      `access denied: ${call.action} on ${call.resource} is needed to ${call.doing}: allow it in the policy of the role this job assumes (and check the bucket policy for a Deny).${kms} (${said})`,
      code,
      status,
    );
  }
  if (isServerSide(error)) {
    return new AwsError(
      `S3 failed to ${call.doing} (${code}, HTTP ${status ?? '?'})${attempts(error)}: an AWS-side problem; re-run the job (${said})`,
      code,
      status,
    );
  }
  return new AwsError(`S3 refused to ${call.doing} ${call.uri} (${code}): ${said}`, code, status);
}

export interface GatewayCall {
  /** `apigateway:GET` or `apigateway:PATCH`. */
  action: string;
  domainName: string;
  region: string;
  doing: string;
}

export function domainArn(region: string, domainName: string): string {
  return `arn:aws:apigateway:${region}::/domainnames/${domainName}`;
}

export function translateGatewayError(error: unknown, call: GatewayCall): AwsError {
  const unanswered = unansweredCall(
    error,
    'API Gateway',
    `${call.doing} for ${call.domainName}`,
    'AWS_ENDPOINT_URL_API_GATEWAY',
  );
  if (unanswered) return unanswered;
  const code = errorCode(error);
  const status = httpStatus(error);
  const said = sdkMessage(error);
  if (code === 'AccessDeniedException' || code === 'AccessDenied' || status === 403) {
    // API Gateway reads the truststore with the caller's permissions when a domain is updated.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
    const s3 = /s3/i.test(said)
      ? ' API Gateway reads the truststore as the caller: also allow s3:GetObject and s3:GetObjectVersion on the truststore object.'
      : '';
    return new AwsError(
      `access denied: ${call.action} on ${domainArn(call.region, call.domainName)} is needed to ${call.doing}: allow it in the policy of the role this job assumes.${s3} (${said})`,
      code,
      status,
    );
  }
  if (code === 'NotFoundException' || status === 404) {
    return new AwsError(
      `custom domain name ${call.domainName} does not exist in ${call.region}: check domain-names and aws-region (mutual TLS needs a public Regional custom domain name) (${said})`,
      code,
      status,
    );
  }
  if (code === 'ConflictException') {
    return new AwsError(
      `custom domain name ${call.domainName} is being changed by another operation (${said}): wait until it is AVAILABLE and re-run`,
      code,
      status,
    );
  }
  if (code === 'TooManyRequestsException' || code === 'LimitExceededException' || status === 429) {
    return new AwsError(
      `API Gateway kept throttling ${call.doing} for ${call.domainName}${attempts(error)}: another job is calling API Gateway in this account; re-run later (${said})`,
      code,
      status,
    );
  }
  if (isServerSide(error)) {
    return new AwsError(
      `API Gateway failed to ${call.doing} for ${call.domainName} (${code}, HTTP ${status ?? '?'})${attempts(error)}: an AWS-side problem; re-run the job (${said})`,
      code,
      status,
    );
  }
  return new AwsError(
    `API Gateway refused to ${call.doing} for ${call.domainName} (${code}): ${said}`,
    code,
    status,
  );
}
