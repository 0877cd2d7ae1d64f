/**
 * The real clients, unmocked, against a local HTTP listener: they must follow the SDK's standard
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_API_GATEWAY variables (the end-to-end tests rely on it)
 * and address the bucket path-style on an IP endpoint.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetDomainNameCommand } from '@aws-sdk/client-api-gateway';
import { GetBucketVersioningCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAwsClients } from '../../src/aws/clients.js';

const seen: { method: string; url: string; host: string }[] = [];
let server: http.Server;
const saved = { ...process.env };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '' });
    if ((req.url ?? '').startsWith('/domainnames/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ domainName: 'api.example.com', domainNameStatus: 'AVAILABLE' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(
      '<?xml version="1.0"?><VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>',
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  process.env.AWS_ENDPOINT_URL_S3 = `http://127.0.0.1:${port}`;
  process.env.AWS_ENDPOINT_URL_API_GATEWAY = `http://127.0.0.1:${port}`;
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'secret';
  delete process.env.AWS_PROFILE;
});

afterAll(async () => {
  process.env = saved;
  await new Promise((r) => server.close(r));
});

it('sends S3 and API Gateway calls to the endpoints named by the standard environment variables', async () => {
  const { s3, apiGateway } = createAwsClients('eu-west-1');
  expect((await s3.send(new GetBucketVersioningCommand({ Bucket: 'truststores' }))).Status).toBe('Enabled');
  expect(
    (await apiGateway.send(new GetDomainNameCommand({ domainName: 'api.example.com' }))).domainNameStatus,
  ).toBe('AVAILABLE');
  const port = (server.address() as AddressInfo).port;
  expect(seen).toEqual([
    // Path-style: the bucket is in the path, not the host name.
    { method: 'GET', url: '/truststores/?versioning=', host: `127.0.0.1:${port}` },
    { method: 'GET', url: '/domainnames/api.example.com', host: `127.0.0.1:${port}` },
  ]);
});
