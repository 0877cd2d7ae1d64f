/**
 * Proves a rolled domain live: every identity handshakes with it, retrying with backoff until it
 * gets the outcome it expects or the time runs out. A new truststore version can take a while
 * after the domain reports AVAILABLE, so the first answers may still come from the old one.
 */
import type { Clock } from '../aws/clock.js';
import type { ProbeResult } from '../plan/model.js';
import { InputError } from '../settings/errors.js';
import { asExpected, classify, type Observation } from './classify.js';
import { attemptHandshake, type PresentedIdentity, type ProbeTarget } from './handshake.js';
import type { ProbeIdentity } from './identities.js';

export interface ProbeOptions {
  /** `probe-url`, with `{domain}` where the domain name goes. */
  urlTemplate: string;
  /** PEM of the CAs for the server certificate; undefined: the system's roots. */
  serverCa?: string;
  timeoutMs: number;
  clock: Clock;
  log: (message: string) => void;
  /** One handshake; tests replace it to script what the gateway answers. */
  attempt?: (
    target: ProbeTarget,
    identity: PresentedIdentity,
    serverCa: string | undefined,
    timeoutMs: number,
  ) => Promise<Observation>;
}

/** First wait between two attempts; it doubles up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 8_000;
/** One handshake never waits longer than this, so a hung connection leaves time to retry. */
const MAX_ATTEMPT_MS = 15_000;
/** Nor less: a slow handshake near the deadline is given time rather than called a timeout. */
const MIN_ATTEMPT_MS = 1_000;

export function probeUrl(template: string, domain: string): URL {
  const text = template.split('{domain}').join(domain);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(
      `probe-url "${template}" gives "${text}", which is not a URL: use e.g. https://{domain}/health`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new InputError(`probe-url "${template}" is not https: mutual TLS needs an https:// URL`);
  }
  return url;
}

async function probeIdentity(
  domain: string,
  identity: ProbeIdentity,
  options: ProbeOptions,
): Promise<ProbeResult> {
  const { clock } = options;
  const attempt = options.attempt ?? attemptHandshake;
  const target: ProbeTarget = { url: probeUrl(options.urlTemplate, domain), domain };
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  for (let n = 1; ; n++) {
    const remaining = Math.max(MIN_ATTEMPT_MS, deadline - clock.now());
    const observed = await attempt(target, identity, options.serverCa, Math.min(MAX_ATTEMPT_MS, remaining));
    const { outcome, status, detail } = classify(observed);
    const result: ProbeResult = {
      domain,
      identity: identity.name,
      expected: identity.expected,
      outcome,
      status,
      detail,
      attempts: n,
    };
    if (asExpected(identity.expected, outcome)) return result;
    const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (n - 1));
    const delay = backoff + Math.floor(clock.random() * backoff * 0.1);
    if (clock.now() + delay >= deadline) {
      return {
        ...result,
        detail: `${detail} (still after ${n} attempt${n === 1 ? '' : 's'} in ${Math.round((clock.now() - started) / 1000)} s; raise probe-timeout-seconds if the new truststore takes longer to apply)`,
      };
    }
    options.log(
      `probe ${identity.name} → ${domain}: ${outcome} (${detail}); expected ${identity.expected}, retrying in ${delay} ms`,
    );
    await clock.sleep(delay);
  }
}

/** Runs every identity against `domain` at once; the results come back in the identities' order. */
export async function probeDomain(
  domain: string,
  identities: readonly ProbeIdentity[],
  options: ProbeOptions,
): Promise<ProbeResult[]> {
  const started = options.clock.now();
  const results = await Promise.all(identities.map((identity) => probeIdentity(domain, identity, options)));
  for (const r of results) {
    const mark = asExpected(r.expected, r.outcome) ? 'as expected' : `UNEXPECTED (expected ${r.expected})`;
    options.log(
      `probe ${r.identity} → ${domain}: ${r.outcome}, ${mark} (${r.attempts} attempt${r.attempts === 1 ? '' : 's'}): ${r.detail}`,
    );
  }
  options.log(
    `probed ${domain} with ${identities.length} identit${identities.length === 1 ? 'y' : 'ies'} in ${options.clock.now() - started} ms`,
  );
  return results;
}

export function unexpected(results: readonly ProbeResult[]): ProbeResult[] {
  return results.filter((r) => !asExpected(r.expected, r.outcome));
}
