/**
 * Generates the CA hierarchies the benchmark runs on, once, into `.bench-cache/<name>/`.
 *
 * Spawning openssl per certificate would take minutes for 10,000 certificates, so certificates
 * are DER-encoded here by hand (a dozen TLV helpers) and signed with node:crypto. Key generation is
 * what costs: EC keys (P-256 0.05 ms, P-384 ~1 ms) are fresh for every certificate; RSA-2048 keys
 * (~200 ms each on a CI core) are fresh for the roots and drawn from a pool of 16 below them.
 * Certificates that share a pooled key still get distinct subject key identifiers (SHA-1 over the
 * key and the subject, an "other method" RFC 5280 4.2.1.2 allows), so every issuer lookup by
 * name and key id stays unambiguous, exactly as with distinct keys.
 *
 * Usage: node scripts/bench-generate.mjs [name...]   (default: every hierarchy)
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheRoot = path.join(projectRoot, '.bench-cache');

/** Bumped when the shape of the generated hierarchies changes, so old caches are rebuilt. */
const FORMAT = 3;
const DAY = 86_400_000;

/**
 * roots × perRoot first-level CAs × perL1 second-level CAs; the rest of `count` are third-level CAs
 * spread over two thirds of the second-level ones, so paths are 3 and 4 CAs deep.
 */
export const HIERARCHIES = {
  'ca-3': { count: 3, roots: 1, perRoot: 1, perL1: 1 },
  'ca-1000': { count: 1000, roots: 4, perRoot: 5, perL1: 6 },
  'ca-10000': { count: 10_000, roots: 8, perRoot: 8, perL1: 10 },
};

/**
 * Hostile sets, all P-256 and without key identifiers (so nothing but the name narrows the
 * issuer search), signed by a key that is not in the set:
 * - `crowd-8000`: 8,000 CAs that all claim the same name and issuer (one 4.8 MB file): 64 million
 *   candidate pairs, which the action must refuse before building them;
 * - `bound-15000`: 15,000 CAs in groups of 7 that share a name and claim it as issuer: 8 candidate
 *   pairs per certificate, just inside the pair budget of 8n + 64 (one ~9 MB file, under the
 *   10 MiB per-file cap); its 105,000 checks are over the work budget, so it is refused up front;
 * - `spend-15000`: the same in groups of 4: 60,000 checks, just inside the work budget of 64,000
 *   P-256 checks, so the search runs to its bound and spends nearly all of it (the worst case);
 * - `exponent-5300`: RSA-3072 keys with 3,070-bit public exponents (each check with one costs ~100
 *   ordinary ones), in groups of 7 as in bound-15000, signed by an RSA-3072 outsider (so a check
 *   really runs the exponentiation): one file just under the 10 MiB cap.
 */
export const HOSTILE = {
  'crowd-8000': { count: 8000, group: 8000 },
  'bound-15000': { count: 15_000, group: 7 },
  'spend-15000': { count: 15_000, group: 4 },
  'exponent-5300': { count: 5300, group: 7, key: 'huge-exponent' },
};

// --- DER ------------------------------------------------------------------------------------

function length(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag, ...content) => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
};
const seq = (...c) => tlv(0x30, ...c);
const set = (...c) => tlv(0x31, ...c);
const explicit = (n, ...c) => tlv(0xa0 + n, ...c);
const bool = (v) => tlv(0x01, Buffer.from([v ? 0xff : 0x00]));
const octets = (b) => tlv(0x04, b);
const bits = (b, unused = 0) => tlv(0x03, Buffer.from([unused]), b);
const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
function integer(bytes) {
  let b = Buffer.from(bytes);
  while (b.length > 1 && b[0] === 0 && (b[1] & 0x80) === 0) b = b.subarray(1);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
function oid(dotted) {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}
function time(d) {
  const iso = d.toISOString();
  // RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050.
  return d.getUTCFullYear() < 2050
    ? tlv(
        0x17,
        Buffer.from(
          `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`,
        ),
      )
    : tlv(
        0x18,
        Buffer.from(
          `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`,
        ),
      );
}
const name = (cn, o) => seq(set(seq(oid('2.5.4.10'), utf8(o))), set(seq(oid('2.5.4.3'), utf8(cn))));

const SIGNATURE = {
  rsa: { alg: seq(oid('1.2.840.113549.1.1.11'), tlv(0x05)), hash: 'sha256' },
  p256: { alg: seq(oid('1.2.840.10045.4.3.2')), hash: 'sha256' },
  p384: { alg: seq(oid('1.2.840.10045.4.3.3')), hash: 'sha384' },
};

// --- keys -----------------------------------------------------------------------------------

const rsaPool = [];
function rsaKey(fresh) {
  if (fresh || rsaPool.length < 16) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    if (!fresh) rsaPool.push(pair);
    return pair;
  }
  return rsaPool[Math.floor(Math.random() * rsaPool.length)];
}
function newKey(type, fresh) {
  if (type === 'rsa') return { type, shared: !fresh, ...rsaKey(fresh) };
  const pair = generateKeyPairSync('ec', { namedCurve: type === 'p256' ? 'P-256' : 'P-384' });
  return { type, shared: false, ...pair };
}

