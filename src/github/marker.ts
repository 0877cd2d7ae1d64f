/**
 * The hidden header that makes a comment sticky: an HTML comment holding a small JSON object
 * (format version, what kind of note, which truststore, and the contract of the plan). A deploy
 * reads the contract back from the plan comment on the merged pull request and refuses to apply
 * anything else.
 */
import type { Contract } from '../plan/contract.js';

const PREFIX = '<!-- mtls-truststore-action ';
const SUFFIX = ' -->';

/** Version 2 carries the contract; version 1 (no `v`) carried a hash of volatile text. */
export const MARKER_VERSION = 2;

export interface Marker extends Partial<Omit<Contract, 'contract'>> {
  v?: number;
  kind: 'plan' | 'deployment';
  label: string;
  uri: string;
  /** The reviewed contract; absent for a plan that could not be made (invalid truststore). */
  contract?: string;
  /** The latest object version the plan was made against: drift since the review is reported. */
  live?: string;
  /** Deployment notes: the commit that was deployed. */
  sha?: string;
}

/** The JSON carries no `-`, `<` or `>`, so no label or URI can end the HTML comment early. */
export function renderMarker(marker: Marker): string {
  const json = JSON.stringify({ v: MARKER_VERSION, ...marker }).replace(
    /[-<>]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${PREFIX}${json}${SUFFIX}`;
}

const HEX = /^[0-9a-f]+$/;

function stringList(value: unknown, valid: (s: string) => boolean): string[] | undefined {
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && valid(s))) return undefined;
  return value as string[];
}

/** The marker a comment body starts with, or undefined (someone else's comment, or malformed). */
export function parseMarker(body: string | undefined | null): Marker | undefined {
  if (!body?.startsWith(PREFIX)) return undefined;
  const end = body.indexOf(SUFFIX, PREFIX.length);
  if (end < 0) return undefined;
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(body.slice(PREFIX.length, end)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if ((value.kind !== 'plan' && value.kind !== 'deployment') || typeof value.label !== 'string')
    return undefined;
  const hash = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? v : undefined);
  const certs = stringList(value.certs, (s) => HEX.test(s) && s.length <= 64);
  const domains = stringList(value.domains, (s) => s.length <= 253);
  const marker: Marker = {
    kind: value.kind,
    label: value.label,
    uri: typeof value.uri === 'string' ? value.uri : '',
  };
  if (typeof value.v === 'number') marker.v = value.v;
  const contract = hash(value.contract);
  if (contract) marker.contract = contract;
  const truststore = hash(value.truststore);
  if (truststore) marker.truststore = truststore;
  if (certs) marker.certs = certs;
  if (typeof value.certCount === 'number' && Number.isSafeInteger(value.certCount))
    marker.certCount = value.certCount;
  if (domains) marker.domains = domains;
  const crls = stringList(value.crls, (s) => /^[0-9a-f]{64}$/.test(s));
  if (crls) marker.crls = crls;
  if (typeof value.live === 'string') marker.live = value.live;
  if (typeof value.sha === 'string') marker.sha = value.sha;
  return marker;
}
