/**
 * Private keys in any text encoding a person pastes, judged by content. One pass over the lines
 * of a text normalises what could hold a key and hands the decoded bytes to the detectors in
 * key-content.ts; nothing is recognised by where it sits or what it is called, except the few
 * text formats that are private keys by definition (a `PRIVATE KEY` armour, PuTTY's `.ppk`, a JWK
 * with `d`, `openssl pkey -text` output).
 *
 * Normalising, line by line:
 * - line prefixes go (`> `, `# `, `// `, `* `, `-- `, `; `, `| `, `- `, leading whitespace), and
 *   trailing `\`, `,`, `;`, ` +`, `*\/` and quotes;
 * - a line that is one base64 (or base64url) token joins the current base64 run; blank lines do not
 *   end a run, so base64 with blank lines between its lines is read as one;
 * - hex joins the current hex run: `xxd -p` lines, `xxd`, `hexdump -C` and `od` dumps (offset and
 *   ASCII columns dropped), `30:82:...`, `0x30, 0x82`, `\x30\x82`, `30 82 04`;
 * - otherwise the line's values are taken: quoted strings (JSON, YAML, code; `\n`, `\"`, `\uXXXX`
 *   unescaped), else the body of a one-line PEM (`KEY=-----BEGIN ... -----END ...-----`), else the
 *   value of `key: value` / `key=value`. A value that is one line is classified as above (so a run
 *   continues across `key: value` lines and code strings joined with `+`); a value of several
 *   lines (an escaped PEM) is scanned as a text of its own.
 *
 * A run is decoded once (base64 runs split after `=` padding, which ends base64 data) and every
 * line start in it is tried: key DER, OpenSSH, PVK, PRIVATEKEYBLOB. Decoded bytes that are text (a
 * PEM, a `.ppk` or a JWK turned into base64 or hex, or base64 of base64) are scanned again as a
 * text: at most twice, so base64 of a PEM key (a Kubernetes `tls.key`) is found.
 *
 * Bounds: every line is classified once per text it belongs to; a text scanned again (a decoded
 * run, an escaped string) is no longer than what it came from and the nesting is at most
 * MAX_DEPTH deep, so each byte of a file is examined a bounded number of times. Each line start is
 * judged in O(1) (key-content.ts). Decoding is charged to the caller's budget in characters.
 * Line normalising is in key-text.ts, decoding and judging runs in key-runs.ts, the text formats
 * that are keys by definition in key-formats.ts.
 */
import type { KeyKind } from './key-content.js';
import { KeyFormats, WHAT } from './key-formats.js';
import {
  Base64Run,
  type DecodeBudget,
  judgeBase64Run,
  judgeHexRun,
  type Layer,
  type RunSink,
  type TextLine,
} from './key-runs.js';
import {
  HexRun,
  literalEnd,
  readHexDump,
  stripLinePrefix,
  stripQuotes,
  stripTrailing,
  trimLineEnds,
  unescapeString,
} from './key-text.js';

export type { DecodeBudget, TextLine } from './key-runs.js';

/** A private key found in a text: the lines it spans, what it is and how it was wrapped. */
export interface KeyHit {
  line: number;
  last: number;
  what: string;
  via: Layer[];
}

/** Texts inside texts (decoded runs, escaped strings): at most this deep. */
const MAX_DEPTH = 4;
/** Base64 or hex decodings on the way to a key: base64 of a PEM is two. */
const MAX_DECODES = 2;
/** Values inside values on one line (a quoted string in a `key: value`, a one-line PEM). */
const MAX_LEVEL = 3;

