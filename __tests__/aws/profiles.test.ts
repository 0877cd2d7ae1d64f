/**
 * Region and credentials as the AWS CLI finds them: AWS_PROFILE, the shared config and credentials
 * files, SSO; and the advice for whoever reads the failure (`aws` commands in a terminal, workflow
 * steps on a runner). The CLI runs in process against local S3 and API Gateway servers that verify
 * the signature, so a plan that succeeds was signed for the region and with the keys of the profile.
 *
 * Hermetic: every file is a temporary one (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE and HOME
 * point into a temporary folder, for the front-end's environment and for process.env, which the
 * SDK's credential chain reads), IMDS is off, and every AWS_* variable of the test process is
 * removed: the developer's ~/.aws and credentials are never read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsContext, sharedProfile } from '../../src/aws/clients.js';
import { credentialsProblem } from '../../src/aws/errors.js';
import { requireRegion } from '../../src/pipeline/region.js';
import { cli, folderIn, oneLine } from '../cli/support.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, TEST_CREDENTIALS } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { testSettings } from '../support/settings.js';

const URI = 's3://profile-truststores/api/truststore.pem';
const saved = { ...process.env };
let scratch: string;
let count = 0;
let pki: TestPki;
let root: TestCert;
const servers: RunningServer[] = [];

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'aws-profiles-'));
  pki = TestPki.create('aws-profiles-');
  root = pki.root('Profile Root');
});
afterEach(() => {
  process.env = { ...saved };
});
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(scratch, { recursive: true, force: true });
  pki?.cleanup();
});

interface Files {
  config?: string;
  credentials?: string;
  /** SSO token caches: start URL or session name → expiresAt. */
  sso?: Record<string, string>;
}

type Env = Record<string, string> & {
  HOME: string;
  AWS_CONFIG_FILE: string;
  AWS_SHARED_CREDENTIALS_FILE: string;
};

