/**
 * Rollback: every target this run moved goes back to the version it had before, newest first.
 * A target whose rollback fails is named, and stays on the new version.
 */
import type { Deployment } from '../plan/model.js';
import type { ApplyFailure } from '../targets/target.js';
import type { LiveState } from './plan.js';

export async function rollBack(
  state: LiveState,
  deployment: Deployment,
  moved: readonly string[],
  warn: (message: string) => void,
): Promise<void> {
  const failed: string[] = [];
  const previous = deployment.previousVersions ?? {};
  for (const name of [...moved].reverse()) {
    const target = previous[name] ?? deployment.previousVersionId;
    const session = state.targets.find((t) => t.state.domainName === name)?.session;
    if (target === undefined || session === undefined) {
      failed.push(name);
      continue;
    }
    try {
      await session.apply(name, target);
      deployment.rolledBackDomains.push(name);
    } catch (error) {
      if ((error as ApplyFailure).after?.truststoreVersion === target) {
        // Pinned back, only not AVAILABLE within the wait: the rollback itself happened.
        warn(`rollback of ${name} to version ${target}: ${(error as Error).message}`);
        deployment.rolledBackDomains.push(name);
        continue;
      }
      warn(`rollback of ${name} to version ${target} failed: ${(error as Error).message}`);
      failed.push(name);
    }
  }
  deployment.deployedDomains = moved.filter((n) => failed.includes(n));
  if (failed.length > 0) deployment.rollbackFailedDomains = failed;
}
