/**
 * One PEM block, judged when it closes: the DER of a certificate, or the one finding that refuses
 * it. A key is recognised by its content, not its label (see private-keys.ts), so a block is
 * searched for key DER whatever its BEGIN line says it holds. The block's contents are never echoed.
 */
import type { FindingCode } from './codes.js';
import { readElement } from './der.js';
import type { Finding } from './model.js';
import { type Base64Line, findKeyInBase64, looksLikePrivateKeyDer } from './private-keys.js';

export interface DerBlock {
  der: Uint8Array;
  /** 1-based line where the block begins (1 for a DER file). */
  line: number;
}

/** A block whose BEGIN line has been read and whose END line has not. */
export interface OpenBlock {
  label: string;
  line: number;
  /** The base64 lines of the body, with their line numbers. */
  body: Base64Line[];
  /** First line that is not base64. */
  bad?: number;
  /** RFC 1421 header names ("Proc-Type", "DEK-Info"): how OpenSSL marks an encrypted traditional key. */
  headers: string[];
}

/** Base64 characters the private-key searches of one file may still decode (private-keys.ts). */
export interface KeySearchBudget {
  chars: number;
}

export function fileFinding(file: string, line: number, code: FindingCode, message: string): Finding {
  return { severity: 'error', code, message, file, line };
}

