/**
 * Path building over the issuer index (issuer-index.ts): from a certificate up to a trust anchor,
 * checking each step as a TLS verifier does.
 */
import type { FindingCode } from './codes.js';
import { BudgetExhausted, IssuerIndex } from './issuer-index.js';
import { checksSignatures, exponentProblem } from './keys.js';
import type { Certificate, Finding } from './model.js';
import { nameConstraintViolation } from './name-constraints.js';
import { extensionProblem } from './rules.js';

export { BudgetExhausted, IssuerIndex } from './issuer-index.js';

export function isCa(cert: Certificate): boolean {
  return cert.basicConstraints?.ca === true;
}

/** Can `cert` sign certificates: a CA whose keyUsage, when present, has keyCertSign (RFC 5280 4.2.1.3). */
export function canIssue(cert: Certificate): boolean {
  return isCa(cert) && (!cert.keyUsage || cert.keyUsage.keyCertSign);
}

export function validAt(cert: Certificate, at: Date): boolean {
  const t = at.getTime();
  return cert.notBefore.getTime() <= t && t <= cert.notAfter.getTime();
}

/** A refused path answers with the finding codes the hierarchy uses (src/pki/codes.ts). */
export type PathResult = { ok: true; path: Certificate[] } | { ok: false; code: FindingCode; reason: string };

export interface PathOptions {
  anchors: readonly Certificate[];
  intermediates: readonly Certificate[];
  at: Date;
  /** Most intermediates allowed between the target and the anchor. */
  maxIntermediates?: number;
  maxSignatureChecks?: number;
  /**
   * The engine's verdict on a CA certificate by itself (its first error finding, or undefined): a
   * path never runs through a refused CA, exactly as in the truststore's own hierarchy.
   */
  refused?: (ca: Certificate) => Finding | undefined;
}

/**
 * Builds and validates a path from `target` to one of `anchors` (RFC 5280 6.1, the parts a TLS
 * verifier applies to a client chain): signatures, validity at `at`, issuers that can issue,
 * pathLenConstraint and a bound on intermediates. Depth-first with a visited set per path.
 */
export function verifyPath(target: Certificate, options: PathOptions): PathResult {
  const anchorSet = new Set(options.anchors.map((a) => a.fingerprint));
  return targetVerdict(target, anchorSet, options) ?? new PathSearch(target, anchorSet, options).run();
}

/** The verdict on the target by itself, when it needs no search: an anchor, or a refused target. */
function targetVerdict(
  target: Certificate,
  anchorSet: ReadonlySet<string>,
  options: PathOptions,
): PathResult | undefined {
  if (anchorSet.has(target.fingerprint))
    return validAt(target, options.at) ? { ok: true, path: [target] } : notValidAt(target, options.at);
  if (!validAt(target, options.at)) return notValidAt(target, options.at);
  const targetProblem = extensionProblem(target);
  if (targetProblem)
    return { ok: false, code: targetProblem.code, reason: `"${target.subject}" ${targetProblem.message}` };
  return undefined;
}

function notValidAt(cert: Certificate, at: Date): PathResult {
  return {
    ok: false,
    code: validityCode(cert, at),
    reason: `"${cert.subject}" is not valid at ${at.toISOString()}`,
  };
}

/** Why a candidate issuer cannot extend a path, in the finding codes of the hierarchy. */
interface Refusal {
  code: FindingCode;
  reason: string;
}

/** A path being extended: the certificates from the target up, and what sits below its top. */
interface PartialPath {
  certs: Certificate[];
  last: Certificate;
  intermediatesBelow: number;
  /** Intermediates that count against a pathLenConstraint above them. */
  constrainedBelow: number;
}

/**
 * One depth-first search from the target towards the anchors. A failed search answers with the
 * refusal met deepest in the search (the latest one among equals): it names the certificate the
 * search got furthest with.
 */
class PathSearch {
  private readonly index: IssuerIndex;
  private readonly maxIntermediates: number;
  private best: Refusal & { depth: number };

  constructor(
    private readonly target: Certificate,
    private readonly anchorSet: ReadonlySet<string>,
    private readonly options: PathOptions,
  ) {
    this.index = new IssuerIndex(
      [...options.anchors, ...options.intermediates],
      options.maxSignatureChecks ?? 1000,
    );
    this.maxIntermediates = options.maxIntermediates ?? 8;
    this.best = {
      code: 'missing-issuer',
      reason: `no issuer of "${target.subject}" ("${target.issuer}") is in the trusted or intermediate certificates`,
      depth: -1,
    };
  }

  run(): PathResult {
    try {
      const path = this.extend([this.target]);
      return path ? { ok: true, path } : { ok: false, code: this.best.code, reason: this.best.reason };
    } catch (error) {
      if (error instanceof BudgetExhausted)
        return { ok: false, code: 'signature-budget-exhausted', reason: error.message };
      throw error;
    }
  }

  private fail(depth: number, refusal: Refusal): void {
    if (depth >= this.best.depth) this.best = { ...refusal, depth };
  }

