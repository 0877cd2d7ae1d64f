/**
 * The Elastic Load Balancing rules (src/targets/elb/rules.ts) on real certificates made with openssl
 * at test time: each quota just met and just exceeded, the key and signature requirements, and no
 * finding that the common rules already make.
 */
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as asn1js from 'asn1js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraph, readSources } from '../../scripts/shape-lib.mjs';
import { analyze, defaultPolicy, type Finding } from '../../src/pki/index.js';
import { ELB_QUOTAS, elbFindings } from '../../src/targets/elb/rules.js';
import { projectRoot } from '../support/action-runner.js';
import { type TestCert, TestPki } from '../support/pki.js';

const QUOTAS_URL =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html#certificates-quotas';
const MTLS_URL =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html';

let pki: TestPki;
let root: TestCert;
let counter = 0;

beforeAll(() => {
  pki = TestPki.create('elb-rules-');
  root = pki.root('ELB Root', { key: 'rsa2048' });
});
afterAll(() => pki.cleanup());

/** The analysis of `certs` as CA files (one file each): its entries and the common findings. */
function analysed(certs: readonly TestCert[], maxCaDepth = 4) {
  const files = certs.map((cert, i) => ({ path: `ca/${i}.pem`, bytes: Buffer.from(cert.pem) }));
  const { entries, findings } = analyze(files, { ...defaultPolicy(), maxCaDepth });
  return { entries, common: findings };
}

function elb(certs: readonly TestCert[], maxCaDepth = 4): Finding[] {
  return elbFindings(analysed(certs, maxCaDepth).entries, { maxCaDepth });
}

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
/** The common names of the certificates `findings` are about, sorted. */
const cns = (findings: readonly Finding[]) => findings.map((f) => f.subject?.split(',')[0]).sort();
const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }) as string;

/** One sentence with the quota, "for an Elastic Load Balancing trust store", the fix, and the guide's URL last. */
function expectMessage(finding: Finding | undefined, url: string, ...parts: (string | RegExp)[]): void {
  const message = finding?.message ?? '';
  for (const part of [...parts, 'for an Elastic Load Balancing trust store']) {
    if (typeof part === 'string') expect(message).toContain(part);
    else expect(message).toMatch(part);
  }
  expect(message.endsWith(`(${url})`)).toBe(true);
}

const CA_EXTENSIONS =
  'basicConstraints = critical,CA:true\nkeyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid:always';

/** A CA made with `openssl x509 -new` for what the test PKI cannot make: a given public key (SPKI PEM;
 * a fresh P-256 key by default), RSASSA-PSS or SHA-224 signatures (`signing`). */
function forged(name: string, issuer: TestCert, opts: { publicKey?: string; signing?: string[] } = {}) {
  const id = `forged-${++counter}`;
  const ecKey = () => spki(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);
  const pubPath = pki.write(`${id}.pub`, opts.publicKey ?? ecKey());
  const extPath = pki.write(`${id}.cnf`, `[ v3 ]\n${CA_EXTENSIONS}\n`);
  const certPath = path.join(pki.dir, `${id}.pem`);
  const subject = `/O=Test PKI/CN=${name}`;
  const args = ['x509', '-new', '-subj', subject, '-force_pubkey', pubPath, '-days', '365', '-out', certPath];
  args.push('-CA', issuer.certPath, '-CAkey', issuer.keyPath, '-extfile', extPath, '-extensions', 'v3');
  execFileSync('openssl', [...args, ...(opts.signing ?? ['-sha256'])], { stdio: ['ignore', 'pipe', 'pipe'] });
  const pem = readFileSync(certPath, 'utf8');
  const der = Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return { name, subject, certPath, keyPath: '', pem, der, key: 'ec256' } satisfies TestCert;
}

/** An RSA public key (SPKI PEM) whose modulus has exactly `bits` bits: no primes, only its size counts here. */
function rsaPublicKeyOfBits(bits: number): string {
  const n = randomBytes(Math.ceil(bits / 8));
  const top = bits % 8 === 0 ? 8 : bits % 8;
  n[0] = (n[0]! & ((1 << top) - 1)) | (1 << (top - 1));
  n[n.length - 1]! |= 1;
  const jwk = { kty: 'RSA', n: n.toString('base64url'), e: 'AQAB' };
  return spki(createPublicKey({ key: jwk, format: 'jwk' }));
}

