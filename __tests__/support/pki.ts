/**
 * Test PKIs made with the real openssl binary at test time. Private keys live only in the
 * temporary folder of the test that made them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type KeySpec =
  | 'rsa2048'
  | 'rsa3072'
  | 'rsa4096'
  | 'rsa1024'
  | 'ec256'
  | 'ec384'
  | 'ec521'
  | 'ec192'
  | 'secp256k1'
  | 'ed25519'
  | 'dsa2048';

export interface CertOptions {
  key?: KeySpec;
  md?: 'sha256' | 'sha384' | 'sha512' | 'sha1' | 'md5';
  notBefore?: Date;
  notAfter?: Date;
  /** Defaults: true for root/intermediate, false for leaf. */
  ca?: boolean;
  pathLen?: number;
  /** The openssl keyUsage value; null leaves the extension out. */
  keyUsage?: string | null;
  /** openssl -subj form, e.g. `/CN=Partner CA/O=Example`. Defaults to `/O=Test PKI/CN=<name>` (displayed `CN=<name>, O=Test PKI`). */
  subject?: string;
  /** Extra openssl extension lines, e.g. `nameConstraints = permitted;DNS:example.com`. */
  extensions?: string[];
  /** The openssl extendedKeyUsage value for a leaf (default clientAuth); null leaves the extension out. */
  extendedKeyUsage?: string | null;
  /** Leave basicConstraints out entirely. */
  omitBasicConstraints?: boolean;
  /** Leave out subjectKeyIdentifier and authorityKeyIdentifier (issuers then match by name only). */
  omitKeyIdentifiers?: boolean;
  /** Leave out only the subjectKeyIdentifier (its children then name it by issuer and serial). */
  omitSubjectKeyId?: boolean;
  /** Leave out only the authorityKeyIdentifier. */
  omitAuthorityKeyId?: boolean;
  /** Issue an X.509 v1 certificate (no extensions at all). */
  version1?: boolean;
}

export interface TestCert {
  name: string;
  subject: string;
  certPath: string;
  keyPath: string;
  pem: string;
  der: Buffer;
  key: KeySpec;
  /** Issued without a subjectKeyIdentifier: a child's authorityKeyIdentifier cannot quote it. */
  noSubjectKeyId?: boolean;
}

const DAY = 86_400_000;

