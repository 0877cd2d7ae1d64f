/**
 * Rollback: every target this run moved goes back to the version it had before, newest first.
 * Each target's apply has a deadline of its own (wait-timeout-seconds), so one that keeps refusing
 * ends its rollback, and the next one starts with a fresh budget. A target whose rollback fails is
 * named, with the command to restore it by hand, and stays on the new version.
 */
import type { Deployment } from '../plan/model.js';
import type { ApplyFailure, TargetSession } from '../targets/target.js';
import type { LiveState } from './plan.js';

/** The warning for a target left where it is: what went wrong, where it is, how to restore it by hand. */
function notRestored(
  name: string,
  target: string | undefined,
  session: TargetSession | undefined,
  now: string | undefined,
  why: string,
): string {
  const what =
    target === undefined
      ? `rollback of ${name} was not possible`
      : `rollback of ${name} to version ${target} failed`;
  const version = target ?? '<version-id>';
  const command = session?.restoreCommand?.(name, version);
  const fix = command
    ? `restore it by hand once nothing else is changing it: ${command}`
    : `point it back at version ${version} by hand`;
  return `${what}: ${why.replace(/\.?$/, '.')} ${name} stays on version ${now ?? '(unknown)'}; ${fix}`;
}

export async function rollBack(
  state: LiveState,
  deployment: Deployment,
  moved: readonly string[],
  warn: (message: string) => void,
): Promise<void> {
  const failed: string[] = [];
  const previous = deployment.previousVersions ?? {};
  for (const name of [...moved].reverse()) {
    const planned = state.targets.find((t) => t.state.domainName === name);
    const session = planned?.session;
    // A target that served a bundle no version holds has nothing to go back to; a domain that
    // pinned nothing goes back to what clients met before.
    const target = previous[name] ?? (planned?.served ? undefined : deployment.previousVersionId);
    if (target === undefined || session === undefined) {
      const why =
        target === undefined
          ? planned?.served
            ? 'it served a bundle that no object version holds, so there is no version to point it back at'
            : 'no version before this run is known'
          : 'it was not read before the deploy';
      warn(notRestored(name, target, session, deployment.versionId, why));
      failed.push(name);
      continue;
    }
    try {
      await session.apply(name, target);
      deployment.rolledBackDomains.push(name);
    } catch (error) {
      const after = (error as ApplyFailure).after;
      if (after?.truststoreVersion === target) {
        // Pinned back, only not AVAILABLE within the wait: the rollback itself happened.
        warn(`rollback of ${name} to version ${target}: ${(error as Error).message}`);
        deployment.rolledBackDomains.push(name);
        continue;
      }
      const now = after ? (after.truststoreVersion ?? '(none)') : deployment.versionId;
      warn(notRestored(name, target, session, now, (error as Error).message));
      failed.push(name);
    }
  }
  deployment.deployedDomains = moved.filter((n) => failed.includes(n));
  if (failed.length > 0) deployment.rollbackFailedDomains = failed;
}

/** Names, or `none`. */
export function list(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/** What a rollback did, in one clause: the targets back on their previous versions, and those that are not. */
export function rolledBackClause(deployment: Deployment, versionId: string | undefined): string {
  const failedBack = deployment.rollbackFailedDomains ?? [];
  return `Rolled back to their previous versions: ${list(deployment.rolledBackDomains)}${
    failedBack.length > 0 ? `; rollback FAILED for ${list(failedBack)} (still on ${versionId ?? '?'})` : ''
  }`;
}
