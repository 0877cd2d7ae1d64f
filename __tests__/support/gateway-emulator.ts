/**
 * A local stand-in for the data plane of an API Gateway custom domain with mutual TLS: an HTTPS
 * server on 127.0.0.1 that requests a client certificate and verifies it (OpenSSL, through Node's
 * TLS server) against the truststore object version the domain is pinned to, read from the fake
 * S3 and the fake API Gateway of the same test (their state, in this process). A new pin takes
 * effect `reloadDelayMs` after the emulator first sees it, as a real domain takes a while after
 * UpdateDomainName.
 *
 * A refused certificate gets what API Gateway gives: 403 with `x-amzn-errortype: ForbiddenException`
 * (`refusal: 'http-403'`), or a connection dropped right after the handshake (`refusal: 'handshake'`,
 * how a TLS server that will not take the client certificate ends a TLS 1.3 connection). Accepted
 * requests pass on to `backend` (default: 200).
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import tls from 'node:tls';
import type { FakeApiGateway } from './fake-apigateway.js';
import type { FakeS3 } from './fake-s3.js';

export type Refusal = 'http-403' | 'handshake';

export interface GatewayEmulatorOptions {
  s3: FakeS3;
  gateway: FakeApiGateway;
  /** The server certificate (with every domain in its subjectAltName) and its key, PEM. */
  server: { certPem: string; keyPem: string };
  refusal?: Refusal | ((domain: string) => Refusal);
  reloadDelayMs?: number;
  /** What the API behind the gateway answers to an accepted request. */
  backend?: (domain: string, clientSubject: string) => { status: number; headers?: Record<string, string> };
}

interface Loaded {
  key: string;
  context: tls.SecureContext;
}

export interface HandledRequest {
  domain: string;
  host: string | undefined;
  authorized: boolean;
  error?: string;
  truststoreVersion?: string;
  clientSubject?: string;
  status?: number;
  /** Refused at the TLS layer (connection dropped, no HTTP answer). */
  dropped: boolean;
}

export class GatewayEmulator {
  readonly handled: HandledRequest[] = [];
  private readonly loaded = new Map<string, Loaded>();
  /** Per domain: the pin handshakes use, and a newer one waiting for the reload delay. */
  private readonly pins = new Map<string, { active: string; next?: { key: string; since: number } }>();
  private server?: https.Server;

  constructor(private readonly options: GatewayEmulatorOptions) {}

  /**
   * The pin (uri + version) a handshake for `domain` is verified against right now: the first pin
   * seen is live at once; a later one only `reloadDelayMs` after the emulator first saw it.
   */
  private activePin(domain: string): { key: string; uri: string; version: string } | undefined {
    const mtls = this.options.gateway.domains.get(domain)?.mtls;
    if (!mtls?.truststoreVersion) return undefined;
    const key = `${mtls.truststoreUri}?versionId=${mtls.truststoreVersion}`;
    const now = Date.now();
    let state = this.pins.get(domain);
    if (!state) {
      state = { active: key };
      this.pins.set(domain, state);
    } else if (state.active !== key) {
      if (state.next?.key !== key) state.next = { key, since: now };
      if (now - state.next.since >= (this.options.reloadDelayMs ?? 0)) state = { active: key };
      this.pins.set(domain, state);
    }
    const [uri, version] = state.active.split('?versionId=') as [string, string];
    return { key: state.active, uri, version };
  }

  /** The version a domain's handshakes are verified against (after the reload delay). */
  activeVersion(domain: string): string | undefined {
    return this.pins.get(domain)?.active.split('?versionId=')[1];
  }

  private contextFor(domain: string): tls.SecureContext | undefined {
    const pin = this.activePin(domain);
    if (!pin) return undefined;
    const cacheKey = `${domain}|${pin.key}`;
    const hit = this.loaded.get(cacheKey);
    if (hit) return hit.context;
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(pin.uri);
    if (!m) return undefined;
    const object = this.options.s3.versions(m[1]!, m[2]!).find((v) => v.versionId === pin.version);
    if (!object) return undefined;
    const context = tls.createSecureContext({
      cert: this.options.server.certPem,
      key: this.options.server.keyPem,
      ca: object.body.toString('utf8'),
    });
    this.loaded.set(cacheKey, { key: pin.key, context });
    return context;
  }

  private refusalFor(domain: string): Refusal {
    const r = this.options.refusal ?? 'http-403';
    return typeof r === 'function' ? r(domain) : r;
  }

  async start(): Promise<{ url: string; port: number; close(): Promise<void> }> {
    // What the domains are pinned to when the emulator starts is live at once.
    for (const name of this.options.gateway.domains.keys()) this.activePin(name);
    const server = https.createServer(
      {
        cert: this.options.server.certPem,
        key: this.options.server.keyPem,
        requestCert: true,
        // The verdict is taken per connection below, as the gateway does, not by Node's default.
        rejectUnauthorized: false,
        SNICallback: (servername, cb) => {
          const context = this.contextFor(servername);
          if (context) cb(null, context);
          else cb(new Error(`no mutual TLS truststore for ${servername}`));
        },
      },
      (req, res) => {
        const socket = req.socket as TLSSocket;
        const domain = (socket as TLSSocket & { servername?: string }).servername || '';
        const peer = socket.getPeerX509Certificate();
        const record: HandledRequest = {
          domain,
          host: req.headers.host,
          authorized: socket.authorized,
          dropped: false,
          ...(peer ? { clientSubject: peer.subject.replace(/\n/g, ', ') } : {}),
          ...(socket.authorizationError ? { error: String(socket.authorizationError) } : {}),
          ...(this.activeVersion(domain) ? { truststoreVersion: this.activeVersion(domain) } : {}),
        };
        this.handled.push(record);
        if (!socket.authorized) {
          record.status = 403;
          const body = JSON.stringify({ message: 'Forbidden' });
          res.writeHead(403, {
            'content-type': 'application/json',
            'x-amzn-errortype': 'ForbiddenException',
          });
          res.end(body);
          return;
        }
        const answer = this.options.backend?.(domain, record.clientSubject ?? '') ?? { status: 200 };
        record.status = answer.status;
        res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
        res.end(JSON.stringify({ domain, client: record.clientSubject }));
      },
    );
    // TLS-level refusal: drop the connection once the handshake is done, before any HTTP.
    server.prependListener('secureConnection', (socket: TLSSocket) => {
      const domain = (socket as TLSSocket & { servername?: string }).servername || '';
      if (!socket.authorized && this.refusalFor(domain) === 'handshake') {
        this.handled.push({
          domain,
          host: undefined,
          authorized: false,
          dropped: true,
          ...(socket.authorizationError ? { error: String(socket.authorizationError) } : {}),
        });
        socket.destroy();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    const { port } = server.address() as AddressInfo;
    return {
      url: `https://127.0.0.1:${port}/`,
      port,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  }
}
