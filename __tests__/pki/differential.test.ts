/**
 * Differential test: the engine's per-certificate verdicts against a strict TLS verifier plus API
 * Gateway's documented algorithm rules, on random CA hierarchies. A CA's verdict is refused when a
 * finding carries its fingerprint that is an error or a strict-verifier warning (which
 * fail-on-warnings makes an error); the reference refuses it when its clients would be refused.
 * Every CA must agree; the run prints the agreement. The seed is fixed (12345) unless DIFF_SEED is set:
 * DIFF_SEED=random explores, DIFF_SEED=<seed printed below> replays; DIFF_HIERARCHIES=<n> runs more.
 *
 * The reference. API Gateway's algorithm rules (RSA of 2048 bits or more or ECDSA P-256/384/521
 * keys, SHA-256 or stronger, no EdDSA) refuse a CA by itself; OpenSSL judges the rest. For every
 * certificate c of the bundle (roots included) that the rules accept, a client leaf issued by c's
 * key is verified over the bundle without the CAs the rules refuse:
 *   openssl verify -x509_strict -purpose sslclient -auth_level 1 -verify_depth <maxCaDepth - 1>
 *     -no-CApath -no-CAstore -CAfile roots.pem -untrusted others.pem probe.pem
 * roots.pem holds the self-signed CAs of the bundle, others.pem every other CA of the bundle.
 * A leaf under c (rather than c itself) makes openssl judge c as an issuer, which is what API
 * Gateway does with c: it sees CA:false and a keyUsage without keyCertSign on c, which it does not
 * check on an end-entity target.
 *
 * Depth mapping. openssl's -verify_depth N allows N intermediates: neither the leaf nor the trust
 * anchor count (checked on OpenSSL 3.0: root→I1→I2, `-verify_depth 0` accepts I1, rejects I2 with
 * error 22). The engine's depth counts CA certificates from the root to c, both included. A leaf
 * under c at depth d has the d - 1 CAs c..depth-2 as intermediates, so the engine accepts
 * (d <= maxCaDepth) exactly when openssl does (d - 1 <= N) with N = maxCaDepth - 1. (To verify c
 * itself, the mapping would be N = maxCaDepth - 2.)
 *
 * -auth_level 1. `openssl verify` applies no security level unless told; a TLS peer at OpenSSL
 * 3.0's default security level 1 uses auth level 1, which rejects a SHA-1 signed CA (error 68,
 * "CA signature digest algorithm too weak") but still accepts RSA-1024 and P-192 keys (80 bits),
 * and never checks a trust anchor's own self-signature. So SHA-1 on non-root CAs is in the random
 * comparison; the rest is in "stricter than OpenSSL by design" below.
 *
 * The engine's verdict is read from its findings alone: the finding on c must say it (a CA whose
 * every path runs through a refused CA has its own `issuer-refused`), not a walk up the path.
 *
 * OpenSSL's path building is greedy: among untrusted certificates with the issuer's name and key
 * identifier it takes the first one valid now and does not backtrack to another. With a
 * cross-certificate in the set that order decides, so openssl is asked with others.pem in both
 * orders and accepts if either accepts; the other variants of c's own key are withheld, so that
 * c itself is judged. Each hierarchy has at most one cross-certificate, so two orders are enough.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_VERIFIER_CODES } from '../../src/pki/codes.js';
import { type Analysis, analyze, type Policy } from '../../src/pki/index.js';
import {
  type BundleCa,
  FEATURES,
  type Feature,
  type Hierarchy,
  type HierarchyPlan,
  materialize,
  planHierarchy,
  Rng,
} from '../support/hierarchy-generator.js';
import { type KeySpec, type TestCert, TestPki } from '../support/pki.js';

// A fixed seed by default so that the suite (and CI) judges the same hierarchies on every run;
// DIFF_SEED=random explores new ones, and any disagreement it finds prints its seed for replay.
const SEED =
  process.env.DIFF_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 32)
    : Number(process.env.DIFF_SEED ?? 12345);
const HIERARCHIES = Number(process.env.DIFF_HIERARCHIES ?? FEATURES.length);

interface OpensslVerdict {
  ok: boolean;
  /** openssl's first `error N at D depth lookup: ...` line, or `OK`. */
  line: string;
}

function fingerprint(cert: TestCert): string {
  return createHash('sha256').update(cert.der).digest('hex');
}