it('has no ELB finding for a sound 3-level PKI (RSA, P-384 and P-256 keys, SHA-256/384/512)', () => {
  const top = pki.root('Normal Root', { key: 'ec384', md: 'sha384' });
  const mid = pki.intermediate('Normal Intermediate', top, { key: 'rsa3072' });
  const issuing = pki.intermediate('Normal Issuing CA', mid, { key: 'ec256', md: 'sha512' });
  const { entries, common } = analysed([top, mid, issuing]);
  expect(common).toEqual([]);
  expect(entries.map((e) => e.depth)).toEqual([3, 2, 1]);
  expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  // The quotas, in order: certificates, PEM bytes, subject bytes, depth, RSA bits from and to.
  expect(Object.values(ELB_QUOTAS)).toEqual([25, 16384, 10000, 4, 2048, 8192]);
});

it('loads no AWS SDK, directly or through its imports (validate must not load the SDK)', () => {
  const sources = readSources(projectRoot);
  const { imports } = importGraph(sources);
  const reached = new Set(['src/targets/elb/rules.ts']);
  for (const file of reached) for (const i of imports) if (i.from === file && i.to) reached.add(i.to);
  expect([...reached].filter((f) => !f.startsWith('src/pki/')).sort()).toEqual(['src/targets/elb/rules.ts']);
  const sdk = sources.filter((s) => reached.has(s.file) && /from '@aws-sdk\//.test(s.text));
  expect(sdk.map((s) => s.file)).toEqual([]);
});

describe('CA certificates per trust store: 25', () => {
  let cas: TestCert[];
  beforeAll(() => {
    cas = [root, ...Array.from({ length: 25 }, (_, i) => pki.intermediate(`Count CA ${i + 1}`, root))];
  });

  it('accepts exactly 25 CA certificates', () => {
    const { entries, common } = analysed(cas.slice(0, 25));
    expect(common).toEqual([]);
    expect(entries).toHaveLength(25);
    expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  });

  it('refuses 26 with one finding on the set (no file, no fingerprint)', () => {
    const findings = elb(cas);
    expect(codes(findings)).toEqual(['elb-too-many-certificates']);
    expect(Object.keys(findings[0]!).sort()).toEqual(['code', 'message', 'severity']);
    expectMessage(
      findings[0],
      QUOTAS_URL,
      'holds 26 CA certificates',
      '"CA certificates per trust store" (25)',
      /split the CAs into several truststores.*remove retired CAs/,
    );
  });

  it('does not count a leaf pasted into the files (the common not-a-ca refuses it)', () => {
    const leaf = pki.leaf('Count Leaf', root);
    const { entries, common } = analysed([...cas.slice(0, 25), leaf]);
    expect(entries).toHaveLength(26);
    expect(codes(common)).toEqual(['not-a-ca']);
    expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  });
});

const PEM_LINES = '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n'.length;
/** The PEM size of a certificate of `der` bytes as it is uploaded: 64-column base64 between the two lines. */
function pemSize(der: number): number {
  const base64 = 4 * Math.ceil(der / 3);
  return PEM_LINES + base64 + Math.ceil(base64 / 64);
}

describe('CA certificate size: 16 KB', () => {
  it('accepts a CA of 16,384 bytes of PEM or less and refuses one a comment byte larger', () => {
    const comment = (n: number) => ({ extensions: [`nsComment = ${'x'.repeat(n)}`] });
    // Same-length names and an RSA issuer (fixed-size signatures): the DER grows byte for byte with the comment.
    const probe = pki.intermediate('Size CA 1', root, comment(11_000));
    const derWith = (n: number) => probe.der.length - 11_000 + n;
    let fit = 11_000;
    while (pemSize(derWith(fit + 1)) <= ELB_QUOTAS.certificateBytes) fit++;
    const fits = pki.intermediate('Size CA 2', root, comment(fit));
    const over = pki.intermediate('Size CA 3', root, comment(fit + 1));
    // Base64 comes in 4-character steps and a line break every 64: 16,382 bytes is the largest PEM
    // at or under 16,384, and the next size up is 16,386.
    expect(fits.pem.length).toBe(16_382);
    expect(over.pem.length).toBe(16_386);

    expect(elb([root, fits])).toEqual([]);
    const findings = elb([root, fits, over]);
    expect(codes(findings)).toEqual(['elb-certificate-too-large']);
    const subject = 'CN=Size CA 3, O=Test PKI';
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'ca/2.pem', line: 1, subject });
    expect(findings[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expectMessage(
      findings[0],
      QUOTAS_URL,
      `ca/2.pem:1: "${subject}" is 16,386 bytes as PEM`,
      '"CA certificate size" (16 KB, 16,384 bytes)',
      'reissue it without',
    );
  });
});

/** The DER size of a certificate's subject Name, read with asn1js (an oracle independent of src/pki/der.ts). */
function subjectBytes(der: Buffer): number {
  const cert = asn1js.fromBER(new Uint8Array(der)).result as asn1js.Sequence;
  const fields = (cert.valueBlock.value[0] as asn1js.Sequence).valueBlock.value;
  return fields[fields[0]!.idBlock.tagClass === 3 ? 5 : 4]!.valueBeforeDecodeView.byteLength;
}

describe('CA certificate subject size per trust store: 10,000 bytes', () => {
  // Each /OU= of 64 characters is 75 bytes of DER; a Name of k of them, "O=Test PKI" and a CN of m
  // characters is 34 + 75k + m bytes, and an extra OU of p characters adds 11 + p.
  const ous = (k: number) =>
    Array.from({ length: k }, (_, i) => `/OU=${String(i).padStart(2, '0')}${'x'.repeat(62)}`).join('');
  let a: TestCert;
  let b: TestCert;
  beforeAll(() => {
    a = pki.root('Subjects Root', { subject: `/O=Test PKI${ous(44)}/CN=Subjects Root` });
    b = pki.intermediate('Subjects Mid', a, { subject: `/O=Test PKI${ous(44)}/CN=Subjects Mid` });
  });
  const third = (pad: number) =>
    pki.intermediate('Subjects Leaf CA', b, {
      subject: `/O=Test PKI${ous(43)}/OU=${'p'.repeat(pad)}/CN=Subjects Leaf CA`,
    });

  it('accepts subject names of exactly 10,000 bytes in all', () => {
    const c = third(21);
    expect([a, b, c].map((cert) => subjectBytes(cert.der))).toEqual([3347, 3346, 3307]);
    const { entries, common } = analysed([a, b, c]);
    expect(common).toEqual([]);
    expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  });

  it('refuses 10,001 bytes with one finding that names the largest subjects', () => {
    const c = third(22);
    expect(subjectBytes(a.der) + subjectBytes(b.der) + subjectBytes(c.der)).toBe(10_001);
    const findings = elb([a, b, c]);
    expect(codes(findings)).toEqual(['elb-subjects-too-large']);
    expect(Object.keys(findings[0]!).sort()).toEqual(['code', 'message', 'severity']);
    expectMessage(
      findings[0],
      QUOTAS_URL,
      'the subject names of the 3 CA certificates total 10,001 bytes (DER)',
      '"CA certificate subject size per trust store" (10,000 bytes)',
      /the largest being ca\/0\.pem:1 "CN=Subjects Root, OU=[^"]*\.\.\." \(3,347 bytes\), ca\/1\.pem:1 "CN=Subjects Mid, [^"]*" \(3,346 bytes\), ca\/2\.pem:1 "CN=Subjects Leaf CA, [^"]*" \(3,308 bytes\): reissue those CAs with shorter subject names/,
    );
  });
});

