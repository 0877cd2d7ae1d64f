/**
 * Name constraints (RFC 5280 4.2.1.10, 6.1.3 (b)-(c)): a CA's permitted and excluded subtrees bind
 * every certificate below it on a path. Checked for the name forms client certificates carry:
 * directoryName (the subject), rfc822Name (SAN and the subject's emailAddress), dNSName (SAN, and a
 * leaf's host-like commonName when it has no DNS SAN, as OpenSSL does), iPAddress and URI hosts.
 * A name of a form the action cannot match (otherName, x400Address, ediPartyName, registeredID)
 * under a constraint of that form fails closed: the action cannot be sure the client is accepted.
 */
import type { Certificate, GeneralName, NameConstraints } from './model.js';

type Matchable = Exclude<GeneralName, { type: 'unsupported' }>;

const CN = '2.5.4.3=';

/** A commonName that reads as a host name (OpenSSL's cn2dnsid: letters, digits, '-', at least one dot). */
function hostLikeCommonNames(cert: Certificate): string[] {
  const out: string[] = [];
  for (const rdn of cert.subjectRdns) {
    for (const attribute of rdn.split('+')) {
      if (!attribute.startsWith(CN)) continue;
      const value = attribute.slice(CN.length);
      if (/^[a-z0-9_-]+(\.[a-z0-9_-]+)+\.?$/i.test(value)) out.push(value);
    }
  }
  return out;
}

/** The names of `cert` that constraints apply to. */
function namesOf(cert: Certificate, isLeaf: boolean): GeneralName[] {
  const names: GeneralName[] = [...cert.subjectAltNames];
  if (cert.subjectRdns.length > 0) names.push({ type: 'directoryName', rdns: cert.subjectRdns });
  for (const email of cert.subjectEmails) names.push({ type: 'rfc822Name', value: email });
  if (isLeaf && !cert.subjectAltNames.some((n) => n.type === 'dNSName')) {
    for (const host of hostLikeCommonNames(cert)) names.push({ type: 'dNSName', value: host });
  }
  return names;
}

/** A dNSName a constraint can place: labels separated by single dots, no leading dot. */
function wellFormedHost(name: string): boolean {
  return name.length > 0 && !name.startsWith('.') && !name.includes('..');
}

function dnsWithin(name: string, base: string): boolean {
  if (!wellFormedHost(name)) return false;
  const n = name.toLowerCase().replace(/\.$/, '');
  const b = base.toLowerCase();
  if (b === '') return true;
  if (b.startsWith('.')) return n.endsWith(b);
  return n === b || n.endsWith(`.${b}`);
}

function emailWithin(name: string, base: string): boolean {
  const at = name.lastIndexOf('@');
  // One unquoted '@' (RFC 5280 4.2.1.6 mailbox); anything else is not placeable in a subtree.
  if (at < 1 || name.indexOf('@') !== at) return false;
  const local = name.slice(0, at);
  const domain = name.slice(at + 1).toLowerCase();
  if (base.includes('@')) {
    const bAt = base.lastIndexOf('@');
    return local === base.slice(0, bAt) && domain === base.slice(bAt + 1).toLowerCase();
  }
  const b = base.toLowerCase();
  if (b.startsWith('.')) return domain.endsWith(b);
  return domain === b;
}

/** The host of a URI (RFC 3986 authority), or undefined when it has none. */
function uriHost(uri: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri);
  return m?.[1] ? m[1] : undefined;
}

function uriWithin(name: string, base: string): boolean {
  const host = uriHost(name)?.toLowerCase();
  if (host === undefined) return false;
  const b = base.toLowerCase();
  // A constraint with a leading period covers subdomains only; without one, exactly that host.
  return b.startsWith('.') ? host.endsWith(b) : host === b;
}

function ipWithin(name: Uint8Array, base: Uint8Array): boolean {
  if (base.length !== 2 * name.length) return false;
  for (let i = 0; i < name.length; i++) {
    const mask = base[name.length + i]!;
    if ((name[i]! & mask) !== (base[i]! & mask)) return false;
  }
  return true;
}

function dnWithin(name: string[], base: string[]): boolean {
  return base.length <= name.length && base.every((rdn, i) => rdn === name[i]);
}

