/**
 * A local API Gateway (REST API, restJson1) for the custom-domain calls the action makes:
 * GetDomainName and UpdateDomainName on `/domainnames/{domain_name}`. A patch of the truststore
 * version puts the domain in UPDATING for a configurable number of polls, then AVAILABLE with the
 * warnings API Gateway found in that version; UpdateDomainName is throttled per account like the
 * real service (429 TooManyRequestsException with Retry-After).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import {
  ApiError,
  applyPatch,
  authError,
  type DomainStatus,
  type FakeDomain,
  renderDomain,
} from './fake-apigateway-wire.js';
import {
  type BeforeHook,
  type Credentials,
  flatHeaders,
  type HookEntry,
  type InjectedFailure,
  listenLocal,
  Pacing,
  parseQuery,
  type RawRequest,
  type RecordedRequest,
  type RunningServer,
  readRawRequest,
  runHooks,
  TEST_CREDENTIALS,
  takeInjected,
  verifySigV4,
} from './fake-aws-http.js';

export type { DomainStatus, FakeDomain } from './fake-apigateway-wire.js';

export type ApiGatewayOperation = 'GetDomainName' | 'GetDomainNames' | 'UpdateDomainName' | 'Unsupported';

export interface FakeApiGatewayOptions {
  region?: string;
  credentials?: Credentials;
  /** GetDomainName calls that see UPDATING after each accepted patch (default 2). */
  updatingPolls?: number;
  /** Account-wide minimum time between two accepted UpdateDomainName calls; 0 turns throttling off. */
  updateIntervalMs?: number;
  /** The warnings API Gateway reports once it has loaded `version` for `domain` (default: none). */
  warnings?: (domain: string, version: string, truststoreUri: string) => string[];
  /** Whether `version` of `uri` exists; a patch to one that does not is a BadRequestException. */
  truststoreExists?: (uri: string, version: string) => boolean;
  /** What a patch of a domain that is still UPDATING gets (default ConflictException). */
  updatingError?: 'ConflictException' | 'BadRequestException';
}

export class FakeApiGateway {
  readonly region: string;
  readonly credentials: Credentials;
  readonly domains = new Map<string, FakeDomain>();
  readonly requests: RecordedRequest[] = [];
  /** Set `pacing.latencyMs` to delay every answer; `pacing.maxInFlight` counts concurrent calls. */
  pacing = new Pacing();
  readonly options: Required<Omit<FakeApiGatewayOptions, 'region' | 'credentials' | 'truststoreExists'>> &
    Pick<FakeApiGatewayOptions, 'truststoreExists'>;
  private readonly hooks: HookEntry[] = [];
  private readonly failures: InjectedFailure[] = [];
  private lastAcceptedUpdate = Number.NEGATIVE_INFINITY;

  constructor(options: FakeApiGatewayOptions = {}) {
    this.region = options.region ?? 'eu-west-1';
    this.credentials = options.credentials ?? TEST_CREDENTIALS;
    this.options = {
      updatingPolls: options.updatingPolls ?? 2,
      updateIntervalMs: options.updateIntervalMs ?? 0,
      warnings: options.warnings ?? (() => []),
      updatingError: options.updatingError ?? 'ConflictException',
      truststoreExists: options.truststoreExists,
    };
  }

  addDomain(
    domainName: string,
    setup: {
      truststoreUri?: string;
      truststoreVersion?: string;
      status?: DomainStatus;
      warnings?: string[];
      securityPolicy?: string;
      statusMessage?: string;
      ownershipVerificationCertificateArn?: string;
      tags?: Record<string, string>;
    } = {},
  ): FakeDomain {
    const domain: FakeDomain = {
      domainName,
      status: setup.status ?? 'AVAILABLE',
      regionalDomainName: `d-${randomUUID().slice(0, 10)}.execute-api.${this.region}.amazonaws.com`,
      endpointType: 'REGIONAL',
      mtls: setup.truststoreUri
        ? {
            truststoreUri: setup.truststoreUri,
            truststoreVersion: setup.truststoreVersion,
            truststoreWarnings: setup.warnings ?? [],
          }
        : undefined,
      updatingPollsLeft: setup.status === 'UPDATING' ? this.options.updatingPolls : 0,
      versionHistory: [],
      ...(setup.securityPolicy ? { securityPolicy: setup.securityPolicy } : {}),
      ...(setup.statusMessage ? { statusMessage: setup.statusMessage } : {}),
      ...(setup.ownershipVerificationCertificateArn
        ? { ownershipVerificationCertificateArn: setup.ownershipVerificationCertificateArn }
        : {}),
      ...(setup.tags ? { tags: setup.tags } : {}),
    };
    this.domains.set(domainName, domain);
    return domain;
  }

  domain(name: string): FakeDomain {
    const domain = this.domains.get(name);
    if (!domain) throw new Error(`fake API Gateway has no domain ${name}`);
    return domain;
  }

  /** The next `times` calls of `operation` get 403 AccessDeniedException. */
  deny(operation: ApiGatewayOperation, times = Number.POSITIVE_INFINITY): void {
    this.fail(
      operation,
      {
        status: 403,
        code: 'AccessDeniedException',
        message: `User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: apigateway:${operation === 'UpdateDomainName' ? 'PATCH' : 'GET'} on resource: arn:aws:apigateway:${this.region}::/domainnames/*`,
      },
      times,
    );
  }

