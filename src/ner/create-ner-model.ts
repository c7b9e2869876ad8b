// Assembles a NerModel from rows of quantised weights: builds the open-addressing lookup table over feature keys.
import { FEATURE_SET_VERSION } from "./extract-features.ts";
import { NerModelError } from "./ner-model-error.ts";
import { TAG_COUNT } from "./tags.ts";
import type { NerModel, NerModelInfo } from "./types.ts";

export interface NerModelParts {
  /** Feature key of each row; distinct and non-zero. */
  rowKeys: Uint32Array;
  weights: Int16Array;
  transitions: Float32Array;
  scale: number;
  info: NerModelInfo;
}

export function createNerModel(parts: NerModelParts): NerModel {
  const { rowKeys, weights, transitions } = parts;
  if (weights.length !== rowKeys.length * TAG_COUNT) throw new NerModelError("model weights do not match its rows");
  if (transitions.length !== (TAG_COUNT + 1) * TAG_COUNT) throw new NerModelError("model transitions have the wrong size");
  // Load factor at most 1/2 keeps linear-probing chains short.
  let capacity = 16;
  while (capacity < rowKeys.length * 2) capacity *= 2;
  const keys = new Uint32Array(capacity);
  const slotRows = new Int32Array(capacity).fill(-1);
  const mask = capacity - 1;
  for (let row = 0; row < rowKeys.length; row++) {
    const key = rowKeys[row] ?? 0;
    if (key === 0) throw new NerModelError("model has a feature key of 0");
    let slot = key & mask;
    while (keys[slot] !== 0) {
      if (keys[slot] === key) throw new NerModelError("model has a duplicate feature key");
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    slotRows[slot] = row;
  }
  return {
    featureSet: FEATURE_SET_VERSION,
    tagCount: TAG_COUNT,
    keys,
    slotRows,
    weights,
    transitions,
    scale: parts.scale,
    info: parts.info,
  };
}

/** The rows of a model back in key order: what the encoder writes. */
export function modelRows(model: NerModel): { rowKeys: Uint32Array; rowIndex: Int32Array } {
  const pairs: [number, number][] = [];
  for (let slot = 0; slot < model.keys.length; slot++) {
    const key = model.keys[slot] ?? 0;
    if (key !== 0) pairs.push([key, model.slotRows[slot] ?? -1]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    rowKeys: Uint32Array.from(pairs, (p) => p[0]),
    rowIndex: Int32Array.from(pairs, (p) => p[1]),
  };
}
