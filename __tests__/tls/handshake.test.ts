/**
 * The seed's incident, reproduced against real TLS stacks: a truststore with only the root locks
 * out clients that send only their leaf; the truststore the action builds lets them in. Servers:
 * `openssl s_server` and Node's `tls` server, both demanding and verifying a client certificate;
 * clients: `openssl s_client` and `tls.connect`. Each rejected case is also one the engine
 * reported before anything was deployed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClientCertificates } from '../../src/pki/clients.js';
import { analyze, type Certificate, defaultPolicy, parseSource, renderPem } from '../../src/pki/index.js';
import { runAction } from '../support/action-runner.js';
import { type TestCert, TestPki } from '../support/pki.js';
import {
  type Handshake,
  nodeHandshake,
  OpensslServer,
  opensslHandshake,
  type ServerPki,
  startNodeServer,
} from './endpoints.js';

const DAY = 86_400_000;

let serverPki: TestPki;
let pki: TestPki;
let server: ServerPki;
let root: TestCert;
let issuing: TestCert;
let tierTwo: TestCert;
let client: TestCert;
let deepClient: TestCert;
const openssl: OpensslServer[] = [];

/** Runs the bundled action in validate mode on these CA files; returns the run and its truststore. */
async function actionTruststore(name: string, cas: TestCert[], inputs: Record<string, string> = {}) {
  const workspace = path.join(pki.dir, name);
  mkdirSync(path.join(workspace, 'ca'), { recursive: true });
  // One file per CA, named so the file order is not the chain order.
  for (const [i, ca] of cas.entries()) {
    writeFileSync(path.join(workspace, 'ca', `${String.fromCharCode(122 - i)}.pem`), ca.pem);
  }
  const run = await runAction({ inputs: { mode: 'validate', 'ca-files': 'ca/*.pem', ...inputs }, workspace });
  return { run, truststorePath: run.outputs['truststore-file'] ?? '' };
}

function truststoreFile(name: string, cas: TestCert[]): string {
  return pki.write(`${name}.pem`, cas.map((c) => c.pem).join(''));
}

function parsed(...certs: TestCert[]): Certificate[] {
  return parseSource({ path: 'clients/partner.pem', bytes: Buffer.from(certs.map((c) => c.pem).join('')) })
    .certificates;
}

async function startOpenssl(truststorePath: string, verifyDepth: number | null = 3): Promise<OpensslServer> {
  const s = await OpensslServer.start({
    truststorePath,
    server,
    ...(verifyDepth === null ? {} : { verifyDepth }),
  });
  openssl.push(s);
  return s;
}

interface Outcome {
  /** s_client against s_server. */
  openssl: Handshake;
  /** tls.connect against the Node server with rejectUnauthorized. */
  node: Handshake;
  /** tls.connect against a Node server that reports its authorizationError instead. */
  nodeReason: Handshake;
}

/** The same client against s_server (via s_client) and the Node server (via tls.connect). */
async function bothStacks(truststorePath: string, who: TestCert, chain: TestCert[] = []): Promise<Outcome> {
  const s = await startOpenssl(truststorePath);
  const chainPath =
    chain.length > 0
      ? pki.write(`chain-${who.name}-${chain.length}.pem`, chain.map((c) => c.pem).join(''))
      : undefined;
  const viaOpenssl = await opensslHandshake(s, server.caPath, {
    certPath: who.certPath,
    keyPath: who.keyPath,
    ...(chainPath ? { chainPath } : {}),
  });
  s.stop();
  const credentials = { certPem: [who, ...chain].map((c) => c.pem).join(''), keyPath: who.keyPath };
  const results: Handshake[] = [];
  for (const rejectUnauthorized of [true, false]) {
    const n = await startNodeServer(truststorePath, server, rejectUnauthorized);
    try {
      results.push(await nodeHandshake(n, server.caPath, credentials));
    } finally {
      await n.close();
    }
  }
  return { openssl: viaOpenssl, node: results[0]!, nodeReason: results[1]! };
}

