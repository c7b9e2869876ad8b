// Reads and validates a model file written by encodeNerModel; any damage or mismatch throws NerModelError.
import { filterShiftFor, tableCapacity } from "./create-ner-model.ts";
import { FEATURE_SET_VERSION } from "./extract-features.ts";
import { checksum, HEADER_BYTES, MODEL_FORMAT_VERSION, MODEL_MAGIC, wordsOf } from "./model-format.ts";
import { NerModelError } from "./ner-model-error.ts";
import { TAG_COUNT as IMPORTED_TAG_COUNT } from "./tags.ts";
import type { NerModel, NerModelInfo } from "./types.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms.
const TAG_COUNT = IMPORTED_TAG_COUNT;

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
 * The checksum catches damage, and a file that passes it was written by encodeNerModel from a checked model; what
 * is left to check is what keeps a lookup finite whatever the file holds: an empty slot in the table, where every
 * probe sequence ends. (A slot's entries outside `entries` read as no weights, and entry counts are at most 31.)
 * indexOf runs at native speed, where a loop over the table would run interpreted for a few milliseconds.
 */
function checkTable(table: Int32Array): void {
  // Keys sit at even positions; a zero at an odd one first means a key with no entries, which is damage too.
  const zero = table.indexOf(0);
  if (zero < 0 || zero % 2 !== 0) throw new NerModelError("NER model table is malformed");
}

/**
 * The model in `bytes`. Its arrays are views of `bytes` when they are 4-byte aligned (as read from a file or
 * fetched), so the caller must not modify `bytes` afterwards.
 */
export function decodeNerModel(bytes: Uint8Array): NerModel {
  if (bytes.length < HEADER_BYTES + 8) throw new NerModelError("model file is too short to be a NER model");
  for (let i = 0; i < MODEL_MAGIC.length; i++) {
    if (bytes[i] !== MODEL_MAGIC.charCodeAt(i)) throw new NerModelError("not a newsgraph NER model (bad magic)");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(8, true);
  if (format !== MODEL_FORMAT_VERSION) throw new NerModelError(`unsupported NER model format ${format}; re-train it`);
  if (bytes.length % 4 !== 0) throw new NerModelError("NER model file is truncated or corrupt (not whole 32-bit words)");
  const words = wordsOf(bytes);
  const end = words.length - 1;
  if ((words[end] ?? 0) >>> 0 !== checksum(words, end))
    throw new NerModelError("NER model file is corrupt (checksum mismatch); re-train or restore it");
  const featureSet = view.getUint32(12, true);
  const tagCount = view.getUint32(16, true);
  const rowCount = view.getUint32(20, true);
  const scale = view.getFloat64(24, true);
  if (featureSet !== FEATURE_SET_VERSION)
    throw new NerModelError(`NER model uses feature set ${featureSet}, this code has ${FEATURE_SET_VERSION}; re-train it`);
  if (tagCount !== TAG_COUNT) throw new NerModelError(`NER model has ${tagCount} tags, expected ${TAG_COUNT}`);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new NerModelError("NER model has an invalid scale");
  if (rowCount > end * 2) throw new NerModelError("NER model row count exceeds the file size");
  let at = HEADER_BYTES;
  const infoLength = view.getUint32(at, true);
  at += 4;
  if (at + infoLength > end * 4) throw new NerModelError("NER model info runs past the end of the file");
  const info = parseInfo(bytes.subarray(at, at + infoLength));
  // From here on, positions count 32-bit words.
  let word = Math.ceil((at + infoLength) / 4);
  const transitionCount = (TAG_COUNT + 1) * TAG_COUNT;
  const capacity = tableCapacity(rowCount);
  const filterLength = 2 ** (32 - filterShiftFor(rowCount)) / 32;
  if (word + transitionCount + 1 + capacity * 2 + filterLength > end) throw new NerModelError("NER model is truncated");
  const transitions = new Float32Array(words.buffer, words.byteOffset + word * 4, transitionCount);
  word += transitionCount;
  const entryCount = (words[word++] ?? 0) >>> 0;
  const table = words.subarray(word, (word += capacity * 2));
  const filter = words.subarray(word, (word += filterLength));
  if (word + entryCount !== end) throw new NerModelError("NER model is truncated or has trailing bytes after its weights");
  const entries = words.subarray(word, end);
  checkTable(table);
  return {
    featureSet,
    tagCount,
    table,
    filter,
    filterShift: filterShiftFor(rowCount),
    entries,
    rowCount,
    transitions,
    scale,
    info,
  };
}
