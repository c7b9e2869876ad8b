// The binary layout shared by the model encoder and decoder: an image of the model's typed arrays, so loading is
// a checksum and a few structural checks instead of parsing and rebuilding the lookup table.
//
//   "NGNERMDL"  magic (8 bytes)
//   u32 format version, u32 feature-set version, u32 tag count, u32 row count, f64 scale (little endian)
//   u32 info length, info as UTF-8 JSON, zero bytes up to a multiple of 4
//   (tagCount + 1) × tagCount f32 transitions
//   u32 entry count
//   i32 × 2 × tableCapacity(row count): the open-addressing table (NerModel.table)
//   i32 × 2^(32 - filterShiftFor(row count)) / 32: the Bloom filter (NerModel.filter)
//   i32 × entry count: the packed weights (NerModel.entries)
//   u32 checksum of the 32-bit words before it (see checksum)
//
// Every section starts at a multiple of 4 bytes, so a file read into an aligned buffer is used in place. Only
// non-zero weights are stored; the file is uncompressed so loading stays synchronous.
import { FNV_OFFSET } from "./feature-hash.ts";

export const MODEL_MAGIC = "NGNERMDL";
export const MODEL_FORMAT_VERSION = 2;
export const HEADER_BYTES = 8 + 4 * 4 + 8;

/**
 * Checksum of the little-endian 32-bit words words[0 .. end): four FNV-1a chains over the words in turn (word i
 * goes to chain i mod 4, the last end mod 4 words to chain 0), then FNV-1a over the four results. The chains do not
 * wait on one another, so a file of a few MB is checked in about a millisecond. Every step is a bijection of its
 * running hash, so any single changed word changes the result.
 */
export function checksum(words: Int32Array, end: number): number {
  let h0 = FNV_OFFSET;
  let h1 = FNV_OFFSET;
  let h2 = FNV_OFFSET;
  let h3 = FNV_OFFSET;
  const whole = end - (end % 4);
  for (let i = 0; i < whole; i += 4) {
    h0 = Math.imul(h0 ^ (words[i] ?? 0), 0x01000193);
    h1 = Math.imul(h1 ^ (words[i + 1] ?? 0), 0x01000193);
    h2 = Math.imul(h2 ^ (words[i + 2] ?? 0), 0x01000193);
    h3 = Math.imul(h3 ^ (words[i + 3] ?? 0), 0x01000193);
  }
  for (let i = whole; i < end; i++) h0 = Math.imul(h0 ^ (words[i] ?? 0), 0x01000193);
  let hash = FNV_OFFSET;
  for (const h of [h0, h1, h2, h3]) hash = Math.imul(hash ^ h, 0x01000193);
  return hash >>> 0;
}

/** True on the little-endian engines every current browser and Node run on; the decoder copies otherwise. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The bytes as little-endian 32-bit words: a view when they are aligned and the engine is little-endian (the usual
 * case, so the model uses the file's memory in place), else a converted copy. bytes.length must be a multiple of 4.
 */
export function wordsOf(bytes: Uint8Array): Int32Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = new Int32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getInt32(i * 4, true);
  return words;
}
