/**
 * Per-certificate verdicts: a CA is as good as its best path. A CA whose every path to a root runs
 * through a refused CA is refused too (`issuer-refused`), one a strict verifier refuses is warned
 * about (`issuer-not-strict`), and the lock-out check reads the same verdicts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClientCertificates } from '../../src/pki/clients.js';
import { type Analysis, analyze, defaultPolicy, parseSource } from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

const policy = defaultPolicy();

function bundle(...cas: TestCert[]): Analysis {
  return analyze([{ path: 'ca/bundle.pem', bytes: Buffer.from(cas.map((c) => c.pem).join('')) }], policy);
}

function fingerprintOf(cert: TestCert): string {
  return parseSource({ path: 'x.pem', bytes: Buffer.from(cert.pem) }).certificates[0]!.fingerprint;
}

function findingsOf(a: Analysis, cert: TestCert) {
  const fp = fingerprintOf(cert);
  return a.findings.filter((f) => f.fingerprint === fp);
}

function codesOf(a: Analysis, cert: TestCert): string[] {
  return findingsOf(a, cert).map((f) => f.code);
}

describe('a CA is as good as its best path', () => {
  let pki: TestPki;
  let root: TestCert;
  beforeAll(() => {
    pki = TestPki.create('verdicts-');
    root = pki.root('Verdict Root');
  });
  afterAll(() => pki.cleanup());

  it('refuses a CA whose only path runs through a CA with an unknown critical extension, naming that CA and its code', () => {
    const odd = pki.intermediate('Odd CA', root, {
      extensions: ['1.3.6.1.4.1.99999.1 = critical,ASN1:NULL'],
    });
    const below = pki.intermediate('Below Odd CA', odd);
    const a = bundle(root, odd, below);
    expect(codesOf(a, odd)).toEqual(['unknown-critical-extension']);
    const [finding] = findingsOf(a, below);
    expect(finding).toMatchObject({ code: 'issuer-refused', severity: 'error' });
    expect(finding!.message).toContain('"CN=Odd CA, O=Test PKI"');
    expect(finding!.message).toContain('unknown-critical-extension');
    expect(finding!.message).toContain('403');
  });

  it('refuses a CA below an RSA-1024 CA, and one below a secp256k1 CA (API Gateway key rules)', () => {
    const weak = pki.intermediate('RSA-1024 CA', root, { key: 'rsa1024' });
    const underWeak = pki.intermediate('Below RSA-1024', weak);
    const k1 = pki.intermediate('secp256k1 CA', root, { key: 'secp256k1' });
    const underK1 = pki.intermediate('Below secp256k1', k1);
    const a = bundle(root, weak, underWeak, k1, underK1);
    expect(codesOf(a, weak)).toEqual(['weak-key']);
    expect(codesOf(a, k1)).toEqual(['weak-key']);
    expect(codesOf(a, underWeak)).toEqual(['issuer-refused']);
    expect(codesOf(a, underK1)).toEqual(['issuer-refused']);
  });

  it('refuses the grandchild of an Ed25519 CA: the child is signed with Ed25519, the grandchild chains only through both', () => {
    const ed = pki.intermediate('Ed25519 CA', root, { key: 'ed25519' });
    const child = pki.intermediate('Signed by Ed25519', ed);
    const grandchild = pki.intermediate('Below Signed by Ed25519', child);
    const a = bundle(root, ed, child, grandchild);
    expect(codesOf(a, ed)).toEqual(['unsupported-key']);
    expect(codesOf(a, child)).toEqual(['unsupported-signature']);
    expect(codesOf(a, grandchild)).toEqual(['issuer-refused']);
    expect(findingsOf(a, grandchild)[0]!.message).toContain('"CN=Signed by Ed25519, O=Test PKI"');
  });

  it('refuses a CA below a SHA-1 signed CA', () => {
    const sha1 = pki.intermediate('SHA-1 CA', root, { md: 'sha1' });
    const below = pki.intermediate('Below SHA-1', sha1);
    const a = bundle(root, sha1, below);
    expect(codesOf(a, sha1)).toEqual(['weak-signature']);
    expect(codesOf(a, below)).toEqual(['issuer-refused']);
  });

  it('accepts a CA that also has one clean path, even though another runs through a refused CA', () => {
    const otherRoot = pki.root('Verdict Other Root');
    const weak = pki.intermediate('Weak bridge', otherRoot, { key: 'rsa1024' });
    const shared = pki.intermediate('Shared CA', root);
    const crossed = pki.crossSign(shared, weak);
    const a = bundle(root, otherRoot, weak, shared, crossed);
    expect(codesOf(a, weak)).toEqual(['weak-key']);
    expect(codesOf(a, shared)).toEqual([]);
    // The cross-certificate's own only path runs through the weak bridge.
    expect(codesOf(a, crossed)).toEqual(['issuer-refused']);
  });

  it('refuses a CA whose clean path is too deep and whose short path runs through a refused CA', () => {
    const chain = [root];
    for (let i = 1; i <= 3; i++) chain.push(pki.intermediate(`Long ${i}`, chain[i - 1]!));
    const shortcut = pki.intermediate('Shortcut', root, { key: 'rsa1024' });
    const target = pki.intermediate('Deep target', chain[3]!);
    const viaShortcut = pki.crossSign(target, shortcut);
    const a = bundle(...chain, shortcut, target, viaShortcut);
    expect(codesOf(a, target)).toEqual(['too-deep']);
    expect(codesOf(a, viaShortcut)).toEqual(['issuer-refused']);
  });
});

describe('what a strict verifier refuses is a warning, on the CA and below it', () => {
  let pki: TestPki;
  let root: TestCert;
  beforeAll(() => {
    pki = TestPki.create('verdicts-strict-');
    root = pki.root('Strict Verdict Root');
  });
  afterAll(() => pki.cleanup());

  it('warns about a CA without keyUsage and about every CA whose only path runs through it', () => {
    const noKu = pki.intermediate('No KU CA', root, { keyUsage: null });
    const below = pki.intermediate('Below No KU', noKu);
    const a = bundle(root, noKu, below);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findingsOf(a, noKu)).toMatchObject([{ code: 'missing-key-usage', severity: 'warning' }]);
    const [finding] = findingsOf(a, below);
    expect(finding).toMatchObject({ code: 'issuer-not-strict', severity: 'warning' });
    expect(finding!.message).toContain('missing-key-usage');
    expect(finding!.message).toMatch(/API Gateway does not document/);
    expect(finding!.message).toContain('fail-on-warnings');
  });

  it('warns about a CA without a subject key identifier, and below it', () => {
    const noSki = pki.intermediate('No SKI CA', root, { omitSubjectKeyId: true });
    const below = pki.intermediate('Below No SKI', noSki);
    const a = bundle(root, noSki, below);
    expect(codesOf(a, noSki)).toEqual(['missing-subject-key-id']);
    expect(codesOf(a, below)).toEqual(['issuer-not-strict']);
  });

  it('warns about a CA without an authority key identifier, but not about a self-signed root without one', () => {
    const bareRoot = pki.root('Bare Root', { omitAuthorityKeyId: true });
    const noAki = pki.intermediate('No AKI CA', root, { omitAuthorityKeyId: true });
    const a = bundle(root, bareRoot, noAki);
    expect(codesOf(a, bareRoot)).toEqual([]);
    expect(findingsOf(a, noAki)).toMatchObject([{ code: 'missing-authority-key-id', severity: 'warning' }]);
    expect(findingsOf(a, noAki)[0]!.message).toContain('-x509_strict');
  });
});

describe('extended key usage: a CA must allow client authentication', () => {
  let pki: TestPki;
  let root: TestCert;
  beforeAll(() => {
    pki = TestPki.create('verdicts-eku-');
    root = pki.root('EKU Root');
  });
  afterAll(() => pki.cleanup());

  it('refuses a CA whose extendedKeyUsage allows only server authentication, citing RFC 5280 and the purpose check', () => {
    const serverOnly = pki.intermediate('Server-only CA', root, {
      extensions: ['extendedKeyUsage = serverAuth'],
    });
    const below = pki.intermediate('Below Server-only', serverOnly);
    const a = bundle(root, serverOnly, below);
    const [finding] = findingsOf(a, serverOnly);
    expect(finding).toMatchObject({ code: 'client-auth-not-allowed', severity: 'error' });
    expect(finding!.message).toContain('RFC 5280 4.2.1.12');
    expect(finding!.message).toContain('purpose check');
    expect(codesOf(a, below)).toEqual(['issuer-refused']);
  });

  it('accepts a CA whose extendedKeyUsage has clientAuth', () => {
    const client = pki.intermediate('Client CA', root, {
      extensions: ['extendedKeyUsage = serverAuth,clientAuth'],
    });
    expect(bundle(root, client).findings).toEqual([]);
  });

  it('warns about a CA with anyExtendedKeyUsage but no clientAuth, which OpenSSL’s purpose check refuses', () => {
    const any = pki.intermediate('Any EKU CA', root, {
      extensions: ['extendedKeyUsage = anyExtendedKeyUsage'],
    });
    const below = pki.intermediate('Below Any EKU', any);
    const a = bundle(root, any, below);
    expect(findingsOf(a, any)).toMatchObject([{ code: 'client-auth-implicit', severity: 'warning' }]);
    expect(codesOf(a, below)).toEqual(['issuer-not-strict']);
  });
});

describe('the lock-out check uses the same verdicts', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = TestPki.create('verdicts-clients-');
  });
  afterAll(() => pki.cleanup());

  it('locks out a client whose only path runs through a refused CA, naming it and its code', () => {
    const root = pki.root('Lockout Root');
    const weak = pki.intermediate('Lockout weak CA', root, { key: 'rsa1024' });
    const client = pki.leaf('lockout-client', weak);
    const a = bundle(root, weak);
    expect(a.truststore).toBeUndefined();
    const clients = parseSource({ path: 'clients/c.pem', bytes: Buffer.from(client.pem) }).certificates;
    const [finding] = checkClientCertificates(clients, a.entries, policy);
    expect(finding).toMatchObject({ code: 'client-locked-out', file: 'clients/c.pem' });
    expect(finding!.message).toContain('"CN=Lockout weak CA, O=Test PKI" is refused');
    expect(finding!.message).toContain('weak-key');
  });
});
