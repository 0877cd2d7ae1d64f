/**
 * Issue 17: deploy's question in a real pseudo-terminal. `script` (util-linux) runs the CLI with a
 * terminal as its standard input and output, the test types the answer, and local servers that
 * speak the S3 and API Gateway wire protocols say what was written. The CLI runs from src/ compiled
 * with tsc into a scratch folder (dist/ is not rebuilt by the tests).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/action-runner.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { folderIn } from './support.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'pipe' });
    return process.platform === 'linux';
  } catch {
    return false;
  }
})();

let scratch: string;
let main: string;
let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
const servers: RunningServer[] = [];

beforeAll(() => {
  if (!hasScript) return;
  scratch = mkdtempSync(path.join(tmpdir(), 'cli-pty-'));
  // ESM next to the project's packages: a package.json of type module and its node_modules.
  writeFileSync(path.join(scratch, 'package.json'), '{"type":"module"}\n');
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(scratch, 'node_modules'));
  try {
    execFileSync(
      path.join(projectRoot, 'node_modules', '.bin', 'tsc'),
      ['-p', 'tsconfig.build.json', '--outDir', path.join(scratch, 'lib'), '--sourceMap', 'false'],
      { cwd: projectRoot, stdio: 'pipe' },
    );
  } catch {
    // Type errors still emit JavaScript; a missing main.js below is the failure that counts.
  }
  main = path.join(scratch, 'lib', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`tsc did not emit ${main}`);
  pki = TestPki.create('cli-pty-');
  root = pki.root('PTY Root');
  issuing = pki.intermediate('PTY Issuing', root);
}, 120_000);
afterAll(async () => {
  for (const server of servers) await server.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  pki?.cleanup();
});

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface Session {
  code: number | null;
  /** What the terminal showed, line ends as \n. */
  screen: string;
}

/** Runs the CLI under `script` (a pseudo-terminal); types `answer` once the question is on screen. */
function inTerminal(
  args: string[],
  cwd: string,
  env: Record<string, string>,
  answer: string,
): Promise<Session> {
  const command = [process.execPath, main, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, TERM: 'dumb', NO_COLOR: '1', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let typed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
      if (!typed && screen.includes("Only 'yes' is accepted:")) {
        typed = true;
        child.stdin.write(`${answer}\r`);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen: screen.replace(/\r\n?/g, '\n') }));
  });
}

async function world() {
  const region = 'eu-west-1';
  const uri = 's3://pty-truststores/api/truststore.pem';
  const s3 = new FakeS3({ region });
  s3.createBucket('pty-truststores', 'Enabled');
  const live = s3.putObject('pty-truststores', 'api/truststore.pem', root.pem);
  const gateway = new FakeApiGateway({ region, updatingPolls: 1 });
  gateway.addDomain('api.example.com', { truststoreUri: uri, truststoreVersion: live.versionId });
  const s3Server = await s3.start();
  const gatewayServer = await gateway.start();
  servers.push(s3Server, gatewayServer);
  const dir = folderIn(pki.dir, `pty-${servers.length}`, {
    'pki/root.pem': root.pem,
    'pki/issuing.pem': issuing.pem,
  });
  const args = [
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
  ];
  return { s3, gateway, live, dir, args, env: sdkEnvironment(s3Server.url, gatewayServer.url, region) };
}

const writes = (w: Awaited<ReturnType<typeof world>>) =>
  [...w.s3.requests, ...w.gateway.requests].filter((r) => !['GET', 'HEAD'].includes(r.method));

describe.runIf(hasScript)('deploy asks in a real terminal', () => {
  it("anything but 'yes': the plan, the question, then cancelled with nothing written (exit 1)", async () => {
    const w = await world();
    const session = await inTerminal(w.args, w.dir, w.env, 'no');
    expect(session.code, session.screen).toBe(1);
    expect(session.screen).toContain('+ CN=PTY Issuing, O=Test PKI  sha256 ');
    expect(session.screen).toContain(
      `~ api.example.com: rolls from version ${w.live.versionId} to the new version`,
    );
    expect(session.screen).toContain('1 added, 0 removed; uploads a new version; rolls 1 domain');
    expect(session.screen).toContain("Deploy these changes? Only 'yes' is accepted: no\n");
    expect(session.screen).toContain('mtls-truststore: deploy cancelled: nothing was written');
    expect(writes(w)).toEqual([]);
  });

  it("'yes' deploys: a new version, the domain pinned to it (exit 0)", async () => {
    const w = await world();
    const session = await inTerminal(w.args, w.dir, w.env, 'yes');
    expect(session.code, session.screen).toBe(0);
    const newVersion = w.s3.versions('pty-truststores', 'api/truststore.pem').at(-1)?.versionId;
    expect(newVersion).not.toBe(w.live.versionId);
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(newVersion);
    expect(session.screen).toContain(`deployed version ${newVersion} to api.example.com`);
  });

  it('the same command without a terminal is bad usage before any request (exit 2)', async () => {
    const w = await world();
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [main, ...w.args], {
        cwd: w.dir,
        env: { PATH: process.env.PATH ?? '', HOME: w.dir, ...w.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
      });
      child.stdin.end('yes\n');
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'mtls-truststore: deploy asks before it writes, and standard input and output are not both a terminal: pass --yes to deploy without asking (nothing was read or written)\n',
    );
    expect([...w.s3.requests, ...w.gateway.requests]).toEqual([]);
  });
});
