import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Certificate, parseCertificateDer, signatureVerifies } from '../../src/pki/index.js';
import { MIN_PARALLEL_CHECKS, verifyAll } from '../../src/pki/verify-pool.js';
import { TestPki } from '../support/pki.js';

let pki: TestPki;
let certs: Certificate[];
beforeAll(() => {
  pki = TestPki.create();
  const rsa = pki.root('Pool RSA Root', { key: 'rsa2048' });
  const ec = pki.root('Pool EC Root', { key: 'ec384', md: 'sha384' });
  const made = [
    rsa,
    ec,
    pki.intermediate('Pool RSA Child', rsa),
    pki.intermediate('Pool EC Child', ec, { key: 'rsa2048' }),
  ];
  certs = made.map((c) => parseCertificateDer(new Uint8Array(c.der), { file: c.name, line: 1 }));
});
afterAll(() => pki.cleanup());

describe('signature checks spread over the cores', () => {
  it(`gives exactly the one-by-one verdicts for a batch above ${MIN_PARALLEL_CHECKS} checks`, () => {
    // Every ordered pair of the four certificates, repeated: true for real issuer edges and
    // self-signatures, false for all the others.
    const pairs: [Certificate, Certificate][] = [];
    for (let round = 0; pairs.length < MIN_PARALLEL_CHECKS * 3; round++) {
      for (const child of certs) for (const issuer of certs) pairs.push([child, issuer]);
    }
    const expected = pairs.map(([c, i]) => signatureVerifies(c, i));
    expect(expected.filter(Boolean).length).toBeGreaterThan(0);
    expect(expected.filter((v) => !v).length).toBeGreaterThan(0);
    expect(verifyAll(pairs)).toEqual(expected);
    if (availableParallelism() < 2)
      console.log('verify-pool: one core here, so the batch ran on this thread only');
  });

  it('checks a small batch on this thread with the same verdicts', () => {
    const pairs: [Certificate, Certificate][] = [
      [certs[2]!, certs[0]!],
      [certs[2]!, certs[1]!],
      [certs[0]!, certs[0]!],
    ];
    expect(verifyAll(pairs)).toEqual([true, false, true]);
  });
});
