/**
 * Certificates DER-encoded by hand and signed with node:crypto, for what openssl cannot make: RSA
 * keys with any public exponent (3, 2^256 + 1, a 3,070-bit one), and hundreds of CAs in a second.
 */
import {
  createHash,
  createPrivateKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
} from 'node:crypto';
import { type Certificate, parseCertificateDer } from '../../src/pki/index.js';

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, ...content: Buffer[]) => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const seq = (...c: Buffer[]) => tlv(0x30, ...c);
const set = (...c: Buffer[]) => tlv(0x31, ...c);
const octets = (b: Buffer) => tlv(0x04, b);
const bits = (b: Buffer, unused = 0) => tlv(0x03, Buffer.from([unused]), b);
function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && (b[1]! & 0x80) === 0) b = b.subarray(1);
  if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const out = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
const utcTime = (d: Date) => tlv(0x17, Buffer.from(`${d.toISOString().slice(2, 19).replace(/[-:T]/g, '')}Z`));
const name = (cn: string) =>
  seq(
    set(seq(oid('2.5.4.10'), tlv(0x0c, Buffer.from('Hand PKI')))),
    set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(cn)))),
  );

const fromBigInt = (v: bigint) =>
  Buffer.from(
    v
      .toString(16)
      .padStart(2, '0')
      .replace(/^(.(..)*)$/, '0$1'),
    'hex',
  );
const toBigInt = (b64url: string) => BigInt(`0x${Buffer.from(b64url, 'base64url').toString('hex')}`);

/** An RSA SubjectPublicKeyInfo with any modulus and exponent. */
export function rsaSpki(n: bigint, e: bigint): Buffer {
  return seq(
    seq(oid('1.2.840.113549.1.1.1'), tlv(0x05)),
    bits(seq(integer(fromBigInt(n)), integer(fromBigInt(e)))),
  );
}

/** A signing key and the public key its certificates carry (the two differ only in RSA exponents). */
export interface HandKey {
  privateKey: KeyObject;
  spki: Buffer;
  type: 'rsa' | 'ec';
}

export function ecKey(curve: 'P-256' | 'P-384' | 'P-521' = 'P-256'): HandKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
  return { privateKey, spki: publicKey.export({ type: 'spki', format: 'der' }), type: 'ec' };
}

function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return r0 === 1n ? ((s0 % m) + m) % m : undefined;
}

/**
 * An RSA key pair whose public exponent is `exponent(lambda)`, a valid one: the private exponent is
 * recomputed modulo Carmichael's lambda(n), so certificates it signs verify under the huge exponent.
 */
export function rsaKeyWithExponent(exponent: (lambda: bigint) => bigint, modulusLength = 2048): HandKey {
  for (;;) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength });
    const jwk = privateKey.export({ format: 'jwk' });
    const [n, p, q] = [toBigInt(jwk.n!), toBigInt(jwk.p!), toBigInt(jwk.q!)];
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
    const e = exponent(lambda);
    const d = modInverse(e, lambda);
    if (d === undefined) continue;
    const b64 = (v: bigint) => fromBigInt(v).toString('base64url');
    const key = createPrivateKey({
      key: { ...jwk, e: b64(e), d: b64(d), dp: b64(d % (p - 1n)), dq: b64(d % (q - 1n)) },
      format: 'jwk',
    });
    return { privateKey: key, spki: rsaSpki(n, e), type: 'rsa' };
  }
}

export interface HandCert {
  der: Buffer;
  subject: string;
  key: HandKey;
  ski: Buffer;
}

/**
 * A v3 CA certificate (basicConstraints cA, keyCertSign): self-signed when `issuer` is absent.
 * `keyIds: false` leaves out both key identifiers (issuers then match by name only).
 */
export function handCert(opts: {
  subject: string;
  key: HandKey;
  issuer?: HandCert | { subject: string; key: HandKey; ski: Buffer };
  keyIds?: boolean;
}): HandCert {
  const { subject, key, issuer, keyIds = true } = opts;
  const ski = createHash('sha1').update(key.spki).digest();
  const signer = issuer ?? { subject, key, ski };
  const alg =
    signer.key.type === 'rsa'
      ? seq(oid('1.2.840.113549.1.1.11'), tlv(0x05))
      : seq(oid('1.2.840.10045.4.3.2'));
  const extensions = [
    seq(oid('2.5.29.19'), tlv(0x01, Buffer.from([0xff])), octets(seq(tlv(0x01, Buffer.from([0xff]))))),
    seq(oid('2.5.29.15'), tlv(0x01, Buffer.from([0xff])), octets(bits(Buffer.from([0x06]), 1))),
    ...(keyIds
      ? [
          seq(oid('2.5.29.14'), octets(octets(ski))),
          seq(oid('2.5.29.35'), octets(seq(tlv(0x80, signer.ski)))),
        ]
      : []),
  ];
  const now = Date.now();
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))),
    integer(serial),
    alg,
    name(signer.subject),
    seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 365 * 86_400_000))),
    name(subject),
    key.spki,
    tlv(0xa3, seq(...extensions)),
  );
  const signature = sign('sha256', tbs, signer.key.privateKey);
  return { der: seq(tbs, alg, bits(signature)), subject, key, ski };
}

export function parsed(cert: HandCert, file = 'ca.pem', line = 1): Certificate {
  return parseCertificateDer(new Uint8Array(cert.der), { file, line });
}

export function pemOf(certs: readonly HandCert[]): Uint8Array {
  const blocks = certs.map((c) => {
    const b64 = c.der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
    return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
  });
  return new Uint8Array(Buffer.from(blocks.join('')));
}
