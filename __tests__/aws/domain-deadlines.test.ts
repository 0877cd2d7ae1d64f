/**
 * Every UpdateDomainName retry has a deadline (issue 19, item 2): a domain that answers
 * ConflictException forever while GetDomainName says AVAILABLE, throttling forever, or a 5xx
 * forever ends the pin after the per-domain budget (wait-timeout-seconds), with a bounded number
 * of calls, spaced, and a message that says what AWS answered and what to do.
 */
import { GetDomainNameCommand, UpdateDomainNameCommand } from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsError } from '../../src/aws/errors.js';
import { failureReasonOf } from '../../src/settings/errors.js';
import {
  DomainGateway,
  type DomainGatewayOptions,
  PinWaitError,
} from '../../src/targets/api-gateway/domains.js';
import { restoreCommand } from '../../src/targets/api-gateway/shell.js';
import { FakeAws, FakeClock, gatewayError } from './support.js';

let clock: FakeClock;
let aws: FakeAws;
const logs: string[] = [];

function gateway(options: Partial<DomainGatewayOptions> = {}) {
  return new DomainGateway(aws.clients().apiGateway, {
    region: 'eu-west-1',
    clock,
    updateIntervalMs: 30_000,
    pollIntervalMs: 10_000,
    timeoutMs: 300_000,
    log: (m) => logs.push(m),
    ...options,
  });
}

const conflict = () => gatewayError('ConflictException', 409, 'Domain is being updated');
const throttled = () => gatewayError('TooManyRequestsException', 429, 'Too Many Requests');
const outage = () => gatewayError('ServiceUnavailableException', 503, 'Service Unavailable');

/** Every UpdateDomainName gets `error()`, however many there are. */
function refuseEveryUpdate(error: () => unknown) {
  aws.onUpdate = () => {
    throw error();
  };
}

/** The pin's failure, with how far the clock moved and the UpdateDomainName times relative to the first. */
async function failedPin(options: Partial<DomainGatewayOptions> = {}) {
  const t0 = clock.now();
  const error = await gateway(options)
    .pinVersion('api.example.com', 'v2')
    .then(() => undefined)
    .catch((e: unknown) => e as AwsError);
  const at = aws.writes.filter((w) => w.call === 'UpdateDomainName').map((w) => w.at - t0);
  return { error, elapsed: clock.now() - t0, at, gaps: at.slice(1).map((t, i) => t - (at[i] as number)) };
}

beforeEach(() => {
  clock = new FakeClock();
  aws = new FakeAws(clock);
  aws.addVersion(new TextEncoder().encode('v1 bytes'));
  aws.addVersion(new TextEncoder().encode('v2 bytes'));
  aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
  logs.length = 0;
});
afterEach(() => aws.reset());

describe('ConflictException forever while the domain says AVAILABLE', () => {
  it('gives up after the budget, with a bounded number of spaced calls, naming what AWS answered and the fix', async () => {
    refuseEveryUpdate(conflict);
    const { error, elapsed, at, gaps } = await failedPin();
    expect(error).toBeInstanceOf(AwsError);
    expect(error?.code).toBe('DomainUpdateDeadline');
    expect(failureReasonOf(error)).toBe('aws-error');
    // 0, 30, 60, 100, 180 (backoff 10, 20, 40, 80 s behind the 30 s spacing), then the last at the deadline.
    expect(at).toEqual([0, 30_000, 60_000, 100_000, 180_000, 300_000]);
    expect(at.length).toBeLessThanOrEqual(300_000 / 30_000 + 2);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30_000);
    expect(elapsed).toBe(300_000);
    expect(error?.message).toBe(
      'UpdateDomainName for api.example.com (truststore version v2) did not go through after 6 attempts in 300 s: AWS answered ConflictException 6 times, and GetDomainName said AVAILABLE: another change to the domain is still being applied (or API Gateway has not finished one it reports as done): wait until it finishes (aws apigateway get-domain-name --domain-name api.example.com), then re-run the job, or raise wait-timeout-seconds (now 300).',
    );
    // One GetDomainName per conflict (the domain is AVAILABLE at once): no spinning there either.
    expect(aws.apiGateway.commandCalls(GetDomainNameCommand)).toHaveLength(6);
  });

  it('with the issue settings (5 s budget, poll and spacing 0) stays bounded: at least 50 ms apart, backing off', async () => {
    refuseEveryUpdate(conflict);
    const { error, elapsed, at, gaps } = await failedPin({
      timeoutMs: 5_000,
      updateIntervalMs: 0,
      pollIntervalMs: 0,
    });
    expect(error?.code).toBe('DomainUpdateDeadline');
    expect(at).toEqual([0, 50, 150, 350, 750, 1_550, 3_150, 5_000]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
    expect(elapsed).toBe(5_000);
    expect(error?.message).toMatch(
      /api\.example\.com .* after 8 attempts in 5 s: AWS answered ConflictException 8 times, and GetDomainName said AVAILABLE: .*raise wait-timeout-seconds \(now 5\)/,
    );
    console.log(`conflict forever, 5 s budget, poll 0: ${at.length} UpdateDomainName calls in ${elapsed} ms`);
  });

  it('with a zero budget (wait-timeout-seconds 0) makes one attempt', async () => {
    refuseEveryUpdate(conflict);
    const { error, at } = await failedPin({ timeoutMs: 0 });
    expect(error?.code).toBe('DomainUpdateDeadline');
    expect(at).toEqual([0]);
  });

  it('gives up at the deadline when the domain stays UPDATING after a conflict', async () => {
    Object.assign(aws.domains.get('api.example.com')!, { status: 'UPDATING', updatingPolls: 1_000_000 });
    refuseEveryUpdate(conflict);
    const { error, elapsed, at } = await failedPin({ timeoutMs: 60_000 });
    expect(error?.code).toBe('DomainUpdateDeadline');
    expect(error?.message).toMatch(
      /after 1 attempt in 60 s: AWS answered ConflictException, and GetDomainName never said AVAILABLE again: another change/,
    );
    expect(at).toEqual([0]);
    expect(elapsed).toBe(60_000);
  });

  it('stops retrying when an earlier attempt went through (the domain reports the version after the wait)', async () => {
    let calls = 0;
    aws.onUpdate = (name, version) => {
      calls++;
      const d = aws.domains.get(name)!;
      if (calls === 1) {
        // Applied, but the answer was lost in a 503.
        Object.assign(d, { truststoreVersion: version, status: 'UPDATING', updatingPolls: 2 });
        throw outage();
      }
      throw conflict();
    };
    const after = await gateway().pinVersion('api.example.com', 'v2');
    expect(after).toMatchObject({ status: 'AVAILABLE', truststoreVersion: 'v2' });
    expect(aws.count('UpdateDomainName')).toBe(2);
  });
});

