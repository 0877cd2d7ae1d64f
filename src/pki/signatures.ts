/**
 * Signature checks with node:crypto (OpenSSL underneath, the same code a TLS terminator runs).
 *
 * What OpenSSL's X509_verify does for the common algorithms (RSA PKCS #1 v1.5 and ECDSA with
 * SHA-256/384/512): refuse when the inner and outer signature algorithms differ, when the signature
 * BIT STRING has unused bits, or when the issuer key is of the other type; else EVP_DigestVerify of
 * the DER tbsCertificate. verify() does the same EVP_DigestVerify on the same bytes, with a key made
 * from the issuer's SubjectPublicKeyInfo, so no X509Certificate is made for a check that fails:
 * made and dropped by the thousand, their native memory outgrows V8's view of the heap. Other
 * algorithms go through X509Certificate.verify itself. A verdict of yes also asks that OpenSSL
 * loads both certificates, as X509Certificate.verify needs (parsesAsChild, parsesAsIssuer).
 */
import { createPublicKey, type KeyObject, verify, X509Certificate } from 'node:crypto';
import { childrenOf, type Element, readElement } from './der.js';
import { checksSignatures } from './keys.js';
import type { Certificate } from './model.js';

/** Signature checks made with OpenSSL so far, on every thread: what the tests count. */
export const signatureChecks = { count: 0 };

/** Hash of each signature algorithm checked with verify(), by OID; its key type is keyTypeOf's. */
export const FAST_HASHES: Record<string, string> = {
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

const NAMED_CURVES = new Set(['P-256', 'P-384', 'P-521']);

/**
 * Key types as the helper threads see them: 1 an rsaEncryption key, 2 an EC key on a NIST curve, 0
 * any other (RSA-PSS, other curves, EdDSA, DSA: X509Certificate.verify decides for those).
 */
export function keyTypeOf(cert: Certificate): number {
  const key = cert.publicKey;
  if (key.algorithm === 'RSA') return 1;
  return key.algorithm === 'EC' && NAMED_CURVES.has(key.curve ?? '') ? 2 : 0;
}

/**
 * Where a check reads a certificate's DER: the signed part, the signature (after the unused-bits
 * byte) and the key; `hash` is empty when the certificate goes through X509Certificate.verify.
 */
export interface Layout {
  hash: string;
  /** The issuer key type its signature algorithm needs (1 RSA, 2 EC). */
  signedWith: number;
  tbs: readonly [number, number];
  signature: readonly [number, number];
  spki: readonly [number, number];
}

const span = (el: Element): [number, number] => [el.start, el.end];

export function layoutOf(cert: Certificate): Layout {
  const der = cert.der;
  const [tbs, , signature] = childrenOf(der, readElement(der, 0, der.length)) as [Element, Element, Element];
  const fields = childrenOf(der, tbs);
  const spki = fields[fields[0]?.tag === 0xa0 ? 6 : 5]!;
  const fast = FAST_HASHES[cert.signature.oid];
  const clean = signature.end - signature.contentStart > 1 && der[signature.contentStart] === 0;
  return {
    hash: fast && clean && cert.signatureAlgorithmsMatch ? fast : '',
    signedWith: cert.signature.oid.startsWith('1.2.840.113549.') ? 1 : 2,
    tbs: span(tbs),
    signature: [signature.contentStart + 1, signature.end],
    spki: span(spki),
  };
}

/** A public key from SubjectPublicKeyInfo DER, or null when OpenSSL cannot load it. */
export function keyFromSpki(spki: Uint8Array): KeyObject | null {
  try {
    return createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  } catch {
    return null;
  }
}

/**
 * One check of `child`'s signature with `key`, an issuer key of type `keyType` (keyTypeOf): the
 * same decision the helper threads make (verify-pool.ts). `x509` makes the child's X509Certificate
 * when the algorithm needs it.
 */
export function checkWithKey(
  der: Uint8Array,
  layout: Layout,
  keyType: number,
  key: KeyObject | null,
  x509: () => X509Certificate | null,
): boolean {
  if (!key) return false;
  signatureChecks.count++;
  try {
    if (layout.hash && keyType !== 0) {
      if (keyType !== layout.signedWith) return false; // OpenSSL: wrong public key type
      const [t0, t1] = layout.tbs;
      const [s0, s1] = layout.signature;
      return verify(layout.hash, der.subarray(t0, t1), key, der.subarray(s0, s1));
    }
    return x509()?.verify(key) ?? false;
  } catch {
    return false;
  }
}

const x509Cache = new WeakMap<Certificate, X509Certificate | null>();

/** node:crypto's view of a certificate, made once; null when OpenSSL cannot load it. */
export function x509Of(cert: Certificate): X509Certificate | null {
  let x = x509Cache.get(cert);
  if (x === undefined) {
    try {
      x = new X509Certificate(cert.der);
    } catch {
      x = null;
    }
    x509Cache.set(cert, x);
  }
  return x;
}

const asChild = new WeakMap<Certificate, boolean>();
const asIssuer = new WeakMap<Certificate, boolean>();

/** Does OpenSSL load `cert` (X509Certificate)? Asked once a signature on it verified. */
export function parsesAsChild(cert: Certificate): boolean {
  let ok = asChild.get(cert);
  if (ok === undefined) {
    ok = (x509Cache.get(cert) ?? loadX509(cert.der)) !== null;
    asChild.set(cert, ok);
  }
  return ok;
}

/** What a helper thread found out, loading a child and its issuer after a signature verified. */
export function noteLoads(child: Certificate, issuer: Certificate, issuerLoads: boolean): void {
  asChild.set(child, true);
  asIssuer.set(issuer, issuerLoads);
}

/** Does OpenSSL load `cert` and its key (X509Certificate.publicKey)? Asked once its key verified. */
export function parsesAsIssuer(cert: Certificate): boolean {
  let ok = asIssuer.get(cert);
  if (ok === undefined) {
    try {
      ok = Boolean((x509Cache.get(cert) ?? new X509Certificate(cert.der)).publicKey);
    } catch {
      ok = false;
    }
    asIssuer.set(cert, ok);
  }
  return ok;
}

function loadX509(der: Uint8Array): X509Certificate | null {
  try {
    return new X509Certificate(der);
  } catch {
    return null;
  }
}

const keys = new WeakMap<Certificate, KeyObject | null>();

/**
 * Does `issuer`'s key verify `child`'s signature, whether or not OpenSSL loads the two certificates
 * (signatureVerifies adds that)? The same answer for every certificate with that key. A key
 * refused for its exponent (keys.ts, checksSignatures) never reaches OpenSSL: no, at no cost.
 */
export function keyVerifies(child: Certificate, issuer: Certificate): boolean {
  if (!checksSignatures(issuer.publicKey)) return false;
  let key = keys.get(issuer);
  if (key === undefined) {
    const [k0, k1] = layoutOf(issuer).spki;
    key = keyFromSpki(issuer.der.subarray(k0, k1));
    keys.set(issuer, key);
  }
  return checkWithKey(child.der, layoutOf(child), keyTypeOf(issuer), key, () => x509Of(child));
}

/** True when `issuer`'s public key verifies `child`'s signature (X509Certificate.verify). */
export function signatureVerifies(child: Certificate, issuer: Certificate): boolean {
  return keyVerifies(child, issuer) && parsesAsChild(child) && parsesAsIssuer(issuer);
}
