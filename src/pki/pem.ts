/**
 * Finds certificate blocks in a file: PEM with any number of blocks (CRLF, blank lines and text
 * between blocks allowed) or one binary DER certificate. Private keys and other non-certificate
 * blocks are refused: a truststore holds public CA certificates only (as cert-manager's
 * trust-manager does, anything that is not a certificate is an error, never passed on). A key is
 * recognised by its content, not its label (see private-keys.ts): inside any block and in base64
 * pasted between blocks.
 */
import type { FindingCode } from './codes.js';
import { readElement } from './der.js';
import type { Finding, SourceFile } from './model.js';
import {
  type Base64Line,
  binaryKeyFormat,
  findKeyInBase64,
  KEY_SEARCH_BUDGET,
  looksLikePrivateKeyDer,
} from './private-keys.js';

export { looksLikePrivateKeyDer } from './private-keys.js';

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
  const blob = looksLikeText(bytes) ? undefined : binaryKeyFormat(bytes);
  if (blob) {
    return {
      blocks: [],
      findings: [
        finding(
          file,
          1,
          'private-key',
          `${file} is a private key (${blob} format), not a certificate: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`,
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
            `${file} is a DER private key (or a PKCS#12 bundle holding one), not a certificate: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`,
          ),
        ],
      };
    }
    return { blocks: [{ der: bytes, line: 1 }], findings: [] };
  }
  return scanPem(file, new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}

interface OpenBlock {
  label: string;
  line: number;
  /** The base64 lines of the body, with their line numbers. */
  body: Base64Line[];
  /** First line that is not base64. */
  bad?: number;
  /** RFC 1421 header names ("Proc-Type", "DEK-Info"): how OpenSSL marks an encrypted traditional key. */
  headers: string[];
}

function keyFinding(file: string, line: number, how: string): Finding {
  return finding(
    file,
    line,
    'private-key',
    `${file}:${line}: ${how} is in a CA file: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`,
  );
}

/** Whether the base64 is exactly one DER element (so nothing else can hide behind it). */
function isOneElement(der: Uint8Array): boolean {
  try {
    return der.length > 0 && readElement(der, 0, der.length).end === der.length;
  } catch {
    return false;
  }
}

