/**
 * The CLI as shipped: dist/cli.js from a clone (Node 24, no install), the package installed from
 * `npm pack`'s tarball into an empty folder (npx mtls-truststore), plan against local servers
 * that speak the S3 and API Gateway wire protocols, and the action run off a GitHub runner.
 * Run `npm run build` first.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/action-runner.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const cliBundle = path.join(projectRoot, 'dist', 'cli.js');
let scratch: string;
let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
const servers: RunningServer[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns asynchronously, so that fake servers in this process keep answering. */
function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? cwd, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run "npm run build" first`);
  scratch = mkdtempSync(path.join(tmpdir(), 'cli-e2e-'));
  pki = TestPki.create('cli-e2e-');
  root = pki.root('cli-root', { subject: '/O=Example/CN=CLI Root' });
  issuing = pki.intermediate('cli-issuing', root, { subject: '/O=Example/CN=CLI Issuing CA' });
});
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(scratch, { recursive: true, force: true });
  pki?.cleanup();
});

function repo(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('node dist/cli.js from a clone, under Node 24', () => {
  it('validates, and its exit codes say valid (0), refused (1) and bad usage (2)', async () => {
    const dir = repo('clone', {
      'pki/root.pem': root.pem,
      'pki/issuing.pem': issuing.pem,
      'bad/leaf.pem': pki.leaf('cli-leaf', root).pem,
    });
    const node24 = inject('node24');
    const ok = await run(
      node24,
      [cliBundle, 'validate', 'pki/**/*.pem', '--output-file', 'out/truststore.pem'],
      dir,
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'out/truststore.pem'), 'utf8')).toBe(`${issuing.pem}${root.pem}`);
    const refused = await run(node24, [cliBundle, 'validate', 'bad/*.pem'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('not-a-ca');
    const usage = await run(node24, [cliBundle, 'validate', 'pki/*.pem', '--max-ca-depth', 'abc'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--max-ca-depth is "abc"');
  });
});

describe('npm pack, installed into an empty folder', () => {
  it("npx mtls-truststore validate 'pki/**/*.pem' works, with no other package installed", async () => {
    const packDir = path.join(scratch, 'pack');
    mkdirSync(packDir);
    execFileSync('npm', ['pack', '--pack-destination', packDir, '--loglevel=error'], {
      cwd: projectRoot,
      stdio: 'pipe',
    });
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    const app = repo('app', { 'pki/root.pem': root.pem, 'pki/sub/issuing.pem': issuing.pem });
    writeFileSync(path.join(app, 'package.json'), '{"name":"app","private":true}\n');
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel=error',
        path.join(packDir, tarball),
      ],
      { cwd: app, stdio: 'pipe' },
    );
    // Self-contained: the package (published as mtls-truststore) brings no dependencies along.
    expect(readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'mtls-truststore',
    ]);
    const result = await run(
      'npx',
      ['--no', 'mtls-truststore', 'validate', 'pki/**/*.pem', '--format', 'json'],
      app,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, 'certificate-count': 2, findings: [] });
  });
});

describe('mtls-truststore plan against S3 and API Gateway', () => {
  it('reads the live truststore and the domains, writes nothing, and reports the plan as JSON', async () => {
    const region = 'eu-west-1';
    const uri = 's3://cli-truststores/api/truststore.pem';
    const s3 = new FakeS3({ region });
    s3.createBucket('cli-truststores', 'Enabled');
    const live = s3.putObject('cli-truststores', 'api/truststore.pem', root.pem, {
      contentType: 'application/x-pem-file',
    });
    const gateway = new FakeApiGateway({ region });
    gateway.addDomain('api.example.com', { truststoreUri: uri, truststoreVersion: live.versionId });
    const s3Server = await s3.start();
    const gatewayServer = await gateway.start();
    servers.push(s3Server, gatewayServer);
    const dir = repo('plan', { 'pki/root.pem': root.pem, 'pki/issuing.pem': issuing.pem });
    const result = await run(
      inject('node24'),
      [
        cliBundle,
        'plan',
        'pki/*.pem',
        '--truststore-uri',
        uri,
        '--domain-names',
        'api.example.com',
        '--format',
        'json',
      ],
      dir,
      sdkEnvironment(s3Server.url, gatewayServer.url, region),
    );
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      ok: true,
      mode: 'plan',
      'has-changes': true,
      'added-count': 1,
      'removed-count': 0,
    });
    expect(report.plan.domainsToRoll).toEqual(['api.example.com']);
    const writes = [...s3.requests, ...gateway.requests].filter((r) => !['GET', 'HEAD'].includes(r.method));
    expect(writes).toEqual([]);
  });
});

describe('mtls-truststore audit against S3 and API Gateway', () => {
  it('reads what is live, writes nothing, and reports the audit outputs as JSON', async () => {
    const region = 'eu-west-1';
    const uri = 's3://cli-audits/api/truststore.pem';
    const s3 = new FakeS3({ region });
    s3.createBucket('cli-audits', 'Enabled');
    const live = s3.putObject('cli-audits', 'api/truststore.pem', `${issuing.pem}${root.pem}`);
    const gateway = new FakeApiGateway({ region });
    gateway.addDomain('api.example.com', { truststoreUri: uri, truststoreVersion: live.versionId });
    const s3Server = await s3.start();
    const gatewayServer = await gateway.start();
    servers.push(s3Server, gatewayServer);
    const dir = repo('audit', { 'pki/root.pem': root.pem, 'pki/issuing.pem': issuing.pem });
    const result = await run(
      inject('node24'),
      [
        cliBundle,
        'audit',
        'pki/*.pem',
        '--truststore-uri',
        uri,
        '--domain-names',
        'api.example.com',
        '--format',
        'json',
      ],
      dir,
      sdkEnvironment(s3Server.url, gatewayServer.url, region),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, mode: 'audit', healthy: true, problems: [] });
    const writes = [...s3.requests, ...gateway.requests].filter((r) => !['GET', 'HEAD'].includes(r.method));
    expect(writes).toEqual([]);
  });
});

describe('mtls-truststore deploy against S3 and API Gateway', () => {
  it('with --yes: uploads, rolls the domain with progress lines while it waits, and reports the action outputs', async () => {
    const region = 'eu-west-1';
    const uri = 's3://cli-deploys/api/truststore.pem';
    const s3 = new FakeS3({ region });
    s3.createBucket('cli-deploys', 'Enabled');
    const live = s3.putObject('cli-deploys', 'api/truststore.pem', root.pem, {
      contentType: 'application/x-pem-file',
    });
    const gateway = new FakeApiGateway({ region, updatingPolls: 2 });
    gateway.addDomain('api.example.com', { truststoreUri: uri, truststoreVersion: live.versionId });
    const s3Server = await s3.start();
    const gatewayServer = await gateway.start();
    servers.push(s3Server, gatewayServer);
    const dir = repo('deploy', { 'pki/root.pem': root.pem, 'pki/issuing.pem': issuing.pem });
    const args = [
      cliBundle,
      'deploy',
      'pki/*.pem',
      '--truststore-uri',
      uri,
      '--domain-names',
      'api.example.com',
      '--domain-update-interval-seconds',
      '0',
      '--poll-interval-seconds',
      '0',
      '--format',
      'json',
    ];
    const env = sdkEnvironment(s3Server.url, gatewayServer.url, region);
    // No terminal to ask on: without --yes it is bad usage, before any request.
    const unasked = await run(inject('node24'), args, dir, env);
    expect(unasked.code).toBe(2);
    expect(unasked.stderr).toContain('pass --yes to deploy without asking');
    expect([...s3.requests, ...gateway.requests]).toEqual([]);
    const result = await run(inject('node24'), [...args, '--yes'], dir, env);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const newVersion = s3.versions('cli-deploys', 'api/truststore.pem').at(-1)?.versionId;
    expect(newVersion).not.toBe(live.versionId);
    expect(report).toMatchObject({
      ok: true,
      mode: 'deploy',
      'version-id': newVersion,
      'previous-version-id': live.versionId,
      'deployed-domains': ['api.example.com'],
      'has-changes': true,
    });
    expect(gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(newVersion);
    // Progress on standard error: which domain, its state, how long it has waited.
    expect(result.stderr).toMatch(/mtls-truststore \[\d+ s\]: api\.example\.com: pinning truststore version/);
    expect(result.stderr).toMatch(
      /api\.example\.com: UPDATING.*waiting for AVAILABLE \(\d+ s, at most 900 s\)/,
    );
    expect(result.stdout).not.toContain('::');
  });
});

describe('the action run off a GitHub runner (node dist/index.js on a laptop or another CI)', () => {
  it('validates and writes the truststore without GITHUB_STEP_SUMMARY or GITHUB_OUTPUT, exit 0', async () => {
    const dir = repo('offrunner', { 'pki/root.pem': root.pem });
    cpSync(path.join(projectRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
    const result = await run(inject('node24'), [path.join(projectRoot, 'dist', 'index.js')], dir, {
      INPUT_MODE: 'validate',
      'INPUT_CA-FILES': 'pki/*.pem',
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toContain('GITHUB_STEP_SUMMARY');
    expect(readFileSync(path.join(dir, 'truststore.pem'), 'utf8')).toBe(root.pem);
  });
});
