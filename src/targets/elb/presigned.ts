/**
 * Downloads what Elastic Load Balancing hands out as a presigned URL (the `Location` of
 * GetTrustStoreCaCertificatesBundle and GetTrustStoreRevocationContent): a plain GET with no
 * credentials (the signature is in the query string), bounded in time and in size. Messages name
 * the host and path, never the query: it carries the signature.
 */
import { AwsError, unreachableAt } from '../../aws/errors.js';

export interface PresignedGet {
  /** What is downloaded, for messages: "the CA bundle of trust store <arn>". */
  what: string;
  /** A longer answer is refused (and not read further). */
  maxBytes: number;
  timeoutMs: number;
  /** Tests pass their own. */
  fetch?: typeof fetch;
}

function parseLocation(location: string, what: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(location);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new AwsError(
      `Elastic Load Balancing answered a Location for ${what} that is not an http(s) URL (${url?.protocol ?? 'unparseable'}): refusing to download it; re-run the job, and report it if it persists`,
      'InvalidLocation',
    );
  }
  return url;
}

function tooLarge(what: string, where: string, size: string, maxBytes: number): AwsError {
  return new AwsError(
    `${what} at ${where} is larger than ${maxBytes} bytes (${size}): refusing to read it; check the trust store in the EC2 console (Load Balancing > Trust stores)`,
    'DownloadTooLarge',
  );
}

function downloadFailed(error: unknown, get: PresignedGet, where: string): AwsError {
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new AwsError(
      `downloading ${get.what} from ${where} did not finish within ${Math.round(get.timeoutMs / 1000)} s: check the network (proxy settings) and re-run`,
      'DownloadTimeout',
    );
  }
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const unreachable = unreachableAt(cause) ?? unreachableAt(error);
  const detail = unreachable ?? (cause instanceof Error ? cause.message : String(error));
  return new AwsError(
    `could not download ${get.what} from ${where} (${detail}): check the network and proxy settings and re-run`,
    'DownloadFailed',
  );
}

/** The body, read chunk by chunk so that an oversized answer stops at the cap. */
async function readCapped(response: Response, get: PresignedGet, where: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > get.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(get.what, where, `more than ${get.maxBytes} bytes received`, get.maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** GETs `location` without credentials; non-2xx, too large, too slow and unreachable each name the fix. */
export async function presignedGet(location: string, get: PresignedGet): Promise<Uint8Array> {
  const url = parseLocation(location, get.what);
  const where = `${url.protocol}//${url.host}${url.pathname}`;
  const signal = AbortSignal.timeout(get.timeoutMs);
  try {
    const response = await (get.fetch ?? fetch)(url, { method: 'GET', signal });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const fix =
        response.status === 403
          ? 'the presigned URL was refused (expired, or a clock far off): re-run the job, ELB signs a new one each time'
          : 're-run the job, and check the trust store in the EC2 console (Load Balancing > Trust stores) if it persists';
      throw new AwsError(
        `downloading ${get.what} from ${where} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: ${fix}`,
        'DownloadFailed',
        response.status,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > get.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(get.what, where, `${declared} bytes declared`, get.maxBytes);
    }
    return await readCapped(response, get, where);
  } catch (error) {
    throw error instanceof AwsError ? error : downloadFailed(error, get, where);
  }
}
