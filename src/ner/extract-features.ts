// Feature extraction: for each token, the 32-bit keys of the features that fire. The templates are word identity,
// shape, affixes, a ±2 word window, capitalisation, sentence start, all-caps headline lines and gazetteer flags.
import * as hash from "./feature-hash.ts";
import { TEMPLATES } from "./feature-templates.ts";
import * as wordFeatures from "./word-features.ts";
import { wordShape as importedWordShape } from "./word-shape.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { featureKey, featureKeyFrom, featureKeyStart, fnvStep, hashLower, hashString } = hash;
const wordShape = importedWordShape;
const { wordFeatureKeys } = wordFeatures;
const T = TEMPLATES;

/** Bump whenever a template changes: models trained on other templates are then refused at load. */
export const FEATURE_SET_VERSION = 2;

export interface SentenceFeatures {
  /** Keys of every token, token after token (int32 so V8 keeps them unboxed). */
  keys: Int32Array;
  /** Token i's keys are keys[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
}

export const MAX_PER_TOKEN = 48;
const PAD_PREV1 = hash.hashString("<s-1>");
const PAD_PREV2 = hash.hashString("<s-2>");
const PAD_NEXT1 = hash.hashString("</s+1>");
const PAD_NEXT2 = hash.hashString("</s+2>");


/** A line with letters but no lower-case letter: Reuters-style headlines and datelines behave differently. */
export function isCapsLine(flagsOf: Uint32Array, n: number): boolean {
  let upper = false;
  for (let i = 0; i < n; i++) {
    const flags = flagsOf[i] ?? 0;
    if (flags & 2) return false;
    if (flags & 4) upper = true;
  }
  return upper;
}

export { IDENTITY_KEY_POSITIONS, wordFeatureKeys, wordFeatureValues } from "./word-features.ts";

/** Per-token word hashes of a sentence, in parallel arrays (index < n). */
export interface SentenceWords {
  n: number;
  lower: Uint32Array;
  shape: Uint32Array;
  short: Uint32Array;
  flags: Uint32Array;
  capsLine: boolean;
  /** Hashed gazetteer flags (0 = none), or undefined when no gazetteer was given. */
  gaz: Uint32Array | undefined;
  /**
   * Optional, for the tagger's word memo: the id of each padded position (token i at i + 2, the pads at 0, 1, n + 2
   * and n + 3) and, per id, PAIR_STARTS first halves of the word-pair keys (see pairKeyStarts).
   */
  ids: Int32Array | undefined;
  starts: Int32Array | undefined;
  /** Leave out the flags feature in its usual context (FLAGS_CONTEXT): the caller has counted it already. */
  flagsCounted: boolean;
}

/** The context of the capitalisation-flags feature for most tokens: not the first token, not an all-caps line. */
export const FLAGS_CONTEXT = 1;

/** Key of the capitalisation-flags feature of a token with these flags in this context. */
export function flagsKey(flags: number, context: number): number {
  return featureKey(T.flags, flags + 1, context);
}

/** The context of token i's flags feature: all-caps line or not, and first token or not. */
export function flagsContext(capsLine: boolean, i: number): number {
  return (capsLine ? 2 : 1) + (i === 0 ? 4 : 0);
}

/** Values per word written by pairKeyStarts. */
export const PAIR_STARTS = 6;

/**
 * First halves (featureKeyStart) of the keys that read a word and its neighbour, taken from the word's side: as
 * the word before (bigramPrev, prevWordShape), as the token (bigramNext, shapeNextWord, which reads its short
 * shape), two before (prev2Bigram) and one after (next2Bigram). Written to out[at .. at + PAIR_STARTS).
 */
export function pairKeyStarts(lower: number, short: number, out: Int32Array, at: number): void {
  out[at] = featureKeyStart(T.bigramPrev, lower);
  out[at + 1] = featureKeyStart(T.bigramNext, lower);
  out[at + 2] = featureKeyStart(T.prev2Bigram, lower);
  out[at + 3] = featureKeyStart(T.next2Bigram, lower);
  out[at + 4] = featureKeyStart(T.prevWordShape, lower);
  out[at + 5] = featureKeyStart(T.shapeNextWord, short);
}

export function hashGazetteer(gazetteer: readonly (string | null)[] | undefined, n: number): Uint32Array | undefined {
  if (!gazetteer) return undefined;
  const gaz = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const flag = gazetteer[i];
    gaz[i] = flag ? hashString(flag) : 0;
  }
  return gaz;
}

/**
 * What a neighbour feature reads outside the sentence: two pad words on each side (positions -2, -1 and n, n + 1)
 * and one pad shape.
 */
export const PAD_BEFORE: readonly [number, number] = [PAD_PREV2, PAD_PREV1];
export const PAD_AFTER: readonly [number, number] = [PAD_NEXT1, PAD_NEXT2];
export const PAD_SHAPE = 0x5eed;