describe('maximum certificate chain depth: 4', () => {
  let chain: TestCert[];
  beforeAll(() => {
    chain = [pki.root('Depth CA 1')];
    for (let i = 2; i <= 6; i++) chain.push(pki.intermediate(`Depth CA ${i}`, chain[chain.length - 1]!));
  });

  it('adds nothing when max-ca-depth is 4: the common too-deep refuses what is deeper', () => {
    const { entries, common } = analysed(chain, 4);
    expect(cns(common.filter((f) => f.code === 'too-deep'))).toEqual(['CN=Depth CA 5', 'CN=Depth CA 6']);
    expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  });

  it('refuses the CAs deeper than 4 that max-ca-depth lets through, and only those', () => {
    const { entries, common } = analysed(chain, 5);
    expect(cns(common.filter((f) => f.code === 'too-deep'))).toEqual(['CN=Depth CA 6']);
    const findings = elbFindings(entries, { maxCaDepth: 5 });
    expect(codes(findings)).toEqual(['elb-too-deep']);
    expect(findings[0]).toMatchObject({ file: 'ca/4.pem', line: 1, subject: 'CN=Depth CA 5, O=Test PKI' });
    expectMessage(
      findings[0],
      QUOTAS_URL,
      'is 5 CA certificates deep (root included)',
      '"Maximum certificate chain depth" (4)',
      'max-ca-depth (5)',
      'issue it closer to the root',
    );

    expect(cns(elb(chain, 6))).toEqual(['CN=Depth CA 5', 'CN=Depth CA 6']);
    expect(elb(chain.slice(0, 4), 6)).toEqual([]);
  });
});

