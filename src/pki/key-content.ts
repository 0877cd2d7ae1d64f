/**
 * What private-key bytes look like, judged by content only: the DER outline of PKCS#8, encrypted
 * PKCS#8, PKCS#1, SEC 1, DSA and PKCS#12, OpenSSH's `openssh-key-v1` container, and Microsoft's
 * PVK and PRIVATEKEYBLOB. Every check reads a bounded number of bytes (a few headers, never the
 * key values), so it can be tried at every line start of hostile text. Nothing here returns key
 * bytes: callers learn where a key begins and what kind it is.
 */
import { contentOf, type Element, readOid, TAG } from './der.js';

/** The largest key DER we look for: a 16,384-bit RSA key in PKCS#1 is about 9.4 KB. */
export const MAX_KEY_DER = 64 * 1024;

/** A private key has at most 10 top-level elements (multi-prime PKCS#1); more is something else. */
const MAX_ITEMS = 12;
/** The PBE and PKCS#7 object identifiers compared below are under 16 bytes. */
const MAX_OID_BYTES = 32;

/**
 * The DER element at `offset`, ending at or before `limit`, or undefined: der.ts's readElement
 * rules (one-byte tags, definite and minimally encoded lengths) without throwing, since this runs
 * at every line start of hostile text and an exception costs more than the whole check.
 */
export function derElement(buf: Uint8Array, offset: number, limit: number): Element | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) return undefined;
  let length = buf[offset + 1]!;
  let p = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || p + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[p++]!;
    if (length < 0x80 || (count > 1 && buf[offset + 2] === 0)) return undefined;
  }
  if (p + length > limit) return undefined;
  return { tag, start: offset, contentStart: p, end: p + length };
}

/** The top-level elements of a DER SEQUENCE filling `bytes`, or undefined (also past MAX_ITEMS). */
function topLevel(bytes: Uint8Array): Element[] | undefined {
  const top = derElement(bytes, 0, bytes.length);
  if (top?.tag !== TAG.SEQUENCE || top.end !== bytes.length) return undefined;
  const items: Element[] = [];
  for (let p = top.contentStart; p < top.end; ) {
    const item = items.length < MAX_ITEMS ? derElement(bytes, p, top.end) : undefined;
    if (!item) return undefined;
    items.push(item);
    p = item.end;
  }
  return items;
}

/** The object identifier that opens a constructed element (an AlgorithmIdentifier), if short. */
function firstOid(bytes: Uint8Array, parent: Element): string | undefined {
  const oid = derElement(bytes, parent.contentStart, parent.end);
  if (oid?.tag !== TAG.OID || oid.end - oid.contentStart > MAX_OID_BYTES) return undefined;
  return readOid(bytes, oid);
}

/** PKCS#5 (PBES1/PBES2) and PKCS#12 PBE algorithms: what encrypted PKCS#8 keys are wrapped with. */
const PASSWORD_ENCRYPTION = /^1\.2\.840\.113549\.1\.(5|12)\./;
/** PKCS#7 data and encryptedData: the content types a PKCS#12 PFX's authSafe carries. */
const PFX_CONTENT = /^1\.2\.840\.113549\.1\.7\.[16]$/;

/**
 * A DER structure shaped like a private key, by its outline only: PKCS#8 / OneAsymmetricKey
 * (version, algorithm, OCTET STRING), encrypted PKCS#8 (password-based algorithm, OCTET STRING),
 * SEC 1 EC (version 1, OCTET STRING), PKCS#1 RSA (version 0 and eight INTEGERs), OpenSSL's
 * traditional DSA (version 0 and five INTEGERs), or a PKCS#12 PFX (version 3, PKCS#7 data).
 */
export function looksLikePrivateKeyDer(bytes: Uint8Array): boolean {
  const items = topLevel(bytes);
  if (!items) return false;
  const [first, second, third] = items;
  try {
    if (first?.tag === TAG.SEQUENCE && second?.tag === TAG.OCTET_STRING && items.length === 2) {
      const oid = firstOid(bytes, first);
      return oid !== undefined && PASSWORD_ENCRYPTION.test(oid);
    }
    if (first?.tag !== TAG.INTEGER) return false;
    const version = contentOf(bytes, first);
    const v = version.length === 1 ? version[0] : -1;
    if ((v === 0 || v === 1) && second?.tag === TAG.SEQUENCE && third?.tag === TAG.OCTET_STRING) return true;
    if (v === 1 && second?.tag === TAG.OCTET_STRING) return true;
    if (v === 3 && second?.tag === TAG.SEQUENCE) {
      const oid = firstOid(bytes, second);
      return oid !== undefined && PFX_CONTENT.test(oid);
    }
    const integers = items.slice(1).filter((i) => i.tag === TAG.INTEGER).length;
    if (v !== 0 || integers !== items.length - 1) return false;
    return integers >= 8 || integers === 5;
  } catch {
    return false;
  }
}

/**
 * Microsoft's private key files that `openssl rsa -outform PVK|MSBLOB` writes: the PVK magic
 * 0xb0b5f11e, or a PRIVATEKEYBLOB header (type 7, version 2) with an `RSA2` / `DSS2` magic.
 */
export function binaryKeyFormat(bytes: Uint8Array): 'PVK' | 'PRIVATEKEYBLOB' | undefined {
  const u32 = (at: number) =>
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  if (bytes.length >= 24 && u32(0) === 0xb0b5f11e) return 'PVK';
  if (bytes.length >= 16 && bytes[0] === 0x07 && bytes[1] === 0x02 && bytes[2] === 0 && bytes[3] === 0) {
    const magic = String.fromCharCode(bytes[8]!, bytes[9]!, bytes[10]!, bytes[11]!);
    if (magic === 'RSA2' || magic === 'DSS2') return 'PRIVATEKEYBLOB';
  }
  return undefined;
}

/** OpenSSH's private key container (PROTOCOL.key): `openssh-key-v1` and a NUL. */
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

export type KeyKind = 'der' | 'openssh' | 'pvk' | 'msblob';

/**
 * The private key that begins at byte `at` of `bytes`, if any, and where it ends (for DER, its
 * last byte; for the other formats, the end of the magic that names them). O(1) work: a header,
 * a magic, or a DER outline of at most MAX_ITEMS elements.
 */
export function keyAt(bytes: Uint8Array, at: number): { kind: KeyKind; end: number } | undefined {
  switch (bytes[at]) {
    case 0x30: {
      const end = derElement(bytes, at, bytes.length)?.end ?? at;
      if (end - at < 16 || end - at > MAX_KEY_DER) return undefined;
      return looksLikePrivateKeyDer(bytes.subarray(at, end)) ? { kind: 'der', end } : undefined;
    }
    case 0x6f: {
      if (bytes.length - at < OPENSSH_MAGIC.length) return undefined;
      for (let i = 0; i < OPENSSH_MAGIC.length; i++) if (bytes[at + i] !== OPENSSH_MAGIC[i]) return undefined;
      return { kind: 'openssh', end: at + OPENSSH_MAGIC.length };
    }
    case 0x1e:
    case 0x07: {
      const format = binaryKeyFormat(bytes.subarray(at, at + 24));
      if (format === 'PVK') return { kind: 'pvk', end: at + 24 };
      if (format === 'PRIVATEKEYBLOB') return { kind: 'msblob', end: at + 16 };
      return undefined;
    }
    default:
      return undefined;
  }
}
