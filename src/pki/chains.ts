/**
 * Issuer lookup and path building. As in Go's crypto/x509 (buildChains) and rustls-webpki
 * (Budget): candidate issuers come from an index by subject name and key identifier, never an
 * all-pairs scan, and every signature check spends from a budget so hostile input cannot hang us.
 */
import type { FindingCode } from './codes.js';
import type { Certificate, Finding } from './model.js';
import { nameConstraintViolation } from './name-constraints.js';
import { signatureVerifies } from './parse.js';
import { extensionProblem } from './rules.js';
import { verifyAll } from './verify-pool.js';

/** Raised when the budget of signature checks runs out. */
export class BudgetExhausted extends Error {
  override name = 'BudgetExhausted';
}

/** The certificates of one subject name, also grouped by subject key identifier. */
interface NameGroup {
  all: Certificate[];
  byKeyId: Map<string, Certificate[]>;
  withoutKeyId: Certificate[];
}

export class IssuerIndex {
  private readonly bySubject = new Map<string, NameGroup>();
  private readonly verified = new Map<string, boolean>();
  /** Signature checks done so far. */
  checks = 0;

  constructor(
    certificates: Iterable<Certificate>,
    private readonly maxChecks: number,
  ) {
    for (const cert of certificates) {
      let group = this.bySubject.get(cert.subjectKey);
      if (!group) {
        group = { all: [], byKeyId: new Map(), withoutKeyId: [] };
        this.bySubject.set(cert.subjectKey, group);
      }
      group.all.push(cert);
      if (cert.subjectKeyId === undefined) group.withoutKeyId.push(cert);
      else {
        const same = group.byKeyId.get(cert.subjectKeyId);
        if (same) same.push(cert);
        else group.byKeyId.set(cert.subjectKeyId, [cert]);
      }
    }
  }

  /**
   * Certificates whose subject is `cert`'s issuer and whose subject key identifier, when both
   * sides carry one, equals `cert`'s authority key identifier. Signatures are not checked here.
   * Looked up, never filtered from the whole group: a crowd of same-named certificates costs
   * nothing until their candidates are used.
   */
  nameCandidates(cert: Certificate): Certificate[] {
    const group = this.bySubject.get(cert.issuerKey);
    if (!group) return [];
    if (!cert.authorityKeyId) return group.all;
    const keyed = group.byKeyId.get(cert.authorityKeyId) ?? [];
    if (group.withoutKeyId.length === 0) return keyed;
    if (keyed.length === 0) return group.withoutKeyId;
    return group.all.filter((c) => !c.subjectKeyId || c.subjectKeyId === cert.authorityKeyId);
  }

  /** How many candidates nameCandidates(cert) holds, without building the list. */
  candidateCount(cert: Certificate): number {
    const group = this.bySubject.get(cert.issuerKey);
    if (!group) return 0;
    if (!cert.authorityKeyId) return group.all.length;
    return (group.byKeyId.get(cert.authorityKeyId)?.length ?? 0) + group.withoutKeyId.length;
  }

  /** Certificates whose subject is `cert`'s issuer name, whatever their key. */
  sameName(cert: Certificate): Certificate[] {
    return this.bySubject.get(cert.issuerKey)?.all ?? [];
  }

  /**
   * Checks many pairs at once (spread over the cores) and remembers the verdicts. Only when the
   * whole batch fits the budget: a hostile set keeps the one-by-one path that stops at the budget.
   */
  prefetch(pairs: readonly (readonly [Certificate, Certificate])[]): void {
    const todo = pairs.filter(
      ([child, issuer]) => !this.verified.has(`${child.fingerprint}:${issuer.fingerprint}`),
    );
    if (this.checks + todo.length > this.maxChecks) return;
    const verdicts = verifyAll(todo);
    for (const [i, [child, issuer]] of todo.entries()) {
      this.verified.set(`${child.fingerprint}:${issuer.fingerprint}`, verdicts[i]!);
    }
    this.checks += todo.length;
  }

