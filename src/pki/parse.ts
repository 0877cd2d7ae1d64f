/**
 * DER → Certificate. The outline is read with the strict reader in der.ts, the key's type, size
 * and exponent with keys.ts; signatures are verified by node:crypto (signatures.ts).
 */
import { hash } from 'node:crypto';
import {
  childrenOf,
  contentOf,
  DerError,
  type Element,
  encodedOf,
  expectTag,
  hexOf,
  readBoolean,
  readElement,
  readOid,
  readSmallInteger,
  readTime,
  TAG,
} from './der.js';
import { readExtendedKeyUsage, readGeneralNames, readNameConstraints } from './general-names.js';
import { publicKeyInfo } from './keys.js';
import type { Certificate, PublicKeyInfo, SignatureInfo, SourceLocation } from './model.js';
import { describeName } from './names.js';

export class CertificateParseError extends Error {
  override name = 'CertificateParseError';
}

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

const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  extendedKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  nameConstraints: '2.5.29.30',
  rsassaPss: '1.2.840.113549.1.1.10',
};

function signatureInfo(buf: Uint8Array, alg: Element): SignatureInfo {
  const [idEl, params] = childrenOf(buf, expectTag(alg, TAG.SEQUENCE, 'signature algorithm'));
  const oid = readOid(buf, expectTag(idEl, TAG.OID, 'signature algorithm identifier'));
  const known = SIGNATURES[oid];
  if (!known) return { oid, name: oid };
  if (oid === OID.rsassaPss) {
    // RSASSA-PSS carries its hash in [0] of its parameters; absent means SHA-1 (RFC 4055 3.1).
    let hash = 'SHA-1';
    const hashField =
      params?.tag === TAG.SEQUENCE ? childrenOf(buf, params).find((e) => e.tag === 0xa0) : undefined;
    if (hashField) {
      const [hashAlg] = childrenOf(buf, hashField);
      const [hashOid] = childrenOf(buf, expectTag(hashAlg, TAG.SEQUENCE, 'RSASSA-PSS hash algorithm'));
      const id = readOid(buf, expectTag(hashOid, TAG.OID, 'RSASSA-PSS hash identifier'));
      hash = HASHES[id] ?? id;
    }
    return { oid, name: `RSASSA-PSS with ${hash}`, hash };
  }
  return { oid, name: known.name, ...(known.hash ? { hash: known.hash } : {}) };
}

type Extensions = Pick<
  Certificate,
  | 'basicConstraints'
  | 'keyUsage'
  | 'subjectKeyId'
  | 'authorityKeyId'
  | 'extensions'
  | 'extendedKeyUsage'
  | 'subjectAltNames'
  | 'nameConstraints'
>;

/** Decodes the extensions the engine uses; every other one is only recorded (never decoded). */
function readExtensions(buf: Uint8Array, wrapper: Element | undefined): Extensions {
  const out: Extensions = { extensions: [], subjectAltNames: [] };
  if (!wrapper) return out;
  const [list] = childrenOf(buf, wrapper);
  for (const ext of childrenOf(buf, expectTag(list, TAG.SEQUENCE, 'extensions'))) {
    const fields = childrenOf(buf, expectTag(ext, TAG.SEQUENCE, 'an extension'));
    const oid = readOid(buf, expectTag(fields[0], TAG.OID, 'an extension identifier'));
    const critical =
      fields.length === 3 ? readBoolean(buf, fields[1]!, `the critical flag of ${oid}`) : false;
    const value = expectTag(
      fields[fields.length === 3 ? 2 : 1],
      TAG.OCTET_STRING,
      `the value of extension ${oid}`,
    );
    out.extensions.push({ oid, critical });
    const inner = () => readElement(buf, value.contentStart, value.end);
    switch (oid) {
      case OID.basicConstraints: {
        const items = childrenOf(buf, expectTag(inner(), TAG.SEQUENCE, 'basicConstraints'));
        let i = 0;
        const ca =
          items[i]?.tag === TAG.BOOLEAN ? readBoolean(buf, items[i++]!, 'basicConstraints cA') : false;
        const pathLen = items[i] ? readSmallInteger(buf, items[i]!, 'pathLenConstraint') : undefined;
        out.basicConstraints = {
          ca,
          critical,
          ...(pathLen === undefined ? {} : { pathLenConstraint: pathLen }),
        };
        break;
      }
      case OID.keyUsage: {
        const bits = contentOf(buf, expectTag(inner(), TAG.BIT_STRING, 'keyUsage')).subarray(1);
        const names = KEY_USAGE_BITS.filter((_, i) => ((bits[i >> 3] ?? 0) >> (7 - (i & 7))) & 1).slice();
        out.keyUsage = {
          keyCertSign: names.includes('keyCertSign'),
          digitalSignature: names.includes('digitalSignature'),
          cRLSign: names.includes('cRLSign'),
          names,
        };
        break;
      }
      case OID.subjectKeyId:
        out.subjectKeyId = hexOf(
          contentOf(buf, expectTag(inner(), TAG.OCTET_STRING, 'subjectKeyIdentifier')),
        );
        break;
      case OID.authorityKeyId: {
        // keyIdentifier is [0] IMPLICIT OCTET STRING (RFC 5280 4.2.1.1).
        const id = childrenOf(buf, expectTag(inner(), TAG.SEQUENCE, 'authorityKeyIdentifier')).find(
          (e) => e.tag === 0x80,
        );
        if (id) out.authorityKeyId = hexOf(contentOf(buf, id));
        break;
      }
      case OID.extendedKeyUsage:
        out.extendedKeyUsage = readExtendedKeyUsage(buf, inner());
        break;
      case OID.subjectAltName:
        out.subjectAltNames = readGeneralNames(buf, inner());
        break;
      case OID.nameConstraints:
        out.nameConstraints = readNameConstraints(buf, inner(), critical);
        break;
    }
  }
  out.extensions = out.extensions.slice(); // exact size: the certificate keeps it
  return out;
}

