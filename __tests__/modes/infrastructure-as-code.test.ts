/**
 * Beside infrastructure as code (docs/infrastructure-as-code.md), with the mocked SDK: plan, deploy
 * and audit warn about a domain a CloudFormation stack manages; a deploy whose roll succeeded tags
 * the version it deployed; the audit reports a pin put back to an older version (pin-reverted).
 */
import { GetBucketLifecycleConfigurationCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAuditMode } from '../../src/pipeline/audit.js';
import { DeploymentError, runDeployMode } from '../../src/pipeline/deploy.js';
import { runPlanMode } from '../../src/pipeline/plan.js';
import type { Truststore } from '../../src/pki/model.js';
import type { Plan as PlanWithNotes } from '../../src/plan/model.js';
import type { Settings } from '../../src/settings/settings.js';
import { bytesOf, type Cas, makeCas, settingsFor, truststoreOf, validationOf } from '../aws/fixtures.js';
import { FakeAws, FakeClock, s3Error } from '../aws/support.js';

const DEPLOYED = 'mtls-truststore-deployed';
const STACK_TAG = { 'aws:cloudformation:stack-name': 'partner-api-prod' };
const two = ['a.example.com', 'b.example.com'];

let cas: Cas;
let clock: FakeClock;
let aws: FakeAws;
const warnings: { message: string; title?: string }[] = [];

beforeAll(() => {
  cas = makeCas('iac');
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  // Now: the test CAs are valid now, and an audit judges their expiry at the clock's time.
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  // The bucket has no lifecycle rules (the audit reads them first).
  aws.s3.on(GetBucketLifecycleConfigurationCommand).rejects(s3Error('NoSuchLifecycleConfiguration', 404));
  warnings.length = 0;
});
afterEach(() => aws.reset());

const deps = (onPlan?: (plan: PlanWithNotes) => void) => ({
  clients: () => aws.clients(),
  clock,
  warn: (message: string, title?: string) => warnings.push({ message, ...(title ? { title } : {}) }),
  ...(onPlan ? { onPlan } : {}),
});
const settings = (overrides: Partial<Settings> = {}) =>
  settingsFor(aws.uri, { domainNames: two, ...overrides });
const deploy = (desired: Truststore, overrides: Partial<Settings> = {}) =>
  runDeployMode(settings(overrides), validationOf(desired), deps());
const audit = (desired: Truststore, overrides: Partial<Settings> = {}) =>
  runAuditMode(settings({ mode: 'audit', ...overrides }), validationOf(desired), deps());
const codes = (report: Awaited<ReturnType<typeof audit>>) => report.problems.map((p) => [p.code, p.domain]);

/** v1 uploaded by hand (A+B), both domains pinned to it; the repository holds A+C. */
function handUploaded(domainTags: Record<string, Record<string, string>> = {}) {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
  for (const n of two)
    aws.addDomain(n, { truststoreVersion: 'v1', ...(domainTags[n] ? { tags: domainTags[n] } : {}) });
  return truststoreOf(cas.rootA, cas.rootC);
}