  /** Does `issuer` verify `child`'s signature? Memoised; each new pair spends one check. */
  verifies(child: Certificate, issuer: Certificate): boolean {
    const key = `${child.fingerprint}:${issuer.fingerprint}`;
    let ok = this.verified.get(key);
    if (ok === undefined) {
      if (this.checks >= this.maxChecks)
        throw new BudgetExhausted(`stopped after ${this.checks} signature checks`);
      this.checks++;
      ok = signatureVerifies(child, issuer);
      this.verified.set(key, ok);
    }
    return ok;
  }
}

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
  const index = new IssuerIndex(
    [...options.anchors, ...options.intermediates],
    options.maxSignatureChecks ?? 1000,
  );
  const maxIntermediates = options.maxIntermediates ?? 8;
  let best: { code: FindingCode; reason: string; depth: number } = {
    code: 'missing-issuer',
    reason: `no issuer of "${target.subject}" ("${target.issuer}") is in the trusted or intermediate certificates`,
    depth: -1,
  };
  const fail = (depth: number, code: FindingCode, reason: string) => {
    if (depth >= best.depth) best = { code, reason, depth };
  };

  const notValid = (cert: Certificate) => ({
    ok: false as const,
    code: validityCode(cert, options.at),
    reason: `"${cert.subject}" is not valid at ${options.at.toISOString()}`,
  });
  if (anchorSet.has(target.fingerprint))
    return validAt(target, options.at) ? { ok: true, path: [target] } : notValid(target);
  if (!validAt(target, options.at)) return notValid(target);
  const targetProblem = extensionProblem(target);
  if (targetProblem)
    return { ok: false, code: targetProblem.code, reason: `"${target.subject}" ${targetProblem.message}` };

  const extend = (path: Certificate[]): Certificate[] | undefined => {
    const last = path[path.length - 1]!;
    const intermediatesBelow = path.length - 1;
    // RFC 5280 6.1.4 (l): self-issued intermediates do not count against pathLenConstraint.
    const constrainedBelow = path.slice(1).filter((p) => !p.selfIssued).length;
    const candidates = index
      .nameCandidates(last)
      .slice()
      .sort((a, b) => Number(anchorSet.has(b.fingerprint)) - Number(anchorSet.has(a.fingerprint)));
    if (candidates.length === 0 && path.length > 1) {
      // Name the certificate the search got stuck at, not only the target.
      fail(
        path.length,
        'missing-issuer',
        `no issuer of "${last.subject}" ("${last.issuer}") is in the trusted or intermediate certificates`,
      );
    }
    for (const issuer of candidates) {
      // A path never repeats a certificate, nor a subject and key (cross-signed loops).
      if (
        path.some(
          (p) =>
            p.fingerprint === issuer.fingerprint ||
            (p.subjectKey === issuer.subjectKey && samePublicKey(p, issuer)),
        )
      ) {
        continue;
      }
      const isAnchor = anchorSet.has(issuer.fingerprint);
      if (!canIssue(issuer)) {
        fail(path.length, 'issuer-cannot-sign', `"${issuer.subject}" is not a CA that may sign certificates`);
        continue;
      }
      const problem = extensionProblem(issuer);
      if (problem) {
        fail(path.length, problem.code, `"${issuer.subject}" ${problem.message}`);
        continue;
      }
      if (!validAt(issuer, options.at)) {
        fail(
          path.length,
          validityCode(issuer, options.at),
          `"${issuer.subject}" is not valid at ${options.at.toISOString()}`,
        );
        continue;
      }
      const refusal = options.refused?.(issuer);
      if (refusal) {
        fail(
          path.length,
          'issuer-refused',
          `"${issuer.subject}" is refused by the truststore check (${refusal.code}, see its finding)`,
        );
        continue;
      }
      const constraints = issuer.nameConstraints;
      if (constraints) {
        // RFC 5280 6.1.4 (b): a self-issued intermediate is not bound by the constraints above it.
        const bound = path.filter((p, i) => i === 0 || !p.selfIssued);
        const outside = bound
          .map((p) => ({ p, why: nameConstraintViolation(p, constraints, p === target) }))
          .find((v) => v.why);
        if (outside) {
          fail(
            path.length,
            'name-not-permitted',
            `"${outside.p.subject}" ${outside.why} (name constraints of "${issuer.subject}")`,
          );
          continue;
        }
      }
      const pathLen = issuer.basicConstraints?.pathLenConstraint;
      if (pathLen !== undefined && constrainedBelow > pathLen) {
        fail(
          path.length,
          'path-length-exceeded',
          `"${issuer.subject}" allows ${pathLen} intermediate CA(s) below it, the path has ${constrainedBelow}`,
        );
        continue;
      }
      if (!isAnchor && intermediatesBelow + 1 > maxIntermediates) {
        fail(path.length, 'too-deep', `the path needs more than ${maxIntermediates} intermediate CA(s)`);
        continue;
      }
      if (!index.verifies(last, issuer)) {
        fail(path.length, 'bad-signature', `"${issuer.subject}" did not sign "${last.subject}"`);
        continue;
      }
      if (isAnchor) return [...path, issuer];
      const found = extend([...path, issuer]);
      if (found) return found;
    }
    return undefined;
  };

  try {
    const path = extend([target]);
    return path ? { ok: true, path } : { ok: false, code: best.code, reason: best.reason };
  } catch (error) {
    if (error instanceof BudgetExhausted)
      return { ok: false, code: 'signature-budget-exhausted', reason: error.message };
    throw error;
  }
}

function validityCode(cert: Certificate, at: Date): 'expired' | 'not-yet-valid' {
  return cert.notBefore.getTime() > at.getTime() ? 'not-yet-valid' : 'expired';
}

function samePublicKey(a: Certificate, b: Certificate): boolean {
  return a.subjectKeyId !== undefined && a.subjectKeyId === b.subjectKeyId;
}
