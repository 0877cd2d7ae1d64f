/**
 * Shortest verified paths from the roots of a set, honouring pathLenConstraint, through the CAs a
 * predicate lets through. The hierarchy runs it once per verdict tier (any CA that can sign; CAs
 * with no error; CAs a strict verifier also accepts), so "a CA is as good as its best path" is the
 * question whether the stricter tier still reaches it within the depth limit.
 */
import type { Certificate } from './model.js';

export interface Label {
  /** CA certificates from the root to this one, both included. */
  depth: number;
  /** How many more CA certificates pathLenConstraints allow below this one. */
  allowance: number;
  via?: Certificate;
  root: Certificate;
}

export interface IssuerGraph {
  roots: readonly Certificate[];
  /** Parent fingerprint → children it verifiably signed (self-signatures excluded). */
  children: ReadonlyMap<string, readonly Certificate[]>;
  selfSigned: ReadonlySet<string>;
}

/**
 * Labels every certificate reachable from a root. A certificate that fails `passes` still gets a
 * place (so it has a depth and its own finding), but nothing chains through it. Two labels per
 * certificate (the shallowest, and the one leaving most room below) keep the search exact and
 * bounded: each certificate is queued at most twice per improvement of either.
 */
export function reach(graph: IssuerGraph, passes: (cert: Certificate) => boolean): Map<string, Label> {
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
  for (const root of graph.roots) {
    if (passes(root))
      offer(root, { depth: 1, allowance: root.basicConstraints?.pathLenConstraint ?? Infinity, root });
    else shallowest.set(root.fingerprint, { depth: 1, allowance: 0, root });
  }
  for (let head = 0; head < queue.length; head++) {
    const [parent, label] = queue[head]!;
    for (const child of graph.children.get(parent.fingerprint) ?? []) {
      if (graph.selfSigned.has(child.fingerprint)) continue;
      // RFC 5280 6.1.4 (l): a self-issued CA (key rollover) does not use up pathLenConstraint.
      if (!child.selfIssued && label.allowance < 1) continue;
      const room = Math.min(
        child.selfIssued ? label.allowance : label.allowance - 1,
        child.basicConstraints?.pathLenConstraint ?? Infinity,
      );
      const childLabel: Label = { depth: label.depth + 1, allowance: room, via: parent, root: label.root };
      if (passes(child)) offer(child, childLabel);
      else if (!shallowest.has(child.fingerprint))
        shallowest.set(child.fingerprint, { ...childLabel, allowance: 0 });
    }
  }
  return shallowest;
}

/** The certificates above `cert` on its labelled path, nearest first (a cycle-safe walk). */
export function ancestors(cert: Certificate, labels: ReadonlyMap<string, Label>): Certificate[] {
  const out: Certificate[] = [];
  const seen = new Set([cert.fingerprint]);
  for (let via = labels.get(cert.fingerprint)?.via; via && !seen.has(via.fingerprint); ) {
    out.push(via);
    seen.add(via.fingerprint);
    via = labels.get(via.fingerprint)?.via;
  }
  return out;
}
