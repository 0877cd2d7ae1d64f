/**
 * Why would API Gateway refuse this partner? The reasoning behind `mode: diagnose`, pure: given
 * what the partner's client sends (its leaf, or a bundle in any order) and the truststore, say
 * whether the handshake is accepted, every reason it is not, and the one fix to make first.
 *
 * API Gateway looks for the issuer of the client certificate in the truststore: the intermediates
 * a client sends along do not help, so they must be in the truststore.
 * https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors
 */
import { canIssue, isCa, type PathResult, validAt, verifyPath } from './chains.js';
import { caAlgorithmChecks, type DiagnosisReason, leafChecks, quote } from './diagnose-certificate.js';
import { IssuerIndex } from './issuer-index.js';
import type { Certificate, Policy, TruststoreEntry } from './model.js';

export type { DiagnosisCode, DiagnosisReason } from './diagnose-certificate.js';

export interface Diagnosis {
  verdict: 'accepted' | 'refused';
  reasons: DiagnosisReason[];
  /** The first thing to do (empty when nothing needs doing). */
  fix: string;
  /** The certificate the client presents as its own. */
  leaf: { subject: string; issuer: string; fingerprint: string; notAfter: string };
  /** Subjects from the leaf to the root when the truststore verifies it. */
  path?: string[];
}

const sha = (c: Certificate) => `sha256 ${c.fingerprint.slice(0, 16)}…`;

/** The partner's own certificate: the first one that is not a CA, else the first one. */
function pickLeaf(presented: readonly Certificate[]): Certificate {
  return presented.find((c) => !isCa(c)) ?? presented[0]!;
}

/** Is `chain` leaf first, then each certificate's issuer (RFC 8446 4.4.2 order)? */
function inTlsOrder(chain: readonly Certificate[]): boolean {
  for (let i = 1; i < chain.length; i++) {
    if (chain[i]!.subjectKey !== chain[i - 1]!.issuerKey) return false;
  }
  return true;
}

/** Follows issuers by name through the truststore from `leaf`; returns the first one with none. */
function stuckAt(leaf: Certificate, index: IssuerIndex, anchors: Set<string>): Certificate | undefined {
  const seen = new Set<string>();
  let current = leaf;
  for (let hops = 0; hops < 16; hops++) {
    if (anchors.has(current.fingerprint)) return undefined;
    const next = index.nameCandidates(current).find((c) => !seen.has(c.fingerprint));
    if (!next) return current;
    seen.add(next.fingerprint);
    current = next;
  }
  return undefined;
}

/** The truststore a client's path is searched in, and the signature checks a search may spend. */
interface TrustedPaths {
  anchors: Certificate[];
  intermediates: Certificate[];
  policy: Policy;
  budget: number;
}

export function diagnoseClientCertificate(
  presented: readonly Certificate[],
  truststore: readonly TruststoreEntry[],
  policy: Policy,
): Diagnosis {
  if (presented.length === 0) throw new Error('diagnoseClientCertificate needs at least one certificate');
  const leaf = pickLeaf(presented);
  const trusted: TrustedPaths = {
    anchors: truststore.filter((e) => e.role === 'root').map((e) => e.certificate),
    intermediates: truststore.filter((e) => e.role === 'intermediate').map((e) => e.certificate),
    policy,
    budget: 64 + 8 * (truststore.length + presented.length),
  };
  const reasons: DiagnosisReason[] = [];
  const fixes: string[] = [];

  // Order first: it never refuses by itself, and the partner reads it before the chain story.
  const order = bundleOrderReason(presented, leaf);
  if (order) reasons.push(order);

  reasons.push(...leafChecks(leaf, policy));
  const result = searchPath(leaf, trusted, Math.max(0, policy.maxCaDepth - 1));
  if (result.ok) reasons.push(...caAlgorithmChecks(result.path));
  else reasons.push(...pathRefusalReasons(result, leaf, presented, reasons, trusted, fixes));
  return conclude(leaf, result.ok ? result.path : undefined, reasons, fixes);
}

/** A path from `leaf` through the truststore (and `extra` intermediates) at the policy's instant. */
function searchPath(
  leaf: Certificate,
  trusted: TrustedPaths,
  maxIntermediates: number,
  extra: readonly Certificate[] = [],
): PathResult {
  return verifyPath(leaf, {
    anchors: trusted.anchors,
    intermediates: extra.length > 0 ? [...trusted.intermediates, ...extra] : trusted.intermediates,
    at: trusted.policy.now,
    maxIntermediates,
    maxSignatureChecks: trusted.budget,
  });
}

/** A bundle that does not start at the leaf or does not go up issuer by issuer (never refuses). */
function bundleOrderReason(
  presented: readonly Certificate[],
  leaf: Certificate,
): DiagnosisReason | undefined {
  const orderedFromLeaf = [leaf, ...presented.filter((c) => c !== leaf)];
  if (presented.length <= 1 || (presented[0] === leaf && inTlsOrder(orderedFromLeaf))) return undefined;
  return {
    code: 'bundle-order',
    refuses: false,
    message: `the bundle is not in TLS order (the leaf first, then each certificate's issuer: RFC 8446 4.4.2); it reads ${presented
      .map(quote)
      .join(
        ' → ',
      )}. API Gateway checks the leaf against the truststore, not against what the client sends, so the order is harmless once the truststore holds the intermediates; the partner should still put the leaf first so their client presents the right certificate`,
  };
}

/**
 * Why the path search refused the leaf, in the partner's terms (nothing when `earlier` reasons
 * already say the certificate has expired). Adds the fix to make first, when there is one.
 */
