/**
 * Random CA hierarchies for the differential test against `openssl verify`: a seeded plan (roots,
 * depth, branching, key types, defects, a cross-signature), then real certificates issued by the
 * openssl test PKI. Only defects that both judges can see are planned; the deliberate differences
 * (API Gateway stricter than OpenSSL) are tested on their own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { SourceFile } from '../../src/pki/index.js';
import type { CertOptions, KeySpec, TestCert, TestPki } from './pki.js';

const DAY = 86_400_000;

/** mulberry32: small, fast and the same on every platform, so a printed seed replays a run. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

export const DEFECTS = [
  'expired',
  'not-yet-valid',
  'missing', // left out of the bundle
  'impostor', // replaced by a same-subject CA with another key (and another key identifier)
  'impostor-same-key-id', // ... that also copies the key identifier, so only the signature tells
  'ca-false', // basicConstraints CA:false on a certificate that issues others
  'no-key-cert-sign',
  'path-len', // a pathLenConstraint smaller than the subtree below it
  'sha1', // signed with SHA-1 (never a root: nobody checks a trust anchor's own signature)
  'unknown-critical', // a critical extension no verifier processes
  'rsa1024', // API Gateway's key rules refuse it; OpenSSL at auth level 1 accepts it
  'ed25519', // API Gateway accepts RSA and ECDSA only; its children are signed with Ed25519 too
  'secp256k1', // an ECDSA curve API Gateway does not accept
  'no-aki', // no authorityKeyIdentifier (never a root: a self-signed root needs none)
  'no-ski', // no subjectKeyIdentifier (its children name it by issuer and serial)
  'no-key-usage',
  'eku-server', // extendedKeyUsage serverAuth only: no client certificate under it passes the purpose check
  'eku-any', // extendedKeyUsage anyExtendedKeyUsage
  'eku-client', // extendedKeyUsage clientAuth, serverAuth
] as const;
export type Defect = (typeof DEFECTS)[number];

/** What each generated hierarchy is forced to contain, in turn, so every run covers every kind. */
export const FEATURES = [...DEFECTS, 'too-deep', 'cross-signed', 'rollover', 'renewed'] as const;
export type Feature = (typeof FEATURES)[number];

const ROOT_DEFECTS: readonly Defect[] = DEFECTS.filter(
  (d) => d !== 'sha1' && d !== 'ca-false' && d !== 'no-aki',
);

/** Keys API Gateway refuses (its documented algorithm rules), by the defect that plants them. */
export const REFUSED_KEYS: Partial<Record<Defect, KeySpec>> = {
  rsa1024: 'rsa1024',
  ed25519: 'ed25519',
  secp256k1: 'secp256k1',
};
/** Defects that only matter on a CA that issues other CAs. */
const ISSUER_DEFECTS: readonly Defect[] = [
  'missing',
  'impostor',
  'impostor-same-key-id',
  'ca-false',
  'path-len',
];

export interface PlannedCa {
  /** Unique common name, e.g. `h3-r1-L2-7`. */
  id: string;
  parent?: PlannedCa;
  children: PlannedCa[];
  /** Root = 1: the engine's depth when nothing is wrong. */
  level: number;
  key: KeySpec;
  /** A self-issued link (key rollover): its parent's subject, a new key. RFC 5280 6.1.4 (l) leaves it out of pathLen. */
  rollover?: boolean;
  defect?: Defect;
  pathLen?: number;
}

export interface HierarchyPlan {
  index: number;
  maxCaDepth: number;
  forced: Feature;
  /** Every CA, parents before children. */
  cas: PlannedCa[];
  /** `target` (same subject and key) is also signed by `issuer`, a CA under another root. */
  cross?: { target: PlannedCa; issuer: PlannedCa };
  /** This CA is in the bundle twice: renewed, with its expired predecessor (same key, same issuer). */
  renewed?: PlannedCa;
}

/** Non-self-issued CA levels below `ca` (0 when it issues no CA): what its pathLenConstraint limits. */
export function height(ca: PlannedCa): number {
  return ca.children.reduce((h, c) => Math.max(h, (c.rollover ? 0 : 1) + height(c)), 0);
}

