/**
 * The issuer graph over the collected CA set: which certificates are roots, how deep each CA
 * sits (root = 1), and why a CA fails to reach a root. API Gateway enforces the chain on the
 * server side, so every intermediate must reach a self-signed root inside the truststore.
 */

import { BudgetExhausted, canIssue, IssuerIndex, isCa, validAt } from './chains.js';
import { STRICT_VERIFIER_CODES } from './codes.js';
import { crowdFinding, explainMissingPath } from './explain.js';
import type { Certificate, Finding, Policy, Role, TruststoreEntry } from './model.js';
import { ancestors, type Label, reach } from './reach.js';
import { assessCertificate, certificateFinding, missingAuthorityKeyId } from './rules.js';

export interface Hierarchy {
  entries: TruststoreEntry[];
  findings: Finding[];
  /**
   * Fingerprints of the crowd a budget refusal names: their own findings would only repeat, once
   * per certificate, what that one finding says (delete them), so they are left out.
   */
  crowd?: ReadonlySet<string>;
}

function bySubjectThenFingerprint(a: Certificate, b: Certificate): number {
  return a.subject < b.subject
    ? -1
    : a.subject > b.subject
      ? 1
      : a.fingerprint < b.fingerprint
        ? -1
        : a.fingerprint > b.fingerprint
          ? 1
          : 0;
}

/** Signature checks allowed for a set of n certificates: honest sets need about one per certificate. */
export function signatureBudget(n: number): number {
  return 8 * n + 64;
}

/**
 * `own` holds each certificate's findings from the rules that judge it alone (assessCertificate),
 * by fingerprint; they decide which CAs a path may run through. Computed here when not given.
 */
export function buildHierarchy(
  certs: readonly Certificate[],
  policy: Policy,
  own?: ReadonlyMap<string, readonly Finding[]>,
): Hierarchy {
  const sorted = [...certs].sort(bySubjectThenFingerprint);
  const index = new IssuerIndex(sorted, signatureBudget(sorted.length));
  const findings: Finding[] = [];
  const roots: Certificate[] = [];
  /** child fingerprint → verified issuers (excluding itself). */
  const issuers = new Map<string, Certificate[]>();
  const children = new Map<string, Certificate[]>();
  const selfSigned = new Set<string>();
  let exhausted = false;
  let crowd: Set<string> | undefined;

  // Bound the search before building it: the candidate pairs are counted from the index (no list
  // is made), and a set that would need more signature checks than its budget is refused here,
  // before one pair is built or one signature checked.
  const budget = signatureBudget(sorted.length);
  let planned = 0;
  for (const cert of sorted) planned += index.candidateCount(cert) + (cert.selfIssued ? 1 : 0);
  if (planned > budget) {
    exhausted = true;
    const refusal = crowdFinding(sorted, index, planned, budget);
    findings.push(refusal.finding);
    crowd = new Set(refusal.claimants.map((c) => c.fingerprint));
  } else {
    // Every signature the search below can ask about, checked in one parallel batch up front.
    const pairs: [Certificate, Certificate][] = [];
    for (const cert of sorted) {
      if (cert.selfIssued) pairs.push([cert, cert]);
      for (const candidate of index.nameCandidates(cert)) {
        if (candidate.fingerprint !== cert.fingerprint) pairs.push([cert, candidate]);
      }
    }
    index.prefetch(pairs);
    try {
      for (const cert of sorted) {
        if (cert.selfIssued && index.verifies(cert, cert)) {
          selfSigned.add(cert.fingerprint);
          if (isCa(cert)) roots.push(cert);
        }
        const verified: Certificate[] = [];
        for (const candidate of index.nameCandidates(cert)) {
          if (candidate.fingerprint === cert.fingerprint) continue;
          if (index.verifies(cert, candidate)) verified.push(candidate);
        }
        issuers.set(cert.fingerprint, verified);
        for (const parent of verified) {
          const list = children.get(parent.fingerprint);
          if (list) list.push(cert);
          else children.set(parent.fingerprint, [cert]);
        }
      }
    } catch (error) {
      // Unreachable while the count above is exact; kept so a miscount fails closed, not open.
      if (!(error instanceof BudgetExhausted)) throw error;
      exhausted = true;
      findings.push({
        severity: 'error',
        code: 'signature-budget-exhausted',
        message: `the chain search ${error.message} over ${sorted.length} certificates: too many certificates share an issuer name; remove the duplicates or unrelated certificates from the CA files`,
      });
    }
  }

  // What each CA is, by itself: refused (an error of its own) or refused only by strict verifiers.
  const refusal = new Map<string, Finding>();
  const strictness = new Map<string, Finding>();
  for (const cert of sorted) {
    const mine = [...(own?.get(cert.fingerprint) ?? assessCertificate(cert, policy))];
    const aki = missingAuthorityKeyId(cert, selfSigned.has(cert.fingerprint));
    if (aki && !crowd?.has(cert.fingerprint)) {
      findings.push(aki);
      mine.push(aki);
    }
    const error = mine.find((f) => f.severity === 'error');
    if (error) refusal.set(cert.fingerprint, error);
    const strict = mine.find((f) => STRICT_VERIFIER_CODES.has(f.code));
    if (strict) strictness.set(cert.fingerprint, strict);
  }

  const graph = { roots, children, selfSigned };
  const signs = (c: Certificate) => canIssue(c) && validAt(c, policy.now);
  // Three tiers: any CA that can sign now; CAs without an error; CAs a strict verifier accepts too.
  const shallowest = reach(graph, signs);
  const sound = reach(graph, (c) => signs(c) && !refusal.has(c.fingerprint));
  const strict = reach(
    graph,
    (c) => signs(c) && !refusal.has(c.fingerprint) && !strictness.has(c.fingerprint),
  );
  const within = (labels: Map<string, Label>, cert: Certificate) =>
    (labels.get(cert.fingerprint)?.depth ?? Infinity) <= policy.maxCaDepth;

  const entries: TruststoreEntry[] = sorted.map((cert) => {
    const label = shallowest.get(cert.fingerprint);
    const role: Role = !isCa(cert) ? 'leaf' : selfSigned.has(cert.fingerprint) ? 'root' : 'intermediate';
    return {
      certificate: cert,
      role,
      ...(label ? { depth: label.depth, rootFingerprint: label.root.fingerprint } : {}),
      ...(label?.via ? { issuerFingerprint: label.via.fingerprint } : {}),
    };
  });

  for (const entry of entries) {
    const cert = entry.certificate;
    if (entry.role === 'leaf') continue; // reported by the not-a-ca rule
    if (entry.depth !== undefined) {
      if (entry.depth > policy.maxCaDepth) {
        findings.push(
          certificateFinding(
            cert,
            'error',
            'too-deep',
            `is ${entry.depth} CA certificates deep (root included) but API Gateway accepts at most ${policy.maxCaDepth}: clients it issues get 403 Forbidden; issue it closer to the root`,
          ),
        );
      } else if (entry.role !== 'root' && !refusal.has(cert.fingerprint)) {
        const verdict = pathVerdict(cert, { shallowest, sound, strict, within, refusal, strictness });
        if (verdict) findings.push(verdict);
      }
      continue;
    }
    if (entry.role === 'root') continue; // a self-signed root needs no path; its own rules apply
    if (exhausted) continue;
    findings.push(explainMissingPath(cert, index, issuers.get(cert.fingerprint) ?? [], shallowest, policy));
  }
  return { entries, findings, ...(crowd ? { crowd } : {}) };
}

