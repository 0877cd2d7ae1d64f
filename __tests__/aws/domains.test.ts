import { UpdateDomainNameCommand } from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainGateway, type DomainGatewayOptions } from '../../src/targets/api-gateway/domains.js';
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
    timeoutMs: 900_000,
    log: (m) => logs.push(m),
    ...options,
  });
}

beforeEach(() => {
  clock = new FakeClock();
  aws = new FakeAws(clock);
  aws.addVersion(new TextEncoder().encode('v1 bytes'));
  aws.addVersion(new TextEncoder().encode('v2 bytes'));
  logs.length = 0;
});
afterEach(() => aws.reset());

describe('reading a domain', () => {
  it('reports status, the pinned version, the truststore URI, the security policy and current warnings', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    aws.warningsFor = () => ['Certificate CN=Old Root is expired'];
    expect(await gateway().describe('api.example.com')).toEqual({
      domainName: 'api.example.com',
      status: 'AVAILABLE',
      mtlsEnabled: true,
      truststoreUri: aws.uri,
      truststoreVersion: 'v1',
      warnings: ['Certificate CN=Old Root is expired'],
      endpointTypes: ['REGIONAL'],
      securityPolicy: 'TLS_1_2',
    });
  });

  it('reports a domain without mutual TLS', async () => {
    aws.addDomain('edge.example.com', { truststoreUri: undefined, endpointType: 'EDGE' });
    expect(await gateway().describe('edge.example.com')).toMatchObject({
      mtlsEnabled: false,
      endpointTypes: ['EDGE'],
    });
  });

  it('names the domain, the region and the inputs to check when the domain does not exist', async () => {
    await expect(gateway().describe('nope.example.com')).rejects.toThrow(
      /custom domain name nope.example.com does not exist in eu-west-1: check domain-names and aws-region/,
    );
  });

  it('names apigateway:GET on the domain ARN when access is denied', async () => {
    aws.fail(
      'GetDomainName',
      gatewayError(
        'AccessDeniedException',
        403,
        'User: arn:aws:sts::1:assumed-role/ci is not authorized to perform: apigateway:GET',
      ),
    );
    aws.addDomain('api.example.com');
    await expect(gateway().describe('api.example.com')).rejects.toThrow(
      /access denied: apigateway:GET on arn:aws:apigateway:eu-west-1::\/domainnames\/api.example.com is needed/,
    );
  });

  it('says the credentials expired when API Gateway rejects the session token', async () => {
    aws.fail(
      'GetDomainName',
      gatewayError(
        'UnrecognizedClientException',
        403,
        'The security token included in the request is expired',
      ),
    );
    await expect(gateway().describe('api.example.com')).rejects.toThrow(/the AWS credentials have expired/);
  });

  it('reports a 5xx that survived the SDK retries as an AWS-side problem', async () => {
    aws.fail('GetDomainName', gatewayError('ServiceUnavailableException', 503, 'Service Unavailable'));
    await expect(gateway().describe('api.example.com')).rejects.toThrow(
      /API Gateway failed to read the custom domain name for api.example.com \(ServiceUnavailableException, HTTP 503\) after 3 attempts/,
    );
  });
});

