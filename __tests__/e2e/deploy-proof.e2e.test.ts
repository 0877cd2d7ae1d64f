/**
 * End to end, issue 19 ("a deploy never leaves targets split"): the bundled action against the
 * local S3 and API Gateway (wire protocols) and the gateway emulator (real TLS).
 *
 * 1. Every probe identity is loaded into a real TLS context before the first write: a partner leaf
 *    whose RSA-1024 key matches it (so the key check passes) is refused by OpenSSL's default
 *    security level, and nothing is written.
 * 2. A probe-ca-file whose PEM block is broken is refused before the first write.
 * 3. After the first write, a probe that cannot run (a library throws) leaves the version unproven:
 *    every domain this run moved is rolled back and the step fails with `probe-failed`.
 * 4. Strings that come from AWS never start a runner command: no line of the step's output starts
 *    (after spaces) with `::` unless the action wrote that command itself.
 *
 * Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProbeResult } from '../../src/plan/model.js';
import {
  BUCKET,
  DOMAINS,
  fakeAws,
  KEY,
  type PartnerPki,
  partnerPki,
  pinTruststore,
  REGION,
  URI,
} from '../probe/world.js';
import { type ActionRun, runAction } from '../support/action-runner.js';
import type { DomainStatus } from '../support/fake-apigateway.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { GatewayEmulator } from '../support/gateway-emulator.js';
import type { TestCert } from '../support/pki.js';

let w: PartnerPki;
/** A partner leaf under the test intermediate whose key is RSA-1024: it matches, OpenSSL refuses it. */
let weak: TestCert;
const servers: RunningServer[] = [];
let workspaces = 0;

beforeAll(() => {
  w = partnerPki('e2e-proof-');
  weak = w.pki.leaf('weak', w.issuing, { key: 'rsa1024', subject: '/O=Partner Two/CN=partner-two-client' });
});
afterAll(async () => {
  for (const s of servers) await s.close();
  w?.pki.cleanup();
});

/** Fake S3 + API Gateway, `domains` pinned to a version holding `live`, and the gateway emulator. */
async function world(live: TestCert[], domains: string[] = DOMAINS) {
  const aws = fakeAws();
  const v1 = pinTruststore(aws, live, domains);
  const s3Server = await aws.s3.start();
  const gatewayServer = await aws.gateway.start();
  const emulator = new GatewayEmulator({
    ...aws,
    server: { certPem: w.server.pem, keyPem: readFileSync(w.server.keyPath, 'utf8') },
  });
  const running = await emulator.start();
  servers.push(s3Server, gatewayServer, running);
  return {
    ...aws,
    emulator,
    v1,
    domains,
    port: running.port,
    env: sdkEnvironment(s3Server.url, gatewayServer.url, REGION),
  };
}
type World = Awaited<ReturnType<typeof world>>;

/** A checkout holding `cas` under ca/ and any extra files; keys stay outside it (in the PKI folder). */
function workspace(cas: TestCert[], files: Record<string, string> = {}): string {
  const dir = path.join(w.pki.dir, `workspace-${++workspaces}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const c of cas) writeFileSync(path.join(dir, 'ca', `${c.name}.pem`), c.pem);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function deploy(x: World, dir: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: dir,
    env: x.env,
    inputs: {
      mode: 'deploy',
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'domain-names': x.domains.join('\n'),
      'domain-update-interval-seconds': '0',
      'poll-interval-seconds': '0',
      'wait-timeout-seconds': '20',
      comment: 'never',
      // About the proof and the log; the reviewed-plan contract has its own tests (contract.e2e).
      'require-reviewed-plan': 'false',
      'probe-url': `https://127.0.0.1:${x.port}/health`,
      'probe-ca-file': w.serverRoot.certPath,
      'probe-timeout-seconds': '3',
      ...extra,
    },
  });
}

/**
 * What OpenSSL says when the Node that runs the action (Node 24, OpenSSL 3.5: security level 2)
 * loads `cert` with `key`; the test's own Node may be older with a laxer default (level 1).
 */
function openSslVerdict(cert: TestCert): string {
  const script =
    "try { require('node:tls').createSecureContext({ cert: require('node:fs').readFileSync(process.argv[1]), key: require('node:fs').readFileSync(process.argv[2]) }); console.log('loaded') } catch (e) { console.log(e.reason ?? e.message) }";
  return execFileSync(inject('node24'), ['-e', script, cert.certPath, cert.keyPath], {
    encoding: 'utf8',
  }).trim();
}

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const results = (r: ActionRun): ProbeResult[] => JSON.parse(r.outputs['probe-results'] ?? '[]');
const partner = () => `partner ${w.partner.certPath} ${w.partner.keyPath} accept`;
const weakLine = () => `weak ${weak.certPath} ${weak.keyPath} accept`;

