/**
 * End to end, beside infrastructure as code (docs/infrastructure-as-code.md): the bundled action
 * against the S3 and API Gateway wire fakes. A deploy warns about a domain a CloudFormation stack
 * manages and tags the version it deployed; an apply that pins a domain back is `pin-reverted` in
 * the audit. Run `npm run build` first (IAC_E2E_BUNDLE=path/to/index.js runs a scratch build instead).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const BUCKET = 'iac-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';
const DOMAINS = ['api.example.com', 'partners.example.com'];
const STACK = { 'aws:cloudformation:stack-name': 'partner-api-prod' };
const bundle = process.env.IAC_E2E_BUNDLE;

let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
const servers: RunningServer[] = [];
let count = 0;

interface World {
  s3: FakeS3;
  gateway: FakeApiGateway;
  env: Record<string, string>;
}

async function world(): Promise<World> {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET);
  const gateway = new FakeApiGateway({ region: REGION, updatingPolls: 1 });
  const [a, b] = [await s3.start(), await gateway.start()];
  servers.push(a, b);
  return { s3, gateway, env: sdkEnvironment(a.url, b.url, REGION) };
}

function workspace(certs: TestCert[]): string {
  const dir = path.join(pki.dir, `iac-ws-${++count}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const cert of certs) writeFileSync(path.join(dir, 'ca', `${cert.name}.pem`), cert.pem);
  return dir;
}

function run(w: World, mode: 'deploy' | 'audit', certs: TestCert[]) {
  return runAction({
    workspace: workspace(certs),
    env: { ...w.env, GITHUB_EVENT_NAME: 'workflow_dispatch' },
    inputs: {
      mode,
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'domain-names': DOMAINS.join('\n'),
      'domain-update-interval-seconds': '1',
      'poll-interval-seconds': '0',
      'wait-timeout-seconds': '20',
      comment: 'never',
      'require-reviewed-plan': 'false',
    },
    ...(bundle ? { bundle } : {}),
  });
}

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const problems = (r: ActionRun) =>
  JSON.parse(r.outputs.problems ?? '[]') as {
    severity: string;
    code: string;
    domain: string | null;
    message: string;
  }[];
const tagsOf = (w: World, versionId: string) =>
  w.s3.versions(BUCKET, KEY).find((v) => v.versionId === versionId)?.tags ?? [];

beforeAll(() => {
  pki = TestPki.create('e2e-iac-');
  rootA = pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
  rootB = pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  pki?.cleanup();
});

describe('beside infrastructure as code', () => {
  let w: World;
  let handUploaded: string;
  let deployed: string;

  it('deploy warns about the domain a CloudFormation stack manages, then tags the version it deployed', async () => {
    w = await world();
    handUploaded = w.s3.putObject(BUCKET, KEY, rootA.pem, {
      contentType: 'application/x-pem-file',
    }).versionId;
    w.s3.versions(BUCKET, KEY)[0]!.tags = [{ key: 'retention', value: 'long' }];
    w.gateway.addDomain('api.example.com', {
      truststoreUri: URI,
      truststoreVersion: handUploaded,
      tags: STACK,
    });
    w.gateway.addDomain('partners.example.com', { truststoreUri: URI, truststoreVersion: handUploaded });
    const result = await run(w, 'deploy', [rootA, rootB]);
    expect(result.exitCode, log(result)).toBe(0);
    expect(log(result)).toContain('::warning title=truststore%3A cloudformation-managed::');
    expect(log(result)).toMatch(
      /custom domain name api\.example\.com belongs to CloudFormation stack partner-api-prod/,
    );
    const plan = JSON.parse(result.outputs.plan ?? '{}');
    expect(plan.notes).toEqual([
      expect.objectContaining({ domainName: 'api.example.com', code: 'cloudformation-managed' }),
    ]);
    deployed = result.outputs['version-id'] ?? '';
    expect(deployed).not.toBe(handUploaded);
    // The new version is tagged with the time and its own id; the hand-uploaded one keeps its tags only.
    expect(tagsOf(w, deployed)).toEqual([
      {
        key: 'mtls-truststore-deployed',
        value: expect.stringMatching(
          new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+Z ${deployed.replace(/[+/]/g, '\\$&')}$`),
        ),
      },
    ]);
    expect(tagsOf(w, handUploaded)).toEqual([{ key: 'retention', value: 'long' }]);
    expect(w.s3.requestsFor('PutObjectTagging').map((r) => r.query.versionId)).toEqual([deployed]);
  });

  it('the audit reports the domain an apply pinned back as pin-reverted, and writes nothing', async () => {
    // terraform apply (or a stack update) with the old truststore version in its configuration:
    w.gateway.domain('api.example.com').mtls!.truststoreVersion = handUploaded;
    const before = { s3: w.s3.requests.length, gateway: w.gateway.requests.length };
    const result = await run(w, 'audit', [rootA, rootB]);
    expect(result.exitCode, log(result)).toBe(1);
    const reverted = problems(result).filter((p) => p.code === 'pin-reverted');
    expect(reverted.map((p) => [p.domain, p.severity])).toEqual([['api.example.com', 'error']]);
    expect(reverted[0]?.message).toContain(`is pinned to version ${handUploaded} of ${URI}`);
    expect(reverted[0]?.message).toContain(`older than version ${deployed} that this action deployed`);
    expect(reverted[0]?.message).toContain(
      'usually an infrastructure-as-code apply (Terraform, CloudFormation)',
    );
    expect(problems(result).find((p) => p.code === 'cloudformation-managed')).toMatchObject({
      severity: 'warning',
      domain: 'api.example.com',
    });
    expect(w.s3.requestsFor('ListObjectVersions').length).toBeGreaterThan(0);
    const writes = [...w.s3.requests.slice(before.s3), ...w.gateway.requests.slice(before.gateway)].filter(
      (r) => !['GET', 'HEAD'].includes(r.method),
    );
    expect(writes).toEqual([]);
  });

  it('a re-run of the deploy pins it again, and the audit no longer reports it', async () => {
    const redeploy = await run(w, 'deploy', [rootA, rootB]);
    expect(redeploy.exitCode, log(redeploy)).toBe(0);
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(deployed);
    const result = await run(w, 'audit', [rootA, rootB]);
    expect(problems(result).map((p) => p.code)).not.toContain('pin-reverted');
  });

  it('without s3:PutObjectVersionTagging the deploy still succeeds, with a warning naming it', async () => {
    const x = await world();
    const v = x.s3.putObject(BUCKET, KEY, rootA.pem, { contentType: 'application/x-pem-file' }).versionId;
    for (const d of DOMAINS) x.gateway.addDomain(d, { truststoreUri: URI, truststoreVersion: v });
    x.s3.deny('PutObjectTagging');
    const result = await run(x, 'deploy', [rootA, rootB]);
    expect(result.exitCode, log(result)).toBe(0);
    expect(log(result)).toContain('::warning title=truststore%3A deploy not recorded::');
    expect(log(result)).toMatch(
      /s3:PutObjectVersionTagging on arn:aws:s3:::iac-truststores\/api\/truststore\.pem/,
    );
    for (const d of DOMAINS)
      expect(x.gateway.domain(d).mtls?.truststoreVersion).toBe(result.outputs['version-id']);
  });
});