// --- certificates ---------------------------------------------------------------------------

function issue({ subject, issuer, key, pathLen, notBefore, notAfter, keyIds = true }) {
  const spki = key.spki ?? key.publicKey.export({ type: 'spki', format: 'der' });
  const subjectDer = name(subject.cn, subject.o);
  const ski = createHash('sha1')
    .update(spki)
    .update(key.shared ? subjectDer : Buffer.alloc(0))
    .digest();
  const signer = issuer ?? { key, ski, subjectDer };
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  const signature = SIGNATURE[signer.key.type];
  const extensions = [
    seq(
      oid('2.5.29.19'),
      bool(true),
      octets(seq(bool(true), ...(pathLen === undefined ? [] : [integer([pathLen])]))),
    ),
    // keyCertSign | cRLSign
    seq(oid('2.5.29.15'), bool(true), octets(bits(Buffer.from([0x06]), 1))),
  ];
  if (keyIds) extensions.push(seq(oid('2.5.29.14'), octets(octets(ski))));
  if (issuer && keyIds) extensions.push(seq(oid('2.5.29.35'), octets(seq(tlv(0x80, issuer.ski)))));
  const tbs = seq(
    explicit(0, integer([2])),
    integer(serial),
    signature.alg,
    signer.subjectDer,
    seq(time(notBefore), time(notAfter)),
    subjectDer,
    spki,
    explicit(3, seq(...extensions)),
  );
  const sig = sign(signature.hash, tbs, signer.key.privateKey);
  const der = seq(tbs, signature.alg, bits(sig));
  return { der, key, ski, subjectDer, subject };
}