/**
 * The features that read one neighbour alone, by role: the word two before, one before, one after, two after, and
 * the shape one before and one after. Each depends on a single (padded) position, so the tagger can cache their
 * weights per word instead of looking them up per token.
 */
export const NEIGHBOUR_ROLES = { prev2: 0, prev1: 1, next1: 2, next2: 3, prevShape: 4, nextShape: 5 } as const;
export type NeighbourRole = (typeof NEIGHBOUR_ROLES)[keyof typeof NEIGHBOUR_ROLES];
/** The template of each neighbour role, indexed by NEIGHBOUR_ROLES. */
export const ROLE_TEMPLATES: readonly number[] = [T.prev2, T.prev1, T.next1, T.next2, T.prevShape, T.nextShape];

/** Key of a neighbour feature: `value` is the lower-case word hash, or the shape hash for the two shape roles. */
export function neighbourKey(role: NeighbourRole, value: number): number {
  return featureKey(ROLE_TEMPLATES[role] ?? 0, value, 0);
}

/** Keys of the features of token i that read one neighbour alone (see NEIGHBOUR_ROLES); returns the new k. */
export function neighbourFeatureKeys(s: SentenceWords, i: number, out: Int32Array, k: number): number {
  const { n, lower, shape } = s;
  // Positions outside the sentence read the pads: -1 and -2 before it, n and n + 1 after it.
  const p1 = i >= 1 ? (lower[i - 1] ?? 0) : PAD_BEFORE[1];
  const p2 = i >= 2 ? (lower[i - 2] ?? 0) : (PAD_BEFORE[i] ?? 0);
  const n1 = i + 1 < n ? (lower[i + 1] ?? 0) : PAD_AFTER[0];
  const n2 = i + 2 < n ? (lower[i + 2] ?? 0) : (PAD_AFTER[i + 2 - n] ?? 0);
  // The order the trainer has always seen; sums do not depend on it, but the trainer's updates are kept stable.
  out[k++] = neighbourKey(NEIGHBOUR_ROLES.prev1, p1);
  out[k++] = neighbourKey(NEIGHBOUR_ROLES.next1, n1);
  out[k++] = neighbourKey(NEIGHBOUR_ROLES.prev2, p2);
  out[k++] = neighbourKey(NEIGHBOUR_ROLES.next2, n2);
  out[k++] = neighbourKey(NEIGHBOUR_ROLES.prevShape, i > 0 ? (shape[i - 1] ?? 0) : PAD_SHAPE);
  out[k++] = neighbourKey(NEIGHBOUR_ROLES.nextShape, i + 1 < n ? (shape[i + 1] ?? 0) : PAD_SHAPE);
  return k;
}

/** Keys of the features of token i that look at its neighbours, the sentence or the gazetteer; returns the new k. */
export function contextFeatureKeys(s: SentenceWords, i: number, out: Int32Array, k: number): number {
  return jointFeatureKeys(s, i, out, neighbourFeatureKeys(s, i, out, k));
}

/**
 * Keys of the context features that read more than one position (word pairs, shape trigrams, capitalised runs),
 * the sentence as a whole or the gazetteer; returns the new k.
 */
