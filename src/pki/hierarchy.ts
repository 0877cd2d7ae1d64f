/**
 * The issuer graph over the collected CA set: which certificates are roots, how deep each CA
 * sits (root = 1), and why a CA fails to reach a root. API Gateway enforces the chain on the
 * server side, so every intermediate must reach a self-signed root inside the truststore.
 */

import { canIssue, isCa, validAt } from './chains.js';
import { STRICT_VERIFIER_CODES } from './codes.js';
import { crowdFinding, explainMissingPath } from './explain.js';
import { BudgetExhausted, IssuerIndex, MAX_SIGNATURE_WORK } from './issuer-index.js';
import { checksSignatures } from './keys.js';
import type { Certificate, Finding, Policy, Role, TruststoreEntry } from './model.js';
import { ancestors, type IssuerGraph, type Label, reach } from './reach.js';
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
 * `own` gives each certificate's findings from the rules that judge it alone (assessCertificate);
 * they decide which CAs a path may run through. Computed here when not given.
 */
export function buildHierarchy(
  certs: readonly Certificate[],
  policy: Policy,
  own: (cert: Certificate) => readonly Finding[] = (cert) => assessCertificate(cert, policy),
): Hierarchy {
  const sorted = [...certs].sort(bySubjectThenFingerprint);
  const index = new IssuerIndex(sorted, signatureBudget(sorted.length));
  const links = linkIssuers(sorted, index);
  const findings: Finding[] = links.refusal ? [links.refusal] : [];
  const verdicts = ownVerdicts(sorted, own, links);
  findings.push(...verdicts.authorityKeyIdFindings);
  const tiers = reachTiers(links, policy, verdicts);
  const entries = sorted.map((cert) => entryOf(cert, links.selfSigned, tiers.shallowest));
  findings.push(...chainFindings(entries, links, index, tiers, policy));
  return { entries, findings, ...(links.crowd ? { crowd: links.crowd } : {}) };
}

/** The verified issuer edges of a set, or the refusal that stopped the search for them. */
interface IssuerLinks extends IssuerGraph {
  roots: Certificate[];
  /** child fingerprint → verified issuers (excluding itself). */
  issuers: Map<string, Certificate[]>;
  children: Map<string, Certificate[]>;
  selfSigned: Set<string>;
  /** Why the search was refused or stopped: no CA is then explained as missing its issuer. */
  refusal?: Finding;
  /** The certificates a refusal before the search names (see Hierarchy.crowd). */
  crowd?: Set<string>;
}

/** Finds which candidate issuers verifiably signed each certificate, within the signature budget. */
function linkIssuers(sorted: readonly Certificate[], index: IssuerIndex): IssuerLinks {
  const links: IssuerLinks = { roots: [], issuers: new Map(), children: new Map(), selfSigned: new Set() };
  const refusal = planRefusal(sorted, index);
  if (refusal) {
    links.refusal = refusal.finding;
    links.crowd = new Set(refusal.claimants.map((c) => c.fingerprint));
    return links;
  }
  // Every signature the search below can ask about, checked in one parallel batch up front.
  index.prefetch(candidatePairs(sorted, index));
  try {
    for (const cert of sorted) linkIssuersOf(cert, index, links);
  } catch (error) {
    // Unreachable while the count above is exact; kept so a miscount fails closed, not open.
    if (!(error instanceof BudgetExhausted)) throw error;
    links.refusal = {
      severity: 'error',
      code: 'signature-budget-exhausted',
      message: `the chain search ${error.message} over ${sorted.length} certificates: too many certificates share an issuer name; remove the duplicates or unrelated certificates from the CA files`,
    };
  }
  return links;
}

/**
 * Bounds the search before building it: the candidate pairs, and the signature checks with their
 * work (one per distinct key), are counted from the index (no list is made). A set that needs more
 * pairs than 8n + 64, or more work than any set may spend, is refused here, before one pair is
 * built or one signature checked.
 */
function planRefusal(
  sorted: readonly Certificate[],
  index: IssuerIndex,
): ReturnType<typeof crowdFinding> | undefined {
  const n = sorted.length;
  const budget = signatureBudget(n);
  let pairs = 0;
  for (const cert of sorted) pairs += index.candidateCount(cert) + (cert.selfIssued ? 1 : 0);
  if (pairs > budget) {
    const why = `${pairs} signature checks, more than the ${budget} allowed for ${n} certificates (8 per certificate + 64)`;
    return crowdFinding(sorted, index, (c) => index.candidateCount(c), why);
  }
  let checks = 0;
  let work = 0;
  for (const cert of sorted) {
    const planned = index.plannedWork(cert);
    checks += planned.checks;
    work += planned.work;
  }
  if (work <= MAX_SIGNATURE_WORK) return undefined;
  const why = `${work} units of signature work (${checks} signature checks; a P-256 check is one unit, a P-384 check 8, a P-521 check 20), more than the ${MAX_SIGNATURE_WORK} any set may spend`;
  return crowdFinding(sorted, index, (c) => index.plannedWork(c).work, why);
}

