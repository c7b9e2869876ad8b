// Tagging: sums the weights of each token's features, then runs constrained Viterbi. A pure function of
// (model, words): the per-word sums (word-sums.ts) only remember what it would otherwise recompute.
import * as features from "./extract-features.ts";
import type { SentenceWords } from "./extract-features.ts";
import * as hash from "./feature-hash.ts";
import { tagsToSpans } from "./tags.ts";
import type { NerModel, TaggedSpan } from "./types.ts";
import { viterbiDecode, viterbiWeights, type ViterbiWeights } from "./viterbi.ts";
import * as memos from "./word-sums.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { FLAGS_CONTEXT, flagsContext, flagsKey, isCapsLine, jointFeatureKeys, MAX_PER_TOKEN } = features;
const { hashString } = hash;
const { addFeature, AS_NEXT1, entriesOfAll, AS_NEXT2, AS_PREV1, AS_PREV2, OWN, PAD_IDS, VECTORS_PER_WORD, wordId, wordSumsOf } = memos;

export { findEntries } from "./word-sums.ts";

// Scratch reused between calls (tagging is synchronous, so nothing else can see it).
const sentence: SentenceWords = {
  n: 0,
  lower: new Uint32Array(64),
  shape: new Uint32Array(64),
  short: new Uint32Array(64),
  flags: new Uint32Array(64),
  capsLine: false,
  gaz: undefined,
  ids: undefined,
  starts: undefined,
  flagsCounted: true,
};
let gazBuffer = new Uint32Array(64);
let scores = new Float64Array(64 * 17);
/** Word ids of the sentence with the pads around them: token i is ids[i + 2]. */
let ids = new Int32Array(68);
/** The joint features' keys of the sentence, where the model keeps their weights, and each token's first key. */
let jointKeys = new Int32Array(64 * MAX_PER_TOKEN);
let jointWheres = new Int32Array(64 * MAX_PER_TOKEN);
let jointStarts = new Int32Array(65);

export function tagSentence(
  model: NerModel,
  words: readonly string[],
  gazetteer?: readonly (string | null)[],
): TaggedSpan[] {
  const n = words.length;
  if (n === 0) return [];
  return tagsToSpans(viterbiDecode(emissionScores(model, words, gazetteer), weightsOf(model), n));
}

/** A model's transitions prepared for the decoder, once per model (a trained model's weights do not change). */
const decoderWeights = new WeakMap<NerModel, ViterbiWeights>();

function weightsOf(model: NerModel): ViterbiWeights {
  let weights = decoderWeights.get(model);
  if (!weights) decoderWeights.set(model, (weights = viterbiWeights(model.transitions)));
  return weights;
}

/**
 * Writes each token's per-word sums to scores: its own features', and those of the words around it as neighbours.
 * Each step of the tagger is a small loop over the sentence of its own, so the engine optimises it after a few
 * sentences; one large function would run unoptimised for the first few hundred.
 */
function addWordSums(sums: Int32Array, ids: Int32Array, n: number, tagCount: number, scores: Float64Array): void {
  const stride = VECTORS_PER_WORD * tagCount;
  for (let i = 0; i < n; i++) {
    const base = i * tagCount;
    const own = (ids[i + 2] ?? 0) * stride + OWN * tagCount;
    const prev2 = (ids[i] ?? 0) * stride + AS_PREV2 * tagCount;
    const prev1 = (ids[i + 1] ?? 0) * stride + AS_PREV1 * tagCount;
    const next1 = (ids[i + 3] ?? 0) * stride + AS_NEXT1 * tagCount;
    const next2 = (ids[i + 4] ?? 0) * stride + AS_NEXT2 * tagCount;
    for (let t = 0; t < tagCount; t++) {
      scores[base + t] = (sums[own + t] ?? 0) + (sums[prev2 + t] ?? 0) + (sums[prev1 + t] ?? 0) + (sums[next1 + t] ?? 0) + (sums[next2 + t] ?? 0);
    }
  }
}

