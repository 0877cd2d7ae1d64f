/**
 * Deploy and rollback against a domain that answers ConflictException to every UpdateDomainName
 * while GetDomainName says AVAILABLE (issue 19, item 2): the deploy ends after wait-timeout-seconds
 * per domain, and a domain that could not be rolled back is named with the command to restore it.
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
const warnings: string[] = [];

beforeAll(() => {
  cas = makeCas('domain-deadlines');
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  logs.length = 0;
  warnings.length = 0;
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
  warn: (m: string) => warnings.push(m),
  onPlan: outputs.onPlan,
});
const deploy = (desired: Truststore, overrides: Partial<Settings> = {}) =>
  outputs.track(runDeployMode(settingsFor(aws.uri, overrides), validationOf(desired), deps()));
const failure = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as DeploymentError);
const pinned = () => Object.fromEntries([...aws.domains].map(([n, d]) => [n, d.truststoreVersion]));
const conflict = () => gatewayError('ConflictException', 409, 'Domain is being updated');
const updates = (name: string, version: string) =>
  aws.writes.filter(
    (w) =>
      w.call === 'UpdateDomainName' &&
      w.input.domainName === name &&
      (w.input.patchOperations as { value?: string }[])[0]?.value === version,
  );

/** v1 live with A+B, the given domains pinned to it; the desired truststore is A+C. */
function liveWithDomains(names: string[]) {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
  for (const n of names) aws.addDomain(n, { truststoreVersion: 'v1' });
  return truststoreOf(cas.rootA, cas.rootC);
}

describe('a domain that answers ConflictException forever while AVAILABLE', () => {
  it('ends the deploy after wait-timeout-seconds with aws-error, a bounded number of calls, and the outputs', async () => {
    const desired = liveWithDomains(['a.example.com', 'b.example.com']);
    aws.onUpdate = (name) => {
      if (name === 'a.example.com') throw conflict();
    };
    const started = clock.now();
    const error = await failure(
      deploy(desired, {
        domainNames: ['a.example.com', 'b.example.com'],
        waitTimeoutSeconds: 120,
      }),
    );
    expect(error).toBeInstanceOf(DeploymentError);
    expect(failureReasonOf(error)).toBe('aws-error');
    expect(error?.message).toMatch(
      /UpdateDomainName for a\.example\.com \(truststore version v2\) did not go through after 4 attempts in 100 s: AWS answered ConflictException \d+ times, and GetDomainName said AVAILABLE/,
    );
    expect(error?.message).toContain('Deploy stopped at a.example.com (failed)');
    // At 0, 30, 60 and 100 s (backoff from the 10 s poll interval, behind the 30 s spacing): a fifth
    // call could not be spaced 30 s after the fourth within the 120 s budget.
    const calls = updates('a.example.com', 'v2').map(
      (w) => w.at - (updates('a.example.com', 'v2')[0]?.at ?? 0),
    );
    expect(calls).toEqual([0, 30_000, 60_000, 100_000]);
    expect(calls.length).toBeLessThanOrEqual(120 / 30 + 2);
    expect(clock.now() - started).toBeLessThanOrEqual(120_000 + 1_000);
    expect(error?.deployment).toMatchObject({
      deployedDomains: [],
      untouchedDomains: ['b.example.com'],
      failed: { domainName: 'a.example.com' },
    });
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v1' });
    expect(outputs.read()).toMatchObject({
      'version-id': 'v2',
      'previous-version-id': 'v1',
      'deployed-domains': '[]',
    });
  });
});

describe('a rollback whose domain answers ConflictException forever', () => {
  it('ends, names the domain with the command to restore it, and the next domain gets a budget of its own', async () => {
    const three = ['a.example.com', 'b.example.com', 'c.example.com'];
    const desired = liveWithDomains(three);
    const v2 = new TextDecoder().decode(bytesOf(desired));
    // a and b move to v2; c reports warnings on it; b then refuses every change back to v1.
    aws.warningsFor = (bytes, name) =>
      name === 'c.example.com' && new TextDecoder().decode(bytes) === v2 ? ['Certificate C is weak'] : [];
    aws.onUpdate = (name, version) => {
      if (name === 'b.example.com' && version === 'v1') throw conflict();
    };
    const error = await failure(deploy(desired, { domainNames: three, waitTimeoutSeconds: 120 }));
    expect(failureReasonOf(error)).toBe('warnings');
    expect(error?.message).toMatch(
      /Rolled back to their previous versions: c\.example\.com, a\.example\.com; rollback FAILED for b\.example\.com \(still on v2\)/,
    );
    expect(error?.deployment).toMatchObject({
      rolledBackDomains: ['c.example.com', 'a.example.com'],
      rollbackFailedDomains: ['b.example.com'],
      deployedDomains: ['b.example.com'],
    });
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v2', 'c.example.com': 'v1' });

    const back = warnings.filter((w) => w.startsWith('rollback of b.example.com'));
    expect(back).toHaveLength(1);
    expect(back[0]).toContain(
      'rollback of b.example.com to version v1 failed: UpdateDomainName for b.example.com',
    );
    expect(back[0]).toContain('AWS answered ConflictException');
    expect(back[0]).toContain(
      'b.example.com stays on version v2; restore it by hand once nothing else is changing it: aws apigateway update-domain-name --region eu-west-1 --domain-name b.example.com --patch-operations op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=v1',
    );

    // b's rollback was bounded by its own 120 s; a's started afterwards with a fresh budget and went through.
    const bBack = updates('b.example.com', 'v1').map((w) => w.at);
    expect(bBack.length).toBeLessThanOrEqual(120 / 30 + 2);
    expect(bBack.at(-1)! - bBack[0]!).toBeLessThanOrEqual(120_000);
    const aBack = updates('a.example.com', 'v1').map((w) => w.at);
    expect(aBack).toHaveLength(1);
    expect(aBack[0]! - bBack[0]!).toBeGreaterThan(120_000);
    expect(outputs.read()).toMatchObject({
      'previous-version-id': 'v1',
      'deployed-domains': '["b.example.com"]',
    });
  });

  it('a domain that had no version before the run is named with the command, the version left to fill in', async () => {
    // c had no pinned version and there was no object before: nothing to roll it back to.
    const desired = truststoreOf(cas.rootA, cas.rootC);
    aws.addDomain('c.example.com', { truststoreVersion: undefined });
    aws.warningsFor = () => ['Certificate C is weak'];
    const error = await failure(deploy(desired, { domainNames: ['c.example.com'] }));
    expect(failureReasonOf(error)).toBe('warnings');
    expect(error?.deployment.rollbackFailedDomains).toEqual(['c.example.com']);
    expect(warnings).toContainEqual(
      expect.stringContaining(
        "rollback of c.example.com was not possible: no version before this run is known. c.example.com stays on version v1; restore it by hand once nothing else is changing it: aws apigateway update-domain-name --region eu-west-1 --domain-name c.example.com --patch-operations 'op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=<version-id>'",
      ),
    );
  });
});