function expectRejected(
  outcome: Outcome,
  opensslVerifyError: RegExp,
  alert: RegExp,
  nodeReason: string,
): void {
  // Rejections are observed as TLS failures, never inferred from a timeout (a timeout throws).
  expect(outcome.openssl.accepted, outcome.openssl.client).toBe(false);
  expect(outcome.openssl.server).toMatch(opensslVerifyError);
  expect(outcome.openssl.client).toMatch(alert);
  expect(outcome.node.accepted, outcome.node.client).toBe(false);
  expect(outcome.node.client).toMatch(/closed by the server without an answer|ECONNRESET/);
  expect(outcome.nodeReason.server).toBe(nodeReason);
}

function expectAccepted(outcome: Outcome): void {
  expect(outcome.openssl.accepted, outcome.openssl.client).toBe(true);
  expect(outcome.openssl.server).not.toMatch(/verify error/);
  expect(outcome.node.accepted, outcome.node.client).toBe(true);
  expect(outcome.nodeReason.accepted, outcome.nodeReason.server).toBe(true);
}

beforeAll(() => {
  serverPki = TestPki.create('tls-server-');
  const serverRoot = serverPki.root('Server Root');
  const serverLeaf = serverPki.leaf('localhost', serverRoot, {
    extensions: ['extendedKeyUsage = serverAuth', 'subjectAltName = IP:127.0.0.1'],
  });
  server = { certPath: serverLeaf.certPath, keyPath: serverLeaf.keyPath, caPath: serverRoot.certPath };
  pki = TestPki.create('tls-client-');
  root = pki.root('Partner Root', { key: 'rsa2048' });
  issuing = pki.intermediate('Partner Issuing CA', root);
  tierTwo = pki.intermediate('Partner Tier 2 CA', issuing, { key: 'ec384' });
  client = pki.leaf('partner-client', issuing);
  deepClient = pki.leaf('partner-client-tier-2', tierTwo);
});

afterAll(() => {
  for (const s of openssl) s.stop();
  pki?.cleanup();
  serverPki?.cleanup();
});

describe('mutual TLS against real stacks with the truststore the action ships', () => {
  it('rejects a client that sends only its leaf when the truststore holds only the root', async () => {
    const handshakes = await bothStacks(truststoreFile('root-only', [root]), client);
    expectRejected(
      handshakes,
      /unable to get local issuer certificate/,
      /alert unknown ca/,
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    );
  });

  it('accepts clients that send only their leaf when the truststore is the one the action built', async () => {
    const { run, truststorePath } = await actionTruststore('built', [root, issuing, tierTwo]);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['certificate-count']).toBe('3');
    expectAccepted(await bothStacks(truststorePath, client));
    expectAccepted(await bothStacks(truststorePath, deepClient));
  });

  it('accepts a client that sends its leaf with the intermediates in the wrong order', async () => {
    const { truststorePath } = await actionTruststore('built-order', [tierTwo, root, issuing]);
    // The leaf must come first on the wire (its key signs the handshake); what follows is out of
    // order: the issuing CA before the tier-2 CA it signed.
    expectAccepted(await bothStacks(truststorePath, deepClient, [issuing, tierTwo]));
  });
});

