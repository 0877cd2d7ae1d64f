/**
 * The byte-level parts of S3's wire protocol that the fake must get right for the SDK to accept it:
 * aws-chunked bodies with trailing checksums, the flexible-checksum algorithms, XML documents.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

export type ChecksumAlgorithm = 'crc32' | 'crc32c' | 'crc64nvme' | 'sha1' | 'sha256';
export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = [
  'crc32',
  'crc32c',
  'crc64nvme',
  'sha1',
  'sha256',
];

const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

const CRC64NVME_TABLE = (() => {
  const table: bigint[] = [];
  for (let n = 0n; n < 256n; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1n ? 0x9a6c9329ac4bc9b5n ^ (c >> 1n) : c >> 1n;
    table.push(c);
  }
  return table;
})();

function crc32c(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC32C_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function crc64nvme(data: Buffer): bigint {
  const mask = 0xffffffffffffffffn;
  let crc = mask;
  for (const byte of data)
    crc = (CRC64NVME_TABLE[Number((crc ^ BigInt(byte)) & 0xffn)] as bigint) ^ (crc >> 8n);
  return (crc ^ mask) & mask;
}

/** The base64 value S3 puts in `x-amz-checksum-<algorithm>` for a full-object checksum. */
export function checksum(algorithm: ChecksumAlgorithm, data: Buffer): string {
  switch (algorithm) {
    case 'sha1':
    case 'sha256':
      return createHash(algorithm).update(data).digest('base64');
    case 'crc32':
    case 'crc32c': {
      const out = Buffer.alloc(4);
      out.writeUInt32BE(algorithm === 'crc32' ? zlib.crc32(data) : crc32c(data));
      return out.toString('base64');
    }
    case 'crc64nvme': {
      const out = Buffer.alloc(8);
      out.writeBigUInt64BE(crc64nvme(data));
      return out.toString('base64');
    }
  }
}

export class ChunkedBodyError extends Error {}

/**
 * Decodes `Content-Encoding: aws-chunked`: `<hex size>[;chunk-signature=..]\r\n<data>\r\n` … `0\r\n`
 * then trailer lines `name:value\r\n` and a final `\r\n`
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-streaming.html).
 */
export function decodeAwsChunked(body: Buffer): { data: Buffer; trailers: Record<string, string> } {
  const parts: Buffer[] = [];
  let offset = 0;
  const line = (): string => {
    const end = body.indexOf('\r\n', offset, 'latin1');
    if (end < 0) throw new ChunkedBodyError(`aws-chunked body: no CRLF after offset ${offset}`);
    const text = body.subarray(offset, end).toString('latin1');
    offset = end + 2;
    return text;
  };
  for (;;) {
    const header = line();
    const size = Number.parseInt(header.split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0)
      throw new ChunkedBodyError(`aws-chunked body: bad chunk header "${header}"`);
    if (size === 0) break;
    if (offset + size + 2 > body.length)
      throw new ChunkedBodyError('aws-chunked body: chunk runs past the end');
    parts.push(body.subarray(offset, offset + size));
    offset += size;
    if (body.subarray(offset, offset + 2).toString('latin1') !== '\r\n') {
      throw new ChunkedBodyError('aws-chunked body: chunk not followed by CRLF');
    }
    offset += 2;
  }
  const trailers: Record<string, string> = {};
  for (;;) {
    if (offset >= body.length) break;
    const text = line();
    if (text === '') break;
    const colon = text.indexOf(':');
    if (colon < 0) throw new ChunkedBodyError(`aws-chunked body: bad trailer "${text}"`);
    trailers[text.slice(0, colon).trim().toLowerCase()] = text.slice(colon + 1).trim();
  }
  return { data: Buffer.concat(parts), trailers };
}

export function xmlEscape(value: string): string {
  return value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}

export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function xmlDocument(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/** `<Error><Code>..</Code><Message>..</Message>…<RequestId>..</RequestId></Error>`, as S3 sends it. */
export function s3ErrorXml(
  code: string,
  message: string,
  extra: Record<string, string>,
  requestId: string,
): string {
  const fields = Object.entries(extra)
    .map(([name, value]) => `<${name}>${xmlEscape(value)}</${name}>`)
    .join('');
  return xmlDocument(
    `<Error><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message)}</Message>${fields}<RequestId>${requestId}</RequestId><HostId>${Buffer.from(requestId).toString('base64')}</HostId></Error>`,
  );
}
