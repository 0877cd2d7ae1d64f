/**
 * What the fake S3 and API Gateway servers share: request capture, SigV4 verification and a
 * listener bound to 127.0.0.1. The verification recomputes the signature the way AWS does, so a
 * client that signs for the wrong region, service or payload is refused like the real service would.
 */
import { createHash, createHmac } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it, kept so tests can assert exact calls. */
export interface RecordedRequest {
  /** The operation the fake recognised (`PutObject`, `UpdateDomainName`, ...). */
  operation: string;
  method: string;
  /** Decoded path, e.g. `/bucket/ca/truststore.pem` or `/domainnames/api.example.com`. */
  path: string;
  /** Decoded query parameters (a bare `?versioning` is `versioning: ''`). */
  query: Record<string, string>;
  /** Lower-case header names, as Node gives them. */
  headers: Record<string, string>;
  /** The payload after transfer decoding (for aws-chunked uploads: the decoded object bytes). */
  body: Buffer;
  /** HTTP status the fake answered with. */
  status: number;
  /** Error code when the answer was an error (`PreconditionFailed`, `TooManyRequestsException`, ...). */
  errorCode?: string;
  /** `Date.now()` when the request arrived. */
  at: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The dummy credentials the tests and the e2e runs use. */
export const TEST_CREDENTIALS: Credentials = {
  accessKeyId: 'AKIAFAKEE2ETESTING01',
  secretAccessKey: 'fake/secret/key/used/only/by/local/tests',
};

/** The environment that points the bundled action's AWS SDK at the local S3 and API Gateway. */
export function sdkEnvironment(
  s3Url: string,
  apiGatewayUrl: string,
  region: string,
  acmUrl?: string,
): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_S3: s3Url,
    AWS_ENDPOINT_URL_API_GATEWAY: apiGatewayUrl,
    ...(acmUrl ? { AWS_ENDPOINT_URL_ACM: acmUrl } : {}),
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: region,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

export interface RawRequest {
  method: string;
  /** The path exactly as sent (still percent-encoded). */
  rawPath: string;
  /** The query string exactly as sent, without `?`. */
  rawQuery: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function readRawRequest(req: http.IncomingMessage): Promise<RawRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      resolve({
        method: req.method ?? 'GET',
        rawPath: q < 0 ? url : url.slice(0, q),
        rawQuery: q < 0 ? '' : url.slice(q + 1),
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
    });
  });
}

export function parseQuery(rawQuery: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
    query[key] = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
  }
  return query;
}

export function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return out;
}