function pem(der) {
  const b64 = der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

/** A small deterministic PRNG so a hierarchy's bundle order is the same on every machine. */
function shuffled(items, seed) {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const CYCLE = ['rsa', 'p256', 'p384'];

export function generate(spec, now = new Date()) {
  const notBefore = new Date(now.getTime() - DAY);
  const rootsOut = [];
  const intermediates = [];
  let l2Index = 0;
  let parents = 0;
  const l3Total =
    spec.count - spec.roots - spec.roots * spec.perRoot - spec.roots * spec.perRoot * spec.perL1;
  const l2Total = spec.roots * spec.perRoot * spec.perL1;
  const l2WithChildren = l2Total - Math.floor(l2Total / 3);
  for (let r = 0; r < spec.roots; r++) {
    const o = `Bench Root ${r + 1}`;
    const root = issue({
      subject: { cn: `Bench Root CA ${r + 1}`, o },
      key: newKey(r % 2 === 0 ? 'rsa' : 'p384', true),
      notBefore,
      notAfter: new Date(now.getTime() + 3650 * DAY),
    });
    rootsOut.push(root);
    for (let a = 0; a < spec.perRoot; a++) {
      const l1 = issue({
        subject: { cn: `Bench CA ${r + 1}.${a + 1}`, o },
        issuer: root,
        key: newKey(CYCLE[(r + a) % 3], false),
        pathLen: 2,
        notBefore,
        notAfter: new Date(now.getTime() + 1825 * DAY),
      });
      intermediates.push(l1);
      for (let b = 0; b < spec.perL1; b++) {
        const l2 = issue({
          subject: { cn: `Bench CA ${r + 1}.${a + 1}.${b + 1}`, o },
          issuer: l1,
          key: newKey(CYCLE[(r + a + b + 1) % 3], false),
          pathLen: 1,
          notBefore,
          notAfter: new Date(now.getTime() + 1825 * DAY),
        });
        intermediates.push(l2);
        // Every third second-level CA has no children: those paths end three CAs deep.
        if (l2Index % 3 !== 2 && parents < l2WithChildren && l3Total > 0) {
          const children =
            Math.floor(((parents + 1) * l3Total) / l2WithChildren) -
            Math.floor((parents * l3Total) / l2WithChildren);
          parents++;
          for (let c = 0; c < children; c++) {
            intermediates.push(
              issue({
                subject: { cn: `Bench CA ${r + 1}.${a + 1}.${b + 1}.${c + 1}`, o },
                issuer: l2,
                key: newKey(CYCLE[(r + a + b + c + 2) % 3], false),
                pathLen: 0,
                notBefore,
                notAfter: new Date(now.getTime() + 1825 * DAY),
              }),
            );
          }
        }
        l2Index++;
      }
    }
  }
  const all = [...rootsOut, ...intermediates].slice(0, spec.count);
  return {
    roots: rootsOut.map((c) => pem(c.der)).join(''),
    intermediates: intermediates.map((c) => pem(c.der)).join(''),
    bundle: shuffled(all, spec.count)
      .map((c) => pem(c.der))
      .join(''),
    count: all.length,
    notAfter: new Date(now.getTime() + 1825 * DAY),
    keyTypes: countBy(all, (c) => c.key.type),
  };
}

/** A hostile set (see HOSTILE): one file, bundle.pem. */
export function generateHostile(spec, now = new Date()) {
  const notBefore = new Date(now.getTime() - DAY);
  const notAfter = new Date(now.getTime() + 1825 * DAY);
  const slow = spec.key === 'huge-exponent' ? hugeExponentKeys() : undefined;
  const outsider = slow?.signer ?? newKey('p256', true);
  const certs = [];
  for (let i = 0; i < spec.count; i++) {
    const subject = { cn: `Crowd CA ${Math.floor(i / spec.group)}`, o: 'Bench Crowd' };
    // Self-issued (subject = issuer), signed by the outsider, which is not in the set.
    const signer = { key: outsider, ski: Buffer.alloc(0), subjectDer: name(subject.cn, subject.o) };
    const key = slow ? slow.next() : newKey('p256', true);
    certs.push(issue({ subject, issuer: signer, key, notBefore, notAfter, keyIds: false }));
  }
  return { bundle: certs.map((c) => pem(c.der)).join(''), count: certs.length, notAfter };
}

/**
 * RSA-3072 public keys whose exponent is a random odd 3,070-bit number (node:crypto and openssl
 * only make small exponents, so the SubjectPublicKeyInfo is written here): the moduli of four real
 * keys, and a fresh exponent for each certificate, so no two keys are alike. The signer is a fifth
 * RSA-3072 key with e = 65537 and the smallest modulus of the five: its signatures are 384 bytes
 * and below every crowd modulus, so OpenSSL runs the whole exponentiation on each check (a shorter
 * signature, or one above the modulus, would fail at once).
 */
function hugeExponentKeys() {
  const pairs = Array.from({ length: 5 }, () => generateKeyPairSync('rsa', { modulusLength: 3072 }));
  const modulus = (pair) => Buffer.from(pair.publicKey.export({ format: 'jwk' }).n, 'base64url');
  pairs.sort((a, b) => Buffer.compare(modulus(a), modulus(b)));
  const [signer, ...crowd] = pairs;
  const rsaOid = seq(oid('1.2.840.113549.1.1.1'), tlv(0x05));
  let i = 0;
  return {
    signer: { type: 'rsa', shared: false, ...signer },
    next() {
      const e = randomBytes(384);
      e[0] = (e[0] & 0x1f) | 0x20; // 3,070 bits: below every 3,072-bit modulus
      e[383] |= 1;
      const spki = seq(rsaOid, bits(seq(integer(modulus(crowd[i++ % crowd.length])), integer(e))));
      return { type: 'rsa', shared: false, spki };
    },
  };
}

function countBy(items, key) {
  const out = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/**
 * Returns the folder of a generated hierarchy (bundle.pem, roots.pem, intermediates.pem,
 * meta.json), generating it when the cache is missing, of an older format, or near expiry.
 */
export function ensureHierarchy(hierarchyName, log = console.log) {
  const spec = HIERARCHIES[hierarchyName] ?? HOSTILE[hierarchyName];
  if (!spec)
    throw new Error(
      `unknown hierarchy ${hierarchyName}: use one of ${[...Object.keys(HIERARCHIES), ...Object.keys(HOSTILE)].join(', ')}`,
    );
  const dir = path.join(cacheRoot, hierarchyName);
  const metaPath = path.join(dir, 'meta.json');
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.format === FORMAT && new Date(meta.notAfter).getTime() - Date.now() > 90 * DAY)
      return { dir, meta };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const hostile = Boolean(HOSTILE[hierarchyName]);
  const generated = hostile ? generateHostile(spec) : generate(spec);
  if (generated.count !== spec.count)
    throw new Error(`${hierarchyName}: generated ${generated.count} certificates`);
  writeFileSync(path.join(dir, 'bundle.pem'), generated.bundle);
  if (!hostile) {
    writeFileSync(path.join(dir, 'roots.pem'), generated.roots);
    writeFileSync(path.join(dir, 'intermediates.pem'), generated.intermediates);
  }
  const meta = {
    format: FORMAT,
    count: generated.count,
    hostile,
    bytes: Buffer.byteLength(generated.bundle),
    ...(hostile ? {} : { roots: spec.roots, keyTypes: generated.keyTypes }),
    generatedAt: new Date().toISOString(),
    notAfter: generated.notAfter.toISOString(),
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  log(
    `generated ${hierarchyName}: ${meta.count} certificates in ${meta.seconds} s (${JSON.stringify(meta.keyTypes ?? (spec.key === 'huge-exponent' ? 'RSA-3072 with 3,070-bit exponents, no key identifiers' : 'all P-256, no key identifiers'))})`,
  );
  return { dir, meta };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  for (const n of names.length > 0 ? names : Object.keys(HIERARCHIES)) {
    const { dir, meta } = ensureHierarchy(n);
    console.log(`${n}: ${meta.count} certificates in ${path.relative(process.cwd(), dir)}`);
  }
}
