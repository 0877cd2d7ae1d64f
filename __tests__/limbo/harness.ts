/**
 * Runs x509-limbo test cases (C2SP/x509-limbo, read from ../shared/x509-limbo/limbo.json next to
 * the project, never copied in) through the engine: `verifyPath` builds and checks the path, then
 * the engine's own rules judge every CA certificate on it, as they would in a truststore.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STRICT_VERIFIER_CODES } from '../../src/pki/codes.js';
import {
  assessCertificate,
  type Certificate,
  parseCertificateDer,
  signatureVerifies,
  verifyPath,
} from '../../src/pki/index.js';
import { missingAuthorityKeyId } from '../../src/pki/rules.js';
import { projectRoot } from '../support/action-runner.js';

/**
 * Where the data lives: `../shared/x509-limbo/limbo.json` next to the project. A git worktree
 * (a second checkout of the same repository) looks next to the main checkout too.
 */
function findLimbo(): string {
  const beside = (root: string) => path.resolve(root, '../shared/x509-limbo/limbo.json');
  const candidates = [beside(projectRoot)];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    candidates.push(beside(path.dirname(common)));
  } catch {
    // Not a git checkout: only the project's own parent counts.
  }
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

export const limboPath = findLimbo();

export interface LimboCase {
  id: string;
  description: string;
  features: string[] | null;
  validation_kind: 'SERVER' | 'CLIENT';
  trusted_certs: string[];
  untrusted_intermediates: string[];
  peer_certificate: string;
  validation_time: string | null;
  max_chain_depth: number | null;
  expected_result: 'SUCCESS' | 'FAILURE';
}

export function loadLimbo(): LimboCase[] | undefined {
  if (!existsSync(limboPath)) return undefined;
  return (JSON.parse(readFileSync(limboPath, 'utf8')) as { testcases: LimboCase[] }).testcases;
}

/**
 * Classes of cases the engine does not answer, decided from each case's id and features alone
 * (never from its outcome). The engine checks what API Gateway's verifier checks on a client
 * chain; it matches no names and reads no CRLs.
 */
const SKIP_CLASSES: { reason: string; applies: (c: LimboCase) => boolean }[] = [
  {
    reason: 'CRL revocation (API Gateway mTLS does not check CRLs; the engine reads none)',
    applies: (c) => has(c, 'has-crl'),
  },
  {
    reason: 'host-name/SAN/CN matching out of scope (a client certificate is not matched to a name)',
    applies: (c) => /^(webpki::(san|cn)::|rfc5280::san::|rfc5280::ca-as-leaf-wrong-san$)/.test(c.id),
  },
  {
    reason: 'EKU matching out of scope (API Gateway does not require an EKU on client certificates)',
    applies: (c) => /::eku::/.test(c.id),
  },
  {
    reason: 'pedantic (profile details beyond path validation)',
    applies: (c) => (c.features ?? []).some((f) => f.startsWith('pedantic-')),
  },
  { reason: 'certificate policies not implemented', applies: (c) => has(c, 'has-policy-constraints') },
  {
    reason: 'Web PKI (CABF) server-leaf profile, not a chain question for client certificates',
    applies: (c) => /^webpki::(v1-cert|ee-basicconstraints-ca|ca-as-leaf|malformed-aia)$/.test(c.id),
  },
];

function has(c: LimboCase, feature: string): boolean {
  return (c.features ?? []).includes(feature);
}

export function skipReason(c: LimboCase): string | undefined {
  return SKIP_CLASSES.find((s) => s.applies(c))?.reason;
}

export function isDenialOfService(c: LimboCase): boolean {
  return has(c, 'denial-of-service');
}

function der(pem: string): Uint8Array {
  return Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64');
}

export interface Evaluation {
  result: 'SUCCESS' | 'FAILURE';
  /** Why the engine rejected (a verifier code or an engine rule code), or the path length. */
  reason: string;
  ms: number;
}

/** The engine's answer to one case. */
export function evaluate(c: LimboCase): Evaluation {
  const started = performance.now();
  const answer = ((): Omit<Evaluation, 'ms'> => {
    const parse = (pem: string, what: string): Certificate =>
      parseCertificateDer(der(pem), { file: `limbo:${c.id}:${what}`, line: 1 });
    let peer: Certificate;
    let anchors: Certificate[];
    let intermediates: Certificate[];
    try {
      peer = parse(c.peer_certificate, 'peer');
      anchors = c.trusted_certs.map((p, i) => parse(p, `trusted[${i}]`));
      intermediates = c.untrusted_intermediates.map((p, i) => parse(p, `untrusted[${i}]`));
    } catch (error) {
      return { result: 'FAILURE', reason: `undecodable: ${(error as Error).message}` };
    }
    const at = c.validation_time ? new Date(c.validation_time) : new Date();
    // The CAs on the path would sit in the truststore: the engine's verdict on each applies, with
    // what strict verifiers refuse counted as refused (limbo follows RFC 5280 strictly, as
    // fail-on-warnings does).
    const policy = { now: at, expiryWarningDays: 0, maxCaDepth: 64 };
    const refused = (ca: Certificate) => {
      const own = assessCertificate(ca, policy).find(
        (f) => f.severity === 'error' || STRICT_VERIFIER_CODES.has(f.code),
      );
      // A trust anchor needs no authorityKeyIdentifier (OpenSSL checks it below the anchor only).
      if (own || anchors.includes(ca)) return own;
      return missingAuthorityKeyId(ca, ca.selfIssued && signatureVerifies(ca, ca));
    };
    const verdict = verifyPath(peer, {
      anchors,
      intermediates,
      at,
      refused,
      ...(c.max_chain_depth !== null ? { maxIntermediates: c.max_chain_depth } : {}),
    });
    if (!verdict.ok) return { result: 'FAILURE', reason: `${verdict.code}: ${verdict.reason}` };
    return { result: 'SUCCESS', reason: `path of ${verdict.path.length}` };
  })();
  return { ...answer, ms: performance.now() - started };
}
