/**
 * What deploy would change in an ELB trust store's revocation lists: the desired CRL files
 * (revocation-files, checked) against the revocations the trust store holds. Pure: the caller reads
 * and parses the live content (parseCrl); nothing here talks to AWS.
 *
 * A live revocation is matched to a file by content first (same SHA-256 of the DER: kept), then by
 * scope (revocationScope: the same issuer, issuer key and issuingDistributionPoint, so a newer
 * version of the same list: replaced); a live revocation left over is removed, a file left over is
 * added. A live revocation whose content cannot be read has no scope: it is removed (and its serials
 * cannot be listed).
 */
import { type Crl, crlIssuedBy } from '../../pki/crl.js';
import type { TruststoreEntry } from '../../pki/model.js';
import { crlDigest, normalSerial, type RevocationFile, revocationScope } from './revocation-files.js';

export interface LiveRevocation {
  revocationId: number;
  /** NumberOfRevokedEntries as the trust store reports it. */
  entries: number;
  /** The content parsed by the caller with parseCrl; undefined when unreadable. */
  crl?: Crl;
  /** SHA-256 of the content's DER, lowercase hex (computed from `crl` when absent). */
  sha256?: string;
  problem?: string;
}

export interface RevocationPlan {
  keep: { file: string; revocationId: number }[];
  /** New scopes. */
  add: RevocationFile[];
  /** Same scope, different content. */
  replace: { file: RevocationFile; revocationId: number }[];
  /** Live revocations no desired file matches (the file left the repository, or unreadable content). */
  remove: { revocationId: number; issuer?: string }[];
  serialsAdded: { issuer: string; serial: string }[];
  serialsRemoved: { issuer: string; serial: string }[];
  changed: boolean;
}

interface Live {
  revocation: LiveRevocation;
  sha256?: string;
  scope?: string;
}

/**
 * The scope of a live CRL. Without an authorityKeyIdentifier its key is the SPKI hash of the
 * truststore CA that verifies it, when `entries` are given and one does (as for the files).
 */
function liveScope(crl: Crl, entries: readonly TruststoreEntry[]): string {
  if (crl.authorityKeyId !== undefined) return revocationScope(crl);
  const signer = entries.map((e) => e.certificate).find((ca) => crlIssuedBy(crl, ca));
  return revocationScope(crl, signer);
}

function describeLive(r: LiveRevocation, entries: readonly TruststoreEntry[]): Live {
  if (!r.crl) return { revocation: r };
  const sha256 = r.sha256 ?? crlDigest(r.crl.der);
  return { revocation: r, sha256, scope: liveScope(r.crl, entries) };
}

type Pair = { issuer: string; serial: string };

/** Every (issuer, serial) pair of the CRLs, keyed for set difference. */
function pairsOf(crls: readonly Crl[]): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const crl of crls) {
    for (const r of crl.revoked)
      out.set(JSON.stringify([crl.issuer, r.serial]), { issuer: crl.issuer, serial: r.serial });
  }
  return out;
}

/** By issuer, then by serial as a number (its hex digits: shorter first), then as written. */
function comparePairs(a: Pair, b: Pair): number {
  if (a.issuer !== b.issuer) return a.issuer < b.issuer ? -1 : 1;
  const [x, y] = [normalSerial(a.serial), normalSerial(b.serial)];
  if (x.length !== y.length) return x.length - y.length;
  if (x !== y) return x < y ? -1 : 1;
  return a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0;
}

function difference(from: Map<string, Pair>, without: Map<string, Pair>): Pair[] {
  return [...from]
    .filter(([key]) => !without.has(key))
    .map(([, pair]) => pair)
    .sort(comparePairs);
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The changes that take the trust store's revocations (`live`) to `desired`. `entries`, the CAs of
 * the truststore, give a scope to live CRLs without an authorityKeyIdentifier (else they can only be
 * kept by content, never replaced). Deterministic: every list is sorted.
 */
export function planRevocations(
  desired: readonly RevocationFile[],
  live: readonly LiveRevocation[],
  entries: readonly TruststoreEntry[] = [],
): RevocationPlan {
  const pending = [...live]
    .sort((a, b) => a.revocationId - b.revocationId)
    .map((r) => describeLive(r, entries));
  const take = (match: (l: Live) => boolean): Live | undefined => {
    const i = pending.findIndex(match);
    return i < 0 ? undefined : pending.splice(i, 1)[0];
  };
  const plan: RevocationPlan = {
    keep: [],
    add: [],
    replace: [],
    remove: [],
    serialsAdded: [],
    serialsRemoved: [],
    changed: false,
  };
  const unmatched: RevocationFile[] = [];
  const wanted = new Set<string>();
  for (const file of [...desired].sort(byPath)) {
    if (wanted.has(file.sha256)) continue;
    wanted.add(file.sha256);
    const same = take((l) => l.sha256 === file.sha256);
    if (same) plan.keep.push({ file: file.path, revocationId: same.revocation.revocationId });
    else unmatched.push(file);
  }
  for (const file of unmatched) {
    const older = take((l) => l.scope === file.scope);
    if (older) plan.replace.push({ file, revocationId: older.revocation.revocationId });
    else plan.add.push(file);
  }
  for (const { revocation } of pending) {
    const issuer = revocation.crl?.issuer;
    plan.remove.push({ revocationId: revocation.revocationId, ...(issuer !== undefined ? { issuer } : {}) });
  }
  const want = pairsOf(desired.map((f) => f.crl));
  const have = pairsOf(live.flatMap((l) => (l.crl ? [l.crl] : [])));
  plan.serialsAdded = difference(want, have);
  plan.serialsRemoved = difference(have, want);
  plan.changed = plan.add.length + plan.replace.length + plan.remove.length > 0;
  return plan;
}
