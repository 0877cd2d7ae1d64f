/**
 * The hidden header that makes a comment sticky: an HTML comment holding a small JSON object
 * (what kind of note, which truststore, which plan). A deploy or a reviewer can tell from the
 * plan hash which plan was reviewed.
 */
import { createHash } from 'node:crypto';
import type { Plan } from '../plan/model.js';

const PREFIX = '<!-- mtls-truststore-action ';
const SUFFIX = ' -->';

export interface Marker {
  kind: 'plan' | 'deployment';
  label: string;
  uri: string;
  /** SHA-256 of the plan's JSON. */
  plan: string;
  /** Deployment notes: the commit that was deployed. */
  sha?: string;
}

export function planHash(plan: Plan): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

/** The JSON carries no `-`, `<` or `>`, so no label or URI can end the HTML comment early. */
export function renderMarker(marker: Marker): string {
  const json = JSON.stringify(marker).replace(
    /[-<>]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${PREFIX}${json}${SUFFIX}`;
}

/** The marker a comment body starts with, or undefined (someone else's comment, or malformed). */
export function parseMarker(body: string | undefined | null): Marker | undefined {
  if (!body?.startsWith(PREFIX)) return undefined;
  const end = body.indexOf(SUFFIX, PREFIX.length);
  if (end < 0) return undefined;
  try {
    const value = JSON.parse(body.slice(PREFIX.length, end)) as Partial<Marker>;
    if ((value.kind !== 'plan' && value.kind !== 'deployment') || typeof value.label !== 'string')
      return undefined;
    return {
      kind: value.kind,
      label: value.label,
      uri: typeof value.uri === 'string' ? value.uri : '',
      plan: typeof value.plan === 'string' ? value.plan : '',
      ...(typeof value.sha === 'string' ? { sha: value.sha } : {}),
    };
  } catch {
    return undefined;
  }
}
