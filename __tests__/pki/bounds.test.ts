/**
 * The bound on the chain search, counted in signature checks (never timed here: timings belong to
 * `npm run bench`): one check per certificate and issuer KEY, a budget of 8n + 64 candidate pairs
 * and of 64,000 units of work (a P-256 check is one, a P-521 check 20), both counted before any
 * check, so a set over either is refused at no cost.
 */
import { describe, expect, it } from 'vitest';
import { analyze, defaultPolicy } from '../../src/pki/index.js';
import { MAX_SIGNATURE_WORK } from '../../src/pki/issuer-index.js';
import { signatureChecks } from '../../src/pki/signatures.js';
import { ecKey, type HandCert, type HandKey, handCert, pemOf } from './hand-made.js';

const policy = defaultPolicy();

function analyzeCounting(files: Record<string, readonly HandCert[]>) {
  const before = signatureChecks.count;
  const analysis = analyze(
    Object.entries(files).map(([path, certs]) => ({ path, bytes: pemOf(certs) })),
    policy,
  );
  return { analysis, checks: signatureChecks.count - before };
}

/** `count` self-issued CAs in same-named groups, without key identifiers, signed by an outsider. */
function crowd(count: number, group: number, key: () => HandKey): HandCert[] {
  const outsider = ecKey();
  return Array.from({ length: count }, (_, i) => {
    const subject = `Bound Crowd ${Math.floor(i / group)}`;
    return handCert({
      subject,
      key: key(),
      issuer: { subject, key: outsider, ski: Buffer.alloc(20) },
      keyIds: false,
    });
  });
}

describe('the bound on the chain search', () => {
  it('checks 294 same-named CAs in groups of 7 (the bound-15000 shape) with exactly 7 checks each', () => {
    const { analysis, checks } = analyzeCounting({ 'bound.pem': crowd(294, 7, () => ecKey()) });
    // Each CA against its own key (its self-signature) and the 6 other keys of its name.
    expect(checks).toBe(294 * 7);
    expect(analysis.findings.filter((f) => f.code === 'bad-signature')).toHaveLength(294);
    expect(analysis.findings.some((f) => f.code === 'signature-budget-exhausted')).toBe(false);
  });

  it('checks a signature once per issuer key: a CA cross-certified by three roots costs its 50 children one check each', () => {
    const roots = ['A', 'B', 'C'].map((r) => handCert({ subject: `Cross Root ${r}`, key: ecKey() }));
    const crossKey = ecKey();
    const cross = roots.map((root) => handCert({ subject: 'Cross CA', key: crossKey, issuer: root }));
    const children = Array.from({ length: 50 }, (_, i) =>
      handCert({ subject: `Cross Child ${i}`, key: ecKey(), issuer: cross[0]! }),
    );
    const { analysis, checks } = analyzeCounting({ 'ca.pem': [...roots, ...cross, ...children] });
    expect(analysis.findings).toEqual([]);
    // 3 root self-signatures + 3 cross-certificates + 50 children (not 150: the three certificates
    // of "Cross CA" share one key, so each child's signature is checked once).
    expect(checks).toBe(3 + 3 + 50);
    expect(analysis.entries.filter((e) => e.depth === 3)).toHaveLength(50);
  });

  it('refuses a crowd of slow keys over the work budget before any check, naming the file', () => {
    // 462 P-521 CAs in groups of 7: 3,234 checks of 20 units each, 64,680 > 64,000; the pairs
    // (8 per CA) fit 8n + 64, so only the work budget stops them.
    const { analysis, checks } = analyzeCounting({ 'slow.pem': crowd(462, 7, () => ecKey('P-521')) });
    expect(MAX_SIGNATURE_WORK).toBe(64_000);
    expect(checks).toBe(0);
    expect(analysis.findings).toHaveLength(1);
    const [refusal] = analysis.findings;
    expect(refusal).toMatchObject({
      severity: 'error',
      code: 'signature-budget-exhausted',
      file: 'slow.pem',
      line: 1,
    });
    expect(refusal!.message).toMatch(
      /^slow\.pem: 462 certificates in this file \(462 in all\) name as their issuer one of 66 names .* 64680 units of signature work \(3234 signature checks; .*\), more than the 64000 any set may spend: the set was refused before any check/,
    );
  });
});
