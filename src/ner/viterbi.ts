// First-order Viterbi decoding under the BILOU constraints, so every output is a well-formed tag sequence.
import { ALLOWED_LAST as IMPORTED_ALLOWED_LAST, ALLOWED_PREVIOUS, TAG_COUNT as IMPORTED_TAG_COUNT } from "./tags.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const TAG_COUNT = IMPORTED_TAG_COUNT;
const ALLOWED_LAST = IMPORTED_ALLOWED_LAST;

const ROWS = TAG_COUNT + 1;
/** 0 where a transition is legal and -Infinity where it is not, added to the learnt transition scores. */
const MASK = new Float64Array(ROWS * TAG_COUNT).fill(-Infinity);
ALLOWED_PREVIOUS.forEach((previous, next) => {
  for (const p of previous) MASK[p * TAG_COUNT + next] = 0;
});

// Legal predecessors of each tag (without the start row), flattened: BILOU allows about 6 of 17 on average.
const PREV_FROM = new Int32Array(TAG_COUNT + 1);
const PREV: number[] = [];
ALLOWED_PREVIOUS.forEach((previous, next) => {
  PREV_FROM[next] = PREV.length;
  for (const p of previous) if (p !== TAG_COUNT) PREV.push(p);
});
PREV_FROM[TAG_COUNT] = PREV.length;
const PREV_FLAT = Int32Array.from(PREV);

// Scratch reused between calls (decoding is synchronous, so nothing else can see it).
let score = new Float64Array(0);
let back = new Uint8Array(0);
const combined = new Float64Array(ROWS * TAG_COUNT);

/**
 * `emissions` holds n × TAG_COUNT scores; `transitions` (TAG_COUNT + 1) × TAG_COUNT, whose last row scores the
 * first tag of the sentence. Ties go to the lower tag index, which keeps decoding deterministic.
 */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (score.length < n * TAG_COUNT) {
    score = new Float64Array(n * TAG_COUNT * 2);
    back = new Uint8Array(n * TAG_COUNT * 2);
  }
  for (let i = 0; i < combined.length; i++) combined[i] = (transitions[i] ?? 0) + (MASK[i] ?? 0);
  const startRow = TAG_COUNT * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) score[t] = (emissions[t] ?? 0) + (combined[startRow + t] ?? 0);
  for (let i = 1; i < n; i++) {
    const base = i * TAG_COUNT;
    const prevBase = base - TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = -Infinity;
      let arg = 0;
      const stop = PREV_FROM[t + 1] ?? 0;
      for (let j = PREV_FROM[t] ?? 0; j < stop; j++) {
        const p = PREV_FLAT[j] ?? 0;
        const s = (score[prevBase + p] ?? 0) + (combined[p * TAG_COUNT + t] ?? 0);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + t] = best + (emissions[base + t] ?? 0);
      back[base + t] = arg;
    }
  }
  const lastBase = (n - 1) * TAG_COUNT;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < TAG_COUNT; t++) {
    const s = score[lastBase + t] ?? -Infinity;
    if (ALLOWED_LAST[t] && s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * TAG_COUNT + arg] ?? 0;
  }
  return tags;
}
