import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runPlanMode } from '../../src/pipeline/plan.js';
import type { Plan } from '../../src/plan/model.js';
import { renderPlanMarkdown } from '../../src/report/markdown/plan.js';
import { bytesOf, type Cas, makeCas, settingsFor, truststoreOf, validationOf } from '../aws/fixtures.js';
import { FakeAws, FakeClock } from '../aws/support.js';
import { RunCapture } from './helpers.js';

let cas: Cas;
let clock: FakeClock;
let aws: FakeAws;
const outputs = new RunCapture();

beforeAll(() => {
  cas = makeCas('plan-mode');
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  outputs.start();
});
afterEach(() => {
  aws.reset();
  outputs.stop();
});

const deps = () => ({ clients: () => aws.clients(), clock, log: () => {}, onPlan: outputs.onPlan });

describe('plan mode', () => {
  it('plans a first deployment when there is no object yet, and writes nothing', async () => {
    const desired = truststoreOf(cas.rootA, cas.interA);
    const plan = await runPlanMode(settingsFor(aws.uri), validationOf(desired), deps());
    expect(plan).toMatchObject({
      addedCount: 2,
      removedCount: 0,
      hasChanges: true,
      upload: true,
      upToDate: false,
    });
    expect(aws.writes).toEqual([]);
    const out = outputs.read();
    expect(out).toMatchObject({ 'has-changes': 'true', 'added-count': '2', 'removed-count': '0' });
    expect((JSON.parse(out.plan ?? '') as Plan).desired.sha256).toBe(desired.sha256);
  });

  it('diffs against the version the domains are pinned to and shows their state and warnings', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    aws.addDomain('b.example.com', { truststoreVersion: 'v1' });
    aws.warningsFor = () => ['CN=Partner B Root: certificate expires soon'];
    const plan = await runPlanMode(
      settingsFor(aws.uri, { domainNames: ['a.example.com', 'b.example.com'] }),
      validationOf(truststoreOf(cas.rootA, cas.rootC)),
      deps(),
    );
    expect(plan.primary.versionId).toBe('v1');
    expect(plan.primary.added.map((c) => c.subject)).toEqual(['CN=Partner C Root, O=Test PKI']);
    expect(plan.primary.removed.map((c) => c.subject)).toEqual(['CN=Partner B Root, O=Test PKI']);
    expect(plan.domains).toEqual([
      {
        domainName: 'a.example.com',
        status: 'AVAILABLE',
        mtlsEnabled: true,
        truststoreUri: aws.uri,
        truststoreVersion: 'v1',
        warnings: ['CN=Partner B Root: certificate expires soon'],
      },
      expect.objectContaining({ domainName: 'b.example.com', truststoreVersion: 'v1' }),
    ]);
    expect(outputs.read()).toMatchObject({ 'has-changes': 'true', 'added-count': '1', 'removed-count': '1' });
    expect(aws.writes).toEqual([]);
  });

  it('says up to date when the bytes are live and pinned everywhere', async () => {
    const desired = truststoreOf(cas.rootA);
    aws.addVersion(bytesOf(desired));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    const plan = await runPlanMode(
      settingsFor(aws.uri, { domainNames: ['a.example.com'] }),
      validationOf(desired),
      deps(),
    );
    expect(plan).toMatchObject({ upToDate: true, hasChanges: false, addedCount: 0, removedCount: 0 });
    expect(outputs.read()['has-changes']).toBe('false');
  });

  it('reads every pinned version by id and reports drift when domains disagree', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
    aws.addVersion(bytesOf(truststoreOf(cas.rootB)));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    aws.addDomain('b.example.com', { truststoreVersion: 'v2' });
    const plan = await runPlanMode(
      settingsFor(aws.uri, { domainNames: ['a.example.com', 'b.example.com'] }),
      validationOf(truststoreOf(cas.rootA, cas.rootB)),
      deps(),
    );
    expect(aws.timeline.filter((c) => c.startsWith('GetObject'))).toEqual([
      'GetObject latest',
      'GetObject v1',
      'GetObject v2',
    ]);
    expect(plan.pinnedDiffs.map((d) => [d.versionId, d.domains, d.identical])).toEqual([
      ['v1', ['a.example.com'], false],
      ['v2', ['b.example.com'], true],
    ]);
    expect(plan.latest?.versionId).toBe('v3');
    expect(plan.drift.join('\n')).toMatch(
      /latest object version v3 is not the one a\.example\.com, b\.example\.com are pinned to/,
    );
  });

  it('reports the live bundle findings apart from the new one', async () => {
    const expired = cas.pki.root('Expired Root', {
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2021-01-01T00:00:00Z'),
    });
    aws.addVersion(new TextEncoder().encode(cas.rootA.pem + expired.pem));
    const plan = await runPlanMode(settingsFor(aws.uri), validationOf(truststoreOf(cas.rootA)), deps());
    expect(plan.findings).toEqual([]);
    const live = plan.liveFindings.filter((f) => f.subject?.includes('Expired Root'));
    expect(live.length).toBeGreaterThan(0);
    expect(live[0]?.file).toBe(`${aws.uri}?versionId=v1`);
    expect(plan.primary.removed.map((c) => c.subject)).toEqual(['CN=Expired Root, O=Test PKI']);
  });

  it('lists every domain problem at once: no mutual TLS, edge-optimized, another truststore', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addDomain('plain.example.com', { truststoreUri: undefined });
    aws.addDomain('edge.example.com', { truststoreUri: undefined, endpointType: 'EDGE' });
    aws.addDomain('other.example.com', {
      truststoreUri: 's3://other-bucket/truststore.pem',
      truststoreVersion: 'x',
    });
    const error = (await runPlanMode(
      settingsFor(aws.uri, { domainNames: ['plain.example.com', 'edge.example.com', 'other.example.com'] }),
      validationOf(truststoreOf(cas.rootA)),
      deps(),
    ).catch((e: Error) => e)) as Error;
    expect(error.message.split('\n')).toEqual([
      `custom domain name plain.example.com has no mutual TLS: enable mutual TLS on it with truststore ${aws.uri}, or remove it from domain-names`,
      `custom domain name edge.example.com has no mutual TLS (it is edge-optimized: API Gateway supports mutual TLS only on Regional custom domain names): enable mutual TLS on it with truststore ${aws.uri}, or remove it from domain-names`,
      `custom domain name other.example.com uses truststore s3://other-bucket/truststore.pem, not ${aws.uri}: set truststore-uri to the domain's truststore, or list in domain-names only the domains that use ${aws.uri}`,
    ]);
  });

  it('fails on a domain that does not exist, naming it', async () => {
    await expect(
      runPlanMode(
        settingsFor(aws.uri, { domainNames: ['missing.example.com'] }),
        validationOf(truststoreOf(cas.rootA)),
        deps(),
      ),
    ).rejects.toThrow(/custom domain name missing.example.com does not exist in eu-west-1/);
  });

  it('fails when the bucket is not versioned, before reading any pinned version', async () => {
    aws.versioning = 'Suspended';
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addVersion(bytesOf(truststoreOf(cas.rootB)));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    await expect(
      runPlanMode(
        settingsFor(aws.uri, { domainNames: ['a.example.com'] }),
        validationOf(truststoreOf(cas.rootA)),
        deps(),
      ),
    ).rejects.toThrow(/bucket truststores has versioning status Suspended: enable versioning/);
    // The latest object is read alongside the versioning check (reads go in parallel); nothing else.
    expect(aws.timeline).toEqual(['GetObject latest']);
  });

  it('names the versioning problem first even when a domain read fails too', async () => {
    aws.versioning = undefined;
    await expect(
      runPlanMode(
        settingsFor(aws.uri, { domainNames: ['missing.example.com'] }),
        validationOf(truststoreOf(cas.rootA)),
        deps(),
      ),
    ).rejects.toThrow(/bucket truststores has versioning never been enabled/);
  });

  it.each([
    [
      'FAILED',
      /is FAILED \(API Gateway says: certificate not found\): API Gateway could not apply its last change/,
    ],
    ['PENDING_CERTIFICATE_REIMPORT', /re-import its certificate into ACM/],
    ['PENDING_OWNERSHIP_VERIFICATION', /ownership verification certificate .* renew or validate it in ACM/],
  ])('reports a %s domain with the fix, as deploy would refuse it', async (status, fix) => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addDomain('ok.example.com', { truststoreVersion: 'v1' });
    aws.addDomain('stuck.example.com', {
      truststoreVersion: 'v1',
      status,
      ...(status === 'FAILED' ? { statusMessage: 'certificate not found' } : {}),
    });
    const plan = await runPlanMode(
      settingsFor(aws.uri, { domainNames: ['ok.example.com', 'stuck.example.com'] }),
      validationOf(truststoreOf(cas.rootA, cas.rootB)),
      deps(),
    );
    expect(plan.blockedDomains?.map((b) => [b.domainName, b.status])).toEqual([
      ['stuck.example.com', status],
    ]);
    expect(plan.blockedDomains?.[0]?.message).toMatch(fix);
    expect(renderPlanMarkdown(plan)).toContain('#### Domains deploy would refuse');
    expect(aws.writes).toEqual([]);
  });

  it('does not report domains that are only UPDATING or AVAILABLE', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1', status: 'UPDATING', updatingPolls: 5 });
    const plan = await runPlanMode(
      settingsFor(aws.uri, { domainNames: ['a.example.com'] }),
      validationOf(truststoreOf(cas.rootA)),
      deps(),
    );
    expect(plan.blockedDomains).toBeUndefined();
    expect(renderPlanMarkdown(plan)).not.toContain('deploy would refuse');
  });

  it('refuses a domain with an enhanced security policy, which cannot carry mutual TLS, citing AWS', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addDomain('strict.example.com', {
      truststoreVersion: 'v1',
      securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09',
    });
    aws.addDomain('legacy.example.com', { truststoreVersion: 'v1', securityPolicy: 'TLS_1_0' });
    const error = (await runPlanMode(
      settingsFor(aws.uri, { domainNames: ['strict.example.com', 'legacy.example.com'] }),
      validationOf(truststoreOf(cas.rootA)),
      deps(),
    ).catch((e: Error) => e)) as Error;
    expect(error.message.split('\n')).toEqual([
      'custom domain name strict.example.com uses the enhanced security policy SecurityPolicy_TLS13_1_3_2025_09, which API Gateway does not allow with mutual TLS: set its security policy to TLS_1_2 (or TLS_1_0), or remove it from domain-names (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html)',
    ]);
  });

  it.each([
    [{ truststoreUri: undefined }, /input truststore-uri is required in plan and deploy modes/],
    [
      { truststoreUri: 'truststores/api.pem' },
      /input truststore-uri is "truststores\/api.pem": set truststore-uri to s3:\/\//,
    ],
    [{ awsRegion: undefined }, /no AWS region: set the aws-region input/],
  ])('refuses settings %j with a message naming the input', async (overrides, message) => {
    await expect(
      runPlanMode(settingsFor(aws.uri, overrides), validationOf(truststoreOf(cas.rootA)), deps()),
    ).rejects.toThrow(message);
  });

  it('refuses to plan a truststore that did not validate', async () => {
    const failed = { ...validationOf(truststoreOf(cas.rootA)), ok: false, truststore: undefined };
    await expect(runPlanMode(settingsFor(aws.uri), failed, deps())).rejects.toThrow(/did not validate/);
  });
});
