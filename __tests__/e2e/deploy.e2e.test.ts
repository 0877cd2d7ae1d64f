/**
 * End to end: the bundled action (dist/index.js) under Node 24 against local servers that speak the
 * S3 and API Gateway wire protocols, reached the way a runner reaches AWS (the SDK's default chain,
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_API_GATEWAY). Assertions are on what the servers received
 * and hold afterwards, and on the step's exit code and outputs. Run `npm run build` first.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { FakeApiGateway, type FakeApiGatewayOptions } from '../support/fake-apigateway.js';
import { type RecordedRequest, type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const BUCKET = 'example-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';

let pki: TestPki;
let rootA: TestCert;
let issuingA: TestCert;
let rootB: TestCert;
const servers: RunningServer[] = [];
let workspaceCount = 0;

interface World {
  s3: FakeS3;
  gateway: FakeApiGateway;
  env: Record<string, string>;
}

async function world(
  gatewayOptions: FakeApiGatewayOptions = {},
  versioning: 'Enabled' | 'Suspended' | 'never' = 'Enabled',
) {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET, versioning);
  const gateway = new FakeApiGateway({
    region: REGION,
    updatingPolls: 1,
    // Like API Gateway, refuse to pin a version that S3 does not hold.
    truststoreExists: (uri, version) =>
      uri === URI && s3.versions(BUCKET, KEY).some((v) => v.versionId === version),
    ...gatewayOptions,
  });
  const s3Server = await s3.start();
  const gatewayServer = await gateway.start();
  servers.push(s3Server, gatewayServer);
  const env = sdkEnvironment(s3Server.url, gatewayServer.url, REGION);
  return { s3, gateway, env } satisfies World;
}

/** A repository checkout holding the given CA certificates under ca/. */
function workspace(certs: TestCert[]): string {
  const dir = path.join(pki.dir, `workspace-${++workspaceCount}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const cert of certs) writeFileSync(path.join(dir, 'ca', `${cert.name}.pem`), cert.pem);
  return dir;
}

function run(
  w: World,
  mode: 'plan' | 'deploy',
  dir: string,
  domains: string[],
  extra: Record<string, string> = {},
) {
  return runAction({
    workspace: dir,
    env: w.env,
    inputs: {
      mode,
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'domain-names': domains.join('\n'),
      'domain-update-interval-seconds': '1',
      'poll-interval-seconds': '0',
      'wait-timeout-seconds': '20',
      comment: 'never',
      // These tests are about S3 and API Gateway; the reviewed-plan contract has its own (contract.e2e).
      'require-reviewed-plan': 'false',
      ...extra,
    },
  });
}

/** A version already live before the run, pinned by the given domains (a previous deploy). */
function seed(w: World, certs: TestCert[], domains: string[]) {
  const version = w.s3.putObject(BUCKET, KEY, certs.map((c) => c.pem).join(''), {
    contentType: 'application/x-pem-file',
  });
  for (const name of domains)
    w.gateway.addDomain(name, { truststoreUri: URI, truststoreVersion: version.versionId });
  return version;
}

const writes = (requests: RecordedRequest[]) => requests.filter((r) => !['GET', 'HEAD'].includes(r.method));
const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const pinnedBodies = (g: FakeApiGateway) =>
  g.requestsFor('UpdateDomainName').map((r) => [r.path, JSON.parse(r.body.toString()).patchOperations]);

beforeAll(() => {
  pki = TestPki.create('e2e-deploy-');
  rootA = pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
  issuingA = pki.intermediate('issuing-a', rootA, { subject: '/O=Example/CN=Example Issuing CA A' });
  rootB = pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  pki?.cleanup();
});

describe('deploy against S3 and API Gateway wire protocols', () => {
  const domains = ['api.example.com', 'partners.example.com'];
  let w: World;
  let v1: { versionId: string; etag: string };

  it('first deploy uploads with If-None-Match: * and a SHA-256 checksum, then pins every domain', async () => {
    w = await world();
    for (const name of domains) w.gateway.addDomain(name, { truststoreUri: URI });
    const result = await run(w, 'deploy', workspace([rootA, issuingA]), domains, {
      'server-side-encryption': 'aws:kms',
      'sse-kms-key-id': 'alias/truststore',
    });
    expect(result.exitCode, log(result)).toBe(0);

    const written = readFileSync(result.outputs['truststore-file'] ?? '');
    const puts = w.s3.requestsFor('PutObject');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.path).toBe(`/${BUCKET}/${KEY}`);
    expect(puts[0]?.headers['if-none-match']).toBe('*');
    expect(puts[0]?.headers['if-match']).toBeUndefined();
    expect(puts[0]?.headers['content-type']).toBe('application/x-pem-file');
    expect(puts[0]?.headers['x-amz-checksum-sha256']).toBe(
      createHash('sha256').update(written).digest('base64'),
    );
    expect(puts[0]?.headers['x-amz-server-side-encryption']).toBe('aws:kms');

    const live = w.s3.latest(BUCKET, KEY);
    expect(live?.body.equals(written)).toBe(true);
    expect(live?.kmsKeyId).toBe('alias/truststore');
    expect(w.s3.versions(BUCKET, KEY)).toHaveLength(1);
    for (const name of domains) expect(w.gateway.domain(name).mtls?.truststoreVersion).toBe(live?.versionId);
    expect(pinnedBodies(w.gateway)).toEqual(
      domains.map((name) => [
        `/domainnames/${name}`,
        [{ op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: live?.versionId }],
      ]),
    );
    expect(result.outputs['version-id']).toBe(live?.versionId);
    expect(result.outputs['previous-version-id']).toBe('');
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual(domains);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['added-count']).toBe('2');
    v1 = { versionId: live?.versionId ?? '', etag: live?.etag ?? '' };
  });

  it('a re-run with the same CA files writes nothing and says the truststore is up to date', async () => {
    const before = { s3: w.s3.requests.length, gateway: w.gateway.requests.length };
    const result = await run(w, 'deploy', workspace([rootA, issuingA]), domains);
    expect(result.exitCode, log(result)).toBe(0);
    expect(writes(w.s3.requests.slice(before.s3))).toEqual([]);
    expect(writes(w.gateway.requests.slice(before.gateway))).toEqual([]);
    expect(result.outputs['has-changes']).toBe('false');
    expect(result.outputs['version-id']).toBe(v1.versionId);
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual([]);
    expect(result.stdout).toMatch(/up to date/);
  });

  it('an update writes a new version with If-Match on the previous ETag and moves every domain', async () => {
    const before = w.s3.requests.length;
    const result = await run(w, 'deploy', workspace([rootA, issuingA, rootB]), domains);
    expect(result.exitCode, log(result)).toBe(0);
    const puts = w.s3.requests.slice(before).filter((r) => r.operation === 'PutObject');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.headers['if-match']).toBe(v1.etag);
    expect(puts[0]?.headers['if-none-match']).toBeUndefined();
    const versions = w.s3.versions(BUCKET, KEY);
    expect(versions.map((v) => v.versionId)[0]).toBe(v1.versionId);
    expect(versions).toHaveLength(2);
    const v2 = versions[1]?.versionId;
    for (const name of domains) {
      expect(w.gateway.domain(name).mtls?.truststoreVersion).toBe(v2);
      expect(w.gateway.domain(name).versionHistory).toEqual([v1.versionId, v2]);
    }
    expect(result.outputs['version-id']).toBe(v2);
    expect(result.outputs['previous-version-id']).toBe(v1.versionId);
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual(domains);
    expect(result.outputs['added-count']).toBe('1');
    expect(result.outputs['removed-count']).toBe('0');
  });
});

describe('deploy refuses or undoes what it must not leave behind', () => {
  it('a concurrent writer between plan and upload fails the step and patches no domain', async () => {
    const w = await world();
    const v1 = seed(w, [rootA], ['api.example.com']);
    // Someone else uploads a version after the action read the object and before its PutObject.
    w.s3.before('PutObject', () => {
      w.s3.putObject(BUCKET, KEY, rootB.pem, { contentType: 'application/x-pem-file' });
    });
    const result = await run(w, 'deploy', workspace([rootA, issuingA]), ['api.example.com']);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toMatch(/changed since this plan/);
    expect(log(result)).toMatch(/re-run/);
    const put = w.s3.requestsFor('PutObject');
    expect(put.map((r) => [r.headers['if-match'], r.status, r.errorCode])).toEqual([
      [v1.etag, 412, 'PreconditionFailed'],
    ]);
    expect(w.s3.versions(BUCKET, KEY).map((v) => v.body.toString())).toEqual([rootA.pem, rootB.pem]);
    expect(w.gateway.requestsFor('UpdateDomainName')).toEqual([]);
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(v1.versionId);
  });

  it('warnings from API Gateway roll the moved domain back to the previous version and fail the step', async () => {
    const names = ['api.example.com', 'partners.example.com', 'admin.example.com'];
    let v1 = '';
    const w = await world({
      warnings: (_domain, version) =>
        version === v1
          ? []
          : ['Certificate CN=Partner Root B, O=Partner: the signature algorithm is not supported'],
    });
    v1 = seed(w, [rootA], names).versionId;
    const result = await run(w, 'deploy', workspace([rootA, rootB]), names);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toMatch(/signature algorithm is not supported/);
    const v2 = w.s3.latest(BUCKET, KEY)?.versionId;
    expect(v2).not.toBe(v1);
    // The first domain showed the warning: it went to v2 and back; the others were never touched.
    expect(w.gateway.domain(names[0] ?? '').versionHistory).toEqual([v2, v1]);
    for (const name of names) expect(w.gateway.domain(name).mtls?.truststoreVersion).toBe(v1);
    for (const name of names.slice(1)) expect(w.gateway.domain(name).versionHistory).toEqual([]);
    expect(result.outputs['previous-version-id']).toBe(v1);
    expect(result.outputs['version-id']).toBe(v1);
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual([]);
  });

  it('an access denial on PutObject names the IAM action and resource, and changes nothing', async () => {
    const w = await world();
    const v1 = seed(w, [rootA], ['api.example.com']);
    w.s3.deny('PutObject');
    const result = await run(w, 'deploy', workspace([rootA, rootB]), ['api.example.com']);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain(`s3:PutObject on arn:aws:s3:::${BUCKET}/${KEY}`);
    expect(w.s3.versions(BUCKET, KEY)).toHaveLength(1);
    expect(w.gateway.requestsFor('UpdateDomainName')).toEqual([]);
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(v1.versionId);
  });
});

describe('deploy stops before writing when the setup is wrong', () => {
  it('a bucket whose versioning was never enabled: no upload, no patch, the fix named', async () => {
    const w = await world({}, 'never');
    w.gateway.addDomain('api.example.com', { truststoreUri: URI });
    const result = await run(w, 'deploy', workspace([rootA]), ['api.example.com']);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain(`bucket ${BUCKET} has versioning never been enabled`);
    expect(writes(w.s3.requests)).toEqual([]);
    expect(writes(w.gateway.requests)).toEqual([]);
  });

  it('a domain that does not exist: NotFoundException becomes a message about domain-names', async () => {
    const w = await world();
    const v1 = seed(w, [rootA], ['api.example.com']);
    const result = await run(w, 'deploy', workspace([rootA, rootB]), ['api.example.com', 'typo.example.com']);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain('custom domain name typo.example.com does not exist');
    expect(w.gateway.requestsFor('GetDomainName').map((r) => [r.path, r.status])).toContainEqual([
      '/domainnames/typo.example.com',
      404,
    ]);
    expect(writes(w.s3.requests)).toEqual([]);
    expect(writes(w.gateway.requests)).toEqual([]);
    expect(w.s3.versions(BUCKET, KEY).map((v) => v.versionId)).toEqual([v1.versionId]);
  });

  it('S3 SlowDown on the upload is retried with the same conditional header', async () => {
    const w = await world();
    w.gateway.addDomain('api.example.com', { truststoreUri: URI });
    w.s3.fail('PutObject', { status: 503, code: 'SlowDown', message: 'Please reduce your request rate.' }, 1);
    const result = await run(w, 'deploy', workspace([rootA]), ['api.example.com']);
    expect(result.exitCode, log(result)).toBe(0);
    expect(w.s3.requestsFor('PutObject').map((r) => [r.status, r.headers['if-none-match']])).toEqual([
      [503, '*'],
      [200, '*'],
    ]);
    expect(w.s3.versions(BUCKET, KEY)).toHaveLength(1);
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(
      w.s3.latest(BUCKET, KEY)?.versionId,
    );
  });
});

describe('deploy through the UpdateDomainName throttle', () => {
  it('pins three domains although the account allows one update per 2 s: 429s are retried and calls spaced', async () => {
    const names = ['a.example.com', 'b.example.com', 'c.example.com'];
    const w = await world({ updateIntervalMs: 2000 });
    const v1 = seed(w, [rootA], names);
    const result = await run(w, 'deploy', workspace([rootA, rootB]), names);
    expect(result.exitCode, log(result)).toBe(0);
    const v2 = w.s3.latest(BUCKET, KEY)?.versionId;
    expect(v2).not.toBe(v1.versionId);
    for (const name of names) expect(w.gateway.domain(name).mtls?.truststoreVersion).toBe(v2);
    const updates = w.gateway.requestsFor('UpdateDomainName');
    expect(updates.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(updates.filter((r) => r.status === 200).map((r) => r.path)).toEqual(
      names.map((n) => `/domainnames/${n}`),
    );
    // The action spaces its own calls by domain-update-interval-seconds (1 s), retries included.
    const timeline = updates
      .map((r) => `${r.path} ${r.status} at +${r.at - (updates[0]?.at ?? 0)} ms`)
      .join('\n');
    const gaps = updates.slice(1).map((r, i) => r.at - (updates[i]?.at ?? 0));
    expect(Math.min(...gaps), timeline).toBeGreaterThanOrEqual(950);
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual(names);
  });
});

describe('deploy waits for a domain that is busy', () => {
  it('a domain still UPDATING from another change is polled until AVAILABLE before anything is written', async () => {
    const w = await world({ updatingPolls: 3 });
    const v1 = seed(w, [rootA], []);
    w.gateway.addDomain('api.example.com', {
      truststoreUri: URI,
      truststoreVersion: v1.versionId,
      status: 'UPDATING',
    });
    const result = await run(w, 'deploy', workspace([rootA, rootB]), ['api.example.com']);
    expect(result.exitCode, log(result)).toBe(0);
    const gets = w.gateway.requestsFor('GetDomainName');
    const firstPut = w.s3.requestsFor('PutObject')[0];
    // Three polls saw UPDATING before the upload; the patch came after the domain was AVAILABLE.
    expect(gets.filter((r) => r.at < (firstPut?.at ?? 0)).length).toBeGreaterThanOrEqual(4);
    expect(w.gateway.requestsFor('UpdateDomainName').map((r) => r.status)).toEqual([200]);
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(
      w.s3.latest(BUCKET, KEY)?.versionId,
    );
  });
});

describe('plan against the live truststore', () => {
  it('reads S3 and API Gateway, writes nothing, and reports the change', async () => {
    const w = await world();
    const v1 = seed(w, [rootA], ['api.example.com']);
    const result = await run(w, 'plan', workspace([rootA, rootB]), ['api.example.com']);
    expect(result.exitCode, log(result)).toBe(0);
    expect(writes(w.s3.requests)).toEqual([]);
    expect(writes(w.gateway.requests)).toEqual([]);
    expect(w.s3.requestsFor('GetBucketVersioning')).toHaveLength(1);
    expect(w.gateway.requestsFor('GetDomainName').map((r) => r.path)).toEqual([
      '/domainnames/api.example.com',
    ]);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['added-count']).toBe('1');
    const plan = JSON.parse(result.outputs.plan ?? '{}');
    expect(plan.latest?.versionId).toBe(v1.versionId);
    expect(plan.primary?.versionId).toBe(v1.versionId);
    expect(plan.upToDate).toBe(false);
  });

  it('before the first deployment (no object yet) plans the whole truststore as added', async () => {
    const w = await world();
    w.gateway.addDomain('api.example.com', { truststoreUri: URI });
    const result = await run(w, 'plan', workspace([rootA, rootB]), ['api.example.com']);
    expect(result.exitCode, log(result)).toBe(0);
    expect(w.s3.requestsFor('GetObject').map((r) => [r.status, r.errorCode])).toEqual([[404, 'NoSuchKey']]);
    expect(writes(w.s3.requests)).toEqual([]);
    expect(writes(w.gateway.requests)).toEqual([]);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['added-count']).toBe('2');
    expect(JSON.parse(result.outputs.plan ?? '{}').latest).toBeUndefined();
  });

  it('a bucket with versioning Suspended fails with the command that enables it', async () => {
    const w = await world({}, 'Suspended');
    w.gateway.addDomain('api.example.com', { truststoreUri: URI });
    const result = await run(w, 'plan', workspace([rootA]), ['api.example.com']);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain(`bucket ${BUCKET} has versioning status Suspended`);
    expect(log(result)).toContain(
      `put-bucket-versioning --bucket ${BUCKET} --versioning-configuration Status=Enabled`,
    );
    expect(writes(w.s3.requests)).toEqual([]);
    expect(writes(w.gateway.requests)).toEqual([]);
  });
});
