/**
 * The RSA public exponent (CA/Browser Forum Baseline Requirements 6.1.6): read from the DER, an
 * error above 2^256 - 1 or when not odd and at least 3, a warning below 2^16 + 1; and a key refused
 * for its exponent never checks a signature (each check with a ~3,070-bit exponent costs ~100).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyze, assessCertificate, defaultPolicy, verifyPath } from '../../src/pki/index.js';
import { signatureChecks } from '../../src/pki/signatures.js';
import { ecKey, type HandKey, handCert, parsed, pemOf, rsaKeyWithExponent, rsaSpki } from './hand-made.js';

const policy = defaultPolicy();
const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

/** A key that carries `e` in its certificate; only an outsider signs (no valid self-signature needed). */
function keyWithExponent(e: bigint): HandKey {
  const n = BigInt(`0x${randomBytes(256).toString('hex')}`) | (1n << 2047n) | 1n;
  return { ...ecKey(), spki: rsaSpki(n, e), type: 'rsa' };
}

function exponentFindings(e: bigint) {
  const outsider = { subject: 'Exponent Outsider', key: ecKey(), ski: Buffer.alloc(20) };
  const cert = parsed(handCert({ subject: 'Exponent CA', key: keyWithExponent(e), issuer: outsider }));
  return assessCertificate(cert, policy).filter((f) => f.code.startsWith('rsa-exponent'));
}

/** Signature checks OpenSSL makes while `run` runs, on every thread. */
function checksDuring(run: () => void): number {
  const before = signatureChecks.count;
  run();
  return signatureChecks.count - before;
}

describe('the RSA public exponent', () => {
  it('says nothing about 65537, 2^256 - 1 or any odd exponent between them', () => {
    expect(exponentFindings(65_537n)).toEqual([]);
    expect(exponentFindings(2n ** 256n - 1n)).toEqual([]);
    expect(exponentFindings(2n ** 100n + 1n)).toEqual([]);
  });

  it('warns about e = 3 and other exponents under 2^16 + 1, naming the rule and what is policy', () => {
    const [finding] = exponentFindings(3n);
    expect(finding).toMatchObject({ severity: 'warning', code: 'rsa-exponent-small' });
    expect(finding!.message).toMatch(
      /^ca\.pem:1: "CN=Exponent CA, O=Hand PKI" has an RSA 2048 key with public exponent 3: /,
    );
    expect(finding!.message).toMatch(
      /Baseline Requirements \(6\.1\.6\).*this action's policy.*fail-on-warnings.*65537/,
    );
    expect(codes(exponentFindings(65_535n))).toEqual(['rsa-exponent-small']);
  });

  it('refuses 2^256 + 1 and a 3,070-bit exponent, giving the size, the source and the fix', () => {
    const [above] = exponentFindings(2n ** 256n + 1n);
    expect(above).toMatchObject({ severity: 'error', code: 'rsa-exponent-too-large' });
    expect(above!.message).toMatch(/has an RSA 2048 key with a 257-bit public exponent/);
    const huge = (1n << 3069n) | BigInt(`0x${randomBytes(383).toString('hex')}`) | 1n;
    const [big] = exponentFindings(huge);
    expect(big!.message).toMatch(
      /a 3070-bit public exponent \(65537 has 17 bits\): the CA\/Browser Forum Baseline Requirements \(6\.1\.6\)/,
    );
    expect(big!.message).toMatch(
      /refusing a larger one is this action's policy for a truststore.*reissue the CA with the exponent 65537/,
    );
  });

  it('refuses exponents that are even or under 3 as invalid (a requirement, not policy)', () => {
    expect(codes(exponentFindings(65_536n))).toEqual(['rsa-exponent-invalid']);
    expect(codes(exponentFindings(1n))).toEqual(['rsa-exponent-invalid']);
    expect(exponentFindings(2n)[0]!.message).toMatch(
      /an even public exponent 2: .*a requirement, not this action's policy/,
    );
  });
});

describe('a key refused for its exponent never checks a signature', () => {
  // Valid keys: the private exponent is recomputed, so these certificates really verify.
  const slowKey = rsaKeyWithExponent((lambda) => lambda + 65_537n, 3072); // a ~3,070-bit exponent
  const root = handCert({ subject: 'Slow Root', key: rsaKeyWithExponent(() => 65_537n) });
  const slowCa = handCert({ subject: 'Slow CA', key: slowKey, issuer: root });
  const child = handCert({ subject: 'Slow Child', key: ecKey(), issuer: slowCa });

  it('makes a valid self-signed root with a ~3,070-bit exponent an error, at no signature check', () => {
    const slowRoot = handCert({ subject: 'Slow Self-Signed Root', key: slowKey });
    let a: ReturnType<typeof analyze> | undefined;
    expect(checksDuring(() => (a = analyze([{ path: 'root.pem', bytes: pemOf([slowRoot]) }], policy)))).toBe(
      0,
    );
    expect(codes(a!.findings)).toContain('rsa-exponent-too-large');
    expect(a!.truststore).toBeUndefined();
  });

  it('checks the slow CA against its root but not its child against it: the child is issuer-refused', () => {
    let a: ReturnType<typeof analyze> | undefined;
    const checks = checksDuring(() => {
      a = analyze([{ path: 'ca.pem', bytes: pemOf([root, slowCa, child]) }], policy);
    });
    expect(checks).toBe(2); // the root's self-signature and the slow CA's signature by the root
    const bySubject = (s: string) => a!.findings.filter((f) => f.subject === `CN=${s}, O=Hand PKI`);
    expect(codes(bySubject('Slow CA'))).toEqual(['rsa-exponent-too-large']);
    expect(codes(bySubject('Slow Child'))).toEqual(['issuer-refused']);
    expect(bySubject('Slow Child')[0]!.message).toMatch(
      /refused for its RSA public exponent \(rsa-exponent-too-large, see its finding\)/,
    );
  });

  it('refuses a client path through it without checking its signature (verifyPath)', () => {
    let result: ReturnType<typeof verifyPath> | undefined;
    const checks = checksDuring(() => {
      result = verifyPath(parsed(child), {
        anchors: [parsed(root)],
        intermediates: [parsed(slowCa)],
        at: new Date(),
      });
    });
    expect(result).toMatchObject({ ok: false, code: 'issuer-refused' });
    expect(checks).toBe(0);
  });

  it('costs nothing for a crowd of 70 same-named CAs with huge exponents, each refused by itself', () => {
    // Self-issued in groups of 7 (each a candidate issuer of the 7), signed by a key not in the set.
    const outsider = ecKey();
    const crowd = Array.from({ length: 70 }, (_, i) => {
      const subject = `Slow Crowd ${Math.floor(i / 7)}`;
      const e = (1n << 3069n) | BigInt(`0x${randomBytes(383).toString('hex')}`) | 1n;
      const n = BigInt(`0x${randomBytes(384).toString('hex')}`) | (1n << 3071n) | 1n;
      const key = { ...outsider, spki: rsaSpki(n, e), type: 'rsa' as const };
      return handCert({
        subject,
        key,
        issuer: { subject, key: outsider, ski: Buffer.alloc(20) },
        keyIds: false,
      });
    });
    let a: ReturnType<typeof analyze> | undefined;
    expect(checksDuring(() => (a = analyze([{ path: 'slow.pem', bytes: pemOf(crowd) }], policy)))).toBe(0);
    expect(a!.findings.filter((f) => f.code === 'rsa-exponent-too-large')).toHaveLength(70);
  });
});
