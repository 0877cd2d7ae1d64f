/**
 * The Elastic Load Balancing (v2) client for trust stores, built like the S3 and API Gateway ones
 * (src/aws/clients.ts): nothing but the region, so the SDK's default credential chain and its
 * standard endpoint variable (AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2) apply, and a credentials
 * failure is explained for whoever reads it.
 */
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsContext, explainCredentials } from '../../aws/clients.js';
import type { Environment } from '../../settings/settings.js';

/** `environment`: the front-end's (settings.environment), for AWS_PROFILE, the shared files and the advice. */
export function createElbClient(region: string, environment?: Environment): ElasticLoadBalancingV2Client {
  const client = new ElasticLoadBalancingV2Client({ region });
  explainCredentials(client.middlewareStack, awsContext(environment));
  return client;
}
