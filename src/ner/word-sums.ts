// Per model, what each distinct word contributes to a sentence's scores wherever it stands, summed once when the word
// is first seen: the weights of its own (context-free) features, and the weights of the features that read it as a
// neighbour, one vector per place it can take around a token. Weights are whole numbers, so these partial sums add
// up to exactly what summing every feature of a token gives.
import * as features from "./extract-features.ts";
import * as hash from "./feature-hash.ts";
import type { NerModel } from "./types.ts";
import * as shapes from "./word-shape.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { FLAGS_CONTEXT, flagsKey, MAX_PER_TOKEN, NEIGHBOUR_ROLES: ROLES, PAD_AFTER, PAD_BEFORE, PAD_SHAPE, ROLE_TEMPLATES } = features;
const { PAIR_STARTS, pairKeyStarts, wordFeatureValues } = features;
const { hashLower, singleKeys } = hash;
const { wordShape } = shapes;

/**
 * The vectors of tagCount sums kept per word, in this order: its own features; as the word two before a token; one
 * before (word and shape); one after (word and shape); two after.
 */
export const OWN = 0;
export const AS_PREV2 = 1;
export const AS_PREV1 = 2;
export const AS_NEXT1 = 3;
export const AS_NEXT2 = 4;
export const VECTORS_PER_WORD = 5;

/** Ids of the pads standing at positions -2, -1, n and n + 1 of every sentence. */
export const PAD_IDS: readonly [number, number, number, number] = [0, 1, 2, 3];

/** Words kept before the memo starts again: bounds memory on endless input (about 400 bytes a word). */
export const MEMO_LIMIT = 50_000;

export interface WordSums {
  readonly ids: Map<string, number>;
  /** Ids in use, the pads included. */
  size: number;
  /** Per id: the word's lower-case hash, long and short shape hashes and capitalisation flags (see wordShape). */
  lower: Uint32Array;
  shape: Uint32Array;
  short: Uint32Array;
  flags: Uint32Array;
  /** Per id, PAIR_STARTS first halves of the keys that read the word and a neighbour (see pairKeyStarts). */
  starts: Int32Array;
  /**
   * Per id, VECTORS_PER_WORD × tagCount sums from id × VECTORS_PER_WORD × tagCount. A word's own sums include its
   * capitalisation-flags feature in the usual context (FLAGS_CONTEXT); the tagger corrects the few other tokens.
   */
  sums: Int32Array;
}

/** (first entry << 5) | count of a feature key in the model's table, or 0 when the model never learnt it. */
export function findEntries(table: Int32Array, key: number): number {
  const mask = (table.length >> 1) - 1;
  let slot = key >>> Math.clz32(mask); // the key's top bits, as createNerModel placed it
  for (;;) {
    const found = table[slot << 1] ?? 0;
    if (found === key) return table[(slot << 1) + 1] ?? 0;
    if (found === 0) return 0;
    slot = (slot + 1) & mask;
  }
}

