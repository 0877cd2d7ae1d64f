/**
 * The probe inside deploy (AWS mocked, the gateway's answers scripted): it runs after each domain
 * is rolled, an unexpected outcome stops the roll and pins back what moved, and bad probe inputs
 * stop the deploy before anything is written.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeploymentError, runDeployMode } from '../../src/pipeline/deploy.js';
import type { Truststore } from '../../src/pki/model.js';
import type { Observation } from '../../src/probe/classify.js';
import type { ProbeIdentity } from '../../src/probe/identities.js';
import type { Settings } from '../../src/settings/settings.js';
import { bytesOf, type Cas, makeCas, settingsFor, truststoreOf, validationOf } from '../aws/fixtures.js';
import { FakeAws, FakeClock } from '../aws/support.js';
import { RunCapture } from '../modes/helpers.js';
import { type PartnerPki, partnerPki } from './world.js';

let cas: Cas;
let w: PartnerPki;
let clock: FakeClock;
let aws: FakeAws;
const outputs = new RunCapture();
const logs: string[] = [];
const three = ['a.example.com', 'b.example.com', 'c.example.com'];
/** What the gateway answers per domain and identity: tests set it. */
let answer: (domain: string, identity: string) => Observation;
const probed: string[] = [];

beforeAll(() => {
  cas = makeCas('deploy-probe');
  w = partnerPki('deploy-probe-');
});
afterAll(() => {
  cas.pki.cleanup();
  w.pki.cleanup();
});
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
  logs.length = 0;
  probed.length = 0;
  outputs.start();
});
afterEach(() => {
  aws.reset();
  outputs.stop();
});

const ok: Observation = { kind: 'http', status: 200 };
const forbidden: Observation = { kind: 'http', status: 403, errorType: 'ForbiddenException' };

function deploy(desired: Truststore, overrides: Partial<Settings> = {}) {
  const run = runDeployMode(
    settingsFor(aws.uri, {
      workspace: w.workspace,
      probeIdentities: `partner ${w.partner.certPath} ${w.partner.keyPath}\nlegacy ${w.legacy.certPath} ${w.legacy.keyPath} refuse`,
      probeTimeoutSeconds: 30,
      ...overrides,
    }),
    validationOf(desired),
    {
      clients: () => aws.clients(),
      clock,
      log: (m: string) => logs.push(m),
      onPlan: outputs.onPlan,
      probeAttempt: async (target, identity) => {
        const name = (identity as ProbeIdentity).name;
        probed.push(`${target.domain} ${name} v=${aws.domains.get(target.domain)?.truststoreVersion}`);
        return answer(target.domain, name);
      },
    },
  );
  return outputs.track(run);
}

const failure = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as DeploymentError);
const pinned = () => Object.fromEntries([...aws.domains].map(([n, d]) => [n, d.truststoreVersion]));

function liveWithDomains(names: string[]) {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
  for (const n of names) aws.addDomain(n, { truststoreVersion: 'v1' });
  return truststoreOf(cas.rootA, cas.rootC);
}

