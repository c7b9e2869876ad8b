// Recognises UTF-16 text, which Windows tools ("Unicode" in Notepad, PowerShell's redirection) still write: by its
// byte order mark, or, without one, by the zero byte that every Latin character carries in one of its two bytes.

const SNIFF_BYTES = 8192;
/** Share of the sniffed code units whose one byte must be zero (and the other byte almost never). */
const ZERO_SIDE_RATIO = 0.6;
const OTHER_SIDE_RATIO = 0.02;

export type Utf16Encoding = "utf-16le" | "utf-16be";

export function utf16Encoding(bytes: Uint8Array): Utf16Encoding | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (units < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero >= units * ZERO_SIDE_RATIO && evenZero <= units * OTHER_SIDE_RATIO) return "utf-16le";
  if (evenZero >= units * ZERO_SIDE_RATIO && oddZero <= units * OTHER_SIDE_RATIO) return "utf-16be";
  return null;
}