let callNo = 0;
function opensslVerify(
  pki: TestPki,
  roots: readonly TestCert[],
  untrusted: readonly TestCert[],
  target: TestCert,
  verifyDepth: number,
): OpensslVerdict {
  const n = ++callNo;
  const args = ['verify', '-x509_strict', '-purpose', 'sslclient', '-auth_level', '1'];
  args.push('-verify_depth', String(verifyDepth));
  args.push('-no-CApath', '-no-CAstore'); // never the machine's own trust store
  if (roots.length > 0)
    args.push('-CAfile', pki.write(`openssl/${n}-roots.pem`, roots.map((c) => c.pem).join('')));
  else args.push('-no-CAfile');
  if (untrusted.length > 0)
    args.push('-untrusted', pki.write(`openssl/${n}-others.pem`, untrusted.map((c) => c.pem).join('')));
  args.push(target.certPath);
  const run = spawnSync('openssl', args, { encoding: 'utf8' });
  const output = `${run.stdout}\n${run.stderr}`;
  const ok = run.status === 0 && /: OK\s*$/m.test(run.stdout);
  return { ok, line: ok ? 'OK' : (/^error \d+ at .*$/m.exec(output)?.[0] ?? output.trim().split('\n')[0]!) };
}

/** Keys API Gateway's documented rules refuse (RSA under 2048 bits, curves other than P-256/384/521, EdDSA, DSA). */
const REFUSED_KEY_SPECS = new Set<KeySpec>(['rsa1024', 'ec192', 'secp256k1', 'ed25519', 'dsa2048']);

/**
 * API Gateway's algorithm rules on one certificate, from how the test PKI made it:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
 */
function algorithmRuleRefusal(e: BundleCa): string | undefined {
  if (REFUSED_KEY_SPECS.has(e.cert.key)) return `API Gateway refuses ${e.cert.key} keys`;
  if (e.signerKey === 'ed25519') return 'API Gateway refuses Ed25519 signatures';
  if (e.sha1) return 'API Gateway refuses SHA-1 signatures';
  return undefined;
}

function referenceJudge(pki: TestPki, h: Hierarchy, target: BundleCa): OpensslVerdict {
  const own = algorithmRuleRefusal(target);
  if (own) return { ok: false, line: `algorithm rules: ${own}` };
  return opensslJudge(pki, h, target);
}

function opensslJudge(pki: TestPki, h: Hierarchy, target: BundleCa): OpensslVerdict {
  const usable = h.bundle.filter((e) => !algorithmRuleRefusal(e));
  const roots = usable.filter((e) => e.selfSigned).map((e) => e.cert);
  const others = usable
    .filter((e) => !e.selfSigned && (e === target || e.cert.keyPath !== target.cert.keyPath))
    .map((e) => e.cert);
  const depth = h.plan.maxCaDepth - 1;
  const first = opensslVerify(pki, roots, others, target.probe, depth);
  const subjects = new Set(others.map((c) => c.subject));
  if (first.ok || subjects.size === others.length) return first;
  const second = opensslVerify(pki, roots, [...others].reverse(), target.probe, depth);
  return second.ok ? second : first;
}

interface EngineVerdict {
  error: boolean;
  why: string;
}

function engineJudge(analysis: Analysis, fp: string, _maxCaDepth?: number): EngineVerdict {
  const entry = analysis.entries.find((e) => e.certificate.fingerprint === fp);
  if (!entry) return { error: true, why: 'not in analysis.entries' };
  const refusing = analysis.findings.filter(
    (f) => f.fingerprint === fp && (f.severity === 'error' || STRICT_VERIFIER_CODES.has(f.code)),
  );
  if (refusing.length > 0) return { error: true, why: refusing.map((f) => f.code).join(', ') };
  return { error: false, why: `ok at depth ${entry.depth}` };
}

interface Row {
  hierarchy: number;
  ca: string;
  kind: string;
  defect: string;
  engine: EngineVerdict;
  openssl: OpensslVerdict;
}

function plannedDefect(entry: BundleCa, plan: HierarchyPlan): string {
  const ca = entry.plan;
  const notes = [
    entry.kind === 'cross'
      ? `cross-signed by ${plan.cross?.issuer.id}`
      : entry.kind === 'expired-copy'
        ? 'expired predecessor'
        : (ca.defect ?? '-'),
  ];
  if (ca.rollover) notes.push('self-issued link');
  if (ca.pathLen !== undefined) notes.push(`pathLen=${ca.pathLen}`);
  return notes.join(', ');
}

