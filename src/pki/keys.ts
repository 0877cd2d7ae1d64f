/**
 * What kind of public key a certificate carries and how strong it is, read from the
 * SubjectPublicKeyInfo DER. No KeyObject is made here: node:crypto builds one only for the
 * certificates that sign others (see signatureVerifies), which at 1,000 certificates saves
 * ~100 ms of key parsing the rules do not need.
 */
import { childrenOf, contentOf, type Element, expectTag, readElement, readOid, TAG } from './der.js';
import type { PublicKeyInfo, RsaExponent } from './model.js';

const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
  '1.2.840.10045.3.1.1': 'P-192',
  '1.3.132.0.33': 'P-224',
  '1.3.132.0.10': 'secp256k1',
};

const ALGORITHMS = {
  rsa: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ec: '1.2.840.10045.2.1',
  dsa: '1.2.840.10040.4.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
};

/** Bit length of a DER INTEGER's magnitude. */
function integerBits(buf: Uint8Array, el: Element, what: string): number {
  return bitLength(magnitude(contentOf(buf, expectTag(el, TAG.INTEGER, what))));
}

function magnitude(bytes: Uint8Array): Uint8Array {
  let out = bytes;
  while (out.length > 1 && out[0] === 0) out = out.subarray(1);
  return out;
}

function bitLength(bytes: Uint8Array): number {
  const top = bytes[0] ?? 0;
  return top === 0 ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(top));
}

/** The RSA public exponent, from the DER alone (no key is built): undefined when it is missing. */
function readExponent(buf: Uint8Array, el: Element | undefined): RsaExponent | undefined {
  if (el?.tag !== TAG.INTEGER) return undefined; // OpenSSL cannot load the key: nothing is checked with it
  const content = contentOf(buf, el);
  const bytes = magnitude(content);
  const bits = bitLength(bytes);
  return {
    bits,
    odd: ((bytes[bytes.length - 1] ?? 0) & 1) === 1,
    ...(bits <= 48 ? { value: bytes.reduce((v, b) => v * 256 + b, 0) } : {}),
    negative: ((content[0] ?? 0) & 0x80) !== 0,
  };
}

export function publicKeyInfo(buf: Uint8Array, spki: Element): PublicKeyInfo {
  const [algorithm, key] = childrenOf(buf, expectTag(spki, TAG.SEQUENCE, 'subjectPublicKeyInfo'));
  const [oidEl, params] = childrenOf(buf, expectTag(algorithm, TAG.SEQUENCE, 'the key algorithm'));
  const oid = readOid(buf, expectTag(oidEl, TAG.OID, 'the key algorithm identifier'));
  const bitString = expectTag(key, TAG.BIT_STRING, 'subjectPublicKey');
  switch (oid) {
    case ALGORITHMS.rsa:
    case ALGORITHMS.rsaPss: {
      // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } inside the BIT STRING.
      const inner = readElement(buf, bitString.contentStart + 1, bitString.end);
      const [modulus, exponent] = childrenOf(buf, expectTag(inner, TAG.SEQUENCE, 'RSAPublicKey'));
      const bits = integerBits(buf, expectTag(modulus, TAG.INTEGER, 'RSA modulus'), 'RSA modulus');
      const name = oid === ALGORITHMS.rsa ? 'RSA' : 'RSA-PSS';
      const e = readExponent(buf, exponent);
      return { algorithm: name, bits, description: `${name} ${bits}`, ...(e ? { exponent: e } : {}) };
    }
    case ALGORITHMS.ec: {
      if (params?.tag !== TAG.OID) {
        return {
          algorithm: 'EC',
          bits: 0,
          curve: 'explicit parameters',
          description: 'EC explicit parameters',
        };
      }
      const curveOid = readOid(buf, params);
      const curve = CURVES[curveOid] ?? curveOid;
      return {
        algorithm: 'EC',
        bits: Number(/^P-(\d+)$/.exec(curve)?.[1] ?? 0),
        curve,
        description: `EC ${curve}`,
      };
    }
    case ALGORITHMS.dsa: {
      const [p] = params?.tag === TAG.SEQUENCE ? childrenOf(buf, params) : [];
      const bits = p ? integerBits(buf, p, 'DSA p') : 0;
      return { algorithm: 'DSA', bits, description: `DSA ${bits}` };
    }
    case ALGORITHMS.ed25519:
      return { algorithm: 'Ed25519', bits: 256, description: 'Ed25519' };
    case ALGORITHMS.ed448:
      return { algorithm: 'Ed448', bits: 456, description: 'Ed448' };
    default:
      return { algorithm: oid, bits: 0, description: `unsupported key (${oid})` };
  }
}

