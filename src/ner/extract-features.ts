// Feature extraction: for each token, the 32-bit keys of the features that fire. The templates are word identity,
// shape, affixes, a ±2 word window, capitalisation, sentence start, all-caps headline lines and gazetteer flags.
import { FNV_OFFSET, featureKey, fnvStep, hashLower, hashString, lowerCode } from "./feature-hash.ts";
import { wordShape } from "./word-shape.ts";

/** Bump whenever a template changes: models trained on other templates are then refused at load. */
export const FEATURE_SET_VERSION = 1;

export interface SentenceFeatures {
  /** Keys of every token, token after token. */
  keys: Uint32Array;
  /** Token i's keys are keys[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
}

const MAX_PER_TOKEN = 48;
const AFFIX_LENGTHS = 4;
const PAD_BEFORE = [hashString("<s-1>"), hashString("<s-2>")] as const;
const PAD_AFTER = [hashString("</s+1>"), hashString("</s+2>")] as const;

const T = {
  bias: 0,
  word: 1,
  exact: 2,
  prev1: 3,
  next1: 4,
  prev2: 5,
  next2: 6,
  shape: 7,
  short: 8,
  prevShape: 9,
  nextShape: 10,
  shapeTrigram: 11,
  bigramPrev: 12,
  bigramNext: 13,
  prefix: 14, // 14..17
  suffix: 18, // 18..21
  startShape: 22,
  capsLineWord: 23,
  capsLineShape: 24,
  prevWordShape: 25,
  shapeNextWord: 26,
  flags: 27,
  gaz: 28,
  gazPrev: 29,
  gazNext: 30,
  gazWord: 31,
  prev2Bigram: 32,
  next2Bigram: 33,
} as const;

/** A line with letters but no lower-case letter: Reuters-style headlines and datelines behave differently. */
function isCapsLine(flagsOf: Uint32Array): boolean {
  let upper = false;
  for (const flags of flagsOf) {
    if (flags & 2) return false;
    if (flags & 4) upper = true;
  }
  return upper;
}

export function extractFeatures(words: readonly string[], gazetteer?: readonly (string | null)[]): SentenceFeatures {
  const n = words.length;
  const lower = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const short = new Uint32Array(n);
  const flagsOf = new Uint32Array(n);
  const shapeOut = new Uint32Array(3);
  for (let i = 0; i < n; i++) {
    const word = words[i] ?? "";
    lower[i] = hashLower(word);
    wordShape(word, shapeOut);
    shape[i] = shapeOut[0] ?? 0;
    short[i] = shapeOut[1] ?? 0;
    flagsOf[i] = shapeOut[2] ?? 0;
  }
  const capsLine = isCapsLine(flagsOf);
  const gaz = gazetteer ? Uint32Array.from({ length: n }, (_, i) => { const g = gazetteer[i]; return g ? hashString(g) : 0; }) : undefined;

  const keys = new Uint32Array(n * MAX_PER_TOKEN);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  const wordAt = (i: number): number =>
    i < 0 ? (PAD_BEFORE[-i - 1] ?? 0) : i >= n ? (PAD_AFTER[i - n] ?? 0) : (lower[i] ?? 0);
  const shortAt = (i: number): number => (i < 0 || i >= n ? 0x5eed : (short[i] ?? 0));

  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const word = words[i] ?? "";
    const w = lower[i] ?? 0;
    const s = shape[i] ?? 0;
    const ss = short[i] ?? 0;
    const p1 = wordAt(i - 1);
    const n1 = wordAt(i + 1);
    keys[k++] = featureKey(T.bias, 1);
    keys[k++] = featureKey(T.word, w);
    keys[k++] = featureKey(T.exact, hashString(word));
    keys[k++] = featureKey(T.prev1, p1);
    keys[k++] = featureKey(T.next1, n1);
    keys[k++] = featureKey(T.prev2, wordAt(i - 2));
    keys[k++] = featureKey(T.next2, wordAt(i + 2));
    keys[k++] = featureKey(T.shape, s);
    keys[k++] = featureKey(T.short, ss);
    keys[k++] = featureKey(T.prevShape, i > 0 ? (shape[i - 1] ?? 0) : 0x5eed);
    keys[k++] = featureKey(T.nextShape, i + 1 < n ? (shape[i + 1] ?? 0) : 0x5eed);
    keys[k++] = featureKey(T.shapeTrigram, fnvStep(fnvStep(shortAt(i - 1), ss), shortAt(i + 1)) >>> 0);
    keys[k++] = featureKey(T.bigramPrev, p1, w);
    keys[k++] = featureKey(T.bigramNext, w, n1);
    keys[k++] = featureKey(T.prev2Bigram, wordAt(i - 2), p1);
    keys[k++] = featureKey(T.next2Bigram, n1, wordAt(i + 2));
    let prefix = FNV_OFFSET;
    let suffix = FNV_OFFSET;
    const affixes = Math.min(AFFIX_LENGTHS, word.length);
    for (let j = 0; j < affixes; j++) {
      prefix = fnvStep(prefix, lowerCode(word.charCodeAt(j)));
      suffix = fnvStep(suffix, lowerCode(word.charCodeAt(word.length - 1 - j)));
      keys[k++] = featureKey(T.prefix + j, prefix >>> 0);
      keys[k++] = featureKey(T.suffix + j, suffix >>> 0);
    }
    if (i === 0) keys[k++] = featureKey(T.startShape, s);
    if (capsLine) {
      keys[k++] = featureKey(T.capsLineWord, w);
      keys[k++] = featureKey(T.capsLineShape, ss);
    }
    keys[k++] = featureKey(T.prevWordShape, p1, ss);
    keys[k++] = featureKey(T.shapeNextWord, ss, n1);
    keys[k++] = featureKey(T.flags, (flagsOf[i] ?? 0) + 1, (capsLine ? 2 : 1) + (i === 0 ? 4 : 0));
    if (gaz) {
      const g = gaz[i] ?? 0;
      if (g !== 0) {
        keys[k++] = featureKey(T.gaz, g);
        keys[k++] = featureKey(T.gazWord, g, w);
      }
      const gp = i > 0 ? (gaz[i - 1] ?? 0) : 0;
      if (gp !== 0) keys[k++] = featureKey(T.gazPrev, gp);
      const gn = i + 1 < n ? (gaz[i + 1] ?? 0) : 0;
      if (gn !== 0) keys[k++] = featureKey(T.gazNext, gn);
    }
  }
  offsets[n] = k;
  return { keys: keys.subarray(0, k), offsets };
}
