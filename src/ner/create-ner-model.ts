// Assembles a NerModel from sparse rows of quantised weights: builds the open-addressing table over feature keys.
import { FEATURE_SET_VERSION } from "./extract-features.ts";
import { NerModelError } from "./ner-model-error.ts";
import { TAG_COUNT } from "./tags.ts";
import type { NerModel, NerModelInfo } from "./types.ts";

export interface NerModelParts {
  /** Feature key of each row; distinct and non-zero. */
  rowKeys: Uint32Array;
  /** Row r's entries are entries[rowStarts[r] .. rowStarts[r + 1]). */
  rowStarts: Int32Array;
  /** (weight << 5) | tag, weight an int16. */
  entries: Int32Array;
  transitions: Float32Array;
  scale: number;
  info: NerModelInfo;
}

export function packEntry(weight: number, tag: number): number {
  return (weight << 5) | tag;
}

/** Bit index of a key in the model's Bloom filter (multiplicative hashing, so it is independent of the slot). */
export function filterBit(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Slots of the table for `rowCount` features: a power of two, the load factor at most 1/2 so probe chains stay short. */
export function tableCapacity(rowCount: number): number {
  let capacity = 16;
  while (capacity < rowCount * 2) capacity *= 2;
  return capacity;
}

/** filterShift of the Bloom filter for `rowCount` features: 2^(32 - shift) bits, a power of two about 11 per key, at
 * least 2^10. */
export function filterShiftFor(rowCount: number): number {
  let filterBits = 1024;
  let filterShift = 22;
  while (filterBits < rowCount * 11) {
    filterBits *= 2;
    filterShift--;
  }
  return filterShift;
}

export function createNerModel(parts: NerModelParts): NerModel {
  const { rowKeys, rowStarts, entries, transitions } = parts;
  const rowCount = rowKeys.length;
  if (rowStarts.length !== rowCount + 1 || rowStarts[rowCount] !== entries.length)
    throw new NerModelError("model weights do not match its rows");
  if (entries.length >= 2 ** 26) throw new NerModelError("model has too many weights");
  if (transitions.length !== (TAG_COUNT + 1) * TAG_COUNT) throw new NerModelError("model transitions have the wrong size");
  const capacity = tableCapacity(rowCount);
  const table = new Int32Array(capacity * 2);
  const shift = Math.clz32(capacity - 1); // slot = the key's top log2(capacity) bits
  const filterShift = filterShiftFor(rowCount);
  const filter = new Int32Array(2 ** (32 - filterShift) / 32);
  const mask = capacity - 1;
  // Rows come in ascending key order, and a key's slot is its top bits, so the table fills front to back.
  for (let row = 0; row < rowCount; row++) {
    const key = (rowKeys[row] ?? 0) | 0;
    if (key === 0) throw new NerModelError("model has a feature key of 0");
    const start = rowStarts[row] ?? 0;
    const count = (rowStarts[row + 1] ?? 0) - start;
    if (count < 1 || count > TAG_COUNT) throw new NerModelError("model has a feature with an invalid weight count");
    let slot = key >>> shift;
    while (table[slot * 2] !== 0) {
      if (table[slot * 2] === key) throw new NerModelError("model has a duplicate feature key");
      slot = (slot + 1) & mask;
    }
    const bit = filterBit(key, filterShift);
    filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    table[slot * 2] = key;
    table[slot * 2 + 1] = (start << 5) | count;
  }
  return {
    featureSet: FEATURE_SET_VERSION,
    tagCount: TAG_COUNT,
    table,
    filter,
    filterShift,
    entries,
    rowCount,
    transitions,
    scale: parts.scale,
    info: parts.info,
  };
}
