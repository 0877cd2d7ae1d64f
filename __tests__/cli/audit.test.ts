/**
 * Issue 17: `mtls-truststore audit` in every format. It runs the pipeline's audit (reads only):
 * text lists each problem with its severity and code, JSON holds the action's outputs (healthy,
 * problems, failure-reason and the validation outputs), Markdown is the audit summary, SARIF lists
 * the problems as results at the CA files (a notification when a problem is not about a file).
 * An error-severity problem is exit 1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GetBucketLifecycleConfigurationCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bytesOf, type Cas, makeCas, truststoreOf } from '../aws/fixtures.js';
import { FakeAws, FakeClock } from '../aws/support.js';
import { validateJsonSchema } from '../support/json-schema.js';
import type { TestCert } from '../support/pki.js';
import { cli, folderIn } from './support.js';

const schema = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
);

let cas: Cas;
let soon: TestCert;
let aws: FakeAws;
let clock: FakeClock;
let count = 0;

beforeAll(() => {
  cas = makeCas('cli-audit-');
  soon = cas.pki.root('Audit Soon', { notAfter: new Date(Date.now() + 5 * 86_400_000) });
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  aws.s3.on(GetBucketLifecycleConfigurationCommand).resolves({ Rules: [] });
});
afterEach(() => aws.reset());

const deps = () => ({ clients: () => aws.clients(), clock });
const args = [
  'audit',
  'pki/*.pem',
  '--truststore-uri',
  's3://truststores/api/truststore.pem',
  '--aws-region',
  'eu-west-1',
  '--domain-names',
  'a.example.com',
];

/** The CA files are live, pinned by a.example.com; one of them expires in 5 days. */
function expiringLive(): string {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA, soon)));
  aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
  return folderIn(cas.pki.dir, `audit-${++count}`, {
    'pki/root.pem': cas.rootA.pem,
    'pki/soon.pem': soon.pem,
  });
}

describe('mtls-truststore audit', () => {
  it('healthy: says so, exit 0, and writes nothing', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    const dir = folderIn(cas.pki.dir, `audit-${++count}`, { 'pki/root.pem': cas.rootA.pem });
    const run = await cli(args, dir, { deps: deps() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('✓ audit of s3://truststores/api/truststore.pem: healthy');
    expect(run.stdout).toContain('  a.example.com: AVAILABLE, TLS_1_2, pinned to version v1');
    expect(aws.writes).toEqual([]);
  });

  it('text: each problem with its severity and code; warnings only are exit 0, an error is exit 1', async () => {
    const dir = expiringLive();
    const warned = await cli(args, dir, { deps: deps() });
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stdout).toContain('! audit of s3://truststores/api/truststore.pem: 0 errors, 1 warning');
    expect(warned.stdout).toMatch(/^warning ca-expiring {2}a\.example\.com: CA certificate CN=Audit Soon/m);
    expect(warned.stdout).toContain('1 domain checked');
    aws.versioning = 'Suspended';
    const failed = await cli(args, dir, { deps: deps() });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('✗ audit of s3://truststores/api/truststore.pem: 1 error, 1 warning');
    expect(failed.stdout).toMatch(/^error {3}versioning-not-enabled {2}/m);
  });

  it('JSON: every output of the action under its name, failure-reason included', async () => {
    const dir = expiringLive();
    aws.versioning = 'Suspended';
    const run = await cli([...args, '--format', 'json'], dir, { deps: deps() });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      ok: false,
      mode: 'audit',
      healthy: false,
      'failure-reason': 'audit-problems',
      'certificate-count': 2,
      'findings-count': 1,
    });
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual([
      'versioning-not-enabled',
      'ca-expiring',
    ]);
    expect(report.problems[1]).toMatchObject({ severity: 'warning', domain: 'a.example.com' });
    expect(report['truststore-sha256']).toMatch(/^[0-9a-f]{64}$/);
    // The verdict on standard error, so standard output stays parseable.
    expect(run.stderr).toContain('mtls-truststore: truststore audit: 1 error in what is live');
  });

  it('Markdown: the audit summary', async () => {
    const dir = expiringLive();
    aws.versioning = 'Suspended';
    const run = await cli([...args, '--format', 'markdown'], dir, { deps: deps() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('### ❌ mTLS truststore audit found 1 error, 1 warning');
    expect(run.stdout).toContain('`ca-expiring`');
  });

  it('SARIF: problems as results at the CA file of their certificate; the rest as notifications', async () => {
    const dir = expiringLive();
    aws.versioning = 'Suspended';
    const run = await cli([...args, '--format', 'sarif'], dir, { deps: deps() });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validateJsonSchema(schema, log)).toEqual([]);
    const sarif = log.runs[0];
    const expiring = sarif.results.find((r: { ruleId: string }) => r.ruleId === 'ca-expiring');
    expect(expiring).toMatchObject({
      level: 'warning',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'pki/soon.pem' }, region: { startLine: 1 } } },
      ],
    });
    expect(expiring.partialFingerprints['certificateSha256/v1']).toMatch(/^[0-9a-f]{64}:ca-expiring$/);
    expect(sarif.results.some((r: { ruleId: string }) => r.ruleId === 'expiring-soon')).toBe(true);
    for (const result of sarif.results)
      expect(sarif.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const notes = sarif.invocations[0].toolExecutionNotifications;
    expect(notes).toEqual([
      expect.objectContaining({ level: 'error', descriptor: { id: 'versioning-not-enabled' } }),
    ]);
  });

  it('SARIF: a difference between the CA files and what is live is located at the CA files', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    const dir = folderIn(cas.pki.dir, `audit-${++count}`, {
      'pki/a.pem': cas.rootA.pem,
      'pki/c.pem': cas.rootC.pem,
    });
    const run = await cli([...args, '--format', 'sarif'], dir, { deps: deps() });
    expect(run.code, run.stderr).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(validateJsonSchema(schema, log)).toEqual([]);
    const differs = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'repository-differs');
    expect(
      differs.locations.map(
        (l: { physicalLocation: { artifactLocation: { uri: string } } }) =>
          l.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['pki/a.pem', 'pki/c.pem']);
  });

  it('needs the live truststore (exit 2)', async () => {
    const dir = expiringLive();
    const run = await cli(['audit', 'pki/*.pem'], dir, { deps: deps() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('audit needs --truststore-uri s3://BUCKET/KEY');
    expect(aws.timeline).toEqual([]);
  });
});