describe('the probe in deploy', () => {
  it('probes every identity on each domain right after it is rolled, and sets probe-results', async () => {
    answer = (_d, id) => (id === 'legacy' ? forbidden : ok);
    const desired = liveWithDomains(three);
    const { deployment } = await deploy(desired, { domainNames: three });
    expect(probed).toEqual(three.flatMap((d) => [`${d} partner v=v2`, `${d} legacy v=v2`]));
    expect(deployment.probes?.map((p) => [p.domain, p.identity, p.expected, p.outcome])).toEqual(
      three.flatMap((d) => [
        [d, 'partner', 'accept', 'accepted'],
        [d, 'legacy', 'refuse', 'gateway-forbidden'],
      ]),
    );
    const results = JSON.parse(outputs.read()['probe-results'] ?? 'null');
    expect(results[0]).toEqual({
      domain: 'a.example.com',
      identity: 'partner',
      expected: 'accept',
      outcome: 'accepted',
      status: 200,
      detail: 'HTTP 200: the certificate was accepted',
      attempts: 1,
    });
  });

  it('a probe that gets the wrong outcome stops the roll and pins every moved domain back', async () => {
    // b refuses the partner on the new version: the incident, caught on the second domain.
    answer = (d, id) => (id === 'legacy' || d === 'b.example.com' ? forbidden : ok);
    const desired = liveWithDomains(three);
    const error = await failure(deploy(desired, { domainNames: three }));
    expect(error).toBeInstanceOf(DeploymentError);
    expect(error?.message).toMatch(
      /the mTLS probe of b\.example\.com on version v2 failed: partner on b\.example\.com expected accept but got gateway-forbidden/,
    );
    expect(error?.message).toMatch(
      /Rolled back to their previous versions: b\.example\.com, a\.example\.com; not moved: c\.example\.com/,
    );
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v1', 'c.example.com': 'v1' });
    expect(error?.deployment.rolledBackDomains).toEqual(['b.example.com', 'a.example.com']);
    // The partner kept getting 403 until the probe timeout (30 s) ran out.
    const partnerOnB = error?.deployment.probes?.find(
      (p) => p.domain === 'b.example.com' && p.identity === 'partner',
    );
    expect(partnerOnB?.attempts).toBeGreaterThan(3);
    expect(JSON.parse(outputs.read()['probe-results'] ?? '[]')).toHaveLength(4);
    expect(outputs.read()['version-id']).toBe('v1');
  });

  it('with rollback-on-probe-failure false, the probed domain stays on the new version', async () => {
    answer = () => ok; // the removed CA still gets in: a refuse identity that is accepted
    const desired = liveWithDomains(['a.example.com', 'b.example.com']);
    const error = await failure(
      deploy(desired, { domainNames: ['a.example.com', 'b.example.com'], rollbackOnProbeFailure: false }),
    );
    expect(error?.message).toMatch(/legacy on a\.example\.com expected refuse but got accepted/);
    expect(error?.message).toMatch(
      /rollback-on-probe-failure is false: a\.example\.com stay on version v2; not moved: b\.example\.com/,
    );
    expect(pinned()).toEqual({ 'a.example.com': 'v2', 'b.example.com': 'v1' });
  });

  it('a bad probe identity fails the deploy before anything is written', async () => {
    const desired = liveWithDomains(['a.example.com']);
    await expect(
      deploy(desired, { domainNames: ['a.example.com'], probeIdentities: `partner ${w.partner.certPath}` }),
    ).rejects.toThrow(/probe-identities line 1 has 2 field/);
    expect(aws.writes).toEqual([]);
  });

  it('a probe that cannot run after a roll (a library throws) leaves the version unproven: every moved domain is pinned back', async () => {
    // The second domain's handshake throws, as OpenSSL did for an identity it would not load.
    answer = (d) => {
      if (d === 'b.example.com')
        throw Object.assign(new Error('ee key too small'), { reason: 'ee key too small' });
      return ok;
    };
    const desired = liveWithDomains(three);
    const error = await failure(
      deploy(desired, {
        domainNames: three,
        probeIdentities: `partner ${w.partner.certPath} ${w.partner.keyPath}`,
      }),
    );
    expect(error).toBeInstanceOf(DeploymentError);
    expect(error?.reason).toBe('probe-failed');
    expect(error?.message).toContain('could not run (ee key too small), so the version is unproven');
    expect(pinned()).toEqual({ 'a.example.com': 'v1', 'b.example.com': 'v1', 'c.example.com': 'v1' });
    const out = outputs.read();
    expect(out['version-id']).toBe('v1');
    expect(out['previous-version-id']).toBe('v1');
    expect(JSON.parse(out['deployed-domains'] ?? 'null')).toEqual([]);
    expect(JSON.parse(out['probe-results'] ?? 'null').map((r: { domain: string }) => r.domain)).toEqual([
      'a.example.com',
    ]);
  });
});