/**
 * Adds the weights of each token's features that read more than one position, the sentence or the gazetteer: every
 * key of the sentence first, then one lookup pass over them all, then the additions.
 */
function addJointFeatures(model: NerModel, sentence: SentenceWords, scores: Float64Array): void {
  const n = sentence.n;
  if (jointKeys.length < n * MAX_PER_TOKEN) {
    jointKeys = new Int32Array(n * MAX_PER_TOKEN * 2);
    jointWheres = new Int32Array(n * MAX_PER_TOKEN * 2);
    jointStarts = new Int32Array(n * 2 + 1);
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    jointStarts[i] = k;
    k = jointFeatureKeys(sentence, i, jointKeys, k);
  }
  jointStarts[n] = k;
  entriesOfAll(model, jointKeys, k, jointWheres);
  addFound(model.entries, jointWheres, jointStarts, n, model.tagCount, scores);
}

/** Adds the entries found for each token's keys (wheres[starts[i] .. starts[i + 1])) to its scores. */
function addFound(entries: Int32Array, wheres: Int32Array, starts: Int32Array, n: number, tagCount: number, scores: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const base = i * tagCount;
    const last = starts[i + 1] ?? 0;
    for (let f = starts[i] ?? 0; f < last; f++) {
      const where = wheres[f] ?? 0;
      const end = (where >>> 5) + (where & 31);
      for (let e = where >>> 5; e < end; e++) {
        const entry = entries[e] ?? 0;
        const at = base + (entry & 31);
        scores[at] = (scores[at] ?? 0) + (entry >> 5);
      }
    }
  }
}

/**
 * Each token's summed feature weights per tag, token after token: the sum over every key extractFeatures gives
 * it. The result is a view of scratch memory, valid until the next call.
 */
export function emissionScores(
  model: NerModel,
  words: readonly string[],
  gazetteer?: readonly (string | null)[],
): Float64Array {
  const n = words.length;
  const memo = wordSumsOf(model);
  if (sentence.lower.length < n) {
    for (const field of ["lower", "shape", "short", "flags"] as const) sentence[field] = new Uint32Array(n * 2);
    gazBuffer = new Uint32Array(n * 2);
    ids = new Int32Array(n * 2 + 4);
  }
  const tagCount = model.tagCount;
  if (scores.length < n * tagCount) scores = new Float64Array(n * tagCount * 2);
  ids[0] = PAD_IDS[0];
  ids[1] = PAD_IDS[1];
  ids[n + 2] = PAD_IDS[2];
  ids[n + 3] = PAD_IDS[3];
  for (let i = 0; i < n; i++) ids[i + 2] = wordId(model, memo, words[i] ?? "");
  // Read after every word is known: adding words may have moved these arrays.
  const { lower, shape, short, flags, sums, starts } = memo;
  sentence.n = n;
  for (let i = 0; i < n; i++) {
    const id = ids[i + 2] ?? 0;
    sentence.lower[i] = lower[id] ?? 0;
    sentence.shape[i] = shape[id] ?? 0;
    sentence.short[i] = short[id] ?? 0;
    sentence.flags[i] = flags[id] ?? 0;
  }
  sentence.capsLine = isCapsLine(sentence.flags, n);
  sentence.ids = ids;
  sentence.starts = starts;
  if (gazetteer) {
    for (let i = 0; i < n; i++) {
      const flag = gazetteer[i];
      gazBuffer[i] = flag ? hashString(flag) : 0;
    }
    sentence.gaz = gazBuffer;
  } else {
    sentence.gaz = undefined;
  }
  addWordSums(sums, ids, n, tagCount, scores);
  // Own sums count the flags feature in its usual context; jointFeatureKeys gives the key of any other.
  for (let i = 0; i < n; i++) {
    if (flagsContext(sentence.capsLine, i) === FLAGS_CONTEXT) break;
    addFeature(model, flagsKey(sentence.flags[i] ?? 0, FLAGS_CONTEXT), scores, i * tagCount, -1);
  }
  addJointFeatures(model, sentence, scores);
  return scores.subarray(0, n * tagCount);
}
