/**
 * X.509 certificate revocation lists (RFC 5280 section 5), read from PEM (`BEGIN X509 CRL`) or DER
 * with the strict reader in der.ts. Parsing never throws: a problem is one sentence that names the
 * file. The issuer name is described as certificates' names are (names.ts), so a CRL's issuerKey
 * compares with a CA certificate's subjectKey; signatures are checked with node:crypto.
 */
import { verify } from 'node:crypto';
import {
  type CrlExtensions,
  type RevokedCertificate,
  readCrlExtensions,
  readRevoked,
} from './crl-entries.js';
import {
  contentOf,
  DerError,
  type Element,
  encodedOf,
  expectTag,
  readElement,
  readOid,
  readSmallInteger,
  readTime,
  TAG,
} from './der.js';
import type { Certificate } from './model.js';
import { describeName } from './names.js';
import { FAST_HASHES, keyFromSpki, layoutOf } from './signatures.js';

export { CRL_REASONS, type RevokedCertificate } from './crl-entries.js';

export interface Crl {
  /** The path the CRL was read from (for messages only). */
  path: string;
  /** 1 or 2 (the version field holds 0 or 1). */
  version: number;
  /** The signature algorithm (inner and outer are byte-identical). */
  signature: { oid: string; name: string };
  /** The issuer in the display form of certificates' names. */
  issuer: string;
  /** The issuer in matching form: compare with a certificate's subjectKey. */
  issuerKey: string;
  thisUpdate: Date;
  nextUpdate?: Date;
  revoked: RevokedCertificate[];
  /** cRLNumber as lowercase hex. */
  crlNumber?: string;
  /** The keyIdentifier of the CRL's authorityKeyIdentifier, lowercase hex. */
  authorityKeyId?: string;
  /** Every CRL extension, in order, with its criticality. */
  extensions: { oid: string; critical: boolean }[];
  /** Critical CRL or entry extensions this reader does not handle (RFC 5280 5.2: do not use the CRL). */
  unhandledCriticalExtensions: string[];
  /** The whole CRL's DER. */
  der: Uint8Array;
  /** The DER of tbsCertList: the signed bytes. */
  tbsCertList: Uint8Array;
  /** The signature, without the BIT STRING's unused-bits byte. */
  signatureValue: Uint8Array;
}

const SIGNATURE_NAMES: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

const PEM_BEGIN = '-----BEGIN X509 CRL-----';
const PEM_END = '-----END X509 CRL-----';
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

/** The DER of the input: itself when it starts like DER, else the one X509 CRL PEM block it holds. */
function derOf(bytes: Uint8Array): Uint8Array | string {
  if (bytes[0] === TAG.SEQUENCE) return bytes;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const begin = text.indexOf(PEM_BEGIN);
  if (begin < 0) {
    return text.includes('-----BEGIN ')
      ? 'holds no "BEGIN X509 CRL" block (another PEM label)'
      : 'is neither DER nor PEM with a "BEGIN X509 CRL" block';
  }
  const end = text.indexOf(PEM_END, begin);
  if (end < 0) return 'has a "BEGIN X509 CRL" line with no "END X509 CRL" line: the file is truncated';
  if (text.includes(PEM_BEGIN, end)) return 'holds more than one X509 CRL block: keep one CRL per file';
  const body = text.slice(begin + PEM_BEGIN.length, end);
  if (!BASE64.test(body)) return 'has characters other than base64 inside its X509 CRL block';
  const der = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (der.length === 0) return 'has an empty X509 CRL block';
  return new Uint8Array(der.buffer, der.byteOffset, der.byteLength);
}

function algorithmOf(buf: Uint8Array, alg: Element): { oid: string; name: string } {
  const idEl = readElement(buf, expectTag(alg, TAG.SEQUENCE, 'signature algorithm').contentStart, alg.end);
  const oid = readOid(buf, expectTag(idEl, TAG.OID, 'signature algorithm identifier'));
  return { oid, name: SIGNATURE_NAMES[oid] ?? oid };
}

/** The elements of a constructed element, refusing more than `max` (bounded work on hostile input). */
function fewChildren(buf: Uint8Array, parent: Element, max: number, what: string): Element[] {
  const out: Element[] = [];
  for (let p = parent.contentStart; p < parent.end; ) {
    if (out.length === max) throw new DerError(`${what} has more than ${max} parts`);
    const child = readElement(buf, p, parent.end);
    out.push(child);
    p = child.end;
  }
  return out;
}

