/**
 * End to end, issue 19 item 2: API Gateway answers ConflictException to every UpdateDomainName while
 * GetDomainName says AVAILABLE. With wait-timeout-seconds 5 and the poll interval and spacing at 0,
 * the deploy used to retry until killed (23,525 calls in 40 s); now it ends after the budget with
 * aws-error, its outputs written and a bounded number of calls. A rollback through such a domain
 * ends too, and names it with the command to restore it. Runs the bundled action (dist/index.js)
 * under Node 24: run `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { FakeApiGateway, type FakeApiGatewayOptions } from '../support/fake-apigateway.js';
import { ApiError } from '../support/fake-apigateway-wire.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const BUCKET = 'example-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';
const BUSY = 'Unable to complete operation due to concurrent modification. Please try again later.';

let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
const servers: RunningServer[] = [];
let count = 0;
const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;

async function world(domains: string[], options: FakeApiGatewayOptions = {}) {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET, 'Enabled');
  const gateway = new FakeApiGateway({
    region: REGION,
    updatingPolls: 1,
    truststoreExists: (uri, version) =>
      uri === URI && s3.versions(BUCKET, KEY).some((v) => v.versionId === version),
    ...options,
  });
  const s3Server = await s3.start();
  const gatewayServer = await gateway.start();
  servers.push(s3Server, gatewayServer);
  const v1 = s3.putObject(BUCKET, KEY, rootA.pem, { contentType: 'application/x-pem-file' });
  for (const name of domains)
    gateway.addDomain(name, { truststoreUri: URI, truststoreVersion: v1.versionId });
  return { s3, gateway, v1, env: sdkEnvironment(s3Server.url, gatewayServer.url, REGION) };
}

function workspace(certs: TestCert[]): string {
  const dir = path.join(pki.dir, `workspace-${++count}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const cert of certs) writeFileSync(path.join(dir, 'ca', `${cert.name}.pem`), cert.pem);
  return dir;
}

function deploy(env: Record<string, string>, domains: string[]) {
  return runAction({
    workspace: workspace([rootA, rootB]),
    env,
    timeoutMs: 30_000,
    inputs: {
      mode: 'deploy',
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'domain-names': domains.join('\n'),
      'domain-update-interval-seconds': '0',
      'poll-interval-seconds': '0',
      'wait-timeout-seconds': '5',
      comment: 'never',
      'require-reviewed-plan': 'false',
    },
  });
}

beforeAll(() => {
  pki = TestPki.create('e2e-conflict-');
  rootA = pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
  rootB = pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  pki?.cleanup();
});

describe('ConflictException to every UpdateDomainName while the domain is AVAILABLE', () => {
  it('the deploy ends after wait-timeout-seconds with aws-error, its outputs written, the calls bounded', async () => {
    const w = await world(['api.example.com']);
    w.gateway.fail(
      'UpdateDomainName',
      { status: 409, code: 'ConflictException', message: BUSY },
      Number.POSITIVE_INFINITY,
    );
    const started = Date.now();
    const result = await deploy(w.env, ['api.example.com']);
    const wallMs = Date.now() - started;
    const updates = w.gateway.requestsFor('UpdateDomainName');
    const gets = w.gateway.requestsFor('GetDomainName');
    console.log(
      `conflict forever (wait-timeout 5 s, poll 0, spacing 0): ${updates.length} UpdateDomainName and ${gets.length} GetDomainName calls, the action ran ${wallMs} ms`,
    );
    expect(result.exitCode, log(result)).toBe(1);
    expect(wallMs).toBeLessThan(10_000);
    expect(updates.length).toBeGreaterThan(1);
    expect(updates.length).toBeLessThanOrEqual(20);
    expect(gets.length).toBeLessThanOrEqual(40);
    expect(updates.every((r) => r.status === 409)).toBe(true);
    expect(log(result)).toMatch(
      /UpdateDomainName for api\.example\.com \(truststore version \S+\) did not go through after \d+ attempts in [45] s: AWS answered ConflictException \d+ times, and GetDomainName said AVAILABLE: .*raise wait-timeout-seconds \(now 5\)/,
    );
    const v2 = w.s3.latest(BUCKET, KEY)?.versionId;
    expect(result.outputs).toMatchObject({
      'failure-reason': 'aws-error',
      'version-id': v2,
      'previous-version-id': w.v1.versionId,
      'deployed-domains': '[]',
    });
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(w.v1.versionId);
  });

  it('a rollback through such a domain ends, names it and gives the command to restore it by hand', async () => {
    // a moves to v2; b reports warnings on v2; rolling back, b goes back but a refuses every change.
    const w = await world(['a.example.com', 'b.example.com'], {
      warnings: (domain, version) =>
        domain === 'b.example.com' && version !== w.v1.versionId
          ? ['Certificate CN=Partner Root B is weak']
          : [],
    });
    w.gateway.before(
      'UpdateDomainName',
      (request) => {
        const value = JSON.parse(request.body.toString()).patchOperations?.[0]?.value;
        if (request.path === '/domainnames/a.example.com' && value === w.v1.versionId) {
          throw new ApiError(409, 'ConflictException', BUSY);
        }
      },
      { once: false },
    );
    const started = Date.now();
    const result = await deploy(w.env, ['a.example.com', 'b.example.com']);
    const wallMs = Date.now() - started;
    const refused = w.gateway.requestsFor('UpdateDomainName').filter((r) => r.status === 409);
    console.log(
      `rollback through a domain in conflict: ${refused.length} refused UpdateDomainName calls, the action ran ${wallMs} ms`,
    );
    expect(result.exitCode, log(result)).toBe(1);
    expect(wallMs).toBeLessThan(12_000);
    expect(refused.length).toBeLessThanOrEqual(20);
    expect(result.outputs['failure-reason']).toBe('warnings');
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual(['a.example.com']);
    expect(log(result)).toContain('rollback FAILED for a.example.com');
    expect(log(result)).toMatch(/::warning[^\n]*rollback of a\.example\.com to version \S+ failed: /);
    expect(log(result)).toContain(
      `restore it by hand once nothing else is changing it: aws apigateway update-domain-name --region ${REGION} --domain-name a.example.com --patch-operations op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=${w.v1.versionId}`,
    );
    expect(w.gateway.domain('b.example.com').mtls?.truststoreVersion).toBe(w.v1.versionId);
  });
});
