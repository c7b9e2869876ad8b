// Tagging: sums the weights of each token's features, then runs constrained Viterbi. A pure function of
// (model, words): the per-word cache below only remembers sums it would otherwise recompute.
import * as features from "./extract-features.ts";
import type { SentenceWords } from "./extract-features.ts";
import * as hash from "./feature-hash.ts";
import { tagsToSpans } from "./tags.ts";
import type { NerModel, TaggedSpan } from "./types.ts";
import { viterbi } from "./viterbi.ts";
import * as shapes from "./word-shape.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { contextFeatureKeys, hashGazetteer, isCapsLine, MAX_PER_TOKEN, wordFeatureKeys } = features;
const { hashLower } = hash;
const { wordShape } = shapes;

/** (first entry << 5) | count of a feature key in the model's table, or 0 when the model never learnt it. */
export function findEntries(table: Int32Array, key: number): number {
  const mask = (table.length >> 1) - 1;
  let slot = key & mask;
  for (;;) {
    const found = table[slot << 1] ?? 0;
    if (found === key) return table[(slot << 1) + 1] ?? 0;
    if (found === 0) return 0;
    slot = (slot + 1) & mask;
  }
}

/** Adds the weights of the features keys[0 .. count) to scores[base .. base + tagCount). */
function addWeights(model: NerModel, keys: Int32Array, count: number, scores: Float64Array | Int32Array, base: number): void {
  const table = model.table;
  const entries = model.entries;
  const filter = model.filter;
  const shift = model.filterShift;
  for (let f = 0; f < count; f++) {
    const key = keys[f] ?? 0;
    const bit = Math.imul(key, 0x9e3779b1) >>> shift; // filterBit(), inlined
    if (((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) continue;
    const where = findEntries(table, key);
    const end = (where >>> 5) + (where & 31);
    for (let e = where >>> 5; e < end; e++) {
      const entry = entries[e] ?? 0;
      const at = base + (entry & 31);
      scores[at] = (scores[at] ?? 0) + (entry >> 5);
    }
  }
}

/** What a word contributes on its own: its hashes and the summed weights of its context-free features. */
interface WordEntry {
  lower: number;
  shape: number;
  short: number;
  flags: number;
  partial: Int32Array;
}

// Most running-text tokens are frequent words, so caching per distinct word saves about half the lookups.
const MEMO_LIMIT = 50_000;
const memos = new WeakMap<NerModel, Map<string, WordEntry>>();
const keys = new Int32Array(MAX_PER_TOKEN);
const shapeOut = new Uint32Array(3);

function wordEntry(model: NerModel, memo: Map<string, WordEntry>, word: string): WordEntry {
  const cached = memo.get(word);
  if (cached) return cached;
  const lower = hashLower(word);
  wordShape(word, shapeOut);
  const entry: WordEntry = {
    lower,
    shape: shapeOut[0] ?? 0,
    short: shapeOut[1] ?? 0,
    flags: shapeOut[2] ?? 0,
    partial: new Int32Array(model.tagCount),
  };
  addWeights(model, keys, wordFeatureKeys(word, lower, entry.shape, entry.short, keys, 0), entry.partial, 0);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, entry);
  return entry;
}

const sentence: SentenceWords = {
  n: 0,
  lower: new Uint32Array(64),
  shape: new Uint32Array(64),
  short: new Uint32Array(64),
  flags: new Uint32Array(64),
  capsLine: false,
  gaz: undefined,
};

export function tagSentence(
  model: NerModel,
  words: readonly string[],
  gazetteer?: readonly (string | null)[],
): TaggedSpan[] {
  const n = words.length;
  if (n === 0) return [];
  let memo = memos.get(model);
  if (!memo) {
    memo = new Map();
    memos.set(model, memo);
  }
  if (sentence.lower.length < n) {
    for (const field of ["lower", "shape", "short", "flags"] as const) sentence[field] = new Uint32Array(n * 2);
  }
  const tagCount = model.tagCount;
  const scores = new Float64Array(n * tagCount);
  sentence.n = n;
  for (let i = 0; i < n; i++) {
    const entry = wordEntry(model, memo, words[i] ?? "");
    sentence.lower[i] = entry.lower;
    sentence.shape[i] = entry.shape;
    sentence.short[i] = entry.short;
    sentence.flags[i] = entry.flags;
    const partial = entry.partial;
    const base = i * tagCount;
    for (let t = 0; t < tagCount; t++) scores[base + t] = partial[t] ?? 0;
  }
  sentence.capsLine = isCapsLine(sentence.flags, n);
  sentence.gaz = hashGazetteer(gazetteer, n);
  for (let i = 0; i < n; i++) addWeights(model, keys, contextFeatureKeys(sentence, i, keys, 0), scores, i * tagCount);
  return tagsToSpans(viterbi(scores, model.transitions, n));
}