  fail(
    operation: ApiGatewayOperation,
    error: { status: number; code: string; message: string },
    times = 1,
  ): void {
    this.failures.push({ operation, remaining: times, ...error });
  }

  before(operation: ApiGatewayOperation | '*', fn: BeforeHook, options: { once?: boolean } = {}): void {
    this.hooks.push({ operation, once: options.once ?? true, fn });
  }

  requestsFor(operation: ApiGatewayOperation): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  async start(): Promise<RunningServer> {
    const server = http.createServer((req, res) => {
      this.pacing
        .enter()
        .then(() => this.serve(req, res))
        .finally(() => this.pacing.leave())
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: String(error) }));
        });
    });
    return listenLocal(server);
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readRawRequest(req);
    const query = parseQuery(raw.rawQuery);
    const segments = raw.rawPath.split('/').map((s) => decodeURIComponent(s));
    const path = segments.join('/');
    const operation: ApiGatewayOperation =
      segments[1] !== 'domainnames' || segments.length > 3
        ? 'Unsupported'
        : segments.length === 2
          ? raw.method === 'GET'
            ? 'GetDomainNames'
            : 'Unsupported'
          : raw.method === 'GET'
            ? 'GetDomainName'
            : raw.method === 'PATCH'
              ? 'UpdateDomainName'
              : 'Unsupported';
    const record: RecordedRequest = {
      operation,
      method: raw.method,
      path,
      query,
      headers: flatHeaders(raw.headers),
      body: raw.body,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const requestId = randomUUID();
    let status = 200;
    let body: unknown;
    let headers: Record<string, string> = {};
    try {
      this.authenticate(raw);
      const injected = takeInjected(this.failures, operation);
      if (injected) {
        throw new ApiError(
          injected.status,
          injected.code,
          injected.message,
          {},
          injected.code === 'AccessDeniedException' ? 'Message' : 'message',
        );
      }
      await runHooks(this.hooks, record);
      const name = segments[2] ?? '';
      if (operation === 'GetDomainName') body = this.getDomain(name);
      else if (operation === 'UpdateDomainName') body = this.updateDomain(name, raw.body);
      else if (operation === 'GetDomainNames')
        body = { items: [...this.domains.keys()].map((n) => renderDomain(this.domain(n), this.region)) };
      else throw new ApiError(404, 'NotFoundException', `Invalid resource path ${path}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status = error.status;
      record.errorCode = error.code;
      body = { [error.messageField]: error.message };
      headers = {
        ...error.headers,
        'x-amzn-errortype': `${error.code}:http://internal.amazon.com/coral/com.amazonaws.backplane.controlplane/`,
      };
    }
    record.status = status;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      'x-amzn-requestid': requestId,
      date: new Date().toUTCString(),
      ...headers,
    });
    res.end(text);
  }

  private authenticate(raw: RawRequest): void {
    const failure = verifySigV4(raw, {
      service: 'apigateway',
      region: this.region,
      credentials: this.credentials,
    });
    if (failure) throw authError(failure);
  }

  private found(name: string): FakeDomain {
    const domain = this.domains.get(name);
    if (!domain) throw new ApiError(404, 'NotFoundException', 'Invalid domain name identifier specified');
    return domain;
  }

  private getDomain(name: string): unknown {
    const domain = this.found(name);
    if (domain.status === 'UPDATING') {
      if (domain.updatingPollsLeft > 0) domain.updatingPollsLeft--;
      else this.finishUpdate(domain);
    }
    return renderDomain(domain, this.region);
  }

  /** API Gateway loads the new version when the update completes; that is when warnings appear. */
  private finishUpdate(domain: FakeDomain): void {
    domain.status = 'AVAILABLE';
    if (domain.mtls?.truststoreVersion) {
      domain.mtls.truststoreWarnings = this.options.warnings(
        domain.domainName,
        domain.mtls.truststoreVersion,
        domain.mtls.truststoreUri,
      );
    }
  }

  private updateDomain(name: string, payload: Buffer): unknown {
    const now = Date.now();
    const interval = this.options.updateIntervalMs;
    if (interval > 0 && now - this.lastAcceptedUpdate < interval) {
      const waitSeconds = Math.max(1, Math.ceil((interval - (now - this.lastAcceptedUpdate)) / 1000));
      throw new ApiError(429, 'TooManyRequestsException', 'Too Many Requests', {
        'retry-after': String(waitSeconds),
      });
    }
    const domain = this.found(name);
    if (domain.status !== 'AVAILABLE') {
      const message = `Cannot update domain name ${name} while its status is ${domain.status}. Try again later.`;
      throw new ApiError(
        this.options.updatingError === 'ConflictException' ? 409 : 400,
        this.options.updatingError,
        message,
      );
    }
    const next = applyPatch(payload, domain);
    if (
      next.truststoreVersion &&
      this.options.truststoreExists?.(next.truststoreUri, next.truststoreVersion) === false
    ) {
      throw new ApiError(
        400,
        'BadRequestException',
        `Truststore version ${next.truststoreVersion} of ${next.truststoreUri} could not be read from S3`,
      );
    }
    this.lastAcceptedUpdate = now;
    domain.mtls = { ...next, truststoreWarnings: [] };
    if (next.truststoreVersion) domain.versionHistory.push(next.truststoreVersion);
    domain.status = 'UPDATING';
    domain.updatingPollsLeft = this.options.updatingPolls;
    if (domain.updatingPollsLeft === 0) this.finishUpdate(domain);
    return renderDomain(domain, this.region);
  }
}
