import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, defaultPolicy, type Finding, type Policy } from '../../src/pki/index.js';
import { type CertOptions, type TestCert, TestPki } from '../support/pki.js';

const DAY = 86_400_000;
let pki: TestPki;
let root: TestCert;

beforeAll(() => {
  pki = TestPki.create();
  root = pki.root('Rules Root', { key: 'ec384', md: 'sha384' });
});
afterAll(() => pki.cleanup());

function codesFor(name: string, opts: CertOptions): string[] {
  const cert = pki.intermediate(name, root, opts);
  return analyzeOne(cert).map((f) => f.code);
}

function analyzeOne(cert: TestCert, policy: Policy = defaultPolicy()): Finding[] {
  const analysis = analyze(
    [
      { path: 'ca/root.pem', bytes: new Uint8Array(Buffer.from(root.pem)) },
      { path: 'ca/under-test.pem', bytes: new Uint8Array(Buffer.from(cert.pem)) },
    ],
    policy,
  );
  return analysis.findings.filter((f) => f.file === 'ca/under-test.pem');
}

describe('certificate rules (API Gateway truststore requirements)', () => {
  it('accepts a sound EC P-256 / SHA-256 intermediate and an RSA-2048 one', () => {
    expect(codesFor('Good EC', {})).toEqual([]);
    expect(codesFor('Good RSA', { key: 'rsa2048' })).toEqual([]);
    expect(codesFor('Good P-521', { key: 'ec521', md: 'sha512' })).toEqual([]);
  });

  it('rejects a leaf certificate pasted into the truststore', () => {
    const leaf = pki.leaf('Pasted Leaf', root);
    const findings = analyzeOne(leaf);
    expect(findings.map((f) => f.code)).toEqual(['not-a-ca']);
    expect(findings[0]!.message).toMatch(/leaf.*remove it/);
    expect(findings[0]).toMatchObject({ file: 'ca/under-test.pem', line: 1, severity: 'error' });
  });

  it('rejects a certificate without basicConstraints', () => {
    expect(codesFor('No BC', { omitBasicConstraints: true })).toContain('not-a-ca');
  });

  it('rejects an X.509 v1 certificate', () => {
    const codes = codesFor('Version One', { version1: true });
    expect(codes).toContain('not-v3');
  });

  it('rejects a CA whose keyUsage lacks keyCertSign', () => {
    expect(codesFor('No KeyCertSign', { keyUsage: 'critical,cRLSign,digitalSignature' })).toEqual([
      'no-key-cert-sign',
    ]);
  });

  it('warns about a CA without keyUsage (RFC 5280 requires it; openssl -x509_strict refuses it)', () => {
    const cert = pki.intermediate('No KeyUsage', root, { keyUsage: null });
    const findings = analyzeOne(cert);
    expect(findings).toMatchObject([{ code: 'missing-key-usage', severity: 'warning' }]);
    expect(findings[0]!.message).toMatch(/keyCertSign/);
  });

  it('rejects an expired CA and one not valid yet; warns within expiry-warning-days', () => {
    const now = Date.now();
    expect(
      codesFor('Expired', { notBefore: new Date(now - 400 * DAY), notAfter: new Date(now - DAY) }),
    ).toContain('expired');
    expect(
      codesFor('Future', { notBefore: new Date(now + 5 * DAY), notAfter: new Date(now + 400 * DAY) }),
    ).toContain('not-yet-valid');
    const soon = pki.intermediate('Soon', root, { notAfter: new Date(now + 10 * DAY) });
    const findings = analyzeOne(soon);
    expect(findings).toMatchObject([{ code: 'expiring-soon', severity: 'warning' }]);
    expect(findings[0]!.message).toMatch(/in (9|10) days/);
    expect(analyzeOne(soon, { ...defaultPolicy(), expiryWarningDays: 5 })).toEqual([]);
  });

  it('rejects weak and unsupported keys: RSA-1024, P-192, DSA, Ed25519', () => {
    expect(codesFor('RSA 1024', { key: 'rsa1024' })).toEqual(['weak-key']);
    expect(codesFor('P-192', { key: 'ec192' })).toEqual(['weak-key']);
    expect(codesFor('DSA', { key: 'dsa2048' })).toEqual(['unsupported-key']);
    expect(codesFor('Ed25519', { key: 'ed25519' })).toEqual(['unsupported-key']);
  });

  it('rejects SHA-1 and MD5 signatures', () => {
    expect(codesFor('SHA1 signed', { md: 'sha1' })).toEqual(['weak-signature']);
    const md5Root = pki.root('MD5 Root', { key: 'rsa2048' });
    const md5 = pki.intermediate('MD5 signed', md5Root, { md: 'md5' });
    const analysis = analyze(
      [{ path: 'a.pem', bytes: new Uint8Array(Buffer.from(md5Root.pem + md5.pem)) }],
      defaultPolicy(),
    );
    const f = analysis.findings.find((x) => x.subject === 'CN=MD5 signed, O=Test PKI');
    expect(f).toMatchObject({ code: 'weak-signature' });
    expect(f!.message).toMatch(/MD5.*SHA-256/);
  });

  it('rejects an EdDSA signature even from an otherwise fine CA', () => {
    const edRoot = pki.root('Ed Root', { key: 'ed25519' });
    const child = pki.intermediate('Signed by Ed', edRoot);
    const analysis = analyze(
      [{ path: 'a.pem', bytes: new Uint8Array(Buffer.from(edRoot.pem + child.pem)) }],
      defaultPolicy(),
    );
    expect(
      analysis.findings.filter((f) => f.subject === 'CN=Signed by Ed, O=Test PKI').map((f) => f.code),
    ).toEqual(['unsupported-signature']);
  });

  it('rejects a certificate whose inner and outer signature algorithms differ', () => {
    const rsaRoot = pki.root('Mismatch Root', { key: 'rsa2048' });
    const cert = pki.intermediate('Mismatch', rsaRoot, { key: 'rsa2048' });
    // The outer AlgorithmIdentifier follows the signed part: change its sha256WithRSA OID to sha384WithRSA.
    const der = Buffer.from(cert.der);
    const oid = Buffer.from('06092a864886f70d01010b', 'hex');
    const at = der.lastIndexOf(oid);
    der[at + oid.length - 1] = 0x0c;
    const analysis = analyze(
      [
        { path: 'root.pem', bytes: new Uint8Array(Buffer.from(rsaRoot.pem)) },
        { path: 'mismatch.der', bytes: new Uint8Array(der) },
      ],
      defaultPolicy(),
    );
    const codes = analysis.findings.filter((f) => f.file === 'mismatch.der').map((f) => f.code);
    expect(codes).toContain('signature-algorithm-mismatch');
  });

  it('rejects a CA with a critical extension TLS verifiers do not process', () => {
    const findings = analyzeOne(
      pki.intermediate('Odd Critical', root, {
        extensions: ['1.3.6.1.4.1.55555.1 = critical,ASN1:UTF8String:x'],
      }),
    );
    expect(findings).toMatchObject([{ code: 'unknown-critical-extension', severity: 'error' }]);
    expect(findings[0]!.message).toMatch(/1\.3\.6\.1\.4\.1\.55555\.1.*non-critical/);
    expect(codesFor('Odd Non-critical', { extensions: ['1.3.6.1.4.1.55555.1 = ASN1:UTF8String:x'] })).toEqual(
      [],
    );
  });

  it('rejects a CA that carries the same extension twice', () => {
    // openssl merges duplicates, so issue a placeholder extension 2.5.29.99 and rename it to
    // keyUsage (2.5.29.15) in the DER; the signature breaks too, which is reported apart.
    const cert = pki.intermediate('Twice KeyUsage', root, { extensions: ['2.5.29.99 = DER:03020106'] });
    const der = Buffer.from(cert.der);
    const placeholder = Buffer.from('0603551d63', 'hex');
    der[der.indexOf(placeholder) + placeholder.length - 1] = 0x0f;
    const analysis = analyze(
      [
        { path: 'root.pem', bytes: new Uint8Array(Buffer.from(root.pem)) },
        { path: 'twice.der', bytes: new Uint8Array(der) },
      ],
      defaultPolicy(),
    );
    const codes = analysis.findings.filter((f) => f.file === 'twice.der').map((f) => f.code);
    expect(codes).toContain('duplicate-extension');
  });

  it('keeps a duplicate once and warns where the copy is', () => {
    const analysis = analyze(
      [
        { path: 'a/root.pem', bytes: new Uint8Array(Buffer.from(root.pem)) },
        { path: 'b/root-copy.pem', bytes: new Uint8Array(Buffer.from(`\n\n${root.pem}`)) },
      ],
      defaultPolicy(),
    );
    expect(analysis.findings).toMatchObject([
      { code: 'duplicate', severity: 'warning', file: 'b/root-copy.pem', line: 3 },
    ]);
    expect(analysis.truststore!.entries).toHaveLength(1);
  });

  it('reports an empty set of certificates', () => {
    const analysis = analyze([], defaultPolicy());
    expect(analysis.findings.map((f) => f.code)).toEqual(['no-certificates']);
  });
});
