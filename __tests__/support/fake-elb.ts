/**
 * A local Elastic Load Balancing (v2) for the trust store calls, over ELBv2's real wire protocol
 * (AWS Query: POST / with a form-encoded `Action=..&Version=2015-12-01&..` body, XML answers in the
 * `http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/` namespace, errors as
 * `<ErrorResponse><Error><Type>Sender</Type><Code>..</Code>..`), SigV4-verified for service
 * `elasticloadbalancing`. Reached through AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2 (the SDK's
 * service id is "Elastic Load Balancing v2").
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Operations.html
 *
 * The fake holds no S3: ModifyTrustStore and AddTrustStoreRevocations read objects through
 * `readS3`, which the test supplies (for instance backed by a FakeS3's objects).
 *
 * While a trust store is CREATING (after ModifyTrustStore, for `creatingPolls` DescribeTrustStores
 * answers), ModifyTrustStore, AddTrustStoreRevocations and RemoveTrustStoreRevocations answer
 * TrustStoreNotReady. The API reference does not list that error for these three calls (only
 * for the listener calls); the fake is the strict case a client must survive either way.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
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
  type SigV4Options,
  TEST_CREDENTIALS,
  verifySigV4,
} from './fake-aws-http.js';

export const ELB_XMLNS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';
export const ELB_API_VERSION = '2015-12-01';

export type TrustStoreStatus = 'ACTIVE' | 'CREATING';

export interface FakeRevocation {
  revocationId: number;
  revocationType: 'CRL';
  numberOfRevokedEntries: number;
  content: Uint8Array;
  source: { bucket: string; key: string; version?: string };
}

export interface FakeTrustStore {
  arn: string;
  name: string;
  /** The stored CA bundle (PEM). */
  bundle: Uint8Array;
  numberOfCaCertificates: number;
  status: TrustStoreStatus;
  /** DescribeTrustStores answers still to report CREATING before the store turns ACTIVE. */
  creatingPollsLeft: number;
  revocations: FakeRevocation[];
  /** Listener ARNs using the trust store (DescribeTrustStoreAssociations). */
  associations: string[];
  /** The S3 object the current bundle came from (ModifyTrustStore), if any. */
  bundleSource?: { bucket: string; key: string; version?: string };
  /** AddTags / DescribeTags / RemoveTags, in the order the keys were first added. */
  tags: Record<string, string>;
}

/** One Query-protocol call, decoded. */
export interface ElbRecordedCall {
  action: string;
  /** The decoded form parameters (`TrustStoreArns.member.1`, ...), without Action/Version. */
  params: Record<string, string>;
  status: number;
  errorCode?: string;
}

/** Reads an S3 object for the fake; `undefined` when it does not exist. */
export type ReadS3 = (bucket: string, key: string, version?: string) => Uint8Array | undefined;

export interface FakeElbOptions {
  region?: string;
  credentials?: Credentials;
  /** How many DescribeTrustStores answers report CREATING after a ModifyTrustStore (default 1). */
  creatingPolls?: number;
  accountId?: string;
}

interface InjectedElbFailure {
  action: string;
  code: string;
  message: string;
  status: number;
  remaining: number;
  /** Only calls naming this trust store (TrustStoreArn) fail; any when absent. */
  arn?: string;
}

class ElbError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
  }
}

const xmlEscape = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

/** `<Name>value</Name>` for each defined field, in order. */
function fields(values: [string, string | number | undefined][]): string {
  return values
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `<${name}>${xmlEscape(String(value))}</${name}>`)
    .join('');
}

const members = (items: string[]) => items.map((item) => `<member>${item}</member>`).join('');

