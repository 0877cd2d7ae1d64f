import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureBudget } from '../../src/pki/hierarchy.js';
import {
  type Analysis,
  analyze,
  defaultPolicy,
  IssuerIndex,
  type Policy,
  parseCertificateDer,
  verifyPath,
} from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

let pki: TestPki;
beforeAll(() => {
  pki = TestPki.create();
});
afterAll(() => pki.cleanup());

function bundle(certs: TestCert[], policy: Policy = defaultPolicy()): Analysis {
  return analyze(
    certs.map((c, i) => ({
      path: `ca/${i}-${c.name.replace(/\W+/g, '-')}.pem`,
      bytes: new Uint8Array(Buffer.from(c.pem)),
    })),
    policy,
  );
}

function codesOf(a: Analysis, cert: TestCert): string[] {
  const fp = parse(cert).fingerprint;
  return a.findings.filter((f) => f.fingerprint === fp).map((f) => f.code);
}

function parse(cert: TestCert) {
  return parseCertificateDer(new Uint8Array(cert.der), { file: cert.name, line: 1 });
}

/** root → i1 → i2 → ... of the given number of CA certificates, root included. */
function chainOf(depth: number, prefix: string): TestCert[] {
  const chain = [pki.root(`${prefix} Root`)];
  for (let d = 2; d <= depth; d++) chain.push(pki.intermediate(`${prefix} Level ${d}`, chain.at(-1)!));
  return chain;
}

