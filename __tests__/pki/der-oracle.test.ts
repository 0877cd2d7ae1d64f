/**
 * The engine reads certificates with its own strict DER reader (src/pki/der.ts) for speed; pkijs
 * is the independent oracle here: every field the engine uses must read the same with both.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Certificate, parseCertificateDer } from '../../src/pki/index.js';
import { projectRoot } from '../support/action-runner.js';
import { TestPki } from '../support/pki.js';

interface Reading {
  version: number;
  serial: string;
  subject: string[];
  issuer: string[];
  notBefore: number;
  notAfter: number;
  ca?: boolean;
  pathLen?: number;
  keyCertSign?: boolean;
  ski?: string;
  aki?: string;
  signatureOid: string;
  extensions: string[];
}

const hex = (b: ArrayBuffer | Uint8Array) =>
  Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('hex');

/** The attributes of a name as `oid=value`, in encoding order (pkijs flattens RDNs). */
function pkijsName(name: pkijs.RelativeDistinguishedNames): string[] {
  return name.typesAndValues.map((tv) => {
    const v = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
    return `${tv.type}=${typeof v === 'string' ? v : hex(tv.value.valueBeforeDecodeView)}`;
  });
}

function byPkijs(der: Uint8Array): Reading | undefined {
  let cert: pkijs.Certificate;
  try {
    const asn1 = asn1js.fromBER(der);
    if (asn1.offset === -1) return undefined;
    cert = new pkijs.Certificate({ schema: asn1.result });
  } catch {
    return undefined;
  }
  const reading: Reading = {
    version: cert.version + 1,
    serial: hex(cert.serialNumber.valueBlock.valueHexView),
    subject: pkijsName(cert.subject),
    issuer: pkijsName(cert.issuer),
    notBefore: cert.notBefore.value.getTime(),
    notAfter: cert.notAfter.value.getTime(),
    signatureOid: cert.signatureAlgorithm.algorithmId,
    extensions: (cert.extensions ?? []).map((e) => `${e.extnID}${e.critical ? '!' : ''}`),
  };
  for (const ext of cert.extensions ?? []) {
    if (ext.extnID === '2.5.29.19') {
      const bc = ext.parsedValue as pkijs.BasicConstraints;
      reading.ca = bc.cA === true;
      const pl = bc.pathLenConstraint;
      if (pl !== undefined) reading.pathLen = typeof pl === 'number' ? pl : pl.valueBlock.valueDec;
    } else if (ext.extnID === '2.5.29.15') {
      const bits = new Uint8Array((ext.parsedValue as asn1js.BitString).valueBlock.valueHexView);
      reading.keyCertSign = (((bits[0] ?? 0) >> 2) & 1) === 1;
    } else if (ext.extnID === '2.5.29.14') {
      reading.ski = hex((ext.parsedValue as asn1js.OctetString).valueBlock.valueHexView);
    } else if (ext.extnID === '2.5.29.35') {
      const id = (ext.parsedValue as pkijs.AuthorityKeyIdentifier).keyIdentifier;
      if (id) reading.aki = hex(id.valueBlock.valueHexView);
    }
  }
  return reading;
}

/** The engine's reading of the same fields; names as its folded `oid=value` matching attributes. */
function byEngine(cert: Certificate): Reading {
  const reading: Reading = {
    version: cert.version,
    serial: cert.serialNumber,
    subject: attributes(cert.subjectKey),
    issuer: attributes(cert.issuerKey),
    notBefore: cert.notBefore.getTime(),
    notAfter: cert.notAfter.getTime(),
    signatureOid: cert.signature.oid,
    extensions: cert.extensions.map((e) => `${e.oid}${e.critical ? '!' : ''}`),
  };
  if (cert.basicConstraints) {
    reading.ca = cert.basicConstraints.ca;
    if (cert.basicConstraints.pathLenConstraint !== undefined)
      reading.pathLen = cert.basicConstraints.pathLenConstraint;
  }
  if (cert.keyUsage) reading.keyCertSign = cert.keyUsage.keyCertSign;
  if (cert.subjectKeyId) reading.ski = cert.subjectKeyId;
  if (cert.authorityKeyId) reading.aki = cert.authorityKeyId;
  return reading;
}

/** The matching key joins RDNs with '/' and the attributes of one RDN with '+'. */
function attributes(key: string): string[] {
  return key
    .split('/')
    .flatMap((rdn) => rdn.split('+'))
    .filter(Boolean)
    .sort();
}

