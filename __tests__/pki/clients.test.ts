import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClientCertificates } from '../../src/pki/clients.js';
import { analyze, type Certificate, defaultPolicy, type Policy, parseSource } from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

const DAY = 86_400_000;

function certificates(path: string, ...certs: TestCert[]): Certificate[] {
  const parsed = parseSource({ path, bytes: Buffer.from(certs.map((c) => c.pem).join('')) });
  expect(parsed.findings).toEqual([]);
  return parsed.certificates;
}

function truststoreOf(policy: Policy, ...cas: TestCert[]) {
  const analysis = analyze(
    [{ path: 'ca/bundle.pem', bytes: Buffer.from(cas.map((c) => c.pem).join('')) }],
    policy,
  );
  return analysis;
}

describe('client-certificates: a client that would stop working is an error', () => {
  let pki: TestPki;
  let root: TestCert;
  let issuing: TestCert;
  let client: TestCert;
  const policy = defaultPolicy();

  beforeAll(() => {
    pki = TestPki.create('clients-');
    root = pki.root('Partner Root');
    issuing = pki.intermediate('Partner Issuing CA', root);
    client = pki.leaf('partner-client-1', issuing);
  });
  afterAll(() => pki.cleanup());

  it('accepts a client whose leaf chains through an intermediate of the new truststore to its root', () => {
    const analysis = truststoreOf(policy, root, issuing);
    expect(analysis.truststore).toBeDefined();
    expect(
      checkClientCertificates(certificates('clients/partner.pem', client), analysis.truststore!, policy),
    ).toEqual([]);
  });

  it('reports the subject, the reason and the file:line of a client whose intermediate the change removes', () => {
    const analysis = truststoreOf(policy, root);
    const findings = checkClientCertificates(
      certificates('clients/partner.pem', client),
      analysis.truststore!,
      policy,
    );
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'client-locked-out',
      file: 'clients/partner.pem',
      line: 1,
      subject: 'CN=partner-client-1, O=Test PKI',
    });
    expect(finding?.message).toMatch(
      /^clients\/partner\.pem:1: merging this would lock out "CN=partner-client-1, O=Test PKI": /,
    );
    expect(finding?.message).toContain('Partner Issuing CA');
    expect(finding?.message).toContain('keep its issuing CA');
  });

  it('names the line of the second certificate in a file that holds two clients', () => {
    const stranger = TestPki.create('clients-other-');
    try {
      const otherRoot = stranger.root('Other Root');
      const otherClient = stranger.leaf('other-client', otherRoot);
      const analysis = truststoreOf(policy, root, issuing);
      const findings = checkClientCertificates(
        certificates('clients/all.pem', client, otherClient),
        analysis.truststore!,
        policy,
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]?.subject).toBe('CN=other-client, O=Test PKI');
      expect(findings[0]?.line).toBeGreaterThan(1);
      expect(findings[0]?.message).toMatch(new RegExp(`^clients/all\\.pem:${findings[0]?.line}: `));
    } finally {
      stranger.cleanup();
    }
  });

  it('reports a client issued by a CA deeper than max-ca-depth, which API Gateway would refuse', () => {
    const i1 = pki.intermediate('Deep CA 1', root);
    const i2 = pki.intermediate('Deep CA 2', i1);
    const i3 = pki.intermediate('Deep CA 3', i2);
    const i4 = pki.intermediate('Deep CA 4', i3);
    const atLimit = pki.leaf('client-at-limit', i3);
    const tooDeep = pki.leaf('client-too-deep', i4);
    const entries = truststoreOf(policy, root, i1, i2, i3, i4).entries;
    const findings = checkClientCertificates(
      certificates('clients/deep.pem', atLimit, tooDeep),
      entries,
      policy,
    );
    expect(findings.map((f) => f.subject)).toEqual(['CN=client-too-deep, O=Test PKI']);
    expect(findings[0]?.message).toContain('max-ca-depth');
    // With a higher limit the same client is fine: the depth, not the chain, is the problem.
    expect(
      checkClientCertificates(certificates('clients/deep.pem', tooDeep), entries, {
        ...policy,
        maxCaDepth: 5,
      }),
    ).toEqual([]);
  });

  it('reports a client whose intermediate has expired', () => {
    const expired = pki.intermediate('Expired Issuing CA', root, {
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const stale = pki.leaf('client-of-expired-ca', expired, { notBefore: new Date(Date.now() - 300 * DAY) });
    const entries = truststoreOf(policy, root, expired).entries;
    const findings = checkClientCertificates(certificates('clients/stale.pem', stale), entries, policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('"CN=Expired Issuing CA, O=Test PKI" is not valid at');
  });

  it('reports a client leaf that has itself expired', () => {
    const old = pki.leaf('expired-client', issuing, {
      notBefore: new Date(Date.now() - 10 * DAY),
      notAfter: new Date(Date.now() - 2 * DAY),
    });
    const analysis = truststoreOf(policy, root, issuing);
    const findings = checkClientCertificates(
      certificates('clients/old.pem', old),
      analysis.truststore!,
      policy,
    );
    expect(findings.map((f) => f.code)).toEqual(['client-locked-out']);
    expect(findings[0]?.message).toContain('"CN=expired-client, O=Test PKI" is not valid at');
  });

  it('reports a client whose chain a pathLenConstraint forbids', () => {
    const constrained = pki.intermediate('Constrained CA', root, { pathLen: 0 });
    const sub = pki.intermediate('Sub CA', constrained);
    const blocked = pki.leaf('client-below-pathlen', sub);
    const entries = truststoreOf(policy, root, constrained, sub).entries;
    const findings = checkClientCertificates(certificates('clients/pathlen.pem', blocked), entries, policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('Constrained CA');
  });

  it('does not trust an intermediate as an anchor when its root is missing', () => {
    // Only the intermediate is in the set: OpenSSL (without -partial_chain) and API Gateway
    // both need the path to end at a self-signed root.
    const entries = truststoreOf(policy, issuing).entries;
    const findings = checkClientCertificates(certificates('clients/partner.pem', client), entries, policy);
    expect(findings.map((f) => f.code)).toEqual(['client-locked-out']);
  });

  it('reports a client listed twice only once', () => {
    const analysis = truststoreOf(policy, root);
    const twice = [...certificates('clients/a.pem', client), ...certificates('clients/b.pem', client)];
    const findings = checkClientCertificates(twice, analysis.truststore!, policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.file).toBe('clients/a.pem');
  });

  it('checks clients at the policy instant, not the wall clock', () => {
    const analysis = truststoreOf(policy, root, issuing);
    const later = { ...policy, now: new Date(Date.now() + 2 * 365 * DAY) };
    const findings = checkClientCertificates(
      certificates('clients/partner.pem', client),
      analysis.truststore!,
      later,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('is not valid at');
  });
});

describe('client-certificates: name constraints of the CAs above a client', () => {
  let pki: TestPki;
  let root: TestCert;
  const policy = defaultPolicy();
  beforeAll(() => {
    pki = TestPki.create('clients-nc-');
    root = pki.root('Constrained Root');
  });
  afterAll(() => pki.cleanup());

  function verdicts(ca: TestCert, ...clients: TestCert[]) {
    const analysis = truststoreOf(policy, root, ca);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    return clients.map((c) => {
      const [finding] = checkClientCertificates(
        certificates(`clients/${c.name}.pem`, c),
        analysis.truststore!,
        policy,
      );
      return finding?.message ?? 'accepted';
    });
  }

  it('locks out a client whose DNS name is outside the permitted subtree, and accepts one inside it', () => {
    const ca = pki.intermediate('DNS-constrained CA', root, {
      extensions: ['nameConstraints = critical,permitted;DNS:partner.example'],
    });
    const inside = pki.leaf('inside', ca, { extensions: ['subjectAltName = DNS:api.partner.example'] });
    const outside = pki.leaf('outside', ca, { extensions: ['subjectAltName = DNS:api.other.example'] });
    const [ok, locked] = verdicts(ca, inside, outside);
    expect(ok).toBe('accepted');
    expect(locked).toMatch(
      /would lock out "CN=outside, O=Test PKI".*dNSName api\.other\.example, outside the permitted subtrees \(dNSName partner\.example\)/,
    );
    expect(locked).toContain('name constraints of "CN=DNS-constrained CA, O=Test PKI"');
  });

  it('locks out a client whose subject is outside a permitted directoryName subtree', () => {
    const ca = pki.intermediate('DN-constrained CA', root, {
      extensions: [
        'nameConstraints = critical,permitted;dirName:permitted_dn',
        '[permitted_dn]',
        'O = Partner',
      ],
    });
    const inside = pki.leaf('dn-inside', ca, { subject: '/O=Partner/CN=dn-inside' });
    const outside = pki.leaf('dn-outside', ca, { subject: '/O=Stranger/CN=dn-outside' });
    expect(verdicts(ca, inside, outside)).toEqual([
      'accepted',
      expect.stringMatching(/directoryName .*stranger.*outside the permitted subtrees/),
    ]);
  });

  it('locks out a client whose email or IP address falls in an excluded subtree', () => {
    const ca = pki.intermediate('Excluding CA', root, {
      extensions: [
        'nameConstraints = critical,excluded;email:.blocked.example,excluded;IP:10.0.0.0/255.0.0.0',
      ],
    });
    const fine = pki.leaf('fine', ca, { extensions: ['subjectAltName = email:a@ok.example,IP:192.168.1.1'] });
    const mail = pki.leaf('mail', ca, { extensions: ['subjectAltName = email:a@x.blocked.example'] });
    const ip = pki.leaf('ip', ca, { extensions: ['subjectAltName = IP:10.1.2.3'] });
    expect(verdicts(ca, fine, mail, ip)).toEqual([
      'accepted',
      expect.stringContaining('inside the excluded subtree rfc822Name .blocked.example'),
      expect.stringContaining('inside the excluded subtree IP 10.0.0.0/255.0.0.0'),
    ]);
  });

  it('fails closed on a client carrying an otherName under a CA that constrains otherNames', () => {
    const ca = pki.intermediate('OtherName-constrained CA', root, {
      extensions: [
        'nameConstraints = critical,permitted;otherName:1.3.6.1.4.1.311.20.2.3;UTF8:@corp.example',
      ],
    });
    const upn = pki.leaf('upn', ca, {
      extensions: ['subjectAltName = otherName:1.3.6.1.4.1.311.20.2.3;UTF8:someone@corp.example'],
    });
    const plain = pki.leaf('plain', ca);
    expect(verdicts(ca, upn, plain)).toEqual([
      expect.stringContaining('otherName name constraint the action cannot check'),
      'accepted',
    ]);
  });
});