export function jointFeatureKeys(s: SentenceWords, i: number, out: Int32Array, k: number): number {
  // No local closures here: this runs once per token, and transforms may wrap each closure creation.
  const { n, lower, shape, short } = s;
  const w = lower[i] ?? 0;
  const ss = short[i] ?? 0;
  const p1 = i >= 1 ? (lower[i - 1] ?? 0) : PAD_PREV1;
  const p2 = i >= 2 ? (lower[i - 2] ?? 0) : i === 1 ? PAD_PREV1 : PAD_PREV2;
  const n1 = i + 1 < n ? (lower[i + 1] ?? 0) : PAD_NEXT1;
  const n2 = i + 2 < n ? (lower[i + 2] ?? 0) : i + 2 === n ? PAD_NEXT1 : PAD_NEXT2;
  const sp = i >= 1 ? (short[i - 1] ?? 0) : 0x5eed;
  const sn = i + 1 < n ? (short[i + 1] ?? 0) : 0x5eed;
  out[k++] = featureKey(T.shapeTrigram, fnvStep(fnvStep(sp, ss), sn) >>> 0, 0);
  const { ids, starts } = s;
  if (ids && starts) {
    // The same keys as below, from the first halves the word memo keeps.
    const before = (ids[i + 1] ?? 0) * PAIR_STARTS;
    const self = (ids[i + 2] ?? 0) * PAIR_STARTS;
    out[k++] = featureKeyFrom(starts[before] ?? 0, w);
    out[k++] = featureKeyFrom(starts[self + 1] ?? 0, n1);
    out[k++] = featureKeyFrom(starts[(ids[i] ?? 0) * PAIR_STARTS + 2] ?? 0, p1);
    out[k++] = featureKeyFrom(starts[(ids[i + 3] ?? 0) * PAIR_STARTS + 3] ?? 0, n2);
    if (i === 0) out[k++] = featureKey(T.startShape, shape[0] ?? 0, 0);
    if (s.capsLine) {
      out[k++] = featureKey(T.capsLineWord, w, 0);
      out[k++] = featureKey(T.capsLineShape, ss, 0);
    }
    out[k++] = featureKeyFrom(starts[before + 4] ?? 0, ss);
    out[k++] = featureKeyFrom(starts[self + 5] ?? 0, n1);
  } else {
    out[k++] = featureKey(T.bigramPrev, p1, w);
    out[k++] = featureKey(T.bigramNext, w, n1);
    out[k++] = featureKey(T.prev2Bigram, p2, p1);
    out[k++] = featureKey(T.next2Bigram, n1, n2);
    if (i === 0) out[k++] = featureKey(T.startShape, shape[0] ?? 0, 0);
    if (s.capsLine) {
      out[k++] = featureKey(T.capsLineWord, w, 0);
      out[k++] = featureKey(T.capsLineShape, ss, 0);
    }
    out[k++] = featureKey(T.prevWordShape, p1, ss);
    out[k++] = featureKey(T.shapeNextWord, ss, n1);
  }
  const context = flagsContext(s.capsLine, i);
  if (context !== FLAGS_CONTEXT || !s.flagsCounted) out[k++] = flagsKey(s.flags[i] ?? 0, context);
  if (!s.capsLine && ((s.flags[i] ?? 0) & 1) !== 0) {
    // The run of capitalised words around this one: its length and our place in it say a lot about name type.
    let first = i;
    while (first > 0 && ((s.flags[first - 1] ?? 0) & 1) !== 0 && i - first < 4) first--;
    let end = i + 1;
    while (end < n && ((s.flags[end] ?? 0) & 1) !== 0 && end - i < 4) end++;
    const run = (end - first) * 8 + (i - first) + 1;
    out[k++] = featureKey(T.capRun, run, 0);
    out[k++] = featureKey(T.capRunWord, run, first > 0 ? (lower[first - 1] ?? 0) : PAD_PREV1);
  }
  const gaz = s.gaz;
  if (gaz) {
    const g = gaz[i] ?? 0;
    if (g !== 0) {
      out[k++] = featureKey(T.gaz, g, 0);
      out[k++] = featureKey(T.gazWord, g, w);
    }
    const gp = i > 0 ? (gaz[i - 1] ?? 0) : 0;
    if (gp !== 0) out[k++] = featureKey(T.gazPrev, gp, 0);
    const gn = i + 1 < n ? (gaz[i + 1] ?? 0) : 0;
    if (gn !== 0) out[k++] = featureKey(T.gazNext, gn, 0);
  }
  return k;
}

// Scratch buffers reused between calls: feature extraction allocates almost nothing per sentence.
let keyBuffer = new Int32Array(0);
let offsetBuffer = new Int32Array(0);
const shapeOut = new Uint32Array(3);

/** Hashes every word of a sentence into `into` (arrays must hold words.length entries). */
export function hashSentenceWords(words: readonly string[], into: SentenceWords): void {
  for (let i = 0; i < into.n; i++) {
    const word = words[i] ?? "";
    into.lower[i] = hashLower(word);
    wordShape(word, shapeOut);
    into.shape[i] = shapeOut[0] ?? 0;
    into.short[i] = shapeOut[1] ?? 0;
    into.flags[i] = shapeOut[2] ?? 0;
  }
  into.capsLine = isCapsLine(into.flags, into.n);
}

/**
 * Every feature key of every token. The returned arrays are views of shared scratch memory, valid until the next
 * call: callers that keep them (the trainer) must copy them.
 */
export function extractFeatures(words: readonly string[], gazetteer?: readonly (string | null)[]): SentenceFeatures {
  const n = words.length;
  const sentence: SentenceWords = {
    n,
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    short: new Uint32Array(n),
    flags: new Uint32Array(n),
    capsLine: false,
    gaz: hashGazetteer(gazetteer, n),
    ids: undefined,
    starts: undefined,
    flagsCounted: false,
  };
  hashSentenceWords(words, sentence);
  if (keyBuffer.length < n * MAX_PER_TOKEN) {
    keyBuffer = new Int32Array(n * MAX_PER_TOKEN * 2);
    offsetBuffer = new Int32Array(n * 2 + 1);
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsetBuffer[i] = k;
    k = wordFeatureKeys(words[i] ?? "", sentence.lower[i] ?? 0, sentence.shape[i] ?? 0, sentence.short[i] ?? 0, keyBuffer, k);
    k = contextFeatureKeys(sentence, i, keyBuffer, k);
  }
  offsetBuffer[n] = k;
  return { keys: keyBuffer.subarray(0, k), offsets: offsetBuffer.subarray(0, n + 1) };
}
