/**
 * The issuer graph over the collected CA set: which certificates are roots, how deep each CA
 * sits (root = 1), and why a CA fails to reach a root. API Gateway enforces the chain on the
 * server side, so every intermediate must reach a self-signed root inside the truststore.
 */

import { BudgetExhausted, canIssue, IssuerIndex, isCa, validAt } from './chains.js';
import type { Certificate, Finding, Policy, Role, TruststoreEntry } from './model.js';
import { certificateFinding } from './rules.js';

interface Label {
  depth: number;
  /** How many more CA certificates pathLenConstraints allow below this one. */
  allowance: number;
  via?: Certificate;
  root: Certificate;
}

export interface Hierarchy {
  entries: TruststoreEntry[];
  findings: Finding[];
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

export function buildHierarchy(certs: readonly Certificate[], policy: Policy): Hierarchy {
  const sorted = [...certs].sort(bySubjectThenFingerprint);
  const index = new IssuerIndex(sorted, signatureBudget(sorted.length));
  const findings: Finding[] = [];
  const roots: Certificate[] = [];
  /** child fingerprint → verified issuers (excluding itself). */
  const issuers = new Map<string, Certificate[]>();
  const children = new Map<string, Certificate[]>();
  const selfSigned = new Set<string>();
  let exhausted = false;

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
    if (!(error instanceof BudgetExhausted)) throw error;
    exhausted = true;
    findings.push({
      severity: 'error',
      code: 'signature-budget-exhausted',
      message: `the chain search ${error.message} over ${sorted.length} certificates: too many certificates share an issuer name; remove the duplicates or unrelated certificates from the CA files`,
    });
  }

  // Shortest verified path from a root, honouring pathLenConstraint. Two labels per certificate
  // (the shallowest, and the one leaving most room below) keep the search exact and bounded.
  const shallowest = new Map<string, Label>();
  const roomiest = new Map<string, Label>();
  const queue: [Certificate, Label][] = [];
  const offer = (cert: Certificate, label: Label) => {
    const s = shallowest.get(cert.fingerprint);
    const r = roomiest.get(cert.fingerprint);
    let better = false;
    if (!s || label.depth < s.depth || (label.depth === s.depth && label.allowance > s.allowance)) {
      shallowest.set(cert.fingerprint, label);
      better = true;
    }
    if (!r || label.allowance > r.allowance) {
      roomiest.set(cert.fingerprint, label);
      better = true;
    }
    if (better) queue.push([cert, label]);
  };
  for (const root of roots) {
    if (canIssue(root) && validAt(root, policy.now)) {
      offer(root, { depth: 1, allowance: root.basicConstraints?.pathLenConstraint ?? Infinity, root });
    } else {
      shallowest.set(root.fingerprint, { depth: 1, allowance: 0, root });
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const [parent, label] = queue[head]!;
    for (const child of children.get(parent.fingerprint) ?? []) {
      if (selfSigned.has(child.fingerprint)) continue;
      // RFC 5280 6.1.4 (l): a self-issued CA (key rollover) does not use up pathLenConstraint.
      if (!child.selfIssued && label.allowance < 1) continue;
      const room = Math.min(
        child.selfIssued ? label.allowance : label.allowance - 1,
        child.basicConstraints?.pathLenConstraint ?? Infinity,
      );
      const childLabel: Label = { depth: label.depth + 1, allowance: room, via: parent, root: label.root };
      // A child that cannot issue still gets a place (and its own error); nothing chains through it.
      if (canIssue(child) && validAt(child, policy.now)) offer(child, childLabel);
      else if (!shallowest.has(child.fingerprint))
        shallowest.set(child.fingerprint, { ...childLabel, allowance: 0 });
    }
  }

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
      }
      continue;
    }
    if (entry.role === 'root') continue; // a self-signed root needs no path; its own rules apply
    if (exhausted) continue;
    findings.push(explainMissingPath(cert, index, issuers.get(cert.fingerprint) ?? [], shallowest, policy));
  }
  return { entries, findings };
}

function explainMissingPath(
  cert: Certificate,
  index: IssuerIndex,
  verified: Certificate[],
  labels: Map<string, Label>,
  policy: Policy,
): Finding {
  const named = index.nameCandidates(cert).filter((c) => c.fingerprint !== cert.fingerprint);
  if (named.length === 0 && index.sameName(cert).some((c) => c.fingerprint !== cert.fingerprint)) {
    return certificateFinding(
      cert,
      'error',
      'wrong-issuer-key',
      `names "${cert.issuer}" as its issuer, and a CA of that name is in the CA files but with another key (its key identifier differs from this certificate's authority key identifier): add the issuer certificate that signed it`,
    );
  }
  if (named.length === 0) {
    return certificateFinding(
      cert,
      'error',
      'missing-issuer',
      `was issued by "${cert.issuer}", which is not in the CA files: add that CA certificate (and its issuers up to the root); API Gateway enforces the whole chain, so its clients get 403 Forbidden`,
    );
  }
  if (verified.length === 0) {
    return certificateFinding(
      cert,
      'error',
      'bad-signature',
      `names "${cert.issuer}" as its issuer, but no certificate with that subject in the CA files verifies its signature (re-keyed or replaced issuer?): add the issuer certificate that signed it`,
    );
  }
  // Explain with the issuer that came closest to working (a valid CA before an expired copy).
  const rank = (p: Certificate) =>
    !canIssue(p) ? 3 : !validAt(p, policy.now) ? 2 : labels.has(p.fingerprint) ? 0 : 1;
  const parent = [...verified].sort((a, b) => rank(a) - rank(b))[0]!;
  if (!isCa(parent) || !canIssue(parent)) {
    return certificateFinding(
      cert,
      'error',
      'issuer-cannot-sign',
      `was signed by "${parent.subject}", which is not a CA allowed to sign certificates (basicConstraints/keyUsage): reissue it under a proper CA`,
    );
  }
  if (!validAt(parent, policy.now)) {
    return certificateFinding(
      cert,
      'error',
      'issuer-not-valid',
      `chains only through "${parent.subject}", which is not valid now (${parent.notBefore.toISOString().slice(0, 10)} to ${parent.notAfter.toISOString().slice(0, 10)}): renew that issuer; until then its clients get 403 Forbidden`,
    );
  }
  const parentLabel = labels.get(parent.fingerprint);
  if (parentLabel && parentLabel.allowance < 1) {
    return certificateFinding(
      cert,
      'error',
      'path-length-exceeded',
      `sits below "${parent.subject}", but a pathLenConstraint on its chain allows no further CA there: its clients get 403 Forbidden; issue it higher up or relax the constraint`,
    );
  }
  return certificateFinding(
    cert,
    'error',
    'no-path-to-root',
    `chains to "${parent.subject}", which does not itself reach a self-signed root in the CA files (see the finding on it): add the missing root or intermediate`,
  );
}