/** Splits base64 lines at gaps (a bad line, a header) into runs of consecutive lines. */
function runsOf(lines: readonly Base64Line[]): Base64Line[][] {
  const runs: Base64Line[][] = [];
  let run: Base64Line[] = [];
  for (const l of lines) {
    if (run.length > 0 && l.line !== run.at(-1)!.line + 1) {
      runs.push(run);
      run = [];
    }
    run.push(l);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function scanPem(file: string, text: string): { blocks: DerBlock[]; findings: Finding[] } {
  const blocks: DerBlock[] = [];
  const findings: Finding[] = [];
  const budget = { chars: KEY_SEARCH_BUDGET };
  const keyIn = (lines: readonly Base64Line[]) => {
    for (const run of runsOf(lines)) {
      const at = findKeyInBase64(run, budget);
      if (at !== undefined) return at;
    }
    return undefined;
  };
  /** Base64 lines outside any block: a key pasted without armour hides here. */
  let loose: Base64Line[] = [];
  const flushLoose = () => {
    const at = keyIn(loose);
    if (at !== undefined)
      findings.push(keyFinding(file, at, 'base64 outside any PEM block that decodes to a private key'));
    loose = [];
  };
  const lines = text.split('\n');
  let open: OpenBlock | undefined;
  const close = (block: OpenBlock, endLabel: string | undefined, endLine: number) => {
    if (endLabel === undefined || endLabel !== block.label) {
      const key = keyIn(block.body);
      const labels = [block.label, endLabel ?? ''];
      if (key !== undefined || labels.some((l) => l.includes('PRIVATE KEY'))) {
        findings.push(keyFinding(file, block.line, `a private key ("BEGIN ${block.label}" block)`));
        return;
      }
      const problem = endLabel === undefined ? refuseLabel(file, block.label, block.line) : undefined;
      findings.push(
        problem ??
          finding(
            file,
            block.line,
            'malformed-pem',
            endLabel === undefined
              ? `${file}:${block.line}: the "BEGIN ${block.label}" block has no END line${endLine > 0 ? ` before the next BEGIN on line ${endLine}: restore the END line` : ': the file is truncated; re-export the certificate'}`
              : `${file}:${block.line}: "BEGIN ${block.label}" is closed by "END ${endLabel}" on line ${endLine}: fix the END line or re-export the certificate`,
          ),
      );
      return;
    }
    if (block.label.includes('PRIVATE KEY')) {
      findings.push(refuseLabel(file, block.label, block.line)!);
      return;
    }
    // Padding ends the data: Node's decoder stops at a '=', so lines after one would be ignored.
    block.bad ??= block.body.slice(0, -1).find((l) => l.text.includes('='))?.line;
    const b64 = block.body.map((l) => l.text).join('');
    const whole =
      block.bad === undefined && b64.length % 4 === 0
        ? new Uint8Array(Buffer.from(b64, 'base64'))
        : undefined;
    // OpenSSL's encrypted traditional keys carry these headers over ciphertext, which is no DER.
    const encrypted = block.headers.some((h) => /^(proc-type|dek-info)$/i.test(h));
    if (encrypted && !(whole && isOneElement(whole))) {
      findings.push(
        keyFinding(
          file,
          block.line,
          `an encrypted private key (a "BEGIN ${block.label}" block with Proc-Type/DEK-Info headers over data that is not DER)`,
        ),
      );
      return;
    }
    if (whole && looksLikePrivateKeyDer(whole)) {
      findings.push(
        keyFinding(
          file,
          block.line,
          `a private key (its content is key DER, though the block says "BEGIN ${block.label}")`,
        ),
      );
      return;
    }
    // Key lines appended to (or mixed into) a block: only when the block is not one clean element.
    if (!whole || !isOneElement(whole)) {
      const at = keyIn(block.body);
      if (at !== undefined) {
        findings.push(
          keyFinding(
            file,
            at,
            `base64 inside the "BEGIN ${block.label}" block that begins on line ${block.line} decodes to a private key, which`,
          ),
        );
        return;
      }
    }
    const problem = refuseLabel(file, block.label, block.line);
    if (problem) {
      findings.push(problem);
      return;
    }
    if (block.headers.length > 0) {
      findings.push(
        finding(
          file,
          block.line,
          'malformed-pem',
          `${file}:${block.line}: the certificate block has RFC 1421 headers ("Name: value" lines): remove them, a CERTIFICATE block holds base64 only`,
        ),
      );
      return;
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
      return;
    }
    if (!whole || whole.length === 0) {
      findings.push(
        finding(
          file,
          block.line,
          'bad-base64',
          `${file}:${block.line}: the certificate block is ${b64.length === 0 ? 'empty' : 'truncated (its base64 length is not a multiple of 4)'}: re-export the certificate`,
        ),
      );
      return;
    }
    blocks.push({ der: whole, line: block.line });
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    const lineNo = i + 1;
    const trimmed = raw.trim();
    if (!open) {
      const begin = BEGIN.exec(trimmed);
      if (begin) {
        flushLoose();
        open = { label: begin[1]!, line: lineNo, body: [], headers: [] };
      } else if (trimmed !== '' && BASE64_LINE.test(trimmed)) {
        loose.push({ text: trimmed, line: lineNo });
      }
      continue;
    }
    const end = END.exec(trimmed);
    if (end) {
      const block = open;
      open = undefined;
      close(block, end[1]!, lineNo);
      continue;
    }
    if (BEGIN.test(trimmed)) {
      close(open, undefined, lineNo);
      open = { label: BEGIN.exec(trimmed)![1]!, line: lineNo, body: [], headers: [] };
      continue;
    }
    if (trimmed === '') continue;
    const header = /^([A-Za-z-]+):/.exec(trimmed);
    if (header) {
      open.headers.push(header[1]!);
      continue;
    }
    if (BASE64_LINE.test(trimmed)) open.body.push({ text: trimmed, line: lineNo });
    else open.bad ??= lineNo;
  }
  if (open) close(open, undefined, 0);
  flushLoose();
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
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
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
