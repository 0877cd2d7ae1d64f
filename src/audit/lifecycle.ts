/**
 * Which S3 lifecycle rules can delete a truststore version a domain is pinned to. Pure: the rules
 * come from GetBucketLifecycleConfiguration, already mapped to this model by src/aws/lifecycle.ts.
 *
 * A rule applies to an object when every condition of its filter holds (prefix, each tag, size
 * bounds); an empty filter applies to every object in the bucket.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html
 * In a versioned bucket, Expiration only puts a delete marker over the current version (which then
 * becomes noncurrent); NoncurrentVersionExpiration permanently deletes noncurrent versions.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html
 */

export interface LifecycleTag {
  key: string;
  value: string;
}

/** Every condition a rule's filter sets, ANDed; absent ones do not restrict. */
export interface LifecycleFilter {
  prefix?: string;
  tags: LifecycleTag[];
  /** Bytes; the object must be strictly larger. */
  sizeGreaterThan?: number;
  /** Bytes; the object must be strictly smaller. */
  sizeLessThan?: number;
}

export interface LifecycleRule {
  id?: string;
  enabled: boolean;
  filter: LifecycleFilter;
  /** Expiration of the current version, in days after creation. */
  expirationDays?: number;
  /** Expiration of the current version on a date (ISO 8601). */
  expirationDate?: string;
  /** NoncurrentVersionExpiration: days after a version became noncurrent. */
  noncurrentDays?: number;
  /** NoncurrentVersionExpiration: how many newer noncurrent versions S3 keeps regardless. */
  newerNoncurrentVersions?: number;
}

/** One object version as the rules see it. */
export interface VersionFacts {
  key: string;
  size: number;
  /** True when it is the latest version (not noncurrent). */
  current: boolean;
  /** The version's tags; undefined when they could not be read. */
  tags?: LifecycleTag[];
}

export interface LifecycleThreat {
  rule: LifecycleRule;
  /** `certain`: every condition holds; `possible`: only the tags could not be checked. */
  certainty: 'certain' | 'possible';
  /** `delete`: the version will be permanently deleted; `delete-marker`: it becomes noncurrent. */
  effect: 'delete' | 'delete-marker';
  /** One sentence: what the rule does to this version and when. */
  what: string;
}

/** Whether the prefix and size conditions of a filter hold (tags are checked apart). */
function matchesWithoutTags(filter: LifecycleFilter, v: VersionFacts): boolean {
  if (filter.prefix !== undefined && !v.key.startsWith(filter.prefix)) return false;
  if (filter.sizeGreaterThan !== undefined && !(v.size > filter.sizeGreaterThan)) return false;
  if (filter.sizeLessThan !== undefined && !(v.size < filter.sizeLessThan)) return false;
  return true;
}

function tagsMatch(filter: LifecycleFilter, v: VersionFacts): boolean | undefined {
  if (filter.tags.length === 0) return true;
  if (v.tags === undefined) return undefined;
  const tags = v.tags;
  return filter.tags.every((want) => tags.some((t) => t.key === want.key && t.value === want.value));
}

/** True when a rule could need the version's tags to decide (so the adapter reads them). */
export function needsTags(rules: readonly LifecycleRule[], v: Omit<VersionFacts, 'tags'>): boolean {
  return rules.some(
    (r) => r.enabled && r.filter.tags.length > 0 && deletes(r, v.current) && matchesWithoutTags(r.filter, v),
  );
}

function deletes(rule: LifecycleRule, current: boolean): boolean {
  if (!current) return rule.noncurrentDays !== undefined;
  return rule.expirationDays !== undefined || rule.expirationDate !== undefined;
}

function ruleName(rule: LifecycleRule): string {
  return rule.id ? `lifecycle rule "${rule.id}"` : 'an unnamed lifecycle rule';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The rules that will (or, with unreadable tags, may) remove this version. */
export function lifecycleThreats(rules: readonly LifecycleRule[], v: VersionFacts): LifecycleThreat[] {
  const threats: LifecycleThreat[] = [];
  for (const rule of rules) {
    if (!rule.enabled || !deletes(rule, v.current) || !matchesWithoutTags(rule.filter, v)) continue;
    const tags = tagsMatch(rule.filter, v);
    if (tags === false) continue;
    const certainty = tags === undefined ? 'possible' : 'certain';
    const keep =
      rule.newerNoncurrentVersions !== undefined
        ? ` once ${plural(rule.newerNoncurrentVersions, 'newer noncurrent version')} exist (S3 keeps that many)`
        : '';
    if (!v.current && rule.noncurrentDays !== undefined) {
      threats.push({
        rule,
        certainty,
        effect: 'delete',
        what: `${ruleName(rule)} permanently deletes noncurrent versions ${plural(rule.noncurrentDays, 'day')} after they become noncurrent${keep}`,
      });
      continue;
    }
    if (v.current && (rule.expirationDays !== undefined || rule.expirationDate !== undefined)) {
      const when =
        rule.expirationDays !== undefined
          ? `${plural(rule.expirationDays, 'day')} after it was written`
          : `on ${rule.expirationDate?.slice(0, 10)}`;
      const then =
        rule.noncurrentDays !== undefined
          ? `, and the same rule permanently deletes it ${plural(rule.noncurrentDays, 'day')} later${keep}`
          : '';
      threats.push({
        rule,
        certainty,
        effect: rule.noncurrentDays !== undefined ? 'delete' : 'delete-marker',
        what: `${ruleName(rule)} expires the current version ${when} (S3 puts a delete marker over it)${then}`,
      });
    }
  }
  return threats;
}
