/**
 * Signature checks spread over the machine's cores. Verifying every issuer edge is the largest
 * cost of a big truststore (~350 ms of OpenSSL time for 1,000 mixed RSA/P-256/P-384 CAs), and it
 * is embarrassingly parallel. The engine stays synchronous: helper threads write their verdicts
 * into shared memory and the main thread, after doing its own share, waits with Atomics.wait
 * (allowed on Node's main thread).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Certificate } from './model.js';
import { signatureVerifies } from './parse.js';

/** Below this many checks a helper thread's start-up (~20 ms) costs more than it saves. */
export const MIN_PARALLEL_CHECKS = 256;
const MAX_HELPERS = 3;
const PENDING = -1;

/** Pairs a thread claims at a time from the shared counter: small enough to balance the load. */
const CHUNK = 8;
const RUNNING = 1;
const FINISHED = 2;

/**
 * The helper's whole program (CommonJS, no imports from the bundle): the same check as
 * signatureVerifies, X509Certificate.verify with the issuer's public key. Every thread, this one
 * included, claims chunks from one shared counter, so a helper that starts late just takes less.
 */
const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { X509Certificate } = require('node:crypto');
const { ders, pairs, results, next, states, slot, chunk } = workerData;
const verdicts = new Int8Array(results);
const counter = new Int32Array(next);
const state = new Int32Array(states);
const total = pairs.length / 2;
const certs = new Map();
const keys = new Map();
const cert = (i) => {
  if (!certs.has(i)) { let c = null; try { c = new X509Certificate(ders[i]); } catch {} certs.set(i, c); }
  return certs.get(i);
};
const key = (i) => {
  if (!keys.has(i)) { let k = null; try { k = cert(i) ? cert(i).publicKey : null; } catch {} keys.set(i, k); }
  return keys.get(i);
};
Atomics.store(state, slot, ${RUNNING});
try {
  for (let start = Atomics.add(counter, 0, chunk); start < total; start = Atomics.add(counter, 0, chunk)) {
    for (let p = start; p < Math.min(total, start + chunk); p++) {
      const child = cert(pairs[2 * p]);
      const issuerKey = key(pairs[2 * p + 1]);
      let ok = false;
      try { ok = Boolean(child && issuerKey && child.verify(issuerKey)); } catch {}
      verdicts[p] = ok ? 1 : 0;
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

/** Verdicts for `pairs` of [child, issuer]: does the issuer's key verify the child's signature? */
export function verifyAll(pairs: readonly (readonly [Certificate, Certificate])[]): boolean[] {
  const helpers = helperCount();
  if (pairs.length < MIN_PARALLEL_CHECKS || helpers === 0)
    return pairs.map(([c, i]) => signatureVerifies(c, i));

  const ids = new Map<Certificate, number>();
  const ders: Uint8Array[] = [];
  const idOf = (cert: Certificate): number => {
    let id = ids.get(cert);
    if (id === undefined) {
      id = ders.push(cert.der) - 1;
      ids.set(cert, id);
    }
    return id;
  };
  const flat = new Int32Array(pairs.length * 2);
  pairs.forEach(([child, issuer], p) => {
    flat[2 * p] = idOf(child);
    flat[2 * p + 1] = idOf(issuer);
  });
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
        workerData: { ders, pairs: flat, results, next, states, slot, chunk: CHUNK },
      });
      worker.unref();
      worker.on('error', () => {}); // what it claimed stays PENDING and is checked here instead
    } catch {
      // No thread could be started: this thread claims everything.
    }
  }
  for (
    let start = Atomics.add(counter, 0, CHUNK);
    start < pairs.length;
    start = Atomics.add(counter, 0, CHUNK)
  ) {
    for (let p = start; p < Math.min(pairs.length, start + CHUNK); p++) {
      verdicts[p] = signatureVerifies(pairs[p]![0], pairs[p]![1]) ? 1 : 0;
    }
  }
  // Every chunk is claimed; wait for helpers still finishing theirs. A helper that has not started
  // has claimed nothing and will claim nothing. The wait is bounded: a helper that never reports
  // leaves its verdicts PENDING, and they are checked on this thread below.
  for (let slot = 0; slot < helpers; slot++) {
    if (Atomics.load(state, slot) === RUNNING) Atomics.wait(state, slot, RUNNING, 10_000);
  }
  return Array.from(verdicts, (v, p) =>
    v === PENDING ? signatureVerifies(pairs[p]![0], pairs[p]![1]) : v === 1,
  );
}
