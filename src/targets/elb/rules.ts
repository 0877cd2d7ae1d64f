/**
 * What an Elastic Load Balancing trust store refuses on top of the common rules (src/pki/rules.ts,
 * src/pki/hierarchy.ts), from the Application Load Balancer quotas
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html#certificates-quotas)
 * and the certificate requirements of mutual TLS
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html):
 * X.509v3; RSA 2K – 8K or ECDSA secp256r1/secp384r1/secp521r1 keys; SHA-256/384/512 with RSA, with
 * EC, or with RSASSA-PSS (MGF1) signatures.
 *
 * "PEM format only" needs no rule here: the canonical truststore these rules judge is always PEM
 * (renderPem: CERTIFICATE blocks, 64-column base64), whatever the input files were.
 *
 * Pure: this module loads no AWS SDK, directly or through its imports, so that the validate mode
 * can apply the ELB rules without loading the SDK. Rules return findings; they never print.
 */
import { FINDING_CODES, type FindingCode } from '../../pki/codes.js';
import { childrenOf, readElement } from '../../pki/der.js';
import type { Certificate, Finding, TruststoreEntry } from '../../pki/model.js';
import { certificateFinding } from '../../pki/rules.js';
import { FAST_HASHES, layoutOf } from '../../pki/signatures.js';
import { renderPem } from '../../pki/truststore.js';

/** The Application Load Balancer quotas and key sizes a trust store's CA certificates must fit. */
export const ELB_QUOTAS = {
  /** "CA certificates per trust store". */
  caCertificates: 25,
  /** "CA certificate size" (16 KB), measured on the PEM that is uploaded. */
  certificateBytes: 16384,
  /** "CA certificate subject size per trust store": the DER subject names of all CAs, summed. */
  subjectBytes: 10000,
  /** "Maximum certificate chain depth": CA certificates from the root, root included. */
  depth: 4,
  /** "Supported public keys: RSA 2K – 8K". */
  rsaMinBits: 2048,
  rsaMaxBits: 8192,
} as const;

const QUOTAS_URL =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html#certificates-quotas';
const MTLS_URL =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html';
const FOR_ELB = 'for an Elastic Load Balancing trust store';

/** RSASSA-PSS (RFC 4055): ELB accepts it with SHA-256/384/512 (MGF1 is the only mask function there is). */
const OID_RSASSA_PSS = '1.2.840.113549.1.1.10';
/** The hashes the common rules accept (checkSignature in src/pki/rules.ts): anything else is refused there. */
const COMMON_HASHES = new Set(['SHA-256', 'SHA-384', 'SHA-512']);
/** How many of the largest subject names the subject-size finding names. */
const LARGEST_SHOWN = 3;

const count = (n: number): string => n.toLocaleString('en-US');

function setFinding(code: FindingCode, message: string): Finding {
  return { severity: FINDING_CODES[code].severity, code, message };
}

function elbFinding(cert: Certificate, code: FindingCode, message: string): Finding {
  return certificateFinding(cert, FINDING_CODES[code].severity, code, message);
}

/**
 * Findings for what an Elastic Load Balancing trust store refuses on top of the common rules. Give
 * it every entry of the analysis, even when the set has other errors, so that every problem shows
 * at once. Leaves are left out: the common not-a-ca rule refuses them, and they are never uploaded.
 */
export function elbFindings(entries: readonly TruststoreEntry[], options: { maxCaDepth: number }): Finding[] {
  const cas = entries.filter((entry) => entry.role !== 'leaf');
  const findings: Finding[] = [];
  const tooMany = countFinding(cas.length);
  if (tooMany) findings.push(tooMany);
  const subjects = subjectsFinding(cas.map((entry) => entry.certificate));
  if (subjects) findings.push(subjects);
  for (const entry of cas) {
    const cert = entry.certificate;
    const problems = [
      sizeFinding(cert),
      depthFinding(entry, options.maxCaDepth),
      keyFinding(cert),
      signatureFinding(cert),
    ];
    for (const problem of problems) if (problem) findings.push(problem);
  }
  return findings;
}

/** "CA certificates per trust store": 25. */
function countFinding(cas: number): Finding | undefined {
  if (cas <= ELB_QUOTAS.caCertificates) return undefined;
  return setFinding(
    'elb-too-many-certificates',
    `the truststore holds ${count(cas)} CA certificates, over the quota "CA certificates per trust store" (${ELB_QUOTAS.caCertificates}) ${FOR_ELB}: split the CAs into several truststores, each deployed to its own trust store, or remove retired CAs (${QUOTAS_URL})`,
  );
}

/** The size of a certificate's subject Name as DER, tag and length included (RFC 5280 4.1.2.6). */
function subjectSize(cert: Certificate): number {
  // The subject is the field of tbsCertificate just before subjectPublicKeyInfo.
  const { tbs, spki } = layoutOf(cert);
  const fields = childrenOf(cert.der, readElement(cert.der, tbs[0], tbs[1]));
  const subject = fields.find((field) => field.end === spki[0]);
  return subject ? subject.end - subject.start : 0;
}