/** findEntries behind the model's Bloom filter, which rejects most absent keys without touching the table. */
export function entriesOf(model: NerModel, key: number): number {
  const bit = Math.imul(key, 0x9e3779b1) >>> model.filterShift; // filterBit(), inlined
  if (((model.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return 0;
  return findEntries(model.table, key);
}

/** Adds the weights of the feature `key`, if the model has it, times `sign` (1, or -1 to take them away), to
 * into[base .. base + tagCount). */
export function addFeature(model: NerModel, key: number, into: Float64Array, base: number, sign: 1 | -1 = 1): void {
  const where = entriesOf(model, key);
  if (where === 0) return;
  const entries = model.entries;
  const end = (where >>> 5) + (where & 31);
  for (let e = where >>> 5; e < end; e++) {
    const entry = entries[e] ?? 0;
    const at = base + (entry & 31);
    into[at] = (into[at] ?? 0) + sign * (entry >> 5);
  }
}

/**
 * entriesOf for keys[0 .. count), written to wheres[0 .. count). One call for many keys, with the filter and the
 * probe written out in the loop: until the engine optimises the tagger, every call costs more than the lookup.
 * The lookups do not wait on one another either, so the memory system can fetch their slots at the same time.
 */
export function entriesOfAll(model: NerModel, keys: Int32Array, count: number, wheres: Int32Array): void {
  const { filter, filterShift, table } = model;
  const mask = (table.length >> 1) - 1;
  const shift = Math.clz32(mask);
  for (let f = 0; f < count; f++) {
    const key = keys[f] ?? 0;
    const bit = Math.imul(key, 0x9e3779b1) >>> filterShift; // filterBit(), inlined
    let where = 0;
    if (((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0) {
      for (let slot = key >>> shift; ; slot = (slot + 1) & mask) {
        const found = table[slot << 1] ?? 0;
        if (found === key) {
          where = table[(slot << 1) + 1] ?? 0;
          break;
        }
        if (found === 0) break;
      }
    }
    wheres[f] = where;
  }
}

const memos = new WeakMap<NerModel, WordSums>();
/** The vector each of a new word's keys adds to: the six neighbour keys of addEntry, in order, then OWN (0). */
const NEIGHBOUR_VECTORS = [AS_PREV2, AS_PREV1, AS_PREV1, AS_NEXT1, AS_NEXT1, AS_NEXT2];
const NEIGHBOUR_TEMPLATES = Int32Array.from(
  [ROLES.prev2, ROLES.prev1, ROLES.prevShape, ROLES.next1, ROLES.nextShape, ROLES.next2].map((role) => ROLE_TEMPLATES[role] ?? 0),
);
const templates = new Int32Array(MAX_PER_TOKEN);
const values = new Int32Array(MAX_PER_TOKEN);
const NEIGHBOUR_KEYS = NEIGHBOUR_VECTORS.length;
const KEY_VECTORS = new Int32Array(MAX_PER_TOKEN);
KEY_VECTORS.set(NEIGHBOUR_VECTORS);
const keys = new Int32Array(MAX_PER_TOKEN);
const wheres = new Int32Array(MAX_PER_TOKEN);
const shapeOut = new Uint32Array(3);

/** The memo of a model, created with its four pads on first use. */
export function wordSumsOf(model: NerModel): WordSums {
  let memo = memos.get(model);
  if (!memo) {
    memo = {
      ids: new Map(),
      size: 0,
      lower: new Uint32Array(0),
      shape: new Uint32Array(0),
      short: new Uint32Array(0),
      flags: new Uint32Array(0),
      starts: new Int32Array(0),
      sums: new Int32Array(0),
    };
    // Growing from empty right away also tells the engine that these fields change, so code it optimised
    // early is not thrown away when the memo grows later.
    grow(memo, model.tagCount);
    for (const pad of [PAD_BEFORE[0], PAD_BEFORE[1], PAD_AFTER[0], PAD_AFTER[1]]) addEntry(model, memo, null, pad, PAD_SHAPE, 0, 0);
    memos.set(model, memo);
  }
  return memo;
}

/**
 * Words the memo first has room for. Growing copies every array, and optimised code that never saw addEntry grow is
 * thrown away the first time it does; a news document set of a few thousand sentences fits without either. The
 * arrays come zeroed from the system, so pages that are never written cost no memory.
 */
const INITIAL_WORDS = 16_384;

function grow(memo: WordSums, tagCount: number): void {
  const capacity = Math.max(INITIAL_WORDS, memo.lower.length * 2);
  const wider = <T extends Uint32Array | Int32Array>(old: T, size: number): T => {
    const next = new (old.constructor as new (length: number) => T)(size);
    next.set(old);
    return next;
  };
  memo.lower = wider(memo.lower, capacity);
  memo.shape = wider(memo.shape, capacity);
  memo.short = wider(memo.short, capacity);
  memo.flags = wider(memo.flags, capacity);
  memo.starts = wider(memo.starts, capacity * PAIR_STARTS);
  memo.sums = wider(memo.sums, capacity * VECTORS_PER_WORD * tagCount);
}

/**
 * Stores a word's hashes and sums under the next id, and returns that id: its own features' sums when `word` is
 * given (the pads have none), and its sums as a neighbour.
 */
function addEntry(model: NerModel, memo: WordSums, word: string | null, lower: number, shape: number, short: number, flags: number): number {
  if (memo.size === memo.lower.length) grow(memo, model.tagCount);
  const id = memo.size++;
  memo.lower[id] = lower;
  memo.shape[id] = shape;
  memo.short[id] = short;
  memo.flags[id] = flags;
  pairKeyStarts(lower, short, memo.starts, id * PAIR_STARTS);
  const tagCount = model.tagCount;
  const base = id * VECTORS_PER_WORD * tagCount;
  const sums = memo.sums;
  sums.fill(0, base, base + VECTORS_PER_WORD * tagCount);
  // The neighbour keys (neighbourKey of each role) and the word's own, as (template, value) pairs mixed in one loop.
  templates.set(NEIGHBOUR_TEMPLATES);
  values[0] = lower;
  values[1] = lower;
  values[2] = shape;
  values[3] = lower;
  values[4] = shape;
  values[5] = lower;
  let count = NEIGHBOUR_KEYS;
  if (word !== null) count = wordFeatureValues(word, lower, shape, short, templates, values, count);
  singleKeys(templates, values, count, keys, 0);
  if (word !== null) keys[count++] = flagsKey(flags, FLAGS_CONTEXT);
  entriesOfAll(model, keys, count, wheres);
  const entries = model.entries;
  for (let f = 0; f < count; f++) {
    const where = wheres[f] ?? 0;
    const into = base + (KEY_VECTORS[f] ?? 0) * tagCount;
    const end = (where >>> 5) + (where & 31);
    for (let e = where >>> 5; e < end; e++) {
      const entry = entries[e] ?? 0;
      const at = into + (entry & 31);
      sums[at] = (sums[at] ?? 0) + (entry >> 5);
    }
  }
  return id;
}

/** The id of a word, summing its weights the first time it is seen. */
export function wordId(model: NerModel, memo: WordSums, word: string): number {
  const known = memo.ids.get(word);
  if (known !== undefined) return known;
  if (memo.ids.size >= MEMO_LIMIT) {
    memo.ids.clear();
    memo.size = PAD_IDS.length;
  }
  const lower = hashLower(word);
  wordShape(word, shapeOut);
  const id = addEntry(model, memo, word, lower, shapeOut[0] ?? 0, shapeOut[1] ?? 0, shapeOut[2] ?? 0);
  memo.ids.set(word, id);
  return id;
}