describe('chain building over the truststore', () => {
  it('gives every CA its role and depth, root = 1', () => {
    const chain = chainOf(3, 'Depth');
    const a = bundle([chain[2]!, chain[0]!, chain[1]!]);
    expect(a.findings).toEqual([]);
    expect(a.entries.map((e) => [e.certificate.subject, e.role, e.depth])).toEqual([
      ['CN=Depth Level 3, O=Test PKI', 'intermediate', 3],
      ['CN=Depth Level 2, O=Test PKI', 'intermediate', 2],
      ['CN=Depth Root, O=Test PKI', 'root', 1],
    ]);
  });

  it('rejects an intermediate whose issuer is missing and names the missing subject', () => {
    const [root, i1, i2] = chainOf(3, 'Gap');
    const a = bundle([root!, i2!]);
    const finding = a.findings.find((f) => f.code === 'missing-issuer');
    expect(finding?.subject).toBe('CN=Gap Level 3, O=Test PKI');
    expect(finding?.message).toContain('"CN=Gap Level 2, O=Test PKI"');
    expect(finding?.message).toMatch(/403/);
    expect(a.truststore).toBeUndefined();
    expect(i1).toBeDefined();
  });

  it('rejects an intermediate only a root-less bundle could hold (the seed incident in reverse)', () => {
    const [, i1, i2] = chainOf(3, 'Rootless');
    const a = bundle([i1!, i2!]);
    expect(codesOf(a, i1!)).toEqual(['missing-issuer']);
    expect(codesOf(a, i2!)).toEqual(['no-path-to-root']);
  });

  it('rejects an intermediate whose same-named issuer in the set has another key (key identifiers differ)', () => {
    const realRoot = pki.root('Twin Root');
    const child = pki.intermediate('Twin Child', realRoot);
    const impostor = pki.root('Twin Root');
    const a = bundle([impostor, child]);
    expect(codesOf(a, child)).toEqual(['wrong-issuer-key']);
    expect(a.findings.find((f) => f.code === 'wrong-issuer-key')!.message).toMatch(/another key/);
  });

  it('rejects an intermediate whose same-named issuer does not verify its signature (no key identifiers)', () => {
    const realRoot = pki.root('Unkeyed Root', { omitKeyIdentifiers: true });
    const child = pki.intermediate('Unkeyed Child', realRoot, { omitKeyIdentifiers: true });
    const impostor = pki.root('Unkeyed Root', { omitKeyIdentifiers: true });
    const a = bundle([impostor, child]);
    expect(codesOf(a, child)).toEqual([
      'missing-subject-key-id',
      'missing-authority-key-id',
      'bad-signature',
    ]);
    // Without key identifiers the chain is sound; strict verifiers refuse it, which is only a warning.
    const sound = bundle([realRoot, child]);
    expect(sound.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(codesOf(sound, child)).toEqual([
      'missing-subject-key-id',
      'missing-authority-key-id',
      'issuer-not-strict', // its root has no subject key identifier either
    ]);
  });

  it('accepts four CA certificates in a path and rejects the fifth as too deep for API Gateway', () => {
    const chain = chainOf(5, 'Deep');
    const a = bundle(chain);
    expect(codesOf(a, chain[3]!)).toEqual([]);
    const deep = a.findings.filter((f) => f.code === 'too-deep');
    expect(deep.map((f) => f.subject)).toEqual(['CN=Deep Level 5, O=Test PKI']);
    expect(deep[0]!.message).toMatch(/5 CA certificates deep.*at most 4.*403/);
    expect(bundle(chain, { ...defaultPolicy(), maxCaDepth: 5 }).findings).toEqual([]);
  });

  it('enforces pathLenConstraint', () => {
    const root = pki.root('PathLen Root', { pathLen: 0 });
    const i1 = pki.intermediate('PathLen Child', root);
    const a = bundle([root, i1]);
    expect(codesOf(a, i1)).toEqual(['path-length-exceeded']);
    const root1 = pki.root('PathLen1 Root', { pathLen: 1 });
    const j1 = pki.intermediate('PathLen1 Child', root1);
    const j2 = pki.intermediate('PathLen1 Grandchild', j1);
    const b = bundle([root1, j1, j2]);
    expect(codesOf(b, j1)).toEqual([]);
    expect(codesOf(b, j2)).toEqual(['path-length-exceeded']);
  });

  it('reports the expired issuer when a CA chains only through it', () => {
    const root = pki.root('Stale Root');
    const expired = pki.intermediate('Stale Middle', root, {
      notBefore: new Date(Date.now() - 400 * 86_400_000),
      notAfter: new Date(Date.now() - 86_400_000),
    });
    const child = pki.intermediate('Stale Child', expired);
    const a = bundle([root, expired, child]);
    expect(codesOf(a, expired)).toEqual(['expired']);
    expect(codesOf(a, child)).toEqual(['issuer-not-valid']);
  });

  it('reports the issuer that may not sign when a CA chains only through it', () => {
    const root = pki.root('Signer Root');
    const mute = pki.intermediate('Mute Middle', root, { keyUsage: 'critical,cRLSign' });
    const child = pki.intermediate('Mute Child', mute);
    const a = bundle([root, mute, child]);
    expect(codesOf(a, mute)).toEqual(['no-key-cert-sign']);
    expect(codesOf(a, child)).toEqual(['issuer-cannot-sign']);
  });

  it('handles a cross-signed intermediate: one valid path is enough, depth is the shortest', () => {
    const rootA = pki.root('Cross Root A');
    const rootB = pki.root('Cross Root B');
    const mid = pki.intermediate('Cross Mid', rootA);
    const midByB = pki.crossSign(mid, rootB);
    const leafCa = pki.intermediate('Cross Issuing', mid);
    const a = bundle([leafCa, midByB, mid, rootB, rootA]);
    expect(a.findings).toEqual([]);
    expect(a.entries.find((e) => e.certificate.subject === 'CN=Cross Issuing, O=Test PKI')?.depth).toBe(3);
  });

  it('terminates on an issuer cycle with no root and reports both CAs', () => {
    const a0 = pki.root('Loop A');
    const b = pki.intermediate('Loop B', a0);
    const aByB = pki.crossSign(a0, b); // Loop A signed by Loop B: A→B→A with no self-signed root kept
    const result = bundle([b, aByB]);
    expect(codesOf(result, b)).toEqual(['no-path-to-root']);
    expect(codesOf(result, aByB)).toEqual(['no-path-to-root']);
  });
});

describe('bounded search', () => {
  it('spends at most the signature budget on a hostile bundle of same-named issuers', () => {
    const root = pki.root('Crowd Root');
    const decoys = Array.from({ length: 40 }, () => parse(pki.root('Crowd Name')));
    const child = parse(pki.intermediate('Crowd Child', root));
    const index = new IssuerIndex([...decoys, parse(root), child], 10);
    expect(() => {
      for (const decoy of decoys) index.verifies(child, decoy);
    }).toThrow(/10 signature checks/);
    expect(index.checks).toBe(10);
    expect(signatureBudget(42)).toBeLessThan(42 * 42);
  });

  it('refuses a file of many CAs claiming the same name and issuer before checking any signature, naming the file', () => {
    const outsider = pki.root('Crowd Outsider', { omitKeyIdentifiers: true });
    const crowd = Array.from({ length: 20 }, () =>
      pki.intermediate('Crowd Twin', outsider, { omitKeyIdentifiers: true, subject: outsider.subject }),
    );
    const root = pki.root('Crowd Honest Root');
    const a = analyze(
      [
        { path: 'ca/crowd.pem', bytes: new Uint8Array(Buffer.from(crowd.map((c) => c.pem).join(''))) },
        { path: 'ca/root.pem', bytes: new Uint8Array(Buffer.from(root.pem)) },
      ],
      defaultPolicy(),
    );
    const finding = a.findings.find((f) => f.code === 'signature-budget-exhausted');
    expect(finding).toMatchObject({ severity: 'error', file: 'ca/crowd.pem', line: 1 });
    expect(finding?.message).toMatch(
      /^ca\/crowd\.pem: 20 certificates in this file \(20 in all\) name "CN=Crowd Outsider, O=Test PKI" as their issuer and 20 certificates carry that name.* 422 signature checks, more than the 232 allowed for 21 certificates .*refused before any check/,
    );
    expect(a.truststore).toBeUndefined();
  });

  it('verifyPath refuses an issuer that is not a CA', () => {
    const root = pki.root('NotCA Root');
    const notCa = pki.intermediate('NotCA Middle', root, {
      ca: false,
      keyUsage: 'critical,digitalSignature,keyCertSign',
    });
    const leaf = pki.leaf('NotCA Leaf', notCa);
    const result = verifyPath(parse(leaf), {
      anchors: [parse(root)],
      intermediates: [parse(notCa)],
      at: new Date(),
    });
    expect(result).toMatchObject({ ok: false, code: 'issuer-cannot-sign' });
  });

  it('verifyPath reports budget exhaustion instead of searching forever', () => {
    const root = parse(pki.root('Budget Root'));
    const unkeyed = { omitKeyIdentifiers: true };
    const decoys = Array.from({ length: 12 }, () => parse(pki.root('Budget Decoy', unkeyed)));
    const target = parse(pki.leaf('Budget Leaf', pki.root('Budget Decoy', unkeyed), unkeyed));
    const result = verifyPath(target, {
      anchors: [root, ...decoys],
      intermediates: [],
      at: new Date(),
      maxSignatureChecks: 5,
    });
    expect(result).toMatchObject({ ok: false, code: 'signature-budget-exhausted' });
  });

  it('verifyPath builds leaf → intermediates → anchor and checks each step', () => {
    const chain = chainOf(3, 'Verify');
    const leaf = pki.leaf('Verify Leaf', chain[2]!);
    const [root, i1, i2] = chain.map(parse);
    const ok = verifyPath(parse(leaf), { anchors: [root!], intermediates: [i2!, i1!], at: new Date() });
    expect(ok.ok && ok.path.map((c) => c.subject)).toEqual([
      'CN=Verify Leaf, O=Test PKI',
      'CN=Verify Level 3, O=Test PKI',
      'CN=Verify Level 2, O=Test PKI',
      'CN=Verify Root, O=Test PKI',
    ]);
    const stuck = verifyPath(parse(leaf), { anchors: [root!], intermediates: [i2!], at: new Date() });
    expect(stuck).toMatchObject({ ok: false, code: 'missing-issuer' });
    expect(!stuck.ok && stuck.reason).toMatch(
      /no issuer of "CN=Verify Level 3, O=Test PKI" \("CN=Verify Level 2/,
    );
    expect(
      verifyPath(parse(leaf), {
        anchors: [root!],
        intermediates: [i2!, i1!],
        at: new Date(),
        maxIntermediates: 1,
      }),
    ).toMatchObject({ ok: false, code: 'too-deep' });
  });
});
