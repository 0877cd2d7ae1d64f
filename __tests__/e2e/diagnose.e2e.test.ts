/**
 * End to end: `mode: diagnose` in the bundled action on the incident's misordered bundle, against
 * the truststore from ca-files and against the version a domain is pinned to (local S3 and API
 * Gateway). Run `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAws, type PartnerPki, partnerPki, pinTruststore, REGION, URI } from '../probe/world.js';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { sdkEnvironment } from '../support/fake-aws-http.js';
import type { TestCert } from '../support/pki.js';

let w: PartnerPki;
const servers: { close(): Promise<void> }[] = [];
let count = 0;

beforeAll(() => {
  w = partnerPki('e2e-diagnose-');
});
afterAll(async () => {
  for (const s of servers) await s.close();
  w?.pki.cleanup();
});

/** A workspace with the CA files under ca/ and the partner's bundle as they sent it. */
function workspace(cas: TestCert[], sent: TestCert[]): string {
  const dir = path.join(w.pki.dir, `ws-${++count}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const c of cas) writeFileSync(path.join(dir, 'ca', `${c.name}.pem`), c.pem);
  writeFileSync(path.join(dir, 'partner-bundle.pem'), sent.map((c) => c.pem).join(''));
  return dir;
}

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const diagnosis = (r: ActionRun) => JSON.parse(r.outputs.diagnosis ?? 'null');

describe("mode diagnose explains a partner's 403", () => {
  // The incident's bundle: intermediate first, then the leaf, then the root.
  const misordered = () => [w.issuing, w.partner, w.root];

  it('against a root-only ca-files truststore: refused, names the intermediate to add, and says the order is harmless', async () => {
    const run = await runAction({
      workspace: workspace([w.root], misordered()),
      inputs: { mode: 'diagnose', 'ca-files': 'ca/*.pem', 'client-certificate': 'partner-bundle.pem' },
    });
    expect(run.exitCode, log(run)).toBe(1);
    const d = diagnosis(run);
    expect(d.verdict).toBe('refused');
    expect(d.reasons.map((r: { code: string }) => r.code)).toEqual(['bundle-order', 'missing-issuer']);
    expect(d.fix).toMatch(
      /^add this intermediate to the truststore \(ca-files\): "CN=Example Partner Issuing CA, O=Example"/,
    );
    expect(d.truststore).toEqual({ source: 'ca-files', certificateCount: 1 });
    expect(log(run)).toMatch(
      /API Gateway refuses "CN=partner-one-client, O=Partner One" with ca-files: add this intermediate/,
    );
    expect(run.summary).toContain('API Gateway refuses this client certificate (403)');
    expect(run.summary).toContain('harmless once the truststore holds the intermediates');
  });

  it('against the version a domain is pinned to: accepted once it holds the intermediate, the order still noted', async () => {
    const aws = fakeAws();
    const version = pinTruststore(aws, [w.root, w.issuing], ['api.example.com']);
    const s3 = await aws.s3.start();
    const gateway = await aws.gateway.start();
    servers.push(s3, gateway);
    const run = await runAction({
      workspace: workspace([], misordered()),
      env: sdkEnvironment(s3.url, gateway.url, REGION),
      inputs: {
        mode: 'diagnose',
        'truststore-uri': URI,
        'domain-names': 'api.example.com',
        'client-certificate': 'partner-bundle.pem',
      },
    });
    expect(run.exitCode, log(run)).toBe(0);
    const d = diagnosis(run);
    expect(d.verdict).toBe('accepted');
    expect(d.reasons.map((r: { code: string }) => r.code)).toEqual(['accepted', 'bundle-order']);
    expect(d.truststore).toEqual({
      source: `${URI}?versionId=${version}`,
      domainName: 'api.example.com',
      versionId: version,
      certificateCount: 2,
    });
    expect(aws.s3.requestsFor('GetObject').map((r) => r.query.versionId)).toEqual([version]);
    expect(run.summary).toContain('API Gateway accepts this client certificate');
  });

  it('refuses a client-certificate file that holds a private key, and a missing input, with the fix', async () => {
    const dir = workspace([w.root], [w.partner]);
    writeFileSync(
      path.join(dir, 'with-key.pem'),
      w.partner.pem + (await import('node:fs')).readFileSync(w.partner.keyPath, 'utf8'),
    );
    const withKey = await runAction({
      workspace: dir,
      inputs: { mode: 'diagnose', 'ca-files': 'ca/*.pem', 'client-certificate': 'with-key.pem' },
    });
    expect(withKey.exitCode).toBe(1);
    expect(withKey.stdout).toMatch(/client-certificate with-key\.pem: .*private key/);
    expect(withKey.stdout).not.toContain('PRIVATE KEY-----');
    const missing = await runAction({ workspace: dir, inputs: { mode: 'diagnose', 'ca-files': 'ca/*.pem' } });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain('input client-certificate is empty');
  });
});
