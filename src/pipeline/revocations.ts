/**
 * The revocation lists of a deploy (revocation-files). Every changed trust store first gets its
 * new lists, each uploaded once under its own key and added with an explicit object version; only
 * once every addition went through are the lists they replace, and those whose file left the
 * repository, removed: a revoked certificate is never accepted in between. A change to the lists
 * alone does not touch the CA bundle. A rollback removes what this run added and adds back what it
 * removed (from the content the plan read).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html
 */
import { writeRevocationList } from '../aws/revocation-objects.js';
import type { Encryption } from '../aws/truststore-object.js';
import { parseCrl } from '../pki/crl.js';
import type { Deployment, TargetSection } from '../plan/model.js';
import { failureReasonOf } from '../settings/errors.js';
import { CRL_QUOTAS, crlDigest, crlPem } from '../targets/elb/revocation-files.js';
import type { S3ObjectVersion, TargetSession } from '../targets/target.js';
import { DeploymentError } from './deployment-error.js';
import type { StageDeps } from './deps.js';
import type { LiveState, PlannedTarget } from './plan.js';
import { list, rollBack } from './rollback.js';

/** A session of a kind that carries revocation lists. */
type ListSession = Required<Pick<TargetSession, 'addRevocations' | 'removeRevocations'>>;

type Changed = {
  section: TargetSection & { revocations: NonNullable<TargetSection['revocations']> };
  lists: ListSession;
};

function listSessionOf(target: PlannedTarget | undefined): ListSession | undefined {
  const session = target?.session;
  const { addRevocations: add, removeRevocations: remove } = session ?? {};
  if (!session || !add || !remove) return undefined;
  return {
    addRevocations: (name, objects) => add.call(session, name, objects),
    removeRevocations: (name, ids) => remove.call(session, name, ids),
  };
}

/** The targets whose lists change, with their sessions (a kind without lists cannot have any). */
function changedTargets(state: LiveState): Changed[] {
  const out: Changed[] = [];
  for (const section of state.plan.targets ?? []) {
    if (!section.revocations?.changed) continue;
    const lists = listSessionOf(state.targets.find((t) => t.state.domainName === section.name));
    if (!lists) {
      throw new Error(
        `${section.name} cannot carry revocation lists, yet the plan changes them: report this`,
      );
    }
    out.push({ section: section as Changed['section'], lists });
  }
  return out;
}

function recordOf(deployment: Deployment, target: string) {
  deployment.revocations ??= [];
  let record = deployment.revocations.find((r) => r.target === target);
  if (!record) {
    record = { target, added: [], removed: [] };
    deployment.revocations.push(record);
  }
  return record;
}

/** Adds every new list to every changed trust store, then removes the replaced and the left ones. */
export async function applyRevocations(
  state: LiveState,
  encryption: Encryption | undefined,
  deployment: Deployment,
  deps: Pick<StageDeps, 'log'>,
): Promise<void> {
  const changed = changedTargets(state);
  if (changed.length === 0) return;
  const files = new Map((state.revocationFiles ?? []).map((f) => [f.path, f]));
  const uploads = new Map<string, Promise<S3ObjectVersion>>();
  const upload = (path: string) => {
    const file = files.get(path);
    if (!file) throw new Error(`revocation list ${path} was planned but not validated: re-run the job`);
    let once = uploads.get(file.sha256);
    if (!once) {
      once = writeRevocationList(state.s3, state.location, file, encryption);
      uploads.set(file.sha256, once);
    }
    return once;
  };
  const remove = async ({ section, lists }: Changed, why: string) => {
    const ids = [
      ...section.revocations.replace.map((r) => r.revocationId),
      ...section.revocations.remove.map((r) => r.revocationId),
    ].filter((id) => !recordOf(deployment, section.name).removed.includes(id));
    if (ids.length === 0) return;
    deps.log(`${section.name}: removing revocation lists ${ids.join(', ')} (${why})`);
    await lists.removeRevocations(section.name, ids);
    recordOf(deployment, section.name).removed.push(...ids);
  };
  for (const changedTarget of changed) {
    const { section, lists } = changedTarget;
    const paths = [...section.revocations.add, ...section.revocations.replace.map((r) => r.file)];
    if (paths.length === 0) continue;
    // Adding first would pass ELB's quotas for a moment: then the old lists go first, and for that
    // moment the certificates only they revoke are not refused.
    const over = overQuota(
      section,
      paths.map((p) => files.get(p)),
    );
    if (over) await remove(changedTarget, `first, to stay within ${over}`);
    const objects: S3ObjectVersion[] = [];
    for (const path of paths) objects.push(await upload(path));
    deps.log(`${section.name}: adding revocation lists ${paths.join(', ')}`);
    const ids = await lists.addRevocations(section.name, objects);
    recordOf(deployment, section.name).added.push(...ids);
  }
  for (const changedTarget of changed)
    await remove(changedTarget, 'replaced, or their file left the repository');
}