/** The fields of tbsCertList (RFC 5280 5.1.2), in order, with the optional ones told apart. */
function readTbs(der: Uint8Array, tbs: Element) {
  const fields = fewChildren(der, tbs, 7, 'tbsCertList');
  let i = 0;
  let version = 1;
  if (fields[0]?.tag === TAG.INTEGER) {
    version = readSmallInteger(der, fields[i++]!, 'version') + 1;
    if (version !== 2) throw new DerError(`version field ${version - 1} is not 1 (v2)`);
  }
  const innerAlg = expectTag(fields[i++], TAG.SEQUENCE, 'the inner signature algorithm');
  const issuerName = expectTag(fields[i++], TAG.SEQUENCE, 'issuer');
  const thisUpdate = readTime(der, expectPresent(fields[i++], 'thisUpdate'), 'thisUpdate');
  let nextUpdate: Date | undefined;
  const next = fields[i];
  if (next && (next.tag === TAG.UTC_TIME || next.tag === TAG.GENERALIZED_TIME)) {
    nextUpdate = readTime(der, next, 'nextUpdate');
    i++;
  }
  const revokedList = fields[i]?.tag === TAG.SEQUENCE ? fields[i++] : undefined;
  const extWrapper = fields[i]?.tag === 0xa0 ? fields[i++] : undefined;
  if (fields[i])
    throw new DerError(`tbsCertList has an unexpected field with tag 0x${fields[i]!.tag.toString(16)}`);
  if (extWrapper && version < 2) throw new DerError('a version 1 CRL has crlExtensions');
  return { version, innerAlg, issuerName, thisUpdate, nextUpdate, revokedList, extWrapper };
}

function expectPresent(el: Element | undefined, what: string): Element {
  if (!el) throw new DerError(`${what} is missing`);
  return el;
}

function readCrl(der: Uint8Array, path: string): Crl {
  const top = expectTag(readElement(der, 0, der.length), TAG.SEQUENCE, 'the CRL');
  if (top.end !== der.length)
    throw new DerError(`${der.length - top.end} bytes of trailing data after the CRL`);
  const [tbs, outerAlg, signatureEl] = fewChildren(der, top, 3, 'the CRL');
  expectTag(tbs, TAG.SEQUENCE, 'tbsCertList');
  expectTag(outerAlg, TAG.SEQUENCE, 'signatureAlgorithm');
  const bits = contentOf(der, expectTag(signatureEl, TAG.BIT_STRING, 'signatureValue'));
  if (bits.length < 2 || bits[0] !== 0) throw new DerError('signatureValue is empty or has unused bits');
  const f = readTbs(der, tbs!);
  // RFC 5280 5.1.1.2: the two AlgorithmIdentifiers must be the same, parameters included.
  if (Buffer.compare(encodedOf(der, f.innerAlg), encodedOf(der, outerAlg!)) !== 0)
    throw new DerError('the signature algorithm inside tbsCertList differs from the outer one');
  const issuer = describeName(der, f.issuerName, 'issuer');
  const unhandledCritical: string[] = [];
  const revoked = f.revokedList ? readRevoked(der, f.revokedList, f.version, unhandledCritical) : [];
  let exts: CrlExtensions = { extensions: [] };
  if (f.extWrapper) {
    const [list] = fewChildren(der, f.extWrapper, 1, 'the crlExtensions wrapper');
    exts = readCrlExtensions(der, expectPresent(list, 'crlExtensions'), unhandledCritical);
  }
  return {
    path,
    version: f.version,
    signature: algorithmOf(der, outerAlg!),
    issuer: issuer.display,
    issuerKey: issuer.key,
    thisUpdate: f.thisUpdate,
    ...(f.nextUpdate ? { nextUpdate: f.nextUpdate } : {}),
    revoked,
    ...(exts.crlNumber !== undefined ? { crlNumber: exts.crlNumber } : {}),
    ...(exts.authorityKeyId !== undefined ? { authorityKeyId: exts.authorityKeyId } : {}),
    extensions: exts.extensions,
    unhandledCriticalExtensions: unhandledCritical,
    der,
    tbsCertList: encodedOf(der, tbs!),
    signatureValue: bits.subarray(1),
  };
}

/**
 * Parses one CRL from PEM or DER. Returns the CRL, or a problem sentence that names `path` and
 * says what is wrong. Never throws; work is linear in the input's size.
 */
export function parseCrl(bytes: Uint8Array, path: string): { crl?: Crl; problem?: string } {
  if (bytes.length === 0) return { problem: `${path}: the file is empty, not a CRL` };
  try {
    const der = derOf(bytes);
    if (typeof der === 'string') return { problem: `${path}: the file ${der}` };
    return { crl: readCrl(der, path) };
  } catch (error) {
    const reason = error instanceof DerError ? error.message : `it cannot be read (${String(error)})`;
    return { problem: `${path}: not a valid X.509 CRL: ${reason}` };
  }
}

/**
 * The CRL's issuer name equals `ca`'s subject and its signature verifies with `ca`'s public key
 * (RSA PKCS #1 v1.5 and ECDSA with SHA-256/384/512; other algorithms are refused).
 */
export function crlIssuedBy(crl: Crl, ca: Certificate): boolean {
  if (crl.issuerKey !== ca.subjectKey) return false;
  const hash = FAST_HASHES[crl.signature.oid];
  if (!hash) return false;
  const needs = crl.signature.oid.startsWith('1.2.840.113549.') ? 'RSA' : 'EC';
  if (ca.publicKey.algorithm !== needs) return false;
  try {
    const [s0, s1] = layoutOf(ca).spki;
    const key = keyFromSpki(ca.der.subarray(s0, s1));
    return key !== null && verify(hash, crl.tbsCertList, key, crl.signatureValue);
  } catch {
    return false;
  }
}

/** nextUpdate is present and after `now`. */
export function isCurrent(crl: Crl, now: Date): boolean {
  return crl.nextUpdate !== undefined && crl.nextUpdate.getTime() > now.getTime();
}