  /** The complete path through `path` (target first), or undefined when no issuer completes it. */
  private extend(path: Certificate[]): Certificate[] | undefined {
    const last = path[path.length - 1]!;
    const partial: PartialPath = {
      certs: path,
      last,
      intermediatesBelow: path.length - 1,
      // RFC 5280 6.1.4 (l): self-issued intermediates do not count against pathLenConstraint.
      constrainedBelow: path.slice(1).filter((p) => !p.selfIssued).length,
    };
    const candidates = this.index
      .nameCandidates(last)
      .slice()
      .sort((a, b) => Number(this.anchorSet.has(b.fingerprint)) - Number(this.anchorSet.has(a.fingerprint)));
    if (candidates.length === 0 && path.length > 1) {
      // Name the certificate the search got stuck at, not only the target.
      this.fail(path.length, {
        code: 'missing-issuer',
        reason: `no issuer of "${last.subject}" ("${last.issuer}") is in the trusted or intermediate certificates`,
      });
    }
    for (const issuer of candidates) {
      if (repeats(path, issuer)) continue;
      const refusal = this.refuseIssuer(partial, issuer);
      if (refusal) {
        this.fail(path.length, refusal);
        continue;
      }
      if (this.anchorSet.has(issuer.fingerprint)) return [...path, issuer];
      const found = this.extend([...path, issuer]);
      if (found) return found;
    }
    return undefined;
  }

  /** Why `issuer` cannot sign the top of `path`, if it cannot; its signature is checked last. */
  private refuseIssuer(path: PartialPath, issuer: Certificate): Refusal | undefined {
    const at = this.options.at;
    if (!canIssue(issuer))
      return {
        code: 'issuer-cannot-sign',
        reason: `"${issuer.subject}" is not a CA that may sign certificates`,
      };
    const problem = extensionProblem(issuer);
    if (problem) return { code: problem.code, reason: `"${issuer.subject}" ${problem.message}` };
    if (!validAt(issuer, at))
      return {
        code: validityCode(issuer, at),
        reason: `"${issuer.subject}" is not valid at ${at.toISOString()}`,
      };
    const refusal = this.options.refused?.(issuer);
    if (refusal) {
      return {
        code: 'issuer-refused',
        reason: `"${issuer.subject}" is refused by the truststore check (${refusal.code}, see its finding)`,
      };
    }
    const outside = this.nameConstraintRefusal(path.certs, issuer);
    if (outside) return outside;
    const pathLen = issuer.basicConstraints?.pathLenConstraint;
    if (pathLen !== undefined && path.constrainedBelow > pathLen) {
      return {
        code: 'path-length-exceeded',
        reason: `"${issuer.subject}" allows ${pathLen} intermediate CA(s) below it, the path has ${path.constrainedBelow}`,
      };
    }
    if (!this.anchorSet.has(issuer.fingerprint) && path.intermediatesBelow + 1 > this.maxIntermediates)
      return {
        code: 'too-deep',
        reason: `the path needs more than ${this.maxIntermediates} intermediate CA(s)`,
      };
    if (!checksSignatures(issuer.publicKey)) {
      const code =
        exponentProblem(issuer.publicKey) === 'invalid' ? 'rsa-exponent-invalid' : 'rsa-exponent-too-large';
      return {
        code: 'issuer-refused',
        reason: `"${issuer.subject}" has a key refused for its RSA public exponent (${code}), so no signature is checked with it`,
      };
    }
    if (!this.index.verifies(path.last, issuer))
      return { code: 'bad-signature', reason: `"${issuer.subject}" did not sign "${path.last.subject}"` };
    return undefined;
  }

  /** The first certificate of `path` outside `issuer`'s name constraints, if any. */
  private nameConstraintRefusal(path: readonly Certificate[], issuer: Certificate): Refusal | undefined {
    const constraints = issuer.nameConstraints;
    if (!constraints) return undefined;
    // RFC 5280 6.1.4 (b): a self-issued intermediate is not bound by the constraints above it.
    const bound = path.filter((p, i) => i === 0 || !p.selfIssued);
    const outside = bound
      .map((p) => ({ p, why: nameConstraintViolation(p, constraints, p === this.target) }))
      .find((v) => v.why);
    if (!outside) return undefined;
    return {
      code: 'name-not-permitted',
      reason: `"${outside.p.subject}" ${outside.why} (name constraints of "${issuer.subject}")`,
    };
  }
}

/** A path never repeats a certificate, nor a subject and key (cross-signed loops). */
function repeats(path: readonly Certificate[], issuer: Certificate): boolean {
  return path.some(
    (p) =>
      p.fingerprint === issuer.fingerprint ||
      (p.subjectKey === issuer.subjectKey && samePublicKey(p, issuer)),
  );
}

function validityCode(cert: Certificate, at: Date): 'expired' | 'not-yet-valid' {
  return cert.notBefore.getTime() > at.getTime() ? 'not-yet-valid' : 'expired';
}

function samePublicKey(a: Certificate, b: Certificate): boolean {
  return a.subjectKeyId !== undefined && a.subjectKeyId === b.subjectKeyId;
}
