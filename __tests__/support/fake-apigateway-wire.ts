/**
 * The API Gateway side of the wire: the DomainName JSON, error shapes, SigV4 refusals, and the
 * validation of a truststore patch. The server and its state live in fake-apigateway.ts.
 */
import type { SigV4Failure } from './fake-aws-http.js';

export type DomainStatus =
  | 'AVAILABLE'
  | 'UPDATING'
  | 'PENDING'
  | 'PENDING_CERTIFICATE_REIMPORT'
  | 'PENDING_OWNERSHIP_VERIFICATION'
  | 'FAILED';

export interface FakeDomain {
  domainName: string;
  status: DomainStatus;
  regionalDomainName: string;
  endpointType: 'REGIONAL' | 'EDGE';
  /** Undefined when mutual TLS is off for the domain. */
  mtls?: { truststoreUri: string; truststoreVersion?: string; truststoreWarnings: string[] };
  /** GetDomainName calls that still see UPDATING before the domain turns AVAILABLE. */
  updatingPollsLeft: number;
  /** Every truststore version this domain was patched to, in order (the fake's audit trail). */
  versionHistory: string[];
  /** `TLS_1_2` unless set: the legacy policies carry mutual TLS, `SecurityPolicy_*` ones do not. */
  securityPolicy?: string;
  statusMessage?: string;
  /** The ACM certificate that proves ownership (imported or private CA regional certificate). */
  ownershipVerificationCertificateArn?: string;
  /** GetDomainName's `tags` (empty unless set), e.g. `aws:cloudformation:stack-name`. */
  tags?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** IAM's AccessDeniedException spells the field `Message`. */
    readonly messageField: 'message' | 'Message' = 'message',
  ) {
    super(message);
  }
}

const PATCHABLE = ['/mutualTlsAuthentication/truststoreVersion', '/mutualTlsAuthentication/truststoreUri'];

/** How API Gateway answers a request whose SigV4 signature it refuses (always 403). */
export function authError(failure: SigV4Failure): ApiError {
  const codes: Record<typeof failure.kind, [string, string]> = {
    missing: ['MissingAuthenticationTokenException', 'Missing Authentication Token'],
    malformed: ['IncompleteSignatureException', failure.message],
    'unknown-key': ['UnrecognizedClientException', 'The security token included in the request is invalid.'],
    'wrong-region': ['InvalidSignatureException', 'Credential should be scoped to a valid region.'],
    'wrong-service': ['InvalidSignatureException', failure.message],
    skewed: ['InvalidSignatureException', 'Signature expired'],
    mismatch: ['InvalidSignatureException', failure.message],
    'payload-hash': ['InvalidSignatureException', failure.message],
  };
  const [code, message] = codes[failure.kind];
  return new ApiError(403, code, message);
}

/**
 * The truststore fields a PATCH /domainnames/{name} asks for. Only `replace` of the two truststore
 * paths is accepted (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html); the
 * messages are this fake's wording, not API Gateway's.
 */
export function applyPatch(payload: Buffer, domain: FakeDomain): NonNullable<FakeDomain['mtls']> {
  const name = domain.domainName;
  let request: { patchOperations?: { op?: string; path?: string; value?: string }[] };
  try {
    request = JSON.parse(payload.toString('utf8') || '{}');
  } catch {
    throw new ApiError(400, 'BadRequestException', 'Could not parse request body into json');
  }
  const operations = request.patchOperations ?? [];
  if (operations.length === 0)
    throw new ApiError(400, 'BadRequestException', 'Invalid patch operations: none given');
  if (!domain.mtls) {
    throw new ApiError(400, 'BadRequestException', `Mutual TLS is not enabled on domain name ${name}`);
  }
  const next = { ...domain.mtls };
  for (const operation of operations) {
    if (operation.op !== 'replace' || !PATCHABLE.includes(operation.path ?? '')) {
      throw new ApiError(
        400,
        'BadRequestException',
        `Invalid patch path '${operation.path}' specified for op '${operation.op}'. Must be one of: [${PATCHABLE.join(', ')}]`,
      );
    }
    if (typeof operation.value !== 'string' || operation.value === '') {
      throw new ApiError(400, 'BadRequestException', `Invalid value for ${operation.path}`);
    }
    if (operation.path?.endsWith('truststoreVersion')) next.truststoreVersion = operation.value;
    else next.truststoreUri = operation.value;
  }
  return next;
}

export function renderDomain(domain: FakeDomain, region: string): unknown {
  return {
    domainName: domain.domainName,
    domainNameArn: `arn:aws:apigateway:${region}::/domainnames/${domain.domainName}`,
    regionalDomainName: domain.regionalDomainName,
    regionalHostedZoneId: 'Z2FDTNDATAQYW2',
    regionalCertificateArn: `arn:aws:acm:${region}:123456789012:certificate/00000000-0000-0000-0000-000000000000`,
    endpointConfiguration: { types: [domain.endpointType], ipAddressType: 'ipv4' },
    domainNameStatus: domain.status,
    ...(domain.status === 'UPDATING' ? { domainNameStatusMessage: 'Updating mutual TLS truststore' } : {}),
    ...(domain.statusMessage ? { domainNameStatusMessage: domain.statusMessage } : {}),
    securityPolicy: domain.securityPolicy ?? 'TLS_1_2',
    ...(domain.ownershipVerificationCertificateArn
      ? { ownershipVerificationCertificateArn: domain.ownershipVerificationCertificateArn }
      : {}),
    ...(domain.mtls
      ? {
          mutualTlsAuthentication: {
            truststoreUri: domain.mtls.truststoreUri,
            ...(domain.mtls.truststoreVersion ? { truststoreVersion: domain.mtls.truststoreVersion } : {}),
            // Left out when empty: a client must not count on an empty list being there.
            ...(domain.mtls.truststoreWarnings.length > 0
              ? { truststoreWarnings: domain.mtls.truststoreWarnings }
              : {}),
          },
        }
      : {}),
    tags: { ...(domain.tags ?? {}) },
  };
}
