// Turns raw bytes into text: UTF-8 when valid, else Windows-1252; a BOM is dropped. Binary input is refused.

export type DecodeResult =
  | { ok: true; text: string; encoding: "utf-8" | "windows-1252" }
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

export function decodeText(bytes: Uint8Array): DecodeResult {
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (body.length === 0 || isBlank(body)) {
    return { ok: false, reason: "empty", message: "the file is empty or only whitespace; add text or remove it" };
  }
  if (looksBinary(body)) {
    return {
      ok: false,
      reason: "binary",
      message: "the file is binary (not text); convert it to .txt, .md, .html or .jsonl first",
    };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    return { ok: true, text, encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: news scrapes in the wild are most often Windows-1252.
    return { ok: true, text: new TextDecoder("windows-1252").decode(body), encoding: "windows-1252" };
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 32 && b !== 9 && b !== 10 && b !== 13) return false;
  }
  return true;
}
