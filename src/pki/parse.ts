/**
 * DER → Certificate. pkijs reads the ASN.1 structure; node:crypto reads key details and, later,
 * verifies signatures (OpenSSL underneath, the same code a TLS terminator runs).
 */
import { createHash, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Certificate, PublicKeyInfo, SignatureInfo, SourceLocation } from './model.js';

export class CertificateParseError extends Error {
  override name = 'CertificateParseError';
}

const NAME_TYPES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'serialNumber',
  '2.5.4.12': 'title',
  '2.5.4.17': 'postalCode',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

const SIGNATURES: Record<string, { name: string; hash?: string }> = {
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', hash: 'MD2' },
  '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', hash: 'MD4' },
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'SHA-1' },
  '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', hash: 'SHA-224' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'SHA-512' },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'SHA-1' },
  '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', hash: 'SHA-224' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'SHA-512' },
  '1.2.840.10040.4.3': { name: 'dsa-with-SHA1', hash: 'SHA-1' },
  '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-SHA256', hash: 'SHA-256' },
  '1.3.101.112': { name: 'Ed25519' },
  '1.3.101.113': { name: 'Ed448' },
};

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

const CURVES: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  prime192v1: 'P-192',
  secp224r1: 'P-224',
  secp256k1: 'secp256k1',
};

const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
];

function hex(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
}

function attributeText(value: unknown): string | undefined {
  const block = (value as { valueBlock?: { value?: unknown } }).valueBlock;
  return typeof block?.value === 'string' ? block.value : undefined;
}

/** RFC 4514 escaping of one attribute value. */
function escapeDnValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
    .replace(/^([ #])/, '\\$1')
    .replace(/ $/, '\\ ')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Display form and matching key of a Name, read from its encoding so that each RDN stays one
 * unit: `O=X+CN=Y` (one multi-valued RDN) is not `O=X, CN=Y` (two RDNs), as RFC 5280 7.1 and
 * OpenSSL's name comparison require (pkijs flattens the RDNs, so it is not used here).
 */
function describeName(name: pkijs.RelativeDistinguishedNames): { display: string; key: string } {
  const parsed = asn1js.fromBER(name.valueBeforeDecode);
  const rdns = parsed.result instanceof asn1js.Sequence ? parsed.result.valueBlock.value : [];
  const display: string[] = [];
  const key: string[] = [];
  for (const rdn of rdns) {
    const shown: string[] = [];
    const keyed: string[] = [];
    for (const attribute of rdn instanceof asn1js.Set ? rdn.valueBlock.value : []) {
      const [type, value] = attribute instanceof asn1js.Sequence ? attribute.valueBlock.value : [];
      if (!(type instanceof asn1js.ObjectIdentifier) || !value) continue;
      const oid = type.valueBlock.toString();
      const text = attributeText(value);
      const raw = hex(value.toBER());
      shown.push(`${NAME_TYPES[oid] ?? oid}=${text !== undefined ? escapeDnValue(text) : `#${raw}`}`);
      // RFC 5280 7.1 matching, simplified as OpenSSL does: case-folded, whitespace-collapsed strings.
      keyed.push(`${oid}=${text !== undefined ? text.trim().replace(/\s+/g, ' ').toLowerCase() : raw}`);
    }
    display.push(shown.join('+'));
    // The attributes of one RDN are a set: their order does not matter.
    key.push(keyed.sort().join('+'));
  }
  // Most specific first reads best in tables ("CN=Partner CA, O=Example"), as RFC 4514 writes it.
  return { display: display.reverse().join(', '), key: key.join('/') };
}

function signatureInfo(alg: pkijs.AlgorithmIdentifier): SignatureInfo {
  const known = SIGNATURES[alg.algorithmId];
  if (!known) return { oid: alg.algorithmId, name: alg.algorithmId };
  if (alg.algorithmId === '1.2.840.113549.1.1.10') {
    // RSASSA-PSS carries its hash in the parameters; absent parameters mean SHA-1 (RFC 4055 3.1).
    let hash = 'SHA-1';
    try {
      if (alg.algorithmParams) {
        const params = new pkijs.RSASSAPSSParams({ schema: alg.algorithmParams });
        hash = HASHES[params.hashAlgorithm.algorithmId] ?? params.hashAlgorithm.algorithmId;
      }
    } catch {
      hash = 'unknown';
    }
    return { oid: alg.algorithmId, name: `RSASSA-PSS with ${hash}`, hash };
  }
  return { oid: alg.algorithmId, name: known.name, ...(known.hash ? { hash: known.hash } : {}) };
}

function publicKeyInfo(spki: pkijs.PublicKeyInfo): PublicKeyInfo {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(spki.toSchema().toBER()), format: 'der', type: 'spki' });
  } catch {
    const oid = spki.algorithm.algorithmId;
    return { algorithm: oid, bits: 0, description: `unsupported key (${oid})` };
  }
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss': {
      const bits = details.modulusLength ?? 0;
      const algorithm = key.asymmetricKeyType === 'rsa' ? 'RSA' : 'RSA-PSS';
      return { algorithm, bits, description: `${algorithm} ${bits}` };
    }
    case 'ec': {
      const named = details.namedCurve ?? 'unknown';
      const curve = CURVES[named] ?? named;
      const bits = Number(/\d+/.exec(curve)?.[0] ?? 0);
      return { algorithm: 'EC', bits, curve, description: `EC ${curve}` };
    }
    case 'dsa': {
      const bits = details.modulusLength ?? 0;
      return { algorithm: 'DSA', bits, description: `DSA ${bits}` };
    }
    case 'ed25519':
      return { algorithm: 'Ed25519', bits: 256, description: 'Ed25519' };
    case 'ed448':
      return { algorithm: 'Ed448', bits: 456, description: 'Ed448' };
    default:
      return {
        algorithm: String(key.asymmetricKeyType),
        bits: 0,
        description: String(key.asymmetricKeyType),
      };
  }
}

