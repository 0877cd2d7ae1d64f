/**
 * The one write to S3 of a deploy: a new object version of the truststore, conditional on what plan
 * read (If-Match), read back before any target points at it.
 */
import type { Encryption } from '../aws/truststore-object.js';
import { sameBytes } from '../plan/diff.js';
import type { Deployment, Provenance } from '../plan/model.js';
import { failureReasonOf } from '../settings/errors.js';
import { DeploymentError } from './deployment-error.js';
import type { StageDeps } from './deps.js';
import type { LiveState } from './plan.js';

/** Uploads the desired bytes unless the latest object already holds them; returns the version to pin. */
export async function ensureVersion(
  state: LiveState,
  write: { encryption?: Encryption; provenance?: Provenance },
  deployment: Deployment,
  deps: StageDeps,
): Promise<string> {
  const { plan, latest, store, desiredBytes, location } = state;
  if (!plan.upload && latest?.versionId !== undefined) {
    deps.log(
      `${location.uri}: the latest version ${latest.versionId} already holds this truststore; not uploading`,
    );
    return latest.versionId;
  }
  let written: { versionId: string };
  try {
    written = await store.write(desiredBytes, {
      ...(latest?.etag !== undefined ? { ifMatch: latest.etag } : {}),
      ...(write.encryption ? { encryption: write.encryption } : {}),
      ...(write.provenance ? { provenance: write.provenance } : {}),
    });
    deps.log(`${location.uri}: uploaded version ${written.versionId}`);
  } catch (error) {
    const ours = failureReasonOf(error) === 'conflict' ? await ownUploadAfterConflict(state) : undefined;
    if (ours === undefined) throw error;
    // The SDK retried a PutObject whose response was lost: the first attempt had written.
    deps.log(
      `${location.uri}: the upload was refused as a conflict (${(error as Error).message.split(':')[0]}), but the latest version ${ours} holds exactly these bytes: the response to our own PutObject was lost; continuing with version ${ours}`,
    );
    written = { versionId: ours };
  }
  deployment.versionId = written.versionId;
  // Read the version back before any target points at it: what AWS loads is what was planned.
  const back = await store.readVersion(written.versionId);
  if (!back || !sameBytes(back.bytes, desiredBytes)) {
    throw new DeploymentError(
      `version ${written.versionId} of ${location.uri} does not read back as the bytes uploaded: no domain was changed; it was deleted or overwritten since the upload: check the bucket for lifecycle rules or other writers and re-run`,
      deployment,
      plan,
      'conflict',
    );
  }
  return written.versionId;
}

/** After a 412: the new latest version, when its bytes are the ones this run meant to upload. */
async function ownUploadAfterConflict(state: LiveState): Promise<string | undefined> {
  try {
    const now = await state.store.readLatest();
    if (!now?.versionId || now.versionId === state.latest?.versionId) return undefined;
    return sameBytes(now.bytes, state.desiredBytes) ? now.versionId : undefined;
  } catch {
    return undefined;
  }
}
