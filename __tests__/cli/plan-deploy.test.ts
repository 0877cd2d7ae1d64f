/**
 * Issue 17: `plan` names what changes, like `terraform plan` (each CA added or removed, each
 * domain that rolls and between which versions, the summary), `plan --detailed-exitcode` exits 3
 * on pending changes, and `deploy` shows that plan and asks before any write: only "yes" deploys,
 * without a terminal --yes is required. In process, against the fake AWS of __tests__/aws.
 */
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/model.js';
import { PLAIN, renderPlanText } from '../../src/report/text.js';
import { bytesOf, type Cas, makeCas, truststoreOf } from '../aws/fixtures.js';
import { FakeAws, FakeClock, s3Error } from '../aws/support.js';
import type { TestCert } from '../support/pki.js';
import { Capture, cli, folderIn, keyboard, oneLine } from './support.js';

let cas: Cas;
let aws: FakeAws;
let clock: FakeClock;
let count = 0;

beforeAll(() => {
  cas = makeCas('cli-plan-');
});
afterAll(() => cas.pki.cleanup());
beforeEach(() => {
  clock = new FakeClock(Date.now());
  aws = new FakeAws(clock);
});
afterEach(() => aws.reset());

const deps = () => ({ clients: () => aws.clients(), clock });

/** A working folder whose pki/ holds these CAs. */
function repo(...certs: TestCert[]): string {
  return folderIn(
    cas.pki.dir,
    `plan-${++count}`,
    Object.fromEntries(certs.map((c, i) => [`pki/${i}.pem`, c.pem])),
  );
}

const online = ['--truststore-uri', 's3://truststores/api/truststore.pem', '--aws-region', 'eu-west-1'];
const fingerprint = (c: TestCert) => createHash('sha256').update(c.der).digest('hex');

/** Live: root A and root B, pinned by a.example.com; the CA files: root A, its intermediate, root C. */
function twoAddedOneRemoved(): string {
  aws.addVersion(bytesOf(truststoreOf(cas.rootA, cas.rootB)));
  aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
  return repo(cas.rootA, cas.interA, cas.rootC);
}