function keygenArgs(spec: KeySpec): string[] {
  switch (spec) {
    case 'rsa1024':
    case 'rsa2048':
    case 'rsa3072':
    case 'rsa4096':
      return ['-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${spec.slice(3)}`];
    case 'ec256':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
    case 'ec384':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'];
    case 'ec521':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'];
    case 'ec192':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:prime192v1'];
    case 'secp256k1':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1'];
    case 'ed25519':
      return ['-algorithm', 'ED25519'];
    case 'dsa2048':
      return [];
  }
}

function opensslTime(d: Date): string {
  return `${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

export class TestPki {
  private counter = 0;
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  static create(prefix = 'pki-'): TestPki {
    return new TestPki(mkdtempSync(path.join(tmpdir(), prefix)));
  }

  private openssl(args: string[], cwd = this.dir): string {
    return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  private newKey(spec: KeySpec, keyPath: string): void {
    if (spec === 'dsa2048') {
      const params = `${keyPath}.params`;
      this.openssl([
        'genpkey',
        '-genparam',
        '-algorithm',
        'DSA',
        '-pkeyopt',
        'dsa_paramgen_bits:2048',
        '-out',
        params,
      ]);
      this.openssl(['genpkey', '-paramfile', params, '-out', keyPath]);
      return;
    }
    this.openssl(['genpkey', ...keygenArgs(spec), '-out', keyPath]);
  }

  /**
   * Issues a certificate with `openssl ca` (which, unlike `openssl x509`, takes exact start and
   * end dates). `issuer` undefined means self-signed with `keyPath`.
   */
  private issue(
    name: string,
    role: 'root' | 'intermediate' | 'leaf',
    issuer: TestCert | undefined,
    opts: CertOptions,
    existingKey?: { path: string; spec: KeySpec; subject: string },
  ): TestCert {
    const id = `${++this.counter}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    const work = path.join(this.dir, 'work', id);
    mkdirSync(work, { recursive: true });
    const spec = existingKey?.spec ?? opts.key ?? 'ec256';
    const keyPath = existingKey?.path ?? path.join(this.dir, `${id}.key`);
    if (!existingKey) this.newKey(spec, keyPath);
    const subject = existingKey?.subject ?? opts.subject ?? `/O=Test PKI/CN=${name}`;
    const ca = opts.ca ?? role !== 'leaf';
    const lines = ['[ v3 ]'];
    if (!opts.omitBasicConstraints) {
      lines.push(
        ca
          ? `basicConstraints = critical,CA:true${opts.pathLen !== undefined ? `,pathlen:${opts.pathLen}` : ''}`
          : 'basicConstraints = critical,CA:false',
      );
    }
    const keyUsage =
      opts.keyUsage === undefined
        ? ca
          ? 'critical,keyCertSign,cRLSign'
          : 'critical,digitalSignature'
        : opts.keyUsage;
    if (keyUsage !== null) lines.push(`keyUsage = ${keyUsage}`);
    const eku = opts.extendedKeyUsage === undefined ? (ca ? null : 'clientAuth') : opts.extendedKeyUsage;
    if (eku !== null) lines.push(`extendedKeyUsage = ${eku}`);
    // OpenSSL 3 adds key identifiers unless told "none".
    const noSki = opts.omitKeyIdentifiers || opts.omitSubjectKeyId;
    lines.push(`subjectKeyIdentifier = ${noSki ? 'none' : 'hash'}`);
    // An issuer without a key identifier is named by its issuer and serial number instead.
    lines.push(
      `authorityKeyIdentifier = ${
        opts.omitKeyIdentifiers || opts.omitAuthorityKeyId || (!issuer && noSki)
          ? 'none'
          : issuer?.noSubjectKeyId
            ? 'issuer:always'
            : 'keyid:always'
      }`,
    );
    lines.push(...(opts.extensions ?? []));
    writeFileSync(path.join(work, 'ext.cnf'), `${lines.join('\n')}\n`);
    writeFileSync(
      path.join(work, 'ca.cnf'),
      [
        '[ ca ]',
        'default_ca = CA_default',
        '[ CA_default ]',
        'database = index.txt',
        'new_certs_dir = .',
        'serial = serial',
        'policy = policy_any',
        'unique_subject = no',
        'copy_extensions = none',
        'email_in_dn = no',
        '[ policy_any ]',
        'commonName = optional',
        '[ req ]',
        'distinguished_name = dn',
        'prompt = no',
        '[ dn ]',
        'CN = unused',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(work, 'index.txt'), '');
    // Random serials keep two certificates with the same subject distinct.
    writeFileSync(
      path.join(work, 'serial'),
      `${(BigInt(Date.now()) * 1000n + BigInt(this.counter)).toString(16).padStart(16, '0')}\n`,
    );
    const csr = path.join(work, 'req.csr');
    const reqArgs = ['req', '-new', '-key', keyPath, '-subj', subject, '-config', 'ca.cnf', '-out', csr];
    this.openssl(spec === 'ed25519' || spec === 'dsa2048' ? reqArgs : [...reqArgs, '-sha256'], work);
    const notBefore = opts.notBefore ?? new Date(Date.now() - DAY);
    const notAfter = opts.notAfter ?? new Date(Date.now() + 365 * DAY);
    const certPath = path.join(this.dir, `${id}.pem`);
    const signerSpec = issuer?.key ?? spec;
    const args = [
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-in',
      csr,
      '-out',
      certPath,
      '-notext',
      '-preserveDN',
    ];
    args.push('-startdate', opensslTime(notBefore), '-enddate', opensslTime(notAfter));
    if (!opts.version1) args.push('-extfile', 'ext.cnf', '-extensions', 'v3');
    if (signerSpec !== 'ed25519') args.push('-md', opts.md ?? 'sha256');
    if (issuer) args.push('-cert', issuer.certPath, '-keyfile', issuer.keyPath);
    else args.push('-selfsign', '-keyfile', keyPath);
    this.openssl(args, work);
    const pem = readFileSync(certPath, 'utf8');
    const der = Buffer.from(
      pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''),
      'base64',
    );
    return {
      name,
      subject,
      certPath,
      keyPath,
      pem,
      der,
      key: spec,
      ...(existingKey || !(opts.omitKeyIdentifiers || opts.omitSubjectKeyId) ? {} : { noSubjectKeyId: true }),
    };
  }

  root(name: string, opts: CertOptions = {}): TestCert {
    return this.issue(name, 'root', undefined, opts);
  }

  intermediate(name: string, issuer: TestCert, opts: CertOptions = {}): TestCert {
    return this.issue(name, 'intermediate', issuer, opts);
  }

  leaf(name: string, issuer: TestCert, opts: CertOptions = {}): TestCert {
    return this.issue(name, 'leaf', issuer, opts);
  }

  /** The same subject and key as `cert`, signed by another CA (a cross-certificate). */
  crossSign(cert: TestCert, issuer: TestCert, opts: CertOptions = {}): TestCert {
    return this.issue(`${cert.name} (cross)`, 'intermediate', issuer, opts, {
      path: cert.keyPath,
      spec: cert.key,
      subject: cert.subject,
    });
  }

  /** Writes a file under the PKI folder and returns its absolute path. */
  write(relPath: string, content: string | Uint8Array): string {
    const target = path.join(this.dir, relPath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    return target;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
