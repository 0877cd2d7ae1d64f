/**
 * The engine's pipeline over files: scan → parse → dedupe → rules → hierarchy → truststore.
 * Pure: bytes in, data out. The same code validates the new bundle and reads the live one.
 */
import { buildHierarchy } from './hierarchy.js';
import {
  type Analysis,
  type Certificate,
  type Finding,
  hasErrors,
  type Policy,
  type SourceFile,
} from './model.js';
import { CertificateParseError, parseCertificateDer } from './parse.js';
import { scanSource } from './pem.js';
import { assessCertificate } from './rules.js';
import { buildTruststore, canonicalOrder } from './truststore.js';

export function defaultPolicy(now: Date = new Date()): Policy {
  return { now, expiryWarningDays: 30, maxCaDepth: 4 };
}

/** Every certificate in one file, or a finding per block that is not one. */
export function parseSource(source: SourceFile): { certificates: Certificate[]; findings: Finding[] } {
  const { blocks, findings } = scanSource(source);
  const certificates: Certificate[] = [];
  for (const block of blocks) {
    try {
      certificates.push(parseCertificateDer(block.der, { file: source.path, line: block.line }));
    } catch (error) {
      if (!(error instanceof CertificateParseError)) throw error;
      findings.push({
        severity: 'error',
        code: 'undecodable-certificate',
        message: `${source.path}:${block.line}: the certificate cannot be decoded: ${error.message}; re-export it from the CA (openssl x509 -in cert -out cert.pem)`,
        file: source.path,
        line: block.line,
      });
    }
  }
  return { certificates, findings };
}

/** Keeps one certificate per SHA-256 of the DER and warns about the others. */
export function dedupe(certificates: readonly Certificate[]): { unique: Certificate[]; findings: Finding[] } {
  const seen = new Map<string, Certificate>();
  const findings: Finding[] = [];
  for (const cert of certificates) {
    const first = seen.get(cert.fingerprint);
    if (!first) {
      seen.set(cert.fingerprint, cert);
      continue;
    }
    first.duplicates.push(cert.source);
    findings.push({
      severity: 'warning',
      code: 'duplicate',
      message: `${cert.source.file}:${cert.source.line}: "${cert.subject}" is a duplicate of ${first.source.file}:${first.source.line} (same SHA-256): it is kept once; delete the copy`,
      file: cert.source.file,
      line: cert.source.line,
      subject: cert.subject,
      fingerprint: cert.fingerprint,
    });
  }
  return { unique: [...seen.values()], findings };
}

/** `earlier` findings (e.g. from collecting the files) are kept first and count towards refusal. */
export function analyze(
  sources: readonly SourceFile[],
  policy: Policy,
  earlier: readonly Finding[] = [],
): Analysis {
  const findings: Finding[] = [...earlier];
  const all: Certificate[] = [];
  for (const source of sources) {
    const parsed = parseSource(source);
    all.push(...parsed.certificates);
    findings.push(...parsed.findings);
  }
  return analyzeCertificates(all, policy, findings);
}

export function analyzeCertificates(
  certificates: readonly Certificate[],
  policy: Policy,
  earlier: Finding[] = [],
): Analysis {
  const findings = [...earlier];
  const { unique, findings: duplicateFindings } = dedupe(certificates);
  findings.push(...duplicateFindings);
  if (unique.length === 0 && !hasErrors(findings)) {
    findings.push({
      severity: 'error',
      code: 'no-certificates',
      message:
        'no CA certificate was found: point ca-files at the PEM or DER files of your root and intermediate CAs',
    });
  }
  // Each certificate's own findings, made once and only when asked for: a crowd the hierarchy
  // refuses as a whole never has its (dropped) findings written.
  const own = new Map<string, readonly Finding[]>();
  const ownOf = (cert: Certificate): readonly Finding[] => {
    let mine = own.get(cert.fingerprint);
    if (!mine) {
      mine = assessCertificate(cert, policy);
      own.set(cert.fingerprint, mine);
    }
    return mine;
  };
  const hierarchy = buildHierarchy(unique, policy, ownOf);
  for (const cert of unique) {
    if (!hierarchy.crowd?.has(cert.fingerprint)) findings.push(...ownOf(cert));
  }
  findings.push(...hierarchy.findings);
  const entries = canonicalOrder(hierarchy.entries);
  return {
    entries,
    findings,
    ...(hasErrors(findings) ? {} : { truststore: buildTruststore(entries) }),
  };
}
