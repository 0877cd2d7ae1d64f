/**
 * Issue 16, item 6: a private key in any text encoding a person pastes next to a CA is
 * `private-key`, judged by content, and never printed. First the nine forms the issue names, each
 * in a file between two valid CAs; then their class (armour-less bodies, JSON and YAML values,
 * double base64, hex dumps, quoted or commented lines, blank lines between base64 lines); then
 * what must not be mistaken for a key (CA files, certificates and CRLs in every encoding, public
 * keys, YAML and JSON that hold certificates). Keys are made at test time with openssl (and
 * ssh-keygen when installed); PuTTY and OpenSSH files are also written by hand, per their specs.
 */
import { execFileSync } from 'node:child_process';
import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  type JsonWebKey,
  randomBytes,
} from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, defaultPolicy, type Finding, parseSource, scanSource } from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

let dir: string;
let pki: TestPki;
let root: TestCert;
let other: TestCert;

const run = (cmd: string, args: string[], input?: Buffer | string) =>
  execFileSync(cmd, args, { cwd: dir, input, stdio: ['pipe', 'pipe', 'pipe'] });
const openssl = (args: string[], input?: Buffer | string) => run('openssl', args, input);
const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Test keys, as openssl writes them: PEM (PKCS#8 unless named), DER, and JWK. */
interface Key {
  pem: string;
  der: Buffer;
  jwk: JsonWebKey;
}
const keys: Record<'rsa' | 'ec' | 'ed25519', Key> = {} as never;
let rsaPkcs1: string;
let encryptedPkcs8: string;
let sshKeygen: Record<string, string> = {};
let crlPem: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'key-encodings-'));
  pki = TestPki.create();
  root = pki.root('Encodings Root');
  other = pki.root('Encodings Other Root', { key: 'rsa2048' });
  const gen = {
    rsa: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
    ec: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
    ed25519: ['-algorithm', 'ED25519'],
  };
  for (const [name, args] of Object.entries(gen) as [keyof typeof keys, string[]][]) {
    const pem = openssl(['genpkey', ...args]).toString();
    keys[name] = {
      pem,
      der: openssl(['pkey', '-outform', 'DER'], pem),
      jwk: createPrivateKey(pem).export({ format: 'jwk' }),
    };
  }
  rsaPkcs1 = openssl(['rsa', '-traditional'], keys.rsa.pem).toString();
  encryptedPkcs8 = openssl(['pkey', '-aes-256-cbc', '-passout', 'pass:test'], keys.ec.pem).toString();
  if (has('ssh-keygen')) {
    for (const type of ['ed25519', 'rsa']) {
      run('ssh-keygen', ['-q', '-t', type, '-N', '', '-C', 'test@example', '-f', `id_${type}`]);
      sshKeygen[type] = readFileSync(path.join(dir, `id_${type}`), 'utf8');
      sshKeygen[`${type}.pub`] = readFileSync(path.join(dir, `id_${type}.pub`), 'utf8');
    }
  } else sshKeygen = {};
  // A CRL signed by a throwaway CA (openssl ca needs a database).
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(
    path.join(dir, 'crl.cnf'),
    '[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\ndefault_md=sha256\ndefault_crl_days=30\n',
  );
  openssl([
    'ca',
    '-gencrl',
    '-config',
    'crl.cnf',
    '-keyfile',
    root.keyPath,
    '-cert',
    root.certPath,
    '-out',
    'crl.pem',
  ]);
  crlPem = readFileSync(path.join(dir, 'crl.pem'), 'utf8');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  pki.cleanup();
});

