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
