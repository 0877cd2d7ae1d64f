/**
 * Private keys in any disguise. A key committed next to CA files is compromised whatever its
 * armour or encoding: a PKCS#8 key relabelled `BEGIN CERTIFICATE`, base64 pasted between two
 * certificate blocks, a PKCS#12 bundle or a Microsoft key blob, a PuTTY `.ppk`, a JWK, a PEM
 * inside a JSON string or quoted in an e-mail, base64 of a PEM in a Kubernetes secret, a hex dump.
 * Keys are recognised by content: key-content.ts knows what key bytes look like, key-encodings.ts
 * finds them in the text encodings people paste. Nothing here returns key bytes: callers get a
 * line number and a description to report.
 */
import { type DecodeBudget, describeKeyHit, findKeyHits, type TextLine } from './key-encodings.js';

export { binaryKeyFormat, looksLikePrivateKeyDer } from './key-content.js';

/** A line of a file and its 1-based number (base64 lines, or any lines of text outside blocks). */
export type Base64Line = TextLine;

/** How many characters the searches may decode in one file, so hostile text stays cheap. */
export const KEY_SEARCH_BUDGET = 16 * 1024 * 1024;

/**
 * The line where a private key begins in a run of base64 lines (consecutive, as pasted inside a
 * block), if any: key DER at any line start, or any other key format key-encodings.ts reads in
 * base64 (OpenSSH, PVK, PRIVATEKEYBLOB, base64 of a PEM key). `budget.chars` bounds the decoding
 * over a whole file.
 */
export function findKeyInBase64(run: readonly Base64Line[], budget: DecodeBudget): number | undefined {
  if (run.length === 0) return undefined;
  return findKeyHits(run, budget)[0]?.line;
}

/**
 * Every private key in text outside the PEM blocks, one per key, with the line it begins on and
 * what it is (`a PuTTY private key (.ppk)`, `base64 outside any PEM block that decodes to a
 * private key`), never what it holds.
 */
export function findKeysInText(
  lines: readonly Base64Line[],
  budget: DecodeBudget,
): { line: number; how: string }[] {
  if (lines.length === 0) return [];
  return findKeyHits(lines, budget).map((hit) => ({ line: hit.line, how: describeKeyHit(hit) }));
}