describe('a domain a CloudFormation stack manages', () => {
  it('plan warns, names the stack and the recipe, and carries the note in the plan; the domains stay as they were', async () => {
    const desired = handUploaded({ 'b.example.com': STACK_TAG });
    let planned: PlanWithNotes | undefined;
    const plan: PlanWithNotes = await runPlanMode(
      settings(),
      validationOf(desired),
      deps((p) => {
        planned = p;
      }),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.title).toBe('truststore: cloudformation-managed');
    expect(warnings[0]?.message).toMatch(
      /custom domain name b\.example\.com belongs to CloudFormation stack partner-api-prod \(tag aws:cloudformation:stack-name\): .*the stack's next update of the domain puts the template's truststore version back/,
    );
    expect(warnings[0]?.message).toContain('docs/infrastructure-as-code.md');
    expect(plan.notes).toEqual([
      { domainName: 'b.example.com', code: 'cloudformation-managed', message: warnings[0]?.message },
    ]);
    expect(planned?.notes).toHaveLength(1);
    // The `plan` output's domain entries keep their shape: no tags in them.
    expect(plan.domains.map((d) => Object.keys(d).sort())).toEqual([
      ['domainName', 'mtlsEnabled', 'status', 'truststoreUri', 'truststoreVersion', 'warnings'],
      ['domainName', 'mtlsEnabled', 'status', 'truststoreUri', 'truststoreVersion', 'warnings'],
    ]);
  });

  it('a plan without such a domain has no notes field at all', async () => {
    const plan: PlanWithNotes = await runPlanMode(settings(), validationOf(handUploaded()), deps());
    expect('notes' in plan).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('deploy gives the same warning and still deploys', async () => {
    const desired = handUploaded({ 'a.example.com': STACK_TAG });
    const { deployment } = await deploy(desired);
    expect(deployment).toMatchObject({ versionId: 'v2', deployedDomains: two });
    expect(warnings.map((w) => w.title)).toEqual(['truststore: cloudformation-managed']);
    expect(warnings[0]?.message).toMatch(/a\.example\.com belongs to CloudFormation stack partner-api-prod/);
  });

  it('the audit reports it as a warning for that domain', async () => {
    handUploaded({ 'a.example.com': STACK_TAG });
    aws.addDomain('other.example.com', { truststoreUri: 's3://elsewhere/ts.pem', tags: STACK_TAG });
    const report = await audit(truststoreOf(cas.rootA, cas.rootB), {
      domainNames: [...two, 'other.example.com'],
    });
    const managed = report.problems.filter((p) => p.code === 'cloudformation-managed');
    // A domain on another truststore is domain-other-truststore, not this.
    expect(managed.map((p) => [p.domain, p.severity])).toEqual([['a.example.com', 'warning']]);
    expect(managed[0]?.message).toContain('partner-api-prod');
  });
});

describe('a deploy records the version it deployed', () => {
  it('after every domain moved: tags the version with the time and its own id, keeping its other tags', async () => {
    const desired = truststoreOf(cas.rootA);
    aws.addVersion(bytesOf(truststoreOf(cas.rootB)));
    aws.addVersion(bytesOf(desired)).tags = [{ Key: 'retention', Value: 'long' }];
    aws.addDomain('a.example.com', { truststoreVersion: 'v2' });
    aws.addDomain('b.example.com', { truststoreVersion: 'v1' });
    await deploy(desired);
    expect(aws.tagOf('v2', DEPLOYED)).toBe(`${new Date(clock.now()).toISOString()} v2`);
    expect(aws.tagOf('v2', 'retention')).toBe('long');
    expect(aws.versionCalls).toEqual(['GetObjectTagging v2', 'PutObjectTagging v2']);
    expect(warnings).toEqual([]);
  });

  it('never tags a version whose roll was rolled back', async () => {
    const desired = handUploaded();
    const v2 = new TextDecoder().decode(bytesOf(desired));
    aws.warningsFor = (bytes, name) =>
      name === 'b.example.com' && new TextDecoder().decode(bytes) === v2 ? ['Certificate is not valid'] : [];
    await expect(deploy(desired)).rejects.toBeInstanceOf(DeploymentError);
    expect(aws.versionCalls).toEqual([]);
    expect(aws.tagOf('v2', DEPLOYED)).toBeUndefined();
  });

  it('never tags a version whose roll stopped part-way', async () => {
    const desired = handUploaded();
    aws.onUpdate = (name) => {
      if (name === 'b.example.com') throw new Error('boom');
    };
    await expect(deploy(desired)).rejects.toBeInstanceOf(DeploymentError);
    expect(aws.versionCalls).toEqual([]);
  });

  it('a re-run that finds everything up to date writes no tag', async () => {
    const desired = handUploaded();
    await deploy(desired);
    aws.versionCalls.length = 0;
    await deploy(desired);
    expect(aws.versionCalls).toEqual([]);
  });

  it('a tag it cannot write is a warning naming the permission, and the deploy still succeeds', async () => {
    const desired = handUploaded();
    aws.fail('PutObjectTagging', s3Error('AccessDenied', 403, 'Access Denied'));
    const { deployment } = await deploy(desired);
    expect(deployment).toMatchObject({ versionId: 'v2', deployedDomains: two });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.title).toBe('truststore: deploy not recorded');
    expect(warnings[0]?.message).toMatch(
      /version v2 is deployed, but it could not be recorded as deployed \(tag mtls-truststore-deployed\).*s3:PutObjectVersionTagging on arn:aws:s3:::truststores\/api\/truststore\.pem/,
    );
  });
});

describe('the audit finds a pin put back after a deploy (pin-reverted)', () => {
  it('an apply that pins a domain back to the hand-uploaded version is an error naming both versions and the fix', async () => {
    const desired = handUploaded();
    await deploy(desired);
    // terraform apply with truststore_version = "v1" in its configuration:
    aws.domains.get('a.example.com')!.truststoreVersion = 'v1';
    const report = await audit(desired);
    expect(codes(report)).toContainEqual(['pin-reverted', 'a.example.com']);
    const p = report.problems.find((x) => x.code === 'pin-reverted');
    expect(p?.severity).toBe('error');
    const day = new Date(clock.now()).toISOString().slice(0, 10);
    expect(p?.message).toMatch(
      /custom domain name a\.example\.com is pinned to version v1 of s3:\/\/truststores\/api\/truststore\.pem .*older than version v2 that this action deployed on /,
    );
    expect(p?.message).toContain(`deployed on ${day}:`);
    expect(p?.message).toContain('usually an infrastructure-as-code apply (Terraform, CloudFormation)');
    expect(p?.message).toMatch(/re-run the deploy to pin v2 again/);
    expect(report.problems.filter((x) => x.code === 'pin-reverted')).toHaveLength(1);
    expect(report.healthy).toBe(false);
  });

  it('a version uploaded by hand does not count: a domain on an older one is not pin-reverted', async () => {
    const desired = handUploaded();
    aws.addVersion(bytesOf(desired)); // v2, by hand, never deployed by the action
    aws.domains.get('b.example.com')!.truststoreVersion = 'v2';
    const report = await audit(desired);
    expect(codes(report).map(([c]) => c)).not.toContain('pin-reverted');
    expect(codes(report)).toContainEqual(['versions-differ', null]);
    // Only the versions newer than the oldest pin were looked at.
    expect(aws.versionCalls).toEqual(['ListObjectVersions', 'GetObjectTagging v2']);
  });

  it('a rolled-back version does not count either: the domains back on the deployed one are fine', async () => {
    const first = handUploaded();
    await deploy(first); // v2, deployed and tagged
    const second = truststoreOf(cas.rootA, cas.rootB, cas.rootC);
    const v3 = new TextDecoder().decode(bytesOf(second));
    aws.warningsFor = (bytes) => (new TextDecoder().decode(bytes) === v3 ? ['Certificate is not valid'] : []);
    await expect(deploy(second)).rejects.toBeInstanceOf(DeploymentError);
    expect(aws.tagOf('v3', DEPLOYED)).toBeUndefined();
    const report = await audit(first);
    expect(codes(report).map(([c]) => c)).not.toContain('pin-reverted');
    expect(codes(report)).toContainEqual(['latest-not-pinned', null]);
  });

  it('a copy of a deployed version (its tag names the original) does not count', async () => {
    const desired = handUploaded();
    aws.addVersion(bytesOf(desired)).tags = [{ Key: DEPLOYED, Value: '2030-01-01T00:00:00.000Z v1' }];
    const report = await audit(desired);
    expect(codes(report).map(([c]) => c)).not.toContain('pin-reverted');
  });

  it('lists nothing when every domain pins the latest version', async () => {
    const desired = handUploaded();
    await deploy(desired);
    aws.versionCalls.length = 0;
    const report = await audit(desired);
    expect(codes(report)).toEqual([]);
    expect(aws.versionCalls).toEqual([]);
  });

  it('without s3:ListBucketVersions: a warning that names it, and the rest of the audit stands', async () => {
    const desired = handUploaded();
    await deploy(desired);
    aws.domains.get('a.example.com')!.truststoreVersion = 'v1';
    warnings.length = 0;
    aws.fail('ListObjectVersions', s3Error('AccessDenied', 403, 'Access Denied'));
    const report = await audit(desired);
    expect(codes(report)).toContainEqual(['versions-differ', null]);
    expect(codes(report).map(([c]) => c)).not.toContain('pin-reverted');
    expect(warnings.map((w) => w.title)).toEqual(['truststore audit: pin-reverted not checked']);
    expect(warnings[0]?.message).toMatch(/s3:ListBucketVersions on arn:aws:s3:::truststores\b/);
  });

  it('expired credentials while reading tags fail the audit', async () => {
    const desired = handUploaded();
    aws.addVersion(bytesOf(desired));
    aws.domains.get('b.example.com')!.truststoreVersion = 'v2';
    aws.fail('GetObjectTagging', s3Error('ExpiredToken', 400, 'The provided token has expired.'));
    await expect(audit(desired)).rejects.toThrow(/expired/);
  });
});
