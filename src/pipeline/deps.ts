/**
 * What the stages need from the outside world, handed in by the front-end; tests replace any of it.
 * Stages never print: progress goes to `log`, things to act on to `warn`, and the front-end decides
 * where they appear (the runner's log and annotations, or standard error).
 */
import type { AwsClientFactory } from '../aws/clients.js';
import { type Clock, systemClock } from '../aws/clock.js';
import { analyze } from '../pki/index.js';
import type { Analysis, Policy, SourceFile } from '../pki/model.js';
import type { Plan } from '../plan/model.js';
import { InputError } from '../settings/errors.js';
import type { Settings } from '../settings/settings.js';

export interface StageDeps {
  /** The AWS SDK clients (default: aws/clients.ts, loaded only by the stages that call AWS). */
  clients?: AwsClientFactory;
  clock: Clock;
  analyze: (sources: readonly SourceFile[], policy: Policy) => Analysis;
  /** Progress: what is being read, written or waited for. */
  log: (message: string) => void;
  /** Something the user should act on that does not fail the run (title: the annotation's, on a runner). */
  warn: (message: string, title?: string) => void;
  /** Hands the plan over as soon as it is known (tests; the pipeline keeps it in the result). */
  onPlan?: (plan: Plan) => void;
}

const quiet = () => {};

export function resolveDeps(deps: Partial<StageDeps> = {}): StageDeps {
  return {
    ...(deps.clients ? { clients: deps.clients } : {}),
    clock: deps.clock ?? systemClock,
    analyze: deps.analyze ?? analyze,
    log: deps.log ?? quiet,
    warn: deps.warn ?? quiet,
    ...(deps.onPlan ? { onPlan: deps.onPlan } : {}),
  };
}

/** The policy the engine judges certificates with, at the stage's clock. */
export function policyOf(settings: Settings, now: Date): Policy {
  return { now, expiryWarningDays: settings.expiryWarningDays, maxCaDepth: settings.maxCaDepth };
}

/** truststore-uri, required by every stage that reads what is live. */
export function requireTruststoreUri(settings: Settings, stage: string): string {
  if (settings.truststoreUri !== undefined) return settings.truststoreUri;
  throw new InputError(
    `input truststore-uri is required in ${stage}: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem`,
  );
}
