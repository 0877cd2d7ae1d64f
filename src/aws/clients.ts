/**
 * The SDK clients. Built with nothing but the region so that the SDK's default credential chain
 * and its standard endpoint variables (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_API_GATEWAY) apply.
 */
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { S3Client } from '@aws-sdk/client-s3';

export interface AwsClients {
  s3: S3Client;
  apiGateway: APIGatewayClient;
}

export type AwsClientFactory = (region: string) => AwsClients;

export const createAwsClients: AwsClientFactory = (region) => ({
  s3: new S3Client({ region }),
  apiGateway: new APIGatewayClient({ region }),
});