/** Nothing was written: no object version, no UpdateDomainName, every domain where it was. */
function expectNothingWritten(x: World) {
  expect(x.s3.requestsFor('PutObject')).toEqual([]);
  expect(x.s3.versions(BUCKET, KEY).map((v) => v.versionId)).toEqual([x.v1]);
  expect(x.gateway.requestsFor('UpdateDomainName')).toEqual([]);
  for (const d of x.domains) {
    expect(x.gateway.domain(d).mtls?.truststoreVersion).toBe(x.v1);
    expect(x.gateway.domain(d).versionHistory).toEqual([]);
  }
  // No handshake either: the probe never got to run.
  expect(x.emulator.handled).toEqual([]);
}

/** The outputs of a deploy refused before its first write: a change was planned, none was made. */
function expectNothingDeployedInOutputs(run: ActionRun, x: World) {
  expect(run.outputs['has-changes']).toBe('true');
  // Left unset (or set to what is live): no new version, no domain rolled.
  expect(run.outputs['version-id'] ?? x.v1).toBe(x.v1);
  expect(run.outputs['deployed-domains'] ?? '[]').toBe('[]');
}

describe('proof before the first write', () => {
  it('1. an RSA-1024 partner leaf whose key matches is invalid-input naming its line, and nothing is written', async () => {
    // The premise: the key belongs to the certificate (the old check passed), OpenSSL refuses it.
    const key = createPrivateKey(readFileSync(weak.keyPath));
    expect(new X509Certificate(weak.pem).checkPrivateKey(key)).toBe(true);
    expect(openSslVerdict(weak)).toBe('ee key too small');
    expect(openSslVerdict(w.partner)).toBe('loaded');

    const x = await world([w.root, w.issuing]);
    const run = await deploy(x, workspace([w.root, w.issuing, w.legacyRoot]), {
      'probe-identities': `${partner()}\n${weakLine()}`,
    });
    expect(run.exitCode, log(run)).toBe(1);
    expect(run.outputs['failure-reason']).toBe('invalid-input');
    expect(log(run)).toContain(
      `probe-identities line 2 (weak): OpenSSL refuses to present the certificate in ${weak.certPath} with its key (ee key too small)`,
    );
    expect(log(run)).toContain('RSA of 2048 bits or more');
    // The partner on line 1 is fine and is not blamed.
    expect(log(run)).not.toContain('probe-identities line 1');
    expectNothingWritten(x);
    expectNothingDeployedInOutputs(run, x);
    expect(run.outputs['probe-results'] ?? '').toBe('');
  });

  describe('2. a probe-ca-file with a broken PEM block is invalid-input naming probe-ca-file, and nothing is written', () => {
    const lines = () => w.serverRoot.pem.trimEnd().split('\n');
    // [what, the file's text, the finding the message names]
    const broken: [string, () => string, string][] = [
      [
        'base64 lines replaced by garbage',
        () =>
          `${[...lines().slice(0, 2), '!!!garbage!!!', '!!!garbage!!!', ...lines().slice(4)].join('\n')}\n`,
        'bad-base64',
      ],
      [
        'a block cut short (its DER truncated, END line kept)',
        () => `${[...lines().slice(0, 4), lines().at(-1)].join('\n')}\n`,
        'undecodable-certificate',
      ],
      ['a block cut off (no END line)', () => `${lines().slice(0, 4).join('\n')}\n`, 'malformed-pem'],
    ];
    it.each(broken)('%s', async (_what, text, code) => {
      const x = await world([w.root, w.issuing]);
      const dir = workspace([w.root, w.issuing, w.legacyRoot], { 'server-ca.pem': text() });
      // The file still looks like PEM: the old check (it holds a BEGIN CERTIFICATE line) passed it.
      expect(readFileSync(path.join(dir, 'server-ca.pem'), 'utf8')).toContain('-----BEGIN CERTIFICATE-----');
      const run = await deploy(x, dir, { 'probe-identities': partner(), 'probe-ca-file': 'server-ca.pem' });
      expect(run.exitCode, log(run)).toBe(1);
      expect(run.outputs['failure-reason']).toBe('invalid-input');
      const said = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
      expect(said, log(run)).toMatch(/^::error::probe-ca-file server-ca\.pem line \d+: /);
      expect(said).toContain(`(${code}): give the server CA as PEM certificates only`);
      expectNothingWritten(x);
      expectNothingDeployedInOutputs(run, x);
    });
  });
});

