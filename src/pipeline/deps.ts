/**
 * What the stages need from the outside world, handed in by the front-end; tests replace any of it.
 * Stages never print: progress goes to `log`, things to act on to `warn`, and the front-end decides
 * where they appear (the runner's log and annotations, or standard error).
 */
import { type AwsClientFactory, awsContext, createAwsClients, sharedProfile } from '../aws/clients.js';
import { type Clock, systemClock } from '../aws/clock.js';
import { profileNotFound } from '../aws/errors.js';
import { analyze } from '../pki/index.js';
import type { Analysis, Policy, SourceFile } from '../pki/model.js';
import type { Plan } from '../plan/model.js';
import { InputError } from '../settings/errors.js';
import type { Settings } from '../settings/settings.js';

export interface StageDeps {
  clients: AwsClientFactory;
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
    clients: deps.clients ?? createAwsClients,
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

/**
 * The AWS region of every online stage, found like the AWS CLI finds it: the aws-region input (or
 * flag), AWS_REGION, AWS_DEFAULT_REGION (settings.awsRegion), then the `region` of the profile
 * AWS_PROFILE names (else `default`) in the shared config and credentials files. Else the one
 * bad-input error that says what was tried and where to set it, for a terminal or a runner.
 */
export async function requireRegion(settings: Settings): Promise<string> {
  if (settings.awsRegion) return settings.awsRegion;
  const context = awsContext(settings.environment);
  const profile = await sharedProfile(context);
  if (profile.region) return profile.region;
  if (context.profile && !profile.exists) throw new InputError(profileNotFound(context));
  const name = context.profile ?? 'default';
  const tried = `AWS_REGION, AWS_DEFAULT_REGION and the region of profile '${name}' in ${context.configName}`;
  throw new InputError(
    context.terminal
      ? `no AWS region: set --aws-region or AWS_REGION, or region in profile '${name}' (aws configure --profile ${name}); tried --aws-region, ${tried}`
      : `no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION); tried the aws-region input, ${tried}`,
  );
}

/** truststore-uri, required by every stage that reads what is live. */
export function requireTruststoreUri(settings: Settings, stage: string): string {
  if (settings.truststoreUri !== undefined) return settings.truststoreUri;
  throw new InputError(
    `input truststore-uri is required in ${stage}: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem`,
  );
}
