/**
 * The text formats that are private keys by definition, followed line by line (key-encodings.ts
 * feeds them): a PEM armour labelled `PRIVATE KEY`, or one whose body carries `Proc-Type` /
 * `DEK-Info` encryption headers; PuTTY's `.ppk` (a `PuTTY-User-Key-File-N:` header, then
 * `Private-Lines:`); `openssl pkey -text` output (`Private-Key:`, then `priv:` or
 * `privateExponent:`); a JWK (a JSON object with `"kty": "RSA" | "EC" | "OKP"` and a base64url
 * `"d"`). Each line is read once; JSON objects are tracked to a bounded depth.
 */
import { isSpace, literalEnd } from './key-text.js';

/** What a found key is, in a message; never what it holds. */
export const WHAT = {
  der: 'a private key',
  openssh: 'an OpenSSH private key',
  pvk: 'a private key (PVK format)',
  msblob: 'a private key (PRIVATEKEYBLOB format)',
  pem: 'a PEM private key block',
  quotedPem: 'a quoted or commented-out PEM private key block',
  encryptedPem: 'an encrypted PEM private key (Proc-Type/DEK-Info headers)',
  ppk: 'a PuTTY private key (.ppk)',
  jwk: 'a JWK private key (a JSON object with "d")',
  dump: 'an OpenSSL text dump of a private key',
} as const;

/** JSON objects nested deeper than this are counted, not tracked. */
const MAX_JSON_DEPTH = 64;

const JWK_KTY = /^(?:RSA|EC|OKP)$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const PUTTY = /^PuTTY-User-Key-File-\d+:/;
const PUTTY_PRIVATE = /^Private-Lines:\s*\d+$/;
const TEXT_DUMP = /^(?:[A-Z0-9]+ )?Private-Key:(?: \(\d+ bit(?:, \d+ primes)?\))?$/;
const TEXT_DUMP_PRIVATE = /^(?:priv|privateExponent):$/;
const PEM_ENCRYPTION = /^(?:Proc-Type:\s*4,\s*ENCRYPTED|DEK-Info:)/i;

interface JsonFrame {
  line: number;
  key: string | undefined;
  kty: boolean;
  d: boolean;
}

interface Armour {
  line: number;
  private: boolean;
  encrypted: boolean;
  quoted: boolean;
}

/** Reports a key found on lines `line` to `last`. */
export type Found = (line: number, last: number, what: string) => void;

/** The formats' state over one text: an open armour, a pending `.ppk` or dump header, JSON objects. */
export class KeyFormats {
  private armour: Armour | undefined;
  private putty: number | undefined;
  private dump: number | undefined;
  private json: JsonFrame[] = [];
  private jsonDepth = 0;
  private jsonOverflow = 0;

  constructor(private readonly found: Found) {}

  /** At the end of the text: an armour or a JWK left open is still a key. */
  finish(lastLine: number): void {
    this.closeArmour(lastLine);
    for (const frame of this.json.slice(0, this.jsonDepth)) {
      if (frame.kty && frame.d) this.found(frame.line, lastLine, WHAT.jwk);
    }
    this.jsonDepth = 0;
  }

  /** Text formats that are private keys by definition, and encryption headers in an armour. */
  marker(t: string, line: number): void {
    if (PUTTY.test(t)) this.putty = line;
    else if (this.putty !== undefined && PUTTY_PRIVATE.test(t)) {
      this.found(this.putty, line, WHAT.ppk);
      this.putty = undefined;
    } else if (TEXT_DUMP.test(t)) this.dump = line;
    else if (this.dump !== undefined && TEXT_DUMP_PRIVATE.test(t)) {
      this.found(this.dump, line, WHAT.dump);
      this.dump = undefined;
    } else if (this.armour && PEM_ENCRYPTION.test(t)) this.armour.encrypted = true;
  }

  armourLine(begin: boolean, label: string, line: number, quoted: boolean): void {
    this.closeArmour(line);
    if (begin) {
      this.armour = { line, private: label.includes('PRIVATE KEY'), encrypted: false, quoted };
    }
  }

  private closeArmour(last: number): void {
    const a = this.armour;
    this.armour = undefined;
    if (a?.private) this.found(a.line, last, a.quoted ? WHAT.quotedPem : WHAT.pem);
    else if (a?.encrypted) this.found(a.line, last, WHAT.encryptedPem);
  }

  /**
   * JSON objects: one with `"kty": "RSA"|"EC"|"OKP"` and a base64url `"d"` is a private JWK. A
   * tokenizer of braces and strings only, one left-to-right pass over the line.
   */
  jsonLine(t: string, line: number): void {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x7b) {
        if (this.jsonDepth === MAX_JSON_DEPTH) this.jsonOverflow++;
        else {
          // Frames are reused: hostile text opens millions of objects.
          const frame = this.json[this.jsonDepth++];
          if (!frame) this.json.push({ line, key: undefined, kty: false, d: false });
          else {
            frame.line = line;
            frame.key = undefined;
            frame.kty = false;
            frame.d = false;
          }
        }
      } else if (c === 0x7d) {
        if (this.jsonOverflow > 0) this.jsonOverflow--;
        else if (this.jsonDepth > 0) {
          const frame = this.json[--this.jsonDepth]!;
          if (frame.kty && frame.d) this.found(frame.line, line, WHAT.jwk);
        }
      } else if (c === 0x22) {
        const end = literalEnd(t, i);
        if (end < 0) return;
        const frame = this.jsonDepth > 0 ? this.json[this.jsonDepth - 1] : undefined;
        let next = end;
        while (isSpace(t.charCodeAt(next))) next++;
        if (frame) this.jsonString(frame, t, i + 1, end - 1, t.charCodeAt(next) === 0x3a);
        i = end - 1;
      }
    }
  }

  private jsonString(frame: JsonFrame, t: string, from: number, to: number, isKey: boolean): void {
    if (isKey) {
      frame.key = to - from <= 3 ? t.slice(from, to) : undefined;
      return;
    }
    if (frame.key === 'kty' && to - from <= 3 && JWK_KTY.test(t.slice(from, to))) frame.kty = true;
    else if (frame.key === 'd' && to - from >= 16 && BASE64URL.test(t.slice(from, to))) frame.d = true;
    frame.key = undefined;
  }
}