interface Tiers {
  shallowest: Map<string, Label>;
  sound: Map<string, Label>;
  strict: Map<string, Label>;
  within: (labels: Map<string, Label>, cert: Certificate) => boolean;
  refusal: ReadonlyMap<string, Finding>;
  strictness: ReadonlyMap<string, Finding>;
}

/**
 * A CA is as good as its best path. When every path within the depth limit runs through a CA that
 * is refused (or that strict verifiers refuse), this CA's clients fare the same: a finding of its
 * own, naming the ancestor on its shortest path and that ancestor's code.
 */
function pathVerdict(cert: Certificate, t: Tiers): Finding | undefined {
  if (!t.within(t.sound, cert)) {
    const culprit = ancestors(cert, t.shallowest).find((a) => t.refusal.has(a.fingerprint));
    const code = culprit ? t.refusal.get(culprit.fingerprint)!.code : undefined;
    return certificateFinding(
      cert,
      'error',
      'issuer-refused',
      culprit
        ? `chains to a root only through "${culprit.subject}", which is refused (${code}, see its finding): API Gateway rejects every client chain through it, so this CA's clients get 403 Forbidden too; fix "${culprit.subject}" or issue this CA under another root`
        : 'chains to a root only through refused CA certificates (see their findings): its clients get 403 Forbidden; fix them or issue this CA under another root',
    );
  }
  if (!t.within(t.strict, cert)) {
    const culprit = ancestors(cert, t.sound).find((a) => t.strictness.has(a.fingerprint));
    if (!culprit) return undefined; // only its own strict finding stands in the way
    const code = t.strictness.get(culprit.fingerprint)!.code;
    return certificateFinding(
      cert,
      'warning',
      'issuer-not-strict',
      `chains to a root only through "${culprit.subject}", which strict verifiers refuse (${code}): they refuse this CA's clients too, and API Gateway does not document whether it verifies that strictly (set fail-on-warnings: true to refuse it); fix "${culprit.subject}"`,
    );
  }
  return undefined;
}
