/**
 * Every state a custom domain name can be in, as deploy sees it: it refuses FAILED, PENDING_* and
 * enhanced security policies before it writes anything, so the live truststore never moves
 * ahead of domains that cannot follow.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDeployMode } from '../../src/pipeline/deploy.js';
import { bytesOf, type Cas, makeCas, settingsFor, truststoreOf, validationOf } from '../aws/fixtures.js';
import { FakeAws, FakeClock } from '../aws/support.js';
import { RunCapture } from './helpers.js';

let cas: Cas;
let clock: FakeClock;
let aws: FakeAws;
const outputs = new RunCapture();

beforeAll(() => {
  cas = makeCas('domain-states');
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  outputs.start();
});
afterEach(() => {
  aws.reset();
  outputs.stop();
});

const deps = () => ({ clients: () => aws.clients(), clock, log: () => {} });
const names = ['a.example.com', 'b.example.com'];

function deployWith(b: Record<string, unknown>) {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
  aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
  aws.addDomain('b.example.com', { truststoreVersion: 'v1', ...b });
  return runDeployMode(
    settingsFor(aws.uri, { domainNames: names }),
    validationOf(truststoreOf(cas.rootA, cas.rootB)),
    deps(),
  ).catch((e: Error) => e);
}

describe('deploy and the state of each domain', () => {
  it.each(['FAILED', 'PENDING_CERTIFICATE_REIMPORT', 'PENDING_OWNERSHIP_VERIFICATION'])(
    'refuses a %s domain before uploading or touching any domain',
    async (status) => {
      const error = await deployWith({ status });
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(new RegExp(`b.example.com is ${status}.*AVAILABLE`));
      expect(aws.writes).toEqual([]);
    },
  );

  it('refuses a domain with an enhanced security policy before writing anything', async () => {
    const error = await deployWith({ securityPolicy: 'SecurityPolicy_TLS12_PFS_2025_EDGE' });
    expect((error as Error).message).toMatch(
      /b\.example\.com uses the enhanced security policy SecurityPolicy_TLS12_PFS_2025_EDGE, which API Gateway does not allow with mutual TLS/,
    );
    expect(aws.writes).toEqual([]);
  });

  it('rolls domains on the legacy TLS_1_0 and TLS_1_2 policies', async () => {
    const result = await deployWith({ securityPolicy: 'TLS_1_0' });
    expect(result).not.toBeInstanceOf(Error);
    expect(aws.count('UpdateDomainName')).toBe(2);
  });
});