function rootOf(ca: PlannedCa): PlannedCa {
  return ca.parent ? rootOf(ca.parent) : ca;
}

export function planHierarchy(rng: Rng, index: number, forced: Feature): HierarchyPlan {
  // A forced rollover gets room for its three levels, so that no other rule hides the link.
  const maxCaDepth = Math.max(rng.pick([2, 3, 4, 4, 4, 5]), forced === 'rollover' ? 3 : 0);
  const rootCount = forced === 'cross-signed' ? 2 + rng.int(2) : 1 + rng.int(3);
  const cas: PlannedCa[] = [];
  let firstSpine: PlannedCa[] = [];
  let serial = 0;
  /** A CA under `parent`, or the root numbered `rootNo`; ids read `h<hierarchy>-r<root>-L<level>-<n>`. */
  const add = (parent: PlannedCa | undefined, rootNo = 0): PlannedCa => {
    const level = parent ? parent.level + 1 : 1;
    const roll = rng.next();
    const prefix = parent ? parent.id.split('-').slice(0, 2).join('-') : `h${index}-r${rootNo}`;
    const ca: PlannedCa = {
      id: `${prefix}-L${level}-${serial++}`,
      children: [],
      level,
      key: roll < 0.1 ? 'rsa2048' : roll < 0.2 ? 'ec384' : 'ec256',
      ...(parent ? { parent } : {}),
    };
    parent?.children.push(ca);
    cas.push(ca);
    return ca;
  };
  for (let r = 0; r < rootCount; r++) {
    let spine = 1 + rng.int(6);
    if (forced === 'too-deep' && r === 0) spine = Math.max(spine, maxCaDepth + 1);
    const bare = forced === 'rollover' && r === 0; // root → link → CA, nothing else
    if (bare) spine = 3;
    let node = add(undefined, r);
    const spineNodes = [node];
    if (r === 0) firstSpine = spineNodes;
    while (node.level < spine) {
      node = add(node);
      spineNodes.push(node);
    }
    for (const at of spineNodes) {
      if (bare || at.level >= spine || !rng.chance(0.3)) continue;
      let branch = at;
      const length = 1 + rng.int(Math.min(2, spine - at.level));
      for (let i = 0; i < length; i++) branch = add(branch);
    }
  }
  // The cross-certificate is planned before the defects so that the forced case can clear its path.
  const roots = cas.filter((c) => !c.parent);
  let cross: HierarchyPlan['cross'];
  // (Not with a forced rollover: a second path around the link would hide what it tests.)
  if (roots.length > 1 && forced !== 'rollover' && (forced === 'cross-signed' || rng.chance(0.4))) {
    const [home, away] = rng.shuffle(roots) as [PlannedCa, PlannedCa];
    const targets = cas.filter((c) => c.parent && rootOf(c) === home);
    const target = targets.length > 0 ? rng.pick(targets) : add(home);
    const issuer =
      forced === 'cross-signed' ? away : rng.pick(cas.filter((c) => rootOf(c) === away && c.level <= 2));
    cross = { target, issuer };
  }
  cas.sort((a, b) => a.level - b.level);

  for (const ca of cas) {
    if (!rng.chance(0.22)) continue;
    ca.defect = rng.pick(ca.parent ? DEFECTS : ROOT_DEFECTS);
  }
  if ((DEFECTS as readonly string[]).includes(forced)) {
    const defect = forced as Defect;
    const eligible = cas.filter(
      (ca) =>
        (ca.parent || ROOT_DEFECTS.includes(defect)) &&
        (!ISSUER_DEFECTS.includes(defect) || ca.children.length > 0),
    );
    // A hierarchy too small for the forced defect gets a CA under a root to carry it.
    const target = eligible.length > 0 ? rng.pick(eligible) : undefined;
    if (target) target.defect = defect;
    else add(add(cas.find((c) => !c.parent)!)).parent!.defect = defect;
  }
  if (cross && forced === 'cross-signed') {
    // Valid through the other root only: the home issuer is left out, the cross path is clean.
    delete cross.target.defect;
    cross.target.parent!.defect = 'missing';
    delete cross.issuer.defect;
  }
  for (const ca of cas) {
    const key = ca.defect && REFUSED_KEYS[ca.defect];
    if (key) ca.key = key;
  }
  for (const ca of cas) if (ca.parent && rng.chance(0.08)) ca.rollover = true;
  let tight: PlannedCa | undefined;
  if (forced === 'rollover') {
    // A link on the deepest path, under a CA whose pathLenConstraint leaves no room for it if counted.
    firstSpine[1]!.rollover = true;
    tight = firstSpine[0]!;
    for (const ca of firstSpine) delete ca.defect;
  }
  let renewed: PlannedCa | undefined;
  if (forced === 'renewed' || rng.chance(0.3)) {
    const below = cas.filter((c) => c.parent);
    renewed = below.length > 0 ? rng.pick(below) : add(cas[0]!);
    if (forced === 'renewed') delete renewed.defect;
  }
  for (const ca of cas) {
    const h = height(ca);
    if (ca === tight) ca.pathLen = h;
    else if (ca.defect === 'path-len') ca.pathLen = h > 0 ? rng.int(h) : 0;
    else if (ca.defect !== 'ca-false' && rng.chance(0.15)) ca.pathLen = h + rng.int(2);
  }

  return { index, maxCaDepth, forced, cas, ...(cross ? { cross } : {}), ...(renewed ? { renewed } : {}) };
}

