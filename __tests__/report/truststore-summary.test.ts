import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClientCertificates } from '../../src/pki/clients.js';
import { analyze, type Certificate, defaultPolicy, parseSource } from '../../src/pki/index.js';
import { clientCheckSentence, renderTruststoreSummary } from '../../src/report/markdown/truststore.js';
import { type TestCert, TestPki } from '../support/pki.js';

const DAY = 86_400_000;
const HOSTILE = 'CN=<img src=x onerror=alert(1)> @org/team [x](javascript:1)';

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let expiredRoot: TestCert;
let orphan: TestCert;
let leaf: TestCert;
let hostile: TestCert;

beforeAll(() => {
  pki = TestPki.create('summary-');
  root = pki.root('Partner Root', { subject: '/C=DE/O=Old (EU)/OU="Ops"/CN=Partner Root' });
  issuing = pki.intermediate('Partner Issuing CA', root);
  expiredRoot = pki.root('Expired Root', {
    notBefore: new Date(Date.now() - 400 * DAY),
    notAfter: new Date(Date.now() - DAY),
  });
  const elsewhere = pki.root('Elsewhere Root');
  orphan = pki.intermediate('Orphan Issuing CA', elsewhere);
  leaf = pki.leaf('pasted-client', issuing);
  hostile = pki.root('hostile', { subject: `/${HOSTILE.replace(/\//g, '\\/')}` });
});
afterAll(() => pki.cleanup());

function analysisOf(...certs: TestCert[]) {
  const bytes = Buffer.from(certs.map((c) => c.pem).join(''));
  return analyze([{ path: 'ca/bundle.pem', bytes }], defaultPolicy());
}

function clients(...certs: TestCert[]): Certificate[] {
  return certs.flatMap(
    (c, i) => parseSource({ path: `clients/${i}.pem`, bytes: Buffer.from(c.pem) }).certificates,
  );
}

/** The rows of the certificate table, each split into its cells (escaped `\|` stays in a cell). */
function tableRows(md: string): string[][] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

describe('the job summary of validation', () => {
  it('gives every certificate a status: ✅ valid, or its finding codes as plain code spans', () => {
    const analysis = analysisOf(root, issuing, expiredRoot, orphan, leaf);
    const md = renderTruststoreSummary({ analysis, findings: analysis.findings });
    const rows = tableRows(md);
    expect(rows[0]?.slice(0, 3)).toEqual(['Status', 'Role', 'Subject']);
    const statusOf = (name: string) => rows.find((r) => r[2]?.startsWith(`CN=${name}`))?.[0];
    expect(statusOf('Partner Root')).toBe('✅ valid');
    expect(statusOf('Partner Issuing CA')).toBe('✅ valid');
    expect(statusOf('Expired Root')).toMatch(/^❌ `expired`/);
    expect(statusOf('Orphan Issuing CA')).toMatch(/^❌ .*`missing-issuer`/);
    expect(statusOf('pasted-client')).toMatch(/^❌ .*`not-a-ca`/);
    // Every row has as many cells as the header; codes link nowhere.
    for (const r of rows) expect(r).toHaveLength(9);
    expect(md).not.toMatch(/\]\(|<a /);
  });

  it('prints the location of each finding once', () => {
    const analysis = analysisOf(root, expiredRoot);
    const md = renderTruststoreSummary({ analysis, findings: analysis.findings });
    const line = md.split('\n').find((l) => l.includes('`expired`') && l.startsWith('- '));
    expect(line).toMatch(/^- ❌ \*\*error\*\* `expired` ca\/bundle\.pem:\d+: "CN=Expired Root, O=Test PKI" /);
    expect(line?.match(/ca\/bundle\.pem/g)).toHaveLength(1);
  });

  it('writes ordinary subjects as they are, and counts in the singular for one', () => {
    const analysis = analysisOf(root);
    const md = renderTruststoreSummary({ analysis, findings: analysis.findings }, 'truststore.pem');
    // The engine shows the subject in RFC 4514 form, OU=\"Ops\": Markdown keeps that backslash as `\\`.
    expect(md).toContain('| ✅ valid | root | CN=Partner Root, OU=\\\\"Ops\\\\", O=Old (EU), C=DE |');
    expect(md).toContain('✅ **Valid**: 1 CA certificate written to truststore.pem');
    expect(md).toContain('; 0 warnings.');
  });

  it('says how many client certificates were checked and that each still chains', () => {
    const analysis = analysisOf(root, issuing);
    const findings = [
      ...analysis.findings,
      ...checkClientCertificates(clients(leaf, leaf), analysis.truststore!, defaultPolicy()),
    ];
    const md = renderTruststoreSummary({ analysis, findings, clientsChecked: 3 });
    expect(md).toContain('✅ 3 client certificates checked: each still chains to the new truststore.');
    expect(clientCheckSentence({ findings, clientsChecked: 1 }, (s) => s)).toBe(
      '1 client certificate checked: it still chains to the new truststore.',
    );
    // Without client-certificates there is nothing to say.
    expect(renderTruststoreSummary({ analysis, findings })).not.toContain('client certificate');
  });

  it('names the client certificates that no longer chain, with their file and line', () => {
    const analysis = analysisOf(root);
    const findings = [
      ...analysis.findings,
      ...checkClientCertificates(clients(leaf), analysis.truststore!, defaultPolicy()),
    ];
    const md = renderTruststoreSummary({ analysis, findings, clientsChecked: 2 });
    expect(md).toContain(
      '❌ 2 client certificates checked: 1 no longer chains to the new truststore: "CN=pasted-client, O=Test PKI" (clients/0.pem:1).',
    );
    expect(clientCheckSentence({ findings }, (s) => s)).toBe(
      '1 client certificate no longer chains to the new truststore: "CN=pasted-client, O=Test PKI" (clients/0.pem:1).',
    );
  });

  it('renders a hostile subject as text: no HTML, no mention, no link, no broken table', () => {
    const analysis = analysisOf(hostile);
    const md = renderTruststoreSummary({ analysis, findings: analysis.findings });
    expect(md).not.toMatch(/<img|<script/i);
    expect(md).not.toMatch(/@org/);
    expect(md).not.toContain('[x](');
    expect(md).not.toContain('javascript:1)');
    for (const r of tableRows(md)) expect(r).toHaveLength(9);
    // Read as CommonMark reads backslash escapes and `&lt;`: the subject, as the certificate says it.
    const seen = md.replace(/&lt;/g, '<').replace(/\\([!-/:-@[-`{-~])/g, '$1');
    expect(seen).toContain('onerror\\=alert(1)\\> @\u200borg/team [x](javascript:1)');
  });
});