// ---- encodings, written the way the tools that make them do --------------------------------

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const wrap = (s: string, width: number) => s.match(new RegExp(`.{1,${width}}`, 'g'))!;
const bodyOf = (pem: string) => pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));
const derOf = (pem: string) => Buffer.from(bodyOf(pem).join(''), 'base64');
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
/** An SSH wire-format string (RFC 4251 5). */
const sshString = (s: string | Buffer) => {
  const b = Buffer.from(s);
  return Buffer.concat([u32(b.length), b]);
};
/** An SSH mpint from a JWK's base64url big-endian unsigned integer. */
const mpint = (b64url: string) => {
  let b = Buffer.from(b64url, 'base64url');
  while (b.length > 1 && b[0] === 0) b = b.subarray(1);
  if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return sshString(b);
};

/** A PuTTY `.ppk` (format 2 or 3, unencrypted), written by hand as PuTTYgen does. */
function ppk(key: Key, version: 2 | 3): { text: string; privateBlob: string } {
  const { jwk } = key;
  const alg = jwk.kty === 'RSA' ? 'ssh-rsa' : 'ssh-ed25519';
  const pub =
    jwk.kty === 'RSA'
      ? Buffer.concat([sshString(alg), mpint(jwk.e!), mpint(jwk.n!)])
      : Buffer.concat([sshString(alg), sshString(Buffer.from(jwk.x!, 'base64url'))]);
  const priv =
    jwk.kty === 'RSA'
      ? Buffer.concat([mpint(jwk.d!), mpint(jwk.p!), mpint(jwk.q!), mpint(jwk.qi!)])
      : mpint(jwk.d!);
  const comment = 'rsa-key-20240101';
  const macData = Buffer.concat([
    sshString(alg),
    sshString('none'),
    sshString(comment),
    sshString(pub),
    sshString(priv),
  ]);
  const mac =
    version === 3
      ? createHmac('sha256', Buffer.alloc(0)).update(macData).digest('hex')
      : createHmac('sha1', createHash('sha1').update('putty-private-key-file-mac-key').digest())
          .update(macData)
          .digest('hex');
  const pubLines = wrap(pub.toString('base64'), 64);
  const privLines = wrap(priv.toString('base64'), 64);
  const text = [
    `PuTTY-User-Key-File-${version}: ${alg}`,
    'Encryption: none',
    `Comment: ${comment}`,
    `Public-Lines: ${pubLines.length}`,
    ...pubLines,
    `Private-Lines: ${privLines.length}`,
    ...privLines,
    `Private-MAC: ${mac}`,
  ].join('\n');
  return { text, privateBlob: priv.toString('base64') };
}

/** An OpenSSH Ed25519 private key built by hand per PROTOCOL.key (what ssh-keygen writes). */
function opensshByHand(key: Key): string {
  const pub = Buffer.from(key.jwk.x!, 'base64url');
  const seed = Buffer.from(key.jwk.d!, 'base64url');
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = randomBytes(4);
  let priv = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString('test@example'),
  ]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    u32(1),
    sshString(pubBlob),
    sshString(priv),
  ]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString('base64'), 70).join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** The OpenSSH key: ssh-keygen's when installed, else the one built by hand. */
const openssh = () => sshKeygen.ed25519 ?? opensshByHand(keys.ed25519);

