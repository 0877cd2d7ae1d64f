/**
 * The kinds of target this action rolls, in the order plan and deploy visit them. A new kind is a
 * folder beside api-gateway/ and one line here.
 */
import { apiGatewayDomains } from './api-gateway/index.js';
import { elbTrustStores } from './elb/index.js';
import type { TargetKind } from './target.js';

export const TARGET_KINDS: readonly TargetKind[] = [apiGatewayDomains, elbTrustStores];

/** Every target the settings name, as the reviewed-plan contract lists them. */
export function contractTargets(settings: Parameters<TargetKind['names']>[0]): string[] {
  return TARGET_KINDS.flatMap((kind) => kind.names(settings).map((name) => kind.contractName(name)));
}

export type { TargetKind, TargetSession, TargetState } from './target.js';