describe('throttling forever', () => {
  it('gives up within the budget with a bounded number of calls', async () => {
    refuseEveryUpdate(throttled);
    const { error, elapsed, at, gaps } = await failedPin();
    expect(error?.code).toBe('TooManyRequestsException');
    expect(failureReasonOf(error)).toBe('aws-error');
    expect(error?.message).toMatch(
      /UpdateDomainName for api\.example\.com was still throttled after 4 attempts in 300 s: .*re-run later or raise wait-timeout-seconds/,
    );
    // 0, +30, +60, +120 s: the next wait (240 s) would pass the deadline.
    expect(at).toEqual([0, 30_000, 90_000, 210_000]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30_000);
    expect(elapsed).toBeLessThanOrEqual(300_000);
  });

  it('stays bounded with the spacing at 0 (backoff from 1 s)', async () => {
    refuseEveryUpdate(throttled);
    const { error, at, elapsed } = await failedPin({
      timeoutMs: 5_000,
      updateIntervalMs: 0,
      pollIntervalMs: 0,
    });
    expect(error?.code).toBe('TooManyRequestsException');
    expect(at).toEqual([0, 1_000, 3_000]);
    expect(elapsed).toBeLessThanOrEqual(5_000);
  });
});

describe('a server-side error (5xx) forever', () => {
  it('is retried within the budget, bounded, and the domain read back (the update may have gone through)', async () => {
    refuseEveryUpdate(outage);
    const { error, elapsed, at, gaps } = await failedPin();
    expect(error).toBeInstanceOf(PinWaitError);
    expect(error?.code).toBe('DomainUpdateDeadline');
    expect(failureReasonOf(error)).toBe('aws-error');
    expect(at.length).toBeLessThanOrEqual(300_000 / 30_000 + 2);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30_000);
    expect(elapsed).toBe(300_000);
    expect(error?.message).toMatch(
      /did not go through after \d+ attempts in 300 s: AWS answered ServiceUnavailableException \(HTTP 503\) \d+ times: an AWS-side problem: re-run the job later, or raise wait-timeout-seconds \(now 300\)\. Read back after UpdateDomainName: it reports truststore version v1, not v2 \(status AVAILABLE\)\./,
    );
    expect((error as PinWaitError).after?.truststoreVersion).toBe('v1');
  });

  it('reads the domain back also when throttling ends a run that had a 5xx', async () => {
    aws.fail('UpdateDomainName', outage());
    aws.onUpdate = () => {
      throw throttled();
    };
    const { error, at } = await failedPin({ timeoutMs: 100_000 });
    expect(error).toBeInstanceOf(PinWaitError);
    expect(error?.code).toBe('TooManyRequestsException');
    expect(error?.message).toMatch(
      /was still throttled after 3 attempts in 100 s: .*Read back after UpdateDomainName: it reports truststore version v1, not v2/,
    );
    expect(at).toEqual([0, 30_000, 90_000]);
  });

  it('a 5xx that passes goes through on the next attempt', async () => {
    aws.fail('UpdateDomainName', outage());
    const after = await gateway().pinVersion('api.example.com', 'v2');
    expect(after.truststoreVersion).toBe('v2');
    expect(aws.apiGateway.commandCalls(UpdateDomainNameCommand)).toHaveLength(2);
  });
});

describe('the per-domain budget', () => {
  it('starts with the domain first call: waiting out the spacing left by the previous domain is not its time', async () => {
    aws.addDomain('b.example.com', { truststoreVersion: 'v1' });
    const g = gateway({ timeoutMs: 10_000, pollIntervalMs: 1_000 });
    await g.pinVersion('api.example.com', 'v2');
    // About 28 s of spacing before b's call, more than b's 10 s budget: b is pinned all the same.
    expect((await g.pinVersion('b.example.com', 'v2')).truststoreVersion).toBe('v2');
  });
});

describe('the command to restore a domain by hand', () => {
  it('is the AWS CLI call with the region, ready to paste (a wildcard domain is quoted)', () => {
    expect(restoreCommand('eu-west-1', 'api.example.com', 'v1')).toBe(
      'aws apigateway update-domain-name --region eu-west-1 --domain-name api.example.com --patch-operations op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=v1',
    );
    expect(restoreCommand('eu-west-1', '*.example.com', "it's")).toBe(
      "aws apigateway update-domain-name --region eu-west-1 --domain-name '*.example.com' --patch-operations 'op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=it'\\''s'",
    );
  });
});
