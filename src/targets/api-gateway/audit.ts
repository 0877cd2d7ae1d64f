/**
 * What the audit checks of API Gateway custom domain names: their status and security policy,
 * whether they use this truststore and pin a version that exists, the warnings API Gateway
 * reports, and the ACM certificates that prove their ownership. Pure: the facts are read by
 * ./index.ts.
 */
import { type AuditFacts, type AuditResult, DAY, days, judgeLiveState } from '../../audit/checks.js';
import { type Problem, problem } from '../../audit/problems.js';
import { type DomainFacts, domainStateProblem, isEnhancedSecurityPolicy } from './health.js';
import { cloudFormationNote } from './infrastructure-as-code.js';

export interface AuditedDomain extends DomainFacts {
  truststoreUri?: string;
  truststoreVersion?: string;
  warnings: string[];
  ownershipVerificationCertificateArn?: string;
  tags?: Record<string, string>;
}

export interface OwnershipCertificate {
  arn: string;
  /** ISO 8601. */
  notAfter?: string;
  /** ACM status: ISSUED, EXPIRED, REVOKED, ... */
  status?: string;
  /** ELIGIBLE or INELIGIBLE for ACM managed renewal. */
  renewalEligibility?: string;
  /** Set when DescribeCertificate failed: the sentence with the fix. */
  unreadable?: string;
  /** The certificate does not exist (ResourceNotFoundException). */
  missing?: boolean;
}

/** API Gateway's own audit problems for each listed domain. */
export function domainProblems(facts: DomainAuditFacts): Problem[] {
  const out: Problem[] = [];
  for (const m of facts.missingDomains) out.push(problem('domain-missing', m.domainName, m.message));
  for (const d of facts.domains) {
    const name = d.domainName;
    const state = domainStateProblem(d);
    if (state) out.push(problem(state.code, name, state.message));
    if (isEnhancedSecurityPolicy(d.securityPolicy) && d.mtlsEnabled) {
      out.push(
        problem(
          'security-policy-enhanced',
          name,
          `custom domain name ${name} has mutual TLS but the enhanced security policy ${d.securityPolicy}, which API Gateway does not allow with mutual TLS: set its security policy to TLS_1_2 (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html)`,
        ),
      );
    }
    if (!d.mtlsEnabled) {
      out.push(
        problem(
          'domain-not-mutual-tls',
          name,
          `custom domain name ${name} has no mutual TLS: clients are not asked for a certificate; enable mutual TLS with truststore ${facts.location.uri}, or remove it from domain-names`,
        ),
      );
      continue;
    }
    if (d.truststoreUri !== facts.location.uri) {
      out.push(
        problem(
          'domain-other-truststore',
          name,
          `custom domain name ${name} uses truststore ${d.truststoreUri}, not ${facts.location.uri}: point it at ${facts.location.uri}, or audit its truststore in a separate step`,
        ),
      );
      continue;
    }
    const managed = cloudFormationNote(d);
    if (managed) out.push(problem('cloudformation-managed', name, managed.message));
    for (const w of d.warnings) {
      // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
      out.push(
        problem(
          'truststore-warnings',
          name,
          `API Gateway reports a truststore warning for ${name} on version ${d.truststoreVersion ?? '(unpinned)'}: ${w} — some clients may be refused; fix the certificate it names in ca-files and deploy`,
        ),
      );
    }
    if (d.truststoreVersion === undefined || d.truststoreVersion === 'null') {
      out.push(
        problem(
          'version-unpinned',
          name,
          d.truststoreVersion === 'null'
            ? `custom domain name ${name} is pinned to version "null" (written before versioning was enabled), which any write replaces in place: run deploy to pin it to a real version`
            : `custom domain name ${name} pins no truststore version: API Gateway keeps whatever it loaded last, and a change of the object can reach it unreviewed; run deploy to pin it`,
        ),
      );
    } else if (facts.pinned.get(d.truststoreVersion) === null) {
      out.push(
        problem(
          'pinned-version-missing',
          name,
          `custom domain name ${name} is pinned to version ${d.truststoreVersion} of ${facts.location.uri}, which S3 no longer has: the next update of the domain fails, and nothing can be rolled back to it; run deploy to pin a version that exists`,
        ),
      );
    }
    const arn = d.ownershipVerificationCertificateArn;
    const cert = arn ? facts.ownershipCertificates.get(arn) : undefined;
    if (cert) out.push(...ownership(facts, name, cert));
  }
  return out;
}

// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (ownership verification certificate)
function ownership(facts: DomainAuditFacts, name: string, cert: OwnershipCertificate): Problem[] {
  if (cert.unreadable) return [problem('ownership-certificate-unreadable', name, cert.unreadable)];
  const now = facts.now.getTime();
  const end = cert.notAfter ? Date.parse(cert.notAfter) : undefined;
  const renew =
    cert.renewalEligibility === 'INELIGIBLE'
      ? " ACM reports it INELIGIBLE for managed renewal: request a new public certificate for the domain and set it as the domain's ownershipVerificationCertificateArn."
      : " Check its renewal in ACM (DNS validation records in place), or request a new one and set it as the domain's ownershipVerificationCertificateArn.";
  const what = `the ownership verification certificate ${cert.arn} of ${name}`;
  if (cert.missing) {
    return [
      problem(
        'ownership-certificate-expired',
        name,
        `${what} does not exist in ACM: API Gateway cannot verify ownership, and the domain becomes PENDING_OWNERSHIP_VERIFICATION.${renew}`,
      ),
    ];
  }
  if (cert.status === 'EXPIRED' || cert.status === 'REVOKED' || (end !== undefined && end <= now)) {
    return [
      problem(
        'ownership-certificate-expired',
        name,
        `${what} is ${cert.status === 'REVOKED' ? 'revoked' : `expired${end !== undefined ? ` (since ${new Date(end).toISOString().slice(0, 10)})` : ''}`}: updates of the domain fail until it is replaced.${renew}`,
      ),
    ];
  }
  if (end !== undefined && end <= now + facts.expiryWarningDays * DAY) {
    return [
      problem(
        'ownership-certificate-expiring',
        name,
        `${what} expires on ${new Date(end).toISOString().slice(0, 10)} (in ${days(end - now)}).${renew}`,
      ),
    ];
  }
  return [];
}

/** The audit facts with what was read of the domains. */
export interface DomainAuditFacts extends AuditFacts {
  domains: AuditedDomain[];
  /** Domains in domain-names that GetDomainName does not know. */
  missingDomains: { domainName: string; message: string }[];
  ownershipCertificates: Map<string, OwnershipCertificate>;
}

/** The whole verdict on an audit of domains: the common checks and the domains' own. */
export function assessLiveState(facts: DomainAuditFacts): AuditResult {
  return judgeLiveState(facts, domainProblems(facts));
}
