import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeploymentError, runDeployMode } from '../../src/pipeline/deploy.js';
import { runPlanMode } from '../../src/pipeline/plan.js';
import type { Truststore } from '../../src/pki/model.js';
import type { Settings } from '../../src/settings/settings.js';
import { bytesOf, type Cas, makeCas, settingsFor, truststoreOf, validationOf } from '../aws/fixtures.js';
import { body, FakeAws, FakeClock, gatewayError, s3Error } from '../aws/support.js';
import { RunCapture } from './helpers.js';

let cas: Cas;
let clock: FakeClock;
let aws: FakeAws;
const outputs = new RunCapture();
const logs: string[] = [];
const three = ['a.example.com', 'b.example.com', 'c.example.com'];

beforeAll(() => {
  cas = makeCas('deploy-mode');
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  logs.length = 0;
  outputs.start();
});
afterEach(() => {
  aws.reset();
  outputs.stop();
});

const deps = () => ({
  clients: () => aws.clients(),
  clock,
  log: (m: string) => logs.push(m),
  onPlan: outputs.onPlan,
});
const deploy = (desired: Truststore, overrides: Partial<Settings> = {}) =>
  outputs.track(runDeployMode(settingsFor(aws.uri, overrides), validationOf(desired), deps()));
const failure = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as DeploymentError);
const pinned = () => Object.fromEntries([...aws.domains].map(([n, d]) => [n, d.truststoreVersion]));

/** v1 live with A+B, the given domains pinned to it; the desired truststore is A+C. */
function liveWithDomains(names: string[]) {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
  for (const n of names) aws.addDomain(n, { truststoreVersion: 'v1' });
  return truststoreOf(cas.rootA, cas.rootC);
}