function fold(list: string[]): string[] {
  return list
    .map((a) => {
      const i = a.indexOf('=');
      return `${a.slice(0, i)}=${a
        .slice(i + 1)
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase()}`;
    })
    .sort();
}

function compare(der: Uint8Array): { engine?: Reading; oracle?: Reading; engineError?: string } {
  const oracle = byPkijs(der);
  try {
    const cert = parseCertificateDer(der, { file: 'x', line: 1 });
    const engine = byEngine(cert);
    return {
      engine,
      ...(oracle
        ? { oracle: { ...oracle, subject: fold(oracle.subject), issuer: fold(oracle.issuer) } }
        : {}),
    };
  } catch (error) {
    return { engineError: (error as Error).message, ...(oracle ? { oracle } : {}) };
  }
}

let pki: TestPki;
beforeAll(() => {
  pki = TestPki.create();
});
afterAll(() => pki.cleanup());

describe('the DER reader agrees with pkijs', () => {
  it('on certificates of every key type, version and extension set the tests use', () => {
    const root = pki.root('Oracle Root', {
      key: 'rsa2048',
      pathLen: 3,
      subject: '/C=DE/O=Oracle  Org/OU=A+OU=B/CN=Oracle Root',
    });
    const certs = [
      root,
      pki.intermediate('Oracle EC', root, { key: 'ec384', md: 'sha384' }),
      pki.intermediate('Oracle v1', root, { version1: true }),
      pki.intermediate('Oracle no ids', root, { omitKeyIdentifiers: true, keyUsage: null }),
      pki.intermediate('Oracle Ed', root, { key: 'ed25519' }),
      pki.intermediate('Oracle DSA', root, { key: 'dsa2048' }),
      pki.leaf('Oracle Leaf', root, {
        extensions: [
          'subjectAltName = DNS:example.com',
          'nameConstraints = critical,permitted;DNS:example.com',
        ],
      }),
      pki.intermediate('Oracle Dates', root, {
        notBefore: new Date('2049-12-31T23:59:59Z'),
        notAfter: new Date('2050-01-01T00:00:01Z'),
      }),
    ];
    for (const cert of certs) {
      const { engine, oracle, engineError } = compare(new Uint8Array(cert.der));
      expect(engineError, cert.name).toBeUndefined();
      expect(engine, cert.name).toEqual(oracle);
    }
  });

  const limbo = path.resolve(projectRoot, '../shared/x509-limbo/limbo.json');
  if (!existsSync(limbo)) console.log(`der-oracle: ${limbo} is absent: the x509-limbo comparison is skipped`);
  it.skipIf(!existsSync(limbo))('on every certificate of x509-limbo that pkijs reads', () => {
    const cases = JSON.parse(readFileSync(limbo, 'utf8')).testcases as {
      trusted_certs: string[];
      untrusted_intermediates: string[];
      peer_certificate: string;
    }[];
    const pems = new Set(
      cases.flatMap((c) => [...c.trusted_certs, ...c.untrusted_intermediates, c.peer_certificate]),
    );
    let agreed = 0;
    let refusedByBoth = 0;
    const readByEngineOnly = 0;
    const engineOnlyRefused: string[] = [];
    const mismatches: string[] = [];
    for (const pem of pems) {
      const der = new Uint8Array(
        Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'),
      );
      const { engine, oracle, engineError } = compare(der);
      if (engineError && !oracle) refusedByBoth++;
      else if (engineError) engineOnlyRefused.push(engineError);
      else if (!oracle)
        agreed++; // pkijs refused, the engine read it: nothing to compare against
      else if (isDeepStrictEqual(engine, oracle)) agreed++;
      else mismatches.push(`${JSON.stringify(engine)}\n  vs pkijs ${JSON.stringify(oracle)}`);
    }
    console.log(
      `der-oracle: ${pems.size} limbo certificates, ${agreed} read alike, ${refusedByBoth} refused by both, ${engineOnlyRefused.length} refused by the engine only, ${readByEngineOnly} read by the engine only`,
    );
    for (const reason of engineOnlyRefused) console.log(`  engine refused: ${reason}`);
    expect(mismatches).toEqual([]);
    // The engine may be stricter than pkijs (DER rules, RFC 5280 time forms), never looser in silence.
    expect(engineOnlyRefused.length).toBeLessThan(pems.size * 0.05);
  });
});
