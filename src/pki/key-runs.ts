/**
 * Runs of base64 or hex lines, decoded once and judged at every line start (key-encodings.ts
 * gathers them). A key is found where it begins: key DER, OpenSSH, PVK or PRIVATEKEYBLOB bytes at
 * a line start (key-content.ts, O(1) each), or decoded bytes that read as text (a PEM, a `.ppk` or
 * a JWK in base64 or hex, base64 of base64), which go back to the text scan. Decoding is charged
 * to the file's budget in characters.
 */
import { derElement, type KeyKind, keyAt, MAX_KEY_DER } from './key-content.js';
import type { HexRun } from './key-text.js';

/** A line of text and the 1-based line of the file it stands for. */
export interface TextLine {
  text: string;
  line: number;
}

/** Characters the searches of one file may still decode, shared by every search in that file. */
export interface DecodeBudget {
  chars: number;
}

/** How a key was wrapped, outermost first. */
export type Layer = 'base64' | 'hex' | 'string';

/** What judging a run reports: keys, and decoded text to scan again (when `wantsText`). */
export interface RunSink {
  readonly wantsText: boolean;
  key(line: number, last: number, kind: KeyKind, via: Layer): void;
  text(lines: Iterable<TextLine>, via: Layer): void;
}

/** The base64 pieces of a run (tokens, one or more per line) and the lines they stand for. */
export class Base64Run {
  texts: string[] = [];
  lines: number[] = [];
  add(text: string, line: number): void {
    this.texts.push(text);
    this.lines.push(line);
  }
  get length(): number {
    return this.texts.length;
  }
}

/** A decoded run: its bytes, where each piece starts in them, and the line each piece stands for. */
interface DecodedRun {
  bytes: Buffer;
  byteStarts: Int32Array;
  /** For base64: whether each piece starts on a 4-character boundary of the run (a byte boundary). */
  aligned: Uint8Array | undefined;
  lines: number[];
}

/** Whether the bytes at `at` read as text (a PEM, a `.ppk`, JSON, base64): 16+ printable ASCII. */
function textAt(bytes: Uint8Array, at: number): boolean {
  const end = Math.min(bytes.length, at + 64);
  if (end - at < 16) return false;
  for (let i = at; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0x20 ? b !== 0x09 && b !== 0x0a && b !== 0x0d : b > 0x7e) return false;
  }
  return true;
}

/** Index of the last entry of the ascending `starts` that is <= `at`. */
function indexAt(starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Decoded bytes from `from` on, as lines of text; each stands for the piece it starts in. */
function* decodedLines(run: DecodedRun, from: number): Generator<TextLine> {
  const text = run.bytes.toString('latin1', from);
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    yield { text: text.slice(pos, nl), line: run.lines[indexAt(run.byteStarts, from + pos)]! };
    pos = nl + 1;
  }
}

/**
 * Judges decoded bytes at each piece start that falls on a byte boundary: one key check each;
 * the first piece that reads as text is handed back as text, from there to the end of the run.
 */
function judge(run: DecodedRun, via: Layer, sink: RunSink): void {
  const { bytes, byteStarts, aligned, lines } = run;
  let skipUntil = 0;
  let text = -1;
  for (let i = 0; i < byteStarts.length; i++) {
    const at = byteStarts[i]!;
    if (at < skipUntil || at >= bytes.length || (aligned && !aligned[i])) continue;
    const key = keyAt(bytes, at);
    if (key) {
      sink.key(lines[i]!, lines[indexAt(byteStarts, key.end - 1)]!, key.kind, via);
      skipUntil = key.end;
    } else if (text < 0 && sink.wantsText && textAt(bytes, at)) text = at;
  }
  if (text >= 0) sink.text(decodedLines(run, text), via);
}

/** Judges a base64 run: split after `=` padding (Node's decoder stops there), each part decoded once. */
export function judgeBase64Run(run: Base64Run, budget: DecodeBudget, sink: RunSink): void {
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    if (i === run.length - 1 || run.texts[i]!.endsWith('=')) {
      base64Object(run, from, i + 1, budget, sink);
      from = i + 1;
    }
  }
}

/** Decodes pieces [from, to) of a run once and judges every piece start. */
function base64Object(run: Base64Run, from: number, to: number, budget: DecodeBudget, sink: RunSink): void {
  if (budget.chars <= 0) return;
  const whole = from === 0 && to === run.length;
  const texts = whole ? run.texts : run.texts.slice(from, to);
  const lines = whole ? run.lines : run.lines.slice(from, to);
  const joined = texts.join('');
  budget.chars -= joined.length;
  const charStarts = new Int32Array(texts.length);
  const byteStarts = new Int32Array(texts.length);
  const aligned = new Uint8Array(texts.length);
  let unaligned = 0;
  for (let i = 0, off = 0; i < texts.length; off += texts[i]!.length, i++) {
    charStarts[i] = off;
    byteStarts[i] = (off >> 2) * 3;
    aligned[i] = off % 4 === 0 ? 1 : 0;
    if (!aligned[i]) unaligned++;
  }
  judge({ bytes: Buffer.from(joined, 'base64'), byteStarts, aligned, lines }, 'base64', sink);
  // A piece that does not start on a 4-character boundary of the run (lines of 70 columns, as
  // OpenSSH writes them, or a key after such lines) is decoded from its own start.
  for (let i = 0; unaligned > 0 && i < texts.length; i++) {
    if (!aligned[i]) unalignedPiece(joined, charStarts, lines, i, budget, sink);
  }
}

function unalignedPiece(
  joined: string,
  charStarts: Int32Array,
  lines: number[],
  i: number,
  budget: DecodeBudget,
  sink: RunSink,
): void {
  const off = charStarts[i]!;
  const c = joined[off];
  // The first base64 character of 0x30 (DER), "o" (openssh-key-v1), 0x1e (PVK), 0x07 (MSBLOB).
  if ((c !== 'M' && c !== 'b' && c !== 'H' && c !== 'B') || budget.chars <= 0) return;
  budget.chars -= 32;
  let bytes = Buffer.from(joined.slice(off, off + 32), 'base64');
  let chars = 32;
  if (bytes[0] === 0x30) {
    const total = derElement(bytes, 0, bytes.length + MAX_KEY_DER)?.end ?? 0;
    if (total < 16 || total > MAX_KEY_DER) return;
    chars = Math.ceil(total / 3) * 4;
    budget.chars -= chars;
    bytes = Buffer.from(joined.slice(off, off + chars), 'base64');
  }
  const key = keyAt(bytes, 0);
  if (key) sink.key(lines[i]!, lines[indexAt(charStarts, off + chars - 1)]!, key.kind, 'base64');
}

/** Judges the bytes of a hex run (already decoded while its lines were read). */
export function judgeHexRun(run: HexRun, budget: DecodeBudget, sink: RunSink): void {
  if (run.length === 0 || budget.chars <= 0) return;
  budget.chars -= run.size * 2;
  const bytes = Buffer.from(run.bytes.buffer, 0, run.size);
  judge(
    { bytes, byteStarts: Int32Array.from(run.starts), aligned: undefined, lines: run.lines },
    'hex',
    sink,
  );
}
