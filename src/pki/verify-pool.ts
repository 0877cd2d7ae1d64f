/**
 * Signature checks spread over the machine's cores. Verifying every issuer edge is the largest
 * cost of a big truststore (~350 ms of OpenSSL time for 1,000 mixed RSA/P-256/P-384 CAs), and it
 * is embarrassingly parallel. The engine stays synchronous: helper threads write their verdicts
 * into shared memory and the main thread, after doing its own share, waits with Atomics.wait
 * (allowed on Node's main thread).
 *
 * Memory stays flat: the certificates go to the helpers once, packed into one SharedArrayBuffer
 * with where each check reads them (signatures.ts, layoutOf); a thread keeps at most KEY_CACHE
 * issuer keys and makes no X509Certificate for a check verify() can make (signatures.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checksSignatures } from './keys.js';
import type { Certificate } from './model.js';
import {
  checkWithKey,
  keyFromSpki,
  keyTypeOf,
  type Layout,
  layoutOf,
  noteLoads,
  parsesAsChild,
  parsesAsIssuer,
  signatureChecks,
  x509Of,
} from './signatures.js';

/** Below this many checks a helper thread's start-up (~20 ms) costs more than it saves. */
export const MIN_PARALLEL_CHECKS = 256;
const MAX_HELPERS = 3;
const PENDING = -1;

/** Pairs a thread claims at a time from the shared counter: small enough to balance the load. */
const CHUNK = 8;
const RUNNING = 1;
const FINISHED = 2;
/**
 * Issuer keys a thread keeps (oldest dropped first): an honest set reuses a few issuers' keys all
 * the time, and a crowd of same-named CAs reuses its group's keys within a few pairs.
 */
const KEY_CACHE = 512;
/** A pair's verdicts: no; yes; yes by the key, but OpenSSL does not load this issuer certificate. */
const YES = 1;
const ISSUER_NOT_LOADED = 2;
/** Per certificate: hash index (HASHES), signed-with key type, tbs, signature and key spans. */
const FIELDS = 9;
const HASHES = ['', 'sha256', 'sha384', 'sha512'];

/**
 * The helper's whole program (CommonJS, no imports from the bundle): checkWithKey's decision
 * (signatures.ts), on certificates packed by packPairs. Every thread, this one included, claims
 * chunks from one shared counter, so a helper that starts late just takes less.
 */
