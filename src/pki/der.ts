/**
 * A small, strict DER reader: just enough to walk an X.509 certificate's outline. Every length is
 * checked against its parent before use and only definite, minimally encoded lengths are read,
 * so hostile input fails fast instead of allocating or recursing (nothing here recurses).
 *
 * Why not pkijs: asn1js 4 (pkijs's decoder) costs ~0.5 ms per certificate, 60% of a
 * 1,000-certificate run; this reader walks the same certificate in a few microseconds. pkijs
 * stays the oracle that __tests__/pki/der-oracle.test.ts compares every field against.
 */

export class DerError extends Error {
  override name = 'DerError';
}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  NUMERIC_STRING: 0x12,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  VISIBLE_STRING: 0x1a,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** One element: its tag, where its header starts, and where its content starts and ends. */
export interface Element {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

/** Reads the element at `offset`, which must end at or before `limit`. */
export function readElement(buf: Uint8Array, offset: number, limit: number): Element {
  if (offset + 2 > limit) throw new DerError('truncated element');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`unsupported multi-byte tag at byte ${offset}`);
  let length = buf[offset + 1]!;
  let p = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0) throw new DerError(`indefinite length at byte ${offset} (not DER)`);
    if (count > 4) throw new DerError(`length of ${count} bytes at byte ${offset}`);
    if (p + count > limit) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[p++]!;
    if (length < 0x80 || (count > 1 && buf[offset + 2] === 0)) {
      throw new DerError(`length not minimally encoded at byte ${offset} (not DER)`);
    }
  }
  if (p + length > limit) throw new DerError(`element at byte ${offset} runs past its container`);
  return { tag, start: offset, contentStart: p, end: p + length };
}

/** The elements inside a constructed element, in order. */
export function childrenOf(buf: Uint8Array, parent: Element): Element[] {
  const out: Element[] = [];
  for (let p = parent.contentStart; p < parent.end; ) {
    const child = readElement(buf, p, parent.end);
    out.push(child);
    p = child.end;
  }
  return out;
}

export function expectTag(el: Element | undefined, tag: number, what: string): Element {
  if (!el) throw new DerError(`${what} is missing`);
  if (el.tag !== tag)
    throw new DerError(`${what} has tag 0x${el.tag.toString(16)}, expected 0x${tag.toString(16)}`);
  return el;
}

export function contentOf(buf: Uint8Array, el: Element): Uint8Array {
  return buf.subarray(el.contentStart, el.end);
}

export function encodedOf(buf: Uint8Array, el: Element): Uint8Array {
  return buf.subarray(el.start, el.end);
}

export function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export function readOid(buf: Uint8Array, el: Element): string {
  const bytes = contentOf(buf, expectTag(el, TAG.OID, 'object identifier'));
  if (bytes.length === 0) throw new DerError('empty object identifier');
  const arcs: number[] = [];
  let value = 0;
  for (const [i, b] of bytes.entries()) {
    if (value === 0 && b === 0x80) throw new DerError('object identifier arc not minimally encoded');
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError('object identifier arc too large');
    if (!(b & 0x80)) {
      if (arcs.length === 0)
        arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    } else if (i === bytes.length - 1) {
      throw new DerError('truncated object identifier');
    }
  }
  const oid = arcs.join('.');
  // Every certificate repeats the same few OIDs: keep one copy of each (a bounded table).
  const known = INTERNED_OIDS.get(oid);
  if (known !== undefined) return known;
  if (INTERNED_OIDS.size < 1024) INTERNED_OIDS.set(oid, oid);
  return oid;
}

const INTERNED_OIDS = new Map<string, string>();

/** A small non-negative INTEGER (version, pathLenConstraint). */
export function readSmallInteger(buf: Uint8Array, el: Element, what: string): number {
  const bytes = contentOf(buf, expectTag(el, TAG.INTEGER, what));
  if (bytes.length === 0) throw new DerError(`${what} is an empty INTEGER`);
  if (bytes[0]! & 0x80) throw new DerError(`${what} is negative`);
  if (bytes.length > 4) throw new DerError(`${what} is too large`);
  let value = 0;
  for (const b of bytes) value = value * 256 + b;
  return value;
}

export function readBoolean(buf: Uint8Array, el: Element, what: string): boolean {
  const bytes = contentOf(buf, expectTag(el, TAG.BOOLEAN, what));
  if (bytes.length !== 1) throw new DerError(`${what} is not a one-byte BOOLEAN`);
  return bytes[0] !== 0;
}

const DIGITS = /^\d+$/;

/** UTCTime (YYMMDDHHMMSSZ, RFC 5280 4.1.2.5.1) or GeneralizedTime (YYYYMMDDHHMMSSZ). */
export function readTime(buf: Uint8Array, el: Element, what: string): Date {
  const text = Buffer.from(contentOf(buf, el)).toString('latin1');
  let year: number;
  let rest: string;
  if (el.tag === TAG.UTC_TIME) {
    if (text.length !== 13 || !text.endsWith('Z') || !DIGITS.test(text.slice(0, 12))) {
      throw new DerError(`${what} "${text}" is not a UTCTime of the form YYMMDDHHMMSSZ`);
    }
    const yy = Number(text.slice(0, 2));
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
    rest = text.slice(2, 12);
  } else if (el.tag === TAG.GENERALIZED_TIME) {
    // RFC 5280 4.1.2.5.2: seconds present, no fractional seconds, Zulu.
    if (text.length !== 15 || !text.endsWith('Z') || !DIGITS.test(text.slice(0, 14))) {
      throw new DerError(`${what} "${text}" is not a GeneralizedTime of the form YYYYMMDDHHMMSSZ`);
    }
    year = Number(text.slice(0, 4));
    rest = text.slice(4, 14);
  } else {
    throw new DerError(`${what} is neither UTCTime nor GeneralizedTime`);
  }
  const [mo, d, h, mi, s] = [0, 2, 4, 6, 8].map((i) => Number(rest.slice(i, i + 2))) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, mo - 1, d, h, mi, s));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    throw new DerError(`${what} "${text}" is not a valid date`);
  }
  return date;
}

/** The text of a directory string, or undefined for other value types. */
export function readString(buf: Uint8Array, el: Element): string | undefined {
  const bytes = Buffer.from(contentOf(buf, el));
  switch (el.tag) {
    case TAG.UTF8_STRING:
      return bytes.toString('utf8');
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.NUMERIC_STRING:
    case TAG.VISIBLE_STRING:
    case TAG.T61_STRING:
      return bytes.toString('latin1');
    case TAG.BMP_STRING: {
      if (bytes.length % 2 !== 0) throw new DerError('BMPString of odd length');
      let text = '';
      for (let i = 0; i < bytes.length; i += 2) text += String.fromCharCode(bytes.readUInt16BE(i));
      return text;
    }
    case TAG.UNIVERSAL_STRING: {
      if (bytes.length % 4 !== 0) throw new DerError('UniversalString length not a multiple of 4');
      let text = '';
      for (let i = 0; i < bytes.length; i += 4) {
        const code = bytes.readUInt32BE(i);
        if (code > 0x10ffff) throw new DerError('UniversalString holds a value beyond Unicode');
        text += String.fromCodePoint(code);
      }
      return text;
    }
    default:
      return undefined;
  }
}
