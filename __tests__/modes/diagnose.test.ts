/**
 * mode diagnose's inputs (AWS mocked): which truststore it reads, and a clear message for each
 * input it cannot work with.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDiagnoseMode } from '../../src/pipeline/diagnose.js';
import { InputError, type Settings } from '../../src/settings/settings.js';
import { FakeAws, FakeClock } from '../aws/support.js';
import { type PartnerPki, partnerPki } from '../probe/world.js';
import { testSettings } from '../support/settings.js';

let w: PartnerPki;
let aws: FakeAws;
let workspace: string;
let n = 0;

beforeAll(() => {
  w = partnerPki('diagnose-mode-');
});
afterAll(() => w.pki.cleanup());
beforeEach(() => {
  aws = new FakeAws(new FakeClock(Date.now()));
  workspace = path.join(w.pki.dir, `ws-${++n}`);
  mkdirSync(path.join(workspace, 'ca'), { recursive: true });
  writeFileSync(path.join(workspace, 'ca', 'root.pem'), w.root.pem);
  writeFileSync(path.join(workspace, 'partner.pem'), w.partner.pem);
});
afterEach(() => aws.reset());

const settings = (over: Partial<Settings> = {}) =>
  testSettings({
    mode: 'diagnose',
    workspace,
    caFiles: ['ca/*.pem'],
    clientCertificate: 'partner.pem',
    ...over,
  });
const live = (over: Partial<Settings> = {}) =>
  settings({ truststoreUri: aws.uri, domainNames: ['api.example.com'], awsRegion: 'eu-west-1', ...over });
const deps = () => ({ clients: () => aws.clients(), clock: new FakeClock(Date.now()) });

describe('mode diagnose reads', () => {
  it('the version the domain is pinned to, not the latest object', async () => {
    aws.addVersion(Buffer.from(w.root.pem + w.issuing.pem));
    aws.addVersion(Buffer.from(w.root.pem));
    aws.addDomain('api.example.com', { truststoreVersion: 'v1' });
    const result = await runDiagnoseMode(live(), deps());
    expect(result.truststore).toMatchObject({
      versionId: 'v1',
      domainName: 'api.example.com',
      certificateCount: 2,
    });
    expect(result.diagnosis.verdict).toBe('accepted');
  });

  it('the latest object for a domain that pins no version', async () => {
    aws.addVersion(Buffer.from(w.root.pem + w.issuing.pem));
    aws.addVersion(Buffer.from(w.root.pem));
    aws.addDomain('api.example.com', {});
    const result = await runDiagnoseMode(live(), deps());
    expect(result.truststore.versionId).toBe('v2');
    expect(result.diagnosis.verdict).toBe('refused');
  });

  it('ca-files when no truststore-uri is given', async () => {
    const result = await runDiagnoseMode(settings(), deps());
    expect(result.truststore).toEqual({ source: 'ca-files', certificateCount: 1 });
    expect(result.clientFile).toBe('partner.pem');
  });
});

describe('mode diagnose refuses, with the fix', () => {
  it.each([
    [{ clientCertificate: undefined }, /input client-certificate is empty: give the path/],
    [
      { clientCertificate: 'nothing-*.pem' },
      /input client-certificate: pattern "nothing-\*.pem" matches no file/,
    ],
    [{ clientCertificate: '*.pem' }, null],
  ])('a client-certificate it cannot use (%o)', async (over, message) => {
    if (message === null) {
      writeFileSync(path.join(workspace, 'second.pem'), w.legacy.pem);
      message = /matches 2 files: give exactly one file/;
    }
    const error = await runDiagnoseMode(settings(over), deps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('a live diagnosis without exactly one domain', async () => {
    await expect(
      runDiagnoseMode(live({ domainNames: ['a.example.com', 'b.example.com'] }), deps()),
    ).rejects.toThrow(/needs exactly one domain-names entry \(it has 2\)/);
    await expect(runDiagnoseMode(live({ domainNames: [] }), deps())).rejects.toThrow(/\(it has 0\)/);
  });

  it('a domain that uses another truststore', async () => {
    aws.addVersion(Buffer.from(w.root.pem));
    aws.addDomain('api.example.com', { truststoreUri: 's3://other/truststore.pem', truststoreVersion: 'v1' });
    await expect(runDiagnoseMode(live(), deps())).rejects.toThrow(
      /uses truststore s3:\/\/other\/truststore.pem, not s3:\/\/.*: set truststore-uri to the domain's truststore/,
    );
  });
});