/** A home folder of its own, the shared files at non-default paths, and nothing else AWS. */
function world(files: Files, extra: Record<string, string> = {}): Env {
  const dir = path.join(scratch, `home-${++count}`);
  mkdirSync(path.join(dir, '.aws', 'sso', 'cache'), { recursive: true });
  const config = path.join(dir, 'aws-config');
  const credentials = path.join(dir, 'aws-credentials');
  if (files.config !== undefined) writeFileSync(config, files.config);
  if (files.credentials !== undefined) writeFileSync(credentials, files.credentials);
  for (const [key, expiresAt] of Object.entries(files.sso ?? {})) {
    const token = { startUrl: key, region: 'eu-west-1', accessToken: 'expired-token', expiresAt };
    const name = `${createHash('sha1').update(key).digest('hex')}.json`;
    writeFileSync(path.join(dir, '.aws', 'sso', 'cache', name), JSON.stringify(token));
  }
  return {
    HOME: dir,
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

/** The environment the SDK's credential chain reads is the front-end's too, and only that. */
function useEnvironment(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  delete process.env.GITHUB_ACTIONS;
  Object.assign(process.env, env);
}

const keys = `aws_access_key_id = ${TEST_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${TEST_CREDENTIALS.secretAccessKey}\n`;

describe('requireRegion', () => {
  const region = (environment: Record<string, string>, awsRegion?: string) =>
    requireRegion(testSettings({ awsRegion, environment }));

  it("takes the region of the profile AWS_PROFILE names, from the config file's [profile NAME]", async () => {
    const env = world({ config: '[default]\nregion = us-east-1\n[profile demo]\nregion = eu-west-1\n' });
    await expect(region({ ...env, AWS_PROFILE: 'demo' })).resolves.toBe('eu-west-1');
    await expect(region(env)).resolves.toBe('us-east-1');
  });

  it('reads ~/.aws/config under HOME when AWS_CONFIG_FILE is not set', async () => {
    const { HOME } = world({});
    writeFileSync(path.join(HOME, '.aws', 'config'), '[profile home]\nregion = ap-south-1\n');
    await expect(region({ HOME, AWS_PROFILE: 'home' })).resolves.toBe('ap-south-1');
  });

  it('prefers the credentials file, as the SDK does, and an explicit region over both', async () => {
    const env = world({
      config: '[profile demo]\nregion = eu-west-1\n',
      credentials: `[demo]\n${keys}region = eu-north-1\n`,
    });
    await expect(region({ ...env, AWS_PROFILE: 'demo' })).resolves.toBe('eu-north-1');
    await expect(region({ ...env, AWS_PROFILE: 'demo' }, 'ca-central-1')).resolves.toBe('ca-central-1');
  });

  it('in a terminal: says what it tried and the commands that set a region', async () => {
    const env = world({ config: '[profile demo]\noutput = json\n' }, { AWS_PROFILE: 'demo' });
    await expect(region(env)).rejects.toThrow(
      `no AWS region: set --aws-region or AWS_REGION, or region in profile 'demo' (aws configure --profile demo); tried --aws-region, AWS_REGION, AWS_DEFAULT_REGION and the region of profile 'demo' in ${env.AWS_CONFIG_FILE}`,
    );
  });

  it('names a profile that is in neither file', async () => {
    const env = world({ config: '[profile demo]\nregion = eu-west-1\n' }, { AWS_PROFILE: 'nope' });
    await expect(region(env)).rejects.toThrow(
      `AWS profile 'nope' not found in ${env.AWS_CONFIG_FILE} or ${env.AWS_SHARED_CREDENTIALS_FILE}: check AWS_PROFILE (aws configure list-profiles)`,
    );
  });

  it('on a runner: the workflow advice, with what it tried', async () => {
    const env = world({}, { GITHUB_ACTIONS: 'true' });
    await expect(region(env)).rejects.toThrow(
      "no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION); tried the aws-region input, AWS_REGION, AWS_DEFAULT_REGION and the region of profile 'default' in",
    );
  });

  it('reads no file when the environment names no home folder and no AWS file', async () => {
    const context = awsContext({});
    expect(context).toMatchObject({ terminal: true, configFile: undefined, credentialsFile: undefined });
    await expect(sharedProfile(context)).resolves.toEqual({ exists: false, region: undefined });
    expect(awsContext(undefined).terminal).toBe(false);
  });
});

describe('credentialsProblem worded for a terminal', () => {
  const terminal = { terminal: true, profile: 'demo', configName: 'C', credentialsName: 'K' };
  it('expired and rejected credentials name aws commands', () => {
    const expired = Object.assign(new Error('The security token included in the request is expired'), {
      name: 'ExpiredToken',
    });
    expect(credentialsProblem(expired, terminal)?.message).toBe(
      'the AWS credentials have expired (ExpiredToken): refresh them (aws sso login --profile demo, or export new keys) and run it again',
    );
    const rejected = Object.assign(new Error('bad key'), { name: 'InvalidAccessKeyId' });
    expect(credentialsProblem(rejected, terminal)?.message).toMatch(
      /^AWS rejected the credentials \(InvalidAccessKeyId\): check which identity they are \(aws sts get-caller-identity --profile demo\)/,
    );
    // Without a context, the action's advice, unchanged.
    expect(credentialsProblem(expired)?.message).toMatch(/run aws-actions\/configure-aws-credentials/);
  });
});

/** A live truststore and one domain behind local servers that expect `region` and the test keys. */
async function liveAws(region: string): Promise<Record<string, string>> {
  const s3 = new FakeS3({ region });
  s3.createBucket('profile-truststores', 'Enabled');
  const live = s3.putObject('profile-truststores', 'api/truststore.pem', root.pem);
  const gateway = new FakeApiGateway({ region });
  gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: live.versionId });
  const [s3Server, gatewayServer] = [await s3.start(), await gateway.start()];
  servers.push(s3Server, gatewayServer);
  return { AWS_ENDPOINT_URL_S3: s3Server.url, AWS_ENDPOINT_URL_API_GATEWAY: gatewayServer.url };
}

