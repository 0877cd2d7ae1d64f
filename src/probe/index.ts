/**
 * The post-roll probe as deploy sees it: prepared (and every input checked) before anything is
 * written, then run against each domain right after it is rolled and its warnings are read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createSecureContext } from 'node:tls';
import type { Clock } from '../aws/clock.js';
import { parseSource } from '../pki/index.js';
import type { ProbeResult } from '../plan/model.js';
import { InputError, type Settings } from '../settings/settings.js';
import { loadIdentities } from './identities.js';
import { type ProbeOptions, probeDomain, probeUrl, unexpected } from './run.js';

export { unexpected } from './run.js';

export interface PostRollProbe {
  /** The identities' names, for the log. */
  names: string[];
  run(domain: string): Promise<ProbeResult[]>;
}

/**
 * probe-ca-file as the handshake will use it: every PEM block a certificate (garbage inside a
 * block is refused now, not after the first domain was rolled), loaded into a real TLS context.
 */
async function readServerCa(workspace: string, probeCaFile: string): Promise<string> {
  const file = path.resolve(workspace, probeCaFile);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(
      `probe-ca-file ${probeCaFile} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): give the PEM of the CA that issued the domains' server certificates, or leave it empty for the system's roots`,
    );
  }
  const text = bytes.toString('utf8');
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError(`probe-ca-file ${probeCaFile} holds no PEM certificate: give the server CA as PEM`);
  }
  const parsed = parseSource({ path: probeCaFile, bytes });
  const broken = parsed.findings.find((f) => f.severity === 'error');
  if (broken) {
    throw new InputError(
      `probe-ca-file ${probeCaFile}${broken.line ? ` line ${broken.line}` : ''}: ${broken.message.split('\n')[0]} (${broken.code}): give the server CA as PEM certificates only`,
    );
  }
  try {
    createSecureContext({ ca: text });
  } catch (error) {
    throw new InputError(
      `probe-ca-file ${probeCaFile}: OpenSSL will not load it (${(error as Error).message.split('\n')[0]}): give the server CA as PEM certificates`,
    );
  }
  return text;
}

/** Undefined when probe-identities is empty. Throws InputError for any bad probe input. */
export async function preparePostRollProbe(
  settings: Settings,
  deps: {
    clock: Clock;
    log: (m: string) => void;
    attempt?: ProbeOptions['attempt'];
    /** Every host the probe will connect to (each target's); default: domain-names. */
    hosts?: readonly string[];
  },
): Promise<PostRollProbe | undefined> {
  const raw = settings.probeIdentities ?? '';
  if (raw.trim() === '') return undefined;
  const identities = await loadIdentities(raw, settings.workspace);
  if (identities.length === 0) return undefined;
  const urlTemplate = settings.probeUrl ?? 'https://{domain}/';
  try {
    for (const host of deps.hosts ?? settings.domainNames) probeUrl(urlTemplate, host);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const serverCa = settings.probeCaFile
    ? await readServerCa(settings.workspace, settings.probeCaFile)
    : undefined;
  for (const id of identities)
    deps.log(`probe identity ${id.name}: presents "${id.subject}" alone, expects ${id.expected}`);
  const options: ProbeOptions = {
    urlTemplate,
    ...(serverCa !== undefined ? { serverCa } : {}),
    timeoutMs: (settings.probeTimeoutSeconds ?? 120) * 1000,
    clock: deps.clock,
    log: deps.log,
    ...(deps.attempt ? { attempt: deps.attempt } : {}),
  };
  return { names: identities.map((i) => i.name), run: (domain) => probeDomain(domain, identities, options) };
}

/** One line for the step's failure message. */
export function describeUnexpected(results: readonly ProbeResult[]): string {
  return unexpected(results)
    .map((r) => `${r.identity} on ${r.domain} expected ${r.expected} but got ${r.outcome} (${r.detail})`)
    .join('; ');
}
