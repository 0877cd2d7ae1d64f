/**
 * Finds certificate blocks in a file: PEM with any number of blocks (CRLF, blank lines and text
 * between blocks allowed) or one binary DER certificate. Private keys and other non-certificate
 * blocks are refused: a truststore holds public CA certificates only (as cert-manager's
 * trust-manager does, anything that is not a certificate is an error, never passed on).
 */

import type { FindingCode } from './codes.js';
import { childrenOf, contentOf, type Element, readElement, readOid, TAG } from './der.js';
import type { Finding, SourceFile } from './model.js';

export interface DerBlock {
  der: Uint8Array;
  /** 1-based line where the block begins (1 for a DER file). */
  line: number;
}

const BEGIN = /^-----BEGIN ([A-Z0-9 #]+)-----\s*$/;
const END = /^-----END ([A-Z0-9 #]+)-----\s*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;

function finding(file: string, line: number, code: FindingCode, message: string): Finding {
  return { severity: 'error', code, message, file, line };
}

/** The top-level elements of a DER SEQUENCE, or undefined when the bytes are not one. */
function topLevel(bytes: Uint8Array): Element[] | undefined {
  try {
    const top = readElement(bytes, 0, bytes.length);
    return top.tag === TAG.SEQUENCE && top.end === bytes.length ? childrenOf(bytes, top) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A DER structure shaped like a private key, by its outline only: PKCS#8 (version, algorithm,
 * OCTET STRING), encrypted PKCS#8 (PBES2/PKCS#12 algorithm, OCTET STRING), SEC 1 EC (version 1,
 * OCTET STRING) or PKCS#1 RSA (version 0 and eight INTEGERs).
 */
export function looksLikePrivateKeyDer(bytes: Uint8Array): boolean {
  const items = topLevel(bytes);
  if (!items) return false;
  const [first, second, third] = items;
  if (first?.tag === TAG.SEQUENCE && second?.tag === TAG.OCTET_STRING && items.length === 2) {
    const [oid] = childrenOf(bytes, first);
    return oid?.tag === TAG.OID && /^1\.2\.840\.113549\.1\.(5|12)\./.test(readOid(bytes, oid));
  }
  if (first?.tag !== TAG.INTEGER) return false;
  const version = contentOf(bytes, first);
  const v = version.length === 1 ? version[0] : -1;
  if ((v === 0 || v === 1) && second?.tag === TAG.SEQUENCE && third?.tag === TAG.OCTET_STRING) return true;
  if (v === 1 && second?.tag === TAG.OCTET_STRING) return true;
  return v === 0 && items.length >= 9 && items.slice(1, 9).every((i) => i.tag === TAG.INTEGER);
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x09) return false; // NUL and other control bytes text never has
  }
  return true;
}

/** Splits a file into DER certificate blocks; every problem becomes a finding naming file and line. */
export function scanSource(source: SourceFile): { blocks: DerBlock[]; findings: Finding[] } {
  const { path: file, bytes } = source;
  if (bytes.length === 0 || (looksLikeText(bytes) && new TextDecoder().decode(bytes).trim() === '')) {
    return {
      blocks: [],
      findings: [
        finding(
          file,
          1,
          'empty-file',
          `${file} is empty: add the CA certificate or exclude the file with a "!" pattern`,
        ),
      ],
    };
  }
  // Binary DER: an ASN.1 SEQUENCE tag (0x30) and not text that happens to start with "0".
  if (bytes[0] === 0x30 && !looksLikeText(bytes)) {
    if (looksLikePrivateKeyDer(bytes)) {
      return {
        blocks: [],
        findings: [
          finding(
            file,
            1,
            'private-key',
            `${file} is a DER private key, not a certificate: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`,
          ),
        ],
      };
    }
    return { blocks: [{ der: bytes, line: 1 }], findings: [] };
  }
  return scanPem(file, new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}

function scanPem(file: string, text: string): { blocks: DerBlock[]; findings: Finding[] } {
  const blocks: DerBlock[] = [];
  const findings: Finding[] = [];
  const lines = text.split('\n');
  let open: { label: string; line: number; body: string[]; bad?: number; headers: boolean } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    const lineNo = i + 1;
    const trimmed = raw.trim();
    if (!open) {
      const begin = BEGIN.exec(trimmed);
      if (begin) open = { label: begin[1]!, line: lineNo, body: [], headers: false };
      continue;
    }
    const end = END.exec(trimmed);
    if (end) {
      const block = open;
      open = undefined;
      if (end[1] !== block.label) {
        findings.push(
          finding(
            file,
            block.line,
            'malformed-pem',
            `${file}:${block.line}: "BEGIN ${block.label}" is closed by "END ${end[1]}" on line ${lineNo}: fix the END line or re-export the certificate`,
          ),
        );
        continue;
      }
      const problem = refuseLabel(file, block.label, block.line);
      if (problem) {
        findings.push(problem);
        continue;
      }
      if (block.headers) {
        findings.push(
          finding(
            file,
            block.line,
            'malformed-pem',
            `${file}:${block.line}: the certificate block has RFC 1421 headers ("Name: value" lines): remove them, a CERTIFICATE block holds base64 only`,
          ),
        );
        continue;
      }
      if (block.bad !== undefined) {
        findings.push(
          finding(
            file,
            block.bad,
            'bad-base64',
            `${file}:${block.bad}: broken base64 inside the certificate block that begins on line ${block.line}: re-export the certificate (e.g. openssl x509 -in old.pem -out new.pem)`,
          ),
        );
        continue;
      }
      const b64 = block.body.join('');
      if (b64.length === 0 || b64.length % 4 !== 0) {
        findings.push(
          finding(
            file,
            block.line,
            'bad-base64',
            `${file}:${block.line}: the certificate block is ${b64.length === 0 ? 'empty' : 'truncated (its base64 length is not a multiple of 4)'}: re-export the certificate`,
          ),
        );
        continue;
      }
      blocks.push({ der: new Uint8Array(Buffer.from(b64, 'base64')), line: block.line });
      continue;
    }
    if (BEGIN.test(trimmed)) {
      findings.push(
        finding(
          file,
          open.line,
          'malformed-pem',
          `${file}:${open.line}: the "BEGIN ${open.label}" block has no END line before the next BEGIN on line ${lineNo}: restore the END line`,
        ),
      );
      open = { label: BEGIN.exec(trimmed)![1]!, line: lineNo, body: [], headers: false };
      continue;
    }
    if (trimmed === '') continue;
    if (/^[A-Za-z-]+:/.test(trimmed)) {
      open.headers = true;
      continue;
    }
    if (BASE64_LINE.test(trimmed)) open.body.push(trimmed);
    else open.bad ??= lineNo;
  }
  if (open) {
    const problem = refuseLabel(file, open.label, open.line);
    findings.push(
      problem ??
        finding(
          file,
          open.line,
          'malformed-pem',
          `${file}:${open.line}: the "BEGIN ${open.label}" block has no END line: the file is truncated; re-export the certificate`,
        ),
    );
  }
  if (blocks.length === 0 && findings.length === 0) {
    findings.push(
      finding(
        file,
        1,
        'no-certificate',
        `${file} has no "-----BEGIN CERTIFICATE-----" block and is not DER: point ca-files at PEM or DER certificate files, or exclude this file with a "!" pattern`,
      ),
    );
  }
  return { blocks, findings };
}

/** Refuses every PEM label that is not a certificate. The block's contents are never echoed. */
function refuseLabel(file: string, label: string, line: number): Finding | undefined {
  if (label === 'CERTIFICATE' || label === 'X509 CERTIFICATE') return undefined;
  if (label.includes('PRIVATE KEY')) {
    return finding(
      file,
      line,
      'private-key',
      `${file}:${line}: a private key (${label} block) is in a CA file: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`,
    );
  }
  if (label === 'TRUSTED CERTIFICATE') {
    return finding(
      file,
      line,
      'non-certificate-block',
      `${file}:${line}: an OpenSSL "TRUSTED CERTIFICATE" block carries trust settings API Gateway does not read: convert it with "openssl x509 -in ${file} -out ${file}"`,
    );
  }
  return finding(
    file,
    line,
    'non-certificate-block',
    `${file}:${line}: a "${label}" block is not a certificate: remove it; the truststore holds CA certificates only`,
  );
}
