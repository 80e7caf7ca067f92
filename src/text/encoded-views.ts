/**
 * Decoded views of a text, so that values hidden by an encoding are still found: percent-decoding,
 * JSON string unescaping, and base64 runs. Each view maps its characters back to spans of the source.
 */

export interface DecodedView {
  text: string;
  /** For view index i: the source span [srcStart[i], srcEnd[i]). */
  srcStart: Uint32Array;
  srcEnd: Uint32Array;
  /** Base64 views redact their whole source run, whatever was found inside. */
  wholeRun?: { start: number; end: number };
}

const PERCENT_RE = /%[0-9A-Fa-f]{2}/;
const ESCAPE_RE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/;
/** Shortest base64 run decoded as a view. */
export const MIN_BASE64_RUN = 12;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class ViewBuilder {
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  push(s: string, start: number, end: number): void {
    this.chars.push(s);
    for (let i = 0; i < s.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }
  build(): DecodedView {
    return { text: this.chars.join(''), srcStart: Uint32Array.from(this.starts), srcEnd: Uint32Array.from(this.ends) };
  }
}

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Length of the `%XX%XX…` run at `i` (a multiple of 3). */
function escapeRunLength(text: string, i: number): number {
  let end = i;
  while (text.charCodeAt(end) === 37 && isHexDigit(text.charCodeAt(end + 1)) && isHexDigit(text.charCodeAt(end + 2))) end += 3;
  return end - i;
}

/**
 * Pushes a run of percent escapes: as UTF-8 when the run is well-formed UTF-8 (`%C3%84` is `Ä`, mapped
 * to its six source characters), else one character per byte.
 */
function pushEscapeRun(b: ViewBuilder, text: string, start: number, end: number): void {
  const bytes = new Uint8Array((end - start) / 3);
  for (let k = 0; k < bytes.length; k++) bytes[k] = parseInt(text.slice(start + 3 * k + 1, start + 3 * k + 3), 16);
  let decoded: string | undefined;
  try {
    decoded = bytes.some((x) => x >= 0x80) ? FATAL_UTF8.decode(bytes) : undefined;
  } catch {
    decoded = undefined;
  }
  if (decoded === undefined) {
    bytes.forEach((x, k) => b.push(String.fromCharCode(x), start + 3 * k, start + 3 * k + 3));
    return;
  }
  let at = start;
  for (const char of decoded) {
    const cp = char.codePointAt(0)!;
    const width = 3 * (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
    b.push(char, at, at + width);
    at += width;
  }
}

function percentView(text: string): DecodedView {
  const b = new ViewBuilder();
  for (let i = 0; i < text.length; ) {
    const run = text.charCodeAt(i) === 37 ? escapeRunLength(text, i) : 0;
    if (run > 0) {
      pushEscapeRun(b, text, i, i + run);
      i += run;
    } else {
      b.push(text[i]!, i, i + 1);
      i++;
    }
  }
  return b.build();
}

function jsonView(text: string): DecodedView {
  const b = new ViewBuilder();
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) === 92) {
      const next = text[i + 1] ?? '';
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== undefined) {
        b.push(simple, i, i + 2);
        i += 2;
        continue;
      }
      if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
        b.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
        i += 6;
        continue;
      }
    }
    b.push(text[i]!, i, i + 1);
    i++;
  }
  return b.build();
}

