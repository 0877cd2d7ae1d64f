/** Real CA certificates (openssl), truststores built by the engine, and mode inputs. */

import type { ValidateResult } from '../../src/pipeline/validate.js';
import { analyze, defaultPolicy } from '../../src/pki/index.js';
import type { Truststore } from '../../src/pki/model.js';
import type { Settings } from '../../src/settings/settings.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { testSettings } from '../support/settings.js';

export interface Cas {
  pki: TestPki;
  rootA: TestCert;
  interA: TestCert;
  rootB: TestCert;
  rootC: TestCert;
}

export function makeCas(prefix: string): Cas {
  const pki = TestPki.create(prefix);
  const rootA = pki.root('Partner A Root');
  return {
    pki,
    rootA,
    interA: pki.intermediate('Partner A Issuing', rootA),
    rootB: pki.root('Partner B Root'),
    rootC: pki.root('Partner C Root', { key: 'rsa2048' }),
  };
}

export function analyzePem(pem: string, path = 'ca.pem') {
  return analyze([{ path, bytes: new TextEncoder().encode(pem) }], defaultPolicy());
}

/** The canonical truststore of these certificates, as validation would build it. */
export function truststoreOf(...certs: TestCert[]): Truststore {
  const a = analyzePem(certs.map((c) => c.pem).join(''));
  if (!a.truststore) throw new Error(`fixture does not validate: ${JSON.stringify(a.findings)}`);
  return a.truststore;
}

export function bytesOf(truststore: Truststore): Uint8Array {
  return new TextEncoder().encode(truststore.pem);
}

export function validationOf(truststore: Truststore): ValidateResult {
  const bytes = bytesOf(truststore);
  const analysis = analyzePem(truststore.pem, 'truststore.pem');
  return {
    ok: true,
    sources: [{ path: 'truststore.pem', bytes }],
    analysis,
    findings: analysis.findings,
    truststore,
  };
}

export function settingsFor(uri: string, overrides: Partial<Settings> = {}): Settings {
  return testSettings({ mode: 'deploy', truststoreUri: uri, awsRegion: 'eu-west-1', ...overrides });
}