describe('plan names what changes', () => {
  it('each CA added or removed with its SHA-256 prefix and expiry, each domain that rolls, the summary', async () => {
    const dir = twoAddedOneRemoved();
    const run = await cli(['plan', 'pki/*.pem', ...online, '--domain-names', 'a.example.com'], dir, {
      deps: deps(),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `+ CN=Partner A Issuing, O=Test PKI  sha256 ${fingerprint(cas.interA).slice(0, 16)}  expires `,
    );
    expect(run.stdout).toContain(
      `+ CN=Partner C Root, O=Test PKI  sha256 ${fingerprint(cas.rootC).slice(0, 16)}  expires `,
    );
    expect(run.stdout).toContain(
      `- CN=Partner B Root, O=Test PKI  sha256 ${fingerprint(cas.rootB).slice(0, 16)}  expires `,
    );
    expect(run.stdout).toMatch(
      / {2}\+ CN=Partner C Root, O=Test PKI {2}sha256 [0-9a-f]{16} {2}expires \d{4}-\d{2}-\d{2}\n/,
    );
    expect(run.stdout).toContain('  ~ a.example.com: rolls from version v1 to the new version');
    expect(run.stdout).toContain('2 added, 1 removed; uploads a new version; rolls 1 domain');
    expect(aws.writes).toEqual([]);
  });

  it('--detailed-exitcode: 3 with pending changes, 0 when up to date, 1 when the plan failed', async () => {
    const dir = twoAddedOneRemoved();
    const args = ['plan', 'pki/*.pem', ...online, '--domain-names', 'a.example.com', '--detailed-exitcode'];
    expect((await cli(args, dir, { deps: deps() })).code).toBe(3);
    expect((await cli(args.slice(0, -1), dir, { deps: deps() })).code).toBe(0);
    const same = repo(cas.rootA, cas.rootB);
    const upToDate = await cli(
      ['plan', 'pki/*.pem', ...online, '--domain-names', 'a.example.com', '--detailed-exitcode'],
      same,
      {
        deps: deps(),
      },
    );
    expect(upToDate.code, upToDate.stderr).toBe(0);
    expect(upToDate.stdout).toContain('up to date, nothing to do');
    aws.fail('GetObject', s3Error('AccessDenied', 403, 'Access Denied'));
    const failed = await cli([...args, '--format', 'json'], dir, { deps: deps() });
    expect(failed.code).toBe(1);
    // JSON even when the run stopped before a plan: the failure and its reason.
    expect(JSON.parse(failed.stdout)).toMatchObject({
      ok: false,
      mode: 'plan',
      'failure-reason': 'aws-error',
    });
  });

  it('renderPlanText: the lock-out line from the client findings, plain by default', () => {
    const plan = {
      location: { bucket: 'b', key: 'k', uri: 's3://b/k' },
      desired: { sha256: 'a'.repeat(64), certificates: [] },
      primary: { domains: [], added: [], removed: [], unchanged: [], reformat: false, identical: false },
      pinnedDiffs: [],
      domains: [{ domainName: 'api.example.com', mtlsEnabled: true, warnings: [], truststoreVersion: 'v7' }],
      drift: [],
      findings: [
        {
          severity: 'error',
          code: 'client-locked-out',
          message: 'clients/p.pem:1: merging this would lock out "CN=P": no path; keep its CA',
        },
        { severity: 'warning', code: 'expiring-soon', message: 'not a lock-out' },
      ],
      liveFindings: [],
      hasChanges: false,
      addedCount: 0,
      removedCount: 0,
      upToDate: true,
      upload: false,
      domainsToRoll: [],
    } as unknown as Plan;
    const text = renderPlanText(plan, PLAIN);
    expect(text.split('\n')).toEqual([
      'plan for s3://b/k',
      '  = api.example.com: stays on version v7',
      '  ✗ locks out: clients/p.pem:1: merging this would lock out "CN=P": no path; keep its CA',
      'up to date, nothing to do',
    ]);
  });
});

describe('deploy asks before it writes', () => {
  const deployArgs = ['deploy', 'pki/*.pem', ...online, '--domain-names', 'a.example.com'];

  it('without a terminal and without --yes: bad usage before anything is read or written', async () => {
    const dir = twoAddedOneRemoved();
    for (const stdin of [undefined, keyboard(false)]) {
      const run = await cli(deployArgs, dir, { deps: deps(), tty: true, ...(stdin ? { stdin } : {}) });
      expect(run.code).toBe(2);
      expect(oneLine(run.stderr)).toBe(
        'mtls-truststore: deploy asks before it writes, and standard input and output are not both a terminal: pass --yes to deploy without asking (nothing was read or written)',
      );
    }
    const piped = await cli(deployArgs, dir, { deps: deps(), stdin: keyboard(true) });
    expect(piped.code).toBe(2);
    expect(aws.timeline).toEqual([]);
    expect(aws.writes).toEqual([]);
  });

  it('--yes deploys without asking', async () => {
    const dir = twoAddedOneRemoved();
    const run = await cli([...deployArgs, '--yes', '--format', 'json'], dir, { deps: deps() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('Deploy these changes?');
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      mode: 'deploy',
      'deployed-domains': ['a.example.com'],
    });
    expect(aws.count('PutObject')).toBe(1);
  });

  async function answered(answer: string, dir: string, before?: () => void) {
    const stdin = keyboard(true);
    const stdout = new Capture(true);
    const running = cli(deployArgs, dir, { deps: deps(), stdin, stdout, env: { NO_COLOR: '1' } });
    await stdout.until("Only 'yes' is accepted: ");
    before?.();
    stdin.end(answer);
    return running;
  }

  it('on a terminal: the plan, the question; anything but yes writes nothing (exit 1)', async () => {
    const dir = twoAddedOneRemoved();
    for (const answer of ['no\n', 'y\n', 'YES\n', '\n', '']) {
      const run = await answered(answer, dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('2 added, 1 removed; uploads a new version; rolls 1 domain');
      expect(run.stdout).toContain("\n\nDeploy these changes? Only 'yes' is accepted: ");
      expect(run.stderr).toContain('mtls-truststore: deploy cancelled: nothing was written\n');
      expect(aws.writes).toEqual([]);
    }
  });

  it("on a terminal: 'yes' deploys, and the report says what was done without repeating the plan", async () => {
    const dir = twoAddedOneRemoved();
    const run = await answered('yes\n', dir);
    expect(run.code, run.stderr).toBe(0);
    expect(aws.count('PutObject')).toBe(1);
    expect(aws.domains.get('a.example.com')?.truststoreVersion).toBe('v2');
    const [preview, after] = run.stdout.split("Only 'yes' is accepted: ");
    expect(preview).toContain('~ a.example.com: rolls from version v1 to the new version');
    expect(after).toContain('deployed version v2 to a.example.com (previous version v1)');
    expect(after).not.toContain('rolls from');
  });

  it('what is live changed between the question and the answer: the deploy stops before its first write', async () => {
    const dir = twoAddedOneRemoved();
    const run = await answered('yes\n', dir, () => aws.addVersion(bytesOf(truststoreOf(cas.rootB))));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'what is live changed since the plan you confirmed (latest version v1 then, v2 now',
    );
    expect(aws.writes).toEqual([]);
  });

  it('nothing to deploy: says so and does not ask (exit 0)', async () => {
    aws.addVersion(bytesOf(truststoreOf(cas.rootA)));
    aws.addDomain('a.example.com', { truststoreVersion: 'v1' });
    const run = await cli(deployArgs, repo(cas.rootA), { deps: deps(), stdin: keyboard(true), tty: true });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('mtls-truststore: up to date, nothing to deploy\n');
    expect(run.stdout).not.toContain('Deploy these changes?');
    expect(aws.writes).toEqual([]);
  });

  it('JSON of a failed deploy holds failure-reason', async () => {
    const dir = twoAddedOneRemoved();
    aws.fail('PutObject', s3Error('AccessDenied', 403, 'Access Denied'));
    const run = await cli([...deployArgs, '--yes', '--format', 'json'], dir, { deps: deps() });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      mode: 'deploy',
      'failure-reason': 'aws-error',
    });
  });
});