/** `xxd` output (the real tool when installed, else the same format by hand). */
function xxd(bytes: Buffer, args: string[] = []): string {
  if (has('xxd')) return run('xxd', args, bytes).toString().trimEnd();
  if (args.includes('-p')) return wrap(bytes.toString('hex'), 60).join('\n');
  const lines: string[] = [];
  for (let o = 0; o < bytes.length; o += 16) {
    const row = bytes.subarray(o, o + 16);
    const hex = wrap(row.toString('hex'), 4).join(' ');
    const ascii = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${o.toString(16).padStart(8, '0')}: ${hex.padEnd(39)}  ${ascii}`);
  }
  return lines.join('\n');
}

/** `hexdump -C` output, written by hand (two groups of eight bytes, ASCII between bars). */
function hexdumpC(bytes: Buffer): string {
  const lines: string[] = [];
  for (let o = 0; o < bytes.length; o += 16) {
    const row = [...bytes.subarray(o, o + 16)].map((b) => b.toString(16).padStart(2, '0'));
    const hex = `${row.slice(0, 8).join(' ')}  ${row.slice(8).join(' ')}`.padEnd(48);
    const ascii = [...bytes.subarray(o, o + 16)]
      .map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'))
      .join('');
    lines.push(`${o.toString(16).padStart(8, '0')}  ${hex}  |${ascii}|`);
  }
  return lines.join('\n');
}

const colonHex = (bytes: Buffer) =>
  wrap(bytes.toString('hex'), 30)
    .map((l) => `        ${wrap(l, 2).join(':')}:`)
    .join('\n');
const cArray = (bytes: Buffer) =>
  `static const unsigned char key_der[] = {\n${wrap(bytes.toString('hex'), 24)
    .map(
      (l) =>
        `  ${wrap(l, 2)
          .map((b) => `0x${b}`)
          .join(', ')},`,
    )
    .join('\n')}\n};`;
const quote = (text: string, prefix: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');

// ---- what every positive case checks --------------------------------------------------------

/** Everything that must never be printed for a key: every 16-character window of it is checked. */
function secretsOf(key: Key): string[] {
  const jwkPrivate = (['d', 'p', 'q', 'dp', 'dq', 'qi'] as const).flatMap((k) => key.jwk[k] ?? []);
  return [bodyOf(key.pem).join(''), key.der.toString('hex'), b64(key.pem), ...jwkPrivate];
}

function expectNotPrinted(findings: readonly Finding[], secrets: readonly string[]): void {
  const messages = findings.map((f) => f.message).join('\n');
  const windows = new Set<string>();
  for (let i = 0; i + 16 <= messages.length; i++) windows.add(messages.slice(i, i + 16));
  for (const secret of secrets) {
    const s = secret.replace(/\s+/g, '');
    expect(s.length).toBeGreaterThanOrEqual(16);
    for (let i = 0; i + 16 <= s.length; i++) {
      if (windows.has(s.slice(i, i + 16)))
        expect.fail(`a finding prints key material: ${s.slice(i, i + 16)}`);
    }
  }
}

/** `form` between two valid CAs; the key is expected on line `at` of the form (0-based). */
function expectKeyBesideCa(form: string, at: number, secrets: readonly string[], what?: RegExp): void {
  const file = 'ca/bundle.pem';
  const text = `${root.pem}${form}\n${other.pem}`;
  const line = root.pem.split('\n').length + at;
  const { certificates, findings } = parseSource({ path: file, bytes: new Uint8Array(Buffer.from(text)) });
  expect(
    findings.map((f) => ({ severity: f.severity, code: f.code, file: f.file, line: f.line })),
    form.slice(0, 200),
  ).toEqual([{ severity: 'error', code: 'private-key', file, line }]);
  expect(findings[0]!.message).toMatch(
    new RegExp(
      `^ca/bundle\\.pem:${line}: .* is in a CA file: delete it from the repository and rotate that key`,
    ),
  );
  if (what) expect(findings[0]!.message).toMatch(what);
  expect(certificates.map((c) => c.subject)).toEqual([root.subject, other.subject].map(displayed));
  expectNotPrinted(findings, secrets);
  // The CAs are still analysed and reported as usual; only the key refuses the set.
  const analysis = analyze([{ path: file, bytes: new Uint8Array(Buffer.from(text)) }], defaultPolicy());
  expect(analysis.findings.map((f) => f.code)).toEqual(['private-key']);
  expect(analysis.entries.map((e) => e.certificate.subject).sort()).toEqual(
    [root.subject, other.subject].map(displayed).sort(),
  );
  expect(analysis.truststore).toBeUndefined();
}

/** `/O=Test PKI/CN=x` as the engine displays it: `CN=x, O=Test PKI`. */
const displayed = (subject: string) => subject.split('/').filter(Boolean).reverse().join(', ');

// ---- the nine forms of the issue -------------------------------------------------------------

describe('issue 16 item 6: the nine forms that passed silently beside a valid CA', () => {
  it('a PuTTY .ppk', () => {
    const { text, privateBlob } = ppk(keys.rsa, 3);
    expectKeyBesideCa(text, 0, [privateBlob, ...secretsOf(keys.rsa)], /PuTTY private key/);
  });

  it('an OpenSSH key body without its armour lines', () => {
    const body = bodyOf(openssh()).join('\n');
    expectKeyBesideCa(body, 0, [body], /OpenSSH private key/);
  });

  it('a JWK with "d"', () => {
    expectKeyBesideCa(JSON.stringify(keys.ec.jwk, null, 2), 0, secretsOf(keys.ec), /JWK private key/);
  });

  it('a service-account JSON holding the PEM with \\n escapes', () => {
    const json = JSON.stringify(
      {
        type: 'service_account',
        project_id: 'example-project',
        private_key_id: createHash('sha1').update(keys.rsa.pem).digest('hex'),
        private_key: keys.rsa.pem,
        client_email: 'deployer@example-project.iam.gserviceaccount.com',
        client_id: '109876543210987654321',
        token_uri: 'https://oauth2.googleapis.com/token',
      },
      null,
      2,
    );
    const at = json.split('\n').findIndex((l) => l.includes('"private_key"'));
    expectKeyBesideCa(json, at, secretsOf(keys.rsa), /quoted string holding a PEM private key block/);
  });

  it('base64 PKCS#8 with blank lines between its lines', () => {
    expectKeyBesideCa(bodyOf(keys.rsa.pem).join('\n\n'), 0, secretsOf(keys.rsa));
  });

  it('tls.key: <base64 of a PEM key> (a Kubernetes secret)', () => {
    const yaml = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: api-tls',
      'type: kubernetes.io/tls',
      'data:',
      `  tls.crt: ${b64(root.pem)}`,
      `  tls.key: ${b64(keys.ec.pem)}`,
    ].join('\n');
    expectKeyBesideCa(yaml, 7, secretsOf(keys.ec), /base64 .*decodes to a PEM private key block/);
  });

  it('key: <base64 PKCS#8> in YAML', () => {
    const yaml = `client:\n  cert: ${root.der.toString('base64')}\n  key: ${keys.ec.der.toString('base64')}`;
    expectKeyBesideCa(
      yaml,
      2,
      secretsOf(keys.ec),
      /base64 outside any PEM block that decodes to a private key/,
    );
  });

  it('a hex dump of key DER', () => {
    expectKeyBesideCa(xxd(keys.rsa.der), 0, secretsOf(keys.rsa), /hex dump/);
  });

  it('a PEM key quoted with "> "', () => {
    expectKeyBesideCa(quote(keys.rsa.pem, '> '), 0, secretsOf(keys.rsa), /quoted or commented-out PEM/);
  });
});

// ---- their class -----------------------------------------------------------------------------

describe('the class: keys in any text encoding, judged by content', () => {
  it('PuTTY keys: format 2 and 3, RSA and Ed25519', () => {
    for (const [key, version] of [
      [keys.rsa, 2],
      [keys.ed25519, 3],
      [keys.ed25519, 2],
    ] as const) {
      const { text, privateBlob } = ppk(key, version);
      expectKeyBesideCa(text, 0, [privateBlob]);
      // base64 of the file, and the file quoted in a mail
      expectKeyBesideCa(`ppk: ${b64(text)}`, 0, [privateBlob, b64(text)]);
      expectKeyBesideCa(quote(text, '> '), 0, [privateBlob]);
    }
  });

  it('OpenSSH keys: ssh-keygen and hand-built, bare, prefixed, in YAML, quoted with armour, base64 of the file', () => {
    const made = [opensshByHand(keys.ed25519), ...(sshKeygen.rsa ? [sshKeygen.rsa, sshKeygen.ed25519!] : [])];
    for (const pem of made) {
      const body = bodyOf(pem);
      const secrets = [body.join('')];
      expectKeyBesideCa(body.join('\n'), 0, secrets);
      expectKeyBesideCa(quote(body.join('\n'), '# '), 0, secrets);
      expectKeyBesideCa(`ssh:\n  id_ed25519: |\n${quote(body.join('\n'), '    ')}`, 2, secrets);
      expectKeyBesideCa(quote(pem, '> '), 0, secrets);
      expectKeyBesideCa(`id_key: ${b64(pem)}`, 0, [...secrets, b64(pem)]);
      expectKeyBesideCa(body.join('\n\n'), 0, secrets);
    }
  });

  it('JWKs: RSA, EC and OKP; pretty, one line, in a JWK set, as an escaped JSON string, in base64', () => {
    for (const key of [keys.rsa, keys.ec, keys.ed25519]) {
      const secrets = secretsOf(key);
      const jwk = JSON.stringify(key.jwk);
      expectKeyBesideCa(JSON.stringify(key.jwk, null, 4), 0, secrets, /JWK/);
      expectKeyBesideCa(jwk, 0, secrets, /JWK/);
      expectKeyBesideCa(
        JSON.stringify({ keys: [{ kid: '1', use: 'sig', ...key.jwk }] }, null, 2),
        2,
        secrets,
      );
      expectKeyBesideCa(JSON.stringify({ name: 'signer', jwk }), 0, secrets);
      expectKeyBesideCa(`SIGNING_JWK=${b64(jwk)}`, 0, [...secrets, b64(jwk)]);
    }
  });

  it('PEM keys in JSON, .env, YAML and code strings: escaped, on one line, concatenated', () => {
    for (const pem of [keys.rsa.pem, rsaPkcs1, keys.ec.pem, encryptedPkcs8]) {
      const secrets = [bodyOf(pem).join('')];
      expectKeyBesideCa(JSON.stringify({ private_key: pem }), 0, secrets);
      expectKeyBesideCa(`PRIVATE_KEY="${pem.replace(/\n/g, '\\n')}"`, 0, secrets);
      expectKeyBesideCa(`PRIVATE_KEY='${pem.trim().replace(/\n/g, ' ')}'`, 0, secrets);
      expectKeyBesideCa(`private_key: "${pem.replace(/\n/g, '\\n')}"`, 0, secrets);
      const js = pem
        .trim()
        .split('\n')
        .map((l) => `  "${l}\\n" +`)
        .join('\n');
      expectKeyBesideCa(`const key =\n${js}\n  "";`, 1, secrets);
      const py = pem.trim().split('\n');
      expectKeyBesideCa(`KEY = """${py[0]}\n${py.slice(1, -1).join('\n')}\n${py.at(-1)}"""`, 0, secrets);
    }
  });

  it('armour-less base64: blank lines, CRLF, tabs, 76 columns, one line, base64url, behind any prefix', () => {
    for (const key of [keys.rsa, keys.ec, keys.ed25519]) {
      const secrets = secretsOf(key);
      const body = bodyOf(key.pem);
      expectKeyBesideCa(body.join('\n\n\n'), 0, secrets);
      expectKeyBesideCa(body.join('\r\n\r\n'), 0, secrets);
      expectKeyBesideCa(body.map((l) => `\t\t${l}`).join('\n'), 0, secrets);
      expectKeyBesideCa(wrap(key.der.toString('base64'), 76).join('\n\n'), 0, secrets);
      expectKeyBesideCa(key.der.toString('base64url'), 0, [key.der.toString('base64url')]);
      for (const prefix of ['> ', '> > ', '# ', '// ', ' * ', '-- ', '; ', '| ']) {
        expectKeyBesideCa(quote(body.join('\n'), prefix), 0, secrets);
      }
    }
  });

  it('YAML and .env values: key: value, key=value, !!binary blocks, PKCS#12 keystores, double base64', () => {
    const key = keys.ec;
    const secrets = secretsOf(key);
    const der64 = key.der.toString('base64');
    expectKeyBesideCa(`privateKey: "${der64}"`, 0, secrets);
    expectKeyBesideCa(`export CLIENT_KEY=${der64}`, 0, secrets);
    expectKeyBesideCa(`key: !!binary |\n${quote(wrap(der64, 60).join('\n'), '  ')}`, 1, secrets);
    expectKeyBesideCa(`key: ${b64(der64)}`, 0, [...secrets, b64(der64)]);
    expectKeyBesideCa(`stringData:\n  tls.key: |\n${quote(key.pem, '    ')}`, 2, secrets);
    const p12 = openssl([
      'pkcs12',
      '-export',
      '-inkey',
      root.keyPath,
      '-in',
      root.certPath,
      '-passout',
      'pass:x',
    ]);
    expectKeyBesideCa(`keystore.p12: ${p12.toString('base64')}`, 0, [p12.toString('base64')]);
  });

  it('hex: xxd, xxd -p, hexdump -C, od, colon hex, 0x bytes, \\x escapes, uppercase, hex of a PEM', () => {
    for (const key of [keys.rsa, keys.ec]) {
      const secrets = secretsOf(key);
      const { der } = key;
      expectKeyBesideCa(xxd(der), 0, secrets);
      expectKeyBesideCa(xxd(der, ['-p']), 0, secrets);
      expectKeyBesideCa(xxd(der, ['-g', '1']), 0, secrets);
      expectKeyBesideCa(hexdumpC(der), 0, secrets);
      if (has('od'))
        expectKeyBesideCa(run('od', ['-A', 'x', '-t', 'x1z'], der).toString().trimEnd(), 0, secrets);
      expectKeyBesideCa(`priv:\n${colonHex(der)}`, 1, secrets);
      expectKeyBesideCa(cArray(der), 1, secrets);
      expectKeyBesideCa(
        `key = "${[...der].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')}"`,
        0,
        secrets,
      );
      expectKeyBesideCa(wrap(der.toString('hex').toUpperCase(), 64).join('\n'), 0, secrets);
      expectKeyBesideCa(
        wrap(der.toString('hex'), 32)
          .map((l) => wrap(l, 2).join(' '))
          .join('\n'),
        0,
        secrets,
      );
      expectKeyBesideCa(xxd(Buffer.from(key.pem)), 0, secrets);
    }
  });

  it('a key relabelled in quoted armour is still judged by its content (or its encryption headers)', () => {
    const relabelled = keys.rsa.pem.replace(/PRIVATE KEY/g, 'CERTIFICATE');
    expectKeyBesideCa(quote(relabelled, '> '), 1, secretsOf(keys.rsa));
    const encrypted = openssl(
      ['rsa', '-traditional', '-aes256', '-passout', 'pass:test'],
      keys.rsa.pem,
    ).toString();
    expectKeyBesideCa(
      quote(encrypted.replace(/RSA PRIVATE KEY/g, 'CERTIFICATE'), '# '),
      0,
      [bodyOf(encrypted).slice(1).join('')],
      /encrypted PEM private key/,
    );
    // An apostrophe that opens no string does not hide the string after it.
    expectKeyBesideCa(`# don't commit this: "${keys.ec.pem.replace(/\n/g, '\\n')}"`, 0, secretsOf(keys.ec));
  });

  it('Microsoft PVK and PRIVATEKEYBLOB, and openssl pkey -text output, pasted as text', () => {
    const rsa = keys.rsa;
    const pvk = openssl(['rsa', '-outform', 'PVK', '-pvk-none'], rsa.pem);
    const blob = openssl(['rsa', '-outform', 'MSBLOB'], rsa.pem);
    expectKeyBesideCa(wrap(pvk.toString('base64'), 64).join('\n'), 0, [pvk.toString('base64')]);
    expectKeyBesideCa(xxd(blob), 0, [blob.toString('hex')]);
    const dump = openssl(['pkey', '-text', '-noout'], keys.ec.pem).toString().trimEnd();
    expectKeyBesideCa(dump, 0, [dump.split('\n').slice(2, 5).join('').replace(/[\s:]/g, '')]);
    const ssh2 = [
      '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
      'Comment: "rsa-key-20240101"',
      ...wrap(Buffer.concat([Buffer.from('3f6ff9eb', 'hex'), randomBytes(600)]).toString('base64'), 70),
      '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    ].join('\n');
    expectKeyBesideCa(ssh2, 0, [ssh2.split('\n')[3]!]);
  });

  it('one finding per key: two keys in one file are two findings, on their lines', () => {
    const text = `${bodyOf(keys.ec.pem).join('\n')}\n${root.pem}${xxd(keys.rsa.der)}\n`;
    const { findings } = scanSource({ path: 'two.pem', bytes: new Uint8Array(Buffer.from(text)) });
    const second = bodyOf(keys.ec.pem).length + root.pem.split('\n').length;
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['private-key', 1],
      ['private-key', second],
    ]);
  });
});

