/**
 * The post-roll probe as deploy sees it: prepared (and every input checked) before anything is
 * written, then run against each domain right after it is rolled and its warnings are read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../aws/clock.js';
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

/** Undefined when probe-identities is empty. Throws InputError for any bad probe input. */
export async function preparePostRollProbe(
  settings: Settings,
  deps: { clock: Clock; log: (m: string) => void; attempt?: ProbeOptions['attempt'] },
): Promise<PostRollProbe | undefined> {
  const raw = settings.probeIdentities ?? '';
  if (raw.trim() === '') return undefined;
  const identities = await loadIdentities(raw, settings.workspace);
  if (identities.length === 0) return undefined;
  const urlTemplate = settings.probeUrl ?? 'https://{domain}/';
  try {
    for (const domain of settings.domainNames) probeUrl(urlTemplate, domain);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  let serverCa: string | undefined;
  if (settings.probeCaFile) {
    const file = path.resolve(settings.workspace, settings.probeCaFile);
    try {
      serverCa = await readFile(file, 'utf8');
    } catch (error) {
      throw new InputError(
        `probe-ca-file ${settings.probeCaFile} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): give the PEM of the CA that issued the domains' server certificates, or leave it empty for the system's roots`,
      );
    }
    if (!serverCa.includes('-----BEGIN CERTIFICATE-----')) {
      throw new InputError(
        `probe-ca-file ${settings.probeCaFile} holds no PEM certificate: give the server CA as PEM`,
      );
    }
  }
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