/** Every [child, issuer] pair whose signature linkIssuersOf may check, the self-signatures included. */
function candidatePairs(sorted: readonly Certificate[], index: IssuerIndex): [Certificate, Certificate][] {
  const pairs: [Certificate, Certificate][] = [];
  for (const cert of sorted) {
    if (cert.selfIssued) pairs.push([cert, cert]);
    for (const candidate of index.nameCandidates(cert)) {
      if (candidate.fingerprint !== cert.fingerprint) pairs.push([cert, candidate]);
    }
  }
  return pairs;
}

/** Records whether `cert` signed itself (a root when a CA) and which other candidates signed it. */
function linkIssuersOf(cert: Certificate, index: IssuerIndex, links: IssuerLinks): void {
  if (cert.selfIssued && index.verifies(cert, cert)) {
    links.selfSigned.add(cert.fingerprint);
    if (isCa(cert)) links.roots.push(cert);
  }
  const verified: Certificate[] = [];
  for (const candidate of index.nameCandidates(cert)) {
    if (candidate.fingerprint === cert.fingerprint) continue;
    if (index.verifies(cert, candidate)) verified.push(candidate);
  }
  links.issuers.set(cert.fingerprint, verified);
  for (const parent of verified) {
    const list = links.children.get(parent.fingerprint);
    if (list) list.push(cert);
    else links.children.set(parent.fingerprint, [cert]);
  }
}

/** What each CA is, by itself: refused (an error of its own) or refused only by strict verifiers. */
interface OwnVerdicts {
  refusal: Map<string, Finding>;
  strictness: Map<string, Finding>;
  /** missing-authority-key-id, which needs to know whether a certificate is self-signed. */
  authorityKeyIdFindings: Finding[];
}

function ownVerdicts(
  sorted: readonly Certificate[],
  own: (cert: Certificate) => readonly Finding[],
  links: IssuerLinks,
): OwnVerdicts {
  const verdicts: OwnVerdicts = { refusal: new Map(), strictness: new Map(), authorityKeyIdFindings: [] };
  for (const cert of sorted) {
    // A refused crowd has no links, so no path runs through it: its verdicts would go unused.
    if (links.crowd?.has(cert.fingerprint)) continue;
    const mine = [...own(cert)];
    const aki = missingAuthorityKeyId(cert, links.selfSigned.has(cert.fingerprint) || unchecked(cert));
    if (aki) {
      verdicts.authorityKeyIdFindings.push(aki);
      mine.push(aki);
    }
    const error = mine.find((f) => f.severity === 'error');
    if (error) verdicts.refusal.set(cert.fingerprint, error);
    const strict = mine.find((f) => STRICT_VERIFIER_CODES.has(f.code));
    if (strict) verdicts.strictness.set(cert.fingerprint, strict);
  }
  return verdicts;
}

/** Reaches from the roots once per verdict tier, and says how a tier's labels are read. */
function reachTiers(graph: IssuerGraph, policy: Policy, verdicts: OwnVerdicts): Tiers {
  const { refusal, strictness } = verdicts;
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
  return { shallowest, sound, strict, within, refusal, strictness };
}

/** A certificate's role, and its place on its shallowest path to a root when it has one. */
function entryOf(
  cert: Certificate,
  selfSigned: ReadonlySet<string>,
  shallowest: Map<string, Label>,
): TruststoreEntry {
  const label = shallowest.get(cert.fingerprint);
  const role: Role = !isCa(cert) ? 'leaf' : selfSigned.has(cert.fingerprint) ? 'root' : 'intermediate';
  return {
    certificate: cert,
    role,
    ...(label ? { depth: label.depth, rootFingerprint: label.root.fingerprint } : {}),
    ...(label?.via ? { issuerFingerprint: label.via.fingerprint } : {}),
  };
}

/**
 * A self-issued certificate whose key is refused for its exponent: its self-signature is never
 * checked, so whether it is a root is not known (it is refused by its own finding either way).
 */
function unchecked(cert: Certificate): boolean {
  return cert.selfIssued && !checksSignatures(cert.publicKey);
}

/** The findings on each CA's place in the hierarchy: too deep, refused through its path, or no path. */
function chainFindings(
  entries: readonly TruststoreEntry[],
  links: IssuerLinks,
  index: IssuerIndex,
  tiers: Tiers,
  policy: Policy,
): Finding[] {
  const findings: Finding[] = [];
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
      } else if (entry.role !== 'root' && !tiers.refusal.has(cert.fingerprint)) {
        const verdict = pathVerdict(cert, tiers);
        if (verdict) findings.push(verdict);
      }
      continue;
    }
    if (entry.role === 'root') continue; // a self-signed root needs no path; its own rules apply
    if (unchecked(cert)) continue; // its own key's refusal says it all: it may be a root, unchecked
    if (links.refusal) continue;
    findings.push(
      explainMissingPath(cert, index, links.issuers.get(cert.fingerprint) ?? [], tiers.shallowest, policy),
    );
  }
  return findings;
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
