// The binary layout shared by the model encoder and decoder.
//
//   "NGNERMDL"  magic (8 bytes)
//   u32 format version, u32 feature-set version, u32 tag count, u32 row count, f64 scale (little endian)
//   u32 info length, info as UTF-8 JSON
//   (tagCount + 1) × tagCount f32 transitions
//   per row, keys ascending: varint key delta, varint tag mask, then one i16 weight per set bit of the mask
//   u32 FNV-1a checksum of every byte before it
//
// Only non-zero weights are stored, which keeps the file a few MB; it is uncompressed so loading stays synchronous.
import { FNV_OFFSET } from "./feature-hash.ts";

export const MODEL_MAGIC = "NGNERMDL";
export const MODEL_FORMAT_VERSION = 1;
export const HEADER_BYTES = 8 + 4 * 4 + 8;

/** FNV-1a over bytes[0 .. end), the step written out: the loop runs once per byte of a megabyte file at load. */
export function checksum(bytes: Uint8Array, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < end; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash >>> 0;
}
