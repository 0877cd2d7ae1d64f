/**
 * pin-reverted: a target pinned to an older version of the truststore than the newest one this
 * action deployed. Deploy tags a version once every target was rolled to it and none was rolled
 * back, so a version uploaded by hand, or one whose roll stopped or was rolled back, never counts.
 * Something pinned the target back after that deploy: usually an infrastructure-as-code apply
 * (Terraform, CloudFormation) that sets truststoreVersion. Pure: src/pipeline/audit.ts reads the
 * versions and their tags.
 */
import type { LiveVersion } from '../plan/diff.js';
import type { DomainState, TruststoreLocation } from '../plan/model.js';
import { type Problem, problem } from './problems.js';

/** What the object's versions say about the deploys of this action. */
export interface DeployRecord {
  /** The object's versions, newest first as ListObjectVersions lists them (delete markers left out). */
  versions: { versionId: string; lastModified?: string }[];
  /** The newest version recorded as deployed, when one is newer than some pin; `at` is ISO 8601. */
  deployed?: { versionId: string; at: string };
}

/** What the check reads: the targets, and what is known of the versions. */
export interface RevertFacts {
  location: TruststoreLocation;
  domains: DomainState[];
  deployRecord?: DeployRecord;
  latest?: LiveVersion;
  pinned: Map<string, LiveVersion | null>;
}

/** Where the recipes live (the same page plan and deploy name for a CloudFormation stack). */
const RECIPES = 'docs/infrastructure-as-code.md (mtls-truststore-action)';

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** " on 2030-01-02, commit abc123def456, pull request #7": what is known of the deployed version. */
function deployedText(facts: RevertFacts, deployed: NonNullable<DeployRecord['deployed']>): string {
  const version =
    facts.latest?.versionId === deployed.versionId ? facts.latest : facts.pinned.get(deployed.versionId);
  const from = version?.provenance;
  return [
    day(deployed.at) ? ` on ${day(deployed.at)}` : '',
    from?.commit ? `, commit ${from.commit.slice(0, 12)}` : '',
    from?.pullRequest !== undefined ? `, pull request #${from.pullRequest}` : '',
  ].join('');
}

/** One error per target pinned to a version older than the newest deployed one. */
export function revertedPins(facts: RevertFacts): Problem[] {
  const deployed = facts.deployRecord?.deployed;
  if (!facts.deployRecord || !deployed) return [];
  const order = new Map(facts.deployRecord.versions.map((v, i) => [v.versionId, i]));
  const newest = order.get(deployed.versionId);
  if (newest === undefined) return [];
  const out: Problem[] = [];
  for (const d of facts.domains) {
    const pin = d.truststoreVersion;
    if (!d.mtlsEnabled || d.truststoreUri !== facts.location.uri || pin === undefined) continue;
    const at = order.get(pin);
    // A version S3 no longer has is pinned-version-missing; a newer one is not a step back.
    if (at === undefined || at <= newest) continue;
    const uploaded = day(facts.deployRecord.versions[at]?.lastModified);
    out.push(
      problem(
        'pin-reverted',
        d.domainName,
        `custom domain name ${d.domainName} is pinned to version ${pin} of ${facts.location.uri}${uploaded ? ` (uploaded ${uploaded})` : ''}, older than version ${deployed.versionId} that this action deployed${deployedText(facts, deployed)}: something pinned it back after that deploy, usually an infrastructure-as-code apply (Terraform, CloudFormation) that manages truststoreVersion, and clients meet the older truststore. Stop the tool from managing truststoreVersion (recipes in ${RECIPES}), then re-run the deploy to pin ${deployed.versionId} again; if the older truststore is meant to stay, bring ca-files back to it and deploy.`,
      ),
    );
  }
  return out;
}