function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    `h${r.hierarchy}`,
    r.ca,
    r.kind,
    r.defect,
    r.engine.error ? `error: ${r.engine.why}` : r.engine.why,
    r.openssl.line,
  ]);
  const head = ['hier', 'CA', 'kind', 'planned defect', 'engine', 'openssl'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  return [head, ...cells].map((c) => c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')).join('\n');
}

describe(`differential against openssl verify -x509_strict (DIFF_SEED=${SEED})`, () => {
  let pki: TestPki;
  const all: Row[] = [];
  const planned = new Set<Feature | string>();
  let compared = 0;
  beforeAll(() => {
    pki = TestPki.create('differential-');
    console.log(`differential: seed ${SEED} (replay with DIFF_SEED=${SEED}), ${HIERARCHIES} hierarchies`);
  });
  afterAll(() => {
    pki?.cleanup();
    const disagree = all.filter((r) => r.engine.error === r.openssl.ok).length;
    const refused = all.filter((r) => !r.openssl.ok).length;
    console.log(
      `differential: ${all.length} CAs compared (${refused} refused by the reference), ${all.length - disagree} agree (${((100 * (all.length - disagree)) / Math.max(1, all.length)).toFixed(1)}%), ${disagree} disagree (DIFF_SEED=${SEED})`,
    );
  });

  for (let index = 0; index < HIERARCHIES; index++) {
    const forced = FEATURES[index % FEATURES.length]!;
    it(`hierarchy ${index} (with ${forced}): the engine errs on exactly the CAs openssl rejects`, () => {
      const rng = new Rng((SEED ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0);
      const plan = planHierarchy(rng, index, forced);
      const h = materialize(plan, pki, rng);
      const policy: Policy = { now: new Date(), expiryWarningDays: 30, maxCaDepth: plan.maxCaDepth };
      const analysis = analyze(h.files, policy);
      for (const ca of plan.cas) if (ca.defect) planned.add(ca.defect);
      if (plan.cross) planned.add('cross-signed');
      if (plan.renewed) planned.add('renewed');
      if (plan.cas.some((c) => c.rollover)) planned.add('rollover');
      if (plan.cas.some((c) => c.level > plan.maxCaDepth)) planned.add('too-deep');

      const rows: Row[] = h.bundle.map((entry) => ({
        hierarchy: index,
        ca: entry.plan.id,
        kind: `${entry.kind}${entry.selfSigned ? ' root' : ''} ${entry.plan.key}`,
        defect: plannedDefect(entry, plan),
        engine: engineJudge(analysis, fingerprint(entry.cert), plan.maxCaDepth),
        openssl: referenceJudge(pki, h, entry),
      }));
      all.push(...rows);
      compared++;
      const disagreements = rows.filter((r) => r.engine.error === r.openssl.ok);
      const summary = `h${index}: ${rows.length} CAs, maxCaDepth ${plan.maxCaDepth}, ${disagreements.length} disagree`;
      if (disagreements.length > 0 || process.env.DIFF_VERBOSE)
        console.log(`${summary}\n${table(process.env.DIFF_VERBOSE ? rows : disagreements)}`);
      expect(disagreements, `${summary} (DIFF_SEED=${SEED})\n${table(disagreements)}`).toEqual([]);
    });
  }

  it('covered every defect, depth and cross-signature, with verdicts of both kinds', (ctx) => {
    if (compared < HIERARCHIES) ctx.skip(); // a -t filter ran only some hierarchies
    expect([...FEATURES].filter((f) => !planned.has(f))).toEqual([]);
    expect(all.some((r) => r.openssl.ok && !r.engine.error)).toBe(true);
    expect(all.some((r) => !r.openssl.ok && r.engine.error)).toBe(true);
  });
});

// Minimal reproductions of disagreements the random comparison found (see /work/notes/engine-bugs.md).
describe('differential: reproductions', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = TestPki.create('differential-repro-');
  });
  afterAll(() => pki.cleanup());

  it('accepts a CA below a self-issued key-rollover link when the root allows one CA below it (RFC 5280 6.1.4 (l): a self-issued certificate does not count against pathLenConstraint)', () => {
    const root = pki.root('Rollover Root', { pathLen: 1 });
    const link = pki.intermediate('Rollover link', root, { subject: root.subject });
    const issuing = pki.intermediate('Rollover Issuing CA', link);
    const probe = pki.leaf('rollover client', issuing);
    expect(opensslVerify(pki, [root], [link, issuing], probe, 3)).toEqual({ ok: true, line: 'OK' });
    const analysis = analyze(
      [{ path: 'ca/rollover.pem', bytes: new Uint8Array(Buffer.from(root.pem + link.pem + issuing.pem)) }],
      { now: new Date(), expiryWarningDays: 30, maxCaDepth: 4 },
    );
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(engineJudge(analysis, fingerprint(issuing), 4)).toEqual({ error: false, why: 'ok at depth 3' });
  });

  it('rejects a CA whose only issuer with that key groups the name differently (O=X+CN=Y, one RDN, is not O=X, CN=Y, two RDNs: RFC 5280 7.1)', () => {
    const root = pki.root('Grouping Root');
    const issuer = pki.intermediate('Grouping CA', root, { subject: '/O=Diff/CN=Grouping CA' });
    const child = pki.intermediate('Grouping Child', issuer);
    // The same key re-issued under a subject whose two attributes share one RDN.
    const regrouped = pki.crossSign({ ...issuer, subject: '/O=Diff+CN=Grouping CA' }, root);
    const probe = pki.leaf('grouping client', child);
    const openssl = opensslVerify(pki, [root], [regrouped, child], probe, 3);
    expect(openssl.ok).toBe(false);
    expect(openssl.line).toMatch(/^error 20 /); // unable to get local issuer certificate
    const analysis = analyze(
      [{ path: 'ca/grouping.pem', bytes: new Uint8Array(Buffer.from(root.pem + regrouped.pem + child.pem)) }],
      { now: new Date(), expiryWarningDays: 30, maxCaDepth: 4 },
    );
    expect(engineJudge(analysis, fingerprint(child), 4).error).toBe(true);
  });
});

