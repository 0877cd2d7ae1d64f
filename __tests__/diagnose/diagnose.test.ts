/**
 * The reasoning of `mode: diagnose` on real certificates made with openssl: what a partner's
 * engineer reads when their certificate gets 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Diagnosis, diagnoseClientCertificate } from '../../src/pki/diagnose.js';
import { analyze, type Certificate, type Policy, parseSource } from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

const DAY = 86_400_000;
const policy: Policy = { now: new Date(), expiryWarningDays: 30, maxCaDepth: 4 };

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let partner: TestCert;

function certs(...list: TestCert[]): Certificate[] {
  return list.flatMap((c) => parseSource({ path: `${c.name}.pem`, bytes: Buffer.from(c.pem) }).certificates);
}

function truststore(...list: TestCert[]) {
  return analyze(
    list.map((c) => ({ path: `ca/${c.name}.pem`, bytes: Buffer.from(c.pem) })),
    policy,
  ).entries;
}

function diagnose(sent: TestCert[], trusted: TestCert[]): Diagnosis {
  return diagnoseClientCertificate(certs(...sent), truststore(...trusted), policy);
}

const codes = (d: Diagnosis) => d.reasons.map((r) => r.code);

beforeAll(() => {
  pki = TestPki.create('diagnose-');
  root = pki.root('root', { subject: '/O=Example/CN=Example Root CA' });
  issuing = pki.intermediate('issuing', root, { subject: '/O=Example/CN=Example Issuing CA' });
  partner = pki.leaf('partner', issuing, { subject: '/O=Partner/CN=partner-client' });
});

afterAll(() => pki?.cleanup());

describe('diagnose a partner certificate', () => {
  it('the incident: a root-only truststore refuses the leaf and names the intermediate the partner carries', () => {
    // The partner's bundle as they sent it: root, then leaf, then intermediate.
    const d = diagnose([root, partner, issuing], [root]);
    expect(d.verdict).toBe('refused');
    expect(codes(d)).toEqual(['bundle-order', 'missing-issuer']);
    const missing = d.reasons.find((r) => r.code === 'missing-issuer');
    expect(missing?.message).toContain('"CN=Example Issuing CA, O=Example" is missing');
    expect(missing?.message).toContain('add this intermediate to the truststore');
    expect(d.fix).toMatch(
      /^add this intermediate to the truststore \(ca-files\): "CN=Example Issuing CA, O=Example"/,
    );
    expect(d.reasons[0]?.refuses).toBe(false);
    expect(d.reasons[0]?.message).toContain('harmless once the truststore holds the intermediates');
    expect(d.leaf.subject).toBe('CN=partner-client, O=Partner');
  });

  it('accepts the same misordered bundle once the truststore holds the intermediate, and still mentions the order', () => {
    const d = diagnose([root, partner, issuing], [root, issuing]);
    expect(d.verdict).toBe('accepted');
    expect(codes(d)).toEqual(['accepted', 'bundle-order']);
    expect(d.fix).toBe('');
    expect(d.path).toEqual([
      'CN=partner-client, O=Partner',
      'CN=Example Issuing CA, O=Example',
      'CN=Example Root CA, O=Example',
    ]);
  });

  it('a leaf alone, in a bundle in TLS order, is not reported as misordered', () => {
    expect(codes(diagnose([partner], [root, issuing]))).toEqual(['accepted']);
    expect(codes(diagnose([partner, issuing, root], [root, issuing]))).toEqual(['accepted']);
  });

  it('a leaf alone against a root-only truststore asks for the missing issuer by name', () => {
    const d = diagnose([partner], [root]);
    expect(d.verdict).toBe('refused');
    expect(codes(d)).toEqual(['missing-issuer']);
    expect(d.fix).toBe(
      'ask the partner for the CA certificate "CN=Example Issuing CA, O=Example" (and its issuers up to the root) and add it to the truststore (ca-files)',
    );
  });

  it('refuses a path deeper than four CA certificates and says how deep it is', () => {
    const i1 = pki.intermediate('d1', root);
    const i2 = pki.intermediate('d2', i1);
    const i3 = pki.intermediate('d3', i2);
    const i4 = pki.intermediate('d4', i3);
    const deep = pki.leaf('deep-client', i4);
    const d = diagnose([deep], [root, i1, i2, i3, i4]);
    expect(d.verdict).toBe('refused');
    expect(codes(d)).toEqual(['path-too-deep']);
    expect(d.reasons[0]?.message).toContain('has 5 CA certificates; API Gateway follows at most 4');
  });

  it('refuses an expired leaf and an expired intermediate, naming each', () => {
    const old = pki.leaf('old-client', issuing, {
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - 2 * DAY),
    });
    const d = diagnose([old], [root, issuing]);
    expect(d.verdict).toBe('refused');
    expect(codes(d)).toContain('expired');
    expect(d.fix).toBe('the partner must renew it');

    const lapsed = pki.intermediate('lapsed', root, {
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const client = pki.leaf('client-of-lapsed', lapsed, { notBefore: new Date(Date.now() - 10 * DAY) });
    const e = diagnose([client], [root, lapsed]);
    expect(e.verdict).toBe('refused');
    expect(e.reasons.find((r) => r.code === 'expired')?.message).toContain(
      `"CN=lapsed, O=Test PKI" is not valid`,
    );
  });

  it('refuses a leaf signed with SHA-1', () => {
    const weak = pki.leaf('sha1-client', issuing, { md: 'sha1' });
    const d = diagnose([weak], [root, issuing]);
    expect(d.verdict).toBe('refused');
    expect(codes(d)).toContain('weak-signature');
    expect(d.fix).toContain('SHA-256');
  });

  it('refuses a leaf without digitalSignature and a leaf without clientAuth', () => {
    const noSign = pki.leaf('no-sign', issuing, { keyUsage: 'critical,keyEncipherment' });
    const a = diagnose([noSign], [root, issuing]);
    expect(a.verdict).toBe('refused');
    expect(codes(a)).toEqual(['no-digital-signature']);

    const server = pki.leaf('server-only', issuing, { extendedKeyUsage: 'serverAuth' });
    const b = diagnose([server], [root, issuing]);
    expect(b.verdict).toBe('refused');
    expect(codes(b)).toEqual(['no-client-auth']);
    expect(b.fix).toContain('extendedKeyUsage = clientAuth');

    const none = pki.leaf('no-eku', issuing, { extendedKeyUsage: null });
    expect(diagnose([none], [root, issuing]).verdict).toBe('accepted');
  });

  it('refuses a self-signed client certificate', () => {
    const self = pki.root('self-client', { ca: false });
    const d = diagnose([self], [root, issuing]);
    expect(d.verdict).toBe('refused');
    expect(codes(d)).toEqual(['self-signed-leaf']);
  });

  it("says the partner's root is not trusted instead of telling to add an intermediate", () => {
    const otherRoot = pki.root('other-root', { subject: '/O=Partner/CN=Partner Root' });
    const otherIssuing = pki.intermediate('other-issuing', otherRoot);
    const client = pki.leaf('other-client', otherIssuing);
    const d = diagnose([client, otherIssuing, otherRoot], [root, issuing]);
    expect(d.verdict).toBe('refused');
    expect(codes(d)).toEqual(['missing-issuer']);
    expect(d.fix).toMatch(/^ask the partner for the CA certificate "CN=other-issuing/);

    const e = diagnose([client, otherRoot], [root, otherIssuing]);
    expect(codes(e)).toEqual(['bundle-order', 'missing-issuer', 'partner-root-not-trusted']);
    expect(e.fix).toContain(`decide whether to trust the partner's root "CN=Partner Root, O=Partner"`);
  });
});
