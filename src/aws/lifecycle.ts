/**
 * The bucket's lifecycle rules and the tags of a truststore version, mapped to the pure model in
 * src/plan/lifecycle.ts. Audit only: neither call is needed to plan or deploy.
 */
import {
  GetBucketLifecycleConfigurationCommand,
  GetObjectTaggingCommand,
  type S3Client,
  type LifecycleRule as S3LifecycleRule,
} from '@aws-sdk/client-s3';
import type { LifecycleFilter, LifecycleRule, LifecycleTag } from '../audit/lifecycle.js';
import type { TruststoreLocation } from '../plan/model.js';
import { credentialsProblem, errorCode, translateS3Error } from './errors.js';

/**
 * Every filter form S3 has: the rule's legacy top-level Prefix, Filter.Prefix, Filter.Tag,
 * Filter.ObjectSizeGreaterThan / LessThan, and Filter.And of several; conditions are ANDed.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRuleFilter.html
 */
export function filterOf(rule: S3LifecycleRule): LifecycleFilter {
  const f = rule.Filter ?? {};
  const and = f.And ?? {};
  const prefix = f.Prefix ?? and.Prefix ?? rule.Prefix;
  const tags = [...(f.Tag ? [f.Tag] : []), ...(and.Tags ?? [])].map((t) => ({
    key: t.Key ?? '',
    value: t.Value ?? '',
  }));
  const greater = f.ObjectSizeGreaterThan ?? and.ObjectSizeGreaterThan;
  const less = f.ObjectSizeLessThan ?? and.ObjectSizeLessThan;
  return {
    // An empty prefix matches every key, like no prefix at all.
    ...(prefix ? { prefix } : {}),
    tags,
    ...(greater !== undefined ? { sizeGreaterThan: Number(greater) } : {}),
    ...(less !== undefined ? { sizeLessThan: Number(less) } : {}),
  };
}

export function ruleOf(rule: S3LifecycleRule): LifecycleRule {
  const exp = rule.Expiration;
  const nc = rule.NoncurrentVersionExpiration;
  return {
    ...(rule.ID ? { id: rule.ID } : {}),
    enabled: rule.Status === 'Enabled',
    filter: filterOf(rule),
    ...(exp?.Days !== undefined ? { expirationDays: exp.Days } : {}),
    ...(exp?.Date !== undefined ? { expirationDate: new Date(exp.Date).toISOString() } : {}),
    ...(nc?.NoncurrentDays !== undefined ? { noncurrentDays: nc.NoncurrentDays } : {}),
    ...(nc?.NewerNoncurrentVersions !== undefined
      ? { newerNoncurrentVersions: nc.NewerNoncurrentVersions }
      : {}),
  };
}

export class LifecycleReader {
  constructor(
    private readonly client: S3Client,
    private readonly location: TruststoreLocation,
  ) {}

  /**
   * The rules, [] when the bucket has none; a sentence with the fix when they cannot be read (the
   * audit reports that instead of failing: everything else it checks is still worth knowing).
   */
  async rules(): Promise<LifecycleRule[] | string> {
    const { bucket } = this.location;
    try {
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html
      const out = await this.client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }));
      return (out.Rules ?? []).map(ruleOf);
    } catch (error) {
      if (errorCode(error) === 'NoSuchLifecycleConfiguration') return [];
      const translated = translateS3Error(error, {
        action: 's3:GetLifecycleConfiguration',
        resource: `arn:aws:s3:::${bucket}`,
        bucket,
        uri: this.location.uri,
        doing: 'read the bucket lifecycle rules',
      });
      if (translated.code === 'AccessDenied' || translated.status === 403) {
        return `the lifecycle rules of bucket ${bucket} could not be read, so a rule that deletes pinned versions would go unnoticed: ${translated.message}`;
      }
      throw translated;
    }
  }

  /** The tags of one version; undefined when they cannot be read (the rule then "may" apply). */
  async tags(versionId: string): Promise<LifecycleTag[] | undefined> {
    try {
      const out = await this.client.send(
        new GetObjectTaggingCommand({
          Bucket: this.location.bucket,
          Key: this.location.key,
          VersionId: versionId,
        }),
      );
      return (out.TagSet ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }));
    } catch (error) {
      // Expired or missing credentials fail the audit; a denial or anything else leaves "may apply".
      const creds = credentialsProblem(error);
      if (creds) throw creds;
      return undefined;
    }
  }
}
