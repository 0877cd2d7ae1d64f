/**
 * Real mutual-TLS handshakes from the probe: against the gateway emulator (both ways API Gateway
 * refuses: 403 ForbiddenException and a dropped connection) and against `openssl s_server`, which
 * refuses with a real TLS alert (after the client's handshake in TLS 1.3, during it in TLS 1.2).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/aws/clock.js';
import type { ProbeResult } from '../../src/plan/model.js';
import { classify } from '../../src/probe/classify.js';
import { attemptHandshake } from '../../src/probe/handshake.js';
import { loadIdentities, type ProbeIdentity } from '../../src/probe/identities.js';
import { probeDomain } from '../../src/probe/run.js';
import { GatewayEmulator, type GatewayEmulatorOptions } from '../support/gateway-emulator.js';
import { OpensslServer } from '../tls/endpoints.js';
import { DOMAINS, fakeAws, type PartnerPki, partnerPki, pinTruststore } from './world.js';

let w: PartnerPki;
let partner: ProbeIdentity;
let legacyRefused: ProbeIdentity;
const closers: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  w = partnerPki('probe-handshake-');
  [partner, legacyRefused] = (await loadIdentities(
    `partner ${w.partner.certPath} ${w.partner.keyPath}\nlegacy ${w.legacy.certPath} ${w.legacy.keyPath} refuse`,
    w.workspace,
  )) as [ProbeIdentity, ProbeIdentity];
});

afterAll(async () => {
  for (const close of closers) await close();
  w?.pki.cleanup();
});

async function emulate(trusted: (typeof w.root)[], options: Partial<GatewayEmulatorOptions> = {}) {
  const aws = fakeAws();
  pinTruststore(aws, trusted);
  const emulator = new GatewayEmulator({
    ...aws,
    server: { certPem: w.server.pem, keyPem: readFileSync(w.server.keyPath, 'utf8') },
    ...options,
  });
  const running = await emulator.start();
  closers.push(running.close);
  return { ...aws, emulator, url: `https://127.0.0.1:${running.port}/health` };
}

function probe(url: string, identities: ProbeIdentity[], timeoutMs = 3000, serverCa = w.serverRoot.pem) {
  return probeDomain(DOMAINS[0]!, identities, {
    urlTemplate: url,
    serverCa,
    timeoutMs,
    clock: systemClock,
    log: () => {},
  });
}

const outcome = (r: ProbeResult[]) => r.map((x) => [x.identity, x.outcome, x.status]);

describe('probe handshakes against the gateway emulator', () => {
  it('the incident: a root-only truststore makes the gateway answer 403 ForbiddenException to the leaf alone', async () => {
    const { url, emulator } = await emulate([w.root]);
    const results = await probe(url, [partner], 2500);
    expect(outcome(results)).toEqual([['partner', 'gateway-forbidden', 403]]);
    expect(results[0]?.attempts).toBeGreaterThan(1);
    expect(results[0]?.detail).toMatch(/still after \d+ attempts/);
    expect(emulator.handled.at(-1)).toMatchObject({
      authorized: false,
      error: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
  });

  it('with the intermediate in the truststore the leaf alone is accepted; SNI and Host are the domain, not the address', async () => {
    const { url, emulator } = await emulate([w.root, w.issuing]);
    const results = await probe(url, [partner]);
    expect(outcome(results)).toEqual([['partner', 'accepted', 200]]);
    expect(results[0]?.attempts).toBe(1);
    expect(emulator.handled.at(-1)).toMatchObject({
      domain: 'api.example.com',
      host: 'api.example.com',
      authorized: true,
      clientSubject: 'O=Partner One, CN=partner-one-client',
    });
  });

  it('a gateway that drops the refused certificate after the handshake is tls-refused, as a removal expects', async () => {
    const { url, emulator } = await emulate([w.root, w.issuing], { refusal: 'handshake' });
    const results = await probe(url, [partner, legacyRefused]);
    expect(outcome(results)).toEqual([
      ['partner', 'accepted', 200],
      ['legacy', 'tls-refused', null],
    ]);
    expect(results[1]?.attempts).toBe(1);
    expect(results[1]?.detail).toContain('closed the connection right after the TLS handshake');
    expect(emulator.handled.filter((h) => h.dropped)).toHaveLength(1);
  });

  it('a 401 or 403 from behind the gateway is accepted, and the detail says where it came from', async () => {
    const { url } = await emulate([w.root, w.issuing], {
      backend: () => ({ status: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' } }),
    });
    const results = await probe(url, [partner]);
    expect(outcome(results)).toEqual([['partner', 'accepted', 403]]);
    expect(results[0]?.detail).toContain('from behind the gateway');
  });

  it('a server certificate the probe does not trust is an error that names probe-ca-file', async () => {
    const { url } = await emulate([w.root, w.issuing]);
    // One attempt with a generous bound: a loaded machine must not turn this into a timeout.
    const seen = await attemptHandshake(
      { url: new URL(url), domain: DOMAINS[0]! },
      partner,
      w.root.pem,
      10_000,
    );
    const { outcome: what, detail } = classify(seen);
    expect(what, detail).toBe('error');
    expect(detail).toContain('set probe-ca-file');
  });

  it('nothing listening is an error, not a refusal', async () => {
    const seen = await attemptHandshake(
      { url: new URL('https://127.0.0.1:1/'), domain: DOMAINS[0]! },
      legacyRefused,
      w.serverRoot.pem,
      10_000,
    );
    expect(classify(seen)).toMatchObject({
      outcome: 'error',
      status: null,
      detail: expect.stringMatching(/^ECONNREFUSED/),
    });
  });
});

describe('probe handshakes against openssl s_server, which refuses with a TLS alert', () => {
  async function sServer(extra: string[]) {
    const truststore = w.pki.write(`s-server-${extra.join('')}.pem`, w.root.pem);
    const server = await OpensslServer.start({
      truststorePath: truststore,
      server: { certPath: w.server.certPath, keyPath: w.server.keyPath, caPath: w.serverRoot.certPath },
      extraArgs: extra,
    });
    closers.push(() => server.stop());
    return `https://127.0.0.1:${server.port}/`;
  }

  it('TLS 1.3: the alert comes after the handshake completed on the client side, and is tls-refused', async () => {
    const results = await probe(await sServer(['-tls1_3']), [legacyRefused]);
    expect(outcome(results), results[0]?.detail).toEqual([['legacy', 'tls-refused', null]]);
    expect(results[0]?.detail).toMatch(/^the server sent TLS alert unknown_ca after the handshake completed/);
  });

  it('TLS 1.2: the alert comes during the handshake, and is tls-refused', async () => {
    const results = await probe(await sServer(['-tls1_2']), [legacyRefused]);
    expect(outcome(results), results[0]?.detail).toEqual([['legacy', 'tls-refused', null]]);
    expect(results[0]?.detail).toMatch(/^the server sent TLS alert unknown_ca during the handshake/);
  });
});
