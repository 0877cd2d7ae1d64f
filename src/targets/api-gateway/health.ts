/**
 * What a custom domain name's state means for a truststore rollout, one sentence with the fix.
 * Pure: plan reports these, deploy refuses on them before any write, audit turns them into problems.
 */

/** The parts of GetDomainName these rules read. */
export interface DomainFacts {
  domainName: string;
  status?: string;
  statusMessage?: string;
  securityPolicy?: string;
  mtlsEnabled: boolean;
}

export interface DomainStateProblem {
  code: 'domain-failed' | 'domain-pending';
  message: string;
}

const STATUS_DOC = 'https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html';

function said(d: DomainFacts): string {
  return d.statusMessage ? ` (API Gateway says: ${d.statusMessage})` : '';
}

/**
 * FAILED and PENDING_* are states that waiting does not end: API Gateway will not apply a new
 * truststore version until someone fixes the domain. UPDATING and PENDING end on their own.
 * https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html (domainNameStatus)
 */
export function domainStateProblem(d: DomainFacts): DomainStateProblem | undefined {
  switch (d.status) {
    case 'FAILED':
      return {
        code: 'domain-failed',
        message: `custom domain name ${d.domainName} is FAILED${said(d)}: API Gateway could not apply its last change; fix what the status message names (certificate, truststore, ownership verification) and update the domain until it is AVAILABLE, then re-run (${STATUS_DOC})`,
      };
    case 'PENDING_CERTIFICATE_REIMPORT':
      return {
        code: 'domain-pending',
        message: `custom domain name ${d.domainName} is PENDING_CERTIFICATE_REIMPORT${said(d)}: re-import its certificate into ACM (same ARN) so API Gateway can use it again, then re-run once the domain is AVAILABLE (${STATUS_DOC})`,
      };
    case 'PENDING_OWNERSHIP_VERIFICATION':
      return {
        code: 'domain-pending',
        message: `custom domain name ${d.domainName} is PENDING_OWNERSHIP_VERIFICATION${said(d)}: its ownership verification certificate (an ACM-issued public certificate for the same name) is missing, expired or not yet validated; renew or validate it in ACM and set ownershipVerificationCertificateArn, then re-run once the domain is AVAILABLE (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html)`,
      };
    default:
      if (d.status?.startsWith('PENDING_')) {
        return {
          code: 'domain-pending',
          message: `custom domain name ${d.domainName} is ${d.status}${said(d)}: API Gateway waits for an action on the domain; complete it in the API Gateway console until the domain is AVAILABLE, then re-run (${STATUS_DOC})`,
        };
      }
      return undefined;
  }
}

/**
 * "You can't enable mutual TLS on a domain name that uses an enhanced security policy": only the
 * legacy TLS_1_0 and TLS_1_2 policies carry mutual TLS; every SecurityPolicy_* one is enhanced.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
 */
export function isEnhancedSecurityPolicy(policy: string | undefined): boolean {
  return policy !== undefined && policy.startsWith('SecurityPolicy_');
}

export function securityPolicyProblem(d: DomainFacts): string | undefined {
  if (!isEnhancedSecurityPolicy(d.securityPolicy)) return undefined;
  return `custom domain name ${d.domainName} uses the enhanced security policy ${d.securityPolicy}, which API Gateway does not allow with mutual TLS: set its security policy to TLS_1_2 (or TLS_1_0), or remove it from domain-names (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html)`;
}