describe('pinning a version', () => {
  it('replaces /mutualTlsAuthentication/truststoreVersion and waits until the domain is AVAILABLE on it', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    const after = await gateway().pinVersion('api.example.com', 'v2');
    expect(after).toMatchObject({ status: 'AVAILABLE', truststoreVersion: 'v2', warnings: [] });
    expect(aws.apiGateway.commandCalls(UpdateDomainNameCommand)[0]?.args[0].input).toEqual({
      domainName: 'api.example.com',
      patchOperations: [{ op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: 'v2' }],
    });
    // The fake reports UPDATING once, then AVAILABLE: one poll interval was waited.
    expect(clock.sleeps).toEqual([10_000]);
  });

  it('spaces UpdateDomainName calls by the interval (one per 30 s per account)', async () => {
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    aws.addDomain('b.example.com', { truststoreVersion: 'v1' });
    aws.addDomain('c.example.com', { truststoreVersion: 'v1' });
    const g = gateway();
    for (const name of ['a.example.com', 'b.example.com', 'c.example.com']) await g.pinVersion(name, 'v2');
    const at = aws.writes.filter((w) => w.call === 'UpdateDomainName').map((w) => w.at);
    expect(at[1]! - at[0]!).toBe(30_000);
    expect(at[2]! - at[1]!).toBe(30_000);
    // Polling took 10 s of each gap, so the spacing wait was the remaining 20 s.
    expect(clock.sleeps).toEqual([10_000, 20_000, 10_000, 20_000, 10_000]);
  });

  it('counts the spacing from when a call returned, since the SDK may have retried it inside send()', async () => {
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    aws.addDomain('b.example.com', { truststoreVersion: 'v1' });
    // The first call spends 25 s in the SDK's own retries before it succeeds.
    aws.onUpdate = (name) => {
      if (name === 'a.example.com') clock.t += 25_000;
    };
    const g = gateway();
    await g.pinVersion('a.example.com', 'v2');
    await g.pinVersion('b.example.com', 'v2');
    const at = aws.writes.filter((w) => w.call === 'UpdateDomainName').map((w) => w.at);
    // Returned at +25 s, then 30 s of spacing: +55 s (not +30 s from when it was sent).
    expect(at[1]! - at[0]!).toBe(55_000);
  });

  it('retries TooManyRequestsException with growing waits instead of failing', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    aws.fail(
      'UpdateDomainName',
      gatewayError('TooManyRequestsException', 429, 'Too Many Requests'),
      gatewayError('TooManyRequestsException', 429, 'Too Many Requests'),
    );
    const after = await gateway().pinVersion('api.example.com', 'v2');
    expect(after.truststoreVersion).toBe('v2');
    const at = aws.writes.map((w) => w.at - aws.writes[0]!.at);
    // Backoff 30 s then 60 s; the spacing rule is already satisfied by the backoff.
    expect(at).toEqual([0, 30_000, 90_000]);
    expect(logs.filter((l) => l.includes('throttled'))).toHaveLength(2);
  });

  it('honours retryAfterSeconds when API Gateway gives one', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    aws.fail(
      'UpdateDomainName',
      gatewayError('TooManyRequestsException', 429, 'slow down', { retryAfterSeconds: '45' }),
    );
    await gateway().pinVersion('api.example.com', 'v2');
    expect(aws.writes[1]!.at - aws.writes[0]!.at).toBe(45_000);
  });

  it('gives up on throttling at the timeout, with a message that says why and what to do', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    const throttled = Array.from({ length: 20 }, () => gatewayError('TooManyRequestsException', 429));
    aws.fail('UpdateDomainName', ...throttled);
    await expect(gateway({ timeoutMs: 200_000 }).pinVersion('api.example.com', 'v2')).rejects.toThrow(
      /UpdateDomainName for api.example.com was still throttled after 3 attempts in 200 s: AWS allows one UpdateDomainName per 30 seconds per account/,
    );
    // 0, +30 s, +60 s; the next wait (120 s) would pass the 200 s deadline.
    expect(aws.count('UpdateDomainName')).toBe(3);
  });

  it('waits for another change to finish on ConflictException, then retries', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    aws.fail('UpdateDomainName', gatewayError('ConflictException', 409, 'Domain is being updated'));
    const after = await gateway().pinVersion('api.example.com', 'v2');
    expect(after.truststoreVersion).toBe('v2');
    expect(aws.count('UpdateDomainName')).toBe(2);
  });

  it('names apigateway:PATCH, and the S3 read API Gateway does as the caller, when the update is denied', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    aws.fail(
      'UpdateDomainName',
      gatewayError(
        'AccessDeniedException',
        403,
        'Access denied to the S3 object s3://truststores/api/truststore.pem',
      ),
    );
    const error = (await gateway()
      .pinVersion('api.example.com', 'v2')
      .catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(
      /access denied: apigateway:PATCH on arn:aws:apigateway:eu-west-1::\/domainnames\/api.example.com is needed to pin the truststore version v2/,
    );
    expect(error.message).toMatch(/also allow s3:GetObject and s3:GetObjectVersion on the truststore object/);
  });

  it('passes on what API Gateway says about a version it refuses', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    await expect(gateway().pinVersion('api.example.com', 'v9')).rejects.toThrow(
      /API Gateway refused to pin the truststore version v9 for api.example.com \(BadRequestException\): The provided truststore version is not valid/,
    );
  });
});

describe('waiting for a domain', () => {
  it('polls an UPDATING domain until it is AVAILABLE', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1', status: 'UPDATING', updatingPolls: 4 });
    const state = await gateway().waitUntilAvailable('api.example.com');
    expect(state.status).toBe('AVAILABLE');
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000]);
  });

  it('fails a domain stuck in UPDATING at wait-timeout-seconds, naming the domain', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1', status: 'UPDATING', updatingPolls: 1000 });
    await expect(gateway({ timeoutMs: 60_000 }).waitUntilAvailable('api.example.com')).rejects.toThrow(
      'custom domain name api.example.com is still UPDATING after 60 s: check it in the API Gateway console and re-run when it is AVAILABLE, or raise wait-timeout-seconds',
    );
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
  });

  it('fails at once on a status that waiting cannot fix', async () => {
    aws.addDomain('api.example.com', {
      status: 'PENDING_CERTIFICATE_REIMPORT',
      statusMessage: 'The certificate has expired',
    });
    await expect(gateway().waitUntilAvailable('api.example.com')).rejects.toThrow(
      /api.example.com is PENDING_CERTIFICATE_REIMPORT \(The certificate has expired\): fix the domain in API Gateway/,
    );
    expect(clock.sleeps).toEqual([]);
  });

  it('keeps polling through a throttled GetDomainName', async () => {
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    aws.fail('GetDomainName', gatewayError('TooManyRequestsException', 429));
    expect((await gateway().waitUntilAvailable('api.example.com')).status).toBe('AVAILABLE');
    expect(clock.sleeps).toEqual([10_000]);
  });
});