/** 6-bit value of each base64 character (both alphabets), -1 for others. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').forEach((c, i) => (BASE64_VALUE[c.charCodeAt(0)] = i));
BASE64_VALUE[43] = BASE64_VALUE[45] = 62; // + -
BASE64_VALUE[47] = BASE64_VALUE[95] = 63; // / _

/** What each base64 character tells about a run: bits below, or'ed together while a run is read (0: not base64). */
const IN_RUN = 1;
const MARK = 2; // a digit or `+`: not a plain word
const LOWER = 4;
const UPPER = 8;
const STANDARD = 16; // `+` or `/`
const URL_SAFE = 32; // `-` or `_`
const RUN_FLAGS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (BASE64_VALUE[c]! < 0) continue;
  const ch = String.fromCharCode(c);
  RUN_FLAGS[c] = IN_RUN | (/[0-9+]/.test(ch) ? MARK : 0) | (/[a-z]/.test(ch) ? LOWER : 0) | (/[A-Z]/.test(ch) ? UPPER : 0);
  RUN_FLAGS[c]! |= /[+/]/.test(ch) ? STANDARD : /[-_]/.test(ch) ? URL_SAFE : 0;
}

function isPrintableByte(b: number): boolean {
  return (b >= 32 && b < 127) || b === 9 || b === 10 || b === 13;
}

/** Decodes well-formed UTF-8 (checked while the run is read); a byte-order mark is kept as a character. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Bytes of one well-formed UTF-8 sequence still expected after a lead byte (0: not a valid lead), and
 * the range of the first continuation byte (narrower after E0, ED, F0, F4: no overlongs, surrogates or
 * code points past U+10FFFF).
 */
function utf8Lead(b: number): { rest: number; low: number; high: number } {
  if (b >= 0xc2 && b <= 0xdf) return { rest: 1, low: 0x80, high: 0xbf };
  if (b === 0xe0) return { rest: 2, low: 0xa0, high: 0xbf };
  if (b === 0xed) return { rest: 2, low: 0x80, high: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { rest: 2, low: 0x80, high: 0xbf };
  if (b === 0xf0) return { rest: 3, low: 0x90, high: 0xbf };
  if (b >= 0xf1 && b <= 0xf3) return { rest: 3, low: 0x80, high: 0xbf };
  if (b === 0xf4) return { rest: 3, low: 0x80, high: 0x8f };
  return { rest: 0, low: 0, high: 0 };
}

/**
 * The text a base64 run decodes to, or undefined when the result cannot be mostly printable text (or
 * is under 6 bytes). A last character that holds no whole byte (a run cut short) is left out. Bytes are read as UTF-8 when they all are well-formed UTF-8
 * (an env value with `é` or `中` base64-encoded), else one character per byte, like `atob`. Printable:
 * ASCII text and, in well-formed UTF-8, the bytes of every non-ASCII character. Decoding stops as soon
 * as more than 15% of the bytes cannot be printable, so random runs (ids, hashes) cost a few characters.
 */
export function decodePrintableBase64(run: string): string | undefined {
  let n = run.length;
  while (n > 0 && run.charCodeAt(n - 1) === 61) n--;
  // A run cut short (a truncated message) can end in a character that holds no whole byte: left out.
  if (n % 4 === 1) n--;
  const bytes = Math.floor((n * 3) / 4);
  if (bytes < 6) return undefined;
  const maxUnprintable = Math.floor(bytes * 0.15);
  let asciiUnprintable = 0;
  let nonAscii = 0;
  // UTF-8 state: continuation bytes still expected, and the range of the next one; -1 once malformed.
  let pending = 0;
  let low = 0x80;
  let high = 0xbf;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    acc = ((acc << 6) | BASE64_VALUE[run.charCodeAt(i)]!) & 0xffffff;
    bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    const b = (acc >> bits) & 0xff;
    out += String.fromCharCode(b);
    if (b < 0x80) {
      if (pending > 0) pending = -1;
      if (!isPrintableByte(b)) asciiUnprintable++;
    } else {
      nonAscii++;
      if (pending > 0) {
        if (b < low || b > high) pending = -1;
        else {
          pending--;
          low = 0x80;
          high = 0xbf;
        }
      } else if (pending === 0) {
        ({ rest: pending, low, high } = utf8Lead(b));
        if (pending === 0) pending = -1;
      }
    }
    // Malformed UTF-8 makes every non-ASCII byte unprintable; both counts only grow, so this is final.
    if (asciiUnprintable + (pending < 0 ? nonAscii : 0) > maxUnprintable) return undefined;
  }
  if (pending > 0 && asciiUnprintable + nonAscii > maxUnprintable) return undefined;
  if (pending !== 0 || nonAscii === 0) return out;
  return UTF8.decode(Uint8Array.from(out, (c) => c.charCodeAt(0)));
}

