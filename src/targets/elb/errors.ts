/**
 * Elastic Load Balancing (v2) errors in one sentence that names the fix, like the S3 and API Gateway
 * ones in src/aws/errors.ts: the IAM action (`elasticloadbalancing:<Action>`, the API action's own
 * name) and its resource for an access denial, the input to check for a trust store that does not
 * exist. The SDK's own message is kept at the end for the details.
 */
import {
  AwsError,
  attempts,
  errorCode,
  httpStatus,
  isServerSide,
  sdkMessage,
  unansweredCall,
} from '../../aws/errors.js';

export interface ElbCall {
  /** The API action, e.g. `ModifyTrustStore`; the IAM action is `elasticloadbalancing:ModifyTrustStore`. */
  action: string;
  arn: string;
  region: string;
  /** What the call was for, read before "of trust store <arn>": "replace the CA bundle". */
  doing: string;
}

/** ELB's wire code (`TrustStoreNotReady`), from a wire error (`Code`) or a modelled one (`...Exception`). */
export function elbCode(error: unknown): string {
  if (error instanceof AwsError) return error.code;
  return errorCode(error).replace(/Exception$/, '');
}

const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequests']);

export function isElbThrottled(error: unknown): boolean {
  return THROTTLED.has(elbCode(error));
}

/** The message for an ARN that names no trust store in the region (failure-reason invalid-input). */
export function trustStoreNotFound(arn: string, region: string, said?: string): AwsError {
  return new AwsError(
    `trust store ${arn} does not exist in ${region}: check elb-trust-store-arns and aws-region (aws elbv2 describe-trust-stores lists them)${said ? ` (${said})` : ''}`,
    'TrustStoreNotFound',
    400,
  );
}

/** Who may call it: the Describe actions are granted on "*" (no resource-level permissions). */
function accessDenied(error: unknown, call: ElbCall, code: string): AwsError {
  const said = sdkMessage(error);
  const iam = `elasticloadbalancing:${call.action}`;
  const needed = call.action.startsWith('Describe')
    ? `${iam} (on resource "*": the Describe actions take no resource-level permissions) is needed to ${call.doing} of trust store ${call.arn}`
    : `${iam} on ${call.arn} is needed to ${call.doing}`;
  // ELB reads the bundle and the revocation lists from S3 as the caller.
  const s3 = /\bs3\b|bucket/i.test(said)
    ? ' ELB reads the S3 objects as the caller: also allow s3:GetObject and s3:GetObjectVersion on them.'
    : '';
  return new AwsError(
    `access denied: ${needed}: allow it in the policy of the role this job assumes.${s3} (${said})`,
    code,
    httpStatus(error),
  );
}

/** Every ELB SDK error leaves through here; an AwsError (already explained) passes unchanged. */
export function translateElbError(error: unknown, call: ElbCall): AwsError {
  if (error instanceof AwsError) return error;
  const doing = `${call.doing} of trust store ${call.arn}`;
  const unanswered = unansweredCall(
    error,
    'Elastic Load Balancing',
    doing,
    'AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2',
  );
  if (unanswered) return unanswered;
  const code = elbCode(error);
  const status = httpStatus(error);
  const said = sdkMessage(error);
  if (code === 'AccessDenied' || code === 'AccessDeniedException' || status === 403) {
    return accessDenied(error, call, code);
  }
  if (code === 'TrustStoreNotFound') return trustStoreNotFound(call.arn, call.region, said);
  if (isElbThrottled(error)) {
    return new AwsError(
      `Elastic Load Balancing kept throttling the calls to ${doing}${attempts(error)}: another job is calling ELB in this account; re-run later (${said})`,
      code,
      status,
    );
  }
  if (isServerSide(error)) {
    return new AwsError(
      `Elastic Load Balancing failed to ${doing} (${code}, HTTP ${status ?? '?'})${attempts(error)}: an AWS-side problem; re-run the job (${said})`,
      code,
      status,
    );
  }
  return new AwsError(`Elastic Load Balancing refused to ${doing} (${code}): ${said}`, code, status);
}

/** An S3 object version ELB reads (a CA bundle, a revocation list). */
export interface ObjectVersion {
  bucket: string;
  key: string;
  versionId: string;
}

export const objectName = (o: ObjectVersion) => `s3://${o.bucket}/${o.key} version ${o.versionId}`;

const READ_AS_CALLER =
  'ELB reads it with the permissions of the caller: check that the version exists and that the role this job assumes may read it (s3:GetObject and s3:GetObjectVersion)';

/** ModifyTrustStore's own refusals, naming the bundle version; undefined for the others. */
export function bundleRefused(code: string, said: string, arn: string, bundle: ObjectVersion) {
  if (code === 'InvalidCaCertificatesBundle') {
    return new AwsError(
      `Elastic Load Balancing refused the CA bundle ${objectName(bundle)} for trust store ${arn} (InvalidCaCertificatesBundle): a trust store bundle must hold only PEM CA certificates (no keys, no other blocks) within ELB's trust store quotas; fix the bundle, upload it as a new version and re-run (${said})`,
      code,
      400,
    );
  }
  if (code === 'CaCertificatesBundleNotFound') {
    return new AwsError(
      `Elastic Load Balancing could not read the CA bundle ${objectName(bundle)} for trust store ${arn} (CaCertificatesBundleNotFound): ${READ_AS_CALLER} (${said})`,
      code,
      400,
    );
  }
  return undefined;
}

/** AddTrustStoreRevocations' own refusals, naming the revocation lists of the call. */
export function revocationsRefused(code: string, said: string, arn: string, lists: ObjectVersion[]) {
  const names = lists.map(objectName).join(', ');
  const fix: Record<string, string> = {
    InvalidRevocationContent:
      'each must be a CRL (PEM or DER) in a format and with a signature algorithm ELB accepts; fix it, upload it as a new version and re-run',
    RevocationContentNotFound: READ_AS_CALLER,
    TooManyTrustStoreRevocationEntries:
      'the trust store would hold more revoked entries than ELB allows per trust store; shorten the CRLs, or ask for a quota increase',
  };
  const advice = fix[code];
  if (!advice) return undefined;
  return new AwsError(
    `Elastic Load Balancing refused the revocation list${lists.length === 1 ? '' : 's'} ${names} for trust store ${arn} (${code}): ${advice} (${said})`,
    code,
    400,
  );
}

/** A revocation ID that a list just showed is gone: someone else changed the trust store. */
export function revocationIdRefused(code: string, said: string, arn: string, ids: number[]) {
  if (code !== 'RevocationIdNotFound') return undefined;
  return new AwsError(
    `revocation ${ids.join(', ')} is no longer in trust store ${arn} (RevocationIdNotFound): the trust store was changed since it was read; re-run the job to plan against it as it is now (${said})`,
    code,
    400,
  );
}