describe('after the first write', () => {
  it('3. a probe that cannot run leaves the version unproven: both moved domains are rolled back, probe-failed', async () => {
    // An internationalized domain name in its Unicode form: Node's HTTP client throws on the
    // Host header (ERR_INVALID_CHAR) before any connection, an exception and not an outcome.
    const idn = 'пример.example.com';
    const x = await world([w.root, w.issuing], ['api.example.com', idn]);
    const run = await deploy(x, workspace([w.root, w.issuing, w.legacyRoot]), {
      'probe-identities': partner(),
    });
    const versions = x.s3.versions(BUCKET, KEY).map((v) => v.versionId);
    expect(versions, log(run)).toHaveLength(2);
    const v2 = versions[1] as string;

    expect(run.exitCode, log(run)).toBe(1);
    expect(run.outputs['failure-reason']).toBe('probe-failed');
    expect(log(run)).toContain(`the mTLS probe of ${idn} on version ${v2} could not run (`);
    expect(log(run)).toContain('so the version is unproven');
    expect(log(run)).toMatch(
      /Rolled back to their previous versions: пример\.example\.com, api\.example\.com;/,
    );

    // The first domain was proven on v2, the second could not be; both are back on v1.
    expect(x.emulator.handled.map((h) => [h.domain, h.authorized, h.truststoreVersion])).toEqual([
      ['api.example.com', true, v2],
    ]);
    for (const d of x.domains) {
      expect(x.gateway.domain(d).mtls?.truststoreVersion).toBe(x.v1);
      expect(x.gateway.domain(d).versionHistory).toEqual([v2, x.v1]);
    }

    expect(run.outputs['version-id']).toBe(x.v1);
    expect(run.outputs['previous-version-id']).toBe(x.v1);
    // Rolled back: no domain stays on v2 (a domain whose rollback failed would be listed).
    expect(run.outputs['deployed-domains']).toBe('[]');
    expect(results(run).map((p) => [p.domain, p.identity, p.outcome])).toEqual([
      ['api.example.com', 'partner', 'accepted'],
    ]);
  });
});

/** Lines of `text` the runner reads as workflow commands: they start, after spaces, with `::`. */
function commandLines(text: string): string[] {
  // The runner reads lines split at \n, \r\n and a bare \r.
  return text.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line));
}

/** The commands the action itself writes: an annotation or a group, from column 0. */
const OWN_COMMAND = /^::(warning|error|notice|debug|group|endgroup)( [^:\r\n]*)?::/;

/** No line of the step's output is a command that AWS text started. */
function expectNoForgedCommand(run: ActionRun) {
  for (const [stream, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
  ] as const) {
    for (const line of commandLines(text)) {
      expect(line, `${stream}: a command the action does not write\n${log(run)}`).toMatch(OWN_COMMAND);
      expect(line.replace(OWN_COMMAND, ''), `${stream}: a forged command\n${log(run)}`).not.toMatch(
        /^forged/,
      );
    }
  }
}