/** Whether a code unit is a character of a base64 alphabet (standard or URL-safe), padding aside. */
export function isBase64Char(code: number): boolean {
  return code < 128 && RUN_FLAGS[code] !== 0;
}

function runFlags(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? RUN_FLAGS[c]! : 0;
}

/**
 * Calls `visit(start, end)` for every maximal run of base64-alphabet characters at least `min` long,
 * in order. It reads one character in `min` until it meets the alphabet, then the run around it: a
 * run that long always covers one of the characters read, and text of short words costs about half
 * its characters.
 */
export function forEachLongRun(text: string, min: number, visit: (start: number, end: number) => boolean): void {
  let floor = 0; // no run starts before this
  for (let probe = min - 1; probe < text.length; ) {
    if (runFlags(text, probe) === 0) {
      floor = probe + 1;
      probe += min;
      continue;
    }
    let start = probe;
    while (start > floor && runFlags(text, start - 1) !== 0) start--;
    let end = probe + 1;
    while (end < text.length && runFlags(text, end) !== 0) end++;
    if (end - start >= min && !visit(start, end)) return;
    floor = end + 1;
    probe = end + min;
  }
}

/**
 * Runs of the base64 alphabets (standard and URL-safe) of at least MIN_BASE64_RUN characters, with
 * their padding, that could be base64 — tested on the run as found, without a copy:
 * - a plain word is not base64 (it needs a digit, `+`, `=` or both letter cases);
 * - a path is not (a `/` every few characters, where base64 has one in 64 on average);
 * - one run does not mix the two alphabets (`+/` and `-_`).
 * Those that decode to mostly printable text, at any of the four alignments, become views that
 * redact their whole run.
 */
function pushBase64Views(text: string, views: DecodedView[]): void {
  const first = views.length;
  forEachLongRun(text, MIN_BASE64_RUN, (start, i) => {
    let flags = 0;
    let slashes = 0;
    for (let k = start; k < i; k++) {
      flags |= runFlags(text, k);
      if (text.charCodeAt(k) === 47) slashes++;
    }
    let end = i;
    while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++;
    const bothCases = (flags & (LOWER | UPPER)) === (LOWER | UPPER);
    const mixedAlphabets = (flags & (STANDARD | URL_SAFE)) === (STANDARD | URL_SAFE);
    const plausible = ((flags & MARK) !== 0 || end > i || bothCases) && slashes * 12 <= end - start && !mixedAlphabets;
    // A run cut off its first characters (text glued into a base64 blob) decodes at another alignment.
    let decoded: string | undefined;
    for (let skip = 0; plausible && decoded === undefined && skip < 4 && end - start - skip >= MIN_BASE64_RUN; skip++) {
      decoded = decodePrintableBase64(text.slice(start + skip, end));
    }
    if (decoded === undefined) return true;
    views.push({
      text: decoded,
      srcStart: new Uint32Array(decoded.length).fill(start),
      srcEnd: new Uint32Array(decoded.length).fill(end),
      wholeRun: { start, end },
    });
    return views.length - first < 64;
  });
}

/** The views worth scanning besides the text itself (none for plain text). */
export function decodedViews(text: string): DecodedView[] {
  const views: DecodedView[] = [];
  if (text.includes('%') && PERCENT_RE.test(text)) views.push(percentView(text));
  if (text.includes('\\') && ESCAPE_RE.test(text)) views.push(jsonView(text));
  if (text.length >= MIN_BASE64_RUN) pushBase64Views(text, views);
  return views;
}
