/**
 * The certificate model and the data that flows between pipeline stages.
 * Everything here is plain data: no I/O, no printing.
 */

import type { FindingCode } from './codes.js';
import type { Severity } from './severity.js';

export type { Severity } from './severity.js';

/** Where a certificate or a problem was found: a workspace-relative path and a 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** A problem found by a rule. Rules return findings; reporters render them. */
export interface Finding {
  severity: Severity;
  /** Stable machine-readable code, e.g. `private-key`, `missing-issuer`, `weak-key` (src/pki/codes.ts). */
  code: FindingCode;
  /** One sentence that says what is wrong and how to fix it. Never contains key material. */
  message: string;
  file?: string;
  line?: number;
  subject?: string;
  /** SHA-256 of the certificate's DER, lowercase hex. */
  fingerprint?: string;
}

/** A file handed to the engine: the path is only used for messages. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

export interface PublicKeyInfo {
  /** `RSA`, `RSA-PSS`, `EC`, `Ed25519`, `Ed448`, `DSA` or the OID when unknown. */
  algorithm: string;
  /** Modulus length for RSA/DSA, field size for EC, 0 when unknown. */
  bits: number;
  /** NIST name of the curve for EC keys (`P-256`, `P-384`, `P-521`) or its OID / OpenSSL name. */
  curve?: string;
  /** Short human form: `RSA 2048`, `EC P-256`. */
  description: string;
  /** The public exponent of an RSA key, read from the DER (undefined for other keys). */
  exponent?: RsaExponent;
}

/** An RSA public exponent as the rules need it: its size, its parity, and its value when small. */
export interface RsaExponent {
  /** Bit length of the magnitude (65537 has 17). */
  bits: number;
  odd: boolean;
  /** The value when it has at most 48 bits. */
  value?: number;
  /** A DER INTEGER with its sign bit set: no RSA exponent. */
  negative: boolean;
}

export interface SignatureInfo {
  oid: string;
  /** e.g. `sha256WithRSAEncryption`, `ecdsa-with-SHA384`, or the OID when unknown. */
  name: string;
  /** `SHA-1`, `SHA-256`, `SHA-384`, `SHA-512`, `MD5`, ... or undefined when the algorithm has none. */
  hash?: string;
}

/** A GeneralName (RFC 5280 4.2.1.6) in the forms name constraints are checked for. */
export type GeneralName =
  | { type: 'dNSName' | 'rfc822Name' | 'uniformResourceIdentifier'; value: string }
  | { type: 'iPAddress'; bytes: Uint8Array }
  | { type: 'directoryName'; rdns: string[] }
  /** otherName, x400Address, ediPartyName, registeredID: recorded, never matched. */
  | { type: 'unsupported'; form: string };

/** The nameConstraints extension (RFC 5280 4.2.1.10). */
export interface NameConstraints {
  critical: boolean;
  permitted: GeneralName[];
  excluded: GeneralName[];
}

/** One parsed X.509 certificate (CA or leaf). */
export interface Certificate {
  der: Uint8Array;
  /** SHA-256 of the DER, lowercase hex: the identity of a certificate in a truststore. */
  fingerprint: string;
  /** Display form, RFC 4514 order reversed to read most-specific first: `CN=Partner CA, O=Example`. */
  subject: string;
  issuer: string;
  /** Normalised names used to match an issuer to a subject (RFC 5280 7.1, simplified). */
  subjectKey: string;
  issuerKey: string;
  serialNumber: string;
  /** X.509 version as written on the wire + 1 (1, 2 or 3). */
  version: number;
  notBefore: Date;
  notAfter: Date;
  basicConstraints?: { ca: boolean; pathLenConstraint?: number; critical: boolean };
  keyUsage?: { keyCertSign: boolean; digitalSignature: boolean; cRLSign: boolean; names: string[] };
  subjectKeyId?: string;
  authorityKeyId?: string;
  /** extendedKeyUsage purposes (OIDs); undefined when the extension is absent (any purpose). */
  extendedKeyUsage?: string[];
  /** subjectAltName entries; empty when the extension is absent. */
  subjectAltNames: GeneralName[];
  nameConstraints?: NameConstraints;
  /** The subject's RDNs in matching form, most general first (directoryName constraints). */
  subjectRdns: string[];
  /** emailAddress attributes of the subject. */
  subjectEmails: string[];
  /** Every extension present, in order (duplicates included), with its criticality. */
  extensions: { oid: string; critical: boolean }[];
  publicKey: PublicKeyInfo;
  /** SHA-256 of the SubjectPublicKeyInfo DER, lowercase hex: certificates with the same key share signature verdicts. */
  publicKeyHash: string;
  /** The outer signatureAlgorithm. */
  signature: SignatureInfo;
  /** The signature field inside tbsCertificate (must equal the outer one, RFC 5280 4.1.1.2). */
  innerSignatureOid: string;
  /** The inner and outer AlgorithmIdentifiers are byte-identical (OID and parameters). */
  signatureAlgorithmsMatch: boolean;
  /** subject == issuer (normalised). */
  selfIssued: boolean;
  /** First place this certificate was found. */
  source: SourceLocation;
  /** Further places the same DER was found (duplicates). */
  duplicates: SourceLocation[];
}

/** A certificate's place in the truststore. */
export type Role = 'root' | 'intermediate' | 'leaf';

export interface TruststoreEntry {
  certificate: Certificate;
  role: Role;
  /**
   * Number of CA certificates from the root to this one, both included (root = 1), along the
   * shortest verified path. Undefined when the certificate does not chain to a root in the set.
   */
  depth?: number;
  /** Fingerprint of the issuer on that path (undefined for roots and unchained certificates). */
  issuerFingerprint?: string;
  /** Fingerprint of the root that path ends at. */
  rootFingerprint?: string;
}

/** The canonical bundle: only ever built from a set with no error findings. */
export interface Truststore {
  entries: TruststoreEntry[];
  /** Pure PEM: CERTIFICATE blocks, 64-column base64, `\n` line ends, final newline. */
  pem: string;
  /** SHA-256 of the PEM bytes, lowercase hex. */
  sha256: string;
}

export interface Policy {
  /** The instant certificates are checked at. */
  now: Date;
  expiryWarningDays: number;
  /** Most CA certificates allowed in one path, root included (API Gateway: 4). */
  maxCaDepth: number;
}

export interface Analysis {
  /** Every distinct certificate that parsed, in canonical order, with its role and depth. */
  entries: TruststoreEntry[];
  findings: Finding[];
  /** Present only when there is no error-level finding. */
  truststore?: Truststore;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