/** The quota adding `files` before removing the replaced lists would exceed, named; undefined when none. */
function overQuota(
  section: Changed['section'],
  files: readonly ({ serials: string[] } | undefined)[],
): string | undefined {
  const live = section.revocations.live;
  const lists = live.length + files.length;
  if (lists > CRL_QUOTAS.listsPerTrustStore)
    return `the quota of ${CRL_QUOTAS.listsPerTrustStore} revocation lists per trust store`;
  const entries =
    live.reduce((n, l) => n + l.entries, 0) + files.reduce((n, f) => n + (f?.serials.length ?? 0), 0);
  if (entries > CRL_QUOTAS.entriesPerTrustStore)
    return `the quota of ${CRL_QUOTAS.entriesPerTrustStore.toLocaleString('en-US')} revoked entries per trust store`;
  return undefined;
}

/** A list a trust store carried before this run, as it was read (the content to add back). */
function contentOf(target: PlannedTarget, revocationId: number) {
  const content = target.revocations?.find((r) => r.revocationId === revocationId)?.content;
  const crl = content
    ? parseCrl(content, `${target.state.domainName} revocation ${revocationId}`).crl
    : undefined;
  return crl ? { sha256: crlDigest(crl.der), pem: crlPem(crl.der) } : undefined;
}

/**
 * Undoes this run's changes to revocation lists, newest first: removes the lists it added and adds
 * back those it removed. What cannot be undone is named with the fix, and counted as failed.
 */
export async function undoRevocations(
  state: LiveState,
  encryption: Encryption | undefined,
  deployment: Deployment,
  warn: (message: string) => void,
): Promise<boolean> {
  let complete = true;
  for (const record of [...(deployment.revocations ?? [])].reverse()) {
    const target = state.targets.find((t) => t.state.domainName === record.target);
    const session = listSessionOf(target);
    if (!target || !session) continue;
    try {
      if (record.removed.length > 0) {
        const lists = record.removed.map((id) => contentOf(target, id));
        const readable = lists.filter((l): l is NonNullable<typeof l> => l !== undefined);
        const objects = [];
        for (const list of readable)
          objects.push(await writeRevocationList(state.s3, state.location, list, encryption));
        if (objects.length > 0) await session.addRevocations(record.target, objects);
        if (readable.length < lists.length) {
          complete = false;
          warn(
            `rollback of ${record.target}: ${lists.length - readable.length} removed revocation list(s) could not be read before the deploy and are not restored: add them back with aws elbv2 add-trust-store-revocations`,
          );
        }
        record.removed = [];
      }
      if (record.added.length > 0) {
        await session.removeRevocations(record.target, record.added);
        record.added = [];
      }
    } catch (error) {
      complete = false;
      warn(
        `rollback of the revocation lists of ${record.target} failed: ${(error as Error).message.split('\n')[0]}. It carries lists added by this run (${record.added.join(', ') || 'none'}) and lacks lists it removed (${record.removed.join(', ') || 'none'}): compare aws elbv2 describe-trust-store-revocations with revocation-files and fix it by hand, or re-run the deploy`,
      );
    }
  }
  return complete;
}

/**
 * The revocation step of a deploy, after every target was rolled: on any failure, what this run
 * changed in the lists is undone and every target it moved is rolled back, trust stores and
 * domains alike.
 */
export async function revocationsOrRollBack(
  state: LiveState,
  encryption: Encryption | undefined,
  deployment: Deployment,
  moved: readonly string[],
  deps: Pick<StageDeps, 'log' | 'warn'>,
): Promise<void> {
  try {
    await applyRevocations(state, encryption, deployment, deps);
  } catch (error) {
    const said = (error as Error).message.split('\n')[0];
    const listsBack = await undoRevocations(state, encryption, deployment, deps.warn);
    await rollBack(state, deployment, moved, deps.warn);
    const failedBack = deployment.rollbackFailedDomains ?? [];
    throw new DeploymentError(
      `the revocation lists of version ${deployment.versionId ?? '?'} could not be applied (${said}).\nRevocation lists ${listsBack ? 'restored' : 'NOT fully restored (see the warnings)'}; targets rolled back to their previous versions: ${list(deployment.rolledBackDomains)}${
        failedBack.length > 0 ? `; rollback FAILED for ${list(failedBack)}` : ''
      }. Fix the cause and re-run the deploy.`,
      deployment,
      state.plan,
      failureReasonOf(error),
    );
  }
}
