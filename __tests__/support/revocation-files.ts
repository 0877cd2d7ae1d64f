/**
 * Revocation files as validation hands them to plan and deploy (validation.revocations): CRLs
 * written into a workspace of their own and read back by checkRevocationFiles against the CAs of
 * the truststore. A CRL that validation would refuse fails the test that asked for it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { TruststoreEntry } from '../../src/pki/model.js';
import { checkRevocationFiles, type RevocationFile } from '../../src/targets/elb/revocation-files.js';

/** `files`: workspace-relative path → CRL bytes (PEM or DER). Returned in the order validation gives. */
export async function revocationFilesOf(
  baseDir: string,
  entries: readonly TruststoreEntry[],
  files: Record<string, Uint8Array | string>,
  now = new Date(),
): Promise<RevocationFile[]> {
  const workspace = mkdtempSync(path.join(baseDir, 'crl-workspace-'));
  for (const [rel, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    writeFileSync(path.join(workspace, rel), bytes);
  }
  const checked = await checkRevocationFiles({
    workspace,
    patterns: Object.keys(files),
    entries,
    now,
  });
  expect(checked.findings).toEqual([]);
  return checked.files;
}
