/**
 * The ACM certificate that proves a domain's ownership when its regional certificate is imported
 * or from a private CA. API Gateway needs it valid to update the domain; nothing warns before it
 * expires. Loaded only by the audit, and only when a domain has one: plan and deploy never pull in
 * the ACM client. https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
 */
import { ACMClient, DescribeCertificateCommand } from '@aws-sdk/client-acm';
import { credentialsProblem, errorCode, httpStatus } from '../../aws/errors.js';
import type { OwnershipCertificate } from './audit.js';

export type AcmClientFactory = (region: string) => ACMClient;

/** Built with the region only, so AWS_ENDPOINT_URL_ACM and the default credential chain apply. */
export const createAcmClient: AcmClientFactory = (region) => new ACMClient({ region });

/** The ACM region is the one in the ARN (arn:aws:acm:<region>:<account>:certificate/<id>). */
export function regionOfArn(arn: string, fallback: string): string {
  return /^arn:aws[a-z-]*:acm:([a-z0-9-]+):/.exec(arn)?.[1] ?? fallback;
}

export class OwnershipCertificates {
  private readonly clients = new Map<string, ACMClient>();

  constructor(
    private readonly factory: AcmClientFactory,
    private readonly region: string,
  ) {}

  private client(arn: string): ACMClient {
    const region = regionOfArn(arn, this.region);
    let client = this.clients.get(region);
    if (!client) {
      client = this.factory(region);
      this.clients.set(region, client);
    }
    return client;
  }

  /** What ACM says; a denial or a missing certificate is reported in the result, not thrown. */
  async describe(arn: string): Promise<OwnershipCertificate> {
    try {
      // https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html
      const out = await this.client(arn).send(new DescribeCertificateCommand({ CertificateArn: arn }));
      const c = out.Certificate ?? {};
      return {
        arn,
        ...(c.NotAfter ? { notAfter: new Date(c.NotAfter).toISOString() } : {}),
        ...(c.Status ? { status: c.Status } : {}),
        ...(c.RenewalEligibility ? { renewalEligibility: c.RenewalEligibility } : {}),
      };
    } catch (error) {
      const creds = credentialsProblem(error);
      if (creds) throw creds;
      const code = errorCode(error);
      if (code === 'ResourceNotFoundException') return { arn, missing: true };
      const said = (error as Error).message;
      const denied = code === 'AccessDeniedException' || httpStatus(error) === 403;
      return {
        arn,
        unreadable: denied
          ? `access denied: acm:DescribeCertificate on ${arn} is needed to check when the ownership verification certificate expires: allow it in the policy of the role this job assumes (${said})`
          : `ACM could not describe the ownership verification certificate ${arn} (${code}): ${said}; re-run the audit`,
      };
    }
  }
}
