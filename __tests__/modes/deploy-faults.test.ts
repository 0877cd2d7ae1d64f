/**
 * Deploy faults that used to be misreported: a domain whose update went through although the wait
 * after it failed, and a lost response to the action's own PutObject.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeploymentError, runDeployMode } from '../../src/pipeline/deploy.js';
import type { Truststore } from '../../src/pki/model.js';
import { failureReasonOf } from '../../src/settings/errors.js';
import type { Settings } from '../../src/settings/settings.js';
import { bytesOf, type Cas, makeCas, settingsFor, truststoreOf, validationOf } from '../aws/fixtures.js';
import { FakeAws, FakeClock, gatewayError } from '../aws/support.js';
import { RunCapture } from './helpers.js';

let cas: Cas;
let clock: FakeClock;
let aws: FakeAws;
const outputs = new RunCapture();
const logs: string[] = [];

beforeAll(() => {
  cas = makeCas('deploy-faults');
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  logs.length = 0;
  outputs.start();
});
afterEach(() => {
  aws.reset();
  outputs.stop();
});

const deps = () => ({
  clients: () => aws.clients(),
  clock,
  log: (m: string) => logs.push(m),
  onPlan: outputs.onPlan,
});
const deploy = (desired: Truststore, overrides: Partial<Settings> = {}) =>
  outputs.track(runDeployMode(settingsFor(aws.uri, overrides), validationOf(desired), deps()));
const failure = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as DeploymentError);
const pinned = () => Object.fromEntries([...aws.domains].map(([n, d]) => [n, d.truststoreVersion]));
const outage = () => gatewayError('ServiceUnavailableException', 503, 'Service Unavailable');

/** v1 live with A+B, the given domains pinned to it; the desired truststore is A+C. */
function liveWithDomains(names: string[]) {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
  for (const n of names) aws.addDomain(n, { truststoreVersion: 'v1' });
  return truststoreOf(cas.rootA, cas.rootC);
}

describe('a domain whose wait failed after UpdateDomainName went through', () => {
  it('is read back, counted as moved (pinned but not AVAILABLE) and rolled back, not left untouched', async () => {
    const desired = liveWithDomains(['a.example.com', 'b.example.com']);
    aws.onUpdate = (name) => {
      if (name === 'a.example.com') aws.fail('GetDomainName', outage());
    };
    const error = await failure(deploy(desired, { domainNames: ['a.example.com', 'b.example.com'] }));
    expect(error).toBeInstanceOf(DeploymentError);
    expect(error?.message).toContain('Read back after UpdateDomainName: it IS pinned to version v2 now');
    expect(error?.message).toContain('Deploy stopped at a.example.com (pinned to v2, but not AVAILABLE)');
    // It moved, so it is rolled back with the rest: a deploy never leaves the targets split.
    expect(error?.message).toContain(
      'Rolled back to their previous versions: a.example.com; not moved: b.example.com',
    );
    expect(error?.deployment.deployedDomains).toEqual([]);
    expect(error?.deployment.rolledBackDomains).toEqual(['a.example.com']);
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v1' });
    expect(outputs.read()['deployed-domains']).toBe('[]');
    expect(failureReasonOf(error)).toBe('aws-error');
  });

  it('is rolled back with the others when the read-back shows truststore warnings', async () => {
    const names = ['a.example.com', 'b.example.com', 'c.example.com'];
    const desired = liveWithDomains(names);
    aws.warningsFor = (bytes, domain) =>
      domain === 'b.example.com' && bytes.length === bytesOf(desired).length ? ['Certificate C is weak'] : [];
    aws.domains.get('b.example.com')!.pollsAfterUpdate = 1;
    aws.onUpdate = (name, version) => {
      if (name === 'b.example.com' && version === 'v2') aws.fail('GetDomainName', outage());
    };
    const error = await failure(deploy(desired, { domainNames: names }));
    expect(error?.message).toContain('API Gateway reported truststore warnings for b.example.com');
    expect(error?.deployment.rolledBackDomains).toEqual(['b.example.com', 'a.example.com']);
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v1', 'c.example.com': 'v1' });
    expect(failureReasonOf(error)).toBe('warnings');
  });

  it('says the pin is unknown when even the read-back fails', async () => {
    const desired = liveWithDomains(['a.example.com']);
    aws.onUpdate = () => aws.fail('GetDomainName', outage(), outage(), outage());
    const error = await failure(deploy(desired, { domainNames: ['a.example.com'] }));
    expect(error?.message).toContain('its pin is unknown; check it with aws apigateway get-domain-name');
    expect(error?.deployment.deployedDomains).toEqual([]);
  });
});

describe('a 412 on the action own upload', () => {
  it('continues with the version that holds exactly its bytes (the response to its PutObject was lost)', async () => {
    const desired = liveWithDomains(['a.example.com']);
    // The first attempt wrote; the SDK's retry of the same conditional PutObject then gets 412.
    aws.onPut = () => {
      aws.onPut = undefined;
      aws.addVersion(bytesOf(desired));
    };
    const { deployment } = await deploy(desired, { domainNames: ['a.example.com'] });
    expect(deployment.versionId).toBe('v2');
    expect(aws.versions).toHaveLength(2);
    expect(pinned()).toEqual({ 'a.example.com': 'v2' });
    expect(logs.join('\n')).toContain(
      'the response to our own PutObject was lost; continuing with version v2',
    );
  });

  it('still refuses when the version that won holds other bytes', async () => {
    const desired = liveWithDomains(['a.example.com']);
    aws.onPut = () => {
      aws.onPut = undefined;
      aws.addVersion(bytesOf(truststoreOf(cas.rootB)));
    };
    const error = await failure(deploy(desired, { domainNames: ['a.example.com'] }));
    expect(error?.message).toContain('the live truststore changed since this plan');
    expect(failureReasonOf(error)).toBe('conflict');
    expect(pinned()).toEqual({ 'a.example.com': 'v1' });
  });
});