describe('rejected at the handshake, and reported by the engine beforehand', () => {
  it('a leaf under a CA deeper than four CA certificates: too-deep before, "chain too long" at the handshake', async () => {
    const d1 = pki.intermediate('Deep CA 1', root);
    const d2 = pki.intermediate('Deep CA 2', d1);
    const d3 = pki.intermediate('Deep CA 3', d2);
    const d4 = pki.intermediate('Deep CA 4', d3);
    const atLimit = pki.leaf('client-at-depth-4', d3);
    const tooDeep = pki.leaf('client-at-depth-5', d4);
    const policy = defaultPolicy();
    const analysis = analyze(
      [{ path: 'ca/deep.pem', bytes: Buffer.from([root, d1, d2, d3, d4].map((c) => c.pem).join('')) }],
      policy,
    );
    expect(analysis.findings.filter((f) => f.code === 'too-deep').map((f) => f.subject)).toEqual([
      'CN=Deep CA 4, O=Test PKI',
    ]);
    expect(analysis.truststore).toBeUndefined();
    const lockedOut = checkClientCertificates(parsed(atLimit, tooDeep), analysis.entries, policy);
    expect(lockedOut.map((f) => [f.code, f.subject])).toEqual([
      ['client-locked-out', 'CN=client-at-depth-5, O=Test PKI'],
    ]);

    // The same CAs deployed anyway (the action refuses to write them), checked the way API
    // Gateway counts: at most 4 CA certificates, root included = 3 intermediates = -verify_depth 3.
    const deployed = pki.write('deep.pem', renderPem(analysis.entries.map((e) => e.certificate)));
    const strict = await startOpenssl(deployed, 3);
    const deep = await opensslHandshake(strict, server.caPath, {
      certPath: tooDeep.certPath,
      keyPath: tooDeep.keyPath,
    });
    expect(deep.accepted, deep.client).toBe(false);
    expect(deep.server).toMatch(/verify error:num=22:certificate chain too long/);
    expect(deep.client).toMatch(/alert unknown ca/);
    const limit = await opensslHandshake(strict, server.caPath, {
      certPath: atLimit.certPath,
      keyPath: atLimit.keyPath,
    });
    expect(limit.accepted, limit.client).toBe(true);
    strict.stop();

    // Why the depth is spelled -verify_depth: "-Verify 4" alone sets no depth limit in s_server.
    const loose = await startOpenssl(deployed, null);
    const through = await opensslHandshake(loose, server.caPath, {
      certPath: tooDeep.certPath,
      keyPath: tooDeep.keyPath,
    });
    expect(through.accepted, through.client).toBe(true);
    loose.stop();
  });

  it('an expired intermediate: expired before, "certificate has expired" at the handshake', async () => {
    const expired = pki.intermediate('Expired Issuing CA', root, {
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const stale = pki.leaf('client-of-expired-ca', expired, { notBefore: new Date(Date.now() - 300 * DAY) });
    const policy = defaultPolicy();
    const analysis = analyze(
      [{ path: 'ca/expired.pem', bytes: Buffer.from(root.pem + expired.pem) }],
      policy,
    );
    expect(
      analysis.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.subject]),
    ).toContainEqual(['expired', 'CN=Expired Issuing CA, O=Test PKI']);
    expect(checkClientCertificates(parsed(stale), analysis.entries, policy).map((f) => f.code)).toEqual([
      'client-locked-out',
    ]);

    const handshakes = await bothStacks(truststoreFile('expired', [root, expired]), stale);
    expectRejected(handshakes, /certificate has expired/, /alert certificate expired/, 'CERT_HAS_EXPIRED');
  });

  it('a removed intermediate: the action fails with "merging this would lock out" and the handshake is refused', async () => {
    // Before the change: the action's truststore holds the root and the issuing CA; the client works.
    const before = await actionTruststore('before-removal', [root, issuing]);
    expect(before.run.exitCode, before.run.stdout).toBe(0);
    expectAccepted(await bothStacks(before.truststorePath, client));

    // The change removes the issuing CA. On its own the root-only set is valid, so the action
    // would ship it...
    const after = await actionTruststore('after-removal', [root]);
    expect(after.run.exitCode, after.run.stdout).toBe(0);
    // ...unless client-certificates lists the client: then validation fails before any deploy.
    const workspace = path.join(pki.dir, 'after-removal');
    mkdirSync(path.join(workspace, 'clients'), { recursive: true });
    writeFileSync(path.join(workspace, 'clients', 'partner.pem'), client.pem);
    const guarded = await runAction({
      inputs: {
        mode: 'validate',
        'ca-files': 'ca/*.pem',
        'client-certificates': 'clients/*.pem',
        'output-file': 'guarded.pem',
      },
      workspace,
    });
    expect(guarded.exitCode).toBe(1);
    expect(guarded.stdout).toMatch(/::error .*merging this would lock out "CN=partner-client, O=Test PKI"/);

    expectRejected(
      await bothStacks(after.truststorePath, client),
      /unable to get local issuer certificate/,
      /alert unknown ca/,
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    );
  });
});