// ---- what is not a key -----------------------------------------------------------------------

describe('no false positives', () => {
  const noKey = (name: string, text: string | Buffer) => {
    const bytes = new Uint8Array(Buffer.from(text));
    const { findings } = scanSource({ path: name, bytes });
    expect(
      findings.filter((f) => f.code === 'private-key'),
      name,
    ).toEqual([]);
    return findings;
  };
  /** `form` between two CAs gives no finding at all, and both CAs are read. */
  const clean = (name: string, form: string) => {
    const text = `${root.pem}${form}\n${other.pem}`;
    const { certificates, findings } = parseSource({ path: name, bytes: new Uint8Array(Buffer.from(text)) });
    expect(findings, name).toEqual([]);
    expect(certificates).toHaveLength(2);
  };

  it('the example PKI: every CA file alone and all of them together', () => {
    const files = [
      'examples/pki/root-ca.pem',
      ...readdirSync('examples/pki/intermediates').map((f) => `examples/pki/intermediates/${f}`),
    ];
    const all = files.map((f) => readFileSync(f, 'utf8'));
    for (const [i, f] of files.entries()) expect(noKey(f, all[i]!)).toEqual([]);
    expect(noKey('all.pem', all.join('\n'))).toEqual([]);
    for (const f of files) {
      const dump = openssl(['x509', '-in', path.resolve(f), '-text']).toString();
      expect(noKey(`${f}.txt`, dump)).toEqual([]);
    }
  });

  it('the system CA bundle, with its comment headers and fingerprints', () => {
    const bundle = [
      '/etc/ssl/certs/ca-certificates.crt',
      '/etc/pki/tls/certs/ca-bundle.crt',
      '/etc/ssl/cert.pem',
    ].find((f) => existsSync(f));
    if (!bundle) return;
    expect(noKey(bundle, readFileSync(bundle))).toEqual([]);
  });

  it('certificates: DER files, bare base64, hex dumps, double base64, in YAML and JSON', () => {
    for (const cert of [root, other]) {
      expect(noKey('root.der', cert.der)).toEqual([]);
      clean('bare', bodyOf(cert.pem).join('\n\n'));
      clean('xxd', xxd(cert.der));
      clean('xxd -p', xxd(cert.der, ['-p']));
      clean('hexdump', hexdumpC(cert.der));
      clean('colon', colonHex(cert.der));
      clean('c array', cArray(cert.der));
      clean('quoted', quote(cert.pem, '> '));
      clean(
        'k8s',
        `apiVersion: v1\nkind: Secret\ndata:\n  ca.crt: ${b64(cert.pem)}\n  tls.crt: ${b64(cert.pem)}`,
      );
      clean('configmap', `data:\n  ca.pem: |\n${quote(bodyOf(cert.pem).join('\n'), '    ')}`);
      clean('json', JSON.stringify({ certificate: cert.pem, chain: [cert.pem] }, null, 2));
      clean('x5c', JSON.stringify({ keys: [{ kty: 'EC', x5c: [cert.der.toString('base64')] }] }));
      clean('env', `CA_CERT="${cert.pem.replace(/\n/g, '\\n')}"`);
      clean('double', `ca: ${b64(cert.der.toString('base64'))}`);
      clean('text', openssl(['x509', '-text', '-noout'], cert.pem).toString());
    }
  });

  it('CRLs: a PEM block is refused as a non-certificate block, never as a key; bare, DER and hex are not keys', () => {
    const der = derOf(crlPem);
    expect(noKey('crl.pem', `${root.pem}${crlPem}`).map((f) => f.code)).toEqual(['non-certificate-block']);
    noKey('crl.der', der);
    clean('bare crl', bodyOf(crlPem).join('\n'));
    clean('crl xxd', xxd(der));
    clean('crl text', openssl(['crl', '-text', '-noout'], crlPem).toString());
  });

  it('public keys: SubjectPublicKeyInfo, ssh-rsa / ssh-ed25519 lines, authorized_keys, JWKs without "d", RFC 4716', () => {
    for (const key of [keys.rsa, keys.ec, keys.ed25519]) {
      const pub = createPublicKey(key.pem);
      const spki = pub.export({ type: 'spki', format: 'der' });
      expect(
        noKey('spki.pem', pub.export({ type: 'spki', format: 'pem' }) as string).map((f) => f.code),
      ).toEqual(['non-certificate-block']);
      clean('spki bare', wrap(spki.toString('base64'), 64).join('\n'));
      clean('spki xxd', xxd(spki));
      clean('spki b64 yaml', `publicKey: ${spki.toString('base64')}`);
      clean('jwk public', JSON.stringify(pub.export({ format: 'jwk' }), null, 2));
      clean('jwks public', JSON.stringify({ keys: [{ kid: '1', ...pub.export({ format: 'jwk' }) }] }));
      clean(
        'pub text',
        openssl(
          ['pkey', '-pubin', '-text', '-noout'],
          pub.export({ type: 'spki', format: 'pem' }) as string,
        ).toString(),
      );
    }
    const sshPubs = sshKeygen['rsa.pub']
      ? [sshKeygen['rsa.pub'], sshKeygen['ed25519.pub']!]
      : [`ssh-ed25519 ${sshString('ssh-ed25519').toString('base64')}AAAAIAAA test`];
    for (const line of sshPubs) {
      clean('ssh pub', line.trim());
      clean('authorized_keys', `from="10.0.0.0/8",no-pty,no-port-forwarding ${line.trim()}`);
      const blob = line.split(' ')[1]!;
      clean(
        'rfc4716',
        [
          '---- BEGIN SSH2 PUBLIC KEY ----',
          'Comment: "test@example"',
          ...wrap(blob, 70),
          '---- END SSH2 PUBLIC KEY ----',
        ].join('\n'),
      );
    }
  });

  it('ordinary text: comments, fingerprints, dates, serials, a PuTTY header with no private lines', () => {
    clean(
      'notes',
      [
        '# Issuer: CN=Encodings Root O=Test PKI',
        '# Serial: 01:02:03:04:05:06:07:08',
        '# SHA256 Fingerprint: 3e:45:52:15:09:51:92:e1:b7:5d:37:9f:b1:87:29:8a:3e:45:52:15:09:51:92:e1:b7:5d:37:9f:b1:87:29:8a',
        'Valid from: 2024-01-01 00:00:00 to 2034-01-01 00:00:00',
        '"d": "2024-01-01T00:00:00Z", "kty": "none"',
        'PuTTY-User-Key-File-3: ssh-rsa',
        'Encryption: none',
      ].join('\n'),
    );
  });
});
