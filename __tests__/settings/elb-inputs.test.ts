/**
 * The inputs of the ELB target kind as readSettings reads them (elb-trust-store-arns,
 * revocation-files), whichever front-end they came through, and what the kind makes of a trust
 * store ARN: its region, why a run in another region cannot reach it, and the command that points
 * it back at a version by hand.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/aws/clients.js';
import { systemClock } from '../../src/aws/clock.js';
import { InputError } from '../../src/settings/errors.js';
import { type InputSource, readSettings, TRUST_STORE_ARN } from '../../src/settings/settings.js';
import {
  elbTrustStores,
  regionOfTrustStore,
  restoreTrustStoreCommand,
  unreachableTrustStore,
} from '../../src/targets/elb/index.js';
import { testSettings } from '../support/settings.js';

const PARTNERS = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef';
const TENANTS = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/Tenants-2/fedcba9876543210';
const VIRGINIA = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:truststore/partners/00aa11bb22cc33dd';

/** The inputs as the action names them in errors (`input x`), or as the CLI does (`--x`). */
function inputs(values: Record<string, string>, label = (name: string) => `input ${name}`): InputSource {
  return { get: (name) => values[name] ?? '', label };
}
const read = (values: Record<string, string>, label?: (name: string) => string) =>
  readSettings({}, inputs({ 'ca-files': 'ca/*.pem', ...values }, label));

