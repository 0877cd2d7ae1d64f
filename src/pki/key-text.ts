/**
 * Normalising one line of pasted text before it is judged (key-encodings.ts): quote and comment
 * prefixes, what code and markup put after a value, quotes, string escapes, string literals, and
 * hex dump lines read into bytes. Every function is one left-to-right pass over its line, without
 * backtracking regular expressions, so a hostile 10 MiB line costs one pass.
 */

export const isSpace = (c: number) => c === 0x20 || c === 0x09;
/** `>`, `#`, `;`, `|`, `%`, `!`, `*`: characters that start quoted or commented lines, never base64. */
const PREFIX_CHARS = new Set([0x3e, 0x23, 0x3b, 0x7c, 0x25, 0x21, 0x2a]);

/** Drops quote and comment prefixes and leading whitespace (one pass, no backtracking). */
export function stripLinePrefix(s: string): string {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || PREFIX_CHARS.has(c)) i++;
    else if (c === 0x2f && s.charCodeAt(i + 1) === 0x2f) {
      // `//` only before a space: base64 lines may begin with `//`.
      let j = i;
      while (s.charCodeAt(j) === 0x2f) j++;
      if (j < s.length && !isSpace(s.charCodeAt(j))) break;
      i = j;
    } else if (c === 0x2d && s.charCodeAt(i + 1) === 0x2d && s.charCodeAt(i + 2) !== 0x2d) i += 2;
    else if (c === 0x2d && isSpace(s.charCodeAt(i + 1))) i++;
    else break;
  }
  return i === 0 ? s : s.slice(i);
}

/** Drops what code and markup put after a value: `\`, `,`, `;`, `|`, ` +`, `*\/`, whitespace. */
export function stripTrailing(s: string): string {
  let j = s.length;
  while (j > 0) {
    const c = s.charCodeAt(j - 1);
    if (isSpace(c) || c === 0x5c || c === 0x2c || c === 0x3b || c === 0x7c) j--;
    else if (c === 0x2b && j > 1 && isSpace(s.charCodeAt(j - 2))) j--;
    else if (c === 0x2f && s.charCodeAt(j - 2) === 0x2a) j -= 2;
    else break;
  }
  return j === s.length ? s : s.slice(0, j);
}

/** Drops the line ends a string value ends with (`"MIIE...\\n"`). */
export function trimLineEnds(s: string): string {
  let j = s.length;
  while (j > 0 && (s.charCodeAt(j - 1) === 0x0a || s.charCodeAt(j - 1) === 0x0d)) j--;
  return j === s.length ? s : s.slice(0, j);
}

/** Drops quotes and backticks around a value. */
export function stripQuotes(s: string): string {
  let i = 0;
  let j = s.length;
  const quote = (c: number) => c === 0x22 || c === 0x27 || c === 0x60;
  while (i < j && quote(s.charCodeAt(i))) i++;
  while (j > i && quote(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** JSON and C-like string escapes (`\n`, `\"`, `\\`, `\/`, `\uXXXX`); `\xHH` is left for readHexDump. */
export function unescapeString(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|([^x]))/g, (_, u: string | undefined, c: string | undefined) =>
    u !== undefined ? String.fromCharCode(Number.parseInt(u, 16)) : (ESCAPES[c!] ?? c!),
  );
}

/** The value of each hex digit, -1 for other characters below 128. */
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
  NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}
const isHexDigit = (c: number) => c < 128 && NIBBLE[c]! >= 0;
/** What separates bytes in dumps and code: whitespace , : ; { } ( ) [ ] " ' + - */
const HEX_SEPARATOR = new Uint8Array(128);
for (const c of ' \t,:;{}()[]"\'+-') HEX_SEPARATOR[c.charCodeAt(0)] = 1;

/** Bytes decoded from the hex lines of a run, where each line's bytes start, and its lines. */
export class HexRun {
  bytes = new Uint8Array(1024);
  size = 0;
  starts: number[] = [];
  lines: number[] = [];
  get length(): number {
    return this.starts.length;
  }
  /** Appends the hex digits t[from, to) (an even count) as bytes. */
  append(t: string, from: number, to: number): void {
    const need = this.size + ((to - from) >> 1);
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.size));
      this.bytes = grown;
    }
    for (let i = from; i < to; i += 2) {
      this.bytes[this.size++] = (NIBBLE[t.charCodeAt(i)]! << 4) | NIBBLE[t.charCodeAt(i + 1)]!;
    }
  }
  /** Records that the bytes appended since `mark` came from `line`. */
  close(mark: number, line: number): void {
    if (this.size === mark) return;
    this.starts.push(mark);
    this.lines.push(line);
  }
}

