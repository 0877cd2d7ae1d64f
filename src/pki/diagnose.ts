/**
 * Why would API Gateway refuse this partner? The reasoning behind `mode: diagnose`, pure: given
 * what the partner's client sends (its leaf, or a bundle in any order) and the truststore, say
 * whether the handshake is accepted, every reason it is not, and the one fix to make first.
 *
 * API Gateway looks for the issuer of the client certificate in the truststore: the intermediates
 * a client sends along do not help, so they must be in the truststore.
 * https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors
 */
import { canIssue, IssuerIndex, isCa, validAt, verifyPath } from './chains.js';
import { caAlgorithmChecks, type DiagnosisReason, leafChecks, quote } from './diagnose-certificate.js';
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

export function diagnoseClientCertificate(
  presented: readonly Certificate[],
  truststore: readonly TruststoreEntry[],
  policy: Policy,
): Diagnosis {
  if (presented.length === 0) throw new Error('diagnoseClientCertificate needs at least one certificate');
  const leaf = pickLeaf(presented);
  const anchors = truststore.filter((e) => e.role === 'root').map((e) => e.certificate);
  const intermediates = truststore.filter((e) => e.role === 'intermediate').map((e) => e.certificate);
  const budget = 64 + 8 * (truststore.length + presented.length);
  const maxIntermediates = Math.max(0, policy.maxCaDepth - 1);
  const reasons: DiagnosisReason[] = [];
  const fixes: string[] = [];

  // Order first: it never refuses by itself, and the partner reads it before the chain story.
  const orderedFromLeaf = [leaf, ...presented.filter((c) => c !== leaf)];
  if (presented.length > 1 && (presented[0] !== leaf || !inTlsOrder(orderedFromLeaf))) {
    reasons.push({
      code: 'bundle-order',
      refuses: false,
      message: `the bundle is not in TLS order (the leaf first, then each certificate's issuer: RFC 8446 4.4.2); it reads ${presented
        .map(quote)
        .join(
          ' → ',
        )}. API Gateway checks the leaf against the truststore, not against what the client sends, so the order is harmless once the truststore holds the intermediates; the partner should still put the leaf first so their client presents the right certificate`,
    });
  }

  reasons.push(...leafChecks(leaf, policy));
  const result = verifyPath(leaf, {
    anchors,
    intermediates,
    at: policy.now,
    maxIntermediates,
    maxSignatureChecks: budget,
  });
  let path: Certificate[] | undefined;
  if (result.ok) {
    path = result.path;
    reasons.push(...caAlgorithmChecks(path));
  } else if (result.code === 'too-deep') {
    const deeper = verifyPath(leaf, {
      anchors,
      intermediates,
      at: policy.now,
      maxIntermediates: 16,
      maxSignatureChecks: budget,
    });
    const cas = deeper.ok ? deeper.path.length - 1 : undefined;
    reasons.push({
      code: 'path-too-deep',
      refuses: true,
      message: `the path from ${quote(leaf)} to its root has ${cas ?? 'more than ' + policy.maxCaDepth} CA certificates; API Gateway follows at most ${policy.maxCaDepth}, root included: the partner must be issued from a CA closer to the root`,
    });
    fixes.push(
      `have the partner's certificate issued from a CA at most ${policy.maxCaDepth - 1} levels below the root`,
    );
  } else if (
    (result.code === 'expired' || result.code === 'not-yet-valid') &&
    !reasons.some((r) => r.code === 'expired' || r.code === 'not-yet-valid')
  ) {
    reasons.push({
      code: 'expired',
      refuses: true,
      message: `${result.reason}: renew that CA certificate and add the new one to the truststore`,
    });
  } else if (result.code === 'missing-issuer') {
    reasons.push(...missingIssuer(leaf, presented, anchors, intermediates, policy, budget, fixes));
  } else if (!['expired', 'not-yet-valid'].includes(result.code)) {
    reasons.push({ code: 'chain-refused', refuses: true, message: `${result.reason} (${result.code})` });
  }

  const refused = !result.ok || reasons.some((r) => r.refuses);
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
            message: `API Gateway accepts ${quote(leaf)}: it chains to the truststore through ${path!
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
  anchors: Certificate[],
  intermediates: Certificate[],
  policy: Policy,
  budget: number,
  fixes: string[],
): DiagnosisReason[] {
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
  const withCarried = verifyPath(leaf, {
    anchors,
    intermediates: [...intermediates, ...carriedIntermediates],
    at: policy.now,
    maxIntermediates: Math.max(0, policy.maxCaDepth - 1),
    maxSignatureChecks: budget,
  });
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
