/**
 * The bucket lifecycle configuration and the object tags of the fake S3, as S3 serialises them:
 * GET /{bucket}?lifecycle (GetBucketLifecycleConfiguration, 404 NoSuchLifecycleConfiguration when
 * there is none), GET /{bucket}/{key}?tagging&versionId= (GetObjectTagging) and PUT of the same
 * (PutObjectTagging, which replaces the version's whole tag set).
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html
 */
import { S3_XMLNS, xmlEscape } from './fake-s3-wire.js';

export interface FakeTag {
  key: string;
  value: string;
}

/** One rule; `filter` holds exactly the form S3 would (Prefix, Tag, size, or And), or none. */
export interface FakeLifecycleRule {
  id?: string;
  status?: 'Enabled' | 'Disabled';
  /** The deprecated rule-level Prefix (V1 configurations). */
  legacyPrefix?: string;
  filter?:
    | { prefix: string }
    | { tag: FakeTag }
    | { sizeGreaterThan: number }
    | { sizeLessThan: number }
    | { and: { prefix?: string; tags?: FakeTag[]; sizeGreaterThan?: number; sizeLessThan?: number } };
  expirationDays?: number;
  expirationDate?: string;
  noncurrentDays?: number;
  newerNoncurrentVersions?: number;
}

const el = (name: string, value: string | number | undefined) =>
  value === undefined ? '' : `<${name}>${xmlEscape(String(value))}</${name}>`;
const tagXml = (t: FakeTag) => `<Tag>${el('Key', t.key)}${el('Value', t.value)}</Tag>`;

function filterXml(rule: FakeLifecycleRule): string {
  const f = rule.filter;
  if (f === undefined) return rule.legacyPrefix === undefined ? '<Filter></Filter>' : '';
  if ('prefix' in f) return `<Filter>${el('Prefix', f.prefix)}</Filter>`;
  if ('tag' in f) return `<Filter>${tagXml(f.tag)}</Filter>`;
  if ('sizeGreaterThan' in f) return `<Filter>${el('ObjectSizeGreaterThan', f.sizeGreaterThan)}</Filter>`;
  if ('sizeLessThan' in f) return `<Filter>${el('ObjectSizeLessThan', f.sizeLessThan)}</Filter>`;
  const a = f.and;
  return `<Filter><And>${el('Prefix', a.prefix)}${(a.tags ?? []).map(tagXml).join('')}${el(
    'ObjectSizeGreaterThan',
    a.sizeGreaterThan,
  )}${el('ObjectSizeLessThan', a.sizeLessThan)}</And></Filter>`;
}

export function lifecycleXml(rules: readonly FakeLifecycleRule[]): string {
  const body = rules
    .map((r) => {
      const expiration =
        r.expirationDays !== undefined || r.expirationDate !== undefined
          ? `<Expiration>${el('Days', r.expirationDays)}${el('Date', r.expirationDate)}</Expiration>`
          : '';
      const noncurrent =
        r.noncurrentDays !== undefined
          ? `<NoncurrentVersionExpiration>${el('NoncurrentDays', r.noncurrentDays)}${el(
              'NewerNoncurrentVersions',
              r.newerNoncurrentVersions,
            )}</NoncurrentVersionExpiration>`
          : '';
      return `<Rule>${el('ID', r.id)}${el('Prefix', r.legacyPrefix)}${filterXml(r)}${el(
        'Status',
        r.status ?? 'Enabled',
      )}${expiration}${noncurrent}</Rule>`;
    })
    .join('');
  return `<LifecycleConfiguration xmlns="${S3_XMLNS}">${body}</LifecycleConfiguration>`;
}

export function taggingXml(tags: readonly FakeTag[]): string {
  return `<Tagging xmlns="${S3_XMLNS}"><TagSet>${tags.map(tagXml).join('')}</TagSet></Tagging>`;
}

function xmlUnescape(value: string): string {
  return value.replace(
    /&(lt|gt|amp|apos|quot);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[e] ?? '',
  );
}

/**
 * The tag set of a PutObjectTagging body, or a message for S3's MalformedXML / InvalidTag: at most
 * 10 tags, keys unique, keys up to 128 and values up to 256 characters.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html
 */
export function parseTagging(
  xml: string,
): FakeTag[] | { code: 'MalformedXML' | 'InvalidTag'; message: string } {
  if (!/<Tagging[\s>][\s\S]*<TagSet>[\s\S]*<\/TagSet>[\s\S]*<\/Tagging>/.test(xml)) {
    return { code: 'MalformedXML', message: 'The XML you provided was not well-formed' };
  }
  const tags = [...xml.matchAll(/<Tag>\s*<Key>([^<]*)<\/Key>\s*<Value>([^<]*)<\/Value>\s*<\/Tag>/g)].map(
    (m) => ({
      key: xmlUnescape(m[1] ?? ''),
      value: xmlUnescape(m[2] ?? ''),
    }),
  );
  if (tags.length > 10) return { code: 'InvalidTag', message: 'Object tags cannot be greater than 10' };
  if (new Set(tags.map((t) => t.key)).size !== tags.length) {
    return { code: 'InvalidTag', message: 'Cannot provide multiple Tags with the same key' };
  }
  if (tags.some((t) => t.key.length === 0 || t.key.length > 128 || t.value.length > 256)) {
    return { code: 'InvalidTag', message: 'The TagKey or TagValue you have provided is invalid' };
  }
  return tags;
}
