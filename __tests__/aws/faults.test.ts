import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsError, translateGatewayError, translateS3Error } from '../../src/aws/errors.js';
import { TruststoreObjectStore } from '../../src/aws/truststore-object.js';
import { parseTruststoreUri } from '../../src/plan/diff.js';
import { failureReasonOf } from '../../src/settings/errors.js';
import { InputError } from '../../src/settings/settings.js';
import { s3Error } from './support.js';

const s3 = mockClient(S3Client);
afterEach(() => s3.reset());
const location = parseTruststoreUri('s3://truststores/api/truststore.pem');
const call = {
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::truststores/api/truststore.pem',
  bucket: 'truststores',
  uri: location.uri,
  doing: 'read the live truststore',
};
/** What node's http client throws when nothing answers. */
const network = (code: string, extra: object) =>
  Object.assign(new Error(`connect ${code}`), { code, $metadata: { attempts: 3 } }, extra);

describe('an endpoint that does not answer', () => {
  it('S3: names the address it tried and what to check, not "S3 refused"', () => {
    const error = translateS3Error(network('ECONNREFUSED', { address: '10.0.0.1', port: 443 }), call);
    expect(error.message).toBe(
      'could not reach S3 at 10.0.0.1:443 (ECONNREFUSED) to read the live truststore after 3 attempts: check the network, region and endpoint (aws-region, AWS_ENDPOINT_URL_S3, proxy settings) and re-run',
    );
  });

  it('S3: a host name that does not resolve is named', () => {
    const error = translateS3Error(network('ENOTFOUND', { hostname: 's3.mars-1.amazonaws.com' }), call);
    expect(error.message).toContain('could not reach S3 at s3.mars-1.amazonaws.com (ENOTFOUND)');
  });

  it('API Gateway: the same, with its endpoint variable', () => {
    const error = translateGatewayError(network('ETIMEDOUT', { address: '10.0.0.2', port: 443 }), {
      action: 'apigateway:GET',
      domainName: 'api.example.com',
      region: 'eu-west-1',
      doing: 'read the custom domain name',
    });
    expect(error.message).toContain('could not reach API Gateway at 10.0.0.2:443 (ETIMEDOUT)');
    expect(error.message).toContain('AWS_ENDPOINT_URL_API_GATEWAY');
  });
});

describe('the object deleted since the plan', () => {
  it('a conditional upload that finds no object says "deleted since the plan: re-run"', async () => {
    s3.on(PutObjectCommand).rejects(s3Error('NoSuchKey', 404, 'The specified key does not exist.'));
    const store = new TruststoreObjectStore(new S3Client({ region: 'eu-west-1' }), location);
    const error = await store.write(new Uint8Array([1]), { ifMatch: '"abc"' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsError);
    expect((error as AwsError).message).toBe(
      's3://truststores/api/truststore.pem was deleted since the plan (its latest version is gone or a delete marker): nothing was written; re-run the job so that it plans against the bucket as it is now',
    );
    expect(failureReasonOf(error)).toBe('conflict');
  });
});

describe('failure-reason', () => {
  it('tells a conflict, an AWS failure and a bad input apart', () => {
    expect(failureReasonOf(new AwsError('x', 'PreconditionFailed', 412))).toBe('conflict');
    expect(failureReasonOf(new AwsError('x', 'AccessDenied', 403))).toBe('aws-error');
    expect(failureReasonOf(new AwsError('x', 'InvalidInput'))).toBe('invalid-input');
    expect(failureReasonOf(new InputError('x'))).toBe('invalid-input');
    expect(failureReasonOf(new Error('x'))).toBe('error');
  });
});