describe('deploy mode', () => {
  it('uploads the first version only if no object exists, and sets the outputs', async () => {
    const { deployment } = await deploy(truststoreOf(cas.rootA));
    expect(aws.writes.map((w) => w.call)).toEqual(['PutObject']);
    expect(aws.writes[0]?.input).toMatchObject({ IfNoneMatch: '*', ContentType: 'application/x-pem-file' });
    expect(deployment).toMatchObject({ versionId: 'v1', deployedDomains: [], upToDate: false });
    expect(outputs.read()).toMatchObject({
      'version-id': 'v1',
      'previous-version-id': '',
      'deployed-domains': '[]',
      'has-changes': 'true',
      'added-count': '1',
    });
  });

  it('uploads over the planned ETag, reads the version back, then rolls each domain 30 s apart', async () => {
    const desired = liveWithDomains(three);
    const { deployment } = await deploy(desired, { domainNames: three });
    expect(aws.writes[0]?.input).toMatchObject({
      IfMatch: aws.versions[0]?.etag,
      ChecksumAlgorithm: 'SHA256',
    });
    expect(aws.versions[1]?.bytes).toEqual(bytesOf(desired));
    // The new version is read back by id before any domain is touched.
    const put = aws.timeline.indexOf('PutObject');
    expect(aws.timeline.slice(put, put + 2)).toEqual(['PutObject', 'GetObject v2']);
    expect(aws.timeline.filter((c) => c.startsWith('UpdateDomainName'))).toEqual(
      three.map((n) => `UpdateDomainName ${n} v2`),
    );
    const at = aws.writes.filter((w) => w.call === 'UpdateDomainName').map((w) => w.at);
    expect([at[1]! - at[0]!, at[2]! - at[1]!]).toEqual([30_000, 30_000]);
    expect(pinned()).toEqual({ 'a.example.com': 'v2', 'b.example.com': 'v2', 'c.example.com': 'v2' });
    expect(deployment).toMatchObject({ versionId: 'v2', previousVersionId: 'v1', deployedDomains: three });
    expect(outputs.read()).toMatchObject({
      'version-id': 'v2',
      'previous-version-id': 'v1',
      'deployed-domains': JSON.stringify(three),
    });
  });

  it('is safe to re-run: the second run writes nothing and says up to date', async () => {
    const desired = liveWithDomains(three);
    await deploy(desired, { domainNames: three });
    const writes = aws.writes.length;
    const { deployment, plan } = await deploy(desired, { domainNames: three });
    expect(aws.writes.length).toBe(writes);
    expect(plan.upToDate).toBe(true);
    expect(deployment).toMatchObject({ upToDate: true, versionId: 'v2', deployedDomains: [] });
    expect(logs.at(-1)).toMatch(
      /is up to date: version v2 holds this truststore and every domain is pinned to it/,
    );
    expect(outputs.read()).toMatchObject({
      'version-id': 'v2',
      'deployed-domains': '[]',
      'has-changes': 'false',
    });
  });

  it('does not upload again when the latest object already holds the bytes: it only rolls the domains behind', async () => {
    const desired = truststoreOf(cas.rootA);
    aws.addVersion(bytesOf(truststoreOf(cas.rootB)));
    aws.addVersion(bytesOf(desired));
    aws.addDomain('a.example.com', { truststoreVersion: 'v2' });
    aws.addDomain('b.example.com', { truststoreVersion: 'v1' });
    const { deployment } = await deploy(desired, { domainNames: ['a.example.com', 'b.example.com'] });
    expect(aws.writes.map((w) => `${w.call} ${String(w.input.domainName ?? '')}`)).toEqual([
      'UpdateDomainName b.example.com',
    ]);
    expect(deployment).toMatchObject({ versionId: 'v2', deployedDomains: ['b.example.com'] });
  });

  it('never overwrites a concurrent writer: a version written after the plan stops the deploy', async () => {
    const desired = liveWithDomains(['a.example.com']);
    aws.onPut = () => {
      aws.onPut = undefined;
      aws.addVersion(new TextEncoder().encode('someone else'));
    };
    await expect(deploy(desired, { domainNames: ['a.example.com'] })).rejects.toThrow(
      /the live truststore changed since this plan \(PreconditionFailed/,
    );
    expect(aws.count('UpdateDomainName')).toBe(0);
    expect(pinned()).toEqual({ 'a.example.com': 'v1' });
  });

  it('touches no domain when the uploaded version does not read back as the bytes sent', async () => {
    const desired = liveWithDomains(['a.example.com']);
    aws.s3
      .on(GetObjectCommand, { VersionId: 'v2' })
      .resolves({ Body: body(new Uint8Array([1, 2])), VersionId: 'v2' });
    const error = await failure(deploy(desired, { domainNames: ['a.example.com'] }));
    expect(error).toBeInstanceOf(DeploymentError);
    expect(error?.message).toMatch(
      /version v2 of s3:\/\/truststores\/api\/truststore.pem does not read back as the bytes uploaded: no domain was changed/,
    );
    expect(error?.deployment).toMatchObject({ versionId: 'v2', deployedDomains: [] });
    expect(aws.count('UpdateDomainName')).toBe(0);
  });

  it('rolls back every domain it moved when API Gateway reports warnings, and the next plan shows drift', async () => {
    const desired = liveWithDomains(three);
    const v2 = new TextDecoder().decode(bytesOf(desired));
    // a loads v2 cleanly; b reports a warning on it.
    aws.warningsFor = (bytes, name) =>
      name === 'b.example.com' && new TextDecoder().decode(bytes) === v2
        ? ['Certificate CN=Partner C Root is not valid']
        : [];
    const error = await failure(deploy(desired, { domainNames: three }));
    expect(error).toBeInstanceOf(DeploymentError);
    expect(error?.message).toMatch(
      /API Gateway reported truststore warnings for b\.example\.com on version v2: Certificate CN=Partner C Root is not valid/,
    );
    expect(error?.message).toMatch(
      /Rolled back to their previous versions: b\.example\.com, a\.example\.com; not moved: c\.example\.com/,
    );
    expect(error?.deployment).toMatchObject({
      versionId: 'v2',
      previousVersionId: 'v1',
      deployedDomains: [],
      rolledBackDomains: ['b.example.com', 'a.example.com'],
      untouchedDomains: ['c.example.com'],
      warnings: [{ domainName: 'b.example.com', warnings: ['Certificate CN=Partner C Root is not valid'] }],
    });
    expect(aws.timeline.filter((c) => c.startsWith('UpdateDomainName'))).toEqual([
      'UpdateDomainName a.example.com v2',
      'UpdateDomainName b.example.com v2',
      'UpdateDomainName b.example.com v1',
      'UpdateDomainName a.example.com v1',
    ]);
    // Rollback calls respect the UpdateDomainName spacing too.
    const at = aws.writes.filter((w) => w.call === 'UpdateDomainName').map((w) => w.at);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(30_000);
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v1', 'c.example.com': 'v1' });
    expect(outputs.read()).toMatchObject({
      'version-id': 'v1',
      'previous-version-id': 'v1',
      'deployed-domains': '[]',
    });

    const plan = await runPlanMode(
      settingsFor(aws.uri, { domainNames: three }),
      validationOf(desired),
      deps(),
    );
    expect(plan.drift.join('\n')).toMatch(
      /latest object version v2 is not the one a\.example\.com, b\.example\.com, c\.example\.com are pinned to/,
    );
  });

  it('with rollback-on-warnings false, leaves the warned domain on the new version and stops', async () => {
    const desired = liveWithDomains(['a.example.com', 'b.example.com']);
    const v2 = new TextDecoder().decode(bytesOf(desired));
    aws.warningsFor = (bytes) => (new TextDecoder().decode(bytes) === v2 ? ['Certificate is expired'] : []);
    const error = await failure(
      deploy(desired, { domainNames: ['a.example.com', 'b.example.com'], rollbackOnWarnings: false }),
    );
    expect(error?.message).toMatch(
      /rollback-on-warnings is false: a\.example\.com stay on version v2; not moved: b\.example\.com/,
    );
    expect(error?.deployment).toMatchObject({ deployedDomains: ['a.example.com'], rolledBackDomains: [] });
    expect(pinned()).toEqual({ 'a.example.com': 'v2', 'b.example.com': 'v1' });
    expect(outputs.read()).toMatchObject({ 'version-id': 'v2', 'deployed-domains': '["a.example.com"]' });
  });

  it('rolls back the domains it moved when one fails part-way, and a re-run converges', async () => {
    const desired = liveWithDomains(three);
    let denied = false;
    aws.onUpdate = (name) => {
      if (name === 'b.example.com' && !denied) {
        denied = true;
        throw gatewayError('AccessDeniedException', 403, 'not authorized to perform: apigateway:PATCH');
      }
    };
    const error = await failure(deploy(desired, { domainNames: three }));
    expect(error).toBeInstanceOf(DeploymentError);
    expect(error?.message).toMatch(
      /apigateway:PATCH on arn:aws:apigateway:eu-west-1::\/domainnames\/b\.example\.com/,
    );
    expect(error?.message).toMatch(
      /Deploy stopped at b\.example\.com \(failed\)\.\nRolled back to their previous versions: a\.example\.com; not moved: c\.example\.com\. Fix the cause and re-run/,
    );
    expect(error?.deployment).toMatchObject({
      versionId: 'v2',
      deployedDomains: [],
      rolledBackDomains: ['a.example.com'],
      untouchedDomains: ['c.example.com'],
      failed: { domainName: 'b.example.com' },
    });
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v1', 'c.example.com': 'v1' });
    expect(outputs.read()['deployed-domains']).toBe('[]');

    // Fixed: the re-run uploads nothing (v2 holds the truststore) and rolls all three.
    const before = aws.count('PutObject');
    const { deployment } = await deploy(desired, { domainNames: three });
    expect(aws.count('PutObject')).toBe(before);
    expect(deployment.deployedDomains).toEqual(three);
    expect(pinned()).toEqual({ 'a.example.com': 'v2', 'b.example.com': 'v2', 'c.example.com': 'v2' });
    expect((await deploy(desired, { domainNames: three })).deployment.upToDate).toBe(true);
  });

  it('waits for a domain that is UPDATING before writing anything', async () => {
    const desired = liveWithDomains(['a.example.com']);
    const d = aws.domains.get('a.example.com')!;
    Object.assign(d, { status: 'UPDATING', updatingPolls: 3 });
    await deploy(desired, { domainNames: ['a.example.com'] });
    expect(logs).toContain('a.example.com is UPDATING; waiting until it is AVAILABLE before deploying');
    expect(pinned()).toEqual({ 'a.example.com': 'v2' });
  });

  it('fails before uploading when a domain stays UPDATING past wait-timeout-seconds', async () => {
    const desired = liveWithDomains(['a.example.com']);
    Object.assign(aws.domains.get('a.example.com')!, { status: 'UPDATING', updatingPolls: 10_000 });
    await expect(
      deploy(desired, { domainNames: ['a.example.com'], waitTimeoutSeconds: 120 }),
    ).rejects.toThrow(/custom domain name a\.example\.com is still UPDATING after 120 s/);
    expect(aws.writes).toEqual([]);
  });

  it('retries a throttled UpdateDomainName instead of failing', async () => {
    const desired = liveWithDomains(['a.example.com']);
    aws.fail('UpdateDomainName', gatewayError('TooManyRequestsException', 429, 'Too Many Requests'));
    const { deployment } = await deploy(desired, { domainNames: ['a.example.com'] });
    expect(deployment.deployedDomains).toEqual(['a.example.com']);
    expect(aws.count('UpdateDomainName')).toBe(2);
  });

  it('rejects bad encryption inputs before reading or writing anything', async () => {
    await expect(deploy(truststoreOf(cas.rootA), { sseAlgorithm: 'kms' })).rejects.toThrow(
      /input server-side-encryption is "kms"/,
    );
    expect(aws.timeline).toEqual([]);
  });

  it('uploads with the requested server-side encryption', async () => {
    await deploy(truststoreOf(cas.rootA), { sseAlgorithm: 'aws:kms', sseKmsKeyId: 'alias/truststores' });
    expect(aws.writes[0]?.input).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'alias/truststores',
    });
  });

  it('surfaces a denied upload without touching any domain', async () => {
    const desired = liveWithDomains(['a.example.com']);
    aws.fail('PutObject', s3Error('AccessDenied', 403, 'Access Denied'));
    await expect(deploy(desired, { domainNames: ['a.example.com'] })).rejects.toThrow(
      /s3:PutObject on arn:aws:s3:::truststores/,
    );
    expect(aws.count('UpdateDomainName')).toBe(0);
  });
});