/** Parses one DER certificate. Throws CertificateParseError with a reason a user can act on. */
export function parseCertificateDer(der: Uint8Array, location: SourceLocation): Certificate {
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1)
    throw new CertificateParseError(`not valid DER (${asn1.result.error || 'ASN.1 decoding failed'})`);
  if (asn1.offset !== der.byteLength) {
    throw new CertificateParseError(
      `${der.byteLength - asn1.offset} bytes of trailing data after the certificate`,
    );
  }
  let cert: pkijs.Certificate;
  try {
    cert = new pkijs.Certificate({ schema: asn1.result });
  } catch (error) {
    throw new CertificateParseError(`not an X.509 certificate (${(error as Error).message})`);
  }
  const subject = describeName(cert.subject);
  const issuer = describeName(cert.issuer);
  let basicConstraints: Certificate['basicConstraints'];
  let keyUsage: Certificate['keyUsage'];
  let subjectKeyId: string | undefined;
  let authorityKeyId: string | undefined;
  for (const ext of cert.extensions ?? []) {
    const value = ext.parsedValue as unknown;
    switch (ext.extnID) {
      case '2.5.29.19': {
        const bc = value as pkijs.BasicConstraints | undefined;
        if (!bc) break;
        const pathLen = bc.pathLenConstraint;
        basicConstraints = {
          ca: bc.cA === true,
          critical: ext.critical,
          ...(pathLen === undefined
            ? {}
            : { pathLenConstraint: typeof pathLen === 'number' ? pathLen : pathLen.valueBlock.valueDec }),
        };
        break;
      }
      case '2.5.29.15': {
        const bits = new Uint8Array((value as asn1js.BitString | undefined)?.valueBlock.valueHexView ?? []);
        const names = KEY_USAGE_BITS.filter((_, i) => ((bits[i >> 3] ?? 0) >> (7 - (i & 7))) & 1);
        keyUsage = {
          keyCertSign: names.includes('keyCertSign'),
          digitalSignature: names.includes('digitalSignature'),
          cRLSign: names.includes('cRLSign'),
          names,
        };
        break;
      }
      case '2.5.29.14':
        if (value instanceof asn1js.OctetString) subjectKeyId = hex(value.valueBlock.valueHexView);
        break;
      case '2.5.29.35': {
        const id = (value as pkijs.AuthorityKeyIdentifier | undefined)?.keyIdentifier;
        if (id) authorityKeyId = hex(id.valueBlock.valueHexView);
        break;
      }
    }
  }
  const outer = cert.signatureAlgorithm;
  const sameAlgorithm =
    outer.algorithmId === cert.signature.algorithmId &&
    hex(outer.toSchema().toBER()) === hex(cert.signature.toSchema().toBER());
  return {
    der,
    fingerprint: createHash('sha256').update(der).digest('hex'),
    subject: subject.display,
    issuer: issuer.display,
    subjectKey: subject.key,
    issuerKey: issuer.key,
    serialNumber: hex(cert.serialNumber.valueBlock.valueHexView),
    version: cert.version + 1,
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    ...(basicConstraints ? { basicConstraints } : {}),
    ...(keyUsage ? { keyUsage } : {}),
    ...(subjectKeyId ? { subjectKeyId } : {}),
    ...(authorityKeyId ? { authorityKeyId } : {}),
    publicKey: publicKeyInfo(cert.subjectPublicKeyInfo),
    signature: signatureInfo(outer),
    innerSignatureOid: cert.signature.algorithmId,
    signatureAlgorithmsMatch: sameAlgorithm,
    selfIssued: subject.key === issuer.key,
    source: location,
    duplicates: [],
  };
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

/** True when `issuer`'s public key verifies `child`'s signature. */
export function signatureVerifies(child: Certificate, issuer: Certificate): boolean {
  const c = x509Of(child);
  const p = x509Of(issuer);
  if (!c || !p) return false;
  try {
    return c.verify(p.publicKey);
  } catch {
    return false;
  }
}