export type BundleKind = 'genuine' | 'impostor' | 'cross' | 'expired-copy';

export interface BundleCa {
  cert: TestCert;
  plan: PlannedCa;
  kind: BundleKind;
  selfSigned: boolean;
  /** A client leaf issued by this CA's key: what openssl is asked to verify. */
  probe: TestCert;
  /** The key that signed this certificate, and whether with SHA-1 (API Gateway's algorithm rules). */
  signerKey: KeySpec;
  sha1: boolean;
}

export interface Hierarchy {
  plan: HierarchyPlan;
  bundle: BundleCa[];
  /** The bundle as the action receives it: PEM and DER files, in shuffled order. */
  files: SourceFile[];
}

function subjectKeyId(cert: TestCert): string {
  const out = execFileSync(
    'openssl',
    ['x509', '-in', cert.certPath, '-noout', '-ext', 'subjectKeyIdentifier'],
    {
      encoding: 'utf8',
    },
  );
  return out.trim().split('\n').pop()!.trim();
}

function defectOptions(ca: PlannedCa, subject: string, rng: Rng, now: number): CertOptions {
  const opts: CertOptions = { key: ca.key, subject };
  if (ca.pathLen !== undefined) opts.pathLen = ca.pathLen;
  // Whole days (plus a random hour) away from now, so the two judges never straddle a boundary.
  const days = (1 + rng.int(60)) * DAY + rng.int(24) * 3_600_000;
  switch (ca.defect) {
    case 'expired':
      opts.notBefore = new Date(now - 400 * DAY);
      opts.notAfter = new Date(now - days);
      break;
    case 'not-yet-valid':
      opts.notBefore = new Date(now + days);
      opts.notAfter = new Date(now + 400 * DAY);
      break;
    case 'ca-false':
      opts.ca = false;
      opts.keyUsage = 'critical,keyCertSign,cRLSign';
      break;
    case 'no-key-cert-sign':
      opts.keyUsage = 'critical,digitalSignature,cRLSign';
      break;
    case 'sha1':
      opts.md = 'sha1';
      break;
    case 'unknown-critical':
      opts.extensions = ['1.3.6.1.4.1.99999.1 = critical,ASN1:NULL'];
      break;
    case 'no-aki':
      opts.omitAuthorityKeyId = true;
      break;
    case 'no-ski':
      opts.omitSubjectKeyId = true;
      break;
    case 'no-key-usage':
      opts.keyUsage = null;
      break;
    case 'eku-server':
      opts.extensions = ['extendedKeyUsage = serverAuth'];
      break;
    case 'eku-any':
      opts.extensions = ['extendedKeyUsage = anyExtendedKeyUsage'];
      break;
    case 'eku-client':
      opts.extensions = ['extendedKeyUsage = clientAuth,serverAuth'];
      break;
  }
  return opts;
}

