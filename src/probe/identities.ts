/**
 * probe-identities: `NAME CERT_FILE KEY_FILE [accept|refuse]`, one per line. The certificates and
 * keys are a partner's stand-ins and come from outside the repository (secrets written to
 * RUNNER_TEMP by an earlier step): a key file that resolves into the workspace is refused, since a
 * private key must never live in the repository (our policy). A key is never printed.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { createSecureContext } from 'node:tls';
import { isCa, parseSource } from '../pki/index.js';
import { InputError } from '../settings/settings.js';
import { isInside } from '../workspace/inside.js';
import type { PresentedIdentity } from './handshake.js';

export interface ProbeIdentity extends PresentedIdentity {
  name: string;
  expected: 'accept' | 'refuse';
  /** The subject of the leaf presented, for the log. */
  subject: string;
}

export interface IdentityLine {
  line: number;
  name: string;
  certFile: string;
  keyFile: string;
  expected: 'accept' | 'refuse';
}

const FORMAT = 'write it as "NAME CERT_FILE KEY_FILE [accept|refuse]"';

/** Parses the input's lines (comments and blank lines already dropped keep their line numbers). */
export function parseIdentityLines(raw: string): IdentityLine[] {
  const out: IdentityLine[] = [];
  const names = new Set<string>();
  for (const [i, text] of raw.split(/\r?\n/).entries()) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const where = `probe-identities line ${i + 1}`;
    const fields = trimmed.split(/\s+/);
    if (fields.length < 3 || fields.length > 4) {
      throw new InputError(`${where} has ${fields.length} field(s): ${FORMAT} (paths without spaces)`);
    }
    const [name, certFile, keyFile, expectation = 'accept'] = fields as [string, string, string, string?];
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
      throw new InputError(
        `${where}: the name "${name}" is not a plain name: use letters, digits, ".", "_" or "-" (at most 64)`,
      );
    }
    if (names.has(name))
      throw new InputError(`${where}: the name "${name}" is used twice: give each identity its own name`);
    names.add(name);
    const expected = expectation.toLowerCase();
    if (expected !== 'accept' && expected !== 'refuse') {
      throw new InputError(`${where}: the expectation is "${expectation}": ${FORMAT}`);
    }
    out.push({ line: i + 1, name, certFile, keyFile, expected });
  }
  return out;
}

async function readOrExplain(file: string, what: string, where: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      `${where}: cannot read the ${what} ${file} (${code}): write it in an earlier step of the job (for example from a secret into $RUNNER_TEMP) and give its path`,
    );
  }
}

/**
 * The identity loaded into a real TLS context, as the probe's handshake will load it: OpenSSL's
 * security level refuses what the key match cannot see (an RSA-1024 key: "ee key too small", a
 * certificate signed with MD5 or SHA-1: "ca md too weak"). Found here, before anything is written.
 */
function assertLoadable(certPem: string, keyPem: string, where: string, certFile: string): void {
  try {
    createSecureContext({ cert: certPem, key: keyPem });
  } catch (error) {
    const reason = (error as { reason?: unknown }).reason;
    const said = typeof reason === 'string' && reason !== '' ? reason : (error as Error).message;
    throw new InputError(
      `${where}: OpenSSL refuses to present the certificate in ${certFile} with its key (${said.split('\n')[0]}): give an identity that OpenSSL's default security level accepts (RSA of 2048 bits or more, or ECDSA P-256 or larger, signed with SHA-256 or better)`,
    );
  }
}

/** Reads and checks every identity; nothing is deployed when one is wrong. */
export async function loadIdentities(raw: string, workspace: string): Promise<ProbeIdentity[]> {
  const lines = parseIdentityLines(raw);
  const workspaceReal = await realpath(workspace).catch(() => path.resolve(workspace));
  const out: ProbeIdentity[] = [];
  for (const entry of lines) {
    const where = `probe-identities line ${entry.line} (${entry.name})`;
    const keyPath = path.resolve(workspace, entry.keyFile);
    const keyReal = await realpath(keyPath).catch(() => keyPath);
    if (isInside(workspaceReal, keyReal)) {
      throw new InputError(
        `${where}: the key file ${entry.keyFile} is inside the workspace: a private key must never be in the repository; write it from a secret to $RUNNER_TEMP in an earlier step and give that path`,
      );
    }
    const certPath = path.resolve(workspace, entry.certFile);
    const certBytes = await readOrExplain(certPath, 'certificate file', where);
    const parsed = parseSource({ path: entry.certFile, bytes: certBytes });
    if (parsed.findings.some((f) => f.code === 'private-key')) {
      throw new InputError(
        `${where}: the certificate file ${entry.certFile} holds a private key: give the certificate and the key as two files`,
      );
    }
    // The probe presents the leaf alone, as the partners of the incident did.
    const leaf = parsed.certificates.find((c) => !isCa(c)) ?? parsed.certificates[0];
    if (!leaf) {
      throw new InputError(
        `${where}: no certificate in ${entry.certFile}: give the client certificate as PEM or DER`,
      );
    }
    const keyBytes = await readOrExplain(keyPath, 'key file', where);
    let keyPem: string;
    try {
      const key = /-----BEGIN/.test(keyBytes.toString('latin1'))
        ? createPrivateKey(keyBytes)
        : createPrivateKey({ key: keyBytes, format: 'der', type: 'pkcs8' });
      if (!new X509Certificate(leaf.der).checkPrivateKey(key)) {
        throw new InputError(
          `${where}: the key in ${entry.keyFile} does not belong to the certificate "${leaf.subject}": give the key of that certificate`,
        );
      }
      keyPem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(
        `${where}: the key file ${entry.keyFile} is not an unencrypted private key (PEM, or PKCS#8 DER): write the key without a passphrase`,
      );
    }
    const b64 = Buffer.from(leaf.der)
      .toString('base64')
      .replace(/.{1,64}/g, '$&\n');
    const certPem = `-----BEGIN CERTIFICATE-----\n${b64}-----END CERTIFICATE-----\n`;
    assertLoadable(certPem, keyPem, where, entry.certFile);
    out.push({ name: entry.name, expected: entry.expected, subject: leaf.subject, certPem, keyPem });
  }
  return out;
}
