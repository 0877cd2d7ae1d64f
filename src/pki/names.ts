/**
 * Distinguished names: the display form (RFC 4514, most specific first) and the key used to
 * match an issuer to a subject. Each RDN stays one unit: `O=X+CN=Y` (one multi-valued RDN) is
 * not `O=X, CN=Y` (two RDNs), as RFC 5280 7.1 and OpenSSL's name comparison require.
 */
import {
  childrenOf,
  DerError,
  type Element,
  encodedOf,
  expectTag,
  hexOf,
  readOid,
  readString,
  TAG,
} from './der.js';

const NAME_TYPES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'serialNumber',
  '2.5.4.12': 'title',
  '2.5.4.17': 'postalCode',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** RFC 4514 escaping of one attribute value. */
function escapeDnValue(value: string): string {
  return value
    .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
    .replace(/^([ #])/, '\\$1')
    .replace(/ $/, '\\ ')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export interface DescribedName {
  display: string;
  key: string;
  /** The RDNs in matching form, most general first: `key` is these joined by `/`. */
  rdns: string[];
  /** Values of emailAddress attributes (name constraints match them as rfc822Name, RFC 5280 4.2.1.10). */
  emails: string[];
}

/** Reads a Name (SEQUENCE OF RDN, each a SET OF AttributeTypeAndValue). */
export function describeName(buf: Uint8Array, name: Element, what: string): DescribedName {
  expectTag(name, TAG.SEQUENCE, what);
  const display: string[] = [];
  const key: string[] = [];
  const emails: string[] = [];
  for (const rdn of childrenOf(buf, name)) {
    expectTag(rdn, TAG.SET, `an RDN of the ${what}`);
    const shown: string[] = [];
    const keyed: string[] = [];
    for (const attribute of childrenOf(buf, rdn)) {
      const [type, value, extra] = childrenOf(
        buf,
        expectTag(attribute, TAG.SEQUENCE, `an attribute of the ${what}`),
      );
      if (!type || !value || extra)
        throw new DerError(`an attribute of the ${what} is not a type and a value`);
      const oid = readOid(buf, type);
      const text = readString(buf, value);
      const raw = hexOf(encodedOf(buf, value));
      if (oid === '1.2.840.113549.1.9.1' && text !== undefined) emails.push(text);
      shown.push(`${NAME_TYPES[oid] ?? oid}=${text !== undefined ? escapeDnValue(text) : `#${raw}`}`);
      // RFC 5280 7.1 matching, simplified as OpenSSL does: case-folded, whitespace-collapsed strings.
      keyed.push(`${oid}=${text !== undefined ? text.trim().replace(/\s+/g, ' ').toLowerCase() : raw}`);
    }
    display.push(shown.join('+'));
    // The attributes of one RDN are a set: their order does not matter.
    key.push(keyed.sort().join('+'));
  }
  // slice(): arrays grown by push keep room for 17 elements; a certificate keeps these for good.
  return { display: display.reverse().join(', '), key: key.join('/'), rdns: key.slice(), emails };
}