/** `Prefix.member.1`, `Prefix.member.2`, ... in index order. */
function memberList(params: Record<string, string>, prefix: string): string[] {
  const out: [number, string][] = [];
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.member\\.(\\d+)$`);
  for (const [name, value] of Object.entries(params)) {
    const m = re.exec(name);
    if (m) out.push([Number(m[1]), value]);
  }
  return out.sort(([a], [b]) => a - b).map(([, value]) => value);
}

/** `Prefix.member.N.Field` grouped by N. */
function memberStructs(params: Record<string, string>, prefix: string): Record<string, string>[] {
  const byIndex = new Map<number, Record<string, string>>();
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.member\\.(\\d+)\\.(\\w+)$`);
  for (const [name, value] of Object.entries(params)) {
    const m = re.exec(name);
    if (!m) continue;
    const index = Number(m[1]);
    const entry = byIndex.get(index) ?? {};
    entry[m[2] as string] = value;
    byIndex.set(index, entry);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
}

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----\r?\n([A-Za-z0-9+/=\r\n]+?)-----END CERTIFICATE-----/g;

/**
 * Minimal bundle validation: only PEM CERTIFICATE blocks (whitespace between them), each a DER
 * SEQUENCE. Returns the number of certificates, or undefined when the bundle is invalid.
 */
export function countPemCertificates(bundle: Uint8Array): number | undefined {
  const text = Buffer.from(bundle).toString('utf8');
  let count = 0;
  for (const m of text.matchAll(CERT_BLOCK)) {
    const der = Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64');
    if (der.length < 2 || der[0] !== 0x30) return undefined;
    count++;
  }
  if (count === 0 || text.replace(CERT_BLOCK, '').trim() !== '') return undefined;
  return count;
}

interface Tlv {
  tag: number;
  start: number;
  end: number;
}

function readTlv(der: Uint8Array, offset: number, limit: number): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = der[offset] as number;
  let length = der[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 4 || start + octets > limit) return undefined;
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + (der[start + i] as number);
    start += octets;
  }
  if (start + length > limit) return undefined;
  return { tag, start, end: start + length };
}

function children(der: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const tlv = readTlv(der, offset, parent.end);
    if (!tlv) return undefined;
    out.push(tlv);
    offset = tlv.end;
  }
  return out;
}

/**
 * Minimal CRL check (PEM `X509 CRL` or DER): CertificateList ::= SEQUENCE { tbsCertList,
 * signatureAlgorithm, signatureValue BIT STRING } (RFC 5280 §5.1). Returns the number of revoked
 * entries, or undefined when the content is not a CRL. The signature is not verified.
 */
export function countCrlEntries(content: Uint8Array): number | undefined {
  let der = content;
  const text = Buffer.from(content).toString('latin1');
  const pem = /-----BEGIN X509 CRL-----([A-Za-z0-9+/=\s]+)-----END X509 CRL-----/.exec(text);
  if (pem) der = Buffer.from((pem[1] ?? '').replace(/\s+/g, ''), 'base64');
  const outer = readTlv(der, 0, der.length);
  if (outer?.tag !== 0x30 || outer.end !== der.length) return undefined;
  const parts = children(der, outer);
  if (parts?.length !== 3 || parts[0]?.tag !== 0x30 || parts[2]?.tag !== 0x03) return undefined;
  const tbs = children(der, parts[0]);
  if (!tbs) return undefined;
  let i = tbs[0]?.tag === 0x02 ? 1 : 0; // version
  if (tbs[i]?.tag !== 0x30 || tbs[i + 1]?.tag !== 0x30) return undefined; // signature, issuer
  i += 2;
  const isTime = (t: Tlv | undefined) => t?.tag === 0x17 || t?.tag === 0x18;
  if (!isTime(tbs[i])) return undefined; // thisUpdate
  i++;
  if (isTime(tbs[i])) i++; // nextUpdate
  const revoked = tbs[i];
  if (revoked?.tag !== 0x30) return 0;
  return children(der, revoked)?.length;
}

const PAGE_SIZE_MAX = 400;
/** Tags per resource (AddTags answers TooManyTags past it). */
const TAGS_MAX = 50;