const WHOLE_BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HEX_ONE_CASE = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
const ARMOUR = /^-{4,5} ?(BEGIN|END) ([A-Z0-9 #]+)-{4,5}$/;
const INLINE_ARMOUR = /(-{4,5} ?(?:BEGIN|END) [A-Z0-9 #]+-{4,5})/;
const KEY_VALUE = /^(?:export\s+)?["']?[\w.\-/@][\w.\-/@ ]{0,63}["']?\s{0,8}[:=]\s*(\S.*)$/;
const JSON_CHARS = /["{}]/;

/** One text being scanned: feed it lines with `line`, then call `finish`; `hits` holds the keys. */
export class KeyScan {
  readonly hits: KeyHit[] = [];
  private b64 = new Base64Run();
  private hex = new HexRun();
  private formats = new KeyFormats((line, last, what) => this.hit(line, last, what));
  private lastLine = 0;
  private quoted = false;
  private produced = { b64: false, hex: false };

  /** Where decoded runs report: keys become hits, decoded text is scanned again (MAX_DECODES). */
  private readonly sink: RunSink;

  constructor(
    private readonly budget: DecodeBudget,
    private readonly depth = 0,
    private readonly decodes = 0,
  ) {
    this.sink = {
      wantsText: decodes < MAX_DECODES && depth < MAX_DEPTH,
      key: (line: number, last: number, kind: KeyKind, via: Layer) => this.hit(line, last, WHAT[kind], [via]),
      text: (lines: Iterable<TextLine>, via: Layer) => this.nested(lines, via, decodes + 1),
    };
  }

  /** One line of the text, standing for line `line` of the file. */
  line(raw: string, line: number): void {
    const trimmed = raw.trim();
    const t = stripLinePrefix(trimmed);
    if (t === '') return; // blank lines do not end a run
    this.lastLine = line;
    this.quoted = t.length !== trimmed.length;
    this.produced.b64 = false;
    this.produced.hex = false;
    if (JSON_CHARS.test(t)) this.formats.jsonLine(t, line);
    this.classify(t, line, 0);
    if (!this.produced.b64) this.flushBase64();
    if (!this.produced.hex) this.flushHex();
  }

  finish(): void {
    this.flushBase64();
    this.flushHex();
    this.formats.finish(this.lastLine);
  }

  private hit(line: number, last: number, what: string, via: Layer[] = []): void {
    this.hits.push({ line, last: Math.max(line, last), what, via });
  }

  /** What one line (or one value in it, at `level` > 0) holds. */
  private classify(value: string, line: number, level: number): void {
    const t = stripTrailing(value);
    if (t === '') return;
    const bare = stripQuotes(t);
    if (WHOLE_BASE64.test(bare)) {
      this.token(bare, line);
      return;
    }
    const first = t.charCodeAt(0);
    const armour = first === 0x2d ? ARMOUR.exec(t) : null;
    if (armour) {
      this.formats.armourLine(armour[1] === 'BEGIN', armour[2]!.trim(), line, this.quoted);
      return;
    }
    if (readHexDump(t, this.hex, line)) {
      this.produced.hex = true;
      return;
    }
    if (level === 0 && t.length < 64 && first >= 0x41) this.formats.marker(t, line);
    if (level >= MAX_LEVEL) return;
    if (t.length >= 18 && this.literals(t, line, level)) return;
    if (t.includes('----') && INLINE_ARMOUR.test(t)) {
      for (const segment of t.split(INLINE_ARMOUR)) {
        const s = segment.trim();
        const tokens = s.split(/\s+/);
        if (tokens.length > 1 && !ARMOUR.test(s) && tokens.every((token) => WHOLE_BASE64.test(token))) {
          for (const token of tokens) this.token(token, line);
        } else this.classify(s, line, level + 1);
      }
      return;
    }
    const kv = t.includes(':') || t.includes('=') ? KEY_VALUE.exec(t) : null;
    if (kv) this.classify(kv[1]!, line, level + 1);
  }

  /** A base64 token joins the base64 run; a long one-case hex token is hex, a short one both. */
  private token(token: string, line: number): void {
    // `0xf2`, the last byte of a C array, is hex.
    if (
      token.length <= 18 &&
      (token.startsWith('0x') || token.startsWith('0X')) &&
      readHexDump(token, this.hex, line)
    ) {
      this.produced.hex = true;
      return;
    }
    const hex = token.length % 2 === 0 && HEX_ONE_CASE.test(token);
    if (hex) {
      const mark = this.hex.size;
      this.hex.append(token, 0, token.length);
      this.hex.close(mark, line);
      this.produced.hex = true;
    }
    if (!hex || token.length < 16) {
      this.b64.add(token, line);
      this.produced.b64 = true;
    }
  }

  /**
   * Quoted strings of 16+ characters: each is a value; returns whether there was one. The next `"`
   * and `'` are found with indexOf from where the last string ended, and a quote the line never
   * closes (an apostrophe in prose) stops the search for that quote only: each character is
   * searched at most twice per quote character.
   */
  private literals(t: string, line: number, level: number): boolean {
    let found = false;
    let double = t.indexOf('"');
    let single = t.indexOf("'");
    while (double >= 0 || single >= 0) {
      const open = double < 0 ? single : single < 0 ? double : Math.min(double, single);
      const end = literalEnd(t, open);
      if (end < 0) {
        if (open === double) double = -1;
        else single = -1;
        continue;
      }
      if (double >= 0 && double < end) double = t.indexOf('"', end);
      if (single >= 0 && single < end) single = t.indexOf("'", end);
      const body = t.slice(open + 1, end - 1);
      if (body.length < 16) continue;
      found = true;
      const text = trimLineEnds(unescapeString(body));
      if (text.includes('\n') || text.includes('{')) {
        this.nested(
          text.split('\n').map((l) => ({ text: l, line })),
          'string',
          this.decodes,
        );
      } else this.classify(text.trim(), line, level + 1);
    }
    return found;
  }

  /** A text inside this one (an escaped string, decoded bytes): scanned on its own, hits adopted. */
  private nested(lines: Iterable<TextLine>, via: Layer, decodes: number): void {
    if (this.depth >= MAX_DEPTH) return;
    const child = new KeyScan(this.budget, this.depth + 1, decodes);
    for (const l of lines) child.line(l.text, l.line);
    child.finish();
    for (const h of child.hits) this.hits.push({ ...h, via: [via, ...h.via] });
  }

  private flushBase64(): void {
    if (this.b64.length === 0) return;
    const run = this.b64;
    this.b64 = new Base64Run();
    judgeBase64Run(run, this.budget, this.sink);
  }

  private flushHex(): void {
    const run = this.hex;
    if (run.length === 0) {
      run.size = 0; // a line that was not a dump after all may have left bytes
      return;
    }
    this.hex = new HexRun();
    judgeHexRun(run, this.budget, this.sink);
  }
}

/** The keys in `lines`, one per key: hits that overlap (the same key seen two ways) are merged. */
export function findKeyHits(lines: Iterable<TextLine>, budget: DecodeBudget): KeyHit[] {
  const scan = new KeyScan(budget);
  for (const l of lines) scan.line(l.text, l.line);
  scan.finish();
  const sorted = scan.hits.sort((a, b) => a.line - b.line || a.via.length - b.via.length);
  const merged: KeyHit[] = [];
  for (const h of sorted) {
    const prev = merged.at(-1);
    if (prev && h.line <= prev.last) prev.last = Math.max(prev.last, h.last);
    else merged.push({ ...h });
  }
  return merged;
}

const VIA: Record<Layer, string> = {
  base64: 'base64 that decodes to',
  hex: 'a hex dump that decodes to',
  string: 'a quoted string holding',
};

/** What a hit is, for a message: `base64 outside any PEM block that decodes to a private key`. */
export function describeKeyHit(hit: KeyHit): string {
  const parts = hit.via.map((v) => VIA[v]);
  if (hit.via[0] === 'base64') parts[0] = 'base64 outside any PEM block that decodes to';
  else if (hit.via[0] === 'hex') parts[0] = 'a hex dump outside any PEM block that decodes to';
  return [...parts, hit.what].join(' ');
}