describe('4. AWS-derived strings never start a runner command', () => {
  it('the check itself: a forged command line, indented or after a bare \\r, fails it', () => {
    const run = (stdout: string): ActionRun => ({
      exitCode: 0,
      stdout,
      stderr: '',
      outputs: {},
      summary: '',
    });
    expect(() => expectNoForgedCommand(run('::error::own message%0A::warning::forged\n'))).not.toThrow();
    expect(() => expectNoForgedCommand(run('line\n::warning::forged-x\n'))).toThrow();
    expect(() => expectNoForgedCommand(run('line\r   ::set-output name=version-id::x\n'))).toThrow();
    expect(() => expectNoForgedCommand({ ...run(''), stderr: '::error title=a::forged-y' })).toThrow();
  });

  /** The plain log line a forged command became: shown, its leading `::` as `U+003A:`, not run. */
  const shownInLog = (run: ActionRun, line: string) =>
    expect(run.stdout.split('\n'), run.stdout).toContain(line);

  it('the truststoreVersion a domain is pinned to (GetDomainName) reaches plain log lines escaped', async () => {
    const x = await world([w.root, w.issuing]);
    const forged = `${x.v1}\n::warning::forged-version\r\n   ::set-output name=version-id::forged-output`;
    const partners = x.gateway.domain('partners.example.com');
    if (partners.mtls) partners.mtls.truststoreVersion = forged;
    const run = await deploy(x, workspace([w.root, w.issuing, w.legacyRoot]));
    expectNoForgedCommand(run);
    // "partners.example.com: pinning truststore version v2 (was <forged>)", one line per line of it.
    shownInLog(run, 'U+003A:warning::forged-version');
    shownInLog(run, '   U+003A:set-output name=version-id::forged-output)');
    expect(run.exitCode, log(run)).toBe(0);
    const v2 = x.s3.latest(BUCKET, KEY)?.versionId;
    expect(run.outputs['version-id']).toBe(v2);
    for (const d of DOMAINS) expect(x.gateway.domain(d).mtls?.truststoreVersion).toBe(v2);
  });

  it('the truststoreUri of a domain reaches the failure annotation escaped (%0A), nothing is written', async () => {
    const x = await world([w.root, w.issuing]);
    const partners = x.gateway.domain('partners.example.com');
    if (partners.mtls) partners.mtls.truststoreUri = `${URI}\n::error::forged-uri`;
    const run = await deploy(x, workspace([w.root, w.issuing, w.legacyRoot]));
    expectNoForgedCommand(run);
    expect(run.stdout).toContain(
      `::error::custom domain name partners.example.com uses truststore ${URI}%0A::error::forged-uri, not ${URI}`,
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason'] ?? '').not.toBe('');
    expect(x.s3.requestsFor('PutObject')).toEqual([]);
    expect(x.gateway.requestsFor('UpdateDomainName')).toEqual([]);
  });

  it('domainNameStatus (a bare \\r) and domainNameStatusMessage reach the log and the annotation escaped', async () => {
    const x = await world([w.root, w.issuing]);
    const partners = x.gateway.domain('partners.example.com');
    partners.status = 'PENDING_X\r::warning::forged-status' as DomainStatus;
    partners.statusMessage = 'certificate gone\n   ::set-output name=version-id::forged-message';
    const run = await deploy(x, workspace([w.root, w.issuing, w.legacyRoot]));
    expectNoForgedCommand(run);
    shownInLog(run, 'U+003A:warning::forged-status; waiting until it is AVAILABLE before deploying');
    expect(run.stdout).toContain(
      '::error::custom domain name partners.example.com is PENDING_X%0D::warning::forged-status (certificate gone%0A   ::set-output name=version-id::forged-message)',
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('aws-error');
    expect(run.outputs['version-id'] ?? '').not.toContain('forged');
    expect(x.s3.requestsFor('PutObject')).toEqual([]);
    expect(x.gateway.requestsFor('UpdateDomainName')).toEqual([]);
  });

  it('truststoreWarnings after UpdateDomainName reach the failure annotation escaped; the domain is rolled back', async () => {
    const x = await world([w.root, w.issuing]);
    x.gateway.options.warnings = (_domain, version) =>
      version === x.v1 ? [] : ['Certificate CN=x is bad\n::warning::forged-warning'];
    const run = await deploy(x, workspace([w.root, w.issuing, w.legacyRoot]));
    expectNoForgedCommand(run);
    expect(run.stdout).toMatch(
      /^::error::API Gateway reported truststore warnings for api\.example\.com on version \S+: Certificate CN=x is bad%0A::warning::forged-warning\.%0ARolled back/m,
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('warnings');
    expect(run.outputs['version-id']).toBe(x.v1);
    for (const d of DOMAINS) expect(x.gateway.domain(d).mtls?.truststoreVersion).toBe(x.v1);
  });

  it('an AWS error message (UpdateDomainName BadRequestException) reaches the failure annotation escaped', async () => {
    const x = await world([w.root, w.issuing]);
    x.gateway.fail('UpdateDomainName', {
      status: 400,
      code: 'BadRequestException',
      message: 'Invalid truststore\n::warning::forged-error\n::set-output name=version-id::forged-output',
    });
    const run = await deploy(x, workspace([w.root, w.issuing, w.legacyRoot]));
    expectNoForgedCommand(run);
    expect(run.stdout).toContain(
      '(BadRequestException): Invalid truststore%0A::warning::forged-error%0A::set-output name=version-id::forged-output%0ADeploy stopped at api.example.com (failed)',
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('aws-error');
    expect(run.outputs['version-id'] ?? '').not.toContain('forged');
    expect(x.gateway.requestsFor('UpdateDomainName').map((r) => [r.path, r.status, r.errorCode])).toEqual([
      ['/domainnames/api.example.com', 400, 'BadRequestException'],
    ]);
    for (const d of DOMAINS) expect(x.gateway.domain(d).mtls?.truststoreVersion).toBe(x.v1);
  });
});
