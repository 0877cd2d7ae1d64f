/**
 * End to end: the bundled action deploys to the local S3 and API Gateway, and probes a local
 * gateway emulator that verifies client certificates against the version each domain is pinned
 * to (the same fakes' state). Run `npm run build` first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../src/plan/model.js';
import { DOMAINS, fakeAws, type PartnerPki, partnerPki, pinTruststore, REGION, URI } from '../probe/world.js';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { GatewayEmulator, type GatewayEmulatorOptions } from '../support/gateway-emulator.js';
import type { TestCert } from '../support/pki.js';

let w: PartnerPki;
const servers: { close(): Promise<void> }[] = [];
let workspaces = 0;

beforeAll(() => {
  w = partnerPki('e2e-probe-');
});
afterAll(async () => {
  for (const s of servers) await s.close();
  w?.pki.cleanup();
});

/** Fake S3 + API Gateway (wire protocols) and the emulator, the domains pinned to `live`. */
async function world(live: TestCert[], options: Partial<GatewayEmulatorOptions> = {}) {
  const aws = fakeAws();
  const v1 = pinTruststore(aws, live);
  const s3Server: RunningServer = await aws.s3.start();
  const gatewayServer: RunningServer = await aws.gateway.start();
  const emulator = new GatewayEmulator({
    ...aws,
    server: { certPem: w.server.pem, keyPem: readFileSync(w.server.keyPath, 'utf8') },
    ...options,
  });
  const running = await emulator.start();
  servers.push(s3Server, gatewayServer, running);
  return {
    ...aws,
    emulator,
    v1,
    port: running.port,
    env: sdkEnvironment(s3Server.url, gatewayServer.url, REGION),
  };
}

function deploy(
  x: Awaited<ReturnType<typeof world>>,
  cas: TestCert[],
  identities: string,
  extra: Record<string, string> = {},
): Promise<ActionRun> {
  const dir = path.join(w.pki.dir, `workspace-${++workspaces}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const c of cas) writeFileSync(path.join(dir, 'ca', `${c.name}.pem`), c.pem);
  return runAction({
    workspace: dir,
    env: x.env,
    inputs: {
      mode: 'deploy',
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'domain-names': DOMAINS.join('\n'),
      'domain-update-interval-seconds': '0',
      'poll-interval-seconds': '0',
      'wait-timeout-seconds': '20',
      comment: 'never',
      // These tests are about the probe; the reviewed-plan contract has its own (contract.e2e).
      'require-reviewed-plan': 'false',
      'probe-identities': identities,
      // The emulator listens on an address; SNI and Host still carry each domain name.
      'probe-url': `https://127.0.0.1:${x.port}/health`,
      'probe-ca-file': w.serverRoot.certPath,
      'probe-timeout-seconds': '3',
      ...extra,
    },
  });
}

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const results = (r: ActionRun): ProbeResult[] => JSON.parse(r.outputs['probe-results'] ?? '[]');
const table = (r: ActionRun) => results(r).map((p) => [p.domain, p.identity, p.outcome]);
const partner = () => `partner ${w.partner.certPath} ${w.partner.keyPath} accept`;
const legacy = () => `legacy ${w.legacy.certPath} ${w.legacy.keyPath} refuse`;
/** The figures the probe logs: "probed <domain> with N identities in M ms". */
const probeMs = (r: ActionRun) =>
  [...r.stdout.matchAll(/probed (\S+) with \d+ identit\w+ in (\d+) ms/g)].map((m) => Number(m[2]));

describe('deploy proves each roll live with a handshake as a leaf-only partner', () => {
  it('the incident: a root-only truststore refuses the partner, the step fails and every domain is pinned back', async () => {
    const x = await world([w.legacyRoot]);
    const run = await deploy(x, [w.root], partner());
    expect(run.exitCode, log(run)).not.toBe(0);
    expect(log(run)).toMatch(
      /the mTLS probe of api\.example\.com on version \S+ failed: partner on api\.example\.com expected accept but got gateway-forbidden/,
    );
    expect(table(run)).toEqual([['api.example.com', 'partner', 'gateway-forbidden']]);
    for (const d of DOMAINS) expect(x.gateway.domain(d).mtls?.truststoreVersion).toBe(x.v1);
    expect(x.gateway.domain('api.example.com').versionHistory.at(-1)).toBe(x.v1);
    expect(run.outputs['version-id']).toBe(x.v1);
    expect(run.summary).toContain('**Live mTLS probe**');
    expect(run.summary).toMatch(
      /\| ❌ \| api\.example\.com \| partner \| accept \| gateway-forbidden \| 403 \|/,
    );
    // The emulator saw the leaf alone for the right domain, and refused it.
    const refused = x.emulator.handled.filter((h) => !h.authorized);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((h) => h.domain === 'api.example.com' && h.host === 'api.example.com')).toBe(true);
  });

  it('with the intermediate in the truststore the partner is accepted on every domain; the figure per domain is printed', async () => {
    const x = await world([w.legacyRoot]);
    const run = await deploy(x, [w.root, w.issuing], partner());
    expect(run.exitCode, log(run)).toBe(0);
    expect(table(run)).toEqual(DOMAINS.map((d) => [d, 'partner', 'accepted']));
    expect(results(run).every((p) => p.attempts === 1 && p.status === 200)).toBe(true);
    expect(run.summary).toMatch(/\| ✅ \| partners\.example\.com \| partner \| accept \| accepted \| 200 \|/);
    const ms = probeMs(run);
    expect(ms).toHaveLength(DOMAINS.length);
    console.log(
      `probe cost per domain, gateway answering at once: ${ms.join(' ms, ')} ms (target ≤ 2000 ms)`,
    );
  });

  it('a removal expected to refuse: the removed CA is locked out at the handshake, the kept partner gets in', async () => {
    const x = await world([w.root, w.issuing, w.legacyRoot], { refusal: 'handshake' });
    const run = await deploy(x, [w.root, w.issuing], `${partner()}\n${legacy()}`);
    expect(run.exitCode, log(run)).toBe(0);
    expect(table(run)).toEqual(
      DOMAINS.flatMap((d) => [
        [d, 'partner', 'accepted'],
        [d, 'legacy', 'tls-refused'],
      ]),
    );
    expect(x.emulator.handled.filter((h) => h.dropped).length).toBe(DOMAINS.length);
  });

  it('retries until the new version takes effect on the gateway', async () => {
    const x = await world([w.root], { reloadDelayMs: 1500 });
    const run = await deploy(x, [w.root, w.issuing], partner(), { 'probe-timeout-seconds': '20' });
    expect(run.exitCode, log(run)).toBe(0);
    const first = results(run)[0];
    expect(first).toMatchObject({ domain: 'api.example.com', outcome: 'accepted' });
    expect(first?.attempts).toBeGreaterThan(1);
    expect(log(run)).toMatch(/probe partner → api\.example\.com: gateway-forbidden .*retrying in \d+ ms/);
    console.log(
      `probe waited for the reload: ${probeMs(run).join(' ms, ')} ms per domain, ${first?.attempts} attempts on the first`,
    );
  });
});
