/**
 * Why the hierarchy refuses: the finding for a CA that reaches no root (the closest miss), and the
 * one for a set whose chain search would exceed its budget.
 */
import { canIssue, isCa, validAt } from './chains.js';
import type { IssuerIndex } from './issuer-index.js';
import { checksSignatures, exponentProblem } from './keys.js';
import type { Certificate, Finding, Policy } from './model.js';
import type { Label } from './reach.js';
import { certificateFinding } from './rules.js';

/**
 * The refusal of a set whose chain search would exceed its budget (`why`: what it would take),
 * naming the crowd that causes it: every certificate claiming an issuer name that three or more
 * certificates carry (else every one that costs a check), and the file holding most of them.
 */
export function crowdFinding(
  sorted: readonly Certificate[],
  index: IssuerIndex,
  cost: (cert: Certificate) => number,
  why: string,
): { finding: Finding; claimants: Certificate[] } {
  const byIssuer = new Map<string, { cost: number; claimants: Certificate[] }>();
  for (const cert of sorted) {
    const entry = byIssuer.get(cert.issuerKey) ?? { cost: 0, claimants: [] };
    entry.cost += cost(cert);
    entry.claimants.push(cert);
    byIssuer.set(cert.issuerKey, entry);
  }
  const ranked = [...byIssuer.values()].filter((e) => e.cost > 0).sort((a, b) => b.cost - a.cost);
  const crowded = ranked.filter((e) => index.sameName(e.claimants[0]!).length >= 3);
  const names = crowded.length > 0 ? crowded : ranked;
  const claimants = names.flatMap((e) => e.claimants);
  const perFile = new Map<string, number>();
  for (const c of claimants) perFile.set(c.source.file, (perFile.get(c.source.file) ?? 0) + 1);
  const [file, count] = [...perFile.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const first = claimants
    .filter((c) => c.source.file === file)
    .reduce((a, b) => (b.source.line < a.source.line ? b : a));
  const top = names.length === 1 ? first : names[0]!.claimants[0]!;
  const sameName = index.sameName(top).length;
  const naming =
    names.length === 1
      ? `name "${top.issuer}" as their issuer and ${sameName} certificates carry that name`
      : `name as their issuer one of ${names.length} names (the costliest, "${top.issuer}", is carried by ${sameName} certificates)`;
  const finding: Finding = {
    severity: 'error',
    code: 'signature-budget-exhausted',
    message: `${file}: ${count} certificates in this file (${claimants.length} in all) ${naming}, so finding their issuers would take ${why}: the set was refused before any check (the ${claimants.length} certificates' own findings are not listed); remove the duplicate or unrelated certificates from ${file}`,
    file,
    line: first.source.line,
  };
  return { finding, claimants };
}

export function explainMissingPath(
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
  const unchecked = named.find((c) => !checksSignatures(c.publicKey));
  if (verified.length === 0 && unchecked) {
    const code =
      exponentProblem(unchecked.publicKey) === 'invalid' ? 'rsa-exponent-invalid' : 'rsa-exponent-too-large';
    return certificateFinding(
      cert,
      'error',
      'issuer-refused',
      `names "${cert.issuer}" as its issuer, and the certificate of that name in the CA files has a key refused for its RSA public exponent (${code}, see its finding), so no signature is checked with that key and this CA chains through nothing: reissue that issuer with the exponent 65537 (and this CA under it)`,
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