function within(name: Matchable, base: Matchable): boolean {
  switch (name.type) {
    case 'dNSName':
      return dnsWithin(name.value, (base as typeof name).value);
    case 'rfc822Name':
      return emailWithin(name.value, (base as typeof name).value);
    case 'uniformResourceIdentifier':
      return uriWithin(name.value, (base as typeof name).value);
    case 'iPAddress':
      return ipWithin(name.bytes, (base as typeof name).bytes);
    case 'directoryName':
      return dnWithin(name.rdns, (base as typeof name).rdns);
  }
}

function ipText(bytes: Uint8Array): string {
  const address = (b: Uint8Array) =>
    b.length === 4
      ? Array.from(b).join('.')
      : Array.from({ length: b.length / 2 }, (_, i) => ((b[2 * i]! << 8) | b[2 * i + 1]!).toString(16)).join(
          ':',
        );
  // A constraint holds an address and its mask; a name holds an address.
  if (bytes.length === 8 || bytes.length === 32) {
    const half = bytes.length / 2;
    return `${address(bytes.subarray(0, half))}/${address(bytes.subarray(half))}`;
  }
  return bytes.length === 4 || bytes.length === 16 ? address(bytes) : `(${bytes.length} bytes)`;
}

function show(name: GeneralName): string {
  switch (name.type) {
    case 'iPAddress':
      return `IP ${ipText(name.bytes)}`;
    case 'directoryName':
      return `directoryName ${name.rdns.join('/')}`;
    case 'unsupported':
      return name.form;
    default:
      return `${name.type} ${name.value}`;
  }
}

/**
 * Could a wildcard dNSName (`*.example.com`) stand for a name inside `base`? A verifier that matches
 * peer names against wildcards would accept such a host, so an excluded subtree must catch it
 * (x509-limbo's CVE-2025-61727 cases).
 */
function wildcardReaches(name: GeneralName, base: GeneralName): boolean {
  if (name.type !== 'dNSName' || base.type !== 'dNSName' || !name.value.startsWith('*.')) return false;
  return dnsWithin(base.value.replace(/^\./, ''), name.value.slice(2));
}

/** OpenSSL's bound (NAME_CHECK_MAX): more name × constraint comparisons than this are refused. */
const MAX_COMPARISONS = 1 << 20;

/**
 * Why `cert` (a certificate below the CA whose constraints these are) falls outside them, or
 * undefined when it is within. `isLeaf`: the end of the path (its commonName may count as a host).
 */
export function nameConstraintViolation(
  cert: Certificate,
  constraints: NameConstraints,
  isLeaf: boolean,
): string | undefined {
  const names = namesOf(cert, isLeaf);
  const unsupported = [...constraints.permitted, ...constraints.excluded].filter(
    (c) => c.type === 'unsupported',
  );
  for (const c of unsupported) {
    const form = (c as { form: string }).form;
    const carries = names.some((n) => n.type === 'unsupported' && n.form === form);
    if (carries || form === 'subtree minimum/maximum') {
      return `is constrained by a ${form} name constraint the action cannot check, so it cannot be sure the client is accepted`;
    }
  }
  const comparisons = names.length * (constraints.permitted.length + constraints.excluded.length);
  if (comparisons > MAX_COMPARISONS) {
    return `has ${names.length} names against ${constraints.permitted.length + constraints.excluded.length} name constraints, more than a verifier checks (OpenSSL stops at ${MAX_COMPARISONS} comparisons)`;
  }
  for (const name of names) {
    if (name.type === 'unsupported') continue;
    const excluded = constraints.excluded.find(
      (b) => b.type === name.type && (within(name, b as Matchable) || wildcardReaches(name, b)),
    );
    if (excluded) return `has ${show(name)}, inside the excluded subtree ${show(excluded)}`;
    const permitted = constraints.permitted.filter((b) => b.type === name.type);
    if (permitted.length > 0 && !permitted.some((b) => within(name, b as Matchable))) {
      return `has ${show(name)}, outside the permitted subtrees (${permitted.map(show).join(', ')})`;
    }
  }
  return undefined;
}