describe('supported public keys: RSA 2K – 8K or ECDSA P-256, P-384, P-521', () => {
  // Generating 8K and 16K RSA keys takes minutes: these certificates carry an RSA public key of the
  // exact size with a random modulus (no private key exists), signed by a real CA with openssl.
  it('accepts RSA 8192 bits and refuses 8193 and 16384 bits, even in a set with other errors', () => {
    const at = forged('RSA 8192', root, { publicKey: rsaPublicKeyOfBits(8192) });
    const over = forged('RSA 8193', root, { publicKey: rsaPublicKeyOfBits(8193) });
    const huge = forged('RSA 16384', root, { publicKey: rsaPublicKeyOfBits(16384) });
    const sha1 = pki.intermediate('Keys SHA-1', root, { md: 'sha1' });
    const { entries, common } = analysed([root, at, over, huge, sha1]);
    expect(entries.map((e) => e.certificate.publicKey.description)).toContain('RSA 8193');
    expect(codes(common)).toEqual(['weak-signature']);

    expect(elb([root, at])).toEqual([]);
    const findings = elbFindings(entries, { maxCaDepth: 4 });
    expect(codes(findings)).toEqual(['elb-unsupported-key', 'elb-unsupported-key']);
    expect(cns(findings)).toEqual(['CN=RSA 16384', 'CN=RSA 8193']);
    expectMessage(
      findings.find((f) => f.subject === 'CN=RSA 8193, O=Test PKI'),
      MTLS_URL,
      'has an RSA 8,193-bit key, over the 8,192 bits',
      '(RSA 2K – 8K or ECDSA P-256, P-384, P-521)',
      'reissue the CA with an RSA key of 2048 to 8192 bits',
    );
  });

  it('leaves small RSA keys, other curves and other key types to the common rules', () => {
    const weak = pki.intermediate('Keys RSA 1024', root, { key: 'rsa1024' });
    const k1 = pki.intermediate('Keys secp256k1', root, { key: 'secp256k1' });
    const ed = pki.intermediate('Keys Ed25519', root, { key: 'ed25519' });
    const pssKey = spki(generateKeyPairSync('rsa-pss', { modulusLength: 2048 }).publicKey);
    const pss = forged('Keys RSA-PSS', root, { publicKey: pssKey });
    const p521 = pki.intermediate('Keys P-521', root, { key: 'ec521', md: 'sha512' });
    const { entries, common } = analysed([root, weak, k1, ed, pss, p521]);
    expect(codes(common).sort()).toEqual(['unsupported-key', 'unsupported-key', 'weak-key', 'weak-key']);
    expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  });
});

describe('supported signature algorithms: SHA-256/384/512 with RSA, ECDSA or RSASSA-PSS', () => {
  it('refuses a DSA signature with SHA-256, which the common signature rules let through', () => {
    const dsaRoot = pki.root('DSA Root', { key: 'dsa2048' });
    const child = pki.intermediate('Under DSA', dsaRoot);
    const { entries, common } = analysed([dsaRoot, child]);
    expect(entries.map((e) => e.certificate.signature.name)).toEqual(['dsa-with-SHA256', 'dsa-with-SHA256']);
    expect(codes(common).filter((c) => c.includes('signature'))).toEqual([]);

    const findings = elbFindings(entries, { maxCaDepth: 4 });
    expect(codes(findings)).toEqual(['elb-unsupported-signature', 'elb-unsupported-signature']);
    expectMessage(
      findings.find((f) => f.subject === 'CN=Under DSA, O=Test PKI'),
      MTLS_URL,
      /^ca\/1\.pem:1: "CN=Under DSA, O=Test PKI" is signed with dsa-with-SHA256, /,
      '(SHA-256/384/512 with RSA, ECDSA or RSASSA-PSS)',
      'reissue it from a CA with an RSA or ECDSA key',
    );
  });

  it('accepts RSASSA-PSS with SHA-256 and SHA-512 (documented by ELB) and ECDSA with SHA-384', () => {
    const pss = ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:digest'];
    const pss256 = forged('PSS SHA-256', root, { signing: ['-sha256', ...pss] });
    const pss512 = forged('PSS SHA-512', root, { signing: ['-sha512', ...pss] });
    const ecRoot = pki.root('EC Root', { key: 'ec384', md: 'sha384' });
    const { entries, common } = analysed([root, pss256, pss512, ecRoot]);
    expect(entries.map((e) => e.certificate.signature.name).sort()).toEqual([
      'RSASSA-PSS with SHA-256',
      'RSASSA-PSS with SHA-512',
      'ecdsa-with-SHA384',
      'sha256WithRSAEncryption',
    ]);
    expect(common).toEqual([]);
    expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  });

  it('leaves SHA-1, SHA-224 and Ed25519 signatures to the common rules', () => {
    const sha1 = pki.intermediate('Signed SHA-1', root, { md: 'sha1' });
    const sha224 = forged('Signed SHA-224', root, { signing: ['-sha224'] });
    const edRoot = pki.root('Ed25519 Root', { key: 'ed25519' });
    const { entries, common } = analysed([root, sha1, sha224, edRoot]);
    const refused = ['unsupported-key', 'unsupported-signature', 'weak-signature', 'weak-signature'];
    expect(codes(common).sort()).toEqual(refused);
    expect(elbFindings(entries, { maxCaDepth: 4 })).toEqual([]);
  });
});
