/**
 * One probe: a real mutual-TLS handshake and one HTTP request, as a partner that presents its
 * leaf certificate alone. The TLS server name (SNI), the server-certificate check and the Host
 * header are always the domain name, whatever host the URL connects to (an address in private
 * DNS setups and tests). Records what happened; classify.ts says what it means.
 */
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { Observation } from './classify.js';

export interface ProbeTarget {
  /** Where to connect (`probe-url` with `{domain}` filled in). */
  url: URL;
  /** The custom domain name: SNI, Host header and the name the server certificate must carry. */
  domain: string;
}

export interface PresentedIdentity {
  /** The client leaf certificate alone, PEM. */
  certPem: string;
  /** The private key, PEM; never logged. */
  keyPem: string;
}

/** One attempt, bounded by `timeoutMs`; never throws. */
export function attemptHandshake(
  target: ProbeTarget,
  identity: PresentedIdentity,
  serverCa: string | undefined,
  timeoutMs: number,
): Promise<Observation> {
  return new Promise((resolve) => {
    let settled = false;
    let afterHandshake = false;
    const finish = (o: Observation) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(o);
    };
    const req = https.request({
      protocol: 'https:',
      host: target.url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: target.url.port === '' ? 443 : Number(target.url.port),
      path: `${target.url.pathname}${target.url.search}`,
      method: 'GET',
      servername: target.domain,
      headers: { host: target.domain, 'user-agent': 'mtls-truststore-action probe', accept: '*/*' },
      cert: identity.certPem,
      key: identity.keyPem,
      ...(serverCa !== undefined ? { ca: serverCa } : {}),
      rejectUnauthorized: true,
      // A fresh connection every time: a reused session could skip the client certificate.
      agent: false,
    });
    const timer = setTimeout(
      () =>
        finish({
          kind: 'error',
          code: 'ETIMEDOUT',
          message: `no answer within ${Math.round(timeoutMs / 100) / 10} s`,
          afterHandshake,
        }),
      timeoutMs,
    );
    req.on('socket', (socket) => {
      (socket as TLSSocket).once('secureConnect', () => {
        afterHandshake = true;
      });
    });
    req.on('response', (res) => {
      const errorType = res.headers['x-amzn-errortype'];
      finish({
        kind: 'http',
        status: res.statusCode ?? 0,
        ...(typeof errorType === 'string' ? { errorType } : {}),
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({ kind: 'error', code: error.code ?? 'ERROR', message: error.message, afterHandshake }),
    );
    req.end();
  });
}
