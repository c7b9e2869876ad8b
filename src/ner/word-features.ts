// The features that read the word alone (identity, shape, affixes): the same for every occurrence of a word, so the
// tagger sums their weights once per distinct word (word-sums.ts) while the trainer extracts them per token.
import * as hash from "./feature-hash.ts";
import { TEMPLATES } from "./feature-templates.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { FNV_OFFSET, hashString, lowerCode, singleKeys } = hash;
const T = TEMPLATES;

const AFFIX_LENGTHS = 4;

/** Positions, within each token's keys, of the word-identity features (see wordFeatureKeys). */
export const IDENTITY_KEY_POSITIONS: readonly number[] = [1, 2];

/**
 * The features that depend on the word alone (identity, shape, affixes) as (template, value) pairs, written from
 * templates[n] and values[n]; returns the new n. Their keys are featureKey(template, value, 0), in this order (see
 * wordFeatureKeys). The tagger caches their summed weights per distinct word, so keep context out of this function.
 */
export function wordFeatureValues(word: string, lower: number, shape: number, short: number, templates: Int32Array, values: Int32Array, n: number): number {
  templates[n] = T.bias;
  values[n++] = 1;
  templates[n] = T.word;
  values[n++] = lower;
  templates[n] = T.exact;
  values[n++] = hashString(word);
  templates[n] = T.shape;
  values[n++] = shape;
  templates[n] = T.short;
  values[n++] = short;
  let prefix = FNV_OFFSET;
  let suffix = FNV_OFFSET;
  const affixes = Math.min(AFFIX_LENGTHS, word.length);
  for (let j = 0; j < affixes; j++) {
    // lowerCode and fnvStep written out for ASCII, as in hashLower: this runs once per new word, mostly unoptimised.
    let first = word.charCodeAt(j);
    if (first >= 128) first = lowerCode(first);
    else if (first >= 65 && first <= 90) first += 32;
    let last = word.charCodeAt(word.length - 1 - j);
    if (last >= 128) last = lowerCode(last);
    else if (last >= 65 && last <= 90) last += 32;
    prefix = Math.imul(prefix ^ first, 0x01000193);
    suffix = Math.imul(suffix ^ last, 0x01000193);
    templates[n] = T.prefix + j;
    values[n++] = prefix;
    templates[n] = T.suffix + j;
    values[n++] = suffix;
  }
  return n;
}

// Scratch for wordFeatureKeys: five identity and shape features and two per affix length.
const wordTemplates = new Int32Array(5 + 2 * AFFIX_LENGTHS);
const wordValues = new Int32Array(5 + 2 * AFFIX_LENGTHS);

/** Keys of the features that depend on the word alone (see wordFeatureValues), written from out[k]; returns the new k. */
export function wordFeatureKeys(word: string, lower: number, shape: number, short: number, out: Int32Array, k: number): number {
  return singleKeys(wordTemplates, wordValues, wordFeatureValues(word, lower, shape, short, wordTemplates, wordValues, 0), out, k);
}
