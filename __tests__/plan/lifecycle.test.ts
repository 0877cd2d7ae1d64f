import { describe, expect, it } from 'vitest';
import { type LifecycleRule, lifecycleThreats, needsTags } from '../../src/audit/lifecycle.js';
import { filterOf, ruleOf } from '../../src/aws/lifecycle.js';

const KEY = 'api/truststore.pem';
const noncurrent = { key: KEY, size: 4000, current: false, tags: [] };
const rule = (over: Partial<LifecycleRule>): LifecycleRule => ({
  enabled: true,
  filter: { tags: [] },
  ...over,
});

describe('which lifecycle rules delete a pinned truststore version', () => {
  it('a NoncurrentVersionExpiration with an empty filter deletes a noncurrent pinned version', () => {
    const threats = lifecycleThreats([rule({ id: 'all', noncurrentDays: 30 })], noncurrent);
    expect(threats.map((t) => [t.effect, t.certainty])).toEqual([['delete', 'certain']]);
    expect(threats[0]?.what).toBe(
      'lifecycle rule "all" permanently deletes noncurrent versions 30 days after they become noncurrent',
    );
  });

  it('does not threaten the current version with a noncurrent rule, nor a noncurrent one with Expiration', () => {
    expect(lifecycleThreats([rule({ noncurrentDays: 1 })], { ...noncurrent, current: true })).toEqual([]);
    expect(lifecycleThreats([rule({ expirationDays: 1 })], noncurrent)).toEqual([]);
  });

  it('Expiration of the current version only puts a delete marker, unless the rule also deletes noncurrent versions', () => {
    const current = { ...noncurrent, current: true };
    expect(lifecycleThreats([rule({ expirationDays: 90 })], current).map((t) => t.effect)).toEqual([
      'delete-marker',
    ]);
    const both = lifecycleThreats(
      [rule({ expirationDate: '2031-01-01T00:00:00.000Z', noncurrentDays: 7 })],
      current,
    );
    expect(both.map((t) => t.effect)).toEqual(['delete']);
    expect(both[0]?.what).toMatch(/on 2031-01-01 .* permanently deletes it 7 days later/);
  });

  it('ignores disabled rules', () => {
    expect(lifecycleThreats([rule({ enabled: false, noncurrentDays: 1 })], noncurrent)).toEqual([]);
  });

  it.each([
    ['a matching prefix', { prefix: 'api/', tags: [] }, true],
    ['another prefix', { prefix: 'logs/', tags: [] }, false],
    ['a size bound the object is above', { sizeGreaterThan: 1000, tags: [] }, true],
    ['a size bound the object is below', { sizeGreaterThan: 4000, tags: [] }, false],
    ['an upper size bound it is under', { sizeLessThan: 4001, tags: [] }, true],
    ['an upper size bound it is not under', { sizeLessThan: 4000, tags: [] }, false],
    ['a tag the version has', { tags: [{ key: 'tier', value: 'tmp' }] }, true],
    ['a tag value the version does not have', { tags: [{ key: 'tier', value: 'keep' }] }, false],
    ['And: prefix and tag both hold', { prefix: 'api/', tags: [{ key: 'tier', value: 'tmp' }] }, true],
    [
      'And: prefix holds, a second tag does not',
      {
        prefix: 'api/',
        tags: [
          { key: 'tier', value: 'tmp' },
          { key: 'x', value: 'y' },
        ],
      },
      false,
    ],
  ])('filter with %s', (_what, filter, applies) => {
    const version = { ...noncurrent, tags: [{ key: 'tier', value: 'tmp' }] };
    expect(lifecycleThreats([rule({ filter, noncurrentDays: 3 })], version).length).toBe(applies ? 1 : 0);
  });

  it('a tag filter on a version whose tags could not be read may apply', () => {
    const tagged = rule({ filter: { tags: [{ key: 'tier', value: 'tmp' }] }, noncurrentDays: 3 });
    const { tags: _t, ...unread } = noncurrent;
    expect(lifecycleThreats([tagged], unread).map((t) => t.certainty)).toEqual(['possible']);
    expect(needsTags([tagged], unread)).toBe(true);
    // Tags are read only when the rest of the filter holds and the rule would delete the version.
    expect(needsTags([{ ...tagged, filter: { ...tagged.filter, prefix: 'logs/' } }], unread)).toBe(false);
    expect(needsTags([tagged], { ...unread, current: true })).toBe(false);
  });

  it('names how many noncurrent versions S3 keeps', () => {
    const [t] = lifecycleThreats([rule({ noncurrentDays: 1, newerNoncurrentVersions: 3 })], noncurrent);
    expect(t?.what).toMatch(/once 3 newer noncurrent versions exist \(S3 keeps that many\)/);
  });
});

describe('reading S3 lifecycle rules in every filter form', () => {
  it.each([
    ['the legacy rule-level Prefix', { Prefix: 'api/' }, { prefix: 'api/', tags: [] }],
    ['Filter.Prefix', { Filter: { Prefix: 'api/' } }, { prefix: 'api/', tags: [] }],
    ['an empty Filter.Prefix (every object)', { Filter: { Prefix: '' } }, { tags: [] }],
    ['Filter.Tag', { Filter: { Tag: { Key: 'a', Value: 'b' } } }, { tags: [{ key: 'a', value: 'b' }] }],
    [
      'Filter.ObjectSizeGreaterThan',
      { Filter: { ObjectSizeGreaterThan: 10 } },
      { tags: [], sizeGreaterThan: 10 },
    ],
    ['Filter.ObjectSizeLessThan', { Filter: { ObjectSizeLessThan: 10 } }, { tags: [], sizeLessThan: 10 }],
    [
      'Filter.And',
      {
        Filter: {
          And: {
            Prefix: 'api/',
            Tags: [
              { Key: 'a', Value: 'b' },
              { Key: 'c', Value: 'd' },
            ],
            ObjectSizeGreaterThan: 1,
            ObjectSizeLessThan: 9,
          },
        },
      },
      {
        prefix: 'api/',
        tags: [
          { key: 'a', value: 'b' },
          { key: 'c', value: 'd' },
        ],
        sizeGreaterThan: 1,
        sizeLessThan: 9,
      },
    ],
    ['no filter at all', {}, { tags: [] }],
  ])('%s', (_what, s3Rule, expected) => {
    expect(filterOf({ Status: 'Enabled', ...s3Rule })).toEqual(expected);
  });

  it('maps status, Expiration and NoncurrentVersionExpiration', () => {
    expect(
      ruleOf({
        ID: 'r',
        Status: 'Disabled',
        Expiration: { Date: new Date('2031-01-01T00:00:00Z') },
        NoncurrentVersionExpiration: { NoncurrentDays: 5, NewerNoncurrentVersions: 2 },
      }),
    ).toEqual({
      id: 'r',
      enabled: false,
      filter: { tags: [] },
      expirationDate: '2031-01-01T00:00:00.000Z',
      noncurrentDays: 5,
      newerNoncurrentVersions: 2,
    });
  });
});
