/**
 * The revokedCertificates list of a CRL (RFC 5280 5.1.2.6) and the extensions of a CRL and of its
 * entries (5.2, 5.3). Entries are walked with readElement directly, without an array of children
 * per entry: a CRL of half a million entries is read in one linear pass, one small object each.
 */
import {
  contentOf,
  DerError,
  type Element,
  expectTag,
  hexOf,
  readBoolean,
  readElement,
  readOid,
  readTime,
  TAG,
} from './der.js';

const ENUMERATED = 0x0a;

/** CRLReason values (RFC 5280 5.3.1); 7 is not used. */
export const CRL_REASONS: Record<number, string> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

export const CRL_OID = {
  reasonCode: '2.5.29.21',
  crlNumber: '2.5.29.20',
  authorityKeyId: '2.5.29.35',
};

export interface RevokedCertificate {
  /** The serial number's DER content as lowercase hex (a leading 00 only where DER needs it). */
  serial: string;
  revocationDate: Date;
  /** The reasonCode entry extension, when present (e.g. `keyCompromise`). */
  reason?: string;
}

export interface CrlExtensions {
  /** cRLNumber as lowercase hex of its DER content. */
  crlNumber?: string;
  /** keyIdentifier of the authorityKeyIdentifier, lowercase hex. */
  authorityKeyId?: string;
  /** Every CRL extension, in order, with its criticality. */
  extensions: { oid: string; critical: boolean }[];
}

/** The DER content of an INTEGER, refused when empty or not minimally encoded. */
export function integerContent(buf: Uint8Array, el: Element | undefined, what: string): Uint8Array {
  const bytes = contentOf(buf, expectTag(el, TAG.INTEGER, what));
  if (bytes.length === 0) throw new DerError(`${what} is an empty INTEGER`);
  if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1]! < 0x80) || (bytes[0] === 0xff && bytes[1]! >= 0x80)))
    throw new DerError(`${what} is not minimally encoded (not DER)`);
  return bytes;
}

interface RawExtension {
  oid: string;
  critical: boolean;
  value: Element;
}

/** Calls `each` for every Extension of an Extensions SEQUENCE. */
function forEachExtension(
  buf: Uint8Array,
  list: Element,
  what: string,
  each: (ext: RawExtension) => void,
): void {
  expectTag(list, TAG.SEQUENCE, what);
  for (let p = list.contentStart; p < list.end; ) {
    const ext = expectTag(readElement(buf, p, list.end), TAG.SEQUENCE, `an extension of the ${what}`);
    p = ext.end;
    const idEl = readElement(buf, ext.contentStart, ext.end);
    const oid = readOid(buf, expectTag(idEl, TAG.OID, 'an extension identifier'));
    let next = readElement(buf, idEl.end, ext.end);
    let critical = false;
    if (next.tag === TAG.BOOLEAN) {
      critical = readBoolean(buf, next, `the critical flag of ${oid}`);
      next = readElement(buf, next.end, ext.end);
    }
    const value = expectTag(next, TAG.OCTET_STRING, `the value of extension ${oid}`);
    if (value.end !== ext.end) throw new DerError(`extension ${oid} has more than three parts`);
    each({ oid, critical, value });
  }
}

/** The one element an extension's OCTET STRING holds, which must fill it. */
function innerOf(buf: Uint8Array, value: Element, what: string): Element {
  const inner = readElement(buf, value.contentStart, value.end);
  if (inner.end !== value.end) throw new DerError(`${what} has trailing data`);
  return inner;
}

/** crlExtensions (RFC 5280 5.2): cRLNumber and authorityKeyIdentifier are decoded. */
export function readCrlExtensions(
  buf: Uint8Array,
  list: Element,
  unhandledCritical: string[],
): CrlExtensions {
  const out: CrlExtensions = { extensions: [] };
  forEachExtension(buf, list, 'crlExtensions', ({ oid, critical, value }) => {
    out.extensions.push({ oid, critical });
    if (oid === CRL_OID.crlNumber) {
      out.crlNumber = hexOf(integerContent(buf, innerOf(buf, value, 'cRLNumber'), 'cRLNumber'));
    } else if (oid === CRL_OID.authorityKeyId) {
      const aki = expectTag(
        innerOf(buf, value, 'authorityKeyIdentifier'),
        TAG.SEQUENCE,
        'authorityKeyIdentifier',
      );
      for (let p = aki.contentStart; p < aki.end; ) {
        const field = readElement(buf, p, aki.end);
        p = field.end;
        // keyIdentifier is [0] IMPLICIT OCTET STRING (RFC 5280 4.2.1.1).
        if (field.tag === 0x80) out.authorityKeyId = hexOf(contentOf(buf, field));
      }
    } else if (critical) {
      unhandledCritical.push(oid);
    }
  });
  return out;
}

/** The reasonCode of one entry, or undefined; unknown critical entry extensions are recorded. */
function readEntryExtensions(
  buf: Uint8Array,
  list: Element,
  unhandledCritical: string[],
): string | undefined {
  let reason: string | undefined;
  forEachExtension(buf, list, 'crlEntryExtensions', ({ oid, critical, value }) => {
    if (oid === CRL_OID.reasonCode) {
      const code = contentOf(buf, expectTag(innerOf(buf, value, 'reasonCode'), ENUMERATED, 'reasonCode'));
      if (code.length !== 1) throw new DerError('reasonCode is not a one-byte ENUMERATED');
      reason = CRL_REASONS[code[0]!];
      if (reason === undefined) throw new DerError(`reasonCode ${code[0]} is not a CRLReason`);
    } else if (critical && !unhandledCritical.includes(oid)) {
      unhandledCritical.push(oid);
    }
  });
  return reason;
}