/** The InputError readSettings throws for these inputs. */
function refusal(values: Record<string, string>, label?: (name: string) => string): InputError {
  try {
    read(values, label);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('readSettings accepted the inputs');
}

/** The message for a malformed line, as the settings word it. */
const malformed = (input: string, line: number, value: string) =>
  `${input} line ${line} is "${value}", which is not a trust store ARN: write one ARN per line, e.g. arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef (aws elbv2 describe-trust-stores lists them)`;

describe('elb-trust-store-arns', () => {
  it('is empty when not given, like revocation-files', () => {
    const settings = read({});
    expect(settings.elbTrustStoreArns).toEqual([]);
    expect(settings.revocationFiles).toEqual([]);
  });

  it('reads one ARN per line, trimmed, skipping blank lines and # comments (CRLF too), each ARN once', () => {
    const settings = read({
      'elb-trust-store-arns': [
        '# partner-facing load balancers',
        `  ${PARTNERS}  `,
        '',
        TENANTS,
        '   # a comment after spaces',
        PARTNERS,
        `${TENANTS}\r`,
        '',
      ].join('\r\n'),
    });
    expect(settings.elbTrustStoreArns).toEqual([PARTNERS, TENANTS]);
  });

  it('accepts the other partitions and the longest name and id the form allows', () => {
    const gov = 'arn:aws-us-gov:elasticloadbalancing:us-gov-west-1:123456789012:truststore/gov/abc';
    const china = 'arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:truststore/cn/0';
    const longest = `arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/${'n'.repeat(32)}/${'f'.repeat(64)}`;
    expect(read({ 'elb-trust-store-arns': [gov, china, longest].join('\n') }).elbTrustStoreArns).toEqual([
      gov,
      china,
      longest,
    ]);
  });

  it('refuses a malformed line with an InputError naming the input, the line number (comments counted) and an example', () => {
    const error = refusal({
      'elb-trust-store-arns': ['# trust stores', '', PARTNERS, 'partners'].join('\n'),
    });
    expect(error.reason).toBe('invalid-input');
    expect(error.message).toBe(malformed('input elb-trust-store-arns', 4, 'partners'));
  });

  it('names the input as the front-end does: --elb-trust-store-arns for the CLI', () => {
    const error = refusal({ 'elb-trust-store-arns': 'not-an-arn' }, (name) => `--${name}`);
    expect(error.message).toBe(malformed('--elb-trust-store-arns', 1, 'not-an-arn'));
    // The label of the call in progress only: the next read names inputs as the action does again.
    expect(refusal({ 'elb-trust-store-arns': 'still-not' }).message).toBe(
      malformed('input elb-trust-store-arns', 1, 'still-not'),
    );
  });

  it.each([
    [
      'a listener ARN',
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/alb/50dc6c495c0c9188/f2f7dc8efc522ab2',
    ],
    [
      'a load balancer ARN',
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/alb/50dc6c495c0c9188',
    ],
    [
      'an 11-digit account',
      'arn:aws:elasticloadbalancing:eu-west-1:12345678901:truststore/partners/0123456789abcdef',
    ],
    [
      'an upper-case id',
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789ABCDEF',
    ],
    [
      'a name of 33 characters',
      `arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/${'n'.repeat(33)}/01`,
    ],
    ['no id', 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners'],
    ['another service', 'arn:aws:acm:eu-west-1:123456789012:certificate/0123456789abcdef'],
    ['two ARNs on one line', `${PARTNERS},${TENANTS}`],
  ])('refuses %s', (_, line) => {
    expect(refusal({ 'elb-trust-store-arns': `${PARTNERS}\n${line}` }).message).toBe(
      malformed('input elb-trust-store-arns', 2, line),
    );
  });

  it('quotes at most 200 characters of a long malformed line', () => {
    const long = `x${'y'.repeat(500)}`;
    const { message } = refusal({ 'elb-trust-store-arns': long });
    expect(message).toBe(malformed('input elb-trust-store-arns', 1, long.slice(0, 200)));
    expect(message).not.toContain('y'.repeat(200));
  });

  it('gives an example in its message that it accepts itself', () => {
    const example = /e\.g\. (\S+)/.exec(refusal({ 'elb-trust-store-arns': 'x' }).message)?.[1];
    expect(example).toBeDefined();
    expect(TRUST_STORE_ARN.test(example ?? '')).toBe(true);
    expect(read({ 'elb-trust-store-arns': example ?? '' }).elbTrustStoreArns).toEqual([example]);
  });

  it('is what the ELB kind names as its targets, prefixed elb: in the contract', () => {
    const settings = read({ 'elb-trust-store-arns': `${PARTNERS}\n${TENANTS}` });
    expect(elbTrustStores.names(settings)).toEqual([PARTNERS, TENANTS]);
    expect(elbTrustStores.names(settings).map((arn) => elbTrustStores.contractName(arn))).toEqual([
      `elb:${PARTNERS}`,
      `elb:${TENANTS}`,
    ]);
  });
});

describe('revocation-files', () => {
  it('reads one glob per line, in order, skipping blank lines and # comments, excludes kept', () => {
    const settings = read({
      'elb-trust-store-arns': PARTNERS,
      'revocation-files':
        '# CRLs of our CAs\r\ncrl/**/*.pem\r\n\r\n!crl/retired/**\r\n  crl/partner.crl  \r\n',
    });
    expect(settings.revocationFiles).toEqual(['crl/**/*.pem', '!crl/retired/**', 'crl/partner.crl']);
  });

  it('is refused without a trust store to apply the lists to, naming both inputs as the front-end does', () => {
    const lists = { 'revocation-files': 'crl/*.pem', 'domain-names': 'api.example.com' };
    const action = refusal(lists);
    expect(action.reason).toBe('invalid-input');
    expect(action.message).toBe(
      'input revocation-files is set but input elb-trust-store-arns names no trust store: revocation lists are applied to Elastic Load Balancing trust stores only; name them, or remove revocation-files',
    );
    expect(refusal(lists, (name) => `--${name}`).message).toMatch(
      /^--revocation-files is set but --elb-trust-store-arns names no trust store:/,
    );
    // Comments alone name no trust store either.
    expect(refusal({ ...lists, 'elb-trust-store-arns': '# none yet\n' }).message).toMatch(
      /^input revocation-files is set but input elb-trust-store-arns names no trust store/,
    );
    // A malformed ARN is named as such, not as a missing one.
    expect(refusal({ ...lists, 'elb-trust-store-arns': 'partners' }).message).toBe(
      malformed('input elb-trust-store-arns', 1, 'partners'),
    );
  });

  it('does not change how ca-files or domain-names are read', () => {
    const settings = read({
      'ca-files': 'ca/*.pem',
      'domain-names': 'api.example.com',
      'revocation-files': 'crl/*.pem',
      'elb-trust-store-arns': PARTNERS,
    });
    expect(settings).toMatchObject({
      caFiles: ['ca/*.pem'],
      domainNames: ['api.example.com'],
      revocationFiles: ['crl/*.pem'],
      elbTrustStoreArns: [PARTNERS],
    });
  });
});

describe('the region of a trust store', () => {
  it('is the region its ARN names', () => {
    expect(regionOfTrustStore(PARTNERS)).toBe('eu-west-1');
    expect(regionOfTrustStore(VIRGINIA)).toBe('us-east-1');
    expect(
      regionOfTrustStore('arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:truststore/cn/0'),
    ).toBe('cn-north-1');
    expect(regionOfTrustStore('partners')).toBeUndefined();
  });

  it('is reachable from a run in its own region (and an ARN of no known form is left to AWS)', () => {
    expect(unreachableTrustStore(PARTNERS, 'eu-west-1')).toBeUndefined();
    expect(unreachableTrustStore('not-an-arn', 'eu-west-1')).toBeUndefined();
  });

  it('in another region is unreachable: the message names both regions and aws-region', () => {
    expect(unreachableTrustStore(VIRGINIA, 'eu-west-1')).toBe(
      `trust store ${VIRGINIA} is in us-east-1, and this run works in eu-west-1: set aws-region to us-east-1, or list in elb-trust-store-arns only the trust stores of eu-west-1 (run the action once per region)`,
    );
  });

  it('makes the session read it as unusable, before any call to AWS', async () => {
    // Any call to ELB would go to a closed port and fail: only the region check can answer this.
    const env = {
      AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
    };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const logs: string[] = [];
      const session = elbTrustStores.open({
        settings: testSettings({ elbTrustStoreArns: [VIRGINIA], truststoreUri: 's3://trust/alb.pem' }),
        clients: {} as AwsClients,
        region: 'eu-west-1',
        clock: systemClock,
        log: (m) => logs.push(m),
      });
      expect(await session.read(VIRGINIA)).toEqual({
        state: { domainName: VIRGINIA, mtlsEnabled: true, warnings: [] },
        unusable: unreachableTrustStore(VIRGINIA, 'eu-west-1'),
      });
      expect(logs).toEqual([]);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('the command that restores a trust store by hand', () => {
  const location = { bucket: 'example-truststores', key: 'alb/truststore.pem' };

  it('names the region, the ARN, the bucket, the key and the version, bare where that is safe', () => {
    expect(
      restoreTrustStoreCommand('eu-west-1', PARTNERS, location, '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY'),
    ).toBe(
      [
        'aws elbv2 modify-trust-store',
        '--region eu-west-1',
        `--trust-store-arn ${PARTNERS}`,
        '--ca-certificates-bundle-s3-bucket example-truststores',
        '--ca-certificates-bundle-s3-key alb/truststore.pem',
        '--ca-certificates-bundle-s3-object-version 3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY',
      ].join(' '),
    );
  });

  it('quotes a key or version a shell would split or expand, so that pasting it passes the same words', () => {
    const key = "alb/it's $HOME `x` *.pem";
    const version = 'v1;rm -rf ~';
    const command = restoreTrustStoreCommand('eu-west-1', PARTNERS, { ...location, key }, version);
    expect(command).toContain(`--ca-certificates-bundle-s3-key 'alb/it'\\''s $HOME \`x\` *.pem'`);
    expect(command).toContain(`--ca-certificates-bundle-s3-object-version 'v1;rm -rf ~'`);
    // A POSIX shell reads the words back exactly (printf prints each argument on its own line).
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${command.replace(/^aws elbv2 /, '')}`], {
      encoding: 'utf8',
    })
      .split('\n')
      .slice(0, -1);
    expect(words).toEqual([
      'modify-trust-store',
      '--region',
      'eu-west-1',
      '--trust-store-arn',
      PARTNERS,
      '--ca-certificates-bundle-s3-bucket',
      'example-truststores',
      '--ca-certificates-bundle-s3-key',
      key,
      '--ca-certificates-bundle-s3-object-version',
      version,
    ]);
  });

  it('is what a session of a trust store names for a failed rollback, from truststore-uri', () => {
    const session = elbTrustStores.open({
      settings: testSettings({
        elbTrustStoreArns: [PARTNERS],
        truststoreUri: 's3://example-truststores/alb/truststore.pem',
      }),
      clients: {} as AwsClients,
      region: 'eu-west-1',
      clock: systemClock,
      log: () => {},
    });
    expect(session.restoreCommand?.(PARTNERS, 'v7')).toBe(
      restoreTrustStoreCommand('eu-west-1', PARTNERS, location, 'v7'),
    );
  });
});
