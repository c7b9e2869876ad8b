// Tagging: sums the weights of each token's features, then runs constrained Viterbi. A pure function of
// (model, words), with no I/O, so it runs unchanged in Node and the browser.
import { extractFeatures } from "./extract-features.ts";
import { tagsToSpans } from "./tags.ts";
import type { NerModel, TaggedSpan } from "./types.ts";
import { viterbi } from "./viterbi.ts";

/** Row of a feature key in the model's open-addressing table, or -1 when the model never learnt it. */
export function findRow(model: NerModel, key: number): number {
  const keys = model.keys;
  const mask = keys.length - 1;
  let slot = key & mask;
  for (;;) {
    const found = keys[slot];
    if (found === key) return model.slotRows[slot] ?? -1;
    if (found === 0 || found === undefined) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Emission scores (n × tagCount) of one sentence under the model. */
export function emissionScores(model: NerModel, keys: Uint32Array, offsets: Int32Array, n: number): Float64Array {
  const tagCount = model.tagCount;
  const weights = model.weights;
  const scores = new Float64Array(n * tagCount);
  for (let i = 0; i < n; i++) {
    const base = i * tagCount;
    const end = offsets[i + 1] ?? 0;
    for (let f = offsets[i] ?? 0; f < end; f++) {
      const row = findRow(model, keys[f] ?? 0);
      if (row < 0) continue;
      const from = row * tagCount;
      for (let t = 0; t < tagCount; t++) scores[base + t] = (scores[base + t] ?? 0) + (weights[from + t] ?? 0);
    }
  }
  return scores;
}

export function tagSentence(
  model: NerModel,
  words: readonly string[],
  gazetteer?: readonly (string | null)[],
): TaggedSpan[] {
  const n = words.length;
  if (n === 0) return [];
  const { keys, offsets } = extractFeatures(words, gazetteer);
  const tags = viterbi(emissionScores(model, keys, offsets, n), model.transitions, n);
  return tagsToSpans(tags);
}
