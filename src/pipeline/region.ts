/**
 * Where the online stages reach AWS: the region and the SDK clients. Loaded only by the stages
 * that call AWS (plan, deploy, audit, diagnose), so that validate never loads the AWS SDK.
 */
import { type AwsClients, awsContext, createAwsClients, sharedProfile } from '../aws/clients.js';
import { profileNotFound } from '../aws/errors.js';
import { InputError } from '../settings/errors.js';
import type { Settings } from '../settings/settings.js';
import type { StageDeps } from './deps.js';

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

/** The region and the clients of a stage that calls AWS (tests inject the clients). */
export async function awsFor(
  settings: Settings,
  deps: StageDeps,
): Promise<{ region: string; clients: AwsClients }> {
  const region = await requireRegion(settings);
  return { region, clients: (deps.clients ?? createAwsClients)(region, settings.environment) };
}
