/**
 * Finds certificate blocks in a file: PEM with any number of blocks (CRLF, blank lines and text
 * between blocks allowed) or one binary DER certificate. Private keys and other non-certificate
 * blocks are refused: a truststore holds public CA certificates only (as cert-manager's
 * trust-manager does, anything that is not a certificate is an error, never passed on). A key is
 * recognised by its content, not its label (see private-keys.ts): inside any block, and in any text
 * encoding pasted between blocks (key-encodings.ts).
 */
import type { Finding, SourceFile } from './model.js';
import {
  closeBlock,
  type DerBlock,
  fileFinding,
  type KeySearchBudget,
  keyFinding,
  type OpenBlock,
} from './pem-block.js';
import {
  type Base64Line,
  binaryKeyFormat,
  findKeysInText,
  KEY_SEARCH_BUDGET,
  looksLikePrivateKeyDer,
} from './private-keys.js';

export type { DerBlock } from './pem-block.js';
export { looksLikePrivateKeyDer } from './private-keys.js';

const BEGIN = /^-----BEGIN ([A-Z0-9 #]+)-----\s*$/;
const END = /^-----END ([A-Z0-9 #]+)-----\s*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x09) return false; // NUL and other control bytes text never has
  }
  return true;
}

/** Splits a file into DER certificate blocks; every problem becomes a finding naming file and line. */
/** A whole file that is a private key: one finding, and nothing of it is read as a certificate. */
function refusedAsKey(file: string, what: string): { blocks: DerBlock[]; findings: Finding[] } {
  return {
    blocks: [],
    findings: [
      fileFinding(
        file,
        1,
        'private-key',
        `${file} is ${what}, not a certificate: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`,
      ),
    ],
  };
}

export function scanSource(source: SourceFile): { blocks: DerBlock[]; findings: Finding[] } {
  const { path: file, bytes } = source;
  if (bytes.length === 0 || (looksLikeText(bytes) && new TextDecoder().decode(bytes).trim() === '')) {
    return {
      blocks: [],
      findings: [
        fileFinding(
          file,
          1,
          'empty-file',
          `${file} is empty: add the CA certificate or exclude the file with a "!" pattern`,
        ),
      ],
    };
  }
  const blob = looksLikeText(bytes) ? undefined : binaryKeyFormat(bytes);
  if (blob) return refusedAsKey(file, `a private key (${blob} format)`);
  // Binary DER: an ASN.1 SEQUENCE tag (0x30) and not text that happens to start with "0".
  if (bytes[0] === 0x30 && !looksLikeText(bytes)) {
    if (looksLikePrivateKeyDer(bytes)) {
      return refusedAsKey(file, 'a DER private key (or a PKCS#12 bundle holding one)');
    }
    return { blocks: [{ der: bytes, line: 1 }], findings: [] };
  }
  return scanPem(file, new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}

/** A PEM file being scanned: what it has yielded so far, and the base64 seen outside any block. */
interface PemScan {
  file: string;
  blocks: DerBlock[];
  findings: Finding[];
  /** One budget for every private-key search in the file, so hostile text stays cheap. */
  budget: KeySearchBudget;
  /** The non-blank lines outside any block: a key pasted without armour, in any encoding, hides here. */
  loose: Base64Line[];
}

function scanPem(file: string, text: string): { blocks: DerBlock[]; findings: Finding[] } {
  const scan: PemScan = { file, blocks: [], findings: [], budget: { chars: KEY_SEARCH_BUDGET }, loose: [] };
  const lines = text.split('\n');
  let open: OpenBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').replace(/\r$/, '').trim();
    open = open ? readBlockLine(scan, open, trimmed, i + 1) : readLooseLine(scan, trimmed, i + 1);
  }
  if (open) closeInto(scan, open, undefined, 0);
  flushLoose(scan);
  if (scan.blocks.length === 0 && scan.findings.length === 0) {
    scan.findings.push(
      fileFinding(
        file,
        1,
        'no-certificate',
        `${file} has no "-----BEGIN CERTIFICATE-----" block and is not DER: point ca-files at PEM or DER certificate files, or exclude this file with a "!" pattern`,
      ),
    );
  }
  scan.findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { blocks: scan.blocks, findings: scan.findings };
}

/** A line outside any block: a BEGIN line opens a block (returned), base64 is kept as loose. */
function readLooseLine(scan: PemScan, trimmed: string, lineNo: number): OpenBlock | undefined {
  const begin = BEGIN.exec(trimmed);
  if (begin) {
    flushLoose(scan);
    return { label: begin[1]!, line: lineNo, body: [], headers: [] };
  }
  if (trimmed !== '') scan.loose.push({ text: trimmed, line: lineNo });
  return undefined;
}

/**
 * A line inside `open`: returns the block still open after it (none after its END line, a new one
 * when a BEGIN line comes before the END).
 */
function readBlockLine(
  scan: PemScan,
  open: OpenBlock,
  trimmed: string,
  lineNo: number,
): OpenBlock | undefined {
  const end = END.exec(trimmed);
  if (end) {
    closeInto(scan, open, end[1]!, lineNo);
    return undefined;
  }
  const begin = BEGIN.exec(trimmed);
  if (begin) {
    closeInto(scan, open, undefined, lineNo);
    return { label: begin[1]!, line: lineNo, body: [], headers: [] };
  }
  if (trimmed === '') return open;
  const header = /^([A-Za-z-]+):/.exec(trimmed);
  if (header) open.headers.push(header[1]!);
  else if (BASE64_LINE.test(trimmed)) open.body.push({ text: trimmed, line: lineNo });
  else open.bad ??= lineNo;
  return open;
}

/** Closes `block` (see closeBlock) and keeps what it yields: a certificate or a finding. */
function closeInto(scan: PemScan, block: OpenBlock, endLabel: string | undefined, endLine: number): void {
  const closed = closeBlock(scan.file, block, endLabel, endLine, scan.budget);
  if ('der' in closed) scan.blocks.push(closed);
  else scan.findings.push(closed);
}

/** Searches the text gathered since the last block for keys (one finding each), then starts afresh. */
function flushLoose(scan: PemScan): void {
  for (const key of findKeysInText(scan.loose, scan.budget)) {
    scan.findings.push(keyFinding(scan.file, key.line, key.how));
  }
  scan.loose = [];
}
