/**
 * Private keys in any disguise. A key committed next to CA files is compromised whatever its
 * armour: a PKCS#8 key relabelled `BEGIN CERTIFICATE`, base64 pasted between two certificate
 * blocks, a PKCS#12 bundle or a Microsoft key blob. Detection reads the DER outline only (never
 * the key values) and nothing here returns key bytes: callers get a line number to report.
 */
import { childrenOf, contentOf, type Element, readElement, readOid, TAG } from './der.js';

/** The top-level elements of a DER SEQUENCE, or undefined when the bytes are not exactly one. */
function topLevel(bytes: Uint8Array): Element[] | undefined {
  try {
    const top = readElement(bytes, 0, bytes.length);
    return top.tag === TAG.SEQUENCE && top.end === bytes.length ? childrenOf(bytes, top) : undefined;
  } catch {
    return undefined;
  }
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
      const [oid] = childrenOf(bytes, first);
      return oid?.tag === TAG.OID && PASSWORD_ENCRYPTION.test(readOid(bytes, oid));
    }
    if (first?.tag !== TAG.INTEGER) return false;
    const version = contentOf(bytes, first);
    const v = version.length === 1 ? version[0] : -1;
    if ((v === 0 || v === 1) && second?.tag === TAG.SEQUENCE && third?.tag === TAG.OCTET_STRING) return true;
    if (v === 1 && second?.tag === TAG.OCTET_STRING) return true;
    if (v === 3 && second?.tag === TAG.SEQUENCE) {
      const [oid] = childrenOf(bytes, second);
      return oid?.tag === TAG.OID && PFX_CONTENT.test(readOid(bytes, oid));
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
export function binaryKeyFormat(bytes: Uint8Array): string | undefined {
  const u32 = (at: number) =>
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  if (bytes.length >= 24 && u32(0) === 0xb0b5f11e) return 'PVK';
  if (bytes.length >= 16 && bytes[0] === 0x07 && bytes[1] === 0x02 && bytes[2] === 0 && bytes[3] === 0) {
    const magic = String.fromCharCode(...bytes.subarray(8, 12));
    if (magic === 'RSA2' || magic === 'DSS2') return 'PRIVATEKEYBLOB';
  }
  return undefined;
}

export interface Base64Line {
  text: string;
  line: number;
}

/** The largest key we look for: a 16,384-bit RSA key in PKCS#1 is about 9.4 KB. */
const MAX_KEY_DER = 64 * 1024;

/** How many base64 characters the search may decode in one file, so hostile text stays cheap. */
export const KEY_SEARCH_BUDGET = 16 * 1024 * 1024;

/**
 * The line where key DER begins in a run of base64 lines (consecutive, as pasted), if any. Every
 * line that could start a DER SEQUENCE (`M...`) is tried: its DER header gives the length, and
 * only that many characters are decoded. `budget.chars` bounds the decoding over a whole file.
 */
export function findKeyInBase64(run: readonly Base64Line[], budget: { chars: number }): number | undefined {
  if (run.length === 0) return undefined;
  const joined = run.map((l) => l.text).join('');
  let offset = 0;
  for (let i = 0; i < run.length; offset += run[i]!.text.length, i++) {
    if (run[i]!.text[0] !== 'M' || budget.chars <= 0) continue;
    const head = Buffer.from(joined.slice(offset, offset + 8), 'base64');
    let total: number;
    try {
      const el = readElement(head, 0, head.length + MAX_KEY_DER);
      total = el.end;
    } catch {
      continue;
    }
    if (total < 16 || total > MAX_KEY_DER) continue;
    const chars = Math.ceil(total / 3) * 4;
    if (offset + chars > joined.length + 2) continue;
    budget.chars -= chars;
    const der = Buffer.from(joined.slice(offset, offset + chars), 'base64').subarray(0, total);
    if (der.length === total && looksLikePrivateKeyDer(der)) return run[i]!.line;
  }
  return undefined;
}
