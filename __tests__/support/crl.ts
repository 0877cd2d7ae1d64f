/** CRLs signed with `openssl ca -gencrl` at test time, for the revocation tests. */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { childrenOf, encodedOf, readElement } from '../../src/pki/der.js';
import type { TestCert } from './pki.js';

const run = (args: string[], cwd: string) =>
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** One CA's `openssl ca` database: revoke certificates, then sign CRLs with any CRL extensions. */
export class CrlSigner {
  readonly dir: string;
  constructor(
    readonly ca: TestCert,
    label: string,
    baseDir: string,
  ) {
    this.dir = path.join(baseDir, 'signers', label);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(path.join(this.dir, 'index.txt'), '');
    writeFileSync(path.join(this.dir, 'crlnumber'), '01\n');
  }

  private config(extensions: readonly string[]): string {
    const body = [
      '[ ca ]\ndefault_ca = signer',
      `[ signer ]\ndatabase = index.txt\ncrlnumber = crlnumber\ndefault_md = sha256\ndefault_crl_days = 7`,
      `certificate = ${this.ca.certPath}\nprivate_key = ${this.ca.keyPath}\ncrl_extensions = exts`,
      `[ exts ]\n${extensions.join('\n')}\n`,
    ];
    writeFileSync(path.join(this.dir, 'signer.cnf'), body.join('\n'));
    return 'signer.cnf';
  }

  revoke(cert: TestCert | string): this {
    const file = typeof cert === 'string' ? cert : cert.certPath;
    run(['ca', '-config', this.config([]), '-revoke', file], this.dir);
    return this;
  }

  /** A PEM CRL; `extensions` are openssl crl_extensions lines (the AKI is there unless `noAki`). */
  crl(opts: { extensions?: string[]; args?: string[]; noAki?: boolean } = {}): Buffer {
    const exts = [
      ...(opts.noAki ? [] : ['authorityKeyIdentifier = keyid:always']),
      ...(opts.extensions ?? []),
    ];
    const out = path.join(this.dir, 'out.pem');
    run(['ca', '-config', this.config(exts), '-gencrl', '-out', out, ...(opts.args ?? [])], this.dir);
    return readFileSync(out);
  }
}

/** `der`'s CRL re-signed by `ca` with its nextUpdate taken out (openssl ca always writes one). */
export function withoutNextUpdate(der: Uint8Array, ca: TestCert): Buffer {
  const wrap = (tag: number, ...parts: Uint8Array[]) => {
    const body = Buffer.concat(parts);
    const length: number[] = [];
    for (let n = body.length; n > 0; n = Math.floor(n / 256)) length.unshift(n % 256);
    const header = body.length < 0x80 ? [body.length] : [0x80 | length.length, ...length];
    return Buffer.concat([Buffer.from([tag, ...header]), body]);
  };
  const [tbs, alg] = childrenOf(der, readElement(der, 0, der.length));
  // version, signature, issuer, thisUpdate, nextUpdate (UTCTime), ...: drop the second time.
  const fields = childrenOf(der, tbs!).filter((el, i) => !(i === 4 && el.tag === 0x17));
  const newTbs = wrap(0x30, ...fields.map((el) => encodedOf(der, el)));
  const signature = sign('sha256', newTbs, createPrivateKey(readFileSync(ca.keyPath)));
  return wrap(0x30, newTbs, encodedOf(der, alg!), wrap(0x03, Buffer.from([0]), signature));
}
