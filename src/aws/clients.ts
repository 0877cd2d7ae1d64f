/**
 * The SDK clients, and where AWS settings come from when no input names them, as the AWS CLI finds
 * them. The clients are built with nothing but the region, so the SDK's default credential chain
 * (environment, AWS_PROFILE in the shared credentials and config files, SSO, credential_process,
 * web identity, container and instance roles) and its standard endpoint variables
 * (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_API_GATEWAY) apply. A credentials failure is explained
 * for whoever reads it: `aws` commands in a terminal, workflow steps on a runner.
 */
import { devNull } from 'node:os';
import path from 'node:path';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { S3Client } from '@aws-sdk/client-s3';
import { loadSharedConfigFiles, NODE_REGION_CONFIG_OPTIONS } from '@smithy/core/config';
import type { MetadataBearer, MiddlewareStack } from '@smithy/types';
import type { Environment } from '../settings/settings.js';
import { type CredentialsContext, credentialsProblem } from './errors.js';

export interface AwsClients {
  s3: S3Client;
  apiGateway: APIGatewayClient;
}

/** `environment`: the front-end's (settings.environment), for AWS_PROFILE, the files and the advice. */
export type AwsClientFactory = (region: string, environment?: Environment) => AwsClients;

/** Who asks, and where the shared files are; the paths are undefined without a home folder. */
export interface AwsContext extends CredentialsContext {
  configFile?: string;
  credentialsFile?: string;
}

/**
 * Reads the front-end's environment like the SDK reads process.env: AWS_PROFILE, AWS_CONFIG_FILE,
 * AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials. A terminal unless
 * GITHUB_ACTIONS is `true` (the runner sets it for the action and for a CLI run in a job); Settings
 * without an environment are the action's, so a runner too.
 */
export function awsContext(environment?: Environment): AwsContext {
  const env = environment ?? {};
  const home =
    env.HOME || env.USERPROFILE || (env.HOMEPATH ? `${env.HOMEDRIVE || 'C:\\'}${env.HOMEPATH}` : undefined);
  const file = (variable: string, name: string) =>
    env[variable] || (home ? path.join(home, '.aws', name) : undefined);
  return {
    terminal: environment !== undefined && env.GITHUB_ACTIONS !== 'true',
    ...(env.AWS_PROFILE ? { profile: env.AWS_PROFILE } : {}),
    configFile: file('AWS_CONFIG_FILE', 'config'),
    credentialsFile: file('AWS_SHARED_CREDENTIALS_FILE', 'credentials'),
    configName: env.AWS_CONFIG_FILE || '~/.aws/config',
    credentialsName: env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials',
  };
}

/** The profile AWS_PROFILE names (else `default`) in the shared files, parsed by the SDK's own loader. */
export async function sharedProfile(
  context: AwsContext,
): Promise<{ exists: boolean; region: string | undefined }> {
  if (!context.configFile && !context.credentialsFile) return { exists: false, region: undefined };
  const { configFile, credentialsFile } = await loadSharedConfigFiles({
    configFilepath: context.configFile ?? devNull,
    filepath: context.credentialsFile ?? devNull,
    ignoreCache: true,
  });
  const name = context.profile ?? 'default';
  const inConfig = configFile[name];
  const inCredentials = credentialsFile[name];
  // The SDK's region lookup prefers the credentials file (NODE_REGION_CONFIG_FILE_OPTIONS).
  const region = NODE_REGION_CONFIG_OPTIONS.configFileSelector({ ...inConfig, ...inCredentials }, configFile);
  return { exists: inConfig !== undefined || inCredentials !== undefined, region: region || undefined };
}

/** The SDK's error, or the AwsError that names the fix when it is a credentials problem. */
async function explained(error: unknown, context: AwsContext): Promise<unknown> {
  const name = (error as { name?: unknown } | undefined)?.name;
  const provider = typeof name === 'string' && name.endsWith('ProviderError');
  const profileExists = context.profile && provider ? (await sharedProfile(context)).exists : undefined;
  return credentialsProblem(error, { ...context, profileExists }) ?? error;
}

/** Every call of the client: a credentials failure (no credentials, expired, rejected) leaves explained. */
export function explainCredentials<I extends object, O extends MetadataBearer>(
  stack: MiddlewareStack<I, O>,
  context: AwsContext,
): void {
  stack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw await explained(error, context);
      }
    },
    { step: 'initialize', name: 'mtlsTruststoreCredentialsAdvice', override: true },
  );
}

export const createAwsClients: AwsClientFactory = (region, environment) => {
  const context = awsContext(environment);
  const s3 = new S3Client({ region });
  const apiGateway = new APIGatewayClient({ region });
  explainCredentials(s3.middlewareStack, context);
  explainCredentials(apiGateway.middlewareStack, context);
  return { s3, apiGateway };
};
