/**
 * Issuer lookup. As in Go's crypto/x509 (buildChains) and rustls-webpki (Budget): candidate issuers
 * come from an index by subject name and key identifier, never an all-pairs scan, and every
 * signature check spends from a budget so hostile input cannot hang us.
 *
 * A signature is checked once per issuer KEY, not per issuer certificate: cross-certificates and
 * renewals that carry the same SubjectPublicKeyInfo share one verdict. The budget counts checks and
 * their work (keys.ts, signatureCost), so a crowd of slow keys runs out of it as fast as a crowd
 * of many keys.
 */
import { checksSignatures, signatureCost } from './keys.js';
import type { Certificate } from './model.js';
import { keyVerifies, parsesAsChild, parsesAsIssuer } from './signatures.js';
import { verifyKeys } from './verify-pool.js';

/**
 * Signature work any one search may spend, in P-256 checks (keys.ts, signatureCost): about 4 s of
 * one core, whatever the size of the set. An honest set needs about one check per certificate (the
 * 10,000 CAs of the benchmark, a third of them P-384, need ~37,000).
 */
export const MAX_SIGNATURE_WORK = 64_000;

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

/** The distinct keys of a list of candidates that a signature may be checked with, and their work. */
interface KeySet {
  cost: Map<string, number>;
  work: number;
}

/** Signature checks and their work, in P-256 checks. */
export interface Work {
  checks: number;
  work: number;
}

export class IssuerIndex {
  private readonly bySubject = new Map<string, NameGroup>();
  /**
   * Does the key verify the child's signature, by child and issuer key (child id * 2^26 + key id):
   * every certificate with that key gets the same answer, when OpenSSL loads it.
   */
  private readonly verified = new Map<number, boolean>();
  private readonly childIds = new Map<Certificate, number>();
  private readonly keyIds = new Map<string, number>();
  private readonly keySets = new WeakMap<Certificate[], KeySet>();
  /** Signature checks done so far, and their work. */
  checks = 0;
  work = 0;

  constructor(
    certificates: Iterable<Certificate>,
    private readonly maxChecks: number,
    private readonly maxWork = MAX_SIGNATURE_WORK,
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
    const lists = this.candidateLists(cert);
    if (lists.length < 2) return lists[0] ?? [];
    const aki = cert.authorityKeyId;
    return this.bySubject.get(cert.issuerKey)!.all.filter((c) => !c.subjectKeyId || c.subjectKeyId === aki);
  }

  /** nameCandidates(cert) as at most two lists held by the index (keyed, then without key id). */
  private candidateLists(cert: Certificate): Certificate[][] {
    const group = this.bySubject.get(cert.issuerKey);
    if (!group) return [];
    if (!cert.authorityKeyId) return [group.all];
    const keyed = group.byKeyId.get(cert.authorityKeyId);
    return [keyed ?? [], group.withoutKeyId].filter((list) => list.length > 0);
  }

  /** How many candidates nameCandidates(cert) holds, without building the list. */
  candidateCount(cert: Certificate): number {
    return this.candidateLists(cert).reduce((n, list) => n + list.length, 0);
  }

  /**
   * The checks finding `cert`'s issuers takes, and their work: one per distinct key among its
   * candidates, and its own key when it is self-issued (its self-signature), leaving out keys no
   * signature is checked with. Counted from the index, no list built: O(candidates) at most.
   */
  plannedWork(cert: Certificate): Work {
    const sets = this.candidateLists(cert).map((list) => this.keysOf(list));
    const [first, second] =
      sets.length === 2 && sets[0]!.cost.size > sets[1]!.cost.size ? [sets[1], sets[0]] : sets;
    let checks = (first?.cost.size ?? 0) + (second?.cost.size ?? 0);
    let work = (first?.work ?? 0) + (second?.work ?? 0);
    if (first && second) {
      for (const [key, cost] of first.cost) {
        if (!second.cost.has(key)) continue;
        checks--;
        work -= cost;
      }
    }
    const own = cert.publicKeyHash;
    if (
      cert.selfIssued &&
      checksSignatures(cert.publicKey) &&
      !first?.cost.has(own) &&
      !second?.cost.has(own)
    ) {
      checks++;
      work += signatureCost(cert.publicKey);
    }
    return { checks, work };
  }

  private keysOf(list: Certificate[]): KeySet {
    let set = this.keySets.get(list);
    if (!set) {
      set = { cost: new Map(), work: 0 };
      for (const c of list) {
        if (set.cost.has(c.publicKeyHash) || !checksSignatures(c.publicKey)) continue;
        const cost = signatureCost(c.publicKey);
        set.cost.set(c.publicKeyHash, cost);
        set.work += cost;
      }
      this.keySets.set(list, set);
    }
    return set;
  }

  /** Certificates whose subject is `cert`'s issuer name, whatever their key. */
  sameName(cert: Certificate): Certificate[] {
    return this.bySubject.get(cert.issuerKey)?.all ?? [];
  }

  private pairId(child: Certificate, issuer: Certificate): number {
    const c = this.childIds.get(child) ?? this.childIds.size;
    this.childIds.set(child, c);
    const k = this.keyIds.get(issuer.publicKeyHash) ?? this.keyIds.size;
    this.keyIds.set(issuer.publicKeyHash, k);
    return c * 2 ** 26 + k;
  }

  /**
   * Checks many pairs at once (spread over the cores) and remembers the verdicts, each child and
   * issuer key once. Only when the whole batch fits the budget: a hostile set keeps the one-by-one
   * path that stops at the budget.
   */
  prefetch(pairs: readonly (readonly [Certificate, Certificate])[]): void {
    const seen = new Set<number>();
    const todo = pairs.filter(([child, issuer]) => {
      const id = this.pairId(child, issuer);
      if (seen.has(id) || this.verified.has(id) || !checksSignatures(issuer.publicKey)) return false;
      seen.add(id);
      return true;
    });
    const work = todo.reduce((sum, [, issuer]) => sum + signatureCost(issuer.publicKey), 0);
    if (this.checks + todo.length > this.maxChecks || this.work + work > this.maxWork) return;
    const verdicts = verifyKeys(todo);
    for (const [i, [child, issuer]] of todo.entries())
      this.verified.set(this.pairId(child, issuer), verdicts[i]!);
    this.checks += todo.length;
    this.work += work;
  }

  /**
   * Does `issuer` verify `child`'s signature? Memoised per child and issuer key; each new pair
   * spends one check and its work. An issuer whose key is refused for its exponent verifies nothing
   * and costs nothing (keys.ts, checksSignatures).
   */
  verifies(child: Certificate, issuer: Certificate): boolean {
    if (!checksSignatures(issuer.publicKey)) return false;
    const id = this.pairId(child, issuer);
    let ok = this.verified.get(id);
    if (ok === undefined) {
      const cost = signatureCost(issuer.publicKey);
      if (this.checks >= this.maxChecks || this.work + cost > this.maxWork)
        throw new BudgetExhausted(`stopped after ${this.checks} signature checks`);
      this.checks++;
      this.work += cost;
      ok = keyVerifies(child, issuer);
      this.verified.set(id, ok);
    }
    return ok && parsesAsChild(child) && parsesAsIssuer(issuer);
  }
}
