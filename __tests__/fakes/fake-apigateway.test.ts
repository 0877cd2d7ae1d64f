import {
  APIGatewayClient,
  APIGatewayServiceException,
  GetDomainNameCommand,
  UpdateDomainNameCommand,
} from '@aws-sdk/client-api-gateway';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeApiGateway, type FakeApiGatewayOptions } from '../support/fake-apigateway.js';
import { type RunningServer, TEST_CREDENTIALS } from '../support/fake-aws-http.js';

const URI = 's3://trust/ca/truststore.pem';
let fake: FakeApiGateway;
let server: RunningServer | undefined;
let clients: APIGatewayClient[] = [];

async function setup(options: FakeApiGatewayOptions = {}) {
  fake = new FakeApiGateway(options);
  server = await fake.start();
  return fake;
}

function client(
  overrides: Partial<ConstructorParameters<typeof APIGatewayClient>[0]> = {},
): APIGatewayClient {
  const c = new APIGatewayClient({
    region: 'eu-west-1',
    endpoint: server?.url,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
    ...overrides,
  });
  clients.push(c);
  return c;
}

async function apiError(promise: Promise<unknown>): Promise<APIGatewayServiceException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof APIGatewayServiceException))
    throw new Error(`expected an API Gateway error, got ${String(error)}`);
  return error;
}

const pin = (domainName: string, value: string) =>
  new UpdateDomainNameCommand({
    domainName,
    patchOperations: [{ op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value }],
  });

beforeEach(() => {
  clients = [];
});
afterEach(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  server = undefined;
});

