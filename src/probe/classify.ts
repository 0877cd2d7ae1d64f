/**
 * What one probe handshake saw, told apart the way a partner would experience it. Pure: the
 * socket code (handshake.ts) records an Observation; this file decides what it means.
 */
import type { ProbeOutcome, ProbeResult } from '../plan/model.js';

/** The raw facts of one attempt. */
export type Observation =
  | { kind: 'http'; status: number; errorType?: string }
  | {
      kind: 'error';
      /** Node's error code (`ECONNRESET`, `ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED`, ...). */
      code: string;
      message: string;
      /** Had the TLS handshake completed on the client side when the error came? */
      afterHandshake: boolean;
    };

export interface Classified {
  outcome: ProbeOutcome;
  status: number | null;
  detail: string;
}

/**
 * TLS alerts a server sends when it does not accept the client certificate (RFC 8446 6.2):
 * handshake_failure, bad_certificate, unsupported_certificate, certificate_revoked,
 * certificate_expired, certificate_unknown, unknown_ca, access_denied, decrypt_error, certificate_required.
 */
const REFUSAL_ALERTS =
  /ALERT_(HANDSHAKE_FAILURE|BAD_CERTIFICATE|UNSUPPORTED_CERTIFICATE|CERTIFICATE_REVOKED|CERTIFICATE_EXPIRED|CERTIFICATE_UNKNOWN|UNKNOWN_CA|ACCESS_DENIED|DECRYPT_ERROR|CERTIFICATE_REQUIRED)$/;

/** The same alerts by number, as OpenSSL words a TLS 1.2 alert (`EPROTO ... SSL alert number 48`). */
const ALERT_NUMBERS: Record<string, string> = {
  '40': 'HANDSHAKE_FAILURE',
  '42': 'BAD_CERTIFICATE',
  '43': 'UNSUPPORTED_CERTIFICATE',
  '44': 'CERTIFICATE_REVOKED',
  '45': 'CERTIFICATE_EXPIRED',
  '46': 'CERTIFICATE_UNKNOWN',
  '48': 'UNKNOWN_CA',
  '49': 'ACCESS_DENIED',
  '51': 'DECRYPT_ERROR',
  '116': 'CERTIFICATE_REQUIRED',
};

function refusalAlert(o: { code: string; message: string }): string | undefined {
  const byCode = REFUSAL_ALERTS.exec(o.code)?.[1];
  if (byCode) return byCode;
  const number = /SSL alert number (\d+)/.exec(o.message)?.[1];
  return number === undefined ? undefined : ALERT_NUMBERS[number];
}

/** Node's codes for a server certificate the probe does not trust (or that names another host). */
const SERVER_CERTIFICATE = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA']);
/** A connection that ends with no HTTP answer. */
const CLOSED = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_SOCKET_CLOSED']);

/**
 * API Gateway's own refusal: 403 with `x-amzn-errortype: ForbiddenException` (the header's value
 * may carry a `:namespace` suffix).
 * https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors
 */
function isGatewayForbidden(status: number, errorType: string | undefined): boolean {
  return status === 403 && /^ForbiddenException(:|$)/.test(errorType ?? '');
}

export function classify(o: Observation): Classified {
  if (o.kind === 'http') {
    if (isGatewayForbidden(o.status, o.errorType)) {
      return {
        outcome: 'gateway-forbidden',
        status: o.status,
        detail: 'HTTP 403 ForbiddenException from API Gateway: it refused the client certificate',
      };
    }
    if (o.status === 401 || o.status === 403) {
      return {
        outcome: 'accepted',
        status: o.status,
        detail: `HTTP ${o.status} from behind the gateway (an authorizer or the application${
          o.errorType ? `, ${o.errorType}` : ''
        }): the TLS handshake and API Gateway accepted the certificate`,
      };
    }
    return {
      outcome: 'accepted',
      status: o.status,
      detail: `HTTP ${o.status}: the certificate was accepted`,
    };
  }
  const alert = refusalAlert(o);
  if (alert) {
    const when = o.afterHandshake
      ? " after the handshake completed on the client side (TLS 1.3 sends the server's verdict on the client certificate after the client's Finished)"
      : ' during the handshake';
    return {
      outcome: 'tls-refused',
      status: null,
      detail: `the server sent TLS alert ${alert.toLowerCase()}${when}`,
    };
  }
  if (SERVER_CERTIFICATE.has(o.code)) {
    return {
      outcome: 'error',
      status: null,
      detail: `the server certificate was not trusted (${o.code}: ${o.message}): set probe-ca-file to the CA of the domain's server certificate, or check probe-url`,
    };
  }
  if (DNS.has(o.code)) {
    return {
      outcome: 'error',
      status: null,
      detail: `DNS lookup failed (${o.code}): check probe-url, or that the domain resolves from the runner`,
    };
  }
  if ((CLOSED.has(o.code) || /socket hang up/i.test(o.message)) && o.afterHandshake) {
    // A server that drops the client certificate without an alert closes the connection right
    // after the handshake (Node's TLS server does so): nothing of HTTP ever comes back.
    return {
      outcome: 'tls-refused',
      status: null,
      detail: `the server closed the connection right after the TLS handshake without an HTTP answer (${o.code}): it did not accept the client certificate`,
    };
  }
  return { outcome: 'error', status: null, detail: `${o.code}: ${o.message}` };
}

/** Does `outcome` meet what the identity expects? */
export function asExpected(expected: ProbeResult['expected'], outcome: ProbeOutcome): boolean {
  return expected === 'accept'
    ? outcome === 'accepted'
    : outcome === 'tls-refused' || outcome === 'gateway-forbidden';
}
