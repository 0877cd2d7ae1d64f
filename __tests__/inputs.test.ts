import { afterEach, describe, expect, it } from 'vitest';
import { actionInputs } from '../src/action/inputs.js';
import { type Environment, InputError, readSettings as readFrom } from '../src/settings/settings.js';

const readSettings = (env: Environment) => readFrom(env, actionInputs);

const touched = new Set<string>();
function input(name: string, value: string): void {
  const key = `INPUT_${name.toUpperCase()}`;
  process.env[key] = value;
  touched.add(key);
}
afterEach(() => {
  for (const key of touched) delete process.env[key];
  touched.clear();
});

describe('reading the inputs', () => {
  it('applies the documented defaults and takes the region from the environment', () => {
    input('ca-files', 'pki/**/*.pem');
    const settings = readSettings({ GITHUB_WORKSPACE: '/ws', AWS_DEFAULT_REGION: 'eu-central-1' });
    expect(settings).toMatchObject({
      mode: 'auto',
      workspace: '/ws',
      caFiles: ['pki/**/*.pem'],
      outputFile: 'truststore.pem',
      expiryWarningDays: 30,
      maxCaDepth: 4,
      failOnWarnings: false,
      awsRegion: 'eu-central-1',
      waitTimeoutSeconds: 900,
      rollbackOnWarnings: true,
      domainUpdateIntervalSeconds: 30,
      comment: 'always',
      requireReviewedPlan: true,
    });
    expect(readSettings({ AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'eu-central-1' }).awsRegion).toBe(
      'us-east-1',
    );
    input('aws-region', 'ap-south-1');
    expect(readSettings({ AWS_REGION: 'us-east-1' }).awsRegion).toBe('ap-south-1');
  });

  it('reads lists one item per line, skipping blank lines and # comments, CRLF included', () => {
    input('ca-files', 'roots/*.pem\r\n\r\n# retired CAs stay out\r\n!roots/old.pem\r\n  intermediates/**  ');
    input('domain-names', 'api.example.com\npartners.example.com\n');
    const settings = readSettings({});
    expect(settings.caFiles).toEqual(['roots/*.pem', '!roots/old.pem', 'intermediates/**']);
    expect(settings.domainNames).toEqual(['api.example.com', 'partners.example.com']);
  });

  it('refuses an empty ca-files with the fix', () => {
    expect(() => readSettings({})).toThrow(InputError);
    expect(() => readSettings({})).toThrow(/input ca-files is empty: list the CA certificate files/);
  });

  it.each([
    [
      'mode',
      'apply',
      /input mode is "apply": set it to one of auto, validate, plan, deploy, diagnose, audit/,
    ],
    ['max-ca-depth', '0', /input max-ca-depth is "0": set it to a whole number from 1 to 16/],
    ['expiry-warning-days', '-3', /input expiry-warning-days is "-3": set it to a whole number/],
    ['fail-on-warnings', 'maybe', /input fail-on-warnings is "maybe": set it to true or false/],
    ['comment', 'sometimes', /input comment is "sometimes": set it to one of always, changes-only, never/],
    ['require-reviewed-plan', 'skip', /input require-reviewed-plan is "skip": set it to true or false/],
  ])('refuses %s = %s with a message naming the input and the accepted values', (name, value, message) => {
    input('ca-files', 'pki/*.pem');
    input(name, value);
    expect(() => readSettings({})).toThrow(message);
  });

  it('accepts the usual spellings of booleans', () => {
    input('ca-files', 'pki/*.pem');
    input('rollback-on-warnings', 'FALSE');
    input('fail-on-warnings', 'yes');
    expect(readSettings({})).toMatchObject({ rollbackOnWarnings: false, failOnWarnings: true });
  });
});

describe('reading the probe and diagnose inputs', () => {
  it('applies the probe defaults and keeps probe-identities as written, for line numbers', () => {
    input('ca-files', 'pki/*.pem');
    input('probe-identities', '# partners\npartner /tmp/p.pem /tmp/p.key\n');
    expect(readSettings({})).toMatchObject({
      probeIdentities: '# partners\npartner /tmp/p.pem /tmp/p.key',
      probeUrl: 'https://{domain}/',
      probeTimeoutSeconds: 120,
      rollbackOnProbeFailure: true,
    });
  });

  it.each([
    [
      'probe-timeout-seconds',
      '0',
      /input probe-timeout-seconds is "0": set it to a whole number from 1 to 3600/,
    ],
    [
      'rollback-on-probe-failure',
      'sometimes',
      /input rollback-on-probe-failure is "sometimes": set it to true or false/,
    ],
  ])('refuses %s = %s with the fix', (name, value, message) => {
    input('ca-files', 'pki/*.pem');
    input(name, value);
    expect(() => readSettings({})).toThrow(message);
  });

  it('diagnose against a live truststore needs no ca-files; against ca-files it still does', () => {
    input('mode', 'diagnose');
    input('client-certificate', 'partner.pem');
    expect(() => readSettings({})).toThrow(/input ca-files is empty/);
    input('truststore-uri', 's3://b/k.pem');
    expect(readSettings({})).toMatchObject({
      mode: 'diagnose',
      caFiles: [],
      clientCertificate: 'partner.pem',
    });
  });
});