/** Parses one DER certificate. Throws CertificateParseError with a reason a user can act on. */
export function parseCertificateDer(der: Uint8Array, location: SourceLocation): Certificate {
  try {
    const top = expectTag(readElement(der, 0, der.length), TAG.SEQUENCE, 'the certificate');
    if (top.end !== der.length)
      throw new DerError(`${der.length - top.end} bytes of trailing data after the certificate`);
    const [tbs, outerAlg, signatureValue, extra] = childrenOf(der, top);
    expectTag(tbs, TAG.SEQUENCE, 'tbsCertificate');
    expectTag(signatureValue, TAG.BIT_STRING, 'signatureValue');
    if (extra) throw new DerError('the certificate has more than three parts');
    const fields = childrenOf(der, tbs!);
    let i = 0;
    let version = 1;
    if (fields[0]?.tag === 0xa0) {
      const [v] = childrenOf(der, fields[i++]!);
      version = readSmallInteger(der, expectTag(v, TAG.INTEGER, 'version'), 'version') + 1;
    }
    const serial = expectTag(fields[i++], TAG.INTEGER, 'serialNumber');
    const innerAlg = expectTag(fields[i++], TAG.SEQUENCE, 'the inner signature algorithm');
    const issuerName = expectTag(fields[i++], TAG.SEQUENCE, 'issuer');
    const issuer = describeName(der, issuerName, 'issuer');
    const [notBefore, notAfter] = childrenOf(der, expectTag(fields[i++], TAG.SEQUENCE, 'validity'));
    if (!notBefore || !notAfter) throw new DerError('validity needs notBefore and notAfter');
    const subjectName = expectTag(fields[i++], TAG.SEQUENCE, 'subject');
    // A self-issued certificate's two names are usually the same bytes: one description serves both.
    const subject =
      Buffer.compare(encodedOf(der, subjectName), encodedOf(der, issuerName)) === 0
        ? issuer
        : describeName(der, subjectName, 'subject');
    const spki = expectTag(fields[i++], TAG.SEQUENCE, 'subjectPublicKeyInfo');
    const extensionsWrapper = fields.slice(i).find((f) => f.tag === 0xa3);
    const extensions = readExtensions(der, extensionsWrapper);
    const cert: Certificate = {
      der,
      fingerprint: hash('sha256', der, 'hex'),
      subject: subject.display,
      issuer: issuer.display,
      subjectKey: subject.key,
      issuerKey: issuer.key,
      subjectRdns: subject.rdns,
      subjectEmails: subject.emails,
      serialNumber: hexOf(contentOf(der, serial)),
      version,
      notBefore: readTime(der, notBefore, 'notBefore'),
      notAfter: readTime(der, notAfter, 'notAfter'),
      ...extensions,
      publicKey: publicKeyInfo(der, spki),
      publicKeyHash: hash('sha256', encodedOf(der, spki), 'hex'),
      signature: signatureInfo(der, outerAlg!),
      innerSignatureOid: signatureInfo(der, innerAlg).oid,
      // RFC 5280 4.1.1.2: the two AlgorithmIdentifiers must be the same, parameters included.
      signatureAlgorithmsMatch: Buffer.compare(encodedOf(der, innerAlg), encodedOf(der, outerAlg!)) === 0,
      selfIssued: subject.key === issuer.key,
      source: location,
      duplicates: [],
    };
    return cert;
  } catch (error) {
    if (error instanceof DerError) throw new CertificateParseError(error.message);
    throw error;
  }
}

export { signatureVerifies, x509Of } from './signatures.js';
