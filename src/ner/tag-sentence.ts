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
const { isCapsLine, jointFeatureKeys, MAX_PER_TOKEN, NEIGHBOUR_ROLES: ROLES, neighbourKey, PAD_AFTER, PAD_BEFORE, PAD_SHAPE, wordFeatureKeys } = features;
const { hashLower, hashString } = hash;
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

/** findEntries behind the model's Bloom filter, which rejects most absent keys without touching the table. */
function entriesOf(model: NerModel, key: number): number {
  const bit = Math.imul(key, 0x9e3779b1) >>> model.filterShift; // filterBit(), inlined
  if (((model.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return 0;
  return findEntries(model.table, key);
}

/** Adds the weights of one feature, found by entriesOf, to scores[base .. base + tagCount). */
function addEntries(entries: Int32Array, where: number, scores: Float64Array, base: number): void {
  const end = (where >>> 5) + (where & 31);
  for (let e = where >>> 5; e < end; e++) {
    const entry = entries[e] ?? 0;
    const at = base + (entry & 31);
    scores[at] = (scores[at] ?? 0) + (entry >> 5);
  }
}

/** Adds the weights of the features keys[0 .. count) to scores[base .. base + tagCount). */
function addWeights(model: NerModel, keys: Int32Array, count: number, scores: Float64Array, base: number): void {
  const entries = model.entries;
  for (let f = 0; f < count; f++) {
    const where = entriesOf(model, keys[f] ?? 0);
    if (where !== 0) addEntries(entries, where, scores, base);
  }
}

/**
 * What a word contributes wherever it stands: its hashes, the summed weights of its context-free features, and
 * where the model keeps the weights of the features that read it as a neighbour (see NEIGHBOUR_ROLES). Weights
 * are whole numbers, so adding them in another order gives the same sums.
 */
interface WordEntry {
  lower: number;
  shape: number;
  short: number;
  flags: number;
  partial: Float64Array;
  prev2: number;
  prev1: number;
  next1: number;
  next2: number;
  prevShape: number;
  nextShape: number;
}

function newEntry(model: NerModel, lower: number, shape: number, short: number, flags: number): WordEntry {
  return {
    lower,
    shape,
    short,
    flags,
    partial: new Float64Array(model.tagCount),
    prev2: entriesOf(model, neighbourKey(ROLES.prev2, lower)),
    prev1: entriesOf(model, neighbourKey(ROLES.prev1, lower)),
    next1: entriesOf(model, neighbourKey(ROLES.next1, lower)),
    next2: entriesOf(model, neighbourKey(ROLES.next2, lower)),
    prevShape: entriesOf(model, neighbourKey(ROLES.prevShape, shape)),
    nextShape: entriesOf(model, neighbourKey(ROLES.nextShape, shape)),
  };
}

/** Per model: the words seen so far, and the pads standing at positions -2, -1, n and n + 1 of every sentence. */
interface ModelMemo {
  words: Map<string, WordEntry>;
  pads: [WordEntry, WordEntry, WordEntry, WordEntry];
}

// Most running-text tokens are frequent words, so caching per distinct word saves most of the lookups.
const MEMO_LIMIT = 50_000;
const memos = new WeakMap<NerModel, ModelMemo>();
const keys = new Int32Array(MAX_PER_TOKEN);
const shapeOut = new Uint32Array(3);

function memoOf(model: NerModel): ModelMemo {
  let memo = memos.get(model);
  if (!memo) {
    const pad = (value: number): WordEntry => newEntry(model, value, PAD_SHAPE, 0, 0);
    memo = { words: new Map(), pads: [pad(PAD_BEFORE[0]), pad(PAD_BEFORE[1]), pad(PAD_AFTER[0]), pad(PAD_AFTER[1])] };
    memos.set(model, memo);
  }
  return memo;
}

function wordEntry(model: NerModel, memo: Map<string, WordEntry>, word: string): WordEntry {
  const cached = memo.get(word);
  if (cached) return cached;
  const lower = hashLower(word);
  wordShape(word, shapeOut);
  const entry = newEntry(model, lower, shapeOut[0] ?? 0, shapeOut[1] ?? 0, shapeOut[2] ?? 0);
  addWeights(model, keys, wordFeatureKeys(word, lower, entry.shape, entry.short, keys, 0), entry.partial, 0);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, entry);
  return entry;
}

// Scratch reused between calls (tagging is synchronous, so nothing else can see it).
const sentence: SentenceWords = {
  n: 0,
  lower: new Uint32Array(64),
  shape: new Uint32Array(64),
  short: new Uint32Array(64),
  flags: new Uint32Array(64),
  capsLine: false,
  gaz: undefined,
};
let gazBuffer = new Uint32Array(64);
let scores = new Float64Array(64 * 17);
/** The sentence's word entries with the pads around them: token i is padded[i + 2]. */
const padded: WordEntry[] = [];

export function tagSentence(
  model: NerModel,
  words: readonly string[],
  gazetteer?: readonly (string | null)[],
): TaggedSpan[] {
  const n = words.length;
  if (n === 0) return [];
  return tagsToSpans(viterbi(emissionScores(model, words, gazetteer), model.transitions, n));
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
  const memo = memoOf(model);
  if (sentence.lower.length < n) {
    for (const field of ["lower", "shape", "short", "flags"] as const) sentence[field] = new Uint32Array(n * 2);
    gazBuffer = new Uint32Array(n * 2);
  }
  const tagCount = model.tagCount;
  if (scores.length < n * tagCount) scores = new Float64Array(n * tagCount * 2);
  const [before2, before1, after1, after2] = memo.pads;
  padded.length = n + 4;
  padded[0] = before2;
  padded[1] = before1;
  padded[n + 2] = after1;
  padded[n + 3] = after2;
  sentence.n = n;
  for (let i = 0; i < n; i++) {
    const entry = wordEntry(model, memo.words, words[i] ?? "");
    padded[i + 2] = entry;
    sentence.lower[i] = entry.lower;
    sentence.shape[i] = entry.shape;
    sentence.short[i] = entry.short;
    sentence.flags[i] = entry.flags;
  }
  sentence.capsLine = isCapsLine(sentence.flags, n);
  if (gazetteer) {
    for (let i = 0; i < n; i++) {
      const flag = gazetteer[i];
      gazBuffer[i] = flag ? hashString(flag) : 0;
    }
    sentence.gaz = gazBuffer;
  } else {
    sentence.gaz = undefined;
  }
  const entries = model.entries;
  for (let i = 0; i < n; i++) {
    const base = i * tagCount;
    const self = padded[i + 2] as WordEntry;
    const partial = self.partial;
    for (let t = 0; t < tagCount; t++) scores[base + t] = partial[t] ?? 0;
    addEntries(entries, (padded[i] as WordEntry).prev2, scores, base);
    addEntries(entries, (padded[i + 1] as WordEntry).prev1, scores, base);
    addEntries(entries, (padded[i + 1] as WordEntry).prevShape, scores, base);
    addEntries(entries, (padded[i + 3] as WordEntry).next1, scores, base);
    addEntries(entries, (padded[i + 3] as WordEntry).nextShape, scores, base);
    addEntries(entries, (padded[i + 4] as WordEntry).next2, scores, base);
    addWeights(model, keys, jointFeatureKeys(sentence, i, keys, 0), scores, base);
  }
  return scores.subarray(0, n * tagCount);
}