/** Issues every planned certificate, the impostors and the cross-certificate, and writes the bundle files. */
export function materialize(plan: HierarchyPlan, pki: TestPki, rng: Rng): Hierarchy {
  const now = Date.now();
  const genuine = new Map<PlannedCa, TestCert>();
  const bundle: Omit<BundleCa, 'probe'>[] = [];
  const signed = (cert: TestCert, by: TestCert | undefined, sha1 = false) => ({
    signerKey: by?.key ?? cert.key,
    sha1,
  });
  for (const ca of plan.cas) {
    const issuer = ca.parent ? genuine.get(ca.parent)! : undefined;
    const subject = ca.rollover ? issuer!.subject : `/O=Differential/CN=${ca.id}`;
    const opts = defectOptions(ca, subject, rng, now);
    const cert = issuer ? pki.intermediate(ca.id, issuer, opts) : pki.root(ca.id, opts);
    genuine.set(ca, cert);
    if (ca === plan.renewed) {
      const old = pki.crossSign(cert, issuer!, {
        notBefore: new Date(now - 800 * DAY),
        notAfter: new Date(now - 400 * DAY),
        ...(ca.pathLen !== undefined ? { pathLen: ca.pathLen } : {}),
      });
      bundle.push({ cert: old, plan: ca, kind: 'expired-copy', selfSigned: false, ...signed(old, issuer) });
    }
    if (ca.defect === 'missing') continue;
    if (ca.defect === 'impostor' || ca.defect === 'impostor-same-key-id') {
      const impostorOpts: CertOptions = { key: ca.key, subject: opts.subject! };
      // A later line replaces the default one; authorityKeyIdentifier is repeated so that it comes
      // after the copied identifier, which a self-signed impostor's own AKID is taken from.
      if (ca.defect === 'impostor-same-key-id')
        impostorOpts.extensions = [
          `subjectKeyIdentifier = ${subjectKeyId(cert)}`,
          'authorityKeyIdentifier = keyid:always',
        ];
      const impostor = issuer
        ? pki.intermediate(`${ca.id} impostor`, issuer, impostorOpts)
        : pki.root(`${ca.id} impostor`, impostorOpts);
      bundle.push({
        cert: impostor,
        plan: ca,
        kind: 'impostor',
        selfSigned: !issuer,
        ...signed(impostor, issuer),
      });
      continue;
    }
    bundle.push({
      cert,
      plan: ca,
      kind: 'genuine',
      selfSigned: !issuer,
      ...signed(cert, issuer, ca.defect === 'sha1'),
    });
  }
  if (plan.cross) {
    const { target, issuer } = plan.cross;
    const opts: CertOptions = target.pathLen !== undefined ? { pathLen: target.pathLen } : {};
    const cert = pki.crossSign(genuine.get(target)!, genuine.get(issuer)!, opts);
    bundle.push({
      cert,
      plan: target,
      kind: 'cross',
      selfSigned: false,
      ...signed(cert, genuine.get(issuer)!),
    });
  }

  // One probe leaf per CA key: a cross-certificate shares its key (and key identifier) with the original.
  const probes = new Map<string, TestCert>();
  const withProbes: BundleCa[] = bundle.map((entry) => {
    let probe = probes.get(entry.cert.keyPath);
    if (!probe) {
      probe = pki.leaf(`probe of ${entry.cert.name}`, entry.cert);
      probes.set(entry.cert.keyPath, probe);
    }
    return { ...entry, probe };
  });

  const shuffled = rng.shuffle(withProbes);
  const fileCount = 1 + rng.int(3);
  const files: SourceFile[] = [];
  for (let f = 0; f < fileCount; f++) {
    const part = shuffled.filter((_, i) => i % fileCount === f);
    if (part.length === 0) continue;
    const asDer = part.length === 1 && rng.chance(0.5);
    const rel = `h${plan.index}/ca/part-${f}.${asDer ? 'cer' : 'pem'}`;
    const written = pki.write(rel, asDer ? part[0]!.cert.der : part.map((e) => e.cert.pem).join(''));
    files.push({ path: rel, bytes: new Uint8Array(readFileSync(written)) });
  }
  return { plan, bundle: withProbes, files };
}
