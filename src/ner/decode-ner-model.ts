// Reads and validates a model file written by encodeNerModel; any damage or mismatch throws NerModelError.
import { createNerModel, packEntry as importedPackEntry } from "./create-ner-model.ts";
import { FEATURE_SET_VERSION } from "./extract-features.ts";
import { checksum, HEADER_BYTES, MODEL_FORMAT_VERSION, MODEL_MAGIC } from "./model-format.ts";
import { NerModelError } from "./ner-model-error.ts";
import { TAG_COUNT as IMPORTED_TAG_COUNT } from "./tags.ts";
import type { NerModel, NerModelInfo } from "./types.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const TAG_COUNT = IMPORTED_TAG_COUNT;
const packEntry = importedPackEntry;

function parseInfo(bytes: Uint8Array): NerModelInfo {
  let info: unknown;
  try {
    info = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new NerModelError("model info is not valid JSON");
  }
  if (typeof info !== "object" || info === null) throw new NerModelError("model info is not an object");
  const record = info as Record<string, unknown>;
  for (const field of ["epochs", "seed", "trainingSentences", "trainingTokens"]) {
    if (typeof record[field] !== "number") throw new NerModelError(`model info lacks a numeric "${field}"`);
  }
  return info as NerModelInfo;
}

/**
 * Reads the rows (varint key delta, varint tag mask, one int16 weight per set bit) from bytes[at .. end) into the
 * three arrays, and returns the number of entries. The varints are read inline, in one loop without closures:
 * this loop is most of the load time.
 */
function readRows(bytes: Uint8Array, at: number, end: number, rowKeys: Uint32Array, rowStarts: Int32Array, entries: Int32Array): number {
  const rowCount = rowKeys.length;
  const fullMask = 2 ** TAG_COUNT;
  let count = 0;
  let key = 0;
  for (let r = 0; r < rowCount; r++) {
    let delta = 0;
    let scale = 1;
    for (let byte = 0x80; byte >= 0x80; scale *= 128) {
      if (at >= end) throw new NerModelError("NER model is truncated in its weights");
      if (scale > 2 ** 28) throw new NerModelError("NER model has a malformed number");
      byte = bytes[at++] ?? 0;
      delta += (byte & 0x7f) * scale;
    }
    key += delta;
    if (delta === 0 || key > 0xffffffff) throw new NerModelError("NER model feature keys are not strictly increasing");
    rowKeys[r] = key;
    rowStarts[r] = count;
    let mask = 0;
    scale = 1;
    for (let byte = 0x80; byte >= 0x80; scale *= 128) {
      if (at >= end) throw new NerModelError("NER model is truncated in its weights");
      if (scale > 2 ** 28) throw new NerModelError("NER model has a malformed number");
      byte = bytes[at++] ?? 0;
      mask += (byte & 0x7f) * scale;
    }
    if (mask === 0 || mask >= fullMask) throw new NerModelError("NER model has an invalid tag mask");
    // Visit set bits only, lowest first (the order the encoder wrote them in).
    for (let bits = mask; bits !== 0; bits &= bits - 1) {
      const t = 31 - Math.clz32(bits & -bits);
      if (at + 2 > end) throw new NerModelError("NER model is truncated in its weights");
      const weight = (((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)) << 16) >> 16;
      entries[count++] = packEntry(weight, t);
      at += 2;
    }
  }
  if (at !== end) throw new NerModelError("NER model has trailing bytes after its weights");
  return count;
}

export function decodeNerModel(bytes: Uint8Array): NerModel {
  if (bytes.length < HEADER_BYTES + 8) throw new NerModelError("model file is too short to be a NER model");
  for (let i = 0; i < MODEL_MAGIC.length; i++) {
    if (bytes[i] !== MODEL_MAGIC.charCodeAt(i)) throw new NerModelError("not a newsgraph NER model (bad magic)");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 4;
  if (view.getUint32(end, true) !== checksum(bytes, end))
    throw new NerModelError("NER model file is corrupt (checksum mismatch); re-train or restore it");
  const format = view.getUint32(8, true);
  const featureSet = view.getUint32(12, true);
  const tagCount = view.getUint32(16, true);
  const rowCount = view.getUint32(20, true);
  const scale = view.getFloat64(24, true);
  if (format !== MODEL_FORMAT_VERSION) throw new NerModelError(`unsupported NER model format ${format}`);
  if (featureSet !== FEATURE_SET_VERSION)
    throw new NerModelError(`NER model uses feature set ${featureSet}, this code has ${FEATURE_SET_VERSION}; re-train it`);
  if (tagCount !== TAG_COUNT) throw new NerModelError(`NER model has ${tagCount} tags, expected ${TAG_COUNT}`);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new NerModelError("NER model has an invalid scale");
  let at = HEADER_BYTES;
  const infoLength = view.getUint32(at, true);
  at += 4;
  if (at + infoLength > end) throw new NerModelError("NER model info runs past the end of the file");
  const info = parseInfo(bytes.subarray(at, at + infoLength));
  at += infoLength;
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  if (at + transitions.length * 4 > end) throw new NerModelError("NER model is truncated in its transitions");
  for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = view.getFloat32(at, true);
  if (rowCount > (end - at) / 2) throw new NerModelError("NER model row count exceeds the file size");
  const rowKeys = new Uint32Array(rowCount);
  const rowStarts = new Int32Array(rowCount + 1);
  // Each stored weight takes 2 bytes, which bounds the entry count before reading them.
  const entries = new Int32Array(Math.floor((end - at) / 2));
  const count = readRows(bytes, at, end, rowKeys, rowStarts, entries);
  rowStarts[rowCount] = count;
  return createNerModel({ rowKeys, rowStarts, entries: entries.slice(0, count), transitions, scale, info });
}