async function plan(env: Record<string, string>, ...flags: string[]) {
  useEnvironment(env);
  const dir = folderIn(scratch, `repo-${++count}`, { 'pki/root.pem': root.pem });
  const args = ['plan', 'pki/*.pem', '--truststore-uri', URI, '--domain-names', 'api.example.com'];
  return cli([...args, '--format', 'json', ...flags], dir, { env });
}

describe('mtls-truststore plan with AWS_PROFILE', () => {
  it("signs for the profile's region with the profile's keys (no AWS_REGION, no key variables)", async () => {
    const endpoints = await liveAws('eu-west-1');
    const env = world(
      { config: '[profile demo]\nregion = eu-west-1\n', credentials: `[demo]\n${keys}` },
      { ...endpoints, AWS_PROFILE: 'demo' },
    );
    const run = await plan(env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, mode: 'plan', 'has-changes': false });
  });

  it('--aws-region wins over the profile region', async () => {
    const endpoints = await liveAws('eu-central-1');
    const env = world(
      { config: '[profile demo]\nregion = eu-west-1\n', credentials: `[demo]\n${keys}` },
      { ...endpoints, AWS_PROFILE: 'demo' },
    );
    const run = await plan(env, '--aws-region', 'eu-central-1');
    expect(run.code, run.stderr).toBe(0);
  });

  it('AWS_PROFILE naming no profile: says so, with the command that lists them', async () => {
    const endpoints = await liveAws('eu-west-1');
    const env = world(
      { config: '[profile demo]\nregion = eu-west-1\n' },
      { ...endpoints, AWS_PROFILE: 'nope' },
    );
    const run = await plan(env, '--aws-region', 'eu-west-1', '--format', 'text');
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toContain(
      `AWS profile 'nope' not found in ${env.AWS_CONFIG_FILE} or ${env.AWS_SHARED_CREDENTIALS_FILE}: check AWS_PROFILE (aws configure list-profiles)`,
    );
  });

  it('an expired SSO session: aws sso login --profile NAME', async () => {
    const endpoints = await liveAws('eu-west-1');
    const start = 'https://example.awsapps.com/start';
    const config = `[profile corp]\nsso_start_url = ${start}\nsso_region = eu-west-1\nsso_account_id = 123456789012\nsso_role_name = Admin\nregion = eu-west-1\n`;
    const env = world(
      { config, sso: { [start]: '2020-01-01T00:00:00Z' } },
      { ...endpoints, AWS_PROFILE: 'corp' },
    );
    const run = await plan(env, '--format', 'text');
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toContain(
      "the SSO session of profile 'corp' has expired: run aws sso login --profile corp",
    );
  });

  it('no credentials anywhere: what was tried, and aws configure / aws sso login / AWS_PROFILE', async () => {
    const endpoints = await liveAws('eu-west-1');
    const env = world({}, endpoints);
    const run = await plan(env, '--aws-region', 'eu-west-1', '--format', 'text');
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toContain(
      `no AWS credentials: tried the environment (AWS_ACCESS_KEY_ID), profile 'default' in ${env.AWS_CONFIG_FILE} and ${env.AWS_SHARED_CREDENTIALS_FILE} (keys, SSO, credential_process), web identity, and the container and instance roles: run aws configure, aws sso login, or export AWS_PROFILE`,
    );
  });

  it('on a runner (GITHUB_ACTIONS=true), the same failure names the workflow step', async () => {
    const endpoints = await liveAws('eu-west-1');
    const env = world({}, { ...endpoints, GITHUB_ACTIONS: 'true' });
    const run = await plan(env, '--aws-region', 'eu-west-1', '--format', 'text');
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toContain(
      'no AWS credentials were found: add aws-actions/configure-aws-credentials',
    );
  });
});