/** Where the bytes of a dump line begin: after an offset column (`00000010:`, `0000010 `), or 0. */
function hexOffsetEnd(line: string): number {
  let j = line.startsWith('0x') ? 2 : 0;
  const first = j;
  while (j < line.length && isHexDigit(line.charCodeAt(j))) j++;
  const digits = j - first;
  const colon = line.charCodeAt(j) === 0x3a;
  if (colon) j++;
  if (!isSpace(line.charCodeAt(j))) return 0;
  if (!((digits >= 6 && digits <= 16) || (colon && digits >= 4))) return 0;
  while (isSpace(line.charCodeAt(j))) j++;
  return j;
}

/** Whether t[from..] begins with a group of 1 to 8 bytes of hex followed by a space or the end. */
function hexGroupAt(t: string, from: number): boolean {
  let k = from;
  while (k < t.length && isHexDigit(t.charCodeAt(k))) k++;
  const n = k - from;
  return n >= 2 && n <= 16 && n % 2 === 0 && (k === t.length || isSpace(t.charCodeAt(k)));
}

/**
 * Appends the bytes of a hex dump line to `run` and returns true, or returns false (appending
 * nothing) when the line is not one: `xxd`, `hexdump -C` and `od -t x1` lines (offset and ASCII
 * columns dropped), `30:82:04:bd`, `0x30, 0x82,`, `\x30\x82`, `30 82 04 bd`. Groups of 1 to 8
 * bytes; one pass over the line.
 */
export function readHexDump(line: string, run: HexRun, lineNo: number): boolean {
  const offset = hexOffsetEnd(line);
  const mark = run.size;
  let tokens = 0;
  let start = -1;
  let ok = true;
  let i = offset;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 128 && NIBBLE[c]! >= 0) {
      if (start >= 0) continue;
      if (c === 0x30 && (line.charCodeAt(i + 1) | 0x20) === 0x78)
        i++; // 0x
      else start = i;
      continue;
    }
    if (start >= 0) {
      if ((i - start) % 2 !== 0 || i - start > 16) {
        ok = false;
        break;
      }
      run.append(line, start, i);
      tokens++;
      start = -1;
    }
    if (c === 0x5c && (line.charCodeAt(i + 1) | 0x20) === 0x78)
      i++; // \x
    else if (c === 0x7c)
      break; // a table's or hexdump -C's ASCII column
    else if (offset > 0 && isSpace(c) && isSpace(line.charCodeAt(i + 1))) {
      // Two spaces in a dump: the ASCII column follows (xxd, od -t x1z, hexdump -C), or the
      // second half of a hexdump -C row.
      let j = i;
      while (isSpace(line.charCodeAt(j))) j++;
      if (!hexGroupAt(line, j)) break;
      i = j - 1;
    } else if (c >= 128 || HEX_SEPARATOR[c] === 0) {
      ok = false;
      break;
    }
  }
  if (ok && start >= 0) {
    // The line ends inside a group.
    if ((i - start) % 2 === 0 && i - start <= 16) {
      run.append(line, start, i);
      tokens++;
    } else ok = false;
  }
  // A line that reaches here is not one bare token (that is base64 or hex already), so one group
  // with a separator (`c5:`, the last line of a colon dump) counts.
  if (ok && tokens > 0) {
    run.close(mark, lineNo);
    return true;
  }
  run.size = mark;
  return false;
}

/**
 * The end (index after the closing quote) of the string literal whose opening quote is at `open`,
 * or -1 when the line does not close it. Backslash escapes are skipped; no regex, no backtracking.
 */
export function literalEnd(t: string, open: number): number {
  const quote = t[open]!;
  for (let from = open + 1; ; ) {
    const at = t.indexOf(quote, from);
    if (at < 0) return -1;
    // Escaped when an odd number of backslashes precede it.
    let slash = at;
    while (slash > from && t.charCodeAt(slash - 1) === 0x5c) slash--;
    if ((at - slash) % 2 === 0) return at + 1;
    from = at + 1;
  }
}