describe('stricter than OpenSSL by design: openssl -x509_strict -auth_level 1 accepts, the engine rejects', () => {
  let pki: TestPki;
  let root: TestCert;
  beforeAll(() => {
    pki = TestPki.create('differential-strict-');
    root = pki.root('Strict Root');
  });
  afterAll(() => pki.cleanup());

  function bothJudges(roots: TestCert[], intermediates: TestCert[], ca: TestCert) {
    const probe = pki.leaf(`probe of ${ca.name}`, ca);
    const openssl = opensslVerify(pki, roots, intermediates, probe, 3);
    const certs = [...roots, ...intermediates];
    const analysis = analyze(
      certs.map((c, i) => ({ path: `ca/${i}.pem`, bytes: new Uint8Array(Buffer.from(c.pem)) })),
      { now: new Date(), expiryWarningDays: 30, maxCaDepth: 4 },
    );
    const codes = analysis.findings
      .filter((f) => f.severity === 'error' && f.fingerprint === fingerprint(ca))
      .map((f) => f.code);
    return { openssl, engine: engineJudge(analysis, fingerprint(ca), 4), codes };
  }

  const keys: [KeySpec, string, string][] = [
    [
      'rsa1024',
      'weak-key',
      'API Gateway needs RSA keys of 2048 bits or more; auth level 1 allows 80-bit RSA-1024',
    ],
    ['ec192', 'weak-key', 'API Gateway accepts P-256/P-384/P-521 only; auth level 1 allows 80-bit P-192'],
    ['ed25519', 'unsupported-key', 'API Gateway accepts RSA and ECDSA keys only, not Ed25519'],
    ['dsa2048', 'unsupported-key', 'API Gateway accepts RSA and ECDSA keys only, not DSA'],
  ];
  for (const [key, code, reason] of keys) {
    it(`rejects an intermediate with a ${key} key (${code}): ${reason}`, () => {
      const ca = pki.intermediate(`Strict ${key} CA`, root, { key });
      const { openssl, engine, codes } = bothJudges([root], [ca], ca);
      expect(openssl).toEqual({ ok: true, line: 'OK' });
      expect(engine.error).toBe(true);
      expect(codes).toContain(code);
    });
    it(`rejects a self-signed root with a ${key} key (${code}): ${reason}`, () => {
      const keyRoot = pki.root(`Strict ${key} Root`, { key });
      const { openssl, engine, codes } = bothJudges([keyRoot], [], keyRoot);
      expect(openssl).toEqual({ ok: true, line: 'OK' });
      expect(engine.error).toBe(true);
      expect(codes).toContain(code);
    });
  }

  it('rejects a self-signed root signed with SHA-1 (weak-signature): API Gateway needs SHA-256 or stronger, OpenSSL never checks a trust anchor’s own signature', () => {
    const sha1Root = pki.root('Strict SHA-1 Root', { md: 'sha1' });
    const ca = pki.intermediate('Strict under SHA-1 Root', sha1Root);
    const { openssl, codes } = bothJudges([sha1Root], [ca], sha1Root);
    expect(openssl).toEqual({ ok: true, line: 'OK' });
    expect(codes).toContain('weak-signature');
    // ...and every CA under it is in error too, since the path runs through it.
    const below = bothJudges([sha1Root], [ca], ca);
    expect(below.openssl.ok).toBe(true);
    expect(below.engine.error).toBe(true);
  });
});
