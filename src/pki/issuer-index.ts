/**
 * Issuer lookup. As in Go's crypto/x509 (buildChains) and rustls-webpki (Budget): candidate issuers
 * come from an index by subject name and key identifier, never an all-pairs scan, and every
 * signature check spends from a budget so hostile input cannot hang us.
 */
import type { Certificate } from './model.js';
import { signatureVerifies } from './parse.js';
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