describe('fake API Gateway speaks the restJson1 protocol the AWS SDK expects', () => {
  it('returns the domain with its mutual TLS truststore and endpoint', async () => {
    await setup();
    fake.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    const domain = await client().send(new GetDomainNameCommand({ domainName: 'api.example.com' }));
    expect(domain.domainName).toBe('api.example.com');
    expect(domain.domainNameStatus).toBe('AVAILABLE');
    expect(domain.endpointConfiguration?.types).toEqual(['REGIONAL']);
    expect(domain.regionalDomainName).toMatch(/\.execute-api\.eu-west-1\.amazonaws\.com$/);
    expect(domain.mutualTlsAuthentication).toEqual({ truststoreUri: URI, truststoreVersion: 'v1' });
    expect(fake.requestsFor('GetDomainName')[0]?.path).toBe('/domainnames/api.example.com');
  });

  it('answers NotFoundException for an unknown domain', async () => {
    await setup();
    const error = await apiError(
      client().send(new GetDomainNameCommand({ domainName: 'missing.example.com' })),
    );
    expect(error.name).toBe('NotFoundException');
    expect(error.message).toBe('Invalid domain name identifier specified');
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it('patches the truststore version: UPDATING for the configured polls, then AVAILABLE with warnings', async () => {
    await setup({
      updatingPolls: 2,
      warnings: (_domain, version) => (version === 'v2' ? ['Certificate CN=Old Root expires soon'] : []),
    });
    fake.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    const c = client();
    const updated = await c.send(pin('api.example.com', 'v2'));
    expect(updated.domainNameStatus).toBe('UPDATING');
    expect(updated.mutualTlsAuthentication?.truststoreVersion).toBe('v2');
    const polls = [];
    for (let i = 0; i < 3; i++)
      polls.push(await c.send(new GetDomainNameCommand({ domainName: 'api.example.com' })));
    expect(polls.map((d) => d.domainNameStatus)).toEqual(['UPDATING', 'UPDATING', 'AVAILABLE']);
    expect(polls[0]?.mutualTlsAuthentication?.truststoreWarnings).toBeUndefined();
    expect(polls[2]?.mutualTlsAuthentication?.truststoreWarnings).toEqual([
      'Certificate CN=Old Root expires soon',
    ]);
    const body = JSON.parse(fake.requestsFor('UpdateDomainName')[0]?.body.toString() ?? '{}');
    expect(body).toEqual({
      patchOperations: [{ op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: 'v2' }],
    });
    expect(fake.domain('api.example.com').versionHistory).toEqual(['v2']);
  });

  it('refuses a patch while the domain is UPDATING (ConflictException or BadRequestException)', async () => {
    await setup({ updatingPolls: 5 });
    fake.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    const c = client();
    await c.send(pin('api.example.com', 'v2'));
    const conflict = await apiError(c.send(pin('api.example.com', 'v3')));
    expect(conflict.name).toBe('ConflictException');
    expect(conflict.$metadata.httpStatusCode).toBe(409);
    fake.options.updatingError = 'BadRequestException';
    expect((await apiError(c.send(pin('api.example.com', 'v3')))).name).toBe('BadRequestException');
    expect(fake.domain('api.example.com').mtls?.truststoreVersion).toBe('v2');
  });

  it('throttles UpdateDomainName per account: 429 TooManyRequestsException with Retry-After', async () => {
    await setup({ updateIntervalMs: 1000, updatingPolls: 0 });
    fake.addDomain('a.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    fake.addDomain('b.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    const c = client();
    await c.send(pin('a.example.com', 'v2'));
    const throttled = await apiError(c.send(pin('b.example.com', 'v2')));
    expect(throttled.name).toBe('TooManyRequestsException');
    expect(throttled.$metadata.httpStatusCode).toBe(429);
    expect((throttled as unknown as { retryAfterSeconds?: string }).retryAfterSeconds).toBe('1');
    expect(fake.domain('b.example.com').mtls?.truststoreVersion).toBe('v1');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await c.send(pin('b.example.com', 'v2'));
    expect(fake.domain('b.example.com').mtls?.truststoreVersion).toBe('v2');
    expect(fake.requestsFor('UpdateDomainName').map((r) => r.status)).toEqual([200, 429, 200]);
  });

  it('lets the SDK retry a throttled update on its own', async () => {
    await setup({ updateIntervalMs: 300, updatingPolls: 0 });
    fake.addDomain('a.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    fake.addDomain('b.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    const c = client({ maxAttempts: 5 });
    await c.send(pin('a.example.com', 'v2'));
    await c.send(pin('b.example.com', 'v2'));
    const statuses = fake.requestsFor('UpdateDomainName').map((r) => r.status);
    expect(statuses[0]).toBe(200);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses).toContain(429);
  });

  it('rejects a patch of anything but the truststore, and a version that does not exist', async () => {
    await setup({ truststoreExists: (_uri, version) => version !== 'ghost' });
    fake.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    const c = client();
    const badPath = await apiError(
      c.send(
        new UpdateDomainNameCommand({
          domainName: 'api.example.com',
          patchOperations: [{ op: 'replace', path: '/certificateArn', value: 'x' }],
        }),
      ),
    );
    expect(badPath.name).toBe('BadRequestException');
    const ghost = await apiError(c.send(pin('api.example.com', 'ghost')));
    expect(ghost.name).toBe('BadRequestException');
    expect(fake.domain('api.example.com').mtls?.truststoreVersion).toBe('v1');
  });

  it('injects AccessDeniedException and refuses unsigned or wrongly signed requests', async () => {
    await setup();
    fake.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: 'v1' });
    fake.deny('UpdateDomainName', 1);
    const denied = await apiError(client().send(pin('api.example.com', 'v2')));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toContain('is not authorized to perform: apigateway:PATCH');
    expect(denied.$metadata.httpStatusCode).toBe(403);

    const unsigned = await fetch(`${server?.url}/domainnames/api.example.com`);
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('x-amzn-errortype')).toMatch(/^MissingAuthenticationTokenException:/);
    const wrongSecret = client({ credentials: { ...TEST_CREDENTIALS, secretAccessKey: 'nope' } });
    expect(
      (await apiError(wrongSecret.send(new GetDomainNameCommand({ domainName: 'api.example.com' })))).name,
    ).toBe('InvalidSignatureException');
    const wrongRegion = client({ region: 'us-east-1' });
    expect(
      (await apiError(wrongRegion.send(new GetDomainNameCommand({ domainName: 'api.example.com' })))).name,
    ).toBe('InvalidSignatureException');
    const signedAs = fake.requestsFor('GetDomainName').at(-1)?.headers.authorization;
    expect(signedAs).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAFAKEE2ETESTING01\/\d{8}\/us-east-1\/apigateway\/aws4_request/,
    );
  });
});
