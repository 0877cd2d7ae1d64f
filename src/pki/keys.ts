/**
 * What kind of public key a certificate carries and how strong it is, read from the
 * SubjectPublicKeyInfo DER. No KeyObject is made here: node:crypto builds one only for the
 * certificates that sign others (see signatureVerifies), which at 1,000 certificates saves
 * ~100 ms of key parsing the rules do not need.
 */
import { childrenOf, contentOf, type Element, expectTag, readElement, readOid, TAG } from './der.js';
import type { PublicKeyInfo } from './model.js';

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
  let bytes = contentOf(buf, expectTag(el, TAG.INTEGER, what));
  while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.subarray(1);
  const top = bytes[0] ?? 0;
  return top === 0 ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(top));
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
      const [modulus] = childrenOf(buf, expectTag(inner, TAG.SEQUENCE, 'RSAPublicKey'));
      const bits = integerBits(buf, expectTag(modulus, TAG.INTEGER, 'RSA modulus'), 'RSA modulus');
      const name = oid === ALGORITHMS.rsa ? 'RSA' : 'RSA-PSS';
      return { algorithm: name, bits, description: `${name} ${bits}` };
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