/** A subject for a message, cut short: names near the quota run to thousands of characters. */
function shortSubject(cert: Certificate): string {
  return cert.subject.length > 60 ? `${cert.subject.slice(0, 57)}...` : cert.subject;
}

/** "CA certificate subject size per trust store": 10,000 bytes of DER subject names in all. */
function subjectsFinding(cas: readonly Certificate[]): Finding | undefined {
  const sizes = cas.map((cert) => ({ cert, bytes: subjectSize(cert) }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  if (total <= ELB_QUOTAS.subjectBytes) return undefined;
  const largest = [...sizes]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, LARGEST_SHOWN)
    .map(
      ({ cert, bytes }) =>
        `${cert.source.file}:${cert.source.line} "${shortSubject(cert)}" (${count(bytes)} bytes)`,
    );
  return setFinding(
    'elb-subjects-too-large',
    `the subject names of the ${count(cas.length)} CA certificates total ${count(total)} bytes (DER), over the quota "CA certificate subject size per trust store" (${count(ELB_QUOTAS.subjectBytes)} bytes) ${FOR_ELB}, the largest being ${largest.join(', ')}: reissue those CAs with shorter subject names, or split the CAs into several truststores, each deployed to its own trust store (${QUOTAS_URL})`,
  );
}

/** "CA certificate size": 16 KB, measured on the PEM block that is uploaded. */
function sizeFinding(cert: Certificate): Finding | undefined {
  const bytes = renderPem([cert]).length; // ASCII: characters are bytes
  if (bytes <= ELB_QUOTAS.certificateBytes) return undefined;
  return elbFinding(
    cert,
    'elb-certificate-too-large',
    `is ${count(bytes)} bytes as PEM (${count(cert.der.length)} bytes of DER), over the quota "CA certificate size" (16 KB, ${count(ELB_QUOTAS.certificateBytes)} bytes) ${FOR_ELB}: reissue it without its bulky extensions (long subjectAltName lists, comments, embedded policies) (${QUOTAS_URL})`,
  );
}

/**
 * "Maximum certificate chain depth": 4 CAs, root included. A CA deeper than max-ca-depth already
 * has the common too-deep finding, so this one only fires between 4 and max-ca-depth (never when
 * max-ca-depth is 4 or less).
 */
function depthFinding(entry: TruststoreEntry, maxCaDepth: number): Finding | undefined {
  const depth = entry.depth;
  if (depth === undefined || depth <= ELB_QUOTAS.depth || depth > maxCaDepth) return undefined;
  return elbFinding(
    entry.certificate,
    'elb-too-deep',
    `is ${depth} CA certificates deep (root included), over the quota "Maximum certificate chain depth" (${ELB_QUOTAS.depth}) ${FOR_ELB}, although max-ca-depth (${maxCaDepth}) allows it: issue it closer to the root, or keep its chain out of the Elastic Load Balancing trust stores (${QUOTAS_URL})`,
  );
}

/**
 * "Supported public keys: RSA 2K – 8K or ECDSA secp256r1, secp384r1, secp521r1". The common
 * checkKey already refuses RSA under 2048 bits, other curves and every other key type (RSA-PSS,
 * EdDSA, DSA), so what is left for ELB is RSA over 8192 bits.
 */
function keyFinding(cert: Certificate): Finding | undefined {
  const key = cert.publicKey;
  if (key.algorithm !== 'RSA' || key.bits <= ELB_QUOTAS.rsaMaxBits) return undefined;
  return elbFinding(
    cert,
    'elb-unsupported-key',
    `has an RSA ${count(key.bits)}-bit key, over the ${count(ELB_QUOTAS.rsaMaxBits)} bits of the supported public keys (RSA 2K – 8K or ECDSA P-256, P-384, P-521) ${FOR_ELB}: reissue the CA with an RSA key of ${ELB_QUOTAS.rsaMinBits} to ${ELB_QUOTAS.rsaMaxBits} bits or an ECDSA P-256/P-384/P-521 key (${MTLS_URL})`,
  );
}

/**
 * "Supported signature algorithms: SHA256, 384, 512 with RSA/SHA256, 384, 512 with EC/SHA256,384,512
 * hash with RSASSA-PSS with MGF1". The common checkSignature already refuses EdDSA, unknown
 * algorithms and hashes weaker than SHA-256 (SHA-1, SHA-224, MD5), so what is left for ELB is a
 * SHA-256-or-better signature by another algorithm: DSA (dsa-with-SHA256).
 */
function signatureFinding(cert: Certificate): Finding | undefined {
  const sig = cert.signature;
  if (!sig.hash || !COMMON_HASHES.has(sig.hash)) return undefined; // refused by the common rules
  if (FAST_HASHES[sig.oid] || sig.oid === OID_RSASSA_PSS) return undefined; // RSA, ECDSA, RSASSA-PSS
  return elbFinding(
    cert,
    'elb-unsupported-signature',
    `is signed with ${sig.name}, not one of the supported signature algorithms (SHA-256/384/512 with RSA, ECDSA or RSASSA-PSS) ${FOR_ELB}: reissue it from a CA with an RSA or ECDSA key, signed with sha256WithRSAEncryption or ecdsa-with-SHA256 (${MTLS_URL})`,
  );
}