/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function uriEscape(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

export interface SigV4Failure {
  /** 400 or 403, as the service would answer. */
  status: number;
  /** Which of the service's errors this is; the fake maps it to its own error code. */
  kind:
    | 'missing'
    | 'malformed'
    | 'unknown-key'
    | 'wrong-region'
    | 'wrong-service'
    | 'skewed'
    | 'mismatch'
    | 'payload-hash';
  message: string;
  /** For wrong-region: the region the service expected. */
  expectedRegion?: string;
}

export interface SigV4Options {
  service: 's3' | 'apigateway' | 'acm';
  region: string;
  credentials: Credentials;
}

/**
 * Verifies `Authorization: AWS4-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
 * S3 signs the path as sent and takes the payload hash from x-amz-content-sha256; other services
 * encode the path a second time and hash the body.
 */
export function verifySigV4(raw: RawRequest, options: SigV4Options): SigV4Failure | undefined {
  const auth = raw.headers.authorization;
  if (!auth) return { status: 403, kind: 'missing', message: 'Missing Authentication Token' };
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return { status: 400, kind: 'malformed', message: `Authorization header is malformed: ${auth}` };
  const [, credential, signedHeaderList, signature] = m as unknown as [string, string, string, string];
  const [accessKeyId, date, region, service, terminator] = credential.split('/');
  if (terminator !== 'aws4_request' || !date || !region || !service) {
    return { status: 400, kind: 'malformed', message: `Credential scope is malformed: ${credential}` };
  }
  if (accessKeyId !== options.credentials.accessKeyId) {
    return { status: 403, kind: 'unknown-key', message: `The access key id ${accessKeyId} is not known` };
  }
  if (service !== options.service) {
    return {
      status: 403,
      kind: 'wrong-service',
      message: `Credential should be scoped to correct service: '${options.service}'.`,
    };
  }
  if (region !== options.region) {
    return {
      status: options.service === 's3' ? 400 : 403,
      kind: 'wrong-region',
      message: `The authorization header is malformed; the region '${region}' is wrong; expecting '${options.region}'`,
      expectedRegion: options.region,
    };
  }
  const amzDate = String(raw.headers['x-amz-date'] ?? '');
  const signedAt = Date.parse(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  if (!amzDate.startsWith(date) || Number.isNaN(signedAt)) {
    return {
      status: 403,
      kind: 'malformed',
      message: `x-amz-date "${amzDate}" does not match the credential date ${date}`,
    };
  }
  if (Math.abs(Date.now() - signedAt) > 15 * 60_000) {
    return {
      status: 403,
      kind: 'skewed',
      message: 'The difference between the request time and the current time is too large.',
    };
  }

  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host')) {
    return { status: 403, kind: 'malformed', message: 'The host header must be signed' };
  }
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const value = raw.headers[name];
      const text = Array.isArray(value) ? value.join(',') : (value ?? '');
      return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalUri =
    options.service === 's3'
      ? raw.rawPath
      : raw.rawPath
          .split('/')
          .map((segment) => uriEscape(segment))
          .join('/');
  const canonicalQuery = raw.rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
      const value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
      return [uriEscape(key), uriEscape(value)] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const declaredPayloadHash = raw.headers['x-amz-content-sha256'];
  if (options.service === 's3' && typeof declaredPayloadHash !== 'string') {
    return {
      status: 400,
      kind: 'malformed',
      message: 'Missing required header for this request: x-amz-content-sha256',
    };
  }
  const payloadHash = typeof declaredPayloadHash === 'string' ? declaredPayloadHash : sha256Hex(raw.body);
  const canonicalRequest = [
    raw.method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    signedHeaderList,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${options.credentials.secretAccessKey}`, date), region), service),
    'aws4_request',
  );
  const expected = createHmac('sha256', key).update(stringToSign).digest('hex');
  if (expected !== signature) {
    return {
      status: 403,
      kind: 'mismatch',
      message:
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    };
  }
  // A signed hex payload hash must match the bytes that arrived (S3: XAmzContentSHA256Mismatch).
  if (/^[0-9a-f]{64}$/.test(payloadHash) && payloadHash !== sha256Hex(raw.body)) {
    return {
      status: 400,
      kind: 'payload-hash',
      message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
    };
  }
  return undefined;
}

/** Starts `server` on 127.0.0.1 with an ephemeral port. `close()` also drops keep-alive sockets. */
export async function listenLocal(server: http.Server): Promise<RunningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A callback that runs before the fake handles an operation: the place to inject a concurrent writer. */
export type BeforeHook = (request: RecordedRequest) => void | Promise<void>;

export interface HookEntry {
  operation: string;
  once: boolean;
  fn: BeforeHook;
}

export async function runHooks(hooks: HookEntry[], request: RecordedRequest): Promise<void> {
  for (const hook of [...hooks]) {
    if (hook.operation !== request.operation && hook.operation !== '*') continue;
    if (hook.once) hooks.splice(hooks.indexOf(hook), 1);
    await hook.fn(request);
  }
}

/** An error the test wants the next N calls of an operation to get. */
export interface InjectedFailure {
  operation: string;
  remaining: number;
  status: number;
  code: string;
  message: string;
}

export function takeInjected(failures: InjectedFailure[], operation: string): InjectedFailure | undefined {
  const failure = failures.find((f) => f.operation === operation && f.remaining > 0);
  if (failure) failure.remaining--;
  return failure;
}

/**
 * Latency injection and a count of requests in flight: a fake that answers every call after
 * `latencyMs` behaves like a distant AWS region, and `maxInFlight` shows how many calls a client
 * really kept open at once.
 */
export class Pacing {
  latencyMs = 0;
  inFlight = 0;
  maxInFlight = 0;

  async enter(): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
  }

  leave(): void {
    this.inFlight--;
  }
}
