/**
 * The checks of one certificate on its own in `mode: diagnose`: what a TLS server refuses in a
 * client leaf (expiry, insecure signature, keyUsage, extendedKeyUsage) and in the CAs of its path.
 * Pure, like diagnose.ts.
 */
import { isCa } from './chains.js';
import type { Certificate, Policy } from './model.js';
import { x509Of } from './parse.js';

export type DiagnosisCode =
  | 'accepted'
  | 'missing-issuer'
  | 'partner-root-not-trusted'
  | 'self-signed-leaf'
  | 'path-too-deep'
  | 'expired'
  | 'not-yet-valid'
  | 'weak-signature'
  | 'weak-key'
  | 'no-digital-signature'
  | 'no-client-auth'
  | 'leaf-is-ca'
  | 'bundle-order'
  | 'chain-refused';

export interface DiagnosisReason {
  code: DiagnosisCode;
  /** True when this reason alone makes API Gateway refuse the handshake. */
  refuses: boolean;
  /** One sentence a partner's engineer can read: what is wrong and what to do. */
  message: string;
  /** What to do about it, alone (the first refusing reason's fix becomes the diagnosis' fix). */
  fix?: string;
  subject?: string;
  fingerprint?: string;
}

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
/** The knowledge-center article names SHA-1/MD5 signatures as "insecure signature algorithm". */
const STRONG_HASHES = new Set(['SHA-256', 'SHA-384', 'SHA-512']);
const GOOD_CURVES = new Set(['P-256', 'P-384', 'P-521']);

export const day = (d: Date) => d.toISOString().slice(0, 10);
export const quote = (c: Certificate) => `"${c.subject}"`;
const sha = (c: Certificate) => `sha256 ${c.fingerprint.slice(0, 16)}…`;

export function leafChecks(leaf: Certificate, policy: Policy): DiagnosisReason[] {
  const out: DiagnosisReason[] = [];
  const add = (code: DiagnosisCode, refuses: boolean, message: string, fix: string) =>
    out.push({
      code,
      refuses,
      message: `${message}: ${fix}`,
      fix,
      subject: leaf.subject,
      fingerprint: leaf.fingerprint,
    });
  if (isCa(leaf)) {
    add(
      'leaf-is-ca',
      false,
      `the certificate the client presents, ${quote(leaf)}, is a CA certificate`,
      'a client presents its own leaf certificate (basicConstraints CA:false) and keeps the CA certificates out of its certificate file',
    );
  }
  if (leaf.notAfter.getTime() < policy.now.getTime()) {
    add(
      'expired',
      true,
      `the client certificate ${quote(leaf)} expired on ${day(leaf.notAfter)}`,
      'the partner must renew it',
    );
  } else if (leaf.notBefore.getTime() > policy.now.getTime()) {
    add(
      'not-yet-valid',
      true,
      `the client certificate ${quote(leaf)} is not valid before ${day(leaf.notBefore)}`,
      'the partner must wait or reissue it',
    );
  }
  if (!leaf.signature.hash || !STRONG_HASHES.has(leaf.signature.hash)) {
    // https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors ("insecure signature algorithm")
    add(
      'weak-signature',
      true,
      `the client certificate ${quote(leaf)} is signed with ${leaf.signature.name}: API Gateway refuses insecure signature algorithms`,
      'the partner must have it reissued with SHA-256 or stronger',
    );
  }
  const key = leaf.publicKey;
  if (
    (key.algorithm === 'RSA' && key.bits < 2048) ||
    (key.algorithm === 'EC' && !GOOD_CURVES.has(key.curve ?? ''))
  ) {
    // Our policy, not a documented API Gateway rule: keys below what AWS asks of the truststore's CAs.
    add(
      'weak-key',
      false,
      `the client certificate ${quote(leaf)} has a ${key.description} key, weaker than API Gateway accepts for CAs (RSA 2048, ECDSA P-256/P-384/P-521), so expect it to be refused`,
      'the partner should get a stronger key',
    );
  }
  // OpenSSL's ssl_client purpose (what a TLS server checks of a client certificate) refuses a leaf
  // whose keyUsage lacks digitalSignature and keyAgreement, or whose extendedKeyUsage lacks clientAuth.
  if (leaf.keyUsage && !leaf.keyUsage.digitalSignature && !leaf.keyUsage.names.includes('keyAgreement')) {
    add(
      'no-digital-signature',
      true,
      `the client certificate ${quote(leaf)} has keyUsage ${leaf.keyUsage.names.join(', ') || '(empty)'} without digitalSignature, so it may not sign the TLS handshake (RFC 5280 4.2.1.3)`,
      'the partner must have it reissued with "keyUsage = digitalSignature"',
    );
  }
  const eku = x509Of(leaf)?.keyUsage;
  if (eku && eku.length > 0 && !eku.includes(CLIENT_AUTH)) {
    add(
      'no-client-auth',
      true,
      `the client certificate ${quote(leaf)} has extendedKeyUsage without clientAuth (${eku.join(', ')}), so TLS servers refuse it as a client certificate`,
      'the partner must have it reissued with "extendedKeyUsage = clientAuth"',
    );
  }
  return out;
}

/** Algorithms of the CA certificates on the path (the leaf is judged in leafChecks). */
export function caAlgorithmChecks(path: readonly Certificate[]): DiagnosisReason[] {
  const out: DiagnosisReason[] = [];
  for (const ca of path.slice(1)) {
    if (ca.signature.hash && !STRONG_HASHES.has(ca.signature.hash) && !ca.selfIssued) {
      out.push({
        code: 'weak-signature',
        refuses: true,
        message: `the CA certificate ${quote(ca)} on the path is signed with ${ca.signature.name}: reissue it with SHA-256 or stronger`,
        subject: ca.subject,
        fingerprint: ca.fingerprint,
      });
    }
  }
  return out;
}
