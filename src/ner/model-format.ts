// The binary layout shared by the model encoder and decoder: an image of the model's typed arrays, so loading is
// a checksum and a validation pass instead of parsing and rebuilding the lookup table.
//
//   "NGNERMDL"  magic (8 bytes)
//   u32 format version, u32 feature-set version, u32 tag count, u32 row count, f64 scale (little endian)
//   u32 info length, info as UTF-8 JSON, zero bytes up to a multiple of 4
//   (tagCount + 1) × tagCount f32 transitions
//   u32 entry count
//   i32 × 2 × tableCapacity(row count): the open-addressing table (NerModel.table)
//   i32 × 2^(32 - filterShiftFor(row count)) / 32: the Bloom filter (NerModel.filter)
//   i32 × entry count: the packed weights (NerModel.entries)
//   u32 checksum of every 32-bit word before it (see checksum)
//
// Every section starts at a multiple of 4 bytes, so a file read into an aligned buffer is used in place. Only
// non-zero weights are stored; the file is uncompressed so loading stays synchronous.
import { FNV_OFFSET } from "./feature-hash.ts";

export const MODEL_MAGIC = "NGNERMDL";
export const MODEL_FORMAT_VERSION = 2;
export const HEADER_BYTES = 8 + 4 * 4 + 8;

/**
 * FNV-1a over the little-endian 32-bit words words[0 .. end): one step a word, so a file of a few MB is checked in
 * about a millisecond. Each step is a bijection of the running hash, so any single changed word changes the result.
 */
export function checksum(words: Int32Array, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < end; i++) hash = Math.imul(hash ^ (words[i] ?? 0), 0x01000193);
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
