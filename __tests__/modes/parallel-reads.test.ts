/**
 * Plan reads the bucket, the latest object, every domain and every pinned version concurrently,
 * at most 8 calls at a time, through the real SDK clients against the local S3 and API Gateway
 * servers (which count the calls they hold open). The figures for time are in
 * scripts/bench-plan.mjs, not here.
 */
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_CONCURRENCY } from '../../src/aws/parallel.js';
import { runPlanMode } from '../../src/pipeline/plan.js';
import { bytesOf, type Cas, makeCas, settingsFor, truststoreOf, validationOf } from '../aws/fixtures.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, TEST_CREDENTIALS } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { RunCapture } from './helpers.js';

const BUCKET = 'parallel-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
let cas: Cas;
let s3: FakeS3;
let gateway: FakeApiGateway;
const servers: RunningServer[] = [];
const outputs = new RunCapture();
const names = Array.from({ length: 20 }, (_, i) => `api-${i + 1}.example.com`);

beforeAll(async () => {
  cas = makeCas('parallel-reads');
  s3 = new FakeS3();
  s3.createBucket(BUCKET);
  const old = s3.putObject(BUCKET, KEY, Buffer.from(bytesOf(truststoreOf(cas.rootA))));
  const live = s3.putObject(BUCKET, KEY, Buffer.from(bytesOf(truststoreOf(cas.rootA, cas.rootB))));
  gateway = new FakeApiGateway();
  // Three domains still on the older version: their version is read by id after the domains.
  for (const [i, name] of names.entries()) {
    gateway.addDomain(name, { truststoreUri: URI, truststoreVersion: (i < 3 ? old : live).versionId });
  }
  gateway.pacing = s3.pacing;
  s3.pacing.latencyMs = 40;
  servers.push(await s3.start(), await gateway.start());
  outputs.start();
});

afterAll(async () => {
  outputs.stop();
  for (const server of servers) await server.close();
  cas.pki.cleanup();
});

describe('plan reads in parallel', () => {
  it(`keeps at most ${READ_CONCURRENCY} AWS reads in flight, and more than one`, async () => {
    const [s3Url, gatewayUrl] = servers.map((s) => s.url);
    const clients = (region: string) => ({
      s3: new S3Client({ region, endpoint: s3Url, forcePathStyle: true, credentials: TEST_CREDENTIALS }),
      apiGateway: new APIGatewayClient({ region, endpoint: gatewayUrl, credentials: TEST_CREDENTIALS }),
    });
    const plan = await runPlanMode(
      settingsFor(URI, { domainNames: names }),
      validationOf(truststoreOf(cas.rootA, cas.rootC)),
      { clients, log: () => {} },
    );
    expect(plan.domains).toHaveLength(20);
    expect(plan.pinnedDiffs.map((d) => d.domains.length)).toEqual([17, 3]);
    // 1 versioning check + 1 latest object + 20 domains + 1 older pinned version.
    expect(s3.requests.length + gateway.requests.length).toBe(23);
    expect(s3.pacing.maxInFlight).toBe(READ_CONCURRENCY);
  });
});
