/**
 * A local AWS Certificate Manager for the one call the audit makes: DescribeCertificate, over
 * ACM's real wire protocol (AWS JSON 1.1: POST / with `X-Amz-Target:
 * CertificateManager.DescribeCertificate`, timestamps as epoch seconds, errors as `__type`),
 * SigV4-verified for service `acm`. Reached through AWS_ENDPOINT_URL_ACM.
 * https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import {
  type Credentials,
  flatHeaders,
  listenLocal,
  Pacing,
  parseQuery,
  type RecordedRequest,
  type RunningServer,
  readRawRequest,
  TEST_CREDENTIALS,
  verifySigV4,
} from './fake-aws-http.js';

export interface FakeCertificate {
  arn: string;
  domainName: string;
  notAfter: Date;
  status?: 'ISSUED' | 'EXPIRED' | 'REVOKED' | 'PENDING_VALIDATION' | 'INACTIVE' | 'FAILED';
  renewalEligibility?: 'ELIGIBLE' | 'INELIGIBLE';
}

export class FakeAcm {
  readonly region: string;
  readonly credentials: Credentials;
  readonly certificates = new Map<string, FakeCertificate>();
  readonly requests: RecordedRequest[] = [];
  pacing = new Pacing();
  /** ARNs whose DescribeCertificate is denied (AccessDeniedException). */
  readonly denied = new Set<string>();

  constructor(options: { region?: string; credentials?: Credentials } = {}) {
    this.region = options.region ?? 'eu-west-1';
    this.credentials = options.credentials ?? TEST_CREDENTIALS;
  }

  /** Adds an ACM-issued public certificate; returns its ARN. */
  addCertificate(domainName: string, notAfter: Date, extra: Partial<FakeCertificate> = {}): string {
    const arn = `arn:aws:acm:${this.region}:123456789012:certificate/${randomUUID()}`;
    this.certificates.set(arn, {
      arn,
      domainName,
      notAfter,
      status: 'ISSUED',
      renewalEligibility: 'INELIGIBLE',
      ...extra,
    });
    return arn;
  }

  async start(): Promise<RunningServer> {
    const server = http.createServer((req, res) => {
      this.pacing
        .enter()
        .then(() => this.serve(req, res))
        .finally(() => this.pacing.leave())
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ __type: 'InternalFailure', message: String(error) }));
        });
    });
    return listenLocal(server);
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readRawRequest(req);
    const target = String(raw.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('CertificateManager.')
      ? target.slice('CertificateManager.'.length)
      : 'Unsupported';
    const record: RecordedRequest = {
      operation,
      method: raw.method,
      path: raw.rawPath,
      query: parseQuery(raw.rawQuery),
      headers: flatHeaders(raw.headers),
      body: raw.body,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const reply = (status: number, body: unknown) => {
      record.status = status;
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/x-amz-json-1.1',
        'content-length': String(Buffer.byteLength(text)),
        'x-amzn-requestid': randomUUID(),
      });
      res.end(text);
    };
    const fail = (status: number, type: string, message: string) => {
      record.errorCode = type;
      reply(status, { __type: type, message });
    };
    const failure = verifySigV4(raw, { service: 'acm', region: this.region, credentials: this.credentials });
    if (failure) {
      const type =
        failure.kind === 'unknown-key' ? 'UnrecognizedClientException' : 'InvalidSignatureException';
      return fail(failure.status === 400 ? 400 : 403, type, failure.message);
    }
    if (raw.method !== 'POST' || raw.rawPath !== '/' || operation !== 'DescribeCertificate') {
      return fail(400, 'UnknownOperationException', `Unsupported operation ${target}`);
    }
    if (!String(raw.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.1')) {
      return fail(400, 'SerializationException', 'Content-Type must be application/x-amz-json-1.1');
    }
    const input = JSON.parse(raw.body.toString('utf8') || '{}') as { CertificateArn?: string };
    const arn = input.CertificateArn ?? '';
    if (this.denied.has(arn)) {
      return fail(
        400,
        'AccessDeniedException',
        `User: arn:aws:sts::123456789012:assumed-role/audit/ci is not authorized to perform: acm:DescribeCertificate on resource: ${arn}`,
      );
    }
    const cert = this.certificates.get(arn);
    if (!cert) return fail(400, 'ResourceNotFoundException', `Could not find certificate ${arn}.`);
    const expired = cert.notAfter.getTime() <= Date.now();
    reply(200, {
      Certificate: {
        CertificateArn: cert.arn,
        DomainName: cert.domainName,
        SubjectAlternativeNames: [cert.domainName],
        Type: 'AMAZON_ISSUED',
        Status: cert.status === 'ISSUED' && expired ? 'EXPIRED' : cert.status,
        // JSON 1.1 timestamps are epoch seconds.
        NotBefore: Math.floor((cert.notAfter.getTime() - 395 * 86_400_000) / 1000),
        NotAfter: Math.floor(cert.notAfter.getTime() / 1000),
        RenewalEligibility: cert.renewalEligibility,
        KeyAlgorithm: 'RSA-2048',
        InUseBy: [],
      },
    });
  }
}