/** A private key found at `line`; `how` says where and in what form, never what it holds. */
export function keyFinding(file: string, line: number, how: string): Finding {
  return fileFinding(
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

/** The line where key DER begins in base64 lines (searched run by run), if any. */
export function keyInBase64Lines(lines: readonly Base64Line[], budget: KeySearchBudget): number | undefined {
  for (const run of runsOf(lines)) {
    const at = findKeyInBase64(run, budget);
    if (at !== undefined) return at;
  }
  return undefined;
}

/**
 * Judges a block when its END line is read (`endLabel`, on `endLine`), or when the next BEGIN
 * line (`endLabel` undefined, `endLine` that BEGIN's line) or the end of the file (`endLine` 0)
 * comes first.
 */
export function closeBlock(
  file: string,
  block: OpenBlock,
  endLabel: string | undefined,
  endLine: number,
  budget: KeySearchBudget,
): DerBlock | Finding {
  if (endLabel !== block.label) return unclosedBlockFinding(file, block, endLabel, endLine, budget);
  if (block.label.includes('PRIVATE KEY')) return refuseLabel(file, block.label, block.line)!;
  // Padding ends the data: Node's decoder stops at a '=', so lines after one would be ignored.
  block.bad ??= block.body.slice(0, -1).find((l) => l.text.includes('='))?.line;
  const b64 = block.body.map((l) => l.text).join('');
  const whole =
    block.bad === undefined && b64.length % 4 === 0 ? new Uint8Array(Buffer.from(b64, 'base64')) : undefined;
  const problem = hiddenKeyFinding(file, block, whole, budget) ?? certificateBlockProblem(file, block);
  if (problem) return problem;
  if (!whole || whole.length === 0) {
    return fileFinding(
      file,
      block.line,
      'bad-base64',
      `${file}:${block.line}: the certificate block is ${b64.length === 0 ? 'empty' : 'truncated (its base64 length is not a multiple of 4)'}: re-export the certificate`,
    );
  }
  return { der: whole, line: block.line };
}

/** A block with no END line, or closed by the END line of another label. */
function unclosedBlockFinding(
  file: string,
  block: OpenBlock,
  endLabel: string | undefined,
  endLine: number,
  budget: KeySearchBudget,
): Finding {
  const key = keyInBase64Lines(block.body, budget);
  const labels = [block.label, endLabel ?? ''];
  if (key !== undefined || labels.some((l) => l.includes('PRIVATE KEY'))) {
    return keyFinding(file, block.line, `a private key ("BEGIN ${block.label}" block)`);
  }
  const problem = endLabel === undefined ? refuseLabel(file, block.label, block.line) : undefined;
  return (
    problem ??
    fileFinding(
      file,
      block.line,
      'malformed-pem',
      endLabel === undefined
        ? `${file}:${block.line}: the "BEGIN ${block.label}" block has no END line${endLine > 0 ? ` before the next BEGIN on line ${endLine}: restore the END line` : ': the file is truncated; re-export the certificate'}`
        : `${file}:${block.line}: "BEGIN ${block.label}" is closed by "END ${endLabel}" on line ${endLine}: fix the END line or re-export the certificate`,
    )
  );
}

/**
 * A private key inside a properly closed block, whatever its label: encrypted, as the block's
 * whole content (`whole`, the decoded base64 when it decodes), or in base64 lines mixed into it.
 */
function hiddenKeyFinding(
  file: string,
  block: OpenBlock,
  whole: Uint8Array | undefined,
  budget: KeySearchBudget,
): Finding | undefined {
  // OpenSSL's encrypted traditional keys carry these headers over ciphertext, which is no DER.
  const encrypted = block.headers.some((h) => /^(proc-type|dek-info)$/i.test(h));
  if (encrypted && !(whole && isOneElement(whole))) {
    return keyFinding(
      file,
      block.line,
      `an encrypted private key (a "BEGIN ${block.label}" block with Proc-Type/DEK-Info headers over data that is not DER)`,
    );
  }
  if (whole && looksLikePrivateKeyDer(whole)) {
    return keyFinding(
      file,
      block.line,
      `a private key (its content is key DER, though the block says "BEGIN ${block.label}")`,
    );
  }
  // Key lines appended to (or mixed into) a block: only when the block is not one clean element.
  if (!whole || !isOneElement(whole)) {
    const at = keyInBase64Lines(block.body, budget);
    if (at !== undefined) {
      return keyFinding(
        file,
        at,
        `base64 inside the "BEGIN ${block.label}" block that begins on line ${block.line} decodes to a private key, which`,
      );
    }
  }
  return undefined;
}

/** Why a closed block holding no key is still not a certificate block: its label, headers or base64. */
function certificateBlockProblem(file: string, block: OpenBlock): Finding | undefined {
  const problem = refuseLabel(file, block.label, block.line);
  if (problem) return problem;
  if (block.headers.length > 0) {
    return fileFinding(
      file,
      block.line,
      'malformed-pem',
      `${file}:${block.line}: the certificate block has RFC 1421 headers ("Name: value" lines): remove them, a CERTIFICATE block holds base64 only`,
    );
  }
  if (block.bad !== undefined) {
    return fileFinding(
      file,
      block.bad,
      'bad-base64',
      `${file}:${block.bad}: broken base64 inside the certificate block that begins on line ${block.line}: re-export the certificate (e.g. openssl x509 -in old.pem -out new.pem)`,
    );
  }
  return undefined;
}

/** Refuses every PEM label that is not a certificate. The block's contents are never echoed. */
function refuseLabel(file: string, label: string, line: number): Finding | undefined {
  if (label === 'CERTIFICATE' || label === 'X509 CERTIFICATE') return undefined;
  if (label.includes('PRIVATE KEY')) {
    return fileFinding(
      file,
      line,
      'private-key',
      `${file}:${line}: a private key (${label} block) is in a CA file: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`,
    );
  }
  if (label === 'TRUSTED CERTIFICATE') {
    return fileFinding(
      file,
      line,
      'non-certificate-block',
      `${file}:${line}: an OpenSSL "TRUSTED CERTIFICATE" block carries trust settings API Gateway does not read: convert it with "openssl x509 -in ${file} -out ${file}"`,
    );
  }
  return fileFinding(
    file,
    line,
    'non-certificate-block',
    `${file}:${line}: a "${label}" block is not a certificate: remove it; the truststore holds CA certificates only`,
  );
}
