/**
 * End to end: deploy faults on the S3 wire, with the bundled action under Node 24. A lost response
 * to the action's own PutObject, the object deleted between the plan and the upload, and an S3
 * endpoint that does not answer each get a message that says what happened and what to do.
 * Run `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const BUCKET = 'example-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';

let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
const servers: RunningServer[] = [];
let count = 0;
const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;

async function world(updatingPolls = 1) {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET, 'Enabled');
  const gateway = new FakeApiGateway({
    region: REGION,
    updatingPolls,
    truststoreExists: (uri, version) =>
      uri === URI && s3.versions(BUCKET, KEY).some((v) => v.versionId === version),
  });
  const s3Server = await s3.start();
  const gatewayServer = await gateway.start();
  servers.push(s3Server, gatewayServer);
  const v1 = s3.putObject(BUCKET, KEY, rootA.pem, { contentType: 'application/x-pem-file' });
  gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: v1.versionId });
  return { s3, gateway, v1, env: sdkEnvironment(s3Server.url, gatewayServer.url, REGION) };
}

function workspace(certs: TestCert[]): string {
  const dir = path.join(pki.dir, `workspace-${++count}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const cert of certs) writeFileSync(path.join(dir, 'ca', `${cert.name}.pem`), cert.pem);
  return dir;
}

function deploy(env: Record<string, string>, certs: TestCert[], extra: Record<string, string> = {}) {
  return runAction({
    workspace: workspace(certs),
    env,
    inputs: {
      mode: 'deploy',
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'domain-names': 'api.example.com',
      'domain-update-interval-seconds': '0',
      'poll-interval-seconds': '0',
      'wait-timeout-seconds': '20',
      comment: 'never',
      // About the S3 wire, not the review: the contract has its own tests (contract.e2e).
      'require-reviewed-plan': 'false',
      ...extra,
    },
  });
}

beforeAll(() => {
  pki = TestPki.create('e2e-faults-');
  rootA = pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
  rootB = pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  pki?.cleanup();
});

describe('deploy faults on the S3 wire', () => {
  it('a lost response to its own PutObject: the retry gets 412, the live bytes are its own, the deploy goes on', async () => {
    const w = await world();
    w.s3.loseResponse('PutObject');
    const result = await deploy(w.env, [rootA, rootB]);
    expect(result.exitCode, log(result)).toBe(0);
    const puts = w.s3.requestsFor('PutObject');
    expect(puts.map((r) => [r.status, r.errorCode, r.headers['if-match']])).toEqual([
      [200, 'ResponseLost', w.v1.etag],
      [412, 'PreconditionFailed', w.v1.etag],
    ]);
    const versions = w.s3.versions(BUCKET, KEY);
    expect(versions).toHaveLength(2);
    expect(result.stdout).toContain('the response to our own PutObject was lost');
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(versions[1]?.versionId);
    expect(result.outputs['version-id']).toBe(versions[1]?.versionId);
    expect(result.outputs['failure-reason'] ?? '').toBe('');
  });

  it('the object deleted since the plan: named as such, nothing written, no domain touched', async () => {
    const w = await world();
    w.s3.before('PutObject', () => {
      w.s3.deleteObject(BUCKET, KEY);
    });
    const result = await deploy(w.env, [rootA, rootB]);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain(`${URI} was deleted since the plan`);
    expect(log(result)).toContain('re-run the job');
    expect(log(result)).not.toContain('S3 refused');
    expect(result.outputs['failure-reason']).toBe('conflict');
    expect(w.s3.requestsFor('PutObject').map((r) => [r.status, r.errorCode])).toEqual([[404, 'NoSuchKey']]);
    expect(w.gateway.requestsFor('UpdateDomainName')).toEqual([]);
  });

  it('an S3 endpoint that does not answer: "could not reach S3 at" the address, with what to check', async () => {
    const w = await world();
    // A port that was just free: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await deploy({ ...w.env, AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}` }, [
      rootA,
      rootB,
    ]);
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain(`could not reach S3 at 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(log(result)).toContain('check the network, region and endpoint');
    expect(log(result)).not.toContain('S3 refused');
    expect(result.outputs['failure-reason']).toBe('aws-error');
    expect(w.gateway.requestsFor('UpdateDomainName')).toEqual([]);
  });

  it('a domain still UPDATING when the wait times out is read back and reported as moved, not untouched', async () => {
    const w = await world(1_000_000);
    const result = await deploy(w.env, [rootA, rootB], { 'wait-timeout-seconds': '1' });
    expect(result.exitCode).toBe(1);
    const v2 = w.s3.latest(BUCKET, KEY)?.versionId;
    expect(log(result)).toContain(`it IS pinned to version ${v2} now (status UPDATING)`);
    expect(log(result)).toContain(`rollback FAILED for api.example.com (still on ${v2})`);
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual(['api.example.com']);
    expect(result.outputs['failure-reason']).toBe('aws-error');
  });
});