/** Two ASCII digits at `p`, or NaN. */
function twoDigits(buf: Uint8Array, p: number): number {
  const a = buf[p]! - 48;
  const b = buf[p + 1]! - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * A valid UTCTime or GeneralizedTime read straight from its bytes, or undefined for readTime to
 * explain: readTime's strings cost more than the rest of an entry.
 */
function fastTime(buf: Uint8Array, el: Element): Date | undefined {
  let p = el.contentStart;
  let year: number;
  if (el.tag === TAG.UTC_TIME && el.end - p === 13) {
    const yy = twoDigits(buf, p);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
    p += 2;
  } else if (el.tag === TAG.GENERALIZED_TIME && el.end - p === 15) {
    year = twoDigits(buf, p) * 100 + twoDigits(buf, p + 2);
    p += 4;
  } else {
    return undefined;
  }
  if (buf[el.end - 1] !== 0x5a) return undefined; // 'Z'
  const [mo, d, h, mi, s] = [
    twoDigits(buf, p),
    twoDigits(buf, p + 2),
    twoDigits(buf, p + 4),
    twoDigits(buf, p + 6),
    twoDigits(buf, p + 8),
  ];
  const time = Date.UTC(year, mo - 1, d, h, mi, s);
  if (Number.isNaN(time) || h > 23 || mi > 59 || s > 59) return undefined;
  const date = new Date(time);
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** The DER of the reasonCode extension's identifier, 2.5.29.21: compared without decoding. */
const REASON_OID = [0x06, 0x03, 0x55, 0x1d, 0x15];

/**
 * The reasonCode of an entry whose only extension is a non-critical reasonCode (what CAs write),
 * read without decoding the identifier; undefined sends the entry to readEntryExtensions.
 */
function fastReason(buf: Uint8Array, exts: Element): string | undefined {
  // 30 0c | 30 0a 06 03 55 1d 15 04 03 0a 01 nn
  const p = exts.contentStart;
  if (exts.end - p !== 12 || buf[p] !== 0x30 || buf[p + 1] !== 10) return undefined;
  for (let i = 0; i < 5; i++) if (buf[p + 2 + i] !== REASON_OID[i]) return undefined;
  if (buf[p + 7] !== 0x04 || buf[p + 8] !== 3 || buf[p + 9] !== ENUMERATED || buf[p + 10] !== 1)
    return undefined;
  return CRL_REASONS[buf[p + 11]!];
}

/**
 * readElement's checks, into `into` rather than a new object: four elements per entry of a large
 * CRL are otherwise most of its garbage. The same errors as readElement for the same input.
 */
function readInto(buf: Uint8Array, offset: number, limit: number, into: Element): Element {
  const length = buf[offset + 1];
  if (offset + 2 > limit || length === undefined || length >= 0x80 || (buf[offset]! & 0x1f) === 0x1f) {
    const el = readElement(buf, offset, limit);
    into.tag = el.tag;
    into.start = el.start;
    into.contentStart = el.contentStart;
    into.end = el.end;
    return into;
  }
  if (offset + 2 + length > limit) throw new DerError(`element at byte ${offset} runs past its container`);
  into.tag = buf[offset]!;
  into.start = offset;
  into.contentStart = offset + 2;
  into.end = offset + 2 + length;
  return into;
}

const scratch = (): Element => ({ tag: 0, start: 0, contentStart: 0, end: 0 });

/** revokedCertificates: SEQUENCE OF SEQUENCE { userCertificate, revocationDate, crlEntryExtensions }. */
export function readRevoked(
  buf: Uint8Array,
  list: Element,
  version: number,
  unhandledCritical: string[],
): RevokedCertificate[] {
  const out: RevokedCertificate[] = [];
  const what = () => `revoked certificate ${out.length + 1}`;
  const [entry, serialEl, dateEl, exts] = [scratch(), scratch(), scratch(), scratch()];
  for (let p = list.contentStart; p < list.end; ) {
    readInto(buf, p, list.end, entry);
    if (entry.tag !== TAG.SEQUENCE) throw new DerError(`${what()} is not a SEQUENCE`);
    p = entry.end;
    readInto(buf, entry.contentStart, entry.end, serialEl);
    if (serialEl.tag !== TAG.INTEGER) integerContent(buf, serialEl, `the serial number of ${what()}`);
    const serial = hexOf(integerContent(buf, serialEl, 'a serial number'));
    readInto(buf, serialEl.end, entry.end, dateEl);
    const revocationDate = fastTime(buf, dateEl) ?? readTime(buf, dateEl, `the revocation date of ${what()}`);
    let reason: string | undefined;
    if (dateEl.end < entry.end) {
      if (version < 2) throw new DerError(`${what()} has extensions in a version 1 CRL`);
      readInto(buf, dateEl.end, entry.end, exts);
      if (exts.end !== entry.end) throw new DerError(`${what()} has more than three parts`);
      reason = fastReason(buf, exts) ?? readEntryExtensions(buf, exts, unhandledCritical);
    }
    out.push(reason === undefined ? { serial, revocationDate } : { serial, revocationDate, reason });
  }
  return out;
}
