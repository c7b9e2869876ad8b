// Reads and validates a model file written by encodeNerModel; any damage or mismatch throws NerModelError.
import { filterShiftFor, tableCapacity } from "./create-ner-model.ts";
import { FEATURE_SET_VERSION } from "./extract-features.ts";
import { checksum, HEADER_BYTES, MODEL_FORMAT_VERSION, MODEL_MAGIC, wordsOf } from "./model-format.ts";
import { NerModelError } from "./ner-model-error.ts";
import { TAG_COUNT as IMPORTED_TAG_COUNT } from "./tags.ts";
import type { NerModel, NerModelInfo } from "./types.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; a module-level copy keeps
// the validation loops below free of those calls.
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
 * Checks what lookups rely on, so a file that passes the checksum yet was written wrongly cannot make the tagger
 * loop or read another tag's score: exactly rowCount keys (so the table has empty slots and every probe ends),
 * each pointing at 1 to TAG_COUNT entries inside `entries`, and every entry's tag below TAG_COUNT.
 */
function validate(table: Int32Array, entries: Int32Array, rowCount: number): void {
  let keys = 0;
  for (let slot = 0; slot < table.length; slot += 2) {
    if (table[slot] === 0) continue;
    keys++;
    const where = table[slot + 1] ?? 0;
    const count = where & 31;
    if (count < 1 || count > TAG_COUNT || (where >>> 5) + count > entries.length)
      throw new NerModelError("NER model has a feature with invalid weights");
  }
  if (keys !== rowCount) throw new NerModelError("NER model table does not hold its row count of features");
  for (let e = 0; e < entries.length; e++) {
    if (((entries[e] ?? 0) & 31) >= TAG_COUNT) throw new NerModelError("NER model has a weight for an unknown tag");
  }
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
  validate(table, entries, rowCount);
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