function pathRefusalReasons(
  result: Extract<PathResult, { ok: false }>,
  leaf: Certificate,
  presented: readonly Certificate[],
  earlier: readonly DiagnosisReason[],
  trusted: TrustedPaths,
  fixes: string[],
): DiagnosisReason[] {
  if (result.code === 'too-deep') return [tooDeepReason(leaf, trusted, fixes)];
  if (result.code === 'expired' || result.code === 'not-yet-valid') {
    if (earlier.some((r) => r.code === 'expired' || r.code === 'not-yet-valid')) return [];
    return [
      {
        code: 'expired',
        refuses: true,
        message: `${result.reason}: renew that CA certificate and add the new one to the truststore`,
      },
    ];
  }
  if (result.code === 'missing-issuer') return missingIssuer(leaf, presented, trusted, fixes);
  return [{ code: 'chain-refused', refuses: true, message: `${result.reason} (${result.code})` }];
}

/** The path is longer than API Gateway follows: how long it is, searched without that bound. */
function tooDeepReason(leaf: Certificate, trusted: TrustedPaths, fixes: string[]): DiagnosisReason {
  const { maxCaDepth } = trusted.policy;
  const deeper = searchPath(leaf, trusted, 16);
  const cas = deeper.ok ? deeper.path.length - 1 : undefined;
  fixes.push(
    `have the partner's certificate issued from a CA at most ${maxCaDepth - 1} levels below the root`,
  );
  return {
    code: 'path-too-deep',
    refuses: true,
    message: `the path from ${quote(leaf)} to its root has ${cas ?? 'more than ' + maxCaDepth} CA certificates; API Gateway follows at most ${maxCaDepth}, root included: the partner must be issued from a CA closer to the root`,
  };
}

/** The verdict: refused when there is no path or a reason refuses; else accepted, through `path`. */
function conclude(
  leaf: Certificate,
  path: Certificate[] | undefined,
  reasons: DiagnosisReason[],
  fixes: readonly string[],
): Diagnosis {
  const refused = !path || reasons.some((r) => r.refuses);
  const fix =
    fixes[0] ?? reasons.find((r) => r.refuses && r.fix)?.fix ?? reasons.find((r) => r.refuses)?.message ?? '';
  return {
    verdict: refused ? 'refused' : 'accepted',
    reasons: refused
      ? reasons
      : [
          {
            code: 'accepted',
            refuses: false,
            message: `API Gateway accepts ${quote(leaf)}: it chains to the truststore through ${path
              .slice(1)
              .map(quote)
              .join(' → ')}`,
          },
          ...reasons,
        ],
    fix: refused ? fix : '',
    leaf: {
      subject: leaf.subject,
      issuer: leaf.issuer,
      fingerprint: leaf.fingerprint,
      notAfter: leaf.notAfter.toISOString(),
    },
    ...(path ? { path: path.map((c) => c.subject) } : {}),
  };
}

/** The incident's case: which issuer the truststore lacks, and whether the partner's bundle has it. */
function missingIssuer(
  leaf: Certificate,
  presented: readonly Certificate[],
  trusted: TrustedPaths,
  fixes: string[],
): DiagnosisReason[] {
  const { anchors, intermediates, policy, budget } = trusted;
  const index = new IssuerIndex([...anchors, ...intermediates], budget);
  const stuck = stuckAt(leaf, index, new Set(anchors.map((a) => a.fingerprint))) ?? leaf;
  if (stuck === leaf && leaf.selfIssued) {
    fixes.push('the partner must use a certificate issued by a CA, not a self-signed one');
    return [
      {
        code: 'self-signed-leaf',
        refuses: true,
        message: `the client certificate ${quote(leaf)} is self-signed: API Gateway refuses self-signed client certificates; the partner must use one issued by a CA in the truststore`,
        subject: leaf.subject,
        fingerprint: leaf.fingerprint,
      },
    ];
  }
  const reasons: DiagnosisReason[] = [
    {
      code: 'missing-issuer',
      refuses: true,
      message: `the truststore has no issuer of ${quote(stuck)}: its issuer "${stuck.issuer}" is missing, so API Gateway cannot build a path from ${quote(leaf)} to a root`,
      subject: stuck.issuer,
    },
  ];
  // What the partner sends that the truststore lacks: the CAs that would complete the path.
  const carried = presented.filter((c) => c !== leaf && canIssue(c) && validAt(c, policy.now));
  const carriedIntermediates = carried.filter((c) => !c.selfIssued);
  const withCarried = searchPath(leaf, trusted, Math.max(0, policy.maxCaDepth - 1), carriedIntermediates);
  if (withCarried.ok) {
    const needed = withCarried.path.filter((c) => carriedIntermediates.includes(c));
    const names = needed.map((c) => `${quote(c)} (${sha(c)})`).join(', ');
    reasons[0]!.message += `. The partner's bundle carries it: add this intermediate to the truststore: ${names}`;
    fixes.push(`add this intermediate to the truststore (ca-files): ${names}`);
    return reasons;
  }
  const carriedRoot = carried.find((c) => c.selfIssued && c.subjectKey === stuck.issuerKey);
  if (carriedRoot) {
    reasons.push({
      code: 'partner-root-not-trusted',
      refuses: true,
      message: `the partner's bundle ends at the root ${quote(carriedRoot)} (${sha(carriedRoot)}), which is not in the truststore: add it (and the intermediates below it) only if you mean to trust every certificate that root issues`,
      subject: carriedRoot.subject,
      fingerprint: carriedRoot.fingerprint,
    });
    fixes.push(
      `decide whether to trust the partner's root ${quote(carriedRoot)}; if so, add it and its intermediates to the truststore`,
    );
    return reasons;
  }
  fixes.push(
    `ask the partner for the CA certificate "${stuck.issuer}" (and its issuers up to the root) and add it to the truststore (ca-files)`,
  );
  return reasons;
}