export class FakeElb {
  readonly region: string;
  readonly credentials: Credentials;
  readonly accountId: string;
  /** Trust stores by ARN. */
  readonly trustStores = new Map<string, FakeTrustStore>();
  /** Every Query call, decoded (bundle downloads are not included). */
  readonly calls: ElbRecordedCall[] = [];
  /** Every HTTP request, including bundle downloads (operation `GetBundle`). */
  readonly requests: RecordedRequest[] = [];
  pacing = new Pacing();
  creatingPolls: number;
  /** Where ModifyTrustStore and AddTrustStoreRevocations read S3 objects. */
  readS3: ReadS3 = () => undefined;
  private url = '';
  private readonly failures: InjectedElbFailure[] = [];
  /** Presigned downloads: `/bundle/<id>` or `/revocation/<id>` → what they serve, until when. */
  private readonly downloads = new Map<string, { arn: string; revocationId?: number; expires: number }>();
  private nextRevocationId = 1;
  private readonly presignKey = randomBytes(32);

  constructor(options: FakeElbOptions = {}) {
    this.region = options.region ?? 'eu-west-1';
    this.credentials = options.credentials ?? TEST_CREDENTIALS;
    this.creatingPolls = options.creatingPolls ?? 1;
    this.accountId = options.accountId ?? '123456789012';
  }

  /** Adds an ACTIVE trust store holding `bundle` (PEM); returns its ARN. */
  addTrustStore(name: string, bundle: string | Uint8Array, associations: string[] = []): string {
    const bytes = typeof bundle === 'string' ? Buffer.from(bundle) : bundle;
    const count = countPemCertificates(bytes);
    if (count === undefined) throw new Error(`addTrustStore(${name}): the bundle is not PEM certificates`);
    const arn = `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:truststore/${name}/${randomBytes(8).toString('hex')}`;
    this.trustStores.set(arn, {
      arn,
      name,
      bundle: bytes,
      numberOfCaCertificates: count,
      status: 'ACTIVE',
      creatingPollsLeft: 0,
      revocations: [],
      associations: [...associations],
      tags: {},
    });
    return arn;
  }

  /** A listener ARN in this fake's account, for associations. */
  listenerArn(loadBalancer: string, index = 1): string {
    const id = createHmac('sha256', `${loadBalancer}/${index}`).digest('hex');
    return `arn:aws:elasticloadbalancing:${this.region}:${this.accountId}:listener/app/${loadBalancer}/${id.slice(0, 16)}/${id.slice(16, 32)}`;
  }

  /** The next `times` calls of `action` answer with this error instead. */
  fail(action: string, code: string, message = `${code} (injected)`, status = 400, times = 1): void {
    this.failures.push({ action, code, message, status, remaining: times });
  }

  /** Like fail, for the calls that name one trust store only. */
  failFor(
    arn: string,
    action: string,
    code: string,
    message = `${code} (injected)`,
    status = 400,
    times = 1,
  ): void {
    this.failures.push({ action, code, message, status, remaining: times, arn });
  }

  /** The calls of one action, in order. */
  callsOf(action: string): ElbRecordedCall[] {
    return this.calls.filter((call) => call.action === action);
  }

