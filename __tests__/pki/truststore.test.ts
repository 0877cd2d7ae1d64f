import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, defaultPolicy, type SourceFile } from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

let pki: TestPki;
let certs: TestCert[];
beforeAll(() => {
  pki = TestPki.create();
  const rootB = pki.root('Beta Root', { key: 'rsa2048' });
  const rootA = pki.root('Alpha Root');
  const a1 = pki.intermediate('Alpha Region EU', rootA);
  const a2 = pki.intermediate('Alpha Region US', rootA);
  const a11 = pki.intermediate('Alpha Tenant Acme', a1);
  const b1 = pki.intermediate('Beta Partners', rootB, { key: 'rsa2048' });
  certs = [a11, rootB, a2, b1, rootA, a1];
});
afterAll(() => pki.cleanup());

const file = (path: string, text: string): SourceFile => ({ path, bytes: new Uint8Array(Buffer.from(text)) });

/** Deterministic shuffle so the test is repeatable but the order really changes. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the canonical truststore', () => {
  it('orders children before parents, each root closing its group, roots by subject', () => {
    const a = analyze([file('all.pem', certs.map((c) => c.pem).join(''))], defaultPolicy());
    expect(a.findings).toEqual([]);
    expect(a.truststore!.entries.map((e) => e.certificate.subject)).toEqual([
      'CN=Alpha Tenant Acme, O=Test PKI',
      'CN=Alpha Region EU, O=Test PKI',
      'CN=Alpha Region US, O=Test PKI',
      'CN=Alpha Root, O=Test PKI',
      'CN=Beta Partners, O=Test PKI',
      'CN=Beta Root, O=Test PKI',
    ]);
  });

  it('is byte-identical for the same set in any files, any order, PEM or DER, with noise', () => {
    const reference = analyze([file('all.pem', certs.map((c) => c.pem).join(''))], defaultPolicy())
      .truststore!;
    for (let seed = 1; seed <= 5; seed++) {
      const order = shuffled(certs, seed);
      const sources: SourceFile[] = order.map((c, i) =>
        i % 3 === 0
          ? { path: `der/${i}.der`, bytes: new Uint8Array(c.der) }
          : file(`pem/${i}.pem`, `# ${c.name}\r\n\r\n${c.pem.replace(/\n/g, '\r\n')}\r\n`),
      );
      sources.push(file('dup.pem', order[0]!.pem));
      const t = analyze(shuffled(sources, seed + 100), defaultPolicy()).truststore!;
      expect(t.pem).toBe(reference.pem);
      expect(t.sha256).toBe(reference.sha256);
    }
  });

  it('writes pure PEM: 64-column base64, \\n line ends, a final newline, SHA-256 of the bytes', () => {
    const t = analyze([file('all.pem', certs.map((c) => c.pem).join(''))], defaultPolicy()).truststore!;
    expect(t.pem.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
    expect(t.pem).not.toContain('\r');
    const lines = t.pem.trimEnd().split('\n');
    for (const line of lines) {
      if (line.startsWith('-----')) expect(line).toMatch(/^-----(BEGIN|END) CERTIFICATE-----$/);
      else expect(line.length).toBeLessThanOrEqual(64);
    }
    expect(lines.filter((l) => l === '-----BEGIN CERTIFICATE-----')).toHaveLength(6);
    expect(t.sha256).toBe(createHash('sha256').update(t.pem).digest('hex'));
  });

  it('writes no truststore when any error exists', () => {
    const leaf = pki.leaf('Stray Leaf', certs[4]!);
    const a = analyze([file('all.pem', certs.map((c) => c.pem).join('') + leaf.pem)], defaultPolicy());
    expect(a.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(a.truststore).toBeUndefined();
    expect(a.entries).toHaveLength(7);
  });
});
