import { describe, expect, it } from 'vitest';
import {
  type ContractInput,
  contractOf,
  describeDifferences,
  MAX_LISTED_CERTIFICATES,
} from '../../src/plan/contract.js';

const fp = (n: number) => `${n.toString(16).padStart(16, '0')}${'0'.repeat(48)}`;
const base: ContractInput = {
  truststoreSha256: 'a'.repeat(64),
  uri: 's3://trust/api.pem',
  label: 'production',
  domainNames: ['api.example.com', 'partners.example.com'],
  fingerprints: [fp(1), fp(2)],
};
const current = (input: ContractInput) => ({ ...contractOf(input), uri: input.uri, label: input.label });

describe('the contract of a plan', () => {
  it('is the same whatever the order, case or repetition of domain-names', () => {
    expect(
      contractOf({ ...base, domainNames: ['PARTNERS.example.com', 'api.example.com', 'api.example.com'] })
        .contract,
    ).toBe(contractOf(base).contract);
  });

  it('changes with the truststore bytes, the URI, the label and the domain names, and nothing else is hashed', () => {
    const contracts = [
      contractOf(base),
      contractOf({ ...base, truststoreSha256: 'b'.repeat(64) }),
      contractOf({ ...base, uri: 's3://trust/other.pem' }),
      contractOf({ ...base, label: 'staging' }),
      contractOf({ ...base, domainNames: ['api.example.com'] }),
    ].map((c) => c.contract);
    expect(new Set(contracts).size).toBe(5);
  });

  it('lists certificates by a 16-digit fingerprint prefix, and stops listing past the bound', () => {
    expect(contractOf(base).certs).toEqual([fp(1).slice(0, 16), fp(2).slice(0, 16)]);
    const many = Array.from({ length: MAX_LISTED_CERTIFICATES + 1 }, (_, i) => fp(i));
    const big = contractOf({ ...base, fingerprints: many });
    expect(big.certs).toBeUndefined();
    expect(big.certCount).toBe(MAX_LISTED_CERTIFICATES + 1);
  });

  it('stops listing domain names past 100 or 2,000 characters, so the marker stays small', () => {
    const long = Array.from({ length: 20 }, (_, i) => `${'a-'.repeat(60)}${i}.example.com`);
    expect(contractOf({ ...base, domainNames: long }).domains).toBeUndefined();
    const many = Array.from({ length: 101 }, (_, i) => `d${i}.example.com`);
    expect(contractOf({ ...base, domainNames: many }).domains).toBeUndefined();
    expect(contractOf({ ...base, domainNames: many.slice(0, 100) }).domains).toHaveLength(100);
  });
});

describe('what differs from the reviewed contract', () => {
  const reviewed = { ...contractOf(base), uri: base.uri, label: base.label };

  it('says nothing when the contracts match', () => {
    expect(describeDifferences(reviewed, current(base), () => undefined)).toEqual([]);
  });

  it('names the certificates added (by subject) and removed (by fingerprint) since the review', () => {
    const now = current({ ...base, truststoreSha256: 'c'.repeat(64), fingerprints: [fp(2), fp(3)] });
    const said = describeDifferences(reviewed, now, (p) =>
      p === fp(3).slice(0, 16) ? 'CN=Rogue Root' : undefined,
    );
    expect(said).toEqual([
      `certificates added since the review: CN=Rogue Root (SHA-256 ${fp(3).slice(0, 16)}…)`,
      `certificates removed since the review: SHA-256 ${fp(1).slice(0, 16)}… (their subjects are in the reviewed plan comment)`,
    ]);
  });

  it('names changed domain-names and truststore-uri', () => {
    const now = current({
      ...base,
      uri: 's3://trust/other.pem',
      domainNames: ['api.example.com', 'admin.example.com'],
    });
    const said = describeDifferences(reviewed, now, () => undefined);
    expect(said).toContain(
      'truststore-uri was s3://trust/api.pem in the review and is s3://trust/other.pem now',
    );
    expect(said).toContain('domain-names added since the review: admin.example.com');
    expect(said).toContain('domain-names removed since the review: partners.example.com');
  });

  it('still refuses, saying so, when the reviewed marker carries only the hash', () => {
    const said = describeDifferences({ contract: 'f'.repeat(64) }, current(base), () => undefined);
    expect(said).toEqual([
      'the contract differs although nothing the marker lists does (the domain-names were too many to list, or the plan was made by another version of this action)',
    ]);
  });
});