/**
 * CA/Browser Forum Baseline Requirements 6.1.6: the exponent MUST be odd and at least 3, and SHOULD
 * lie between 2^16 + 1 and 2^256 - 1. `too-large` and `invalid` keys are refused, and never used to
 * check a signature: a ~3,070-bit exponent makes each check ~100 times slower.
 */
export function exponentProblem(key: PublicKeyInfo): 'invalid' | 'too-large' | 'small' | undefined {
  const e = key.exponent;
  if (!e) return undefined;
  if (e.negative || !e.odd || (e.value !== undefined && e.value < 3)) return 'invalid';
  if (e.bits > 256) return 'too-large';
  if (e.value !== undefined && e.value < 65_537) return 'small';
  return undefined;
}

/** May a signature be checked with this key at all (see exponentProblem)? */
export function checksSignatures(key: PublicKeyInfo): boolean {
  const problem = exponentProblem(key);
  return problem !== 'too-large' && problem !== 'invalid';
}

/** Cost of one check with a key on each named curve, in P-256 checks (OpenSSL 3.0, x86-64). */
const CURVE_COST: Record<string, number> = { 'P-256': 1, 'P-384': 8, 'P-521': 20, 'P-192': 1, 'P-224': 2 };

/**
 * What one signature check with `key` costs, in units of a P-256 check (~60 us), measured with
 * OpenSSL 3.0 and rounded up: RSA-2048 to 4096 with e = 65537 cost 1 or 2, P-384 8, P-521 20, an
 * RSA-3072 key with a 256-bit exponent 15. The chain search's budget is counted in these units.
 */
export function signatureCost(key: PublicKeyInfo): number {
  switch (key.algorithm) {
    case 'EC':
      return CURVE_COST[key.curve ?? ''] ?? 32; // other curves, explicit parameters: unoptimised code
    case 'Ed25519':
      return 2;
    case 'Ed448':
      return 4;
    case 'RSA':
    case 'RSA-PSS':
      return rsaCost(key.bits, key.exponent?.bits ?? 17);
    case 'DSA':
      // Two exponentiations modulo p with exponents of q's size; OpenSSL refuses p over 10,000 bits.
      return key.bits > 10_000 ? 1 : 2 * modExpCost(key.bits, 256);
    default:
      return 1; // OpenSSL cannot use the key: the check fails before any arithmetic
  }
}

function rsaCost(bits: number, exponentBits: number): number {
  // OpenSSL refuses a modulus over 16,384 bits, or over 3,072 bits with an exponent over 64 bits,
  // before any arithmetic (OPENSSL_RSA_MAX_MODULUS_BITS, OPENSSL_RSA_MAX_PUBEXP_BITS).
  if (bits > 16_384 || (bits > 3072 && exponentBits > 64)) return 1;
  return modExpCost(bits, exponentBits);
}

/** Modular multiplications grow with the exponent's bits and a little over the square of the modulus. */
function modExpCost(bits: number, exponentBits: number): number {
  return Math.max(1, Math.ceil(0.4 * (Math.max(exponentBits, 17) / 17) * (bits / 2048) ** 2.2));
}