  async start(): Promise<RunningServer> {
    const server = http.createServer((req, res) => {
      this.pacing
        .enter()
        .then(() => this.serve(req, res))
        .finally(() => this.pacing.leave())
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/xml' });
          res.end(this.errorXml(new ElbError('InternalFailure', String(error), 500, 'Receiver')));
        });
    });
    const running = await listenLocal(server);
    this.url = running.url;
    return running;
  }

  /** A presigned GET (operation `GetBundle` or `GetRevocationContent`): the bytes, or 403. */
  private servePresigned(
    rawPath: string,
    query: Record<string, string>,
    record: RecordedRequest,
    res: http.ServerResponse,
  ): void {
    const revocation = rawPath.startsWith('/revocation/');
    record.operation = revocation ? 'GetRevocationContent' : 'GetBundle';
    const token = this.downloads.get(rawPath);
    const store = token && token.expires > Date.now() ? this.trustStores.get(token.arn) : undefined;
    const content = revocation
      ? store?.revocations.find((r) => r.revocationId === token?.revocationId)?.content
      : store?.bundle;
    const valid = content !== undefined && query['X-Amz-Signature'] === this.presign(rawPath);
    record.status = valid ? 200 : 403;
    if (!valid) record.errorCode = 'AccessDenied';
    const body = valid
      ? Buffer.from(content)
      : Buffer.from(
          '<Error><Code>AccessDenied</Code><Message>Request has expired or is invalid</Message></Error>',
        );
    res.writeHead(record.status, {
      'content-type': !valid
        ? 'application/xml'
        : revocation
          ? 'application/pkix-crl'
          : 'application/x-pem-file',
      'content-length': String(body.length),
    });
    res.end(body);
  }

  /** Like the real presigned S3 URI: valid for ten minutes. */
  private presignedLocation(path: string, arn: string, revocationId?: number): string {
    this.downloads.set(path, {
      arn,
      ...(revocationId !== undefined ? { revocationId } : {}),
      expires: Date.now() + 10 * 60_000,
    });
    return `${this.url}${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600&X-Amz-Signature=${this.presign(path)}`;
  }

  private errorXml(error: ElbError): string {
    return (
      `<ErrorResponse xmlns="${ELB_XMLNS}"><Error><Type>${error.type}</Type>` +
      `<Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message></Error>` +
      `<RequestId>${randomUUID()}</RequestId></ErrorResponse>`
    );
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readRawRequest(req);
    const query = parseQuery(raw.rawQuery);
    const record: RecordedRequest = {
      operation: 'Unsupported',
      method: raw.method,
      path: decodeURIComponent(raw.rawPath),
      query,
      headers: flatHeaders(raw.headers),
      body: raw.body,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);

    // The presigned downloads: no SigV4, only the signature the Location carried.
    if (raw.method === 'GET' && /^\/(bundle|revocation)\//.test(raw.rawPath)) {
      this.servePresigned(raw.rawPath, query, record, res);
      return;
    }

    const form = parseQuery(raw.body.toString('utf8').replace(/\+/g, '%20'));
    const params = raw.method === 'POST' ? form : query;
    const action = params.Action ?? 'Unsupported';
    record.operation = action;
    const { Action: _action, Version: version, ...rest } = params;
    const call: ElbRecordedCall = { action, params: rest, status: 0 };
    this.calls.push(call);

    const reply = (status: number, xml: string, errorCode?: string) => {
      record.status = status;
      call.status = status;
      if (errorCode) {
        record.errorCode = errorCode;
        call.errorCode = errorCode;
      }
      res.writeHead(status, {
        'content-type': 'text/xml',
        'content-length': String(Buffer.byteLength(xml)),
        'x-amzn-requestid': randomUUID(),
      });
      res.end(xml);
    };
    const fail = (error: ElbError) => reply(error.status, this.errorXml(error), error.code);

    const sig = verifySigV4(raw, {
      // The helper's type lists the services the other fakes sign for; the check itself is generic.
      service: 'elasticloadbalancing' as SigV4Options['service'],
      region: this.region,
      credentials: this.credentials,
    });
    if (sig) {
      const code =
        sig.kind === 'unknown-key'
          ? 'InvalidClientTokenId'
          : sig.kind === 'missing'
            ? 'MissingAuthenticationToken'
            : sig.kind === 'mismatch'
              ? 'SignatureDoesNotMatch'
              : 'IncompleteSignature';
      return fail(new ElbError(code, sig.message, sig.status === 400 ? 400 : 403));
    }
    if (
      raw.method === 'POST' &&
      !String(raw.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
    ) {
      return fail(
        new ElbError('InvalidParameterValue', 'Content-Type must be application/x-www-form-urlencoded'),
      );
    }
    if (version !== ELB_API_VERSION) {
      return fail(
        new ElbError(
          'InvalidAction',
          `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`,
        ),
      );
    }
    const injected = this.failures.find(
      (f) => f.action === action && f.remaining > 0 && (f.arn === undefined || f.arn === rest.TrustStoreArn),
    );
    if (injected) {
      injected.remaining--;
      return fail(
        new ElbError(
          injected.code,
          injected.message,
          injected.status,
          injected.status >= 500 ? 'Receiver' : 'Sender',
        ),
      );
    }
    const handler = this.handlers[action];
    if (!handler)
      return fail(new ElbError('InvalidAction', `Could not find operation ${action} for version ${version}`));
    try {
      const result = handler(rest);
      reply(
        200,
        `<${action}Response xmlns="${ELB_XMLNS}"><${action}Result>${result}</${action}Result>` +
          `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
      );
    } catch (error) {
      if (error instanceof ElbError) return fail(error);
      throw error;
    }
  }

  private readonly handlers: Record<string, (params: Record<string, string>) => string> = {
    DescribeTrustStores: (params) => {
      const arns = memberList(params, 'TrustStoreArns');
      const names = memberList(params, 'Names');
      let stores: FakeTrustStore[];
      if (arns.length > 0 || names.length > 0) {
        stores = [];
        for (const arn of arns) stores.push(this.store(arn));
        for (const name of names) {
          const store = [...this.trustStores.values()].find((s) => s.name === name);
          if (!store) throw new ElbError('TrustStoreNotFound', `Trust store '${name}' not found`);
          if (!stores.includes(store)) stores.push(store);
        }
      } else {
        stores = [...this.trustStores.values()];
      }
      const { items, nextMarker } = this.page(stores, params);
      // The answer shows the status before this poll counts down CREATING.
      const xml = items.map((store) => this.trustStoreXml(store));
      for (const store of items) this.poll(store);
      return `<TrustStores>${members(xml)}</TrustStores>${fields([['NextMarker', nextMarker]])}`;
    },

    GetTrustStoreCaCertificatesBundle: (params) => {
      const store = this.store(this.required(params, 'TrustStoreArn'));
      return fields([['Location', this.presignedLocation(`/bundle/${randomUUID()}`, store.arn)]]);
    },

    GetTrustStoreRevocationContent: (params) => {
      const store = this.store(this.required(params, 'TrustStoreArn'));
      const id = Number(this.required(params, 'RevocationId'));
      if (!store.revocations.some((r) => r.revocationId === id)) {
        throw new ElbError('RevocationIdNotFound', `Revocation ID '${id}' not found`);
      }
      return fields([['Location', this.presignedLocation(`/revocation/${randomUUID()}`, store.arn, id)]]);
    },

    ModifyTrustStore: (params) => {
      const store = this.store(this.required(params, 'TrustStoreArn'));
      const bucket = this.required(params, 'CaCertificatesBundleS3Bucket');
      const key = this.required(params, 'CaCertificatesBundleS3Key');
      const version = params.CaCertificatesBundleS3ObjectVersion;
      this.ready(store);
      const bytes = this.readS3(bucket, key, version);
      if (!bytes) {
        throw new ElbError(
          'CaCertificatesBundleNotFound',
          `CA certificates bundle not found at s3://${bucket}/${key}${version ? ` (version ${version})` : ''}`,
        );
      }
      const count = countPemCertificates(bytes);
      if (count === undefined) {
        throw new ElbError(
          'InvalidCaCertificatesBundle',
          'The CA certificates bundle is in an invalid format, or corrupt',
        );
      }
      store.bundle = Uint8Array.from(bytes);
      store.numberOfCaCertificates = count;
      store.bundleSource = { bucket, key, ...(version ? { version } : {}) };
      store.creatingPollsLeft = this.creatingPolls;
      store.status = this.creatingPolls > 0 ? 'CREATING' : 'ACTIVE';
      return `<TrustStores>${members([this.trustStoreXml(store)])}</TrustStores>`;
    },

    DescribeTrustStoreRevocations: (params) => {
      const store = this.store(this.required(params, 'TrustStoreArn'));
      const ids = memberList(params, 'RevocationIds').map(Number);
      let revocations = store.revocations;
      if (ids.length > 0) {
        revocations = ids.map((id) => {
          const found = store.revocations.find((r) => r.revocationId === id);
          if (!found) throw new ElbError('RevocationIdNotFound', `Revocation ID '${id}' not found`);
          return found;
        });
      }
      const { items, nextMarker } = this.page(revocations, params);
      return `<TrustStoreRevocations>${members(items.map((r) => this.revocationXml(store, r)))}</TrustStoreRevocations>${fields([['NextMarker', nextMarker]])}`;
    },

    AddTrustStoreRevocations: (params) => {
      const store = this.store(this.required(params, 'TrustStoreArn'));
      this.ready(store);
      const contents = memberStructs(params, 'RevocationContents');
      const added: FakeRevocation[] = [];
      for (const content of contents) {
        const bucket = content.S3Bucket ?? '';
        const key = content.S3Key ?? '';
        const version = content.S3ObjectVersion;
        const type = content.RevocationType ?? 'CRL';
        if (type !== 'CRL')
          throw new ElbError('InvalidRevocationContent', `Revocation type '${type}' is not supported`);
        const bytes = this.readS3(bucket, key, version);
        if (!bytes)
          throw new ElbError(
            'RevocationContentNotFound',
            `Revocation content not found at s3://${bucket}/${key}`,
          );
        const count = countCrlEntries(bytes);
        if (count === undefined)
          throw new ElbError('InvalidRevocationContent', `s3://${bucket}/${key} is not a valid CRL`);
        added.push({
          revocationId: this.nextRevocationId++,
          revocationType: 'CRL',
          numberOfRevokedEntries: count,
          content: Uint8Array.from(bytes),
          source: { bucket, key, ...(version ? { version } : {}) },
        });
      }
      store.revocations.push(...added);
      return `<TrustStoreRevocations>${members(added.map((r) => this.revocationXml(store, r)))}</TrustStoreRevocations>`;
    },

    RemoveTrustStoreRevocations: (params) => {
      const store = this.store(this.required(params, 'TrustStoreArn'));
      this.ready(store);
      const ids = memberList(params, 'RevocationIds').map(Number);
      for (const id of ids) {
        if (!store.revocations.some((r) => r.revocationId === id)) {
          throw new ElbError('RevocationIdNotFound', `Revocation ID '${id}' not found`);
        }
      }
      store.revocations = store.revocations.filter((r) => !ids.includes(r.revocationId));
      return '';
    },

    DescribeTrustStoreAssociations: (params) => {
      const store = this.store(this.required(params, 'TrustStoreArn'));
      const { items, nextMarker } = this.page(store.associations, params);
      return `<TrustStoreAssociations>${members(items.map((arn) => fields([['ResourceArn', arn]])))}</TrustStoreAssociations>${fields([['NextMarker', nextMarker]])}`;
    },

    // Tags of trust stores only (the fake has no load balancers, listeners, rules or target groups).
    AddTags: (params) => {
      const stores = this.taggedStores(params);
      const tags = memberStructs(params, 'Tags');
      const keys = tags.map((t) => t.Key ?? '');
      if (keys.some((key) => key.length < 1 || key.length > 128)) {
        throw new ElbError('ValidationError', 'Tag keys must be 1 to 128 characters long');
      }
      if (new Set(keys).size !== keys.length)
        throw new ElbError('DuplicateTagKeys', 'A tag key was specified more than once');
      for (const store of stores) {
        const after = { ...store.tags, ...Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? ''])) };
        if (Object.keys(after).length > TAGS_MAX) {
          throw new ElbError(
            'TooManyTags',
            `Trust store '${store.arn}' would have more than ${TAGS_MAX} tags`,
          );
        }
      }
      for (const store of stores) for (const t of tags) store.tags[t.Key ?? ''] = t.Value ?? '';
      return '';
    },

    DescribeTags: (params) => {
      const descriptions = this.taggedStores(params).map((store) => {
        const tags = Object.entries(store.tags).map(([Key, Value]) =>
          fields([
            ['Key', Key],
            ['Value', Value],
          ]),
        );
        return `${fields([['ResourceArn', store.arn]])}<Tags>${members(tags)}</Tags>`;
      });
      return `<TagDescriptions>${members(descriptions)}</TagDescriptions>`;
    },

    RemoveTags: (params) => {
      const stores = this.taggedStores(params);
      const keys = memberList(params, 'TagKeys');
      for (const store of stores) for (const key of keys) delete store.tags[key];
      return '';
    },
  };

  /** ResourceArns.member.N: 1 to 20 ARNs, each a trust store of this fake. */
  private taggedStores(params: Record<string, string>): FakeTrustStore[] {
    const arns = memberList(params, 'ResourceArns');
    if (arns.length < 1 || arns.length > 20) {
      throw new ElbError('ValidationError', 'ResourceArns must hold 1 to 20 ARNs');
    }
    return arns.map((arn) => {
      if (!arn.includes(':truststore/')) {
        throw new ElbError('ValidationError', `The fake only tags trust stores, not '${arn}'`);
      }
      return this.store(arn);
    });
  }

  /** A change is still being applied: ELB refuses the next one until the store is ACTIVE. */
  private ready(store: FakeTrustStore): void {
    if (store.status !== 'ACTIVE') {
      throw new ElbError(
        'TrustStoreNotReady',
        `Trust store '${store.arn}' is not ready; it is ${store.status}`,
      );
    }
  }

  private required(params: Record<string, string>, name: string): string {
    const value = params[name];
    if (value === undefined || value === '') {
      throw new ElbError(
        'ValidationError',
        `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`,
      );
    }
    return value;
  }

  private store(arn: string): FakeTrustStore {
    const store = this.trustStores.get(arn);
    if (!store) throw new ElbError('TrustStoreNotFound', `Trust store '${arn}' not found`);
    return store;
  }

  /** A DescribeTrustStores answer saw the store: count down CREATING. */
  private poll(store: FakeTrustStore): void {
    if (store.status !== 'CREATING') return;
    store.creatingPollsLeft--;
    if (store.creatingPollsLeft <= 0) store.status = 'ACTIVE';
  }

  private page<T>(items: T[], params: Record<string, string>): { items: T[]; nextMarker?: string } {
    const size = params.PageSize === undefined ? PAGE_SIZE_MAX : Number(params.PageSize);
    if (!Number.isInteger(size) || size < 1 || size > PAGE_SIZE_MAX) {
      throw new ElbError('ValidationError', `PageSize must be between 1 and ${PAGE_SIZE_MAX}`);
    }
    let start = 0;
    if (params.Marker !== undefined) {
      const m = /^offset:(\d+)$/.exec(Buffer.from(params.Marker, 'base64').toString('utf8'));
      if (!m) throw new ElbError('ValidationError', `Invalid marker '${params.Marker}'`);
      start = Number(m[1]);
    }
    const end = start + size;
    return {
      items: items.slice(start, end),
      ...(end < items.length ? { nextMarker: Buffer.from(`offset:${end}`).toString('base64') } : {}),
    };
  }

  private presign(path: string): string {
    return createHmac('sha256', this.presignKey).update(path).digest('hex');
  }

  private trustStoreXml(store: FakeTrustStore): string {
    return fields([
      ['Name', store.name],
      ['TrustStoreArn', store.arn],
      ['Status', store.status],
      ['NumberOfCaCertificates', store.numberOfCaCertificates],
      ['TotalRevokedEntries', store.revocations.reduce((sum, r) => sum + r.numberOfRevokedEntries, 0)],
    ]);
  }

  private revocationXml(store: FakeTrustStore, revocation: FakeRevocation): string {
    return fields([
      ['TrustStoreArn', store.arn],
      ['RevocationId', revocation.revocationId],
      ['RevocationType', revocation.revocationType],
      ['NumberOfRevokedEntries', revocation.numberOfRevokedEntries],
    ]);
  }
}
