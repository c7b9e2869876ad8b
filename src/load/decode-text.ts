// Turns raw bytes into text: UTF-16 when the bytes say so (a byte order mark, or the zero bytes of mostly-Latin
// text), else UTF-8 when valid, else Windows-1252; a BOM is dropped. Binary input is refused.
import { utf16Encoding } from "./utf16-encoding.ts";

export type DecodeResult =
  | { ok: true; text: string; encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be" }
  | { ok: false; reason: "empty" | "binary"; message: string };

/** Share of control bytes above which a file is treated as binary (PDFs, images, archives). */
const DEFAULT_BINARY_CONTROL_RATIO = 0.1;
const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    // Tab, LF, CR and form feed occur in text; other C0 bytes rarely do.
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (n >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return true; // %PDF
  return n > 0 && control / n > DEFAULT_BINARY_CONTROL_RATIO;
}

const EMPTY = { ok: false, reason: "empty", message: "the file is empty or only whitespace; add text or remove it" } as const;
const BINARY = { ok: false, reason: "binary", message: "the file is binary (not text); convert it to .txt, .md, .html or .jsonl first" } as const;

export function decodeText(bytes: Uint8Array): DecodeResult {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (body.length === 0 || isBlank(body)) return EMPTY;
  if (looksBinary(body)) return BINARY;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    return { ok: true, text, encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: news scrapes in the wild are most often Windows-1252.
    return { ok: true, text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  let text: string;
  try {
    // The decoder drops the byte order mark itself.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return BINARY;
  }
  if (text.trim().length === 0) return EMPTY;
  let control = 0;
  const n = Math.min(text.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return BINARY;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control / n > DEFAULT_BINARY_CONTROL_RATIO ? BINARY : { ok: true, text, encoding };
}

/**
 * Windows-1252 bytes 0x80-0x9F (WHATWG index; the five unassigned bytes keep their C1 code point). Decoded by hand
 * because Node 20's TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters, so a curly quote
 * or a dash turned into U+0093 or U+0096.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
] as const;

/** Every byte is one UTF-16 unit, so the text has as many characters as the file has bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep String.fromCharCode's argument list small on a 50 MB file.
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(bytes.length, offset + CHUNK);
    const codes = new Array<number>(end - offset);
    for (let i = offset; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - offset] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 32 && b !== 9 && b !== 10 && b !== 13) return false;
  }
  return true;
}