const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { X509Certificate, createPublicKey, verify } = require('node:crypto');
const { bytes, offsets, meta, pairs, results, next, states, slot, chunk } = workerData;
const data = Buffer.from(bytes);
const at = (i, f) => offsets[i] + meta[${FIELDS} * i + f];
const verdicts = new Int8Array(results);
const counter = new Int32Array(next);
const state = new Int32Array(states);
const total = pairs.length / 2;
const hashes = ${JSON.stringify(HASHES)};
const keys = new Map();
const key = (i) => {
  let k = keys.get(i);
  if (k === undefined) {
    k = null;
    try { k = createPublicKey({ key: data.subarray(at(i, 6), at(i, 7)), format: 'der', type: 'spki' }); } catch {}
    if (keys.size >= ${KEY_CACHE}) keys.delete(keys.keys().next().value);
    keys.set(i, k);
  }
  return k;
};
let childId = -1;
let child;
// Whether OpenSSL loads a certificate (as a child; as an issuer, with its key): asked after a yes.
const loads = new Int8Array(offsets.length).fill(-1);
const keyLoads = new Int8Array(offsets.length).fill(-1);
const x509 = (i) => new X509Certificate(data.subarray(offsets[i], offsets[i + 1]));
const loaded = (memo, i, load) => {
  if (memo[i] < 0) { let ok = 0; try { ok = load(i) ? 1 : 0; } catch {} memo[i] = ok; }
  return memo[i] === 1;
};
const verifies = (c, i) => {
  const k = key(i);
  if (!k) return false;
  const keyType = meta[${FIELDS} * i + 8];
  const hash = hashes[meta[${FIELDS} * c]];
  if (hash && keyType !== 0) {
    if (keyType !== meta[${FIELDS} * c + 1]) return false;
    return verify(hash, data.subarray(at(c, 2), at(c, 3)), k, data.subarray(at(c, 4), at(c, 5)));
  }
  if (c !== childId) {
    childId = c;
    child = null;
    try { child = x509(c); } catch {}
  }
  return Boolean(child && child.verify(k));
};
// ${YES}: verified, both load; ${ISSUER_NOT_LOADED}: verified, the child loads, this issuer does not.
const check = (c, i) => {
  if (!verifies(c, i) || !loaded(loads, c, x509)) return 0;
  return loaded(keyLoads, i, (j) => x509(j).publicKey) ? ${YES} : ${ISSUER_NOT_LOADED};
};
Atomics.store(state, slot, ${RUNNING});
try {
  for (let start = Atomics.add(counter, 0, chunk); start < total; start = Atomics.add(counter, 0, chunk)) {
    for (let p = start; p < Math.min(total, start + chunk); p++) {
      let code = 0;
      try { code = check(pairs[2 * p], pairs[2 * p + 1]); } catch {}
      verdicts[p] = code;
    }
  }
} finally {
  Atomics.store(state, slot, ${FINISHED});
  Atomics.notify(state, slot);
}
`;

function helperCount(): number {
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_HELPERS));
}

type Pair = readonly [child: Certificate, issuer: Certificate];

/** Checks pairs on this thread as a helper does, keeping at most KEY_CACHE issuer keys. */
class LocalChecker {
  private readonly keys = new Map<Certificate, ReturnType<typeof keyFromSpki>>();
  private readonly layouts = new Map<Certificate, Layout>();

  check([child, issuer]: Pair): number {
    let key = this.keys.get(issuer);
    if (key === undefined) {
      const [k0, k1] = this.layout(issuer).spki;
      key = keyFromSpki(issuer.der.subarray(k0, k1));
      if (this.keys.size >= KEY_CACHE) this.keys.delete(this.keys.keys().next().value!);
      this.keys.set(issuer, key);
    }
    const ok = checkWithKey(child.der, this.layout(child), keyTypeOf(issuer), key, () => x509Of(child));
    if (!ok || !parsesAsChild(child)) return 0;
    return parsesAsIssuer(issuer) ? YES : ISSUER_NOT_LOADED;
  }

  private layout(cert: Certificate): Layout {
    let layout = this.layouts.get(cert);
    if (!layout) {
      if (this.layouts.size >= KEY_CACHE) this.layouts.clear();
      layout = layoutOf(cert);
      this.layouts.set(cert, layout);
    }
    return layout;
  }
}

/**
 * Verdicts for `pairs` of [child, issuer], as signatureVerifies gives them one by one: does the
 * issuer's key verify the child's signature, both certificates loading in OpenSSL?
 */
export function verifyAll(pairs: readonly Pair[]): boolean[] {
  return verifyKeys(pairs).map((ok, p) => ok && parsesAsIssuer(pairs[p]![1]));
}

/**
 * Key verdicts for `pairs` of [child, issuer]: does the issuer's key verify the child's signature,
 * the child loading in OpenSSL (signatures.ts, keyVerifies)? The same answer for every issuer
 * certificate with that key, when OpenSSL loads it (parsesAsIssuer, told here for the pairs asked).
 * A key refused for its exponent is never sent to OpenSSL (keys.ts, checksSignatures).
 */
export function verifyKeys(pairs: readonly Pair[]): boolean[] {
  const usable = pairs.map(([, issuer]) => checksSignatures(issuer.publicKey));
  const asked = pairs.filter((_, p) => usable[p]);
  const codes = verifyUsable(asked);
  codes.forEach((code, p) => {
    if (code !== 0) noteLoads(asked[p]![0], asked[p]![1], code === YES);
  });
  let next = 0;
  return usable.map((ok) => ok && codes[next++]! !== 0);
}

function verifyUsable(pairs: readonly Pair[]): number[] {
  const helpers = helperCount();
  const local = new LocalChecker();
  if (pairs.length < MIN_PARALLEL_CHECKS || helpers === 0) return pairs.map((pair) => local.check(pair));
  const shared = packPairs(pairs);
  const results = new SharedArrayBuffer(pairs.length);
  const verdicts = new Int8Array(results).fill(PENDING);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const states = new SharedArrayBuffer(4 * helpers);
  const state = new Int32Array(states);
  for (let slot = 0; slot < helpers; slot++) {
    try {
      const worker = new Worker(HELPER_SOURCE, {
        eval: true,
        workerData: { ...shared, results, next, states, slot, chunk: CHUNK },
      });
      worker.unref();
      worker.on('error', () => {}); // what it claimed stays PENDING and is checked here instead
    } catch {
      // No thread could be started: this thread claims everything.
    }
  }
  let mine = 0;
  for (
    let start = Atomics.add(counter, 0, CHUNK);
    start < pairs.length;
    start = Atomics.add(counter, 0, CHUNK)
  ) {
    for (let p = start; p < Math.min(pairs.length, start + CHUNK); p++, mine++) {
      verdicts[p] = local.check(pairs[p]!);
    }
  }
  // Every chunk is claimed; wait for helpers still finishing theirs. A helper that has not started
  // has claimed nothing and will claim nothing. The wait is bounded: a helper that never reports
  // leaves its verdicts PENDING, and they are checked on this thread below.
  for (let slot = 0; slot < helpers; slot++) {
    if (Atomics.load(state, slot) === RUNNING) Atomics.wait(state, slot, RUNNING, 10_000);
  }
  const pending = verdicts.reduce((n, v) => n + (v === PENDING ? 1 : 0), 0);
  signatureChecks.count += pairs.length - mine - pending; // the helpers' checks
  return Array.from(verdicts, (v, p) => (v === PENDING ? local.check(pairs[p]!) : v));
}

/**
 * What the helpers read, in shared memory: each certificate's DER once with its offset, its layout
 * (FIELDS numbers, spans relative to its DER) and its key type, and the pairs as indexes.
 */
function packPairs(pairs: readonly Pair[]): {
  bytes: SharedArrayBuffer;
  offsets: Int32Array;
  meta: Int32Array;
  pairs: Int32Array;
} {
  const certs: Certificate[] = [];
  const ids = new Map<Certificate, number>();
  const idOf = (cert: Certificate): number => {
    let id = ids.get(cert);
    if (id === undefined) {
      id = certs.push(cert) - 1;
      ids.set(cert, id);
    }
    return id;
  };
  const flat = new Int32Array(pairs.length * 2);
  pairs.forEach(([child, issuer], p) => {
    flat[2 * p] = idOf(child);
    flat[2 * p + 1] = idOf(issuer);
  });
  const offsets = new Int32Array(certs.length + 1);
  const meta = new Int32Array(certs.length * FIELDS);
  certs.forEach((cert, i) => {
    offsets[i + 1] = offsets[i]! + cert.der.length;
    const l = layoutOf(cert);
    meta.set(
      [HASHES.indexOf(l.hash), l.signedWith, ...l.tbs, ...l.signature, ...l.spki, keyTypeOf(cert)],
      FIELDS * i,
    );
  });
  const bytes = new SharedArrayBuffer(offsets[certs.length]!);
  const view = new Uint8Array(bytes);
  certs.forEach((cert, i) => {
    view.set(cert.der, offsets[i]);
  });
  return { bytes, offsets, meta, pairs: flat };
}
