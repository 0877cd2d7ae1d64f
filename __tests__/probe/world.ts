/**
 * A partner world for the probe tests: the incident's PKI (a partner leaf under an intermediate
 * under a root), a server PKI for the domains, and the fake S3 + API Gateway whose state the
 * gateway emulator serves. Keys live in a folder outside the test workspace, as on a runner.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

export const BUCKET = 'example-truststores';
export const KEY = 'api/truststore.pem';
export const URI = `s3://${BUCKET}/${KEY}`;
export const REGION = 'eu-west-1';
export const DOMAINS = ['api.example.com', 'partners.example.com'];

export interface PartnerPki {
  pki: TestPki;
  root: TestCert;
  issuing: TestCert;
  partner: TestCert;
  /** A second partner, under a CA that a removal takes out of the truststore. */
  legacyRoot: TestCert;
  legacy: TestCert;
  serverRoot: TestCert;
  server: TestCert;
  /** A workspace folder (keys must stay out of it). */
  workspace: string;
}

export function partnerPki(prefix: string): PartnerPki {
  const pki = TestPki.create(prefix);
  const root = pki.root('root', { subject: '/O=Example/CN=Example Partner Root' });
  const issuing = pki.intermediate('issuing', root, { subject: '/O=Example/CN=Example Partner Issuing CA' });
  const partner = pki.leaf('partner', issuing, { subject: '/O=Partner One/CN=partner-one-client' });
  const legacyRoot = pki.root('legacy-root', { subject: '/O=Legacy/CN=Legacy Root' });
  const legacy = pki.leaf('legacy', legacyRoot, { subject: '/O=Legacy/CN=legacy-client' });
  const serverRoot = pki.root('server-root', { subject: '/O=Server/CN=Server Root' });
  const server = pki.leaf('server', serverRoot, {
    subject: '/CN=api.example.com',
    extendedKeyUsage: 'serverAuth',
    extensions: [`subjectAltName = ${DOMAINS.map((d) => `DNS:${d}`).join(',')}`],
  });
  const workspace = path.join(pki.dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  return { pki, root, issuing, partner, legacyRoot, legacy, serverRoot, server, workspace };
}

export function fakeAws() {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET, 'Enabled');
  const gateway = new FakeApiGateway({
    region: REGION,
    updatingPolls: 1,
    truststoreExists: (uri, version) =>
      uri === URI && s3.versions(BUCKET, KEY).some((v) => v.versionId === version),
  });
  return { s3, gateway };
}

/** Uploads `certs` as a new version and pins `domains` to it; returns the version id. */
export function pinTruststore(
  world: ReturnType<typeof fakeAws>,
  certs: TestCert[],
  domains: string[] = DOMAINS,
): string {
  const version = world.s3.putObject(BUCKET, KEY, certs.map((c) => c.pem).join(''), {
    contentType: 'application/x-pem-file',
  });
  for (const name of domains) {
    const existing = world.gateway.domains.get(name);
    if (existing?.mtls) existing.mtls.truststoreVersion = version.versionId;
    else world.gateway.addDomain(name, { truststoreUri: URI, truststoreVersion: version.versionId });
  }
  return version.versionId;
}
