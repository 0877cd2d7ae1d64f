/**
 * A custom domain name that a CloudFormation stack manages. CloudFormation tags what it creates with
 * `aws:cloudformation:stack-name` (propagation varies by resource type, so a domain without the tag
 * may still be managed), and API Gateway returns a domain's tags with GetDomainName. When the
 * template sets TruststoreVersion, a stack update that touches the domain writes that value back
 * over the version this action pinned. Plan and deploy warn, the audit reports it.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-resource-tags.html
 * https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html (tags)
 */
import type { TargetNote } from '../target.js';

export const CLOUDFORMATION_STACK_TAG = 'aws:cloudformation:stack-name';

/** Where the recipes live, named in every message about infrastructure as code. */
export const IAC_RECIPES = 'docs/infrastructure-as-code.md (mtls-truststore-action)';

/** The CloudFormation stack that manages the domain, from its tags; undefined when none says so. */
export function cloudFormationStackOf(d: { tags?: Record<string, string> }): string | undefined {
  const stack = d.tags?.[CLOUDFORMATION_STACK_TAG]?.trim();
  return stack ? stack : undefined;
}

/** The warning for a domain a CloudFormation stack manages, with the fix; undefined for any other. */
export function cloudFormationNote(d: {
  domainName: string;
  tags?: Record<string, string>;
}): TargetNote | undefined {
  const stack = cloudFormationStackOf(d);
  if (stack === undefined) return undefined;
  return {
    domainName: d.domainName,
    code: 'cloudformation-managed',
    message: `custom domain name ${d.domainName} belongs to CloudFormation stack ${stack} (tag ${CLOUDFORMATION_STACK_TAG}): if its template sets MutualTlsAuthentication TruststoreVersion, the stack's next update of the domain puts the template's truststore version back over the one this action pinned. Leave TruststoreVersion out of the template (SAM: Domain MutualTlsAuthentication; CDK: mtls without version) so that this action owns the pin: see "CloudFormation and SAM" in ${IAC_RECIPES}`,
  };
}
