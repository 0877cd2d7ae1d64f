/**
 * Rules for one CA certificate on its own, from API Gateway's truststore requirements
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html#rest-api-mutual-tls-configure-truststore)
 * and RFC 5280. Rules return findings; they never print.
 */
import type { FindingCode } from './codes.js';
import { exponentProblem } from './keys.js';
import type { Certificate, Finding, Policy, PublicKeyInfo, Severity } from './model.js';

const DAY_MS = 86_400_000;

/** Curves API Gateway accepts for ECDSA keys (the AWS guide lists ECDSA-256/384; P-521 per issue). */
const ALLOWED_CURVES = new Set(['P-256', 'P-384', 'P-521']);
/** Hashes of SHA-256 strength or better (the AWS guide: "SHA-256 or stronger"). */
const STRONG_HASHES = new Set(['SHA-256', 'SHA-384', 'SHA-512']);

export function certificateFinding(
  cert: Certificate,
  severity: Severity,
  code: FindingCode,
  message: string,
): Finding {
  return {
    severity,
    code,
    message: `${cert.source.file}:${cert.source.line}: "${cert.subject}" ${message}`,
    file: cert.source.file,
    line: cert.source.line,
    subject: cert.subject,
    fingerprint: cert.fingerprint,
  };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Extensions a TLS verifier processes, so it may find them critical: OpenSSL's list
 * (X509_supported_extension). A critical extension outside it makes OpenSSL refuse the
 * certificate (RFC 5280 4.2: "a certificate-using system MUST reject the certificate").
 */
const PROCESSED_EXTENSIONS = new Set([
  '2.5.29.15', // keyUsage
  '2.5.29.17', // subjectAltName
  '2.5.29.19', // basicConstraints
  '2.5.29.30', // nameConstraints
  '2.5.29.31', // cRLDistributionPoints
  '2.5.29.32', // certificatePolicies
  '2.5.29.33', // policyMappings
  '2.5.29.36', // policyConstraints
  '2.5.29.37', // extKeyUsage
  '2.5.29.54', // inhibitAnyPolicy
  '1.3.6.1.5.5.7.1.7', // ipAddrBlocks (RFC 3779)
  '1.3.6.1.5.5.7.1.8', // autonomousSysIds (RFC 3779)
  '1.3.6.1.5.5.7.1.14', // proxyCertInfo
  '1.3.6.1.5.5.7.1.24', // TLS feature
  '2.16.840.1.113730.1.1', // Netscape certificate type
]);

/** Why a verifier refuses this certificate's extensions outright, if it does. */
export function extensionProblem(cert: Certificate): { code: FindingCode; message: string } | undefined {
  const seen = new Set<string>();
  for (const ext of cert.extensions) {
    if (seen.has(ext.oid)) {
      return {
        code: 'duplicate-extension',
        message: `carries extension ${ext.oid} twice (RFC 5280 4.2 forbids it; OpenSSL refuses the certificate): reissue it`,
      };
    }
    seen.add(ext.oid);
  }
  const unknown = cert.extensions.find((e) => e.critical && !PROCESSED_EXTENSIONS.has(e.oid));
  if (unknown) {
    return {
      code: 'unknown-critical-extension',
      message: `marks extension ${unknown.oid} critical, which TLS verifiers such as OpenSSL do not process, so they refuse every chain through it: reissue it with that extension non-critical`,
    };
  }
  return undefined;
}

/**
 * What a strict verifier does with the RFC 5280 profile checks below, and why they are warnings:
 * OpenSSL with -x509_strict (X509_V_FLAG_X509_STRICT) refuses every chain through such a CA; API
 * Gateway does not document whether its verifier is that strict.
 */
export const STRICT_CONSEQUENCE =
  'strict TLS verifiers (openssl verify -x509_strict) refuse every client chain through it, and API Gateway does not document whether it verifies that strictly (set fail-on-warnings: true to refuse it)';

const OID_SUBJECT_KEY_ID = '2.5.29.14';
const OID_AUTHORITY_KEY_ID = '2.5.29.35';

function hasExtension(cert: Certificate, oid: string): boolean {
  return cert.extensions.some((e) => e.oid === oid);
}

const EKU_CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const EKU_ANY = '2.5.29.37.0';

/**
 * RFC 5280 4.2.1.12: a CA's extendedKeyUsage restricts what it may be used for; OpenSSL's purpose
 * check for TLS clients (X509_PURPOSE_SSL_CLIENT, check_ssl_ca) refuses a CA whose extendedKeyUsage
 * lacks clientAuth, so none of the client certificates it issues is accepted.
 */
export function clientAuthProblem(
  cert: Certificate,
): { severity: Severity; code: FindingCode; message: string } | undefined {
  const eku = cert.extendedKeyUsage;
  if (!cert.basicConstraints?.ca || eku === undefined || eku.includes(EKU_CLIENT_AUTH)) return undefined;
  if (eku.includes(EKU_ANY)) {
    // RFC 5280 lets anyExtendedKeyUsage stand for every purpose, but OpenSSL's purpose check asks
    // for clientAuth itself (measured with OpenSSL 3.0: "unsuitable certificate purpose").
    return {
      severity: 'warning',
      code: 'client-auth-implicit',
      message: `has an extendedKeyUsage with anyExtendedKeyUsage but not clientAuth (${eku.join(', ')}): RFC 5280 4.2.1.12 allows it, but OpenSSL's purpose check for TLS clients refuses every client certificate under it, and API Gateway does not document whether it checks the purpose (set fail-on-warnings: true to refuse it); reissue it with clientAuth in extendedKeyUsage, or without the extension`,
    };
  }
  return {
    severity: 'error',
    code: 'client-auth-not-allowed',
    message: `has an extendedKeyUsage without clientAuth (${eku.join(', ') || 'empty'}): a verifier that checks the TLS client purpose (RFC 5280 4.2.1.12; OpenSSL's purpose check) refuses every client certificate under it, so its clients get 403 Forbidden; reissue it with clientAuth in extendedKeyUsage, or without the extension`,
  };
}

/**
 * RFC 5280 4.2.1.1: every certificate but a self-signed one carries an authorityKeyIdentifier.
 * Needs to know whether the certificate is self-signed, so the hierarchy calls it.
 */
export function missingAuthorityKeyId(cert: Certificate, selfSigned: boolean): Finding | undefined {
  if (selfSigned || !cert.basicConstraints?.ca || hasExtension(cert, OID_AUTHORITY_KEY_ID)) return undefined;
  return certificateFinding(
    cert,
    'warning',
    'missing-authority-key-id',
    `has no authorityKeyIdentifier (RFC 5280 4.2.1.1 requires one on every certificate that is not self-signed): ${STRICT_CONSEQUENCE}; reissue it with "authorityKeyIdentifier = keyid:always"`,
  );
}

/** Adds a finding on the certificate being judged. */
type AddFinding = (severity: Severity, code: FindingCode, message: string) => void;

/** Every rule that judges a CA certificate by itself (no issuer needed). */
export function assessCertificate(cert: Certificate, policy: Policy): Finding[] {
  const out: Finding[] = [];
  const add: AddFinding = (severity, code, message) => {
    out.push(certificateFinding(cert, severity, code, message));
  };
  checkIsV3Ca(cert, add);
  checkCaExtensions(cert, add);
  const extensions = extensionProblem(cert);
  if (extensions) add('error', extensions.code, extensions.message);
  checkValidity(cert, policy, add);
  checkKey(cert.publicKey, add);
  checkExponent(cert.publicKey, add);
  checkSignature(cert, add);
  return out;
}

/** API Gateway needs X.509 v3 CA certificates (basicConstraints cA true). */
function checkIsV3Ca(cert: Certificate, add: AddFinding): void {
  if (cert.version !== 3) {
    add(
      'error',
      'not-v3',
      `is an X.509 v${cert.version} certificate: API Gateway needs v3 CA certificates with basicConstraints; reissue it as v3`,
    );
  }
  if (!cert.basicConstraints?.ca) {
    add(
      'error',
      'not-a-ca',
      cert.basicConstraints
        ? 'is a leaf (basicConstraints cA is false), not a CA: remove it from the CA files; clients present their own leaf certificates'
        : 'has no basicConstraints extension, so it is not a CA: remove it if it is a leaf, or reissue the CA with "basicConstraints = critical,CA:true"',
    );
  }
}

/** The extensions RFC 5280 asks of a CA (keyUsage, subjectKeyIdentifier) and what they allow. */
function checkCaExtensions(cert: Certificate, add: AddFinding): void {
  if (cert.basicConstraints?.ca && !cert.keyUsage) {
    add(
      'warning',
      'missing-key-usage',
      `is a CA without a keyUsage extension (RFC 5280 4.2.1.3 requires one with keyCertSign): ${STRICT_CONSEQUENCE}; reissue it with "keyUsage = critical,keyCertSign,cRLSign"`,
    );
  }
  if (cert.basicConstraints?.ca && !hasExtension(cert, OID_SUBJECT_KEY_ID)) {
    add(
      'warning',
      'missing-subject-key-id',
      `is a CA without a subjectKeyIdentifier (RFC 5280 4.2.1.2 requires one on CA certificates): ${STRICT_CONSEQUENCE}; reissue it with "subjectKeyIdentifier = hash"`,
    );
  }
  const eku = clientAuthProblem(cert);
  if (eku) add(eku.severity, eku.code, eku.message);
  if (cert.basicConstraints?.ca && cert.keyUsage && !cert.keyUsage.keyCertSign) {
    add(
      'error',
      'no-key-cert-sign',
      `has keyUsage (${cert.keyUsage.names.join(', ') || 'empty'}) without keyCertSign, so it cannot issue certificates: reissue it with keyCertSign`,
    );
  }
}

/** Expired, not yet valid, or expiring within the policy's warning window. */
function checkValidity(cert: Certificate, policy: Policy, add: AddFinding): void {
  const now = policy.now.getTime();
  if (cert.notAfter.getTime() < now) {
    add(
      'error',
      'expired',
      `expired on ${isoDate(cert.notAfter)}: renew it or remove it; clients whose chain uses it are rejected`,
    );
  } else if (cert.notBefore.getTime() > now) {
    add(
      'error',
      'not-yet-valid',
      `is not valid before ${isoDate(cert.notBefore)}: clients are rejected until then; wait or reissue it`,
    );
  } else if (cert.notAfter.getTime() - now < policy.expiryWarningDays * DAY_MS) {
    const days = Math.floor((cert.notAfter.getTime() - now) / DAY_MS);
    add(
      'warning',
      'expiring-soon',
      `expires on ${isoDate(cert.notAfter)} (in ${days} days): renew it and add the new certificate before then`,
    );
  }
}

/** The key types and sizes API Gateway accepts. */
function checkKey(key: PublicKeyInfo, add: AddFinding): void {
  if (key.algorithm === 'RSA') {
    if (key.bits < 2048)
      add(
        'error',
        'weak-key',
        `has an RSA ${key.bits}-bit key: API Gateway needs RSA 2048 bits or more; reissue the CA with a stronger key`,
      );
  } else if (key.algorithm === 'EC') {
    if (!ALLOWED_CURVES.has(key.curve ?? '')) {
      add(
        'error',
        'weak-key',
        `has an EC key on curve ${key.curve}: API Gateway accepts P-256, P-384 or P-521; reissue the CA`,
      );
    }
  } else {
    add(
      'error',
      'unsupported-key',
      `has a ${key.description} key: API Gateway accepts RSA (2048 bits or more) or ECDSA P-256/P-384/P-521 keys; reissue the CA`,
    );
  }
}

const EXPONENT_RULE =
  'the CA/Browser Forum Baseline Requirements (6.1.6) require an odd public exponent of 3 or more and say it should lie between 2^16 + 1 and 2^256 - 1';

/** The RSA public exponent, read from the DER without building the key (keys.ts, exponentProblem). */
function checkExponent(key: PublicKeyInfo, add: AddFinding): void {
  const e = key.exponent;
  const problem = exponentProblem(key);
  if (!e || !problem) return;
  const size = e.value !== undefined ? `public exponent ${e.value}` : `${e.bits}-bit public exponent`;
  if (problem === 'invalid') {
    const what = e.negative ? 'a negative public exponent' : !e.odd ? `an even ${size}` : `${size}`;
    add(
      'error',
      'rsa-exponent-invalid',
      `has an ${key.description} key with ${what}: ${EXPONENT_RULE} (a requirement, not this action's policy); no verifier can trust a signature checked with it, so none is checked with it; reissue the CA with the exponent 65537`,
    );
  } else if (problem === 'too-large') {
    add(
      'error',
      'rsa-exponent-too-large',
      `has an ${key.description} key with a ${size} (65537 has 17 bits): ${EXPONENT_RULE}; refusing a larger one is this action's policy for a truststore, because each signature check with it costs up to 100 times a normal one (a crowd of such CAs stalls every verifier), so no signature is checked with it; reissue the CA with the exponent 65537`,
    );
  } else {
    add(
      'warning',
      'rsa-exponent-small',
      `has an ${key.description} key with ${size}: ${EXPONENT_RULE}; warning about a smaller one is this action's policy (small exponents made signature forgeries possible against lax verifiers; set fail-on-warnings: true to refuse it); reissue the CA with the exponent 65537`,
    );
  }
}

/** A well-formed signature algorithm API Gateway accepts, with a hash of SHA-256 strength or better. */
function checkSignature(cert: Certificate, add: AddFinding): void {
  const sig = cert.signature;
  if (!cert.signatureAlgorithmsMatch) {
    add(
      'error',
      'signature-algorithm-mismatch',
      `names ${cert.innerSignatureOid} inside the signed part but ${sig.name} outside (RFC 5280 4.1.1.2 requires the same): the certificate is malformed; reissue it`,
    );
  }
  if (sig.name === 'Ed25519' || sig.name === 'Ed448') {
    add(
      'error',
      'unsupported-signature',
      `is signed with ${sig.name}: API Gateway does not accept EdDSA signatures; reissue it with RSA or ECDSA and SHA-256`,
    );
  } else if (!sig.hash) {
    add(
      'error',
      'unsupported-signature',
      `is signed with an unknown algorithm (${sig.oid}): reissue it with sha256WithRSAEncryption or ecdsa-with-SHA256`,
    );
  } else if (!STRONG_HASHES.has(sig.hash)) {
    add(
      'error',
      'weak-signature',
      `is signed with ${sig.name} (${sig.hash}): API Gateway needs SHA-256 or stronger; reissue it with SHA-256`,
    );
  }
}
