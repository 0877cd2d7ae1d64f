import type { Settings } from '../../src/settings/settings.js';

/** Settings as readSettings() returns them for the action's defaults; tests override what they test. */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    mode: 'auto',
    workspace: '/tmp',
    caFiles: ['pki/*.pem'],
    clientCertificates: [],
    outputFile: 'truststore.pem',
    expiryWarningDays: 30,
    maxCaDepth: 4,
    failOnWarnings: false,
    domainNames: [],
    elbTrustStoreArns: [],
    revocationFiles: [],
    waitTimeoutSeconds: 900,
    rollbackOnWarnings: true,
    domainUpdateIntervalSeconds: 30,
    pollIntervalSeconds: 10,
    githubToken: '',
    comment: 'always',
    requireReviewedPlan: true,
    ...overrides,
  };
}
